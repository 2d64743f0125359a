/**
 * The pages of `shared/content-map.md`, with their sidebar titles in each language. Support
 * links to these slugs, so they never change; the parity test checks both languages have them.
 */
export interface SitePage {
  slug: string
  zh: string
  en: string
}

export interface SiteSection {
  zh: string
  en: string
  pages: SitePage[]
}

export const sections: SiteSection[] = [
  {
    zh: '入门',
    en: 'Getting started',
    pages: [
      { slug: '/guide/quickstart', zh: '快速开始', en: 'Quickstart' },
      { slug: '/guide/clients', zh: '客户端配置', en: 'Setting up clients' },
      { slug: '/guide/workflows', zh: '工作流与开发框架', en: 'Workflow tools and frameworks' },
      { slug: '/guide/endpoints', zh: '接口一览', en: 'Endpoint reference' },
    ],
  },
  {
    zh: '编程助手',
    en: 'Coding agents',
    pages: [
      { slug: '/agents/claude-code', zh: 'Claude Code', en: 'Claude Code' },
      { slug: '/agents/codex', zh: 'Codex CLI', en: 'Codex CLI' },
      { slug: '/agents/gemini-cli', zh: 'Gemini CLI', en: 'Gemini CLI' },
      { slug: '/agents/cursor', zh: 'Cursor', en: 'Cursor' },
      { slug: '/agents/cline', zh: 'Cline 与 Roo Code', en: 'Cline and Roo Code' },
    ],
  },
  {
    zh: '常见问题',
    en: 'FAQ',
    pages: [
      { slug: '/faq/basics', zh: '基础问题', en: 'Basics' },
      { slug: '/faq/billing', zh: '充值与计费', en: 'Billing and top-ups' },
      { slug: '/faq/security', zh: '安全与隐私', en: 'Security and privacy' },
    ],
  },
  {
    zh: '故障排查',
    en: 'Troubleshooting',
    pages: [
      { slug: '/troubleshooting/', zh: '排查思路总览', en: 'Overview' },
      { slug: '/troubleshooting/no-reply-after-recharge', zh: '充值后 AI 不回复', en: 'No reply after a top-up' },
      { slug: '/troubleshooting/auth', zh: '密钥无效（401/403）', en: 'Invalid key (401/403)' },
      { slug: '/troubleshooting/balance', zh: '余额不足', en: 'Insufficient balance' },
      { slug: '/troubleshooting/model-not-found', zh: '模型不存在 / 无可用渠道', en: 'Model not found / no channel' },
      { slug: '/troubleshooting/rate-limits', zh: '请求过于频繁（429）', en: 'Rate limits (429)' },
      { slug: '/troubleshooting/timeouts', zh: '请求超时', en: 'Timeouts' },
      { slug: '/troubleshooting/service-unavailable', zh: '服务不可用（5xx）', en: 'Service unavailable (5xx)' },
      { slug: '/troubleshooting/streaming', zh: '流式输出中断', en: 'Streaming cut off' },
      { slug: '/troubleshooting/base-url', zh: '接口地址错误', en: 'Wrong base URL' },
      { slug: '/troubleshooting/network', zh: '网络、代理与跨域', en: 'Network, proxies and CORS' },
      { slug: '/troubleshooting/bad-request', zh: '请求错误（400）', en: 'Bad request (400)' },
      { slug: '/troubleshooting/media-tasks', zh: '图片与视频任务', en: 'Image and video tasks' },
    ],
  },
  {
    zh: '工具',
    en: 'Tools',
    pages: [
      { slug: '/errors', zh: '错误速查', en: 'Error lookup' },
      { slug: '/tools/wizard', zh: '排障向导', en: 'Troubleshooting wizard' },
      { slug: '/tools/connection-test', zh: '连接测试', en: 'Connection test' },
    ],
  },
  {
    zh: '联系支持',
    en: 'Support',
    pages: [{ slug: '/support/contact', zh: '联系客服', en: 'Contact support' }],
  },
]

/**
 * Written for support staff. Still built and linkable (staff open them from a bookmark or a
 * colleague's link), but kept out of the sidebar, the search index and the sitemap and marked
 * noindex, so users asking how to write a ticket land on `/support/contact`, not on internal rules.
 */
export const staffPages: SitePage[] = [{ slug: '/support/playbook', zh: '客服手册', en: 'Support playbook' }]

export const allPages: SitePage[] = [
  { slug: '/', zh: '首页', en: 'Home' },
  ...sections.flatMap((s) => s.pages),
  ...staffPages,
]

/**
 * Whether a page is a staff page, given any of the forms the build hands over: VitePress's
 * `relativePath` (`en/support/playbook.md`), a sitemap url (`support/playbook`) or a site path.
 */
export function isStaffPage(path: string): boolean {
  const slug = `/${path}`
    .replace(/^\/+/, '/')
    .replace(/^\/en(?=\/)/, '')
    .replace(/\.(?:md|html)$/, '')
  return staffPages.some((page) => page.slug === slug)
}
