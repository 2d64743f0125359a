import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { scenarioNames, scenarios, type ScenarioName } from '../gateway/scenarios.ts'
import { openPage, siteUrl } from './support/browser.ts'
import { useBrowserAndGateway } from './support/browser-and-gateway.ts'
import { schemeContext, seriousViolations } from './support/axe.ts'

const key = 'sk-e2eKey0123456789abcdefABCDEF'
const env = useBrowserAndGateway()

/** Chromium logs every failed or refused request to the console; those are the gateway's doing, not the page's. */
const networkNoise = /^(Failed to load resource|Access to fetch at)/

async function runTest(path: string, typedKey = key) {
  const tracked = await openPage(env.browser, path, { allowOrigins: [env.gateway.url] })
  const consoleText: string[] = []
  tracked.page.on('console', (message) => consoleText.push(message.text()))
  await tracked.page.locator('[data-tester-form] input[name="apiKey"]').fill(typedKey)
  await tracked.page.locator('[data-tester-form] button[type="submit"]').click()
  await tracked.page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
  return { ...tracked, consoleText }
}

async function readResult(page: Page) {
  const verdict = await page.locator('[data-verdict]').getAttribute('data-verdict')
  const statuses = await page
    .locator('[data-check]')
    .evaluateAll((items) =>
      Object.fromEntries(items.map((item) => [item.getAttribute('data-check'), item.getAttribute('data-status')])),
    )
  return { verdict, statuses: statuses as Record<string, string> }
}

describe('connection test page against the test gateway', () => {
  it.each(scenarioNames.map((name) => [name] as [ScenarioName]))('%s', async (scenario) => {
    const info = scenarios[scenario]
    const expected = 'expectInBrowser' in info ? info.expectInBrowser : info.expect
    const base = `${env.gateway.url}/${scenario}/v1`
    const query = `?base=${encodeURIComponent(base)}&model=${encodeURIComponent(info.model)}&timeout=3`
    const { page, context, foreignRequests, errors } = await runTest(`/tools/connection-test${query}`)
    const { verdict, statuses } = await readResult(page)
    expect(verdict).toBe(expected.verdict)
    if ('check' in expected && expected.check) {
      expect(statuses[expected.check]).toBe(
        expected.verdict === 'ok' ? (expected.check === 'balance' ? 'skip' : 'warn') : 'fail',
      )
    }
    if (expected.verdict === 'ok') expect(Object.values(statuses).filter((status) => status === 'fail')).toEqual([])
    expect(Object.values(statuses).filter((status) => status === 'pending' || status === 'running')).toEqual([])
    expect(foreignRequests).toEqual([])
    expect(errors.filter((error) => !networkNoise.test(error))).toEqual([])
    await context.close()
  })
})

describe('connection test page keeps the key to itself', () => {
  it('never puts the key in the URL, storage, console, page text or report', async () => {
    const scenario = 'healthy'
    const query = `?base=${encodeURIComponent(`${env.gateway.url}/${scenario}/v1`)}&timeout=3`
    const tracked = await openPage(env.browser, `/en/tools/connection-test${query}`, {
      allowOrigins: [env.gateway.url],
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const { page, context } = tracked
    const consoleText: string[] = []
    page.on('console', (message) => consoleText.push(message.text()))
    const sentBefore = env.gateway.requests.length
    await page.locator('input[name="apiKey"]').fill(` Bearer ${key}\n`)
    await page.locator('button[type="submit"]').click()
    await page.locator('[data-verdict]').waitFor()
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok')
    expect(await page.locator('[data-check="key-format"]').getAttribute('data-status')).toBe('warn')

    expect(page.url()).not.toContain(key.slice(3))
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
    )
    expect(stored).not.toContain(key.slice(3))
    expect(consoleText.join('\n')).not.toContain(key.slice(3))
    expect(await page.locator('body').innerText()).not.toContain(key.slice(8))

    await page.getByRole('button', { name: /Copy report/ }).click()
    const report = await page.evaluate(() => navigator.clipboard.readText())
    expect(report).toContain('sk-e2eKe…')
    expect(report).not.toContain(key.slice(8))
    expect(report).toMatch(/Time: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT/)
    expect(report).toContain('HeadlessChrome')

    // Only Authorization and Content-Type are ever asked for in a preflight.
    const preflights = env.gateway.requests.slice(sentBefore).filter((request) => request.method === 'OPTIONS')
    for (const preflight of preflights) {
      const asked = (preflight.headers['access-control-request-headers'] ?? '').split(',').map((name) => name.trim())
      expect(asked.every((name) => name === '' || name === 'authorization' || name === 'content-type')).toBe(true)
    }
    await context.close()
  })

  it('shows HTML from a gateway as text and keeps the form after a failure', async () => {
    const query = `?base=${encodeURIComponent(`${env.gateway.url}/html/v1`)}&timeout=3`
    const { page, context } = await runTest(`/tools/connection-test${query}`)
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('base_url')
    expect(await page.locator('[data-check="auth"] script, [data-check="auth"] noscript').count()).toBe(0)
    expect(await page.locator('input[name="apiKey"]').inputValue()).toBe(key)
    expect(await page.locator('input[name="baseUrl"]').inputValue()).toBe(`${env.gateway.url}/html/v1`)
    await context.close()
  })

  it('says plainly when the browser is blocked and offers curl and the CLI', async () => {
    const query = `?base=${encodeURIComponent(`${env.gateway.url}/no-cors/v1`)}&timeout=3`
    const { page, context } = await runTest(`/en/tools/connection-test${query}`)
    const help = page.locator('[data-unreachable]')
    await expect(help.innerText()).resolves.toMatch(/cannot reach/)
    await expect(help.innerText()).resolves.toContain(`curl -sS '${env.gateway.url}/no-cors/v1/models'`)
    await expect(help.innerText()).resolves.toContain('npm run diagnose -- --base-url')
    await context.close()
  })

  it('remembers the key only when asked and forgets it', async () => {
    const query = `?base=${encodeURIComponent(`${env.gateway.url}/healthy/v1`)}&timeout=3`
    const { page, context } = await openPage(env.browser, `/tools/connection-test${query}`, {
      allowOrigins: [env.gateway.url],
    })
    await page.locator('input[name="apiKey"]').fill(key)
    await page.locator('input[name="remember"]').check()
    await expect(page.locator('[role="note"]').innerText()).resolves.toMatch(/localStorage/)
    await page.locator('button[type="submit"]').click()
    await page.locator('[data-verdict]').waitFor()
    await page.reload({ waitUntil: 'networkidle' })
    await expect(page.locator('input[name="apiKey"]').inputValue()).resolves.toBe(key)
    await page.locator('[data-forget-key]').click()
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(key)
    await context.close()
  })
})

describe('connection test page after a run: keyboard, contrast, phone width', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious axe violation with results shown, run from the keyboard on a phone (${scheme})`, async () => {
      const context = await schemeContext(env.browser, scheme, { viewport: { width: 360, height: 740 } })
      const page = await context.newPage()
      const base = `${env.gateway.url}/no-cors/v1`
      await page.goto(siteUrl(`/tools/connection-test?base=${encodeURIComponent(base)}&timeout=3`), {
        waitUntil: 'networkidle',
      })
      await page.locator('input[name="apiKey"]').focus()
      await page.keyboard.type(key)
      await page.keyboard.press('Enter')
      await page.locator('[data-verdict]').waitFor()
      await page.locator('[data-check="reach"] summary').click()
      const violations = await seriousViolations(page, '.connection-tester')
      expect(violations).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await context.close()
    })
  }
})

describe('connection test page does not move when the form comes alive', () => {
  // Where the section after the widget starts, in page coordinates, and how much of the article
  // has shifted (VitePress's own nav bar shifts on desktop when its sidebar class lands: not ours).
  const measure = (page: Page) =>
    page.evaluate(async () => {
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }
      const article = document.querySelector('.vp-doc')!
      const shifts = await new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[])
            if (!entry.hadRecentInput && entry.sources.some((source) => source.node && article.contains(source.node)))
              total += entry.value
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(total), 200)
      })
      const heading = document.getElementById('what-it-checks')!.getBoundingClientRect()
      return { top: heading.top + window.scrollY, shifts }
    })

  for (const [path, scheme] of [
    ['/tools/connection-test', 'light'],
    ['/tools/connection-test', 'dark'],
    ['/en/tools/connection-test', 'light'],
    ['/en/tools/connection-test', 'dark'],
  ] as const) {
    // Retried: once in four full runs, on a loaded 2-core machine, a 360px page logged a 0.05 shift
    // inside the article that did not come back alone. The suspected cause, the web font swapping in
    // late, is gone (the site loads none since); the retry stays until full runs show it never
    // needs one. A widget that really moves the page fails every attempt.
    it(`${path} (${scheme}): same place with and without script, no layout shift`, { retry: 2 }, async () => {
      for (const viewport of [
        { width: 360, height: 740 },
        { width: 412, height: 823 },
        { width: 1280, height: 800 },
      ]) {
        const server = await schemeContext(env.browser, scheme, { viewport, javaScriptEnabled: false })
        const serverPage = await server.newPage()
        await serverPage.goto(siteUrl(path), { waitUntil: 'networkidle' })
        // Before the script runs: the fields are there, but nothing can be typed or submitted.
        expect(await serverPage.locator('form').count()).toBe(0)
        expect(await serverPage.locator('.connection-tester input:not([disabled])').count()).toBe(0)
        expect(await serverPage.locator('.connection-tester [name]').count()).toBe(0)
        const before = (await serverPage.evaluate(() => {
          const heading = document.getElementById('what-it-checks')!.getBoundingClientRect()
          return heading.top + window.scrollY
        })) as number
        await server.close()

        const live = await schemeContext(env.browser, scheme, { viewport })
        const page = await live.newPage()
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' })
        await page.locator('form[data-tester-form] input[name="apiKey"]:not([disabled])').waitFor()
        const after = await measure(page)
        expect(Math.abs(after.top - before), `${viewport.width}px`).toBeLessThan(1)
        expect(after.shifts, `${viewport.width}px`).toBeLessThan(0.01)
        await live.close()
      }
    })
  }
})

describe('connection test page loads only what it shows', () => {
  it('does not download the error catalogue until a test runs', async () => {
    const context = await env.browser.newContext()
    const page = await context.newPage()
    const scripts: Promise<string>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''))
    })
    await page.goto(siteUrl('/tools/connection-test'), { waitUntil: 'networkidle' })
    await page.locator('form[data-tester-form]').waitFor()
    const loaded = await Promise.all(scripts)
    expect(loaded.length).toBeGreaterThan(0)
    // A pattern that only the catalogue's data holds (entry ids also name the error pages in
    // VitePress's page map, which every page loads).
    expect(loaded.filter((code) => code.includes('insufficient (?:user )?(?:quota|balance)'))).toEqual([])
    await context.close()
  })
})
