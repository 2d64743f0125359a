import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { reportBudgets, type BudgetCheck } from './budgets.ts'
import { parseBenchOptions } from './cli-options.ts'
import { launchBenchBrowser } from './measure/browser.ts'
import { runLighthouse } from './measure/lighthouse.ts'
import { measurePageWeights } from './measure/page-weight.ts'
import { measureCatalogueOutputs } from './measure/catalogue-outputs.ts'
import { createProgress } from './progress.ts'
import { readBudgets, writeResults } from './report/write-results.ts'
import { startRun, type BenchResults } from './results.ts'
import { writeBareSite } from './sites/bare-site.ts'
import { benchDir, repoRoot, workDir } from './sites/paths.ts'
import { runCommand } from './sites/run-command.ts'
import { startBenchStatusSource, type BenchStatusSource } from './sites/status-source.ts'
import { measureConnectionTest } from './steps/connection-test.ts'
import { errorLookupTimingsSchema } from './steps/error-lookup.ts'
import { medianOfRuns } from './steps/error-lookup-runs.ts'
import { gateway } from '../data/gateway.ts'

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

const results: BenchResults = startRun(options.quick, started)
const wants = (step: (typeof options.steps)[number]) => options.steps.includes(step)
const vitepressBin = join(repoRoot, 'node_modules/vitepress/bin/vitepress.js')

/**
 * The real site, built as it stands, for a deployment whose status source answers (see
 * sites/status-source.ts). Others edit pages while the bench runs, so a failed build is retried
 * after a minute (someone was mid-edit) before giving up.
 */
async function siteDist(statusSource: BenchStatusSource, attempts = 3): Promise<string> {
  return progress.step('build the site (scripts/build-isolated.sh)', async () => {
    const dist = join(workDir, 'site-dist')
    for (let attempt = 1; ; attempt++) {
      try {
        await runCommand(join(repoRoot, 'scripts/build-isolated.sh'), [dist], {
          cwd: repoRoot,
          env: { GATEWAY_CONFIG: statusSource.configFile },
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
function writeOutputs(): { markdown: string; checks: BudgetCheck[] } {
  results.durationS = Math.round((Date.now() - started.getTime()) / 1000)
  return writeResults(results, budgets, outDir)
}

const needsSites = wants('weight') || wants('lighthouse') || wants('outputs')
// Up until the end of the run: the measured pages fetch it. A site given with --site-dist is
// measured as it was built, status source included.
const statusSource =
  needsSites && !options.siteDist
    ? await startBenchStatusSource(gateway, join(workDir, 'gateway-with-status-source.json'))
    : undefined
const dist = options.siteDist ?? (statusSource ? await siteDist(statusSource) : '')
if (wants('outputs')) {
  results.catalogueOutputs = await progress.step('sizes of the files for machines', async () =>
    measureCatalogueOutputs(dist),
  )
  writeOutputs()
}
// The bare VitePress site is the yardstick for page weight and Lighthouse.
const bare = wants('weight') || wants('lighthouse') ? await bareDist() : ''
if (wants('weight')) {
  const bareWithWidget = await bareDist(true)
  results.pageWeight = await progress.step('page weight in Chromium', async () => {
    const bench = await launchBenchBrowser()
    try {
      return {
        bare: [
          ...(await measurePageWeights(bench.browser, bare, barePages, options.weightRuns)),
          ...(await measurePageWeights(bench.browser, bareWithWidget, barePagesWithWidget, options.weightRuns)),
        ],
        ours: await measurePageWeights(bench.browser, dist, sitePages, options.weightRuns),
      }
    } finally {
      await bench.close()
    }
  })
  writeOutputs()
}
if (wants('errors')) {
  // In a process of its own (see bench/error-lookup.ts for why), as its command line reproduces it.
  results.errorLookup = await progress.step('error lookup (bench/error-lookup.ts, own processes)', async () => {
    const runs = []
    for (let run = 0; run < options.errorLookupRuns; run++) {
      const { stdout } = await runCommand(
        process.execPath,
        ['--import', 'tsx', join(benchDir, 'error-lookup.ts'), String(options.quick ? 50 : 200), '--json'],
        { cwd: repoRoot },
      )
      runs.push(errorLookupTimingsSchema.parse(JSON.parse(stdout)))
    }
    return medianOfRuns(runs)
  })
  writeOutputs()
}
if (wants('tester')) {
  results.connectionTest = await progress.step('connection tester (bench/steps/connection-test.ts)', () =>
    options.quick ? measureConnectionTest(3, ['healthy']) : measureConnectionTest(),
  )
  writeOutputs()
}
if (wants('lighthouse')) {
  results.lighthouse = await progress.step('lighthouse', async () => [
    ...(await runLighthouse(dist, lighthousePages, options.lighthouseRuns, progress.note)),
    // The yardstick: what VitePress's default theme scores on its own.
    ...(await runLighthouse(bare, [{ page: 'bare-article', path: '/article' }], options.lighthouseRuns, progress.note)),
  ])
  writeOutputs()
}

await statusSource?.close()
const { markdown, checks } = writeOutputs()
process.stdout.write(`${markdown}\n`)
progress.note(`wrote ${join(outDir, 'results.json')} and results.md`)
reportBudgets(checks, options.check, progress.note)
