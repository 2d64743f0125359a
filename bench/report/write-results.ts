import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BudgetFile, checkBudgets, type Budget, type BudgetCheck } from '../budgets.ts'
import { benchMetrics } from '../metrics.ts'
import type { BenchResults } from '../results.ts'
import { benchDir } from '../sites/paths.ts'
import { searchScalingChart, type ScalingPoint } from './chart.ts'
import { resultsMarkdown } from './markdown.ts'

export function readBudgets(): Budget[] {
  return BudgetFile.parse(JSON.parse(readFileSync(join(benchDir, 'budgets.json'), 'utf8'))).budgets
}

/** Writes results.json, results.md and the search chart for `results` into `outDir`. */
export function writeResults(
  results: BenchResults,
  budgets: readonly Budget[],
  outDir: string,
): { markdown: string; checks: BudgetCheck[]; chart: boolean } {
  const checks = checkBudgets(benchMetrics(results), budgets)
  const markdown = resultsMarkdown(results, checks)
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(join(outDir, 'results.md'), markdown)
  const points: ScalingPoint[] = (results.search ?? []).map((result) => ({
    engine: result.engine,
    pagesPerLocale: result.pagesPerLocale,
    firstSearchKB:
      Math.max(result.locales.zh.firstSearchBytes.typedMax, result.locales.en.firstSearchBytes.typedMax) / 1024,
    firstQueryMs: Math.max(result.locales.zh.firstQueryMs.p50, result.locales.en.firstQueryMs.p50),
    warmP95Ms: Math.max(result.locales.zh.warmQueryMs.p95, result.locales.en.warmQueryMs.p95),
  }))
  if (points.length) {
    const caption = `Synthetic help articles in Chinese and English, ${results.machine.cpus} cores, ${results.startedAt.slice(0, 10)}; the worse language is drawn.`
    const limit = (metric: string) => budgets.find((budget) => budget.metric === metric)?.max
    const largest = Math.max(...points.map((point) => point.pagesPerLocale))
    const chartBudgets = {
      firstSearchKB: limit(`search.pagefind.${largest}.firstSearchTypedKB`),
      warmP95Ms: limit(`search.pagefind.${largest}.warmP95Ms`),
    }
    writeFileSync(join(outDir, 'search-scaling.svg'), searchScalingChart(points, caption, chartBudgets))
  }
  return { markdown, checks, chart: points.length > 0 }
}
