import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Locale } from '../../data/locale.ts'
import { closeBrowser, launchBrowser, openPage } from './support/browser.ts'
import { loadPagefind, topResults } from './support/pagefind.ts'

/** The guide, FAQ and support pages, by locale-neutral slug. */
type GuidePage =
  | '/guide/quickstart'
  | '/guide/clients'
  | '/faq/basics'
  | '/faq/billing'
  | '/faq/security'
  | '/support/contact'
  | '/support/playbook'

interface SearchCase {
  /** What people type: paraphrases and questions, never a page title. */
  query: string
  expected: GuidePage
}

const queries: Record<Locale, SearchCase[]> = {
  zh: [
    { query: '怎么在 Cherry Studio 里填地址', expected: '/guide/clients' },
    { query: 'NextChat 接口地址填什么', expected: '/guide/clients' },
    { query: '沉浸式翻译 自定义 API 接口地址', expected: '/guide/clients' },
    { query: 'LibreChat 的 yaml 怎么配置', expected: '/guide/clients' },
    { query: 'python 代码示例 base_url', expected: '/guide/quickstart' },
    { query: '第一次调用 curl 怎么写', expected: '/guide/quickstart' },
    { query: '密钥泄露了怎么办', expected: '/faq/security' },
    { query: '换了新密钥别的软件都报 401', expected: '/faq/security' },
    { query: '会不会保存我的聊天内容', expected: '/faq/security' },
    { query: '充值多久能到账', expected: '/faq/billing' },
    { query: '能开发票吗', expected: '/faq/billing' },
    { query: '余额有没有有效期', expected: '/faq/billing' },
    { query: '便宜的模型也收钱吗', expected: '/faq/billing' },
    { query: '支持 stream 流式返回吗', expected: '/faq/basics' },
    { query: '分组和渠道是什么意思', expected: '/faq/basics' },
    { query: '找客服之前要准备哪些信息', expected: '/support/contact' },
    { query: '请求 ID 在哪里找', expected: '/support/contact' },
    { query: '交接给下一班怎么写记录', expected: '/support/playbook' },
  ],
  en: [
    { query: 'can I get an invoice', expected: '/faq/billing' },
    { query: 'how long until my top-up shows up', expected: '/faq/billing' },
    { query: 'does my credit expire', expected: '/faq/billing' },
    { query: 'am I charged when a request fails', expected: '/faq/billing' },
    { query: 'what to do if my API key leaked', expected: '/faq/security' },
    { query: 'do you store my prompts', expected: '/faq/security' },
    { query: 'regenerated key broke my other apps', expected: '/faq/security' },
    { query: 'what do I put as API host in Cherry Studio', expected: '/guide/clients' },
    { query: 'immersive translate custom API URL', expected: '/guide/clients' },
    { query: 'LobeChat proxy URL with or without v1', expected: '/guide/clients' },
    { query: 'python example with base_url', expected: '/guide/quickstart' },
    { query: 'hello world request with curl', expected: '/guide/quickstart' },
    { query: 'does it support streaming responses', expected: '/faq/basics' },
    { query: 'what happens when a provider goes down', expected: '/faq/basics' },
    { query: 'what details should I send support', expected: '/support/contact' },
    { query: 'where do I find the request id', expected: '/support/contact' },
    { query: 'handoff note for the next shift', expected: '/support/playbook' },
  ],
}

/** Pagefind returns `.html` addresses under the locale; compare bare slugs. */
function slugOf(path: string): string {
  return path.replace(/^\/en(?=\/)/, '').replace(/(?:\.html)?(?:#.*)?$/, '')
}

let browser: Browser
const outcomes: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await closeBrowser(browser)
  // The report quotes these lines: one per locale, plus each query that missed.
  console.log(outcomes.join('\n'))
})

describe.each(['zh', 'en'] as const)('guide, FAQ and support search (%s)', (locale) => {
  let page: Page
  let hits = 0

  beforeAll(async () => {
    // Pagefind picks its index from <html lang>, so a page of the locale loads it.
    const opened = await openPage(browser, locale === 'en' ? '/en/faq/basics' : '/faq/basics')
    page = opened.page
    await loadPagefind(page)
    expect(opened.errors).toEqual([])
    expect(opened.foreignRequests).toEqual([])
  })
  afterAll(() => {
    outcomes.push(`${locale}: ${hits}/${queries[locale].length} queries found their page in the top three`)
  })

  async function topThree(query: string): Promise<string[]> {
    const urls = (await topResults(page, query)).map((hit) => hit.url)
    for (const url of urls) expect(url.startsWith('/en/'), url).toBe(locale === 'en')
    return urls.map(slugOf)
  }

  it('asks at least ten questions per language', () => {
    expect(queries[locale].length).toBeGreaterThanOrEqual(10)
  })

  it.each(queries[locale])('"$query" finds $expected', async ({ query, expected }) => {
    const found = await topThree(query)
    if (found.includes(expected)) hits++
    else outcomes.push(`  ${locale} miss: "${query}" → ${found.join(', ') || '(nothing)'}`)
    expect(found).toContain(expected)
  })

  it('does not index the staff reply templates, so users land on the articles', async () => {
    const found = await topThree(locale === 'zh' ? '我们核对后开出' : 'we will issue it once checked')
    expect(found).not.toContain('/support/playbook')
  })
})
