import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { gateway } from '@data/gateway.ts'
import type { Locale } from '@data/locale.ts'
import { replyTemplates } from '@data/reply-templates.ts'
import type { ReplyTemplate } from '@data/reply-templates.schema.ts'
import ReplyTemplates from '@components/reply-templates/ReplyTemplates.vue'

let wrapper: VueWrapper | undefined

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.restoreAllMocks()
})

async function mountTemplates(locale: Locale, templates: ReplyTemplate[] = replyTemplates, siteBase = '/') {
  wrapper = mount(ReplyTemplates, { props: { locale, templates, gateway, siteBase }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

function secureClipboard() {
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true })
  return vi.spyOn(navigator.clipboard, 'writeText')
}

describe.each(['zh', 'en'] as const)('ReplyTemplates (%s)', (locale) => {
  const other: Locale = locale === 'zh' ? 'en' : 'zh'

  it('shows every template once, in both reply languages, the page language first', async () => {
    const w = await mountTemplates(locale)
    const cards = w.findAll('[data-template-id]')
    expect(cards.map((c) => c.attributes('data-template-id'))).toEqual(replyTemplates.map((t) => t.id))
    for (const card of cards) {
      expect(card.findAll('[data-copy-template]').map((b) => b.attributes('data-reply-locale'))).toEqual([
        locale,
        other,
      ])
    }
    expect(w.get('[data-reply-templates]').attributes('aria-label')).toBeTruthy()
  })

  it('copies the reply with the full link for the site it is open on', async () => {
    const writeText = secureClipboard().mockResolvedValue(undefined)
    const w = await mountTemplates(locale)
    const template = replyTemplates[0]!
    const prefix = locale === 'en' ? '/en' : ''
    await w.get(`[data-template-id="${template.id}"] [data-reply-locale="${locale}"]`).trigger('click')
    await flushPromises()
    const copied = writeText.mock.calls[0]?.[0] ?? ''
    expect(copied).toContain(`${window.location.origin}${prefix}${template.link}`)
    expect(copied.startsWith(template.text[locale].slice(0, 8))).toBe(true)
    const button = w.get(`[data-template-id="${template.id}"] [data-reply-locale="${locale}"]`)
    expect(button.text()).toBe(locale === 'zh' ? '已复制' : 'Copied')
  })

  it('copies the other language with that language’s link', async () => {
    const writeText = secureClipboard().mockResolvedValue(undefined)
    const w = await mountTemplates(locale)
    const template = replyTemplates.find((t) => t.id === 'invoice')!
    await w.get(`[data-template-id="invoice"] [data-reply-locale="${other}"]`).trigger('click')
    await flushPromises()
    const otherPrefix = other === 'en' ? '/en' : ''
    expect(writeText.mock.calls[0]?.[0]).toContain(`${window.location.origin}${otherPrefix}${template.link}`)
    expect(writeText.mock.calls[0]?.[0]).toContain(gateway.support.email)
  })

  it('says so, in the page language, when copying fails, and keeps the text on screen', async () => {
    secureClipboard().mockRejectedValue(new Error('denied'))
    document.execCommand = vi.fn(() => false)
    const w = await mountTemplates(locale)
    await w.get('[data-copy-template]').trigger('click')
    await flushPromises()
    const alert = w.get('[role="alert"]')
    expect(alert.text()).toBe(
      locale === 'zh' ? '复制失败，请选中文字后手动复制' : 'Could not copy: select the text and copy it by hand',
    )
    expect(w.get(`[data-reply-text="${locale}"]`).text()).toContain(replyTemplates[0]!.link)
  })

  it('keeps the site sub-path in links', async () => {
    const w = await mountTemplates(locale, replyTemplates, '/help/')
    const text = w.get(`[data-reply-text="${locale}"]`).text()
    expect(text).toContain(`${window.location.origin}/help${locale === 'en' ? '/en' : ''}${replyTemplates[0]!.link}`)
  })

  it('renders template text as text, never as HTML', async () => {
    const hostile: ReplyTemplate = {
      ...replyTemplates[0]!,
      title: { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' },
      text: { zh: '<b>粗体</b>', en: '<b>bold</b>' },
    }
    const w = await mountTemplates(locale, [hostile])
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('b').exists()).toBe(false)
    expect(w.get('h3').text()).toBe('<img src=x onerror=alert(1)>')
  })

  it('filters by a word from either language and says how many are shown', async () => {
    const w = await mountTemplates(locale)
    await w.get('[data-template-filter]').setValue(locale === 'zh' ? 'invoice' : '发票')
    expect(w.findAll('[data-template-id]').map((c) => c.attributes('data-template-id'))).toEqual(['invoice'])
    expect(w.get('[data-template-count]').text()).toBe(
      locale === 'zh' ? `显示 1 / ${replyTemplates.length} 个模板` : `Showing 1 of ${replyTemplates.length} templates`,
    )
    expect(w.get<HTMLInputElement>('[data-template-filter]').element.labels?.[0]?.textContent).toBe(
      locale === 'zh' ? '筛选模板' : 'Filter templates',
    )
  })

  it('says plainly when nothing matches, and keeps what was typed', async () => {
    const w = await mountTemplates(locale)
    await w.get('[data-template-filter]').setValue('zzqxj')
    expect(w.findAll('[data-template-id]')).toHaveLength(0)
    expect(w.get('[data-template-empty]').text()).toContain(locale === 'zh' ? '没有匹配的模板' : 'No template matches')
    expect(w.get<HTMLInputElement>('[data-template-filter]').element.value).toBe('zzqxj')
    await w.get('[data-template-filter]').setValue('')
    expect(w.findAll('[data-template-id]')).toHaveLength(replyTemplates.length)
  })

  it('gives each copy button a name that says which template and language', async () => {
    const w = await mountTemplates(locale)
    const labels = w.findAll('[data-copy-template]').map((b) => b.attributes('aria-label'))
    expect(new Set(labels).size).toBe(labels.length)
    expect(labels[0]).toContain(replyTemplates[0]!.title[locale])
  })
})

describe('without JavaScript (server render)', () => {
  it.each(['zh', 'en'] as const)(
    'prints every reply with its full link to the configured site (%s)',
    async (locale) => {
      const app = createSSRApp(ReplyTemplates, { locale, templates: replyTemplates, gateway, siteBase: '/' })
      const html = await renderToString(app)
      for (const template of replyTemplates) {
        expect(html).toContain(`data-template-id="${template.id}"`)
        expect(html).toContain(`${gateway.siteUrl}${template.link}`)
        expect(html).toContain(`${gateway.siteUrl}/en${template.link}`)
      }
      expect(html).not.toMatch(/\{(syncTypical|syncPeak|keys|email|apiOrigin)\}/)
    },
  )
})
