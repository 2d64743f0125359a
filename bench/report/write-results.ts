import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BudgetFile, checkBudgets, isSearchStudyBudget, type Budget, type BudgetCheck } from '../budgets.ts'
import { benchMetrics } from '../metrics.ts'
import type { BenchResults } from '../results.ts'
import { benchDir } from '../sites/paths.ts'
import { resultsMarkdown } from './markdown.ts'

export function readBudgets(): Budget[] {
  return BudgetFile.parse(JSON.parse(readFileSync(join(benchDir, 'budgets.json'), 'utf8'))).budgets
}

/** results.json and results.md in `outDir`: the numbers, and the page a reader reads. */
export function writeResultFiles(results: object, markdown: string, outDir: string): void {
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(join(outDir, 'results.md'), markdown)
}

/** Writes results.json and results.md for `results` into `outDir`. */
export function writeResults(
  results: BenchResults,
  budgets: readonly Budget[],
  outDir: string,
): { markdown: string; checks: BudgetCheck[] } {
  const checks = checkBudgets(
    benchMetrics(results),
    budgets.filter((budget) => !isSearchStudyBudget(budget)),
  )
  const markdown = resultsMarkdown(results, checks)
  writeResultFiles(results, markdown, outDir)
  return { markdown, checks }
}
