import { expect, it } from 'vitest'
import type { Locale } from '@data/locale.ts'
import { describeSearchQueries, type SearchCase } from './support/search-suite.ts'
import { errorCatalogue } from '../../data/errors.ts'

/** The troubleshooting articles, by slug under `/troubleshooting/` ('' is the overview). */
type Article =
  | ''
  | 'no-reply-after-recharge'
  | 'auth'
  | 'balance'
  | 'model-not-found'
  | 'rate-limits'
  | 'timeouts'
  | 'service-unavailable'
  | 'streaming'
  | 'base-url'
  | 'network'
  | 'bad-request'
  | 'media-tasks'

const queries: Record<Locale, SearchCase<Article>[]> = {
  zh: [
    { query: '充值了还是不能用', expected: 'no-reply-after-recharge' },
    { query: '刚充值完 AI 不回复', expected: 'no-reply-after-recharge' },
    { query: '要不要清除浏览器数据', expected: 'no-reply-after-recharge' },
    { query: '无效的令牌', expected: 'auth' },
    { query: '该令牌已过期', expected: 'auth' },
    { query: '该令牌状态不可用', expected: 'auth' },
    { query: 'Incorrect API key provided', expected: 'auth' },
    // Whole pastes carry the reader's own key, URL and request id, which are on no page.
    { query: '无效的令牌 (request id: 20251123104512345678A1b2C3d4)', expected: 'auth' },
    { query: '用户额度不足', expected: 'balance' },
    { query: 'insufficient_user_quota', expected: 'balance' },
    { query: '当前分组 default 下对于模型 gpt-4o 无可用渠道', expected: 'model-not-found' },
    { query: '模型名称不对 model_not_found', expected: 'model-not-found' },
    { query: 'Request failed with status code 429', expected: 'rate-limits' },
    { query: '请求太频繁被限流', expected: 'rate-limits' },
    { query: 'timeout of 60000ms exceeded', expected: 'timeouts' },
    { query: '502 Bad Gateway', expected: 'service-unavailable' },
    { query: '回答说到一半就断了', expected: 'streaming' },
    { query: "Unexpected token '<'", expected: 'base-url' },
    { query: '接口地址多了一个 v1', expected: 'base-url' },
    { query: 'Invalid URL (POST /v1/v1/chat/completions)', expected: 'base-url' },
    { query: 'Failed to fetch', expected: 'network' },
    { query: '证书错误 SSL certificate problem', expected: 'network' },
    { query: 'context_length_exceeded 对话太长', expected: 'bad-request' },
    { query: '视频生成一直在排队', expected: 'media-tasks' },
  ],
  en: [
    {
      query:
        'Incorrect API key provided: sk-proj-abc123XYZ. You can find your API key at https://platform.openai.com/account/api-keys.',
      expected: 'auth',
    },
    { query: 'my key stopped working after top up', expected: 'no-reply-after-recharge' },
    { query: 'should I clear browser data', expected: 'no-reply-after-recharge' },
    { query: 'Request failed with status code 401', expected: 'auth' },
    { query: "openai.AuthenticationError: Error code: 401 - {'error': {'code': 'invalid_api_key'}}", expected: 'auth' },
    { query: 'token expired', expected: 'auth' },
    { query: 'insufficient_user_quota', expected: 'balance' },
    { query: 'You exceeded your current quota', expected: 'balance' },
    { query: 'No available channel for model gpt-4o under group default', expected: 'model-not-found' },
    { query: 'The model does not exist', expected: 'model-not-found' },
    { query: 'Request failed with status code 429', expected: 'rate-limits' },
    { query: 'Retry-After header', expected: 'rate-limits' },
    { query: 'Request timed out', expected: 'timeouts' },
    { query: 'overloaded_error 529', expected: 'service-unavailable' },
    { query: 'answer stops halfway', expected: 'streaming' },
    { query: 'Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON', expected: 'base-url' },
    { query: 'do I need /v1 in the base URL', expected: 'base-url' },
    { query: 'blocked by CORS policy', expected: 'network' },
    { query: 'getaddrinfo ENOTFOUND', expected: 'network' },
    { query: 'maximum context length', expected: 'bad-request' },
    { query: 'image generation stuck in queue', expected: 'media-tasks' },
  ],
}

/** The article each catalogue entry's page explains itself with, by entry id. */
const articleOfEntry = new Map(errorCatalogue.map((entry) => [entry.id, entry.article]))

/**
 * Pagefind returns `.html` addresses; compare bare article slugs. An error entry's own page
 * (`/errors/<id>`) counts as the article it links for its cause: a pasted message is meant to find
 * that page first, and the page holds the fix and the link to the section.
 */
function articleOf(path: string): string {
  const entry = /^(?:\/en)?\/errors\/([^/#]+?)(?:\.html)?(?:#.*)?$/.exec(path)?.[1]
  const target = (entry && articleOfEntry.get(entry)) ?? path
  const match = /^(?:\/en)?\/troubleshooting\/(.*?)(?:index)?(?:\.html)?(?:#.*)?$/.exec(target)
  return match ? (match[1] ?? '') : path
}

describeSearchQueries({
  name: 'troubleshooting search',
  pageOf: (locale) => (locale === 'en' ? '/en/troubleshooting/' : '/troubleshooting/'),
  queries,
  keyOf: articleOf,
  extraChecks: (locale, topThree) => {
    it('indexes the article body only, not the nav or the sidebar', async () => {
      const [auth] = await topThree(locale === 'zh' ? '该令牌状态不可用' : 'Invalid token')
      expect(auth && articleOf(auth.url)).toBe('auth')
      // Sidebar entries of other articles and nav labels would show up in every page's text.
      const chrome =
        locale === 'zh' ? ['图片与视频任务', '快速开始', '客服手册'] : ['Image and video tasks', 'Quickstart']
      for (const label of chrome) expect(auth?.content ?? '').not.toContain(label)
    })
  },
})
