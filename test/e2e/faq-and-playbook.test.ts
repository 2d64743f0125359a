import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { htmlLang, type Locale } from '../../data/locale.ts'
import { replyTemplates } from '../../data/reply-templates.ts'
import { closeBrowser, launchBrowser, openPage, siteUrl } from './support/browser.ts'

const faqSlugs = ['/faq/basics', '/faq/billing', '/faq/security'] as const
const localePrefix: Record<Locale, string> = { zh: '', en: '/en' }

interface FaqJsonLd {
  '@context': string
  '@type': string
  inLanguage: string
  mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[]
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => closeBrowser(browser))

describe.each(['zh', 'en'] as const)('FAQ structured data (%s)', (locale) => {
  it.each(faqSlugs)('%s carries a FAQPage whose questions are the visible headings', async (slug) => {
    const { page, foreignRequests, errors, context } = await openPage(browser, `${localePrefix[locale]}${slug}`)
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(scripts).toHaveLength(1)
    const data = JSON.parse(scripts[0] ?? '') as FaqJsonLd
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('FAQPage')
    expect(data.inLanguage).toBe(htmlLang[locale])
    expect(await page.getAttribute('html', 'lang')).toBe(htmlLang[locale])

    // What a reader sees as each question: the heading without its permalink and copy button.
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll('.vp-doc h2[id], .vp-doc h3[id]')].map((heading) => {
        const clone = heading.cloneNode(true) as HTMLElement
        clone.querySelectorAll('.header-anchor, button').forEach((chrome) => chrome.remove())
        return (clone.textContent ?? '')
          .replace(/\u200b/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      }),
    )
    expect(visible.length).toBeGreaterThanOrEqual(5)
    expect(data.mainEntity.map((q) => q.name)).toEqual(visible)
    for (const question of data.mainEntity) {
      expect(question['@type']).toBe('Question')
      expect(question.acceptedAnswer['@type']).toBe('Answer')
      expect(question.acceptedAnswer.text.length, question.name).toBeGreaterThan(20)
      // Tokens are filled and no markup leaks into the answer.
      expect(question.acceptedAnswer.text).not.toMatch(/\{\{|<\/?[a-z]+[\s>]/)
    }
    expect(foreignRequests).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe.each(['zh', 'en'] as const)('support playbook reply templates (%s)', (locale) => {
  it('shows every template without JavaScript, links included', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(siteUrl(`${localePrefix[locale]}/support/playbook`))
    expect(await page.locator('[data-template-id]').count()).toBe(replyTemplates.length)
    const first = await page.locator(`[data-reply-text="${locale}"]`).first().textContent()
    expect(first).toContain(`${localePrefix[locale]}${replyTemplates[0]?.link}`)
    await context.close()
  })

  it('copies, from every button, a reply whose link opens a page with that section', async () => {
    const { page, context, foreignRequests, errors } = await openPage(
      browser,
      `${localePrefix[locale]}/support/playbook`,
      { permissions: ['clipboard-read', 'clipboard-write'] },
    )
    // The widget is a lazy component: wait until it is interactive (hydrated).
    await page.locator('[data-copy-template]').first().waitFor()
    const siteOrigin = new URL(siteUrl()).origin
    const links = new Map<string, string>()
    for (const template of replyTemplates) {
      for (const replyLocale of ['zh', 'en'] as const) {
        const button = page.locator(`[data-template-id="${template.id}"] [data-reply-locale="${replyLocale}"]`)
        await button.click()
        await expect.poll(() => button.textContent()).toMatch(/已复制|Copied/)
        const copied = await page.evaluate(() => navigator.clipboard.readText())
        const url = /(https?:\/\/\S+)\s*$/.exec(copied)?.[1] ?? ''
        expect(url, `${template.id} ${replyLocale}`).toBe(siteUrl(`${localePrefix[replyLocale]}${template.link}`))
        expect(new URL(url).origin).toBe(siteOrigin)
        links.set(url, `${template.id} (${replyLocale})`)
      }
    }
    expect(foreignRequests).toEqual([])
    expect(errors).toEqual([])

    const target = await context.newPage()
    const missing: string[] = []
    for (const [url, from] of links) {
      const response = await target.goto(url, { waitUntil: 'domcontentloaded' })
      const id = decodeURIComponent(new URL(url).hash.slice(1))
      const found = response?.ok() && (await target.evaluate((anchor) => !!document.getElementById(anchor), id))
      if (!found) missing.push(`${from}: ${url} (${response?.status() ?? 'no response'})`)
    }
    expect(missing).toEqual([])
    await context.close()
  })
})
