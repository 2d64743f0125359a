import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closeBrowser, launchBrowser, openPage, sitePath, siteUrl } from './support/browser.ts'
import { errorCatalogue } from '../../data/errors.ts'
import { schemeContext, seriousViolations } from './support/axe.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => closeBrowser(browser))

function resultIds(page: Page) {
  return page
    .locator('[data-lookup-results] [data-error-id]')
    .evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-error-id'), node.getAttribute('data-cause')]))
}

/**
 * The causes of the catalogue table's rows, each once. The table's script wakes on a filter change and loads before it
 * filters, so a test polls this, however slow the load.
 */
function tableCauses(page: Page) {
  return page
    .locator('tr[data-error-id]')
    .evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-cause')))])
}

describe('/errors?q= deep links', () => {
  it('shows the Chinese diagnosis of a pasted one-api body on load', async () => {
    const q = '{"error":{"message":"当前分组 default 下对于模型 gpt-4o 无可用渠道","type":"one_api_error"}}'
    const { page, errors, foreignRequests } = await openPage(browser, `/errors?q=${encodeURIComponent(q)}`)
    await expect.poll(() => resultIds(page)).not.toEqual([])
    const [first] = await resultIds(page)
    expect(first).toEqual(['no-available-channel', 'no_channel'])
    await expect.poll(() => page.locator('[data-lookup-results]').innerText()).toContain('当前分组没有可用渠道')
    expect(await page.locator('textarea').inputValue()).toBe(q)
    expect(errors).toEqual([])
    expect(foreignRequests).toEqual([])
  })

  it('shows the English diagnosis, and keeps the URL in step as the user types', async () => {
    const q = "Error code: 429 - {'error': {'code': 'insufficient_quota'}}"
    const { page, errors } = await openPage(browser, `/en/errors?q=${encodeURIComponent(q)}`)
    await expect
      .poll(async () => (await resultIds(page))[0])
      .toEqual(['openai-insufficient-quota', 'insufficient_balance'])
    expect(await page.locator('[data-lookup-results]').innerText()).toContain('Quota used up, reported as 429')

    const box = page.getByRole('textbox', { name: 'Paste the error' })
    await box.fill('TypeError: Failed to fetch')
    await expect.poll(async () => (await resultIds(page))[0]?.[1]).toBe('network')
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('TypeError: Failed to fetch')
    expect(errors).toEqual([])
  })

  it('names the other causes a message or a bare status shares, each marked with why, in Chinese', async () => {
    const shared = await openPage(browser, `/errors?q=${encodeURIComponent('TypeError: Failed to fetch')}`)
    await expect
      .poll(() => resultIds(shared.page), { timeout: 15_000 })
      .toEqual([
        ['failed-to-fetch', 'network'],
        ['cors-blocked', 'cors'],
      ])
    const cors = shared.page.locator('[data-lookup-results] [data-error-id="cors-blocked"]')
    expect(await cors.innerText()).toContain('同一句报错，也会在这种情况下出现')
    expect(shared.errors).toEqual([])
    await shared.context.close()

    const bare = await openPage(browser, `/errors?q=${encodeURIComponent('Request failed with status code 404')}`)
    await expect.poll(async () => (await resultIds(bare.page)).length, { timeout: 15_000 }).toBe(2)
    expect((await resultIds(bare.page))[0]).toEqual(['wrong-path-404', 'base_url'])
    expect(await bare.page.locator('[data-lookup-results]').innerText()).toContain('只从状态码 404 推断')
    expect(bare.errors).toEqual([])
    await bare.context.close()
  })

  it('renders hostile text as text and still answers with a guess when nothing matches', async () => {
    const q = '<img src=x onerror="document.title=\'pwned\'"> hello there'
    const { page, errors } = await openPage(browser, `/en/errors?q=${encodeURIComponent(q)}`)
    const guess = page.locator('[data-lookup-results] [data-guess]')
    await expect.poll(() => guess.count(), { timeout: 15_000 }).toBe(1)
    expect(await guess.getAttribute('data-layer')).toBe('unknown')
    expect(await guess.innerText()).toContain('here is a guess')
    expect(await page.locator('[data-support-message]').innerText()).toContain('<img src=x')
    expect(await page.locator('[data-lookup-results] [data-error-id]').count()).toBe(0)
    expect(await page.locator('[data-lookup-results] img').count()).toBe(0)
    expect(await page.title()).not.toBe('pwned')
    expect(errors).toEqual([])
  })

  it('lists other possible causes under a guess, and each links to a page that exists', async () => {
    const q = 'Error: 418 {"error":{"code":"quota_frozen_by_vendor","message":"upstream model overloaded"}}'
    const { page, errors } = await openPage(browser, `/en/errors?q=${encodeURIComponent(q)}`)
    const items = page.locator('[data-lookup-results] [data-also-possible]')
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(0)
    // One read of one render: the learned model may arrive between two reads and re-answer, guess and list together
    const { guessed, listed } = await page.locator('[data-lookup-results]').evaluate((root) => ({
      guessed: root.querySelector('[data-guess]')?.getAttribute('data-cause'),
      listed: [...root.querySelectorAll('[data-also-possible]')].map((node) => [
        node.getAttribute('data-cause'),
        node.querySelector('a')?.getAttribute('href'),
      ]),
    }))
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.map(([cause]) => cause)).not.toContain(guessed)
    for (const [, href] of listed) {
      const response = await page.request.get(new URL(href!, siteUrl('/')).toString())
      expect(response.status(), href!).toBe(200)
    }
    expect(await page.locator('[data-lookup-results] [data-error-id]').count()).toBe(0)
    expect(errors).toEqual([])
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows answers, a guess and other possible causes with no serious axe violation (${scheme})`, async () => {
      const context = await schemeContext(browser, scheme)
      const page = await context.newPage()
      const problems: string[] = []
      for (const [path, q] of [
        ['/errors', 'Error code: 403 - {"error":{"message":"该令牌无权访问模型 gpt-4o","type":"new_api_error"}}'],
        ['/en/errors', 'Error: 418 {"error":{"code":"quota_frozen_by_vendor","message":"upstream model overloaded"}}'],
      ] as const) {
        await page.goto(siteUrl(`${path}?q=${encodeURIComponent(q)}`), { waitUntil: 'networkidle' })
        await page.locator('[data-lookup-results] [data-also-possible]').first().waitFor({ timeout: 15_000 })
        for (const problem of await seriousViolations(page, '[data-lookup-results]'))
          problems.push(`${path}: ${problem}`)
      }
      await context.close()
      expect(problems).toEqual([])
    })
  }

  it("guesses from a person's own words with the learned reading, and shows which words, in Chinese", async () => {
    const q = '我昨天充了钱，但是现在还是用不了，一直说没额度'
    const { page, errors, foreignRequests } = await openPage(browser, `/errors?q=${encodeURIComponent(q)}`)
    const guess = page.locator('[data-lookup-results] [data-guess]')
    await expect.poll(() => guess.count(), { timeout: 15_000 }).toBe(1)
    expect(await guess.getAttribute('data-cause')).toBe('insufficient_balance')
    expect(await guess.innerText()).toContain('措辞像这类报错：“额度”')
    expect(await page.locator('[data-lookup-results] [data-error-id]').count()).toBe(0)
    expect(errors).toEqual([])
    expect(foreignRequests).toEqual([])
  })

  it('guesses the layer of an unknown error and links the way on, in Chinese', async () => {
    const q = 'Error: 418 {"error":{"code":"quota_frozen_by_vendor"}}'
    const { page, errors } = await openPage(browser, `/errors?q=${encodeURIComponent(q)}`)
    const guess = page.locator('[data-lookup-results] [data-guess]')
    await expect.poll(() => guess.count(), { timeout: 15_000 }).toBe(1)
    expect(await guess.getAttribute('data-cause')).toBe('insufficient_balance')
    expect(await guess.getAttribute('data-layer')).toBe('account')
    expect(await guess.innerText()).toContain('以下是猜测')
    const hrefs = await guess.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.map((href) => href?.replace(sitePath(''), '/'))).toEqual(
      expect.arrayContaining(['/tools/wizard', '/tools/connection-test', '/support/contact#how-to-reach-us']),
    )
    expect(errors).toEqual([])
  })
})

describe('/errors catalogue table', () => {
  it('is in the HTML before any script runs, each row linking to its entry page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(siteUrl('/errors'))
    const rows = page.locator('tr[data-error-id]')
    expect(await rows.count()).toBeGreaterThan(40)
    const row = page.locator('tr[data-error-id="insufficient-user-quota"]')
    expect(await row.innerText()).toContain('账户余额不足')
    expect(await row.locator('a.error-row-anchor').getAttribute('href')).toBe(
      sitePath('/errors/insufficient-user-quota'),
    )
    // The details are the entry page's: without the script, opening them offers that page.
    await row.locator('summary').click()
    expect(await row.locator('details a').getAttribute('href')).toBe(sitePath('/errors/insufficient-user-quota'))
    await context.close()
  })

  it("opens a row's meaning, steps and real messages from the click that wakes the table", async () => {
    const entry = errorCatalogue.find((candidate) => candidate.id === 'insufficient-user-quota')!
    const { page, errors } = await openPage(browser, '/en/errors')
    const row = page.locator('tr[data-error-id="insufficient-user-quota"]')
    await row.locator('summary').click()
    await expect.poll(() => row.locator('details').innerText(), { timeout: 15_000 }).toContain(entry.meaning.en)
    const examples = await row.locator('.error-row-examples code').allInnerTexts()
    expect(examples.map((text) => text.trim())).toEqual(entry.examples.map((example) => example.text.trim()))
    expect(await row.locator('details ol > li').count()).toBe(entry.steps.length)
    expect(errors).toEqual([])
  })

  it('filters by cause in English', async () => {
    const { page, errors } = await openPage(browser, '/en/errors')
    await page.getByLabel('Cause', { exact: true }).selectOption('rate_limit')
    await expect.poll(() => tableCauses(page), { timeout: 15_000 }).toEqual(['rate_limit'])
    expect(errors).toEqual([])
  })

  it('article error lists link to entry pages that exist', async () => {
    const { page } = await openPage(browser, '/troubleshooting/balance')
    const href = await page.locator('.error-list a').first().getAttribute('href')
    expect(href).toMatch(new RegExp(`^${sitePath('/errors/')}[a-z0-9-]+$`))
    await page.locator('.error-list a').first().click()
    await page.waitForURL((url) => url.pathname === href)
    await expect.poll(() => page.locator('.vp-doc h2#messages').count(), { timeout: 15_000 }).toBe(1)
  })
})

describe('/errors loads its widgets after first paint', () => {
  it('preloads neither the lookup nor the catalogue, and still answers ?q= and typing', async () => {
    const { page, errors } = await openPage(browser, '/en/errors?q=401')
    // The server HTML's own preloads (the live DOM also gains the ones Vite adds for dynamic imports).
    const html = await (await page.request.get(siteUrl('/en/errors'))).text()
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(
      (match) => new URL(match[1]!, siteUrl()).href,
    )
    expect(preloaded.length).toBeGreaterThan(0)
    for (const href of preloaded) {
      const code = await (await page.request.get(href)).text()
      expect(code, href).not.toContain('data-lookup-results')
      expect(code, href).not.toContain('data-error-catalogue')
      expect(code, href).not.toContain('insufficient-user-quota')
    }
    await expect.poll(async () => (await resultIds(page))[0]?.[1]).toBe('invalid_key')
    await page.getByRole('textbox', { name: 'Paste the error' }).fill('TypeError: Failed to fetch')
    await expect.poll(async () => (await resultIds(page))[0]?.[1]).toBe('network')
    expect(errors).toEqual([])
  })

  it('leaves the table as the server sent it until a filter is touched, even on screen', async () => {
    const { page, errors } = await openPage(browser, '/en/errors?q=429')
    // The app that owns the table: the page's own until the table hydrates as an app of its own.
    const tableApp = () =>
      page.evaluate(() => {
        let element = document.querySelector('.error-catalogue')
        while (element && !(element as Element & { __vue_app__?: unknown }).__vue_app__) element = element.parentElement
        return element?.id === 'app' ? 'page' : 'table'
      })
    await page.locator('.error-catalogue').scrollIntoViewIfNeeded()
    await expect.poll(async () => (await resultIds(page))[0]?.[1]).toBe('rate_limit')
    await page.waitForLoadState('networkidle')
    expect(await tableApp()).toBe('page')
    await page.getByLabel('Cause', { exact: true }).focus()
    await expect.poll(tableApp, { timeout: 15_000 }).toBe('table')
    expect(errors).toEqual([])
  })

  it('on a phone, a filter picked before the table was scrolled to still filters', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(siteUrl('/en/errors'), { waitUntil: 'networkidle' })
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await page.getByLabel('Cause', { exact: true }).selectOption('rate_limit')
    await expect.poll(() => tableCauses(page), { timeout: 15_000 }).toEqual(['rate_limit'])
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([
    ['/errors', '这个工具没能加载，请检查网络后刷新页面。'],
    ['/en/errors', 'This tool could not load. Check your connection and reload the page.'],
  ])('says when the lookup cannot load, without a script error (%s)', async (path, message) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    // A deployment replaced the chunk, or the connection dropped after the HTML arrived.
    await page.route(/\/ErrorLookup\.[\w-]+\.js$/, (route) => route.abort())
    await page.goto(siteUrl(path), { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('[data-widget-failed][role="alert"]').allTextContents()).toEqual([message])
    expect(await page.locator('textarea[name="q"]').count()).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it.each(['fails', 'stalls'] as const)('answers without the learned model when its chunk %s', async (how) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    let asked = 0
    await page.route(/\/cause-model\.[\w-]+\.js$/, (route) => {
      asked++
      // A stalled chunk is never answered: the lookup must not wait for it.
      return how === 'fails' ? route.abort() : new Promise<void>(() => {})
    })
    const q = '我昨天充了钱，但是现在还是用不了，一直说没额度'
    await page.goto(siteUrl(`/errors?q=${encodeURIComponent(q)}`), { waitUntil: 'domcontentloaded' })
    const guess = page.locator('[data-lookup-results] [data-guess]')
    await expect.poll(() => guess.count(), { timeout: 15_000 }).toBe(1)
    expect(asked).toBe(1)
    expect(await guess.innerText()).not.toContain('措辞像这类报错')
    expect(await page.locator('[data-widget-failed]').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('without JS: the lookup box and every row are there, and the page does not scroll sideways', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    await page.goto(siteUrl('/errors'))
    expect(await page.locator('textarea[name="q"]').count()).toBe(1)
    expect(await page.locator('tr[data-error-id]').count()).toBeGreaterThan(40)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await context.close()
  })
})
