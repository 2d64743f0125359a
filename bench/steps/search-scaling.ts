import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { measureSearch, type EngineResult } from '../measure/search.ts'
import { formatDuration, type Progress } from '../progress.ts'
import { repoRoot, workDir } from '../sites/paths.ts'
import { runCommand } from '../sites/run-command.ts'
import { localSearchIndexingMs, writeConfig, writeCorpus } from '../sites/synthetic-site.ts'

export interface SearchScalingOptions {
  browser: Browser
  scales: readonly number[]
  coldRuns: number
  progress: Progress
  /** Keep the built sites in bench/.work for a look afterwards. @default false */
  keepSites?: boolean
  /** Called with everything measured so far after each size. */
  onProgress?: (resultsSoFar: EngineResult[]) => void
  /** Above this many pages per language only pagefind is built (see `localSearchLimitNote`). */
  localSearchMaxPages?: number
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
    options.onProgress?.([...results])
  }
  return results
}

async function buildAndMeasure(options: SearchScalingOptions, pagesPerLocale: number): Promise<EngineResult[]> {
  const { progress } = options
  const withLocalSearch = pagesPerLocale <= (options.localSearchMaxPages ?? Infinity)
  const srcDir = join(workDir, `corpus-${pagesPerLocale}`)
  writeCorpus(srcDir, pagesPerLocale)
  writeConfig(srcDir, withLocalSearch)
  progress.note(`wrote ${pagesPerLocale * 2} articles to ${srcDir}`)
  const tick = (what: string) => (ms: number) => progress.note(`${what}… ${formatDuration(ms)}`)
  const build = await runCommand('node', [join(repoRoot, 'node_modules/vitepress/bin/vitepress.js'), 'build', srcDir], {
    cwd: repoRoot,
    // Large corpora (and MiniSearch's in-memory index) outgrow Node's default heap.
    env: { NODE_OPTIONS: '--max-old-space-size=8192', DEBUG: 'vitepress:local-search' },
    onTick: tick('vitepress build'),
  })
  const miniSearchMs = localSearchIndexingMs(build.stderr)
  progress.note(
    `vitepress build: ${formatDuration(build.elapsedMs)}, of which MiniSearch indexing ${formatDuration(miniSearchMs)}`,
  )
  const dist = join(srcDir, '.vitepress/dist')
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
            buildMs: Math.round(build.elapsedMs - miniSearchMs),
            indexMs: Math.round(index.elapsedMs),
            locales,
          }
        : {
            engine,
            pagesPerLocale,
            buildMs: Math.round(build.elapsedMs),
            indexMs: 0,
            indexInBuildMs: miniSearchMs,
            locales,
          },
    )
  }
  if (!options.keepSites) rmSync(srcDir, { recursive: true, force: true })
  return results
}
