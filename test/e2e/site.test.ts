import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page, Response } from 'playwright-core'
import { closeBrowser, launchBrowser, openPage, sitePath, siteUrl } from './support/browser.ts'
import { schemeContext } from './support/axe.ts'
import { sitePages } from './support/site-pages.ts'
import { answerStatusSource, showsStatusBanner, statusSourceOrigin } from './support/status-source.ts'

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
  /** A page's path under the site's base, as `showsStatusBanner` takes it. */
  const pagePath = (path: string) => `/${path.slice(sitePath().length)}`

  it('loads with no request to another host and no script error', async () => {
    const { listed, staff, all: paths } = await sitePages()
    expect(listed.length).toBeGreaterThan(40)
    // Staff pages are left out of the sitemap on purpose (see pages.ts) but are pages all the same.
    expect(listed.filter((path) => staff.includes(path))).toEqual([])
    const context = await browser.newContext()
    await answerStatusSource(context)
    const page = await context.newPage()
    const site = new URL(siteUrl()).origin
    const foreign: string[] = []
    const statusAsked = new Set<string>()
    const errors: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:')) return
      const origin = new URL(url).origin
      if (origin === statusSourceOrigin) statusAsked.add(pagePath(new URL(page.url()).pathname))
      else if (origin !== site) foreign.push(`${url} (from ${page.url()})`)
    })
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error}`))
    for (const path of paths) {
      // The banner asks after first paint, which on a loaded machine can come after networkidle's quiet: wait for
      // its request by name where the banner is, or the next page's navigation races it (a CI run under load).
      // Awaited together with the navigation, so a navigation that fails leaves no wait to reject unheard.
      const asked =
        statusSourceOrigin && showsStatusBanner(pagePath(path))
          ? page.waitForRequest((request) => new URL(request.url()).origin === statusSourceOrigin, { timeout: 30_000 })
          : undefined
      const [response] = await Promise.all([page.goto(`${site}${path}`, { waitUntil: 'networkidle' }), asked])
      expect(response?.status(), path).toBe(200)
    }
    await context.close()
    expect(foreign).toEqual([])
    // The status source is asked where the banner is, and nowhere else.
    const bannerPages = paths.map(pagePath).filter(showsStatusBanner)
    expect(bannerPages.length).toBeGreaterThan(4)
    expect([...statusAsked].sort()).toEqual(statusSourceOrigin ? bannerPages.sort() : [])
    expect(errors).toEqual([])
  }, 240_000)
})

describe('staff pages', () => {
  it('are built and linkable, but marked noindex and left out of the sidebar', async () => {
    for (const path of ['/support/playbook', '/en/support/playbook']) {
      const { page, errors } = await openPage(browser, path)
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow')
      expect(await page.locator('.vp-doc h2#who-may').count()).toBe(1)
      expect(await page.locator('.VPSidebar a[href$="/support/playbook"]').count()).toBe(0)
      expect(errors).toEqual([])
      await page.context().close()
    }
    const { page } = await openPage(browser, '/en/support/contact')
    expect(await page.locator('meta[name="robots"]').count()).toBe(0)
    expect(await page.locator('.VPSidebar a[href$="/en/support/contact"]').count()).toBe(1)
    await page.context().close()
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

  /**
   * The scripts a page loads. Widgets fetch their code only after first paint (first-paint.ts), which
   * on a loaded machine can come after the network has been quiet for networkidle's 500 ms: so the
   * chunks a page must load (`awaited`, by name) are waited for by name before the quiet is trusted.
   */
  async function scriptsOf(path: string, awaited: string[] = []): Promise<{ urls: string[]; bodies: string[] }> {
    const context = await browser.newContext()
    const page = await context.newPage()
    const urls: string[] = []
    const bodies: Promise<string>[] = []
    const collect = (response: Response) => {
      if (response.request().resourceType() !== 'script') return
      urls.push(response.url())
      bodies.push(response.text())
    }
    page.on('response', collect)
    const arrivals = awaited.map((name) =>
      page.waitForResponse((response) => response.url().includes(`/${name}.`), { timeout: 30_000 }),
    )
    // Together, so a navigation that fails leaves no wait for a chunk to reject unheard.
    await Promise.all([page.goto(siteUrl(path), { waitUntil: 'networkidle' }), ...arrivals])
    await page.waitForLoadState('networkidle')
    // A script that arrives after the quiet would read its body after the context closed: an unhandled rejection
    // that failed the run under load. Stop listening first; every body asked for so far is then awaited.
    page.off('response', collect)
    const result = { urls, bodies: await Promise.all(bodies) }
    await context.close()
    return result
  }

  it('loads no widget, no zod and no table of moved anchors on an article, in either language', async () => {
    for (const path of ['/troubleshooting/auth', '/en/faq/basics', '/en/errors/invalid-api-key']) {
      const { urls, bodies } = await scriptsOf(path)
      expect(urls.filter((url) => widgetChunk.test(url))).toEqual([])
      // Opened by a current link, nothing has moved: the table loads only when a link misses.
      expect(urls.filter((url) => /\/anchor-moved-target\./.test(url))).toEqual([])
      expect(markersIn(bodies)).toEqual([])
      expect(bodies.filter((body) => body.includes('ZodError'))).toEqual([])
    }
  })

  it('loads a widget only where the page uses it', async () => {
    // Waiting for a chunk that never comes fails the test, so waiting is also the check that it loads.
    const errors = await scriptsOf('/errors', ['ErrorLookup', 'ErrorCatalogueTable'])
    expect(errors.urls.some((url) => /\/ConnectionTester\./.test(url))).toBe(false)
    expect(markersIn(errors.bodies)).toEqual(['data-lookup-results', 'data-error-catalogue'])
    expect(errors.bodies.filter((body) => body.includes('ZodError'))).toEqual([])
    const tester = await scriptsOf('/en/tools/connection-test', ['ConnectionTester'])
    expect(markersIn(tester.bodies)).toEqual(['data-tester-form'])
    const wizard = await scriptsOf('/tools/wizard', ['TroubleshootingWizard'])
    expect(markersIn(wizard.bodies)).toEqual(['data-wizard'])
    const playbook = await scriptsOf('/en/support/playbook', ['ReplyTemplates'])
    expect(markersIn(playbook.bodies)).toEqual(['data-reply-templates'])
  })
})

describe('colour mode', () => {
  // VitePress's colour mode, left alone, adds this style and reads a computed style while the
  // page hydrates, which restyles the whole page; the site's own switch does it only on a click.
  const recordTransitionStyles = () => {
    const seen: string[] = []
    ;(window as unknown as { transitionStyles: string[] }).transitionStyles = seen
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLStyleElement && node.textContent?.includes('transition:none')) seen.push('added')
    }).observe(document, { subtree: true, childList: true })
  }
  const transitionStyles = (page: Page) =>
    page.evaluate(() => (window as unknown as { transitionStyles: string[] }).transitionStyles.length)

  for (const scheme of ['light', 'dark'] as const) {
    it(`restyles nothing while a page hydrates, and the switch changes the mode (${scheme})`, async () => {
      const context = await schemeContext(browser, scheme)
      const page = await context.newPage()
      await page.setViewportSize({ width: 1400, height: 900 })
      await page.addInitScript(recordTransitionStyles)
      await page.goto(siteUrl('/errors'))
      await page.locator('[data-search-button][data-ready]').waitFor()
      const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'))
      expect(await dark()).toBe(scheme === 'dark')
      expect(await transitionStyles(page)).toBe(0)

      await page.locator('.VPNavBarAppearance button').click()
      await expect.poll(dark).toBe(scheme !== 'dark')
      // Once, for the click, and gone again.
      expect(await transitionStyles(page)).toBe(1)
      expect(await page.locator('head style', { hasText: 'transition:none' }).count()).toBe(0)
      await context.close()
    })
  }
})

describe('last updated', () => {
  it('is in the HTML as a day in the page language, and hydration keeps it', async () => {
    for (const [path, day] of [
      ['/troubleshooting/auth', /^\d{4}年\d{1,2}月\d{1,2}日$/],
      ['/en/troubleshooting/auth', /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/],
    ] as const) {
      const html = await (await fetch(siteUrl(path))).text()
      const served = /<time datetime="([^"]+)"[^>]*>([^<]*)<\/time>/.exec(html)
      expect(served?.[2]).toMatch(day)
      expect(new Date(served?.[1] ?? '').getTime()).toBeGreaterThan(0)
      const { page, errors } = await openPage(browser, path)
      expect(await page.locator('.VPLastUpdated time').textContent()).toBe(served?.[2])
      expect(errors).toEqual([])
      await page.context().close()
    }
  })
})
