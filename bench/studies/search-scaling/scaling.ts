import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { measureSearch, type EngineResult } from './measure/search.ts'
import { formatDuration, type Progress } from '../../progress.ts'
import { repoRoot, workDir } from '../../sites/paths.ts'
import { runCommand } from '../../sites/run-command.ts'
import { mergeShardInto, shardPagesPerLocale, shardRanges } from './sites/shards.ts'
import { localSearchIndexingMs, writeConfig, writeCorpus } from './sites/synthetic-site.ts'

export interface SearchScalingOptions {
  browser: Browser
  scales: readonly number[]
  coldRuns: number
  progress: Progress
  /** Keep the built sites in bench/.work for a look afterwards. */
  keepSites: boolean
  /** Measure the site an earlier `keepSites` run left in bench/.work instead of building it again. */
  reuseCorpus: boolean
  /** Pages per language in one VitePress build of a sharded corpus. @default shardPagesPerLocale */
  shardSize?: number
  /** Called with everything measured so far after each size. */
  onProgress: (resultsSoFar: EngineResult[]) => void
  /** Above this many pages per language only pagefind is built (see `localSearchLimitNote`). */
  localSearchMaxPages: number
}

/**
 * Why VitePress's local search stops at 1,000 pages per language in a full run: at 10,000 it
 * did not finish building on this machine within the time a full run has.
 */
export const localSearchLimitNote =
  'VitePress local search is not built above 1,000 pages per language: at 10,000 (2026-11-23, 2 cores, Node heap raised to 8 GB) its build was still bundling after 11 minutes at 9 GB resident memory, before rendering a single page, and was stopped. Its index grows about 1 MB gzip per 1,000 pages per language (see the rows above), all of it downloaded when the search box opens.'

/**
 * Per size: one build of the synthetic corpus that carries both engines (see
 * `sites/synthetic-site.ts`), pagefind run over its output, then both measured in Chromium.
 * Building once halves the run; VitePress's own indexing time is read from its debug log
 * and taken off our build time (an upper bound: its index chunks still pass through Rollup).
 */
export async function searchScaling(options: SearchScalingOptions): Promise<EngineResult[]> {
  const results: EngineResult[] = []
  for (const pagesPerLocale of options.scales) {
    results.push(
      ...(await options.progress.step(`search at ${pagesPerLocale.toLocaleString('en-US')} pages per language`, () =>
        buildAndMeasure(options, pagesPerLocale),
      )),
    )
    options.onProgress([...results])
  }
  return results
}

interface CorpusBuild {
  pagesPerLocale: number
  withLocalSearch: boolean
  /** Wall time of the VitePress build(s): the sum over shards when sharded. */
  buildMs: number
  miniSearchMs: number
  /** Separate VitePress builds merged into one site (1 = a single build). */
  shards: number
}

async function buildAndMeasure(options: SearchScalingOptions, pagesPerLocale: number): Promise<EngineResult[]> {
  const { progress } = options
  const withLocalSearch = pagesPerLocale <= options.localSearchMaxPages
  const srcDir = join(workDir, `corpus-${pagesPerLocale}`)
  const dist = join(srcDir, '.vitepress/dist')
  const tick = (what: string) => (ms: number) => progress.note(`${what}… ${formatDuration(ms)}`)
  const build =
    reusableBuild(options, srcDir, pagesPerLocale, withLocalSearch) ??
    (await buildCorpus(options, srcDir, pagesPerLocale, withLocalSearch))
  const { miniSearchMs } = build
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true })
  const index = await runCommand(join(repoRoot, 'node_modules/.bin/pagefind'), ['--site', dist], {
    cwd: repoRoot,
    onTick: tick('pagefind'),
  })
  progress.note(`pagefind: ${formatDuration(index.elapsedMs)}`)
  const results: EngineResult[] = []
  for (const engine of withLocalSearch ? (['pagefind', 'minisearch'] as const) : (['pagefind'] as const)) {
    const locales = await measureSearch({
      browser: options.browser,
      dist,
      engine,
      pagesPerLocale,
      coldRuns: options.coldRuns,
      onProgress: progress.note,
    })
    results.push(
      engine === 'pagefind'
        ? {
            engine,
            pagesPerLocale,
            buildMs: Math.round(build.buildMs - miniSearchMs),
            indexMs: Math.round(index.elapsedMs),
            ...(build.shards > 1 ? { buildShards: build.shards } : {}),
            locales,
          }
        : {
            engine,
            pagesPerLocale,
            buildMs: Math.round(build.buildMs),
            indexMs: 0,
            indexInBuildMs: miniSearchMs,
            locales,
          },
    )
  }
  if (!options.keepSites && !options.reuseCorpus) rmSync(srcDir, { recursive: true, force: true })
  return results
}

const buildRecord = (srcDir: string) => join(srcDir, 'bench-build.json')

/** With `--reuse-corpus`: the site a previous run built and kept, with that run's build times. */
function reusableBuild(
  options: SearchScalingOptions,
  srcDir: string,
  pagesPerLocale: number,
  withLocalSearch: boolean,
): CorpusBuild | null {
  if (!options.reuseCorpus || !existsSync(buildRecord(srcDir))) return null
  const build = JSON.parse(readFileSync(buildRecord(srcDir), 'utf8')) as CorpusBuild
  if (build.pagesPerLocale !== pagesPerLocale || build.withLocalSearch !== withLocalSearch) return null
  options.progress.note(`reusing the site built earlier in ${srcDir} (its build took ${formatDuration(build.buildMs)})`)
  return build
}

/**
 * Writes and builds the corpus. Above `shardPagesPerLocale` pages per language it is built as
 * separate VitePress builds of that size, one after another, whose outputs are merged into one
 * site before pagefind indexes it: every page's HTML is what a single build renders, so the
 * index and the queries are those of the whole site, and the build time is the shards' sum.
 */
async function buildCorpus(
  options: SearchScalingOptions,
  srcDir: string,
  pagesPerLocale: number,
  withLocalSearch: boolean,
): Promise<CorpusBuild> {
  const { progress } = options
  const shards = withLocalSearch
    ? [{ from: 0, to: pagesPerLocale }]
    : shardRanges(pagesPerLocale, options.shardSize ?? shardPagesPerLocale)
  const dist = join(srcDir, '.vitepress/dist')
  rmSync(srcDir, { recursive: true, force: true })
  let buildMs = 0
  let miniSearchMs = 0
  for (const [position, range] of shards.entries()) {
    const shardDir = shards.length === 1 ? srcDir : join(workDir, `corpus-${pagesPerLocale}-shard`)
    writeCorpus(shardDir, pagesPerLocale, range)
    writeConfig(shardDir, withLocalSearch)
    const what =
      shards.length === 1
        ? 'vitepress build'
        : `vitepress build, shard ${position + 1}/${shards.length} (articles ${range.from}–${range.to - 1} per language)`
    progress.note(`${what}: ${(range.to - range.from) * 2} articles`)
    const build = await runCommand(
      'node',
      [join(repoRoot, 'node_modules/vitepress/bin/vitepress.js'), 'build', shardDir],
      {
        cwd: repoRoot,
        // Large corpora (and MiniSearch's in-memory index) outgrow Node's default heap.
        env: { NODE_OPTIONS: '--max-old-space-size=8192', DEBUG: 'vitepress:local-search' },
        onTick: (ms) => progress.note(`${what}… ${formatDuration(ms)}`),
      },
    )
    const indexing = localSearchIndexingMs(build.stderr)
    buildMs += build.elapsedMs
    miniSearchMs += indexing
    progress.note(
      `${what}: ${formatDuration(build.elapsedMs)}${withLocalSearch ? `, of which MiniSearch indexing ${formatDuration(indexing)}` : ''}`,
    )
    if (shards.length > 1) {
      const kept = mergeShardInto(join(shardDir, '.vitepress/dist'), dist)
      rmSync(shardDir, { recursive: true, force: true })
      if (position > 0 && kept === 0) progress.note('note: this shard shared no asset with the first one')
    }
  }
  if (shards.length > 1) progress.note(`${shards.length} builds: ${formatDuration(buildMs)} in all`)
  const build: CorpusBuild = { pagesPerLocale, withLocalSearch, buildMs, miniSearchMs, shards: shards.length }
  writeFileSync(buildRecord(srcDir), JSON.stringify(build, null, 2))
  return build
}
