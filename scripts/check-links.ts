import { fileURLToPath } from 'node:url'
import { hashId } from '../components/shared/safe-decode.ts'
import { siteBase } from '../docs/.vitepress/support/site-base.ts'
import { idsIn, linksIn, readBuiltPages, type BuiltPage } from './site-html.ts'

/**
 * Checks every internal link and `#anchor` in the built HTML, so a support reply or an article
 * never points at a page or section that does not exist. Returns one line per broken link.
 */
export function findBrokenLinks(pages: Map<string, BuiltPage>, base = '/'): string[] {
  const idsByPath = new Map([...pages].map(([path, page]) => [path, idsIn(page.html)]))
  const broken: string[] = []
  for (const page of pages.values()) {
    for (const href of new Set(linksIn(page.html))) {
      const problem = checkHref(href, page.path, idsByPath, base)
      if (problem) broken.push(`${page.file}: ${href} — ${problem}`)
    }
  }
  return broken
}

function checkHref(href: string, from: string, idsByPath: Map<string, Set<string>>, base: string): string | null {
  if (/^(mailto:|tel:|javascript:)/i.test(href) || href === '') return null
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null
  const url = new URL(href, `http://site${base}${from.slice(1)}`)
  if (!url.pathname.startsWith(base)) return `outside the site base ${base}`
  const inSite = `/${url.pathname.slice(base.length)}`
  // Built files (assets, the sitemap, the search index) are not pages.
  if (/\.(js|css|svg|png|ico|xml|json|txt|woff2?)$/.test(inSite)) return null
  const path = inSite.replace(/\.html$/, '').replace(/\/index$/, '/')
  const ids = idsByPath.get(path)
  if (!ids) return 'no such page'
  const hash = hashId(url.hash)
  if (hash && !ids.has(hash)) return `no element with id "${hash}" on ${path}`
  return null
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.env.SITE_DIST ?? fileURLToPath(new URL('../docs/.vitepress/dist', import.meta.url))
  const pages = readBuiltPages(dist)
  const broken = findBrokenLinks(pages, siteBase(process.env.SITE_BASE))
  if (broken.length) {
    console.error(`${broken.length} broken internal link(s):\n${broken.join('\n')}`)
    process.exit(1)
  }
  console.log(`Links: every internal link and anchor resolves (${pages.size} pages).`)
}
