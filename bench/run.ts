import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { formatBudgetCheck, type BudgetCheck } from './budgets.ts'
import { parseBenchOptions } from './cli-options.ts'
import { launchBenchBrowser } from './measure/browser.ts'
import { runLighthouse } from './measure/lighthouse.ts'
import { machineInfo } from './measure/machine.ts'
import { measurePageWeights } from './measure/page-weight.ts'
import { measureCatalogueOutputs } from './measure/catalogue-outputs.ts'
import { createProgress } from './progress.ts'
import { readBudgets, writeResults } from './report/write-results.ts'
import type { BenchResults } from './results.ts'
import { writeBareSite } from './sites/bare-site.ts'
import { benchDir, repoRoot, workDir } from './sites/paths.ts'
import { runCommand } from './sites/run-command.ts'
import { runExternalBench } from './steps/external.ts'
import { localSearchLimitNote, searchScaling } from './steps/search-scaling.ts'

/** The site's pages by kind: what a reader opens. Lighthouse audits the four the issue names. */
const sitePages = [
  { page: 'home', path: '/' },
  { page: 'article', path: '/troubleshooting/auth' },
  { page: 'errors', path: '/errors' },
  { page: 'wizard', path: '/tools/wizard' },
  { page: 'connection-test', path: '/tools/connection-test' },
]
const lighthousePages = sitePages.filter((page) => page.page !== 'wizard')
const barePages = [
  { page: 'home', path: '/' },
  { page: 'article', path: '/article' },
]
const barePagesWithWidget = [{ page: 'article-with-lazy-widget', path: '/article' }]

const options = parseBenchOptions(process.argv.slice(2))
const progress = createProgress()
const started = new Date()
// Quick and partial runs are for development; only a complete full run replaces the committed results.
const outDir = options.quick ? join(workDir, 'quick') : options.complete ? benchDir : join(workDir, 'partial')
mkdirSync(outDir, { recursive: true })

const results: BenchResults = {
  mode: options.quick ? 'quick' : 'full',
  startedAt: started.toISOString(),
  durationS: 0,
  machine: machineInfo(),
}
const wants = (step: (typeof options.steps)[number]) => options.steps.includes(step)
const vitepressBin = join(repoRoot, 'node_modules/vitepress/bin/vitepress.js')

/**
 * The real site, built as it stands. Others edit pages while the bench runs, so a failed build
 * is retried after a minute (someone was mid-edit) before giving up.
 */
async function siteDist(attempts = 3): Promise<string> {
  if (options.siteDist) return options.siteDist
  return progress.step('build the site (scripts/build-isolated.sh)', async () => {
    const dist = join(workDir, 'site-dist')
    for (let attempt = 1; ; attempt++) {
      try {
        await runCommand(join(repoRoot, 'scripts/build-isolated.sh'), [dist], {
          cwd: repoRoot,
          onTick: (ms) => progress.note(`building the site… ${Math.round(ms / 1000)}s`),
        })
        return dist
      } catch (error) {
        if (attempt >= attempts) throw error
        progress.note(`the site did not build (attempt ${attempt}/${attempts}); retrying in a minute`)
        await new Promise((resolve) => setTimeout(resolve, 60_000))
      }
    }
  })
}

async function bareDist(withLazyWidget = false): Promise<string> {
  const bareDir = join(workDir, withLazyWidget ? 'bare-with-widget' : 'bare')
  await progress.step(`build a bare VitePress site${withLazyWidget ? ' with one lazy form widget' : ''}`, async () => {
    writeBareSite(bareDir, { withLazyWidget })
    await runCommand('node', [vitepressBin, 'build', bareDir], { cwd: repoRoot })
  })
  return join(bareDir, '.vitepress/dist')
}

const budgets = readBudgets()

/** Called after every step, so an interrupted run still leaves its numbers behind. */
function writeOutputs(): { markdown: string; checks: BudgetCheck[]; chart: boolean } {
  results.durationS = Math.round((Date.now() - started.getTime()) / 1000)
  return writeResults(results, budgets, outDir)
}

const needsSites = wants('weight') || wants('lighthouse') || wants('outputs')
// Built first: a page someone is still writing shows up now, not after the long search step.
const dist = needsSites ? await siteDist() : ''
if (wants('outputs')) {
  results.catalogueOutputs = await progress.step('sizes of the files for machines', async () =>
    measureCatalogueOutputs(dist),
  )
  writeOutputs()
}
const bench = await launchBenchBrowser()
try {
  // Sizes where both engines build come first; larger ones (ours alone) run last, so a run
  // stopped at its time limit still has every other step.
  const localSearchMaxPages = 1000
  const searchAt = async (scales: number[]) => {
    if (!wants('search') || scales.length === 0) return
    const before = results.search ?? []
    const measured = await searchScaling({
      browser: bench.browser,
      scales,
      coldRuns: options.coldRuns,
      progress,
      keepSites: options.keepSites,
      reuseCorpus: options.reuseCorpus,
      shardSize: options.shardSize,
      localSearchMaxPages,
      onProgress: (soFar) => {
        results.search = [...before, ...soFar]
        writeOutputs()
      },
    })
    results.search = [...before, ...measured]
    if (scales.some((scale) => scale > localSearchMaxPages)) results.searchNotes = [localSearchLimitNote]
    writeOutputs()
  }
  const ascending = [...options.scales].sort((a, b) => a - b)
  await searchAt(ascending.filter((scale) => scale <= localSearchMaxPages))
  const bare = needsSites ? await bareDist() : ''
  if (wants('weight')) {
    const bareWithWidget = await bareDist(true)
    results.pageWeight = await progress.step('page weight in Chromium', async () => ({
      bare: [
        ...(await measurePageWeights(bench.browser, bare, barePages, options.weightRuns)),
        ...(await measurePageWeights(bench.browser, bareWithWidget, barePagesWithWidget, options.weightRuns)),
      ],
      ours: await measurePageWeights(bench.browser, dist, sitePages, options.weightRuns),
    }))
    writeOutputs()
  }
  if (wants('errors')) {
    results.errorLookup = await progress.step('error lookup (bench/error-lookup.ts)', () =>
      runExternalBench('bench/error-lookup.ts', options.quick ? ['50'] : []),
    )
    if (!results.errorLookup) progress.note('bench/error-lookup.ts does not exist yet: skipped')
    writeOutputs()
  }
  if (wants('tester')) {
    results.connectionTest = await progress.step('connection tester (bench/connection-test.ts)', () =>
      runExternalBench('bench/connection-test.ts', options.quick ? ['3', 'healthy'] : []),
    )
    if (!results.connectionTest) progress.note('bench/connection-test.ts does not exist yet: skipped')
    writeOutputs()
  }
  if (wants('lighthouse')) {
    results.lighthouse = await progress.step('lighthouse', async () => [
      ...(await runLighthouse(dist, lighthousePages, options.lighthouseRuns, progress.note)),
      // The yardstick: what VitePress's default theme scores on its own.
      ...(await runLighthouse(
        bare,
        [{ page: 'bare-article', path: '/article' }],
        options.lighthouseRuns,
        progress.note,
      )),
    ])
    writeOutputs()
  }
  await searchAt(ascending.filter((scale) => scale > localSearchMaxPages))
} finally {
  await bench.close()
}

const { markdown, checks, chart } = writeOutputs()
process.stdout.write(`${markdown}\n`)
progress.note(`wrote ${join(outDir, 'results.json')}, results.md${chart ? ' and search-scaling.svg' : ''}`)
for (const check of checks) progress.note(formatBudgetCheck(check))
if (options.check && checks.some((check) => check.status === 'broken')) {
  progress.note('budgets broken: see above')
  process.exitCode = 1
}
