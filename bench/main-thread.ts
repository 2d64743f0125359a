/**
 * Main-thread time of loading a page, for comparing builds of the site while working on
 * hydration cost. Chromium's own counters (CDP `Performance.getMetrics`), taken with thread
 * time, stay comparable on a busy machine where Lighthouse's timings do not.
 *
 *   npx tsx bench/main-thread.ts /errors /tmp/before /tmp/after bench/.work/bare/.vitepress/dist@/article
 *
 * Each argument after the path is a built site; `dir@/path` measures another path in it. A phone-
 * sized viewport, five loads each (RUNS=n to change), medians in ms.
 */
import { startStaticServer, type StaticServer } from '../scripts/static-server.ts'
import { launchBenchBrowser } from './measure/browser.ts'
import { median } from './stats.ts'

const counters = ['ThreadTime', 'TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const

const [defaultPath, ...sites] = process.argv.slice(2)
if (!defaultPath || sites.length === 0) {
  console.error('usage: npx tsx bench/main-thread.ts <path> <dist>[@<path>] ...')
  process.exit(2)
}
const runs = Number(process.env.RUNS ?? 5)
const targets = sites.map((site) => {
  const [root = site, path = defaultPath] = site.split('@')
  return { site, root, path }
})

const { browser, close } = await launchBenchBrowser()
const servers: StaticServer[] = []
const seconds: Record<string, Record<string, number[]>> = {}
try {
  for (const target of targets) servers.push(await startStaticServer({ root: target.root }))
  // Interleaved, so a machine that gets busier part-way weighs on every build alike.
  for (let run = 0; run < runs; run++) {
    for (const [index, target] of targets.entries()) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
      await page.goto(`${servers[index]?.url}${target.path}`, { waitUntil: 'load' })
      // Hydration and the deferred widgets finish after load.
      await page.waitForTimeout(1500)
      const { metrics } = await cdp.send('Performance.getMetrics')
      for (const { name, value } of metrics) ((seconds[target.site] ??= {})[name] ??= []).push(value)
      await context.close()
    }
  }
} finally {
  for (const server of servers) await server.close()
  await close()
}

console.log(['site', ...counters, 'DOM nodes'].join('\t'))
for (const { site } of targets) {
  const values = seconds[site] ?? {}
  const ms = counters.map((name) => Math.round(median(values[name] ?? [0]) * 1000))
  console.log([site, ...ms, median(values.Nodes ?? [0])].join('\t'))
}
