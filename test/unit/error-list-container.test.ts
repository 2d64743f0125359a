import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { MarkdownRenderer } from 'vitepress'
import { errorListContainer } from '../../docs/.vitepress/config/error-list-container.ts'
import { errorCatalogue } from '@data/errors.ts'

function render(source: string, relativePath: string): string {
  const md = new MarkdownIt({ html: true })
  errorListContainer(md as unknown as MarkdownRenderer)
  return md.render(source, { relativePath })
}

describe('docs/.vitepress/config/error-list-container', () => {
  it('lists every entry of the named causes with zh titles and root-relative links', () => {
    const html = render(
      '## 相关错误\n\n::: error-list insufficient_balance\n:::\n\nAfter.',
      'troubleshooting/balance.md',
    )
    const entries = errorCatalogue.filter((entry) => entry.cause === 'insufficient_balance')
    for (const entry of entries) {
      expect(html).toContain(`href="/errors/${entry.id}"`)
      expect(html).toContain(entry.title.zh)
    }
    expect(html.match(/<li>/g)).toHaveLength(entries.length)
    expect(html).toContain('<p>After.</p>')
  })

  it('uses the /en prefix and English titles in English pages', () => {
    const html = render('::: error-list rate_limit timeout\n:::\n', 'en/troubleshooting/rate-limits.md')
    expect(html).toContain('href="/en/errors/rate-limit-exceeded"')
    expect(html).toContain('Too many requests (429)')
    expect(html).toContain('href="/en/errors/gateway-timeout"')
    expect(html).toContain('504 · 524 · 408')
  })

  it('stops the build on an unknown cause, naming the file', () => {
    expect(() => render('::: error-list no_such_cause\n:::\n', 'troubleshooting/auth.md')).toThrow(
      /troubleshooting\/auth\.md: unknown cause "no_such_cause"/,
    )
  })

  it('stops the build on a cause without entries, a missing cause or a missing close', () => {
    const md = new MarkdownIt()
    errorListContainer(
      md as unknown as MarkdownRenderer,
      errorCatalogue.filter((e) => e.cause !== 'cors'),
    )
    expect(() => md.render('::: error-list cors\n:::\n', { relativePath: 'x.md' })).toThrow(
      /no catalogue entry has cause "cors"/,
    )
    expect(() => render('::: error-list\n:::\n', 'x.md')).toThrow(/needs at least one cause/)
    expect(() => render('::: error-list cors\n\ntext', 'x.md')).toThrow(/no closing/)
  })

  it('leaves other containers alone', () => {
    expect(render('::: tip\nhello\n:::\n', 'x.md')).not.toContain('error-list')
  })
})
