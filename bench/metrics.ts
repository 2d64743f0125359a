import type { CorpusLocale } from './corpus/generate.ts'
import type { EngineResult } from './measure/search.ts'
import type { BenchResults } from './results.ts'
import { linearFit, ratio, round } from './stats.ts'

/** Flat, named figures derived from a run: what the budgets and the README quote. */
export type BenchMetrics = Record<string, number>

const locales: CorpusLocale[] = ['zh', 'en']

/** The page-weight comparison: each of our pages against the bare page of the same kind. */
export function pageWeightRatios(
  results: BenchResults,
): { page: string; jsGzip: number; cssGzip: number; fontBytes: number }[] {
  const weights = results.pageWeight
  if (!weights) return []
  const bareArticle = weights.bare.find((page) => page.page === 'article')
  const bareHome = weights.bare.find((page) => page.page === 'home')
  return weights.ours.flatMap((page) => {
    const bare = page.page === 'home' ? bareHome : bareArticle
    if (!bare) return []
    return [
      {
        page: page.page,
        jsGzip: ratio(page.js.gzip, bare.js.gzip),
        cssGzip: ratio(page.css.gzip, bare.css.gzip),
        fontBytes: bare.fonts.gzip ? ratio(page.fonts.gzip, bare.fonts.gzip) : 0,
      },
    ]
  })
}

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

export function benchMetrics(results: BenchResults): BenchMetrics {
  const metrics: BenchMetrics = {}
  for (const row of pageWeightRatios(results)) {
    metrics[`weight.${row.page}.jsGzipVsBare`] = row.jsGzip
    metrics[`weight.${row.page}.cssGzipVsBare`] = row.cssGzip
  }
  const ourArticle = results.pageWeight?.ours.find((page) => page.page === 'article')
  const widgetYardstick = results.pageWeight?.bare.find((page) => page.page === 'article-with-lazy-widget')
  if (ourArticle && widgetYardstick) {
    metrics['weight.article.jsGzipVsBareWithLazyWidget'] = ratio(ourArticle.js.gzip, widgetYardstick.js.gzip)
  }
  for (const page of results.pageWeight?.ours ?? []) {
    metrics[`weight.${page.page}.jsGzipKB`] = round(page.js.gzip / 1024, 1)
    metrics[`weight.${page.page}.widgetChunks`] = page.widgetChunks.length
  }
  const engines = results.search ?? []
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
  for (const [key, value] of Object.entries(results.errorLookup?.figures ?? {})) metrics[`errorLookup.${key}`] = value
  for (const [key, value] of Object.entries(results.connectionTest?.figures ?? {}))
    metrics[`connectionTest.${key}`] = value
  for (const report of results.lighthouse ?? []) {
    for (const [category, score] of Object.entries(report.scores))
      metrics[`lighthouse.${report.page}.${category}`] = score
  }
  // The bare VitePress page is a yardstick, not one of ours: it does not count towards the minimum.
  const ours = (results.lighthouse ?? []).filter((report) => !report.page.startsWith('bare'))
  if (ours.length) {
    for (const category of ['performance', 'accessibility', 'best-practices', 'seo'] as const) {
      metrics[`lighthouse.min.${category}`] = Math.min(...ours.map((report) => report.scores[category]))
    }
  }
  return metrics
}
