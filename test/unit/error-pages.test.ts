import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '../../data/errors.ts'
import type { ErrorEntry } from '../../data/errors.schema.ts'
import {
  entriesWithPages,
  entryPagePath,
  hasRealExamples,
  messagePhrase,
  relatedEntries,
} from '../../components/error-pages/entry-pages.ts'
import {
  codeBlock,
  errorPageDescription,
  errorPageMarkdown,
  errorPageTitle,
  escapeMarkdown,
} from '../../components/error-pages/page-markdown.ts'
import { sectionIds } from '../../components/error-pages/page-messages.ts'
import { errorPageRoutes } from '../../components/error-pages/routes.ts'
import { errorPageJsonLd } from '../../components/error-pages/structured-data.ts'

const entry = (id: string): ErrorEntry => {
  const found = errorCatalogue.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no entry ${id}`)
  return found
}

/** `{#id}` of every ##/### heading outside fenced code, in order. */
function headingIds(markdown: string): string[] {
  const ids: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const opening = /^(`{3,})/.exec(line)?.[1]
    if (opening && (fence === null || opening.length >= fence.length)) {
      fence = fence === null ? opening : null
      continue
    }
    if (fence) continue
    const id = /^#{2,3} .*\{#([a-z0-9-]+)\}$/.exec(line)?.[1]
    if (id) ids.push(id)
  }
  return ids
}

const page = (id: string, locale: 'zh' | 'en') => {
  const withPages = entriesWithPages(errorCatalogue)
  return errorPageMarkdown({
    entry: entry(id),
    locale,
    related: relatedEntries(entry(id), withPages),
    articleTitle: { zh: '密钥无效', en: 'Invalid key' },
  })
}

describe('components/error-pages/entry-pages', () => {
  it('gives a page only to entries with a real, sourced example', () => {
    const base = entry('invalid-api-key')
    const blank = { ...base, id: 'blank', examples: [{ text: '  ', source: 'somewhere' }] }
    const unsourced = { ...base, id: 'unsourced', examples: [{ text: 'Invalid token', source: ' ' }] }
    const none = { ...base, id: 'none', examples: [] }
    expect([blank, unsourced, none].map(hasRealExamples)).toEqual([false, false, false])
    expect(entriesWithPages([blank, base, unsourced, none]).map((e) => e.id)).toEqual(['invalid-api-key'])
    // Every entry of today's catalogue has real examples, so every one has its page.
    expect(entriesWithPages(errorCatalogue)).toHaveLength(errorCatalogue.length)
  })

  it('relates the same cause first, then the same layer, never itself, at most six', () => {
    const self = entry('expired-key')
    const related = relatedEntries(self, errorCatalogue)
    expect(related.map((e) => e.id)).not.toContain(self.id)
    expect(related.length).toBeLessThanOrEqual(6)
    const firstOtherCause = related.findIndex((e) => e.cause !== self.cause)
    const sameCause = errorCatalogue.filter((e) => e.cause === self.cause && e.id !== self.id)
    expect(related.slice(0, sameCause.length).map((e) => e.id)).toEqual(sameCause.map((e) => e.id).slice(0, 6))
    if (firstOtherCause >= 0) for (const other of related.slice(firstOtherCause)) expect(other.layer).toBe(self.layer)
  })

  it('relates first the entries whose failure shows the same message, whatever their cause', () => {
    const related = relatedEntries(entry('invalid-api-key'), errorCatalogue).map((e) => e.id)
    expect(related.slice(0, 2)).toEqual(['key-malformed', 'key-sent-to-vendor'])
    expect(new Set(related).size).toBe(related.length)
    expect(relatedEntries(entry('failed-to-fetch'), errorCatalogue)[0]?.id).toBe('cors-blocked')
  })

  it('takes the message words out of JSON, Python dicts and plain traces, without request ids', () => {
    expect(messagePhrase('{"error":{"message":"无效的令牌 (request id: 2024061512000123456789)","type":"x"}}')).toBe(
      '无效的令牌',
    )
    expect(
      messagePhrase("Error code: 429 - {'error': {'message': 'You exceeded your current quota.', 'code': 'q'}}"),
    ).toBe('You exceeded your current quota.')
    expect(messagePhrase('\nTypeError: Failed to fetch\n    at main.js:1')).toBe('TypeError: Failed to fetch')
    const long = messagePhrase(`x ${'word '.repeat(40)}`)
    expect(long.length).toBeLessThanOrEqual(90)
    expect(long.endsWith('…')).toBe(true)
  })

  it('puts English pages under /en', () => {
    expect(entryPagePath('zh', 'doubled-v1')).toBe('/errors/doubled-v1')
    expect(entryPagePath('en', 'doubled-v1')).toBe('/en/errors/doubled-v1')
  })

  it('puts an entry page under the site base or a whole site root', () => {
    expect(entryPagePath('en', 'doubled-v1', '/help/')).toBe('/help/en/errors/doubled-v1')
    expect(entryPagePath('zh', 'doubled-v1', 'https://help.example.com')).toBe(
      'https://help.example.com/errors/doubled-v1',
    )
  })
})

describe('components/error-pages/page-markdown', () => {
  it('gives both languages the same explicit heading ids, in the same order', () => {
    for (const id of ['invalid-api-key', 'failed-to-fetch', 'media-task-queued']) {
      const zh = headingIds(page(id, 'zh'))
      expect(zh).toEqual(headingIds(page(id, 'en')))
      expect(zh).toEqual([...sectionIds])
    }
  })

  it('shows every example as text in a code block, the steps in order, and its links', () => {
    const self = entry('invalid-api-key')
    for (const locale of ['zh', 'en'] as const) {
      const markdown = page(self.id, locale)
      for (const example of self.examples) expect(markdown).toContain(`\`\`\`text\n${example.text}\n\`\`\``)
      const steps = self.steps.map((step, index) => `${index + 1}. ${escapeMarkdown(step[locale])}`)
      const positions = steps.map((step) => markdown.indexOf(step))
      expect(positions.every((position) => position > 0)).toBe(true)
      expect(positions).toEqual([...positions].sort((a, b) => a - b))
      const prefix = locale === 'en' ? '/en' : ''
      expect(markdown).toContain(`(${prefix}${self.article})`)
      for (const other of relatedEntries(self, errorCatalogue))
        expect(markdown).toContain(`(${prefix}/errors/${other.id})`)
      const lookup = /\]\((\/(?:en\/)?errors\?q=[^)]+)\)/.exec(markdown)?.[1] ?? ''
      expect(lookup.startsWith(`${prefix}/errors?q=`)).toBe(true)
      expect(new URL(lookup, 'http://site').searchParams.get('q')).toBe(self.examples[0]!.text)
    }
  })

  it('carries the message words in the title and the description', () => {
    const self = entry('insufficient-user-quota')
    const title = errorPageTitle(self, 'zh')
    expect(title.startsWith(self.title.zh)).toBe(true)
    expect(title).toContain(messagePhrase(self.examples[0]!.text))
    expect(errorPageDescription(self, 'en')).toContain(self.meaning.en)
    expect(errorPageDescription(self, 'en')).toContain(`“${messagePhrase(self.examples[0]!.text)}”`)
    expect(page(self.id, 'en')).toContain(`title: ${JSON.stringify(errorPageTitle(self, 'en'))}`)
  })

  it('never lets a message close its code block or a text become markup', () => {
    expect(codeBlock('a ``` b')).toBe('````text\na ``` b\n````')
    expect(escapeMarkdown('<b>*x*</b> {#id}')).toBe('\\<b\\>\\*x\\*\\</b\\> \\{\\#id\\}')
    expect(() => escapeMarkdown('Hello {{ name }}')).toThrow(/\{\{/)
  })
})

describe('components/error-pages/routes', () => {
  it('builds one page per entry with real examples, in each language', () => {
    const broken = { ...entry('doubled-v1'), id: 'no-examples', examples: [] }
    const catalogue = [...errorCatalogue, broken]
    for (const locale of ['zh', 'en'] as const) {
      const routes = errorPageRoutes(locale, catalogue, {})
      expect(routes.map((route) => route.params.id)).toEqual(errorCatalogue.map((e) => e.id))
      expect(routes.some((route) => route.content.includes('/errors/no-examples'))).toBe(false)
    }
  })
})

describe('components/error-pages/structured-data', () => {
  it('describes the page as a TechArticle at its absolute address', () => {
    const jsonLd = errorPageJsonLd(entry('rate-limit-exceeded'), 'en', 'https://help.example.com/help/')
    expect(jsonLd['@type']).toBe('TechArticle')
    expect(jsonLd.url).toBe('https://help.example.com/help/en/errors/rate-limit-exceeded')
    expect(jsonLd.inLanguage).toBe('en-US')
    expect(jsonLd.headline).toBe(errorPageTitle(entry('rate-limit-exceeded'), 'en'))
    expect(jsonLd.keywords).toContain('429')
  })
})
