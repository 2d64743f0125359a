import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BudgetFile, checkBudgets, formatBudgetCheck, type Budget } from '../../bench/budgets.ts'
import { benchMetrics } from '../../bench/metrics.ts'
import { marginalCostRatio, searchMetrics } from '../../bench/studies/search-scaling/metrics.ts'
import type { EngineResult, LocaleSearchResult } from '../../bench/studies/search-scaling/measure/search.ts'
import type { PageWeight } from '../../bench/measure/page-weight.ts'
import type { BenchResults } from '../../bench/results.ts'
import { resultsMarkdown } from '../../bench/report/markdown.ts'
import { studyMarkdown } from '../../bench/studies/search-scaling/report/markdown.ts'

const budgets: Budget[] = [
  { metric: 'weight.article.jsGzipVsBare', max: 1.1, why: 'lean articles' },
  { metric: 'lighthouse.min.seo', min: 100, why: 'findable' },
  { metric: 'search.pagefind.10000.warmP95Ms', max: 30, why: 'fast' },
]

function weight(page: string, jsGzip: number, widgetChunks: string[] = []): PageWeight {
  const bytes = { raw: jsGzip * 3, gzip: jsGzip, files: 3 }
  return { page, path: `/${page}`, js: bytes, css: bytes, fonts: bytes, widgetChunks, scripts: {} }
}

function locale(warmP95: number): LocaleSearchResult {
  const timing = { n: 30, p50: warmP95 / 2, p95: warmP95, min: 1, max: warmP95 }
  return {
    indexBytes: { raw: 1000, gzip: 1000 },
    firstSearchBytes: { p50: 100_000, max: 150_000, typedMax: 120_000, pastedMax: 150_000 },
    firstSearchLargest: { query: 'q', bytes: { index: 150_000 } },
    firstQueryMs: timing,
    warmQueryMs: timing,
    warmSearchOnlyMs: timing,
    recallAt1: 0.9,
    recallAt5: 1,
  }
}

function engine(pagesPerLocale: number, buildMs: number, warmP95 = 10): EngineResult {
  return {
    engine: 'pagefind',
    pagesPerLocale,
    buildMs,
    indexMs: 0,
    locales: { zh: locale(warmP95), en: locale(warmP95 * 2) },
  }
}

const machine = {
  cpus: 2,
  cpuModel: 'test',
  memoryGiB: 8,
  os: 'linux',
  node: 'v20',
  chromium: 'Chromium 1',
  vitepress: '1.6.4',
  pagefind: '1.6.0',
  lighthouse: '12.8.2',
}

function results(overrides: Partial<BenchResults>): BenchResults {
  return { mode: 'full', startedAt: '2026-01-01T00:00:00Z', durationS: 1, machine, ...overrides }
}

describe('bench/budgets', () => {
  it('passes a figure within its limit and fails one beyond it', () => {
    const checks = checkBudgets({ 'weight.article.jsGzipVsBare': 1.05, 'lighthouse.min.seo': 92 }, budgets)
    expect(checks.map((check) => check.status)).toEqual(['ok', 'broken', 'not measured'])
    expect(formatBudgetCheck(checks[1] as (typeof checks)[number])).toMatch(/^✘ lighthouse\.min\.seo ≥ 100: 92/)
  })

  it('treats a limit as inclusive', () => {
    expect(checkBudgets({ 'weight.article.jsGzipVsBare': 1.1 }, budgets)[0]?.status).toBe('ok')
  })

  it('never counts a missing or NaN figure as a pass', () => {
    expect(checkBudgets({ 'lighthouse.min.seo': Number.NaN }, budgets)[1]?.status).toBe('not measured')
  })

  it('rejects a budget with both or neither limit', () => {
    expect(BudgetFile.safeParse({ budgets: [{ metric: 'x', why: 'y' }] }).success).toBe(false)
    expect(BudgetFile.safeParse({ budgets: [{ metric: 'x', max: 1, min: 0, why: 'y' }] }).success).toBe(false)
  })

  it('reads the committed budgets file', () => {
    const file = BudgetFile.parse(
      JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8')),
    )
    expect(file.budgets.map((budget) => budget.metric)).toContain('weight.article.jsGzipVsBare')
  })
})

describe('bench/metrics', () => {
  it('compares each page with the bare page of its kind', () => {
    const metrics = benchMetrics(
      results({
        pageWeight: {
          bare: [weight('home', 50), weight('article', 40)],
          ours: [weight('home', 60), weight('article', 44), weight('errors', 80, ['ErrorLookup.x.js'])],
        },
      }),
    )
    expect(metrics['weight.home.jsGzipVsBare']).toBe(1.2)
    expect(metrics['weight.article.jsGzipVsBare']).toBe(1.1)
    expect(metrics['weight.errors.jsGzipVsBare']).toBe(2)
    expect(metrics['weight.errors.widgetChunks']).toBe(1)
    expect(metrics['weight.article.widgetChunks']).toBe(0)
  })

  it('takes the worse language for search latency', () => {
    const metrics = searchMetrics([engine(10_000, 1000, 12)])
    expect(metrics['search.pagefind.10000.warmP95Ms']).toBe(24)
    expect(metrics['search.pagefind.10000.firstSearchKB']).toBeCloseTo(146.5, 1)
    expect(metrics['search.pagefind.10000.firstSearchTypedKB']).toBeCloseTo(117.2, 1)
  })

  it('reports later queries with and without preloading, the worse language each', () => {
    const result = engine(10_000, 1000, 12)
    result.locales.zh.warmNoPreloadMs = { n: 30, p50: 20, p95: 40, min: 1, max: 50 }
    result.locales.en.warmNoPreloadMs = { n: 30, p50: 20, p95: 35, min: 1, max: 50 }
    const metrics = searchMetrics([result])
    expect(metrics['search.pagefind.10000.warmNoPreloadP95Ms']).toBe(40)
    expect(metrics['search.pagefind.10000.warmP95Ms']).toBe(24)
    expect(searchMetrics([engine(100, 1)])['search.pagefind.100.warmNoPreloadP95Ms']).toBeUndefined()
  })

  it('measures linearity as the per-page cost at the top over the bottom', () => {
    const linear = [engine(100, 10_000 + 200), engine(1000, 10_000 + 2000), engine(10_000, 10_000 + 20_000)]
    expect(marginalCostRatio(linear, 'pagefind')).toBe(1)
    const quadratic = [engine(100, 100 ** 2 / 100), engine(1000, 1000 ** 2 / 100), engine(10_000, 10_000 ** 2 / 100)]
    expect(marginalCostRatio(quadratic, 'pagefind')).toBe(10)
    expect(marginalCostRatio(linear.slice(0, 2), 'pagefind')).toBeUndefined()
  })

  it('also reports the linearity of pagefind indexing alone, which always runs over the whole site', () => {
    const indexed = (pages: number, indexMs: number, shards?: number) => ({
      ...engine(pages, pages * 30),
      indexMs,
      ...(shards ? { buildShards: shards } : {}),
    })
    const metrics = searchMetrics([indexed(100, 600), indexed(1000, 4800), indexed(10_000, 90_000, 10)])
    expect(metrics['build.pagefind.indexMarginalCostRatio']).toBeCloseTo((90_000 - 4800) / 9000 / (4200 / 900), 2)
    expect(metrics['build.pagefind.marginalCostRatio']).toBeGreaterThan(1)
  })

  it('takes the lowest Lighthouse score across our pages, not the bare yardstick', () => {
    const report = (page: string, seo: number) => ({
      page,
      path: `/${page}`,
      runs: 1,
      scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo },
      metrics: { fcp: 1, lcp: 1, tbt: 0, cls: 0, speedIndex: 1 },
      failedAudits: [],
    })
    const metrics = benchMetrics(
      results({ lighthouse: [report('home', 100), report('article', 92), report('bare-article', 80)] }),
    )
    expect(metrics['lighthouse.min.seo']).toBe(92)
    expect(metrics['lighthouse.bare-article.seo']).toBe(80)
    expect(metrics['lighthouse.article.seo']).toBe(92)
  })
})

describe('bench/report/markdown', () => {
  it('writes tables whose rows have as many cells as their header', () => {
    const checks = checkBudgets({ 'weight.article.jsGzipVsBare': 1.1 }, budgets)
    // The bench's page and the search study's, whose tables are built the same way.
    const markdown = [
      resultsMarkdown(
        results({
          pageWeight: {
            bare: [weight('home', 50), weight('article', 40)],
            ours: [weight('home', 60), weight('article', 44)],
          },
        }),
        checks,
      ),
      studyMarkdown(
        {
          ...results({}),
          search: [engine(100, 1000), { ...engine(100, 2000), engine: 'minisearch', indexInBuildMs: 500 }],
        },
        checks,
      ),
    ].join('\n\n')
    const tables = markdown.split('\n\n').filter((block) => block.startsWith('|'))
    expect(tables.length).toBeGreaterThanOrEqual(5)
    for (const table of tables) {
      const widths = table
        .split('\n')
        .filter(Boolean)
        .map((row) => row.split(' | ').length)
      expect(new Set(widths).size, table).toBe(1)
    }
    expect(markdown).toContain('| 100 | ours (pagefind) |')
    expect(markdown).toContain('(indexing 0.5 of it)')
  })
})
