import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { allPages } from '../../docs/.vitepress/config/pages.ts'
import { promisedAnchors } from '../../data/article-anchors.ts'
import { causeArticle } from '../../data/causes.ts'

const docs = fileURLToPath(new URL('../../docs/', import.meta.url))

function sourceFile(slug: string, locale: 'zh' | 'en'): string {
  const file = slug.endsWith('/') ? `${slug}index.md` : `${slug}.md`
  return `${docs}${locale === 'en' ? 'en' : ''}${file}`.replace(/\/\//g, '/')
}

/** `##`/`###` headings outside fenced code, with the explicit id each must carry. */
function headings(markdown: string): { text: string; id: string | null }[] {
  const found: { text: string; id: string | null }[] = []
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    if (inFence) continue
    const match = /^#{2,3}\s+(.*?)\s*$/.exec(line)
    if (!match) continue
    const id = /\{#([a-z0-9][a-z0-9-]*)\}$/.exec(match[1] ?? '')
    found.push({ text: match[1] ?? '', id: id?.[1] ?? null })
  }
  return found
}

describe('content map pages', () => {
  for (const page of allPages) {
    describe(page.slug, () => {
      const zhFile = sourceFile(page.slug, 'zh')
      const enFile = sourceFile(page.slug, 'en')

      it('exists in both languages', () => {
        expect(existsSync(zhFile), zhFile).toBe(true)
        expect(existsSync(enFile), enFile).toBe(true)
      })

      it('gives every ##/### heading an explicit ASCII id, the same ids in the same order in both', () => {
        if (!existsSync(zhFile) || !existsSync(enFile)) return
        const zh = headings(readFileSync(zhFile, 'utf8'))
        const en = headings(readFileSync(enFile, 'utf8'))
        expect(zh.filter((h) => !h.id).map((h) => h.text)).toEqual([])
        expect(en.filter((h) => !h.id).map((h) => h.text)).toEqual([])
        expect(en.map((h) => h.id)).toEqual(zh.map((h) => h.id))
        expect(new Set(zh.map((h) => h.id)).size).toBe(zh.length)
      })

      it('has a title and a description for search engines and link previews', () => {
        for (const file of [zhFile, enFile].filter((f) => existsSync(f))) {
          const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? ''
          expect(frontmatter, file).toMatch(/^title:\s*\S/m)
          expect(frontmatter, file).toMatch(/^description:\s*\S/m)
        }
      })
    })
  }
})

describe('white label', () => {
  it('types no gateway address or contact into any page', () => {
    const offenders = allPages.flatMap((page) =>
      (['zh', 'en'] as const)
        .map((locale) => sourceFile(page.slug, locale))
        .filter((file) => existsSync(file) && /example\.com|support@/.test(readFileSync(file, 'utf8'))),
    )
    expect(offenders).toEqual([])
  })
})

describe('promised anchors', () => {
  it('exist in both languages (the wizard, the catalogue and reply templates link to them)', () => {
    const missing = [...new Set<string>([...promisedAnchors, ...Object.values(causeArticle)])].flatMap((target) => {
      const [slug = '', id = ''] = target.split('#')
      return (['zh', 'en'] as const).flatMap((locale) => {
        const file = sourceFile(slug, locale)
        const ids = existsSync(file) ? headings(readFileSync(file, 'utf8')).map((h) => h.id) : []
        return ids.includes(id) ? [] : [`${locale}: ${target}`]
      })
    })
    expect(missing).toEqual([])
  })
})
