import { createReadStream, existsSync } from 'node:fs'
import { join, normalize } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Pagefind indexes only what is marked `data-pagefind-body`: the article (`.vp-doc`), never the
 * nav, sidebar, footer or home hero, so results are about answers, not chrome.
 */
export function markSearchableBody(html: string, layout: unknown, staffPage = false): string {
  // The home page only repeats links to articles; indexing it would crowd out the articles.
  // Staff pages are for staff (see pages.ts): once any page has a body mark, pagefind skips the rest.
  if (layout === 'home' || staffPage) return html
  return (
    html
      .replace(/<div([^>]*\bclass="vp-doc\b)/, '<div data-pagefind-body$1')
      // A code block's language label ("sh", "python") is chrome, not content.
      .replace(/<span class="lang">/g, '<span class="lang" data-pagefind-ignore>')
  )
}

/**
 * `vitepress dev` has no index of its own; serve the last build's, if there is one, so search
 * works while writing (the search box says so plainly when there is none).
 */
export function lastBuildSearchIndex(distDir: string): Plugin {
  return {
    name: 'last-build-search-index',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/pagefind\/([^?#]+)/.exec(request.url ?? '')
        const file = match?.[1] ? normalize(join(distDir, 'pagefind', match[1])) : null
        if (!file || !file.startsWith(join(distDir, 'pagefind')) || !existsSync(file)) return next()
        if (file.endsWith('.js')) response.setHeader('content-type', 'text/javascript')
        createReadStream(file).pipe(response)
      })
    },
  }
}
