import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  articleSlug,
  generateArticle,
  seededRandom,
  topicOf,
} from '../../bench/studies/search-scaling/corpus/generate.ts'
import {
  knownAnswerQueries,
  queriesPerLocale,
  rightAnswers,
} from '../../bench/studies/search-scaling/corpus/queries.ts'
import { segmenterTokenize } from '../../bench/studies/search-scaling/sites/segmenter-tokenize.ts'
import {
  configSource,
  localSearchIndexingMs,
  writeCorpus,
} from '../../bench/studies/search-scaling/sites/synthetic-site.ts'
import { mergeAction, mergeShardInto, shardRanges } from '../../bench/studies/search-scaling/sites/shards.ts'
import { writeBareSite } from '../../bench/sites/bare-site.ts'
import {
  miniSearchRunSource,
  pagefindRunSource,
  pageSlugOf,
  topPages,
} from '../../bench/studies/search-scaling/measure/search-engines.ts'

describe('bench/studies/search-scaling/corpus/generate', () => {
  it('gives the same article for the same index, every time', () => {
    expect(generateArticle(42, 'zh').markdown).toBe(generateArticle(42, 'zh').markdown)
    expect(generateArticle(42, 'en').markdown).toBe(generateArticle(42, 'en').markdown)
    expect(generateArticle(42, 'zh').markdown).not.toBe(generateArticle(43, 'zh').markdown)
  })

  it('repeats the same random sequence for a seed', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true)
  })

  it('gives 10,000 articles 10,000 distinct topics', () => {
    const topics = new Set(
      Array.from({ length: 10_000 }, (_, index) => {
        const topic = topicOf(index)
        return `${topic.kind.id}|${topic.client}|${topic.model}|${topic.setting.en}`
      }),
    )
    expect(topics.size).toBe(10_000)
  })

  it('writes a help article: title, headings with explicit ids, an error body, code and steps', () => {
    for (const locale of ['zh', 'en'] as const) {
      const { markdown, topic, slug } = generateArticle(5, locale)
      expect(slug).toBe('kb/a00005')
      expect(markdown).toMatch(/^---\ntitle: ".+"\ndescription: ".+"\n---/)
      const headingIds = [...markdown.matchAll(/^#{2,3} .+ \{#([a-z-]+)\}$/gm)].map((match) => match[1])
      expect(headingIds).toEqual(['symptom', 'cause', 'fix', 'fix-in-client', 'verify', 'notes'])
      expect(markdown).toContain('```json\n{\n  "error": {')
      expect(markdown).toContain(`"code": "${topic.kind.code}"`)
      expect(markdown).toContain('```python')
      expect(markdown).toContain('```sh\ncurl')
      expect(markdown).toMatch(/^1\. .+\n2\. .+\n3\. .+$/m)
      expect(markdown).toContain(topic.model)
      expect(markdown).toContain(topic.client)
      // Vue would try to interpolate these in the built page.
      expect(markdown).not.toContain('{{')
    }
  })

  it('writes Chinese pages in Chinese and English pages in English', () => {
    const zh = generateArticle(9, 'zh').markdown
    const en = generateArticle(9, 'en').markdown
    expect(zh).toContain('## 解决办法 {#fix}')
    expect(en).toContain('## How to fix it {#fix}')
    const hanCount = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length
    expect(hanCount(zh)).toBeGreaterThan(200)
    expect(hanCount(en)).toBe(0)
  })

  it('pads pages to a help article length', () => {
    const length = generateArticle(1, 'en').markdown.split(/\s+/).length
    expect(length).toBeGreaterThan(300)
    expect(length).toBeLessThan(1200)
  })

  it('names pages with zero-padded slugs that sort in order', () => {
    expect(articleSlug(7)).toBe('kb/a00007')
    expect(articleSlug(12_345)).toBe('kb/a12345')
  })
})

describe('bench/studies/search-scaling/corpus/queries', () => {
  it('has a fixed set per language, half typed and half pasted', () => {
    for (const locale of ['zh', 'en'] as const) {
      const queries = knownAnswerQueries(locale)
      expect(queries).toHaveLength(queriesPerLocale)
      expect(queries.filter((query) => query.style === 'typed')).toHaveLength(queriesPerLocale / 2)
      expect(new Set(queries.map((query) => query.text)).size).toBe(queriesPerLocale)
    }
  })

  it('has a right answer among the first 100 pages, so every corpus size can answer it', () => {
    for (const query of [...knownAnswerQueries('zh'), ...knownAnswerQueries('en')]) {
      expect(rightAnswers(query, 100).size).toBeGreaterThan(0)
    }
  })

  it('counts only pages whose topic matches every field the query names', () => {
    const [typed] = knownAnswerQueries('en')
    if (!typed) throw new Error('no query')
    const right = rightAnswers(typed, 10_000)
    for (const slug of right) {
      const topic = topicOf(Number(slug.slice(4)))
      expect(topic.kind.id).toBe(typed.matches.kind)
      expect(topic.client).toBe(typed.matches.client)
      expect(topic.model).toBe(typed.matches.model)
    }
    // Larger corpora add near misses, not many more right answers.
    expect(right.size).toBeLessThan(5)
  })
})

describe('bench/studies/search-scaling/sites/segmenter-tokenize', () => {
  it('splits Chinese into words and drops punctuation', () => {
    const words = segmenterTokenize('当前分组 default 下对于模型 gpt-4o 无可用渠道。')
    expect(words).toContain('default')
    expect(words).toContain('模型')
    expect(words).not.toContain('。')
    expect(words.join('')).toBe('当前分组default下对于模型gpt4o无可用渠道')
  })

  it('survives being shipped as source text, as VitePress does', () => {
    const rebuilt = new Function(`return ${segmenterTokenize.toString()}`)() as (text: string) => string[]
    expect(rebuilt('余额不足 insufficient quota')).toEqual(segmenterTokenize('余额不足 insufficient quota'))
  })
})

describe('bench/studies/search-scaling/measure/search-engines', () => {
  it('ships in-page sources that use only what each engine is given', () => {
    // Each runs as text inside the page, where nothing outside its arguments exists.
    expect(miniSearchRunSource).not.toMatch(/pagefind|preload|debounceMs/)
    expect(() => new Function(`return ${miniSearchRunSource}`)).not.toThrow()
    expect(() => new Function(`return ${pagefindRunSource}`)).not.toThrow()
    expect(pagefindRunSource).toMatch(/^async \(\{ queries, shown, preload, debounceMs, lang \}\)/)
  })

  it('maps both engines’ result URLs to corpus slugs', () => {
    expect(pageSlugOf('/en/kb/a00042.html')).toBe('kb/a00042')
    expect(pageSlugOf('/kb/a00042#cause')).toBe('kb/a00042')
    expect(pageSlugOf('/kb/a00042.html?x=1')).toBe('kb/a00042')
  })

  it('keeps the first distinct pages of a section list', () => {
    expect(topPages(['/kb/a1#x', '/kb/a1#y', '/kb/a2', '/kb/a3#z', '/kb/a4'], 3)).toEqual(['kb/a1', 'kb/a2', 'kb/a3'])
  })
})

describe('bench/studies/search-scaling/sites/synthetic-site', () => {
  it('reads how long VitePress spent on its MiniSearch indexes from the debug log', () => {
    const log = [
      '2026-11-23T10:56:24.624Z vitepress:local-search 🔍️ Indexing files for search...',
      'vitepress v1.6.4',
      '2026-11-23T10:56:26.405Z vitepress:local-search ✅ Indexing finished...',
      '2026-11-23T10:56:39.732Z vitepress:local-search 🔍️ Indexing files for search...',
      '2026-11-23T10:56:41.593Z vitepress:local-search ✅ Indexing finished...',
    ].join('\n')
    expect(localSearchIndexingMs(log)).toBe(1781 + 1861)
    expect(localSearchIndexingMs('no debug output')).toBe(0)
  })

  it('configures both engines in one build and ships the tokenizer as code', () => {
    const source = configSource()
    expect(source).toContain("provider: 'local'")
    expect(source).toContain('tokenize: segmenterTokenize')
    expect(source).toContain('markSearchableBody(html, pageData.frontmatter.layout)')
    // As the real site: otherwise every page inlines a map of all pages.
    expect(source).toContain('metaChunk: true')
  })

  it('leaves VitePress search out when only pagefind is measured', () => {
    const source = configSource(false)
    expect(source).not.toContain("provider: 'local'")
    expect(source).toContain('search: undefined')
    expect(source).toContain('markSearchableBody(html, pageData.frontmatter.layout)')
  })
})

describe('bench/sites/bare-site', () => {
  it('writes the bare yardstick, and with a lazy widget only when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'))
    try {
      writeBareSite(dir)
      expect(readFileSync(join(dir, 'index.md'), 'utf8')).toContain('layout: home')
      expect(readFileSync(join(dir, 'article.md'), 'utf8')).toBe(generateArticle(0, 'zh').markdown)
      expect(existsSync(join(dir, '.vitepress/theme'))).toBe(false)
      writeBareSite(dir, { withLazyWidget: true })
      expect(readFileSync(join(dir, '.vitepress/theme/index.ts'), 'utf8')).toContain("import('./LazyForm.vue')")
      expect(readFileSync(join(dir, '.vitepress/theme/LazyForm.vue'), 'utf8')).toContain('v-model')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('bench/studies/search-scaling/sites/shards', () => {
  it('covers every article exactly once, in order, with a short last shard', () => {
    expect(shardRanges(10_000)).toHaveLength(10)
    expect(shardRanges(2500, 1000)).toEqual([
      { from: 0, to: 1000 },
      { from: 1000, to: 2000 },
      { from: 2000, to: 2500 },
    ])
    expect(shardRanges(800, 1000)).toEqual([{ from: 0, to: 800 }])
    expect(() => shardRanges(100, 0)).toThrow(/shard size/)
  })

  it('moves new files, keeps the first shared asset and refuses a page built twice', () => {
    expect(mergeAction('kb/a01000.html', false)).toBe('move')
    expect(mergeAction('assets/chunks/framework.abc123.js', true)).toBe('keep-first')
    expect(mergeAction('404.html', true)).toBe('keep-first')
    expect(() => mergeAction('kb/a01000.html', true)).toThrow(/two shards both built kb\/a01000.html/)
  })

  it('merges shard outputs into one site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-shards-'))
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(dir, path)), { recursive: true })
        writeFileSync(join(dir, path), text)
      }
      write('a/index.html', 'home')
      write('a/kb/a00000.html', 'first')
      write('a/assets/app.1.js', 'app')
      write('b/kb/a00001.html', 'second')
      write('b/assets/app.1.js', 'app')
      write('b/404.html', 'not found')
      const site = join(dir, 'site')
      expect(mergeShardInto(join(dir, 'a'), site)).toBe(0)
      expect(mergeShardInto(join(dir, 'b'), site)).toBe(1)
      expect(readFileSync(join(site, 'kb/a00001.html'), 'utf8')).toBe('second')
      expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('home')
      expect(existsSync(join(site, '404.html'))).toBe(true)
      expect(existsSync(join(dir, 'b'))).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('writes a shard with only its own articles, and the home pages in the first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-shard-corpus-'))
    try {
      writeCorpus(dir, 30, { from: 10, to: 20 })
      expect(existsSync(join(dir, 'kb/a00010.md'))).toBe(true)
      expect(existsSync(join(dir, 'en/kb/a00019.md'))).toBe(true)
      expect(existsSync(join(dir, 'kb/a00020.md'))).toBe(false)
      expect(existsSync(join(dir, 'kb/a00009.md'))).toBe(false)
      expect(existsSync(join(dir, 'index.md'))).toBe(false)
      writeCorpus(dir, 30, { from: 0, to: 10 })
      expect(existsSync(join(dir, 'index.md'))).toBe(true)
      expect(existsSync(join(dir, 'en/index.md'))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
