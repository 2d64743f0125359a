import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { closeBrowser, launchBrowser, openPage, sitePath, siteUrl } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => closeBrowser(browser))

describe('language switch', () => {
  it('keeps the page and the #anchor, both ways', async () => {
    const { page } = await openPage(browser, '/troubleshooting/auth#invalid-key')
    await page.setViewportSize({ width: 1400, height: 900 })
    const switchTo = async (label: string) => {
      await page.locator('.VPNavBarTranslations').hover()
      await page.locator('.VPNavBarTranslations a', { hasText: label }).click()
    }
    await switchTo('English')
    await page.waitForURL((url) => url.pathname === sitePath('/en/troubleshooting/auth'))
    expect(new URL(page.url()).hash).toBe('#invalid-key')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en-US')
    await switchTo('简体中文')
    await page.waitForURL((url) => url.pathname === sitePath('/troubleshooting/auth'))
    expect(new URL(page.url()).hash).toBe('#invalid-key')
  })
})

describe('copy link', () => {
  it('copies the full URL of a heading from the keyboard', async () => {
    const { page, context } = await openPage(browser, '/troubleshooting/balance', {
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const button = page.locator('h2#insufficient-balance button[data-copy-link]')
    await button.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => button.getAttribute('data-copied')).toBe('true')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(siteUrl('/troubleshooting/balance#insufficient-balance'))
    await expect.poll(() => page.locator('#copy-link-status').textContent()).toBe('已复制链接')
    await context.close()
  })
})

describe('every page', () => {
  it('loads with no request to another host and no script error', async () => {
    const sitemap = await (await fetch(siteUrl('/sitemap.xml'))).text()
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname)
    expect(paths.length).toBeGreaterThan(40)
    const context = await browser.newContext()
    const page = await context.newPage()
    const site = new URL(siteUrl()).origin
    const foreign: string[] = []
    const errors: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith('data:') && new URL(url).origin !== site) foreign.push(`${url} (from ${page.url()})`)
    })
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error}`))
    for (const path of paths) {
      const response = await page.goto(`${site}${path}`, { waitUntil: 'networkidle' })
      expect(response?.status(), path).toBe(200)
    }
    await context.close()
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })
})

describe('links that moved keep working', () => {
  it('forwards a moved #anchor to its new place, in both languages', async () => {
    const { page } = await openPage(browser, '/troubleshooting/auth#401')
    await page.waitForURL((url) => url.hash === '#invalid-key')
    expect(new URL(page.url()).pathname).toBe(sitePath('/troubleshooting/auth'))
    const en = await openPage(browser, '/en/troubleshooting/balance#402')
    await en.page.waitForURL((url) => url.hash === '#insufficient-balance')
    expect(new URL(en.page.url()).pathname).toBe(sitePath('/en/troubleshooting/balance'))
  })

  it('forwards a moved page, keeping the anchor', async () => {
    const { page } = await openPage(browser, '/en/recharge#wait-for-sync')
    await page.waitForURL((url) => url.pathname === sitePath('/en/troubleshooting/no-reply-after-recharge'))
    expect(new URL(page.url()).hash).toBe('#wait-for-sync')
    expect(await page.locator('h2#wait-for-sync').count()).toBe(1)
  })
})

describe('code splitting', () => {
  const widgetChunk =
    /\/(ConnectionTester|ErrorLookup|ErrorCatalogueTable|ErrorEntryCard|TroubleshootingWizard|ReplyTemplates|SearchDialog)\.[\w-]+\.js$/
  // Widgets ride in the chunks of the pages that import them, whatever Rollup names those chunks,
  // so their compiled templates are recognised by attributes only they render.
  const widgetMarkers = [
    'data-tester-form',
    'data-lookup-results',
    'data-error-catalogue',
    'data-wizard',
    'data-reply-templates',
    'data-search-input',
  ]
  const markersIn = (bodies: string[]) => widgetMarkers.filter((marker) => bodies.some((body) => body.includes(marker)))

  async function scriptsOf(path: string): Promise<{ urls: string[]; bodies: string[] }> {
    const context = await browser.newContext()
    const page = await context.newPage()
    const urls: string[] = []
    const bodies: Promise<string>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return
      urls.push(response.url())
      bodies.push(response.text())
    })
    await page.goto(siteUrl(path), { waitUntil: 'networkidle' })
    const result = { urls, bodies: await Promise.all(bodies) }
    await context.close()
    return result
  }

  it('loads no widget and no zod on an article, in either language', async () => {
    for (const path of ['/troubleshooting/auth', '/en/faq/basics']) {
      const { urls, bodies } = await scriptsOf(path)
      expect(urls.filter((url) => widgetChunk.test(url))).toEqual([])
      expect(markersIn(bodies)).toEqual([])
      expect(bodies.filter((body) => body.includes('ZodError'))).toEqual([])
    }
  })

  it('loads a widget only where the page uses it', async () => {
    const errors = await scriptsOf('/errors')
    expect(errors.urls.some((url) => /\/ErrorCatalogueTable\./.test(url))).toBe(true)
    expect(errors.urls.some((url) => /\/ConnectionTester\./.test(url))).toBe(false)
    expect(markersIn(errors.bodies)).toEqual(['data-lookup-results', 'data-error-catalogue'])
    expect(errors.bodies.filter((body) => body.includes('ZodError'))).toEqual([])
    expect(markersIn((await scriptsOf('/en/tools/connection-test')).bodies)).toEqual(['data-tester-form'])
    expect(markersIn((await scriptsOf('/tools/wizard')).bodies)).toEqual(['data-wizard'])
    expect(markersIn((await scriptsOf('/en/support/playbook')).bodies)).toEqual(['data-reply-templates'])
  })
})
