import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkBudgets, isSearchStudyBudget, type Budget, type BudgetCheck } from '../../../budgets.ts'
import { writeResultFiles } from '../../../report/write-results.ts'
import { searchMetrics } from '../metrics.ts'
import type { SearchStudyResults } from '../results.ts'
import { searchScalingChart, type ScalingPoint } from './chart.ts'
import { studyMarkdown } from './markdown.ts'

/** Writes the study's results.json, results.md and search-scaling.svg into `outDir`. */
export function writeStudyResults(
  results: SearchStudyResults,
  budgets: readonly Budget[],
  outDir: string,
): { markdown: string; checks: BudgetCheck[]; chart: boolean } {
  const checks = checkBudgets(searchMetrics(results.search), budgets.filter(isSearchStudyBudget))
  const markdown = studyMarkdown(results, checks)
  writeResultFiles(results, markdown, outDir)
  const points: ScalingPoint[] = results.search.map((result) => ({
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
