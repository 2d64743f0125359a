import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { causeArticle } from '@data/causes.ts'
import { Cause } from '@data/causes.schema.ts'
import { gateway } from '@data/gateway.ts'
import type { Locale } from '@data/locale.ts'
import { pageTokenValues } from '../../docs/.vitepress/support/page-tokens.ts'

const docs = fileURLToPath(new URL('../../docs/', import.meta.url))

/** Anchors other parts of the site (widgets, support replies, the catalogue) link to; see the team brief. */
const promisedAnchors: Record<string, string[]> = {
  '': ['layers', 'symptom-table', 'glossary'],
  'no-reply-after-recharge': [
    'wait-for-sync',
    'run-connection-test',
    'regenerate-key',
    'verify',
    'dont-clear-browser-data',
    'contact-support',
  ],
  auth: [
    'invalid-key',
    'key-format',
    'expired-key',
    'disabled-key',
    'key-quota-exhausted',
    'group-permission',
    'header-format',
  ],
  balance: ['insufficient-balance', 'balance-error-forms', 'check-balance'],
  'model-not-found': ['wrong-model-name', 'no-available-channel', 'model-not-allowed'],
  'rate-limits': ['too-many-requests', 'retry-after', 'backoff'],
  timeouts: ['request-timeout', 'long-inputs', 'client-timeout-settings'],
  'service-unavailable': ['upstream-unavailable', 'gateway-error', 'overloaded', 'retry-with-backoff', 'status-page'],
  streaming: ['stream-interrupted', 'buffering-proxy', 'error-inside-stream'],
  'base-url': ['wrong-base-url', 'missing-v1', 'doubled-v1', 'console-url', 'html-instead-of-json'],
  network: ['network-failure', 'cors', 'region-blocked', 'vpn-and-proxy', 'dns', 'tls-certificate'],
  'bad-request': ['context-length', 'content-policy', 'invalid-parameters'],
  'media-tasks': ['task-failed', 'task-queued', 'dont-resubmit'],
}
const slugs = Object.keys(promisedAnchors)
/** Every failure-class page has the same shape around its own sections. */
const failurePageSections = ['symptoms', 'verify', 'contact-support', 'related-errors']

function file(slug: string, locale: Locale): string {
  return `${docs}${locale === 'en' ? 'en/' : ''}troubleshooting/${slug === '' ? 'index' : slug}.md`
}
function read(slug: string, locale: Locale): string {
  return readFileSync(file(slug, locale), 'utf8')
}

/** Markdown with fenced code blocks removed, so prose rules don't trip over commands. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '')
}
function headingIds(markdown: string): string[] {
  return [...prose(markdown).matchAll(/^#{2,3} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1] ?? '')
}
function frontmatter(markdown: string): string {
  return /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? ''
}
function errorListCauses(markdown: string): string[] {
  return [...markdown.matchAll(/^::: error-list (.+)$/gm)].flatMap((m) => (m[1] ?? '').trim().split(/\s+/))
}
function internalLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1] ?? '')
}

/** Plain paragraphs: not headings, lists, tables, containers, frontmatter or HTML. */
function paragraphs(markdown: string): string[] {
  const body = prose(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''))
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^(#|[-*] |\d+\. |\||:::|<)/.test(block))
}
function sentenceCount(paragraph: string, locale: Locale): number {
  const text = paragraph.replace(/`[^`]*`/g, 'x').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
  const ends = locale === 'zh' ? text.match(/[。！？]/g) : text.match(/[.!?](?=\s|$)/g)
  return ends?.length ?? 0
}

describe.each(slugs)('troubleshooting/%s', (slug) => {
  const pages = { zh: read(slug, 'zh'), en: read(slug, 'en') }

  it('exists in both languages with the same heading ids in the same order', () => {
    expect(existsSync(file(slug, 'zh')) && existsSync(file(slug, 'en'))).toBe(true)
    expect(headingIds(pages.en)).toEqual(headingIds(pages.zh))
  })

  it('creates every anchor other pages rely on', () => {
    const ids = headingIds(pages.zh)
    const expected = [...(promisedAnchors[slug] ?? []), ...(slug === '' ? [] : failurePageSections)]
    // causeArticle targets are part of the promise too.
    for (const target of Object.values(causeArticle)) {
      const [path, anchor] = target.split('#')
      if (path === `/troubleshooting/${slug}` && anchor) expected.push(anchor)
    }
    expect(expected.filter((id) => !ids.includes(id))).toEqual([])
  })

  it.each(['zh', 'en'] as const)('%s: has title, description and outline [2, 3]', (locale) => {
    const meta = frontmatter(pages[locale])
    expect(meta).toMatch(/^title:\s*\S/m)
    expect(meta).toMatch(/^description:\s*\S.{40,}/m)
    expect(meta).toMatch(/^outline:\s*\[2,\s*3\]/m)
  })

  it.each(['zh', 'en'] as const)('%s: uses only known gateway tokens and never types the gateway in', (locale) => {
    const known = pageTokenValues(gateway, locale)
    const tokens = [...pages[locale].matchAll(/\{\{\s*gw\.([A-Za-z0-9_.]+)\s*\}\}/g)].map((m) => m[1] ?? '')
    expect(tokens.filter((token) => !(token in known))).toEqual([])
    for (const value of [gateway.apiBaseUrl, gateway.console.home, gateway.support.email, gateway.statusPage]) {
      expect(pages[locale]).not.toContain(value)
    }
  })

  it.each(['zh', 'en'] as const)('%s: shows only the sk-... placeholder, never a realistic key', (locale) => {
    expect(pages[locale].match(/(?<![\w-])sk-[A-Za-z0-9]{6,}/g) ?? []).toEqual([])
  })

  it.each(['zh', 'en'] as const)('%s: links stay in its own language', (locale) => {
    const links = internalLinks(pages[locale])
    expect(links.length).toBeGreaterThan(0)
    const foreign = links.filter((link) => (locale === 'en' ? !link.startsWith('/en/') : link.startsWith('/en/')))
    expect(foreign).toEqual([])
  })

  it.each(['zh', 'en'] as const)('%s: links to the wizard and the connection test', (locale) => {
    const prefix = locale === 'en' ? '/en' : ''
    const links = internalLinks(pages[locale]).map((link) => link.split('?')[0])
    expect(links).toContain(`${prefix}/tools/connection-test`)
    expect(links).toContain(`${prefix}/tools/wizard`)
  })

  it.each(['zh', 'en'] as const)('%s: keeps paragraphs to three sentences at most', (locale) => {
    const long = paragraphs(pages[locale]).filter((p) => sentenceCount(p, locale) > 3)
    expect(long).toEqual([])
  })

  it.each(['zh', 'en'] as const)('%s: uses ```sh for shell commands', (locale) => {
    const curlFences = [...pages[locale].matchAll(/^```(\S*)[^\n]*\n(?:(?!```)[\s\S])*?^(curl|export|nslookup) /gm)]
    expect(curlFences.map((m) => m[1]).filter((lang) => lang !== 'sh')).toEqual([])
  })

  it('lists the same error causes in both languages, each a known cause', () => {
    const zh = errorListCauses(pages.zh)
    expect(errorListCauses(pages.en)).toEqual(zh)
    expect(zh.filter((cause) => !Cause.safeParse(cause).success)).toEqual([])
  })
})

describe('troubleshooting links and error lists', () => {
  const idsByPath = new Map(
    slugs.flatMap((slug) => {
      const path = `/troubleshooting/${slug}`
      return [
        [path, headingIds(read(slug, 'zh'))],
        [`/en${path}`, headingIds(read(slug, 'en'))],
      ] as const
    }),
  )

  it('every link into a troubleshooting page names an anchor that exists', () => {
    const broken = slugs.flatMap((slug) =>
      (['zh', 'en'] as const).flatMap((locale) =>
        internalLinks(read(slug, locale))
          .filter((link) => /^(\/en)?\/troubleshooting\//.test(link) && link.includes('#'))
          .filter((link) => {
            const [path = '', anchor = ''] = link.split('#')
            return !idsByPath.get(path)?.includes(anchor)
          })
          .map((link) => `${locale}/${slug}: ${link}`),
      ),
    )
    expect(broken).toEqual([])
  })

  it('every cause is listed on the article that fixes it', () => {
    const missing = Cause.options.filter((cause) => {
      const slug = causeArticle[cause].split('#')[0]?.replace('/troubleshooting/', '') ?? ''
      return !errorListCauses(read(slug, 'zh')).includes(cause)
    })
    expect(missing).toEqual([])
  })

  it('the overview ends with a glossary table that covers the shared terms', () => {
    for (const [locale, terms] of [
      ['zh', ['密钥', '接口地址', '余额', '充值', '模型', '渠道', '分组', '限流', '控制台', '连接测试']],
      ['en', ['key', 'base URL', 'balance', 'top up', 'model', 'channel', 'group', 'rate limit', 'console']],
    ] as const) {
      const page = read('', locale)
      const glossary = page.slice(page.indexOf('{#glossary}'))
      expect(headingIds(page).at(-1)).toBe('glossary')
      for (const term of terms) expect(glossary).toMatch(new RegExp(`^\\| ${term} \\|`, 'm'))
    }
  })
})
