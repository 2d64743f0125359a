import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decadeTicks, searchScalingChart, type ScalingPoint } from '../../bench/studies/search-scaling/report/chart.ts'
import { connectionTestFigures } from '../../bench/steps/connection-test.ts'
import { errorLookupFigures, errorLookupTimingsSchema } from '../../bench/steps/error-lookup.ts'
import { parseBenchOptions } from '../../bench/cli-options.ts'
import { medianOfRuns } from '../../bench/steps/error-lookup-runs.ts'
import { parseStudyOptions } from '../../bench/studies/search-scaling/options.ts'
import { summariseResponses } from '../../bench/measure/page-weight.ts'
import { bytesByKind } from '../../bench/studies/search-scaling/measure/search.ts'
import { catalogueOutputsSection, runsNote, runsSpreadLines, slowestShapesLines } from '../../bench/report/markdown.ts'
import { slow4gSeconds } from '../../bench/studies/search-scaling/report/markdown.ts'
import { measureCatalogueOutputs } from '../../bench/measure/catalogue-outputs.ts'
import type { BenchResults } from '../../bench/results.ts'
import {
  pagefindFirstSearchNote,
  pagefindWarmNote,
  shardedBuildNotes,
} from '../../bench/studies/search-scaling/report/search-notes.ts'
import type { EngineResult, LocaleSearchResult } from '../../bench/studies/search-scaling/measure/search.ts'

const points: ScalingPoint[] = [100, 1000, 10_000].flatMap((pages) => [
  { engine: 'pagefind' as const, pagesPerLocale: pages, firstSearchKB: 150, firstQueryMs: 300, warmP95Ms: 20 },
  { engine: 'minisearch' as const, pagesPerLocale: pages, firstSearchKB: pages, firstQueryMs: pages / 2, warmP95Ms: 5 },
])

describe('bench/studies/search-scaling/report/chart', () => {
  it('draws one line per engine in each of the three panels', () => {
    const svg = searchScalingChart(points, 'test corpus')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.trim().endsWith('</svg>')).toBe(true)
    expect(svg.match(/<path /g)).toHaveLength(6)
    expect(svg.match(/<circle /g)).toHaveLength(18)
    expect(svg).toContain('<title id="chart-title">Search cost against the number of pages</title>')
    expect(svg).toContain('This site (pagefind)')
    expect(svg).toContain('VitePress local search (MiniSearch)')
    expect(svg).not.toContain('NaN')
  })

  it('puts a larger value higher on the log scale', () => {
    const svg = searchScalingChart(points, 'test')
    // The MiniSearch bytes line (first dashed path) climbs: y falls as pages grow.
    const dashed = svg.match(/<path d="([^"]+)"[^>]*stroke-dasharray/)?.[1] ?? ''
    const ys = [...dashed.matchAll(/,([\d.]+)/g)].map((match) => Number(match[1]))
    expect(ys).toHaveLength(3)
    expect(ys[0]).toBeGreaterThan(ys[1] as number)
    expect(ys[1]).toBeGreaterThan(ys[2] as number)
  })

  it('draws the budgets it is given', () => {
    expect(searchScalingChart(points, 'test')).not.toContain('budget')
    const svg = searchScalingChart(points, 'test', { firstSearchKB: 200, warmP95Ms: 30 })
    expect(svg).toContain('budget 200 KB')
    expect(svg).toContain('budget 30 ms')
  })

  it('escapes the caption and refuses to draw nothing', () => {
    expect(searchScalingChart(points, 'a < b & c')).toContain('a &lt; b &amp; c')
    expect(() => searchScalingChart([], 'x')).toThrow(/no points/)
  })

  it('spans whole decades', () => {
    expect(decadeTicks(3, 450)).toEqual([1, 10, 100, 1000])
    expect(decadeTicks(0.4, 9)).toEqual([0.1, 1, 10])
  })
})

describe('bench/studies/search-scaling/report/markdown', () => {
  it('turns bytes into seconds on a 1.6 Mbit/s link', () => {
    expect(slow4gSeconds(200_000)).toBe(1)
    expect(slow4gSeconds(10_000_000)).toBe(50)
  })
})

describe('bench/measure/catalogue-outputs', () => {
  it('measures the files for machines a build wrote, raw and gzipped, and reports them in KB', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-outputs-'))
    mkdirSync(join(dist, 'lookup/v1'), { recursive: true })
    writeFileSync(join(dist, 'lookup/v1/error-lookup.js'), 'export const a = 1;\n'.repeat(200))
    const sizes = measureCatalogueOutputs(dist)
    expect(sizes.map((size) => size.file)).toEqual(['lookup/v1/error-lookup.js'])
    expect(sizes[0]?.raw).toBe(4000)
    expect(sizes[0]?.gzip).toBeLessThan(200)
    const markdown = catalogueOutputsSection({ catalogueOutputs: sizes } as BenchResults).join('\n')
    expect(markdown).toContain('## Files for machines')
    expect(markdown).toMatch(/`\/lookup\/v1\/error-lookup\.js` \| [^|]+ \| 3\.9 \| 0\.\d \|/)
    expect(catalogueOutputsSection({} as BenchResults)).toEqual([])
  })
})

describe('bench/studies/search-scaling/report/search-notes', () => {
  const timing = { n: 1, p50: 1, p95: 1, min: 1, max: 1 }
  const locale = (meta: number, chunks: number, query = 'q'): LocaleSearchResult => ({
    indexBytes: { raw: 1, gzip: 1 },
    firstSearchBytes: { p50: 1, max: 1, typedMax: 1, pastedMax: 1 },
    firstSearchLargest: { query, bytes: {} },
    firstSearchTypedLargest: {
      query,
      bytes: {
        wasm: 55 * 1024,
        js: 13 * 1024,
        'index meta': meta * 1024,
        index: chunks * 20 * 1024,
        'result fragments': 12 * 1024,
      },
      files: { wasm: 1, js: 1, 'index meta': 1, index: chunks, 'result fragments': 8 },
    },
    firstQueryMs: timing,
    warmQueryMs: timing,
    warmSearchOnlyMs: timing,
    recallAt1: 1,
    recallAt5: 1,
  })
  const engine = (pagesPerLocale: number, meta: number, chunks: number): EngineResult => ({
    engine: 'pagefind',
    pagesPerLocale,
    buildMs: 1,
    indexMs: 1,
    locales: { zh: locale(meta, chunks, '返回 网页'), en: locale(meta, chunks - 1) },
  })

  it('splits the costliest typed first search into fixed cost, meta, chunks per word and fragments', () => {
    const note = pagefindFirstSearchNote([engine(100, 2, 4), engine(10_000, 60, 8)], 200)
    expect(note).toContain('10,000 pages per language (zh, `返回 网页`, 300.0 KB)')
    expect(note).toContain('wasm 55.0 + js 13.0 KB')
    expect(note).toContain('index meta is 60.0 KB (2.0 KB at 100 pages)')
    expect(note).toContain('8 index chunks average 20.0 KB')
    // (200 - 55 - 13 - 60 - 12) KB left, 20 KB a chunk.
    expect(note).toContain('about 3 chunks')
    expect(note).toContain('PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=5000')
    expect(pagefindFirstSearchNote([engine(1000, 60, 8)], 200)).not.toContain('CHUNK_SIZE')
    expect(note).not.toContain(', here `')
    const planned = engine(10_000, 60, 8)
    const typed = planned.locales.zh.firstSearchTypedLargest
    if (typed) planned.locales.zh.firstSearchTypedLargest = { ...typed, query: '返回了网页', sent: '返回 网页' }
    expect(pagefindFirstSearchNote([planned], 200)).toContain('at most 5 words of a query')
    expect(pagefindFirstSearchNote([planned], 200)).toContain('here `返回 网页`')
  })

  it('says how a sharded size was built, and the single-build attempt only where it was made', () => {
    const sharded = { ...engine(10_000, 60, 8), buildShards: 10 }
    const [note] = shardedBuildNotes([engine(1000, 9, 8), sharded])
    expect(note).toContain('10 separate VitePress builds of up to 1,000 pages per language')
    expect(note).toContain('a single pagefind run over all 20,000 pages')
    expect(note).toContain('still bundling')
    const [small] = shardedBuildNotes([{ ...engine(1100, 9, 8), buildShards: 2 }])
    expect(small).toContain('2 separate VitePress builds of up to 550 pages')
    expect(small).not.toContain('still bundling')
    expect(shardedBuildNotes([engine(1000, 9, 8)])).toEqual([])
  })

  it('says when the fixed part alone is over the budget', () => {
    expect(pagefindFirstSearchNote([engine(10_000, 150, 8)], 200)).toContain('That alone is over 200 KB')
    expect(pagefindFirstSearchNote([engine(10_000, 100, 8)], 200)).toContain('about 1 chunk: a query of one word')
  })

  it('splits a later query into the search call and the shown results’ data', () => {
    const result = engine(10_000, 60, 8)
    result.locales.en.warmQueryMs = { n: 30, p50: 40, p95: 90, min: 1, max: 99 }
    result.locales.en.warmSearchOnlyMs = { n: 30, p50: 8, p95: 30, min: 1, max: 40 }
    result.locales.en.warmNoPreloadMs = { n: 30, p50: 50, p95: 120, min: 1, max: 130 }
    result.locales.en.warmFragmentsMs = { n: 30, p50: 30, p95: 60, min: 1, max: 70 }
    const note = pagefindWarmNote([engine(100, 2, 4), result])
    expect(note).toContain('10,000 pages per language (en) takes 40 ms p50 / 90 ms p95')
    expect(note).toContain('(120 ms p95 without preloading)')
    expect(note).toContain('search call is 8 / 30 ms')
    expect(note).toContain("8 shown results' data is 30 / 60 ms")
    expect(note).not.toContain('top result')
    result.locales.en.warmFirstResultMs = { n: 30, p50: 20, p95: 45, min: 1, max: 50 }
    expect(pagefindWarmNote([result])).toContain("the top result's data is in after 20 / 45 ms")
    expect(pagefindWarmNote([engine(100, 2, 4)])).toBeNull()
  })

  it('says nothing without a pagefind run that counted its files', () => {
    expect(pagefindFirstSearchNote([], 200)).toBeNull()
  })
})

describe('bench/steps figures', () => {
  it('names the error-lookup figures as the budgets do', () => {
    const timings = {
      command: 'npx tsx bench/error-lookup.ts 50',
      entries: 54,
      iterations: 50,
      rows: [
        { kind: 'realistic' as const, sizeKB: 1, p50: 0.43, p95: 1.47 },
        { kind: 'realistic' as const, sizeKB: 20, p50: 2.4, p95: 3.62 },
      ],
      slowestShapes: [
        { shape: 'verdicts, then a relay word', p50: 12.5, max: 14.1 },
        { shape: 'one line of Chinese prose', p50: 9.2, max: 9.9 },
      ],
    }
    expect(errorLookupFigures(timings)).toEqual({
      'realistic.1kb.p50': 0.43,
      'realistic.1kb.p95': 1.47,
      'realistic.20kb.p50': 2.4,
      'realistic.20kb.p95': 3.62,
      'worst.200kb.slowestShapeP50': 12.5,
    })
    expect(slowestShapesLines(timings)[0]).toBe(
      'Slowest worst shapes at 200 KB, each alone (p50): verdicts, then a relay word 12.5 ms (max 14.1); one line of Chinese prose 9.2 ms (max 9.9).',
    )
  })

  it('reads back what the step prints with --json, and refuses anything else', () => {
    const timings = {
      command: 'npx tsx bench/error-lookup.ts 50',
      entries: 78,
      iterations: 50,
      rows: [{ kind: 'worst' as const, sizeKB: 200, p50: 3.1, p95: 7.7 }],
      slowestShapes: [{ shape: 'one long word', p50: 4, max: 5 }],
    }
    expect(errorLookupTimingsSchema.parse(JSON.parse(JSON.stringify(timings)))).toEqual(timings)
    expect(() => errorLookupTimingsSchema.parse({ ...timings, slowestShapes: undefined })).toThrow()
    expect(() =>
      errorLookupTimingsSchema.parse({ ...timings, rows: [{ kind: 'typical', sizeKB: 20, p50: 1, p95: 2 }] }),
    ).toThrow()
  })

  it('names the connection-test figures as the budgets do', () => {
    const row = { scenario: 'healthy' as const, requests: 5, engineMs: 120, curlMs: 400, speedUp: 3.3 }
    expect(
      connectionTestFigures({ command: 'npx tsx bench/connection-test.ts 3 healthy', runs: 3, rows: [row] }),
    ).toEqual({
      'healthy.requests': 5,
      'healthy.engineparallel': 120,
      'healthy.curloneafteranother': 400,
      'healthy.speed-up': 3.3,
    })
  })
})

describe('bench/steps/error-lookup-runs', () => {
  const run = (p95: number, shapes: [string, number, number][]) => ({
    command: 'npx tsx bench/error-lookup.ts 200',
    entries: 82,
    iterations: 200,
    rows: [
      { kind: 'realistic' as const, sizeKB: 20, p50: p95 / 2, p95 },
      { kind: 'worst' as const, sizeKB: 200, p50: 4, p95: 8 },
    ],
    slowestShapes: shapes.map(([shape, p50, max]) => ({ shape, p50, max })),
  })

  it('reads each figure as the median of the runs, so one stray slow run decides nothing', () => {
    const runs = [
      run(3.3, [
        ['a', 9, 10],
        ['b', 8, 9],
      ]),
      run(5.0, [
        ['b', 12, 30],
        ['a', 11, 12],
      ]),
      run(3.5, [
        ['a', 10, 11],
        ['c', 7, 8],
      ]),
    ]
    const combined = medianOfRuns(runs)
    expect(combined.runs).toBe(3)
    expect(combined.rows).toEqual([
      { kind: 'realistic', sizeKB: 20, p50: 1.75, p95: 3.5, p95Runs: [3.3, 3.5, 5] },
      { kind: 'worst', sizeKB: 200, p50: 4, p95: 8, p95Runs: [8, 8, 8] },
    ])
    // the stray run stays in sight beside the median
    expect(runsSpreadLines(combined)).toEqual([
      "Each run's p95, lowest first (ms): realistic 20 KB 3.3 / 3.5 / 5; worst 200 KB 8 / 8 / 8.",
      '',
    ])
    // b is listed by two runs (8, 12): its median 10, its max the largest seen; c, listed by one run only at 7 ms, falls
    // below them, and as many are kept as a run lists (two)
    expect(combined.slowestShapes).toEqual([
      { shape: 'a', p50: 10, max: 12 },
      { shape: 'b', p50: 10, max: 30 },
    ])
    expect(errorLookupFigures(combined)['realistic.20kb.p95']).toBe(3.5)
  })

  it("takes the first lookup's figures as the median of the runs that measured them, and lists them", () => {
    const timed = (compileMs: number, afterWarmMs: number) => ({
      ...run(3, []),
      firstLookup: { compileMs, afterWarmMs },
    })
    const combined = medianOfRuns([timed(240, 30), timed(210, 12), timed(900, 15), run(3, [])])
    expect(combined.firstLookup).toEqual({ compileMs: 240, afterWarmMs: 15 })
    expect(errorLookupFigures(combined)).toMatchObject({ 'firstLookup.compileMs': 240, 'firstLookup.afterWarmMs': 15 })
    // results written before round 45 have none: no figure, rather than a zero
    const old = medianOfRuns([run(3, []), run(4, [])])
    expect(old).not.toHaveProperty('firstLookup')
    expect(Object.keys(errorLookupFigures(old)).some((key) => key.startsWith('firstLookup'))).toBe(false)
  })

  it('is the run itself when there is one, and refuses runs of different steps or none', () => {
    const one = run(3.3, [['a', 9, 10]])
    expect(medianOfRuns([one])).toEqual({ ...one, runs: 1 })
    expect(runsSpreadLines(medianOfRuns([one]))).toEqual([])
    expect(() => medianOfRuns([])).toThrow(/no run/)
    expect(() => medianOfRuns([one, { ...one, entries: 83 }])).toThrow(/differ/)
    expect(() => medianOfRuns([one, { ...one, rows: one.rows.slice(1) }])).toThrow(/no realistic 20 KB row/)
  })

  it('says in the report how many runs each figure is the median of', () => {
    expect(runsNote(3)).toMatch(/run 3 times, each in a process of its own; each figure is the median/)
    expect(runsNote(1)).toBe('')
    expect(runsNote(undefined)).toBe('')
  })
})

describe('bench/cli-options', () => {
  it('runs everything by default; quick mode is never the committed run', () => {
    expect(parseBenchOptions([])).toMatchObject({ quick: false, complete: true })
    expect(parseBenchOptions(['--check'])).toMatchObject({ complete: true, check: true })
    expect(parseBenchOptions(['--quick', '--check'])).toMatchObject({ quick: true, complete: false })
    expect(parseBenchOptions([]).errorLookupRuns).toBe(3)
    expect(parseBenchOptions(['--quick']).errorLookupRuns).toBe(1)
  })

  it('takes a subset of steps', () => {
    expect(parseBenchOptions(['--only=errors,lighthouse'])).toMatchObject({
      steps: ['errors', 'lighthouse'],
      complete: false,
    })
    // A partial run must not replace the committed results.
    expect(parseBenchOptions(['--only=lighthouse']).complete).toBe(false)
  })

  it('names what is wrong with a bad argument', () => {
    expect(() => parseBenchOptions(['--fast'])).toThrow(/unknown option --fast/)
    expect(() => parseBenchOptions(['--only=errors,typo'])).toThrow(/unknown step typo/)
    expect(() => parseBenchOptions(['quick'])).toThrow(/unknown argument/)
    // The search study has its own command now.
    expect(() => parseBenchOptions(['--only=search'])).toThrow(/unknown step search/)
    expect(() => parseBenchOptions(['--scales=100'])).toThrow(/unknown option --scales/)
  })
})

describe('bench/studies/search-scaling/options', () => {
  it('runs three sizes by default and one in quick mode', () => {
    expect(parseStudyOptions([])).toMatchObject({ quick: false, complete: true, scales: [100, 1000, 10_000] })
    expect(parseStudyOptions(['--check'])).toMatchObject({ complete: true, check: true })
    expect(parseStudyOptions(['--quick', '--check'])).toMatchObject({ quick: true, complete: false, scales: [100] })
  })

  it('takes a subset of sizes', () => {
    expect(parseStudyOptions(['--scales=200,400'])).toMatchObject({ scales: [200, 400], complete: false })
    // A partial run must not replace the committed results.
    expect(parseStudyOptions(['--scales=100']).complete).toBe(false)
  })

  it('reuses kept corpora and sets the shard size only in a partial run', () => {
    expect(parseStudyOptions(['--reuse-corpus'])).toMatchObject({ reuseCorpus: true, keepSites: true, complete: false })
    expect(parseStudyOptions(['--shard-size=500'])).toMatchObject({ shardSize: 500, complete: false })
    expect(parseStudyOptions([])).toMatchObject({ reuseCorpus: false, shardSize: undefined })
    expect(() => parseStudyOptions(['--shard-size=0'])).toThrow(/--shard-size takes a whole number/)
  })

  it('names what is wrong with a bad argument', () => {
    expect(() => parseStudyOptions(['--fast'])).toThrow(/unknown option --fast/)
    expect(() => parseStudyOptions(['--scales=10k'])).toThrow(/whole numbers/)
    expect(() => parseStudyOptions(['quick'])).toThrow(/unknown argument/)
  })
})

describe('bench/measure/page-weight', () => {
  it('sums scripts, styles and fonts from the network log and spots widget chunks', () => {
    const log = [
      {
        url: 'http://x/assets/chunks/framework.Cx-5KwGw.js',
        resourceType: 'script',
        transferBytes: 40,
        decodedBytes: 100,
      },
      {
        url: 'http://x/assets/chunks/ErrorLookup.uRsDiO-A.js',
        resourceType: 'script',
        transferBytes: 10,
        decodedBytes: 30,
      },
      { url: 'http://x/assets/style.c.css', resourceType: 'stylesheet', transferBytes: 20, decodedBytes: 90 },
      { url: 'http://x/assets/inter.woff2', resourceType: 'font', transferBytes: 60, decodedBytes: 60 },
      { url: 'http://x/errors', resourceType: 'document', transferBytes: 5, decodedBytes: 15 },
    ]
    expect(summariseResponses('errors', '/errors', log)).toEqual({
      page: 'errors',
      path: '/errors',
      js: { raw: 130, gzip: 50, files: 2 },
      css: { raw: 90, gzip: 20, files: 1 },
      fonts: { raw: 60, gzip: 60, files: 1 },
      widgetChunks: ['ErrorLookup.uRsDiO-A.js'],
      scripts: { 'chunks/framework': 40, 'chunks/ErrorLookup': 10 },
    })
  })
})

describe('bench/studies/search-scaling/measure/search', () => {
  it('says where a first search’s bytes went', () => {
    const response = (path: string, transferBytes: number) => ({
      url: `http://x${path}`,
      resourceType: 'fetch',
      transferBytes,
      decodedBytes: transferBytes,
    })
    expect(
      bytesByKind([
        response('/pagefind/pagefind.js', 10),
        response('/pagefind/wasm.en-us.pagefind', 50),
        response('/pagefind/pagefind-entry.json', 1),
        response('/pagefind/pagefind.en-us_abc.pf_meta', 20),
        response('/pagefind/index/en-us_1.pf_index', 30),
        response('/pagefind/index/en-us_2.pf_index', 30),
        response('/pagefind/fragment/en-us_3.pf_fragment', 2),
        response('/assets/chunks/@localSearchIndexroot.x.js', 900),
      ]),
    ).toEqual({ js: 10, wasm: 50, 'index meta': 21, index: 960, 'result fragments': 2 })
  })
})
