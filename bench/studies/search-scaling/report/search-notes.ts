import type { EngineResult } from '../measure/search.ts'
import { maxPlannedTerms } from '../../../../docs/.vitepress/theme/search/query-plan.ts'

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

/**
 * Where pagefind's costliest typed first search at the largest size spends its bytes, against
 * the first-search budget: what is pagefind's own fixed cost, what grows with the site, and
 * how many query words the rest of the budget pays for.
 */
export function pagefindFirstSearchNote(engines: readonly EngineResult[], budgetKB: number): string | null {
  const ours = engines.filter((result) => result.engine === 'pagefind')
  if (ours.length === 0) return null
  const largest = ours.reduce((most, result) => (result.pagesPerLocale > most.pagesPerLocale ? result : most))
  const smallest = ours.reduce((least, result) => (result.pagesPerLocale < least.pagesPerLocale ? result : least))
  const costliest = (['zh', 'en'] as const)
    .map((locale) => ({ locale, search: largest.locales[locale].firstSearchTypedLargest }))
    .filter((entry) => entry.search?.files)
    .sort((a, b) => total(b.search?.bytes) - total(a.search?.bytes))[0]
  if (!costliest?.search?.files) return null
  const { bytes, files, query, sent } = costliest.search
  const at = (kind: string) => bytes[kind] ?? 0
  const engine = at('wasm') + at('js')
  const meta = at('index meta')
  const chunks = files?.['index'] ?? 0
  const perChunk = chunks ? at('index') / chunks : 0
  const metaAtSmallest = smallest.locales[costliest.locale].firstSearchTypedLargest?.bytes['index meta']
  const fixed = engine + meta + at('result fragments')
  const room = perChunk ? Math.max(0, Math.floor((budgetKB * 1024 - fixed) / perChunk)) : 0
  const pages = (count: number) => count.toLocaleString('en-US')
  return [
    `Where the costliest typed first search goes at ${pages(largest.pagesPerLocale)} pages per language (${costliest.locale}, \`${query}\`, ${kb(total(bytes))} KB):`,
    `pagefind's engine (wasm ${kb(at('wasm'))} + js ${kb(at('js'))} KB) is the same at every size;`,
    `its index meta is ${kb(meta)} KB${metaAtSmallest !== undefined && smallest !== largest ? ` (${kb(metaAtSmallest)} KB at ${pages(smallest.pagesPerLocale)} pages), one entry per page and per index chunk` : ''};`,
    `our box gives pagefind at most ${maxPlannedTerms} words of a query, names, codes and acronyms first and function words never (\`docs/.vitepress/theme/search/query-plan.ts\`)${sent && sent !== query ? `, here \`${sent}\`` : ''};`,
    `${chunks} index chunks average ${kb(perChunk)} KB: pagefind loads at least one chunk for every word it is given, each filled to at least 20,000 word positions (pagefind's default chunk size), and never splits a word, so a common word's chunk is its whole list of positions;`,
    `the 8 shown results' fragments add ${kb(at('result fragments'))} KB.`,
    room > 0
      ? `Under ${budgetKB} KB, what is left after that pays for about ${room} chunk${room === 1 ? '' : 's'}: a query of ${room === 1 ? 'one word' : `${room} words or fewer`}.`
      : `That alone is over ${budgetKB} KB before any word's chunk.`,
    ...(largest.pagesPerLocale === smallerChunksTrial.pagesPerLocale ? [smallerChunksNote()] : []),
  ].join(' ')
}

/**
 * The one trial of a smaller pagefind chunk size on the 10,000-page corpus (2026-11-23, both
 * languages' chunks counted together, the search box's planned words), measured with the
 * bench's own pages and queries. Not adopted: it moved the bytes both ways.
 */
const smallerChunksTrial = {
  pagesPerLocale: 10_000,
  chunkSize: 5000,
  chunks: { default: 855, smaller: 1123 },
  medianChunkKB: { default: 20.4, smaller: 19.6 },
  typedMaxKB: { zh: { default: 367.4, smaller: 309.0 }, en: { default: 308.0, smaller: 329.9 } },
  /** The same day and corpus: the planner capped at 3 words instead of 5, recall@5 in both languages. */
  threeWordsRecallAt5: 0.87,
}

function smallerChunksNote(): string {
  const { chunkSize, chunks, medianChunkKB, typedMaxKB, threeWordsRecallAt5 } = smallerChunksTrial
  const size = (value: number) => value.toFixed(1)
  return `A quarter of that chunk size (\`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${chunkSize}\`, tried once on this corpus) gave ${chunks.smaller.toLocaleString('en-US')} chunks instead of ${chunks.default} with a median of ${size(medianChunkKB.smaller)} KB instead of ${size(medianChunkKB.default)}, since most chunks already hold a single word; the costliest typed first search went from ${size(typedMaxKB.zh.default)} to ${size(typedMaxKB.zh.smaller)} KB in zh and from ${size(typedMaxKB.en.default)} to ${size(typedMaxKB.en.smaller)} KB in en, so pagefind keeps its default. Fewer words cost the answer instead: given at most 3, pagefind put a right page in the first five for ${threeWordsRecallAt5} of the known-answer queries, under the 0.9 budget.`
}

function total(bytes: Record<string, number> | undefined): number {
  return Object.values(bytes ?? {}).reduce((sum, value) => sum + value, 0)
}

/** The one attempt at a single VitePress build of 10,000 pages per language (2026-11-23, 2 shared cores). */
const singleBuildAttempt = { pagesPerLocale: 10_000, minutes: 24, residentGB: 11.6 }

/** For each size built in shards: how, and why that still measures the whole site's search. */
export function shardedBuildNotes(engines: readonly EngineResult[]): string[] {
  const pages = (count: number) => count.toLocaleString('en-US')
  return engines
    .filter((result) => result.engine === 'pagefind' && (result.buildShards ?? 1) > 1)
    .map((result) => {
      const shards = result.buildShards ?? 1
      const perShard = Math.ceil(result.pagesPerLocale / shards)
      const single =
        result.pagesPerLocale === singleBuildAttempt.pagesPerLocale
          ? ` One VitePress build of all ${pages(result.pagesPerLocale * 2)} pages (no local search) was still bundling, before rendering any page, after ${singleBuildAttempt.minutes} minutes at ${singleBuildAttempt.residentGB} GB resident memory, and was stopped: VitePress's bundling, one entry per page, is what does not fit a 30-minute run, not pagefind, whose indexing runs once over the whole site (\`build.pagefind.indexMarginalCostRatio\` is its own linearity).`
          : ''
      return `At ${pages(result.pagesPerLocale)} pages per language the corpus is built as ${shards} separate VitePress builds of up to ${pages(perShard)} pages per language (\`bench/studies/search-scaling/sites/shards.ts\`), one after another, merged into one site before a single pagefind run over all ${pages(result.pagesPerLocale * 2)} pages. Every page's HTML is what one build would render, so the index, the bytes a search fetches, its latency and recall are those of the whole site; the build time is the sum of the ${shards} builds.${single}`
    })
}

/**
 * Where a later query's time goes at the largest size: pagefind's search call against loading
 * the shown results' data, which is one fragment file per result whatever the index settings.
 */
export function pagefindWarmNote(engines: readonly EngineResult[]): string | null {
  const ours = engines.filter((result) => result.engine === 'pagefind')
  const largest = ours.reduce<EngineResult | null>(
    (most, result) => (!most || result.pagesPerLocale > most.pagesPerLocale ? result : most),
    null,
  )
  if (!largest) return null
  const worst = (['zh', 'en'] as const)
    .map((locale) => ({ locale, result: largest.locales[locale] }))
    .sort((a, b) => b.result.warmQueryMs.p95 - a.result.warmQueryMs.p95)[0]
  const fragments = worst?.result.warmFragmentsMs
  if (!worst || !fragments) return null
  const { warmQueryMs, warmSearchOnlyMs, warmNoPreloadMs, warmFirstResultMs } = worst.result
  return [
    `A later query at ${largest.pagesPerLocale.toLocaleString('en-US')} pages per language (${worst.locale}) takes ${warmQueryMs.p50} ms p50 / ${warmQueryMs.p95} ms p95 as our box runs it${warmNoPreloadMs ? ` (${warmNoPreloadMs.p95} ms p95 without preloading)` : ''}.`,
    `pagefind's search call is ${warmSearchOnlyMs.p50} / ${warmSearchOnlyMs.p95} ms of it (the last word's chunk and the search itself);`,
    `loading the 8 shown results' data is ${fragments.p50} / ${fragments.p95} ms${warmFirstResultMs ? ` (the top result's data is in after ${warmFirstResultMs.p50} / ${warmFirstResultMs.p95} ms from the search's start: a box that showed results as they arrive would wait that long; ours shows the 8 together)` : ''}: pagefind keeps each page's title, URL and text in a fragment file of its own, fetched and unpacked per result, so this part does not shrink with any index setting, only with fewer results shown. Here they come from a local Node server over HTTP/1.1 (\`scripts/static-server.ts\`), where Chromium opens at most 6 connections to a host, so 8 fetches take two rounds; a real reader adds a network round trip to each.`,
  ].join(' ')
}
