/**
 * The search study: pagefind against VitePress's local search (MiniSearch) on synthetic corpora
 * of 100, 1,000 and 10,000 pages per language. It chose pagefind; it stays runnable for a change
 * to search (`npm run bench:study-search -- [--quick] [--scales=…]`) but is not part of `npm run bench`.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { reportBudgets } from '../../budgets.ts'
import { launchBenchBrowser } from '../../measure/browser.ts'
import { createProgress } from '../../progress.ts'
import { readBudgets } from '../../report/write-results.ts'
import { startRun } from '../../results.ts'
import { workDir } from '../../sites/paths.ts'
import { parseStudyOptions } from './options.ts'
import { writeStudyResults } from './report/write-results.ts'
import type { SearchStudyResults } from './results.ts'
import { localSearchLimitNote, searchScaling } from './scaling.ts'

const studyDir = fileURLToPath(new URL('./', import.meta.url))
const options = parseStudyOptions(process.argv.slice(2))
const progress = createProgress()
const started = new Date()
// Quick and partial runs are for development; only a complete full run replaces the committed results.
const outDir = options.quick
  ? join(workDir, 'study-search-quick')
  : options.complete
    ? studyDir
    : join(workDir, 'study-search-partial')
mkdirSync(outDir, { recursive: true })

const results: SearchStudyResults = { ...startRun(options.quick, started), search: [] }
const budgets = readBudgets()
/** Called after every size, so an interrupted run still leaves its numbers behind. */
function writeOutputs() {
  results.durationS = Math.round((Date.now() - started.getTime()) / 1000)
  return writeStudyResults(results, budgets, outDir)
}

const localSearchMaxPages = 1000
const bench = await launchBenchBrowser()
try {
  results.search = await searchScaling({
    browser: bench.browser,
    // Smaller sizes first, so a run stopped at its time limit has them.
    scales: [...options.scales].sort((a, b) => a - b),
    coldRuns: options.coldRuns,
    progress,
    keepSites: options.keepSites,
    reuseCorpus: options.reuseCorpus,
    shardSize: options.shardSize,
    localSearchMaxPages,
    onProgress: (soFar) => {
      results.search = soFar
      writeOutputs()
    },
  })
  if (options.scales.some((scale) => scale > localSearchMaxPages)) results.searchNotes = [localSearchLimitNote]
} finally {
  await bench.close()
}

const { markdown, checks, chart } = writeOutputs()
process.stdout.write(`${markdown}\n`)
progress.note(`wrote ${join(outDir, 'results.json')}, results.md${chart ? ' and search-scaling.svg' : ''}`)
reportBudgets(checks, options.check, progress.note)
