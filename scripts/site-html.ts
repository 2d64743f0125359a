import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** One built page: its clean URL path (`/faq/basics`, `/en/`) and its HTML. */
export interface BuiltPage {
  path: string
  file: string
  html: string
}

/** Every HTML page of a build, keyed by the clean URL the site serves it at. */
export function readBuiltPages(dist: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!['assets', 'pagefind'].includes(entry.name)) walk(full)
      } else if (entry.name.endsWith('.html')) {
        const file = relative(dist, full)
        pages.set(htmlFileToPath(file), { path: htmlFileToPath(file), file, html: readFileSync(full, 'utf8') })
      }
    }
  }
  walk(dist)
  return pages
}

export function htmlFileToPath(file: string): string {
  return `/${file.replace(/\\/g, '/')}`.replace(/\/index\.html$/, '/').replace(/\.html$/, '')
}

/** Every `id` attribute in a piece of HTML. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeHtml(m[1] ?? '')))
}

/**
 * The ids a support reply may link to: h2/h3 headings and catalogue entries (`data-error-id`)
 * inside the article body. Generated ids of widgets' internals are not part of the promise.
 */
export function publicAnchorsIn(html: string): string[] {
  const body = html.slice(Math.max(0, html.indexOf('data-pagefind-body')))
  const anchors = new Set<string>()
  for (const m of body.matchAll(/<h[23]\b[^>]*\sid="([^"]+)"/g)) anchors.add(decodeHtml(m[1] ?? ''))
  for (const m of body.matchAll(/<[a-z]+\b(?=[^>]*\sdata-error-id=)[^>]*\sid="([^"]+)"/g))
    anchors.add(decodeHtml(m[1] ?? ''))
  return [...anchors]
}

/** `href`s of every `<a>` in a page. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => decodeHtml(m[1] ?? ''))
}

function decodeHtml(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
}
