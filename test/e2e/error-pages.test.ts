import { readFileSync } from 'node:fs'
import Ajv from 'ajv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { errorCatalogue } from '../../data/errors.ts'
import type { LookupHit, LookupOptions } from '../../components/error-lookup/standalone.ts'
import { closeBrowser, launchBrowser, openPage, sitePath, siteUrl } from './support/browser.ts'
import { loadPagefind, topResults } from './support/pagefind.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => closeBrowser(browser))

const origin = () => new URL(siteUrl()).origin

describe('one page per catalogue entry', () => {
  it.each([
    ['zh', '/errors/insufficient-user-quota'],
    ['en', '/en/errors/insufficient-user-quota'],
  ] as const)('shows the messages, the fix and its links, with structured data (%s)', async (locale, path) => {
    const entry = errorCatalogue.find((candidate) => candidate.id === 'insufficient-user-quota')!
    const { page, errors, foreignRequests } = await openPage(browser, path)
    expect(await page.locator('h1').innerText()).toContain(entry.title[locale])
    const ids = await page.locator('.vp-doc h2').evaluateAll((headings) => headings.map((h) => h.id))
    expect(ids).toEqual(['messages', 'cause', 'fix', 'retry', 'article', 'related', 'lookup'])
    const code = await page.locator('.vp-doc pre').allInnerTexts()
    expect(code.map((text) => text.trim())).toEqual(entry.examples.map((example) => example.text))
    expect(await page.locator('#fix + ol > li').count()).toBe(entry.steps.length)
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(jsonLd).toMatchObject({ '@type': 'TechArticle', url: expect.stringMatching(new RegExp(`${path}$`)) })
    expect(await page.title()).toContain(entry.title[locale])
    expect(errors).toEqual([])
    expect(foreignRequests).toEqual([])
  })

  it('opens the lookup prefilled with its first message, which names this entry first', async () => {
    const { page, errors } = await openPage(browser, '/en/errors/no-available-channel')
    await page.locator('#lookup ~ ul a').first().click()
    await page.waitForURL((url) => url.pathname === sitePath('/en/errors') && url.searchParams.has('q'))
    await expect
      .poll(() => page.locator('[data-lookup-results] [data-error-id]').first().getAttribute('data-error-id'), {
        timeout: 15_000,
      })
      .toBe('no-available-channel')
    expect(errors).toEqual([])
  })

  it.each([
    ['/errors#invalid-api-key', '/errors/invalid-api-key'],
    ['/en/errors#rate-limit-exceeded', '/en/errors/rate-limit-exceeded'],
  ])('forwards an old anchor link %s to the entry page', async (from, to) => {
    const { page, errors } = await openPage(browser, from)
    await page.waitForURL((url) => url.pathname === sitePath(to), { timeout: 15_000 })
    expect(await page.locator('h1').count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('lists the pages in the sitemap', async () => {
    const sitemap = await (await fetch(siteUrl('/sitemap.xml'))).text()
    for (const entry of errorCatalogue) {
      expect(sitemap).toContain(`${sitePath(`/errors/${entry.id}`)}</loc>`)
      expect(sitemap).toContain(`${sitePath(`/en/errors/${entry.id}`)}</loc>`)
    }
  })
})

describe('entry pages, left out of the page map every page loads (support/metadata-chunk.ts)', () => {
  const entryKey = 'en_errors_invalid-api-key.md'
  const inPageMap = (page: Page) =>
    page.evaluate((key) => (window as { __VP_HASH_MAP__?: Record<string, string> }).__VP_HASH_MAP__?.[key], entryKey)
  const fetched = (page: Page) =>
    page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname))
  const markDocument = (page: Page) => page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true))
  const sameDocument = (page: Page) => page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument === true)

  it('opened directly, hydrates from its own lean chunk without fetching the whole map', async () => {
    const { page, errors } = await openPage(browser, '/en/errors/invalid-api-key')
    const files = await fetched(page)
    expect(files.filter((file) => /\/en_errors_invalid-api-key\.md\.[\w-]+\.lean\.js$/.test(file))).toHaveLength(1)
    expect(files.filter((file) => file.endsWith('/hashmap.json'))).toEqual([])
    expect(await inPageMap(page)).toMatch(/^[\w-]+$/)
    // Hydrated: its links are the router's, so the next page opens in the same document.
    await markDocument(page)
    await page.locator('#lookup ~ ul a').first().click()
    await page.waitForURL((url) => url.pathname === sitePath('/en/errors'), { timeout: 15_000 })
    expect(await sameDocument(page)).toBe(true)
    expect(errors).toEqual([])
  })

  it('opens in place from an article link, after one fetch of the whole map', async () => {
    const { page, errors } = await openPage(browser, '/en/troubleshooting/auth')
    expect(await inPageMap(page)).toBeUndefined()
    await markDocument(page)
    await page
      .locator(`.vp-doc a[href="${sitePath('/en/errors/invalid-api-key')}"]`)
      .first()
      .click()
    await page.waitForURL((url) => url.pathname === sitePath('/en/errors/invalid-api-key'), { timeout: 15_000 })
    const entry = errorCatalogue.find((candidate) => candidate.id === 'invalid-api-key')!
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toContain(entry.title.en)
    expect(await sameDocument(page)).toBe(true)
    expect((await fetched(page)).filter((file) => file.endsWith('/hashmap.json'))).toHaveLength(1)
    expect(errors).toEqual([])
  })
})

describe('site search', () => {
  // Messages only an error page quotes; the search suites prove questions still find articles first.
  it.each([
    ['/troubleshooting/', '用户已被封禁', '/errors/account-banned'],
    ['/troubleshooting/', '模型价格未配置', '/errors/model-price-not-set'],
    ['/troubleshooting/', '该令牌已过期', '/errors/expired-key'],
    ['/en/troubleshooting/', 'invalid x-api-key', '/en/errors/anthropic-authentication-error'],
    ['/en/troubleshooting/', 'No endpoints found that support tool use', '/en/errors/no-provider-endpoints'],
    ['/en/troubleshooting/', 'API key not valid. Please pass a valid API key.', '/en/errors/gemini-api-key-invalid'],
  ])('finds the entry page from the pasted message (%s %s)', async (from, query, expected) => {
    const { page, errors } = await openPage(browser, from)
    await loadPagefind(page)
    const urls = (await topResults(page, query)).map((hit) => hit.url.replace(/\.html$/, ''))
    expect(urls).toContain(expected)
    expect(errors).toEqual([])
  })
})

describe('the catalogue for machines', () => {
  it('serves /api/errors/v1.json, valid against the schema served beside it, every doc_url a page', async () => {
    const response = await fetch(siteUrl('/api/errors/v1.json'))
    expect(response.headers.get('content-type')).toMatch(/json/)
    const document = (await response.json()) as { entries: { id: string; doc_urls: { zh: string; en: string } }[] }
    const schema = (await (await fetch(siteUrl('/api/errors/v1.schema.json'))).json()) as object
    const validate = new Ajv({ allErrors: true }).compile(schema)
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    expect(document.entries.map((entry) => entry.id)).toEqual(errorCatalogue.map((entry) => entry.id))
    for (const entry of document.entries)
      for (const url of [entry.doc_urls.zh, entry.doc_urls.en]) {
        const status = (await fetch(`${origin()}${new URL(url).pathname}`)).status
        expect(status, url).toBe(200)
      }
  })

  it('serves an ES module that Node imports and that answers like the source lookup', async () => {
    const response = await fetch(siteUrl('/lookup/v1/error-lookup.js'))
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    const code = await response.text()
    const built = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      lookup: (text: string, options?: LookupOptions) => LookupHit[]
    }
    const text = '{"error":{"message":"用户额度不足, 剩余额度: ＄0.000000","type":"one_api_error"}}'
    const [best] = built.lookup(text, { locale: 'en' })
    expect(best?.id).toBe('insufficient-user-quota')
    // The module and errors.json come from one catalogue: the same titles and addresses.
    const document = (await (await fetch(siteUrl('/api/errors/v1.json'))).json()) as {
      entries: { id: string; title: { en: string }; doc_urls: { en: string } }[]
    }
    const listed = document.entries.find((entry) => entry.id === best?.id)
    expect(best).toMatchObject({ title: listed?.title.en, doc_url: listed?.doc_urls.en, cause: 'insufficient_balance' })
    expect((await fetch(`${origin()}${new URL(best!.doc_url).pathname}`)).status).toBe(200)
  })

  it("works in the README's example console page", async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const example = /```html\n([\s\S]*?error-lookup\.js[\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(example).toContain('https://help.example.com/lookup/v1/error-lookup.js')
    // Served from the site's own origin, as a console copying the file next to it would.
    const html = example.replace(
      'https://help.example.com/lookup/v1/error-lookup.js',
      siteUrl('/lookup/v1/error-lookup.js'),
    )
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.route(siteUrl('/console-example.html'), (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    )
    await page.goto(siteUrl('/console-example.html'))
    await page.locator('#error').fill("Error code: 429 - {'error': {'code': 'insufficient_quota'}}")
    await expect
      .poll(() => page.locator('#causes li a').first().getAttribute('href'), { timeout: 15_000 })
      .toMatch(/\/en\/errors\/openai-insufficient-quota$/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('runs in a browser page, as a console would import it', async () => {
    const { page, errors } = await openPage(browser, '/')
    // A string, so vitest does not rewrite the page's own `import()` into its module loader.
    const url = JSON.stringify(siteUrl('/lookup/v1/error-lookup.js'))
    const ids = (await page.evaluate(
      `import(${url}).then((m) => m.lookup('TypeError: Failed to fetch').map((hit) => hit.id))`,
    )) as string[]
    expect(ids[0]).toBe('failed-to-fetch')
    expect(errors).toEqual([])
  })
})
