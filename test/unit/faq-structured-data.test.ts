import { describe, expect, it } from 'vitest'
import type { TransformContext } from 'vitepress'
import {
  extractFaqEntries,
  faqPageJsonLd,
  htmlToText,
  jsonForScript,
} from '../../docs/.vitepress/support/faq-extract.ts'
import { faqStructuredData } from '../../docs/.vitepress/config/faq-structured-data.ts'

// Shaped like VitePress 1.6 output: permalink anchor with a zero-width space, our copy-link
// button, a code block with its language label and copy button, then the doc footer.
const page = `
<div class="VPDoc"><main class="main"><div class="vp-doc _faq_billing"><div>
<h1 id="billing" tabindex="-1">充值与计费 <a class="header-anchor" href="#billing" aria-label="Permalink">&#8203;</a></h1>
<p>Intro that belongs to no question.</p>
<h2 id="balance-arrival-time" tabindex="-1">充值后多久到账？ <a class="header-anchor" href="#balance-arrival-time" aria-label="Permalink to &quot;充值后多久到账？&quot;">\u200b</a><button type="button" class="copy-link ignore-header" data-copy-link="balance-arrival-time" aria-label="复制本节链接"></button></h2>
<p>通常 <strong>2</strong> 分钟，高峰期最多 5 分钟。</p>
<ul><li>先等</li><li>再测</li></ul>
<h3 id="why-sync" tabindex="-1">Why &amp; how? <a class="header-anchor" href="#why-sync">\u200b</a></h3>
<div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre><code>curl https://api.example.com/v1/models &lt;x&gt;</code></pre></div>
<h2 id="group-title" tabindex="-1">A group with nothing under it</h2>
<h2 id="last" tabindex="-1">Last question?</h2>
<div class="danger custom-block"><p class="custom-block-title">危险</p><p>Last answer.</p></div>
</div></div></main><footer class="VPDocFooter"><a class="pager-link">Previous page</a></footer></div>`

describe('extractFaqEntries', () => {
  const entries = extractFaqEntries(page)

  it('takes each h2/h3 with an id as a question, without permalink or button chrome', () => {
    expect(entries.map((e) => e.question)).toEqual(['充值后多久到账？', 'Why & how?', 'Last question?'])
  })

  it('answers with the text up to the next heading, words from separate blocks kept apart', () => {
    expect(entries[0]?.answer).toBe('通常 2 分钟，高峰期最多 5 分钟。 先等 再测')
  })

  it('keeps code text but drops the code block language label and copy button', () => {
    expect(entries[1]?.answer).toBe('curl https://api.example.com/v1/models <x>')
  })

  it('stops the last answer at the end of the article, before the doc footer, without container titles', () => {
    expect(entries[2]?.answer).toBe('Last answer.')
  })

  it('leaves out a heading with no answer and anything before the first question', () => {
    expect(entries.some((e) => e.question.startsWith('A group'))).toBe(false)
    expect(entries.some((e) => e.answer.includes('Intro'))).toBe(false)
  })

  it('finds nothing in a page without question headings', () => {
    expect(extractFaqEntries('<main><h1 id="x">Title</h1><p>text</p></main>')).toEqual([])
  })
})

describe('htmlToText', () => {
  it('decodes numeric and named entities and strips zero-width characters', () => {
    expect(htmlToText('<p>a&#x4E2D;&#25991;&nbsp;&quot;b&quot;\u200b</p>')).toBe('a中文 "b"')
  })
})

describe('faqPageJsonLd and jsonForScript', () => {
  it('builds a schema.org FAQPage in the page language', () => {
    const data = faqPageJsonLd([{ question: 'Q?', answer: 'A.' }], 'en-US')
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'en-US',
      mainEntity: [{ '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } }],
    })
  })

  it('cannot close the script element it sits in, and stays valid JSON', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('</script')
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' })
  })
})

describe('faqStructuredData (transformHead)', () => {
  const ctx = (pagePath: string, content = page) => ({ page: pagePath, content }) as TransformContext

  it('adds one ld+json script to Chinese and English FAQ pages', () => {
    for (const [path, lang] of [
      ['faq/billing.md', 'zh-CN'],
      ['en/faq/billing.md', 'en-US'],
    ] as const) {
      const head = faqStructuredData(ctx(path))
      expect(head).toHaveLength(1)
      const [tag, attrs, json] = head?.[0] ?? []
      expect(tag).toBe('script')
      expect(attrs).toEqual({ type: 'application/ld+json' })
      const data = JSON.parse(String(json)) as { inLanguage: string; mainEntity: unknown[] }
      expect(data.inLanguage).toBe(lang)
      expect(data.mainEntity).toHaveLength(3)
    }
  })

  it('leaves other pages alone, and FAQ pages without questions', () => {
    expect(faqStructuredData(ctx('guide/quickstart.md'))).toBeUndefined()
    expect(faqStructuredData(ctx('en/troubleshooting/faq.md'))).toBeUndefined()
    expect(faqStructuredData(ctx('faq/basics.md', '<main><p>none</p></main>'))).toBeUndefined()
  })
})
