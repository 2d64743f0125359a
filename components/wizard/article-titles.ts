// Relative, not `@data`: the build-time loader imports this file without the site's aliases.
import { localePath, locales, type Locale, type LocalizedText } from '../../data/locale.ts'

/** The markdown file of a page slug: `/troubleshooting/` → `troubleshooting/index.md`, under `en/` for English. */
export function markdownFileOf(slug: string, locale: Locale): string {
  const file = slug.endsWith('/') ? `${slug}index.md` : `${slug}.md`
  // docs/ mirrors the site's paths (VitePress routes by file), so the file sits at its page's path.
  return localePath(locale, file).slice(1)
}

/**
 * The text of the `##`/`###` heading that carries `{#id}`, without inline markdown, or
 * undefined. Fenced code is skipped so a heading-like line in an example never matches.
 */
export function headingText(markdown: string, id: string): string | undefined {
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    if (inFence) continue
    const match = /^#{2,3}\s+(.*?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(line)
    if (match?.[2] === id && match[1]) return match[1].replace(/[`*_]/g, '').trim()
  }
  return undefined
}

/**
 * The heading text of each `slug#id` in both languages, so the wizard's links read like the
 * sections they open. An anchor whose heading is not written yet in either language is left
 * out; the wizard then shows the address itself.
 */
export function articleTitles(
  anchors: Iterable<string>,
  readMarkdown: (file: string) => string | undefined,
): Record<string, LocalizedText> {
  const titles: Record<string, LocalizedText> = {}
  for (const anchor of anchors) {
    const [slug = '', id = ''] = anchor.split('#')
    const found = locales.map((locale) => {
      const markdown = readMarkdown(markdownFileOf(slug, locale))
      return markdown === undefined ? undefined : headingText(markdown, id)
    })
    const [zh, en] = found
    if (zh && en) titles[anchor] = { zh, en }
  }
  return titles
}
