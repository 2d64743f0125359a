import { describe, expect, it } from 'vitest'
import { forwardTarget, splitLocale } from '../../docs/.vitepress/support/anchor-moves.ts'
import { AnchorMoves } from '../../docs/.vitepress/support/anchor-moves.schema.ts'
import { redirectHtml, redirectScript } from '../../docs/.vitepress/support/page-redirects.ts'
import { robotsTxt } from '../../docs/.vitepress/support/robots.ts'
import { checkRegistry, collectAnchors, mergeRegistry } from '../../scripts/anchors.ts'
import { findBrokenLinks } from '../../scripts/check-links.ts'
import type { BuiltPage } from '../../scripts/site-html.ts'

function page(path: string, body: string): [string, BuiltPage] {
  return [
    path,
    {
      path,
      file: `${path.replace(/\/$/, '/index').slice(1)}.html`,
      html: `<div data-pagefind-body class="vp-doc">${body}</div>`,
    },
  ]
}

const site = new Map([
  page(
    '/faq/basics',
    '<h2 id="what-is">What</h2><h3 id="models">M</h3><a href="/troubleshooting/auth#invalid-key">x</a>',
  ),
  page(
    '/en/faq/basics',
    '<h2 id="what-is">What</h2><h3 id="models">M</h3><a href="/en/troubleshooting/auth#gone">x</a>',
  ),
  page('/troubleshooting/auth', '<h2 id="invalid-key">K</h2><p id="v-0-1">widget</p>'),
  page(
    '/en/troubleshooting/auth',
    '<h2 id="invalid-key">K</h2><a href="../faq/basics#models">rel</a><a href="/nowhere">n</a>',
  ),
  page('/errors', '<article id="err-401" data-error-id="err-401"><h3>401</h3></article>'),
  page('/en/errors', '<article id="err-401" data-error-id="err-401"><h3>401</h3></article>'),
])

describe('link check', () => {
  it('reports missing pages and anchors, resolves relative links, ignores external ones', () => {
    const broken = findBrokenLinks(site)
    expect(broken).toEqual([
      'en/faq/basics.html: /en/troubleshooting/auth#gone — no element with id "gone" on /en/troubleshooting/auth',
      'en/troubleshooting/auth.html: /nowhere — no such page',
    ])
  })
})

describe('anchor registry', () => {
  it('collects headings and catalogue entries, not widget internals', () => {
    expect(collectAnchors(site)).toEqual({
      '/errors': ['err-401'],
      '/faq/basics': ['models', 'what-is'],
      '/troubleshooting/auth': ['invalid-key'],
    })
  })

  it('never drops a published anchor when merging', () => {
    expect(mergeRegistry({ '/faq/basics': ['old'] }, { '/faq/basics': ['new'] })).toEqual({
      '/faq/basics': ['new', 'old'],
    })
  })

  it('fails when a published anchor disappears, in either language, unless it is moved somewhere real', () => {
    const registry = { '/faq/basics': ['what-is', 'pricing'], '/troubleshooting/auth': ['invalid-key'] }
    expect(checkRegistry(registry, site, {})).toEqual([
      '/faq/basics#pricing disappeared: restore it or map it in data/anchor-moves.json',
      '/en/faq/basics#pricing disappeared: restore it or map it in data/anchor-moves.json',
    ])
    expect(checkRegistry(registry, site, { '/faq/basics#pricing': '/faq/basics#models' })).toEqual([])
    expect(checkRegistry(registry, site, { '/faq/basics#pricing': '/faq/basics#nope' })).toHaveLength(2)
  })

  it('forwards moved anchors and pages, keeping the locale and the anchor', () => {
    const moves = { '/faq/old': '/faq/basics', '/faq/basics#pricing': '/faq/billing#prices' }
    expect(forwardTarget(moves, '/en/faq/basics', 'pricing')).toBe('/en/faq/billing#prices')
    expect(forwardTarget(moves, '/faq/old', 'models')).toBe('/faq/basics#models')
    expect(forwardTarget(moves, '/faq/basics', 'models')).toBeNull()
    expect(splitLocale('/en')).toEqual({ prefix: '/en', slug: '/' })
    expect(splitLocale('/english-page')).toEqual({ prefix: '', slug: '/english-page' })
  })

  it('accepts only slugs in the moves file', () => {
    expect(AnchorMoves.safeParse({ '/a#b': '/c' }).success).toBe(true)
    expect(AnchorMoves.safeParse({ 'a#B C': '/c' }).success).toBe(false)
  })

  it('forwards every anchor a page lost through a wildcard move, exact moves first', () => {
    const moves = { '/errors#*': '/errors/*', '/errors#old-name': '/errors/new-name', '/faq/old': '/faq/basics' }
    expect(forwardTarget(moves, '/errors', 'invalid-api-key')).toBe('/errors/invalid-api-key')
    expect(forwardTarget(moves, '/en/errors', 'invalid-api-key')).toBe('/en/errors/invalid-api-key')
    expect(forwardTarget(moves, '/errors', 'old-name')).toBe('/errors/new-name')
    // Only an id fills the wildcard: no hash can write a path of its own.
    expect(forwardTarget(moves, '/errors', '../../evil')).toBeNull()
    expect(forwardTarget(moves, '/errors', '*')).toBeNull()
    expect(forwardTarget(moves, '/errors', '')).toBeNull()
    expect(forwardTarget(moves, '/faq/basics', 'models')).toBeNull()
  })

  it('accepts a wildcard only as page#* to a path with one *', () => {
    expect(AnchorMoves.safeParse({ '/errors#*': '/errors/*' }).success).toBe(true)
    expect(AnchorMoves.safeParse({ '/errors#*': '/errors' }).success).toBe(false)
    expect(AnchorMoves.safeParse({ '/errors#*': '/errors/*#*' }).success).toBe(false)
    expect(AnchorMoves.safeParse({ '/errors/*': '/errors/*' }).success).toBe(false)
    expect(AnchorMoves.safeParse({ '/errors#a': '/errors/*' }).success).toBe(false)
  })

  it('counts an anchor moved by a wildcard as kept only when its page exists in both languages', () => {
    const pages = new Map([
      page('/errors', '<h2 id="lookup">L</h2>'),
      page('/en/errors', '<h2 id="lookup">L</h2>'),
      page('/errors/err-401', '<h2 id="fix">F</h2>'),
      page('/en/errors/err-401', '<h2 id="fix">F</h2>'),
    ])
    const moves = { '/errors#*': '/errors/*' }
    expect(checkRegistry({ '/errors': ['lookup', 'err-401'] }, pages, moves)).toEqual([])
    expect(checkRegistry({ '/errors': ['err-402'] }, pages, moves)).toEqual([
      '/errors#err-402 is moved to /errors/err-402, which does not exist',
      '/en/errors#err-402 is moved to /en/errors/err-402, which does not exist',
    ])
  })

  it('writes redirect pages that keep the anchor and cannot be broken out of', () => {
    const html = redirectHtml('/help/faq/basics"><script>', 'en-US')
    expect(html).toContain('url=/help/faq/basics&quot;&gt;&lt;script&gt;')
    // One script, the same bytes on every redirect page (one CSP hash), with the target left in attributes.
    expect(html.match(/<script\b/g)).toHaveLength(1)
    expect(html).toContain(`<script>${redirectScript}</script>`)
    expect(redirectHtml('/tools/wizard', 'zh-CN')).toContain(`<script>${redirectScript}</script>`)
  })
})

describe('robots.txt', () => {
  it('points at the sitemap under the base', () => {
    expect(robotsTxt('https://help.example.com', '/help/')).toContain(
      'Sitemap: https://help.example.com/help/sitemap.xml',
    )
  })
})
