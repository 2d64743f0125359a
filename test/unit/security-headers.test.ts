import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  caddySnippet,
  connectOrigins,
  contentSecurityPolicy,
  headerRules,
  headersFile,
  headersForPath,
  inlineScriptHashes,
  nginxSnippet,
  parseHeadersFile,
  withConnectSources,
} from '../../docs/.vitepress/support/security-headers.ts'
import { redirectHtml, redirectScript } from '../../docs/.vitepress/support/page-redirects.ts'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const darkMode = '(()=>{document.documentElement.classList.add("dark")})()'
const page = `<!doctype html><html><head>
<script type="module" src="/assets/app.js"></script>
<script id="check-dark-mode">${darkMode}</script>
<script type="application/ld+json">{"@type":"FAQPage"}</script>
</head><body><script>window.x = "中文"</script></body></html>`
const config = { apiBaseUrl: 'https://api.example.com/v1' }

describe('inline script hashes', () => {
  it('hashes each inline script once, skipping src scripts and data blocks', () => {
    expect(inlineScriptHashes([page, page])).toEqual([sha(darkMode), sha('window.x = "中文"')].sort())
  })

  it('covers the redirect pages with one hash for all of them', () => {
    const pages = [redirectHtml('/tools/wizard', 'zh-CN'), redirectHtml('/en/tools/connection-test', 'en-US')]
    expect(inlineScriptHashes(pages)).toEqual([sha(redirectScript)])
  })
})

describe('Content-Security-Policy', () => {
  const policy = contentSecurityPolicy({ scriptHashes: [sha(darkMode)], connect: connectOrigins(config) })
  const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `))

  it('allows scripts from the site and by hash only, plus the WebAssembly pagefind needs', () => {
    expect(directive('script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha(darkMode)}`)
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/)
    expect(directive('worker-src')).toBe("worker-src 'self'")
  })

  it('connects to the site and the configured gateway only', () => {
    expect(connectOrigins(config)).toEqual(['https://api.example.com'])
    const withStatus = { ...config, statusSource: { kind: 'statuspage', url: 'https://status.example.org' } as const }
    expect(connectOrigins(withStatus)).toEqual(['https://api.example.com', 'https://status.example.org'])
    expect(connectOrigins({ ...config, statusSource: { kind: 'none' } })).toEqual(['https://api.example.com'])
    expect(directive('connect-src')).toBe("connect-src 'self' https://api.example.com")
    expect(connectOrigins({ apiBaseUrl: 'http://127.0.0.1:8787/v1' })).toEqual(['http://127.0.0.1:8787'])
  })

  it('cannot be framed, re-based or used for plugins', () => {
    for (const part of ["default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'"])
      expect(policy.split('; ')).toContain(part)
  })

  it('adds connect sources for a test server without touching the rest', () => {
    const wider = withConnectSources(policy, ['http://127.0.0.1:*'])
    expect(wider).toContain("connect-src 'self' https://api.example.com http://127.0.0.1:*")
    expect(wider.replace(' http://127.0.0.1:*', '')).toBe(policy)
  })
})

describe('_headers file', () => {
  const rules = headerRules({ pages: [page], config, base: '/' })
  const text = headersFile(rules)

  it('round-trips through the parser the static server uses', () => {
    expect(parseHeadersFile(text)).toEqual(rules)
  })

  it('sends the policy, nosniff and no-referrer everywhere, a long cache to hashed files only', () => {
    const html = headersForPath(rules, '/faq/basics')
    expect(html['content-security-policy']).toContain(sha(darkMode))
    expect(html['x-content-type-options']).toBe('nosniff')
    expect(html['referrer-policy']).toBe('no-referrer')
    expect(html['cache-control']).toBeUndefined()
    expect(headersForPath(rules, '/assets/app.B3x9.js')['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(headersForPath(rules, '/pagefind/index/en-us_1.pf_index')['cache-control']).toMatch(/immutable/)
    expect(headersForPath(rules, '/pagefind/pagefind.js')['cache-control']).toBeUndefined()
  })

  it('puts the base in front of every path', () => {
    const paths = headerRules({ pages: [page], config, base: '/help/' }).map((rule) => rule.path)
    expect(paths).toEqual([
      '/help/*',
      '/help/assets/*',
      '/help/pagefind/index/*',
      '/help/pagefind/fragment/*',
      '/help/pagefind/filter/*',
    ])
  })
})

describe('nginx and Caddy snippets', () => {
  const rules = headerRules({ pages: [page], config, base: '/' })
  const policy = headersForPath(rules, '/')['content-security-policy'] ?? ''

  it('nginx sets the site headers once and picks the cache policy by path', () => {
    const nginx = nginxSnippet(rules)
    expect(nginx.match(/add_header Content-Security-Policy/g)).toHaveLength(1)
    expect(nginx).toContain(`add_header Content-Security-Policy "${policy}" always;`)
    expect(nginx).toContain('add_header Referrer-Policy "no-referrer" always;')
    expect(nginx).toMatch(/map \$uri \$help_cache_control \{\n {4}default "no-cache";/)
    expect(nginx).toContain('    ~^/assets/ "public, max-age=31536000, immutable";')
    expect(nginx).toContain('    ~^/pagefind/index/ "public, max-age=31536000, immutable";')
  })

  it('Caddy sets the long cache on hashed folders and revalidate elsewhere', () => {
    const caddy = caddySnippet(rules)
    expect(caddy).toContain(`Content-Security-Policy "${policy}"`)
    expect(caddy).toContain('?Cache-Control "no-cache"')
    expect(caddy).toContain('header /assets/* Cache-Control "public, max-age=31536000, immutable"')
  })
})
