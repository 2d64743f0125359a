import type { BenchMetrics } from '../../metrics.ts'
import { linearFit, round } from '../../stats.ts'
import type { CorpusLocale } from './corpus/generate.ts'
import type { EngineResult } from './measure/search.ts'

const locales: CorpusLocale[] = ['zh', 'en']

/**
 * Linearity of build + index time (or of `cost`): the cost of each extra page between the two
 * largest sizes over the cost between the two smallest. 1 is linear; above 1 it slows per page.
 */
export function marginalCostRatio(
  engines: readonly EngineResult[],
  engine: EngineResult['engine'],
  cost: (result: EngineResult) => number = (result) => result.buildMs + result.indexMs,
): number | undefined {
  const points = engines
    .filter((result) => result.engine === engine)
    .map((result) => ({ x: result.pagesPerLocale, y: cost(result) }))
    .sort((a, b) => a.x - b.x)
  if (points.length < 3) return undefined
  const [a, b] = points as [{ x: number; y: number }, { x: number; y: number }]
  const [c, d] = points.slice(-2) as [{ x: number; y: number }, { x: number; y: number }]
  return round((d.y - c.y) / (d.x - c.x) / ((b.y - a.y) / (b.x - a.x)))
}

/** The study's figures, named as `bench/budgets.json` names them (`search.*`, `build.*`). */
export function searchMetrics(engines: readonly EngineResult[]): BenchMetrics {
  const metrics: BenchMetrics = {}
  for (const result of engines) {
    const prefix = `search.${result.engine}.${result.pagesPerLocale}`
    const worst = (pick: (locale: CorpusLocale) => number) => Math.max(...locales.map(pick))
    metrics[`${prefix}.firstSearchKB`] = round(worst((l) => result.locales[l].firstSearchBytes.max) / 1024, 1)
    metrics[`${prefix}.firstSearchTypedKB`] = round(worst((l) => result.locales[l].firstSearchBytes.typedMax) / 1024, 1)
    metrics[`${prefix}.firstSearchPastedKB`] = round(
      worst((l) => result.locales[l].firstSearchBytes.pastedMax) / 1024,
      1,
    )
    metrics[`${prefix}.firstQueryP50Ms`] = worst((l) => result.locales[l].firstQueryMs.p50)
    metrics[`${prefix}.warmP95Ms`] = worst((l) => result.locales[l].warmQueryMs.p95)
    metrics[`${prefix}.warmSearchOnlyP95Ms`] = worst((l) => result.locales[l].warmSearchOnlyMs.p95)
    if (result.locales.zh.warmNoPreloadMs && result.locales.en.warmNoPreloadMs)
      metrics[`${prefix}.warmNoPreloadP95Ms`] = worst((l) => result.locales[l].warmNoPreloadMs?.p95 ?? NaN)
    metrics[`${prefix}.recallAt5`] = Math.min(...locales.map((l) => result.locales[l].recallAt5))
    metrics[`${prefix}.buildAndIndexS`] = round((result.buildMs + result.indexMs) / 1000, 1)
  }
  for (const engine of ['pagefind', 'minisearch'] as const) {
    const value = marginalCostRatio(engines, engine)
    if (value !== undefined) metrics[`build.${engine}.marginalCostRatio`] = value
    // pagefind always indexes the whole site in one run, sharded build or not: its own linearity.
    const indexing = engine === 'pagefind' ? marginalCostRatio(engines, engine, (result) => result.indexMs) : undefined
    if (indexing !== undefined) metrics[`build.${engine}.indexMarginalCostRatio`] = indexing
    const points = engines.filter((result) => result.engine === engine)
    if (points.length >= 2) {
      const fit = linearFit(points.map((result) => ({ x: result.pagesPerLocale, y: result.buildMs + result.indexMs })))
      metrics[`build.${engine}.msPerPage`] = round(fit.slope / 2, 2)
    }
  }
  return metrics
}
