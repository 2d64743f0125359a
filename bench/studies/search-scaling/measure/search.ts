import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Browser } from 'playwright-core'
import { queryPlanScript } from '../../../../scripts/query-plan-script.ts'
import { startStaticServer } from '../../../../scripts/static-server.ts'
import type { CorpusLocale } from '../corpus/generate.ts'
import { knownAnswerQueries, rightAnswers, type KnownAnswerQuery } from '../corpus/queries.ts'
import { segmenterTokenize } from '../sites/segmenter-tokenize.ts'
import { localePrefix, type SearchVariant } from '../sites/synthetic-site.ts'
import { repoRoot } from '../../../sites/paths.ts'
import { distribution, median, round, type Distribution } from '../../../stats.ts'
import { openRecordedPage, type LoggedResponse } from '../../../measure/browser.ts'
import { fileSize, filesUnder, type ByteSize } from '../../../measure/file-sizes.ts'
import { miniSearchRunSource, pagefindRunSource, topPages, type EngineRun } from './search-engines.ts'

export interface LocaleSearchResult {
  /** What the engine downloads for this locale's index (pagefind: index + meta; MiniSearch: the chunk). */
  indexBytes: ByteSize
  /** pagefind: page fragments, fetched per result shown. */
  fragmentBytes?: number
  /**
   * Bytes on the wire to answer the first query (pagefind) / to open the search box (MiniSearch),
   * over all cold runs and by style: pagefind fetches an index chunk per distinct word, so a
   * pasted error message costs more than a few typed words.
   */
  firstSearchBytes: { p50: number; max: number; typedMax: number; pastedMax: number }
  /** The costliest first search: its query and its bytes by kind of file. */
  firstSearchLargest: FirstSearchFiles
  /** The costliest first search of typed words (pagefind), with how many files of each kind. */
  firstSearchTypedLargest?: FirstSearchFiles
  firstQueryMs: Distribution
  warmQueryMs: Distribution
  /** The engine's search call alone (pagefind: before fetching the shown results' fragments). */
  warmSearchOnlyMs: Distribution
  /** pagefind: the same later queries with nothing preloaded (the search box before preloading). */
  warmNoPreloadMs?: Distribution
  /** pagefind: of a later query, loading the shown results' data (one fragment file per result). */
  warmFragmentsMs?: Distribution
  /** pagefind: a later query until the top result's data is in (the rest still loading). */
  warmFirstResultMs?: Distribution
  /** Share of known-answer queries with a right page first / among the first five pages. */
  recallAt1: number
  recallAt5: number
}

export interface FirstSearchFiles {
  query: string
  /** pagefind: the words our box gave it for \`query\`. */
  sent?: string
  bytes: Record<string, number>
  /** How many files of each kind (pagefind: one or more index chunks per word). */
  files?: Record<string, number>
}

export interface EngineResult {
  engine: SearchVariant
  pagesPerLocale: number
  buildMs: number
  /** pagefind's own run after the build; MiniSearch indexes inside the build. */
  indexMs: number
  /** MiniSearch: the part of `buildMs` VitePress spent indexing. */
  indexInBuildMs?: number
  /** Built as this many separate VitePress builds merged into one site; `buildMs` is their sum. */
  buildShards?: number
  locales: Record<CorpusLocale, LocaleSearchResult>
}

export interface SearchMeasureOptions {
  browser: Browser
  dist: string
  engine: SearchVariant
  pagesPerLocale: number
  coldRuns: number
  onProgress: (message: string) => void
}

const shownResults: Record<SearchVariant, number> = { pagefind: 8, minisearch: 16 }

/** SearchDialog.vue searches this long after the last keystroke; preloading starts at once. */
const searchDebounceMs = 120

/** Measures one built synthetic site's search in Chromium, in both languages. */
export async function measureSearch(options: SearchMeasureOptions): Promise<Record<CorpusLocale, LocaleSearchResult>> {
  const server = await startStaticServer({ root: options.dist })
  try {
    const zh = await measureLocale(options, server.url, 'zh')
    const en = await measureLocale(options, server.url, 'en')
    return { zh, en }
  } finally {
    await server.close()
  }
}

async function measureLocale(
  options: SearchMeasureOptions,
  origin: string,
  locale: CorpusLocale,
): Promise<LocaleSearchResult> {
  const { browser, engine, pagesPerLocale, coldRuns } = options
  const queries = knownAnswerQueries(locale)
  const pageUrl = `${origin}${localePrefix[locale]}kb/a00000`
  const indexFile = engine === 'minisearch' ? miniSearchChunk(options.dist, locale) : null

  const run = async (texts: string[], preloadWhileTyping = false) => {
    const recorded = await openRecordedPage(browser)
    await recorded.page.goto(pageUrl, { waitUntil: 'networkidle' })
    // Evaluated through the DevTools protocol: the built site's CSP refuses injected inline scripts.
    if (engine === 'minisearch') {
      await recorded.page.evaluate(readFileSync(join(repoRoot, 'node_modules/minisearch/dist/umd/index.js'), 'utf8'))
    } else {
      await recorded.page.evaluate(await queryPlanScript())
    }
    await recorded.settled()
    const loadedBefore = recorded.responses.length
    const source = engine === 'pagefind' ? pagefindRunSource : miniSearchRunSource
    const args = {
      queries: texts,
      lang: locale === 'zh' ? 'zh-CN' : 'en-US',
      shown: shownResults[engine],
      indexUrl: indexFile ? `/assets/chunks/${indexFile}` : '',
      tokenizeSource: segmenterTokenize.toString(),
      preload: preloadWhileTyping,
      debounceMs: searchDebounceMs,
    }
    const result = (await recorded.page.evaluate(`(${source})(${JSON.stringify(args)})`)) as EngineRun
    await recorded.settled()
    const fetched = recorded.responses.slice(loadedBefore)
    await recorded.context.close()
    return { result, bytes: sumBytes(fetched), byKind: bytesByKind(fetched), files: filesByKind(fetched) }
  }

  const cold: {
    ms: number
    bytes: number
    query: KnownAnswerQuery
    sent?: string
    byKind: Record<string, number>
    files: Record<string, number>
  }[] = []
  for (let runIndex = 0; runIndex < coldRuns; runIndex++) {
    const query = queries[runIndex % queries.length]
    if (!query) continue
    const { result, bytes, byKind, files } = await run([query.text])
    const sent = result.queries[0]?.sent
    cold.push({
      ms: result.loadMs + (result.queries[0]?.ms ?? 0),
      bytes,
      query,
      byKind,
      files,
      ...(sent ? { sent } : {}),
    })
  }
  const maxBytesOf = (style: KnownAnswerQuery['style']) =>
    Math.max(0, ...cold.filter((runResult) => runResult.query.style === style).map((runResult) => runResult.bytes))
  const costliest = (runs: typeof cold) =>
    runs.reduce((most, runResult) => (runResult.bytes > most.bytes ? runResult : most))
  const largest = costliest(cold)
  const typedRuns = cold.filter((runResult) => runResult.query.style === 'typed')
  const largestTyped = typedRuns.length ? costliest(typedRuns) : null
  options.onProgress(`${engine} ${pagesPerLocale}/${locale}: ${coldRuns} cold first queries done`)

  // Warm: the engine is loaded (by a query outside the set); each timed query is new to the page.
  // pagefind is measured as our box works (finished words preloaded as they arrive, the search
  // after its debounce) and, to show what that buys, without preloading.
  const warmTexts = ['help', ...queries.map((query) => query.text)]
  const warm = await run(warmTexts, engine === 'pagefind')
  const timed = warm.result.queries.slice(1)
  const withoutPreload = engine === 'pagefind' ? (await run(warmTexts)).result.queries.slice(1) : null
  let firstHits = 0
  let topFiveHits = 0
  timed.forEach((answer, position) => {
    const query = queries[position]
    if (!query) return
    const right = rightAnswers(query, pagesPerLocale)
    const pages = topPages(answer.pages, 5)
    if (pages[0] && right.has(pages[0])) firstHits++
    if (pages.some((page) => right.has(page))) topFiveHits++
  })

  const opening = engine === 'minisearch' ? await bytesToOpenLocalSearch(browser, pageUrl) : null
  const coldBytes = cold.map((run) => run.bytes)
  return {
    ...indexSizes(options.dist, engine, locale, indexFile),
    firstSearchBytes: opening
      ? { p50: opening.bytes, max: opening.bytes, typedMax: opening.bytes, pastedMax: opening.bytes }
      : {
          p50: median(coldBytes),
          max: Math.max(...coldBytes),
          typedMax: maxBytesOf('typed'),
          pastedMax: maxBytesOf('pasted'),
        },
    firstSearchLargest: opening
      ? { query: '(opening the search box)', bytes: opening.byKind }
      : { query: largest.query.text, sent: largest.sent, bytes: largest.byKind, files: largest.files },
    ...(!opening && largestTyped
      ? {
          firstSearchTypedLargest: {
            query: largestTyped.query.text,
            sent: largestTyped.sent,
            bytes: largestTyped.byKind,
            files: largestTyped.files,
          },
        }
      : {}),
    firstQueryMs: distribution(cold.map((run) => run.ms)),
    warmQueryMs: distribution(timed.map((answer) => answer.ms)),
    warmSearchOnlyMs: distribution(timed.map((answer) => answer.searchMs)),
    ...(withoutPreload
      ? {
          warmNoPreloadMs: distribution(withoutPreload.map((answer) => answer.ms)),
          warmFragmentsMs: distribution(timed.map((answer) => answer.ms - answer.searchMs)),
          warmFirstResultMs: distribution(timed.map((answer) => answer.firstMs ?? answer.ms)),
        }
      : {}),
    recallAt1: round(firstHits / timed.length),
    recallAt5: round(topFiveHits / timed.length),
  }
}

/** VitePress names the chunk after the locale key: `root` for zh here, `en` for English. */
function miniSearchChunk(dist: string, locale: CorpusLocale): string {
  const key = locale === 'zh' ? 'root' : 'en'
  const file = readdirSync(join(dist, 'assets/chunks')).find((name) => name.startsWith(`@localSearchIndex${key}.`))
  if (!file) throw new Error(`no MiniSearch index chunk for ${key} in ${dist}`)
  return file
}

function indexSizes(
  dist: string,
  engine: SearchVariant,
  locale: CorpusLocale,
  miniSearchFile: string | null,
): Pick<LocaleSearchResult, 'indexBytes' | 'fragmentBytes'> {
  if (engine === 'minisearch' && miniSearchFile)
    return { indexBytes: fileSize(join(dist, 'assets/chunks', miniSearchFile)) }
  const language = locale === 'zh' ? 'zh-cn' : 'en-us'
  const pagefindDir = join(dist, 'pagefind')
  if (!existsSync(pagefindDir)) throw new Error(`${dist} has no pagefind index`)
  const files = filesUnder(pagefindDir).filter((file) => basename(file.path).includes(`${language}_`))
  const sum = (list: typeof files) => list.reduce((total, file) => total + file.bytes, 0)
  // pagefind's index files are gzipped already and served as they are.
  const index = sum(files.filter((file) => !file.path.endsWith('.pf_fragment')))
  return {
    indexBytes: { raw: index, gzip: index },
    fragmentBytes: sum(files.filter((file) => file.path.endsWith('.pf_fragment'))),
  }
}

function sumBytes(responses: readonly LoggedResponse[]): number {
  return responses.reduce((sum, response) => sum + response.transferBytes, 0)
}

/** What kind of file each download was, to say where a first search's bytes go. */
function fileKind(url: string): string {
  const path = new URL(url).pathname
  if (path.includes('@localSearchIndex') || path.endsWith('.pf_index')) return 'index'
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'index meta'
  if (path.endsWith('.pf_fragment')) return 'result fragments'
  if (path.endsWith('.pagefind') || path.endsWith('.wasm')) return 'wasm'
  if (path.endsWith('.js')) return 'js'
  return 'other'
}

export function bytesByKind(responses: readonly LoggedResponse[]): Record<string, number> {
  const kinds: Record<string, number> = {}
  for (const response of responses) {
    const kind = fileKind(response.url)
    kinds[kind] = (kinds[kind] ?? 0) + response.transferBytes
  }
  return kinds
}

function filesByKind(responses: readonly LoggedResponse[]): Record<string, number> {
  const kinds: Record<string, number> = {}
  for (const response of responses) {
    const kind = fileKind(response.url)
    kinds[kind] = (kinds[kind] ?? 0) + 1
  }
  return kinds
}

/** Opens VitePress's search box the way a reader does (Ctrl+K) and counts what it downloads. */
async function bytesToOpenLocalSearch(
  browser: Browser,
  pageUrl: string,
): Promise<{ bytes: number; byKind: Record<string, number> }> {
  const recorded = await openRecordedPage(browser)
  await recorded.page.goto(pageUrl, { waitUntil: 'networkidle' })
  await recorded.settled()
  const loadedBefore = recorded.responses.length
  const indexLoaded = recorded.page.waitForResponse((response) => response.url().includes('@localSearchIndex'), {
    timeout: 120_000,
  })
  await recorded.page.keyboard.press('Control+k')
  await (await indexLoaded).finished()
  await recorded.page.locator('.VPLocalSearchBox input').waitFor()
  await recorded.page.waitForLoadState('networkidle')
  await recorded.settled()
  const fetched = recorded.responses.slice(loadedBefore)
  await recorded.context.close()
  return { bytes: sumBytes(fetched), byKind: bytesByKind(fetched) }
}
