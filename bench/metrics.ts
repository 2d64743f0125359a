import type { BenchResults } from './results.ts'
import { ratio, round } from './stats.ts'
import { connectionTestFigures } from './steps/connection-test.ts'
import { errorLookupFigures } from './steps/error-lookup.ts'

/** Flat, named figures derived from a run: what the budgets and the README quote. */
export type BenchMetrics = Record<string, number>

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
  if (results.errorLookup)
    for (const [key, value] of Object.entries(errorLookupFigures(results.errorLookup)))
      metrics[`errorLookup.${key}`] = value
  if (results.connectionTest)
    for (const [key, value] of Object.entries(connectionTestFigures(results.connectionTest)))
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
