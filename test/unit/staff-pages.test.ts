import { describe, expect, it } from 'vitest'
import { allPages, isStaffPage, sections, staffPages } from '../../docs/.vitepress/config/pages.ts'
import { sidebarFor } from '../../docs/.vitepress/config/locale-theme.ts'
import { staffPageHead } from '../../docs/.vitepress/config/staff-head.ts'
import { markSearchableBody } from '../../docs/.vitepress/config/search-index.ts'

const article = '<div class="VPDoc"><div class="vp-doc _support_playbook"><h1>x</h1></div></div>'

describe('staff pages', () => {
  it('are pages (parity, links) but not in either sidebar', () => {
    expect(staffPages.map((p) => p.slug)).toEqual(['/support/playbook'])
    expect(allPages.map((p) => p.slug)).toContain('/support/playbook')
    expect(sections.flatMap((s) => s.pages).map((p) => p.slug)).not.toContain('/support/playbook')
    for (const locale of ['zh', 'en'] as const) {
      const links = sidebarFor(locale)
        .flatMap((section) => section.items ?? [])
        .map((item) => item.link)
      expect(links.some((link) => link?.endsWith('/support/playbook'))).toBe(false)
      expect(links.some((link) => link?.endsWith('/support/contact'))).toBe(true)
    }
  })

  it.each([
    ['support/playbook.md', true],
    ['en/support/playbook.md', true],
    ['support/playbook', true],
    ['en/support/playbook', true],
    ['/en/support/playbook.html', true],
    ['support/contact.md', false],
    ['en/support/playbook-old.md', false],
    ['faq/support/playbook.md', false],
  ])('knows %s is a staff page: %s', (path, staff) => {
    expect(isStaffPage(path)).toBe(staff)
  })

  it('asks search engines to skip them, and only them', () => {
    expect(staffPageHead('en/support/playbook.md')).toEqual([
      ['meta', { name: 'robots', content: 'noindex, nofollow' }],
    ])
    expect(staffPageHead('support/contact.md')).toEqual([])
  })

  it('gives pagefind no body to index on a staff page', () => {
    expect(markSearchableBody(article, undefined, true)).toBe(article)
    expect(markSearchableBody(article, undefined, false)).toContain('data-pagefind-body')
  })
})
