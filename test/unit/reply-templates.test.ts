import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { causeArticle } from '@data/causes.ts'
import { gateway } from '@data/gateway.ts'
import { locales } from '@data/locale.ts'
import { replyTemplates } from '@data/reply-templates.ts'
import { guideAnchors, parseReplyTemplates, replyTemplateLinks } from '@data/reply-templates.schema.ts'
import { promisedAnchors } from '@data/article-anchors.ts'
import {
  fillPlaceholders,
  filterTemplates,
  placeholderValues,
  renderReply,
  replyLocales,
  sectionUrl,
} from '@components/reply-templates/templates.ts'

const docs = fileURLToPath(new URL('../../docs/', import.meta.url))

function markdownFile(slug: string, locale: 'zh' | 'en'): string {
  const file = slug.endsWith('/') ? `${slug}index.md` : `${slug}.md`
  return `${docs}${locale === 'en' ? 'en' : ''}${file}`.replace(/\/\//g, '/')
}

/** Explicit heading ids (`## Title {#id}`) of a markdown page. */
function headingIds(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^#{2,6}\s.*\{#([a-z0-9-]+)\}\s*$/gm)].map((match) => match[1] ?? '')
}

describe('data/reply-templates.ts', () => {
  it('passes its schema', () => {
    expect(() => parseReplyTemplates(replyTemplates)).not.toThrow()
  })

  it('links every template to an anchor from the known list', () => {
    const known = new Set<string>([...Object.values(causeArticle), ...promisedAnchors, ...guideAnchors])
    for (const template of replyTemplates) expect(known.has(template.link), template.id).toBe(true)
  })

  it('finds every guide/FAQ/support anchor it allows as a heading id in both languages', () => {
    for (const link of guideAnchors) {
      const [slug = '', id = ''] = link.split('#')
      for (const locale of locales) expect(headingIds(markdownFile(slug, locale)), `${locale} ${link}`).toContain(id)
    }
  })

  it('finds the linked heading in every linked page that is already written, in both languages', () => {
    for (const template of replyTemplates) {
      const [slug = '', id = ''] = template.link.split('#')
      for (const locale of locales) {
        const file = markdownFile(slug, locale)
        if (existsSync(file)) expect(headingIds(file), `${template.id}: ${locale} ${template.link}`).toContain(id)
      }
    }
  })

  it('leaves no placeholder unfilled in any reply, in either language', () => {
    const site = { origin: gateway.siteUrl, base: '/' }
    for (const template of replyTemplates) {
      for (const locale of locales) {
        expect(renderReply(template, locale, gateway, site).body, `${template.id} ${locale}`).not.toMatch(/\{\w+\}/)
      }
    }
  })
})

describe('reply template schema', () => {
  const valid = {
    id: 'sample',
    title: { zh: '标题', en: 'Title' },
    text: { zh: '余额 {syncTypical} 分钟', en: 'Wait {syncTypical} minutes' },
    link: '/faq/billing#balance-arrival-time',
  }

  it('accepts a well-formed template', () => {
    expect(() => parseReplyTemplates([valid])).not.toThrow()
  })

  it('rejects a link to an anchor outside the known list', () => {
    expect(() => parseReplyTemplates([{ ...valid, link: '/faq/billing#no-such-section' }])).toThrow(/known anchor/)
  })

  it('rejects an unknown placeholder and a typed URL', () => {
    expect(() => parseReplyTemplates([{ ...valid, text: { zh: '见 {website}', en: 'x' } }])).toThrow(/\{website\}/)
    expect(() => parseReplyTemplates([{ ...valid, text: { zh: '见 https://api.example.com', en: 'x' } }])).toThrow(
      /URL/,
    )
  })

  it('rejects a missing translation, a bad id and a duplicate id', () => {
    expect(() => parseReplyTemplates([{ ...valid, text: { zh: '只有中文', en: '' } }])).toThrow()
    expect(() => parseReplyTemplates([{ ...valid, id: 'Not Kebab' }])).toThrow(/kebab/)
    expect(() => parseReplyTemplates([valid, valid])).toThrow(/duplicate id sample/)
  })

  it('knows each cause article and contract anchor', () => {
    expect(replyTemplateLinks).toContain(causeArticle.invalid_key)
    expect(replyTemplateLinks).toContain('/support/contact#never-share')
  })
})

describe('rendering a reply', () => {
  const template = replyTemplates.find((t) => t.id === 'recharge-not-arrived')
  if (!template) throw new Error('recharge-not-arrived template is missing')

  it('links to the same section in the reply language, at the site root', () => {
    const site = { origin: 'https://help.example.com', base: '/' }
    expect(sectionUrl('/faq/billing#invoices', 'zh', site)).toBe('https://help.example.com/faq/billing#invoices')
    expect(sectionUrl('/faq/billing#invoices', 'en', site)).toBe('https://help.example.com/en/faq/billing#invoices')
    expect(sectionUrl('/troubleshooting/#layers', 'en', site)).toBe(
      'https://help.example.com/en/troubleshooting/#layers',
    )
  })

  it('keeps the site sub-path and tolerates a trailing slash on the origin', () => {
    const site = { origin: 'https://example.org/', base: '/help/' }
    expect(sectionUrl('/faq/billing#invoices', 'zh', site)).toBe('https://example.org/help/faq/billing#invoices')
    expect(sectionUrl('/faq/billing#invoices', 'en', site)).toBe('https://example.org/help/en/faq/billing#invoices')
  })

  it('fills gateway values and ends the copied text with the link line', () => {
    const site = { origin: 'https://help.example.com', base: '/' }
    const zh = renderReply(template, 'zh', gateway, site)
    expect(zh.body).toContain(`${gateway.balanceSyncMinutes.peak} 分钟`)
    expect(zh.text).toBe(`${zh.body}\n\n详细步骤：https://help.example.com/faq/billing#balance-arrival-time`)
    const en = renderReply(template, 'en', gateway, site)
    expect(en.text.endsWith('\n\nStep by step: https://help.example.com/en/faq/billing#balance-arrival-time')).toBe(
      true,
    )
    expect(en.title).toBe(template.title.en)
  })

  it('follows another gateway config without a typed brand or address', () => {
    const other = {
      ...gateway,
      apiBaseUrl: 'https://llm.other.test/v1',
      balanceSyncMinutes: { typical: 7, peak: 11 },
    }
    const values = placeholderValues(other, 'en')
    expect(values.apiOrigin).toBe('https://llm.other.test')
    const doubled = replyTemplates.find((t) => t.id === 'doubled-v1')
    expect(doubled && renderReply(doubled, 'en', other, { origin: 'https://h.test', base: '/' }).body).toContain(
      'https://llm.other.test and',
    )
    expect(renderReply(template, 'zh', other, { origin: 'https://h.test', base: '/' }).body).toContain('11 分钟')
  })

  it('answers an invoice request as the operator policy says', () => {
    const invoice = replyTemplates.find((t) => t.id === 'invoice')!
    const site = { origin: 'https://h.test', base: '/' }
    const issued = renderReply(invoice, 'en', gateway, site).body
    expect(issued).toContain('we can invoice you')
    expect(issued).toContain(gateway.support.email)
    const none = { ...gateway, name: 'Other AI', policy: { ...gateway.policy, invoices: 'not-issued' as const } }
    const refused = renderReply(invoice, 'zh', none, site).body
    expect(refused).toBe(
      `抱歉，Other AI 不开具发票。需要付款记录的话，充值页面 ${gateway.console.topUp} 列有每一笔充值订单。`,
    )
    expect(renderReply(invoice, 'en', none, site).body).not.toContain('we can invoice you')
  })

  it('leaves an unknown placeholder visible instead of dropping words', () => {
    expect(fillPlaceholders('a {known} b {unknown}', { known: 'K' })).toBe('a K b {unknown}')
  })

  it('offers the page language first', () => {
    expect(replyLocales('zh')).toEqual(['zh', 'en'])
    expect(replyLocales('en')).toEqual(['en', 'zh'])
  })
})

describe('filterTemplates', () => {
  it('shows everything for an empty or blank filter', () => {
    expect(filterTemplates(replyTemplates, '')).toBe(replyTemplates)
    expect(filterTemplates(replyTemplates, '   ')).toBe(replyTemplates)
  })

  it('finds a template by a word from either language, a status code or its id', () => {
    expect(filterTemplates(replyTemplates, '发票').map((t) => t.id)).toEqual(['invoice'])
    expect(filterTemplates(replyTemplates, 'INVOICE').map((t) => t.id)).toEqual(['invoice'])
    expect(filterTemplates(replyTemplates, '401').map((t) => t.id)).toContain('invalid-key')
    expect(filterTemplates(replyTemplates, 'doubled-v1').map((t) => t.id)).toEqual(['doubled-v1'])
  })

  it('needs every word to match, and returns nothing for nonsense', () => {
    expect(filterTemplates(replyTemplates, '401 发票')).toEqual([])
    expect(filterTemplates(replyTemplates, 'zzqxj')).toEqual([])
  })
})
