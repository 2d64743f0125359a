import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generateArticle, type CorpusLocale } from '../corpus/generate.ts'
import { repoRoot } from '../../../sites/paths.ts'

/** `pagefind`: our setup (no built-in search, bodies marked); `minisearch`: VitePress's local search. */
export type SearchVariant = 'pagefind' | 'minisearch'

const corpusLocales: CorpusLocale[] = ['zh', 'en']

/** The URL prefix of a locale, as in the real site (zh at the root). */
export const localePrefix: Record<CorpusLocale, string> = { zh: '/', en: '/en/' }

/**
 * Writes articles `range.from` to `range.to - 1` in each language (all `pagesPerLocale` by
 * default), plus a home page per locale in the range that starts at 0: a shard of a larger
 * corpus holds exactly the pages the whole corpus has at those indices.
 */
export function writeCorpus(srcDir: string, pagesPerLocale: number, range = { from: 0, to: pagesPerLocale }): void {
  rmSync(srcDir, { recursive: true, force: true })
  for (const locale of corpusLocales) {
    const root = join(srcDir, localePrefix[locale])
    mkdirSync(join(root, 'kb'), { recursive: true })
    if (range.from === 0)
      writeFileSync(
        join(root, 'index.md'),
        locale === 'zh'
          ? '# 帮助中心\n\n从报错信息直达解决办法。\n'
          : '# Help Center\n\nFrom an error message to the fix.\n',
      )
    for (let index = range.from; index < range.to; index++) {
      const article = generateArticle(index, locale)
      writeFileSync(join(root, `${article.slug}.md`), article.markdown)
    }
  }
}

/**
 * One VitePress config serving both engines, so a corpus is built once per size: VitePress's
 * local search (MiniSearch, our `Intl.Segmenter` tokenizer) is on, and article bodies are marked
 * for pagefind exactly as the real site marks them. Neither engine sees the other's output.
 */
export function configSource(withLocalSearch = true): string {
  const searchIndex = JSON.stringify(join(repoRoot, 'docs/.vitepress/config/search-index.ts'))
  const tokenize = JSON.stringify(join(repoRoot, 'bench/studies/search-scaling/sites/segmenter-tokenize.ts'))
  return `import { defineConfig } from 'vitepress'
import { markSearchableBody } from ${searchIndex}
import { segmenterTokenize } from ${tokenize}

export default defineConfig({
  cleanUrls: true,
  // As on the real site: the page-to-chunk map is one file, not inlined into every page (which
  // grows each page with the page count, so the output would grow with its square).
  metaChunk: true,
  locales: {
    root: { label: '简体中文', lang: 'zh-CN' },
    en: { label: 'English', lang: 'en-US' },
  },
  themeConfig: {
    search: ${withLocalSearch ? "{ provider: 'local', options: { miniSearch: { options: { tokenize: segmenterTokenize } } } }" : 'undefined'},
  },
  transformHtml: (html, _id, { pageData }) => markSearchableBody(html, pageData.frontmatter.layout),
  vite: { build: { chunkSizeWarningLimit: 1e9 }, logLevel: 'warn' },
})
`
}

export function writeConfig(srcDir: string, withLocalSearch = true): void {
  const file = join(srcDir, '.vitepress/config.mts')
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, configSource(withLocalSearch))
}

/**
 * How long VitePress spent building MiniSearch indexes, from its `vitepress:local-search` debug
 * lines (it indexes once for the client bundle and once for the server bundle).
 */
export function localSearchIndexingMs(debugOutput: string): number {
  let total = 0
  let started: number | null = null
  for (const line of debugOutput.split('\n')) {
    const match = /^(\d{4}-\d\d-\d\dT[\d:.]+Z) vitepress:local-search (.*)$/.exec(line.trim())
    if (!match?.[1] || !match[2]) continue
    const at = Date.parse(match[1])
    if (match[2].includes('Indexing files')) started = at
    else if (match[2].includes('Indexing finished') && started !== null) {
      total += at - started
      started = null
    }
  }
  return total
}
