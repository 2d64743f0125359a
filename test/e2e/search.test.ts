import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closeBrowser, launchBrowser, openPage, sitePath, siteUrl } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => closeBrowser(browser))

/** Shortcuts work once the search button has hydrated; a loaded machine can take a while. */
async function openSearch(page: Page, shortcut = 'Control+k') {
  await page.locator('[data-search-button][data-ready]').waitFor()
  await page.keyboard.press(shortcut)
}

async function searchFor(page: Page, query: string) {
  await openSearch(page)
  const input = page.locator('[data-search-input]')
  await input.waitFor()
  await input.fill(query)
  await page.locator('[data-search-result]').first().waitFor({ timeout: 15_000 })
  return page
    .locator('[data-search-result]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-href')))
}

describe('pagefind search', () => {
  it('finds a Chinese section by a pasted gateway message and opens it with Enter', async () => {
    const { page, foreignRequests, errors } = await openPage(browser, '/faq/basics')
    const hrefs = await searchFor(page, '余额不足')
    expect(hrefs.slice(0, 3).some((href) => href?.startsWith(sitePath('/troubleshooting/balance')))).toBe(true)
    // Results deep-link to the matching section, in the current language only.
    expect(hrefs.some((href) => href?.includes('#'))).toBe(true)
    expect(hrefs.every((href) => !href?.startsWith(sitePath('/en/')))).toBe(true)
    await expect.poll(() => page.locator('[data-search-result] mark').count()).toBeGreaterThan(0)
    const first = hrefs[0] ?? ''
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === first.split('#')[0])
    expect(foreignRequests).toEqual([])
    expect(errors).toEqual([])
  })

  it('finds 无可用渠道 on the model page', async () => {
    const { page } = await openPage(browser, '/')
    const hrefs = await searchFor(page, '无可用渠道')
    expect(hrefs.slice(0, 3).some((href) => href?.startsWith(sitePath('/troubleshooting/model-not-found')))).toBe(true)
  })

  it('finds a pasted English error on an English page, English results only', async () => {
    const { page, foreignRequests } = await openPage(browser, '/en/faq/basics')
    const hrefs = await searchFor(page, 'status code 503')
    expect(
      hrefs.slice(0, 3).some((href) => href?.startsWith(sitePath('/en/troubleshooting/service-unavailable'))),
    ).toBe(true)
    expect(hrefs.every((href) => href?.startsWith(sitePath('/en/')))).toBe(true)
    expect(foreignRequests).toEqual([])
  })

  it('says which words of a long paste it searched by, and still finds the page', async () => {
    const { page, errors } = await openPage(browser, '/en/faq/basics')
    const hrefs = await searchFor(
      page,
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota'}}",
    )
    expect(hrefs.slice(0, 3).some((href) => href?.startsWith(sitePath('/en/troubleshooting/balance')))).toBe(true)
    await expect
      .poll(() => page.locator('.SearchDialog [role="status"]').textContent())
      .toMatch(/^\d+ results? · Searched for the telling words: \S+( \S+){1,4}$/)
    expect(errors).toEqual([])
  })

  it('keeps results and the status inside a 360px screen, long pasted words included', async () => {
    const { page } = await openPage(browser, '/en/faq/basics')
    await page.setViewportSize({ width: 360, height: 740 })
    const overflowing = () =>
      page
        .locator('.SearchDialog .status, .SearchDialog .results, .SearchDialog .excerpt')
        .evaluateAll((elements) =>
          elements.filter((element) => element.scrollWidth > element.clientWidth).map((element) => element.className),
        )
    await searchFor(page, 'insufficient quota')
    expect(await overflowing()).toEqual([])
    await page
      .locator('[data-search-input]')
      .fill(
        'Invalid URL (POST /v1/v1/chat/completions/deployments/my-deployment-name/extensions) model_not_found rate_limit_exceeded timeout',
      )
    await expect
      .poll(() => page.locator('.SearchDialog [role="status"]').textContent())
      .toContain('Searched for the telling words')
    expect(await overflowing()).toEqual([])
  })

  it.each([
    ['/en/faq/basics', 360],
    ['/faq/basics', 360],
    ['/en/faq/basics', 1280],
  ] as const)('on %s at %ipx says, on screen, when the search cannot load', async (path, width) => {
    const { page } = await openPage(browser, path)
    await page.setViewportSize({ width, height: 740 })
    await page.route(/\/SearchDialog\.[^/]*\.js$/, (route) => route.abort())
    await page.locator('[data-search-button][data-ready]').click()
    const alert = page.locator('.search-failed[role="alert"]')
    await alert.waitFor()
    const fits = await alert.evaluate((element) => {
      const box = element.getBoundingClientRect()
      return box.left >= 0 && box.right <= innerWidth && document.documentElement.scrollWidth <= innerWidth
    })
    expect(fits).toBe(true)
  })

  it('opens with / and moves the selection with the arrow keys', async () => {
    const { page } = await openPage(browser, '/en/faq/basics')
    await openSearch(page, '/')
    const input = page.locator('[data-search-input]')
    await input.waitFor()
    await input.fill('rate limit')
    await page.locator('[data-search-result]').nth(1).waitFor({ timeout: 15_000 })
    const selected = () => page.locator('[data-search-result][aria-selected="true"]').getAttribute('data-href')
    const first = await selected()
    await page.keyboard.press('ArrowDown')
    expect(await selected()).not.toBe(first)
    await page.keyboard.press('ArrowUp')
    expect(await selected()).toBe(first)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-search-input]').count()).toBe(0)
  })

  it('offers the error lookup and the wizard when nothing matches', async () => {
    const { page } = await openPage(browser, '/')
    await openSearch(page)
    // Pagefind prefix-matches Latin nonsense ("xyz…" finds "sk-…xyz"); these characters appear nowhere.
    await page.locator('[data-search-input]').fill('鱻龘靐')
    const empty = page.locator('[data-search-empty]')
    await empty.waitFor({ timeout: 15_000 })
    expect(await empty.locator('a[href*="/errors?q="]').count()).toBe(1)
    expect(await empty.locator('a[href$="/tools/wizard"]').count()).toBe(1)
  })

  it('re-initialises for the new language after a language switch', async () => {
    const { page } = await openPage(browser, '/faq/basics')
    await searchFor(page, '密钥')
    await page.keyboard.press('Escape')
    await page.goto(page.url().replace('/faq/basics', '/en/faq/basics'))
    const hrefs = await searchFor(page, 'key')
    expect(hrefs.every((href) => href?.startsWith(sitePath('/en/')))).toBe(true)
  })

  it('hands the home page box to the search dialog', async () => {
    const { page } = await openPage(browser, '/')
    await page.locator('[data-search-button][data-ready]').waitFor()
    await page.locator('[data-home-search] input').fill('用户额度不足')
    await page.locator('[data-home-search] button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-search-input]').inputValue()).toBe('用户额度不足')
    await page.locator('[data-search-result]').first().waitFor({ timeout: 15_000 })
    const hrefs = await page
      .locator('[data-search-result]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-href')))
    expect(hrefs.slice(0, 3).some((href) => href?.startsWith(sitePath('/troubleshooting/balance')))).toBe(true)
  })

  it('keeps what was typed into the home page box before its script ran, and searches for it', async () => {
    // Hydration must leave the typed text alone: a v-model on this type="search" box would clear it.
    const context = await browser.newContext()
    const page = await context.newPage()
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(siteUrl('/'), { waitUntil: 'commit' })
    await page.locator('[data-home-search] input').fill('用户额度不足')
    release()
    await page.locator('[data-search-button][data-ready]').waitFor({ timeout: 15_000 })
    expect(await page.locator('[data-home-search] input').inputValue()).toBe('用户额度不足')
    await page.locator('[data-home-search] button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-search-input]').inputValue(), { timeout: 15_000 }).toBe('用户额度不足')
    await context.close()
  })
})
