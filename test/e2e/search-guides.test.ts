import { expect, it } from 'vitest'
import type { Locale } from '../../data/locale.ts'
import { describeSearchQueries, type SearchCase } from './support/search-suite.ts'

/** The guide, FAQ and public support pages, by locale-neutral slug (the playbook is for staff). */
type GuidePage =
  | '/guide/quickstart'
  | '/guide/clients'
  | '/guide/workflows'
  | '/guide/endpoints'
  | '/agents/claude-code'
  | '/agents/codex'
  | '/agents/cursor'
  | '/faq/basics'
  | '/faq/billing'
  | '/faq/security'
  | '/support/contact'

const queries: Record<Locale, SearchCase<GuidePage>[]> = {
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
    { query: '你们是官方的 API 吗', expected: '/faq/basics' },
    { query: '国内使用需要 VPN 吗', expected: '/faq/basics' },
    { query: '该选哪个模型', expected: '/faq/basics' },
    { query: '付了钱订单显示已过期', expected: '/faq/billing' },
    { query: '充值页面打不开', expected: '/faq/billing' },
    { query: 'Claude Code 接你们家，ANTHROPIC_BASE_URL 带不带 /v1？', expected: '/agents/claude-code' },
    { query: 'codex config.toml 的 wire_api 填什么', expected: '/agents/codex' },
    { query: 'Dify 怎么接入自定义模型', expected: '/guide/workflows' },
    { query: '向量接口 embeddings 的 curl 示例', expected: '/guide/endpoints' },
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
    { query: 'is this the official OpenAI API', expected: '/faq/basics' },
    { query: 'do I need a VPN in mainland China', expected: '/faq/basics' },
    { query: 'which model should I choose', expected: '/faq/basics' },
    { query: 'I paid but the order expired', expected: '/faq/billing' },
    { query: 'top-up page will not open', expected: '/faq/billing' },
    { query: 'How do I use my key in Codex CLI or Cursor?', expected: '/agents/codex' },
    { query: 'How do I use my key in Codex CLI or Cursor?', expected: '/agents/cursor' },
    { query: 'Claude Code ANTHROPIC_AUTH_TOKEN or ANTHROPIC_API_KEY', expected: '/agents/claude-code' },
    { query: 'n8n credential base URL', expected: '/guide/workflows' },
  ],
}

/** Pagefind returns `.html` addresses under the locale; compare bare slugs. */
function slugOf(path: string): string {
  return path.replace(/^\/en(?=\/)/, '').replace(/(?:\.html)?(?:#.*)?$/, '')
}

describeSearchQueries({
  name: 'guide, FAQ and support search',
  pageOf: (locale) => (locale === 'en' ? '/en/faq/basics' : '/faq/basics'),
  queries,
  keyOf: slugOf,
  extraChecks: (locale, topThree) => {
    it('asks at least ten questions per language', () => {
      expect(queries[locale].length).toBeGreaterThanOrEqual(10)
    })

    it('does not index the staff playbook, so users land on the articles', async () => {
      // Its own headings and reply templates: each would find it at once if it were indexed.
      const staffWords = {
        zh: ['交接给下一班怎么写记录', '谁能查看请求日志和退款', '我们核对后开出', '客服手册 排查顺序'],
        en: [
          'handoff note for the next shift',
          'who may read request logs or refund',
          'we will issue it once checked',
          'support playbook triage order',
        ],
      }[locale]
      for (const words of staffWords) {
        const found = (await topThree(words)).map((hit) => slugOf(hit.url))
        expect(found, words).not.toContain('/support/playbook')
      }
    })
  },
})
