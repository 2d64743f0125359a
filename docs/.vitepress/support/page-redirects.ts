import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { htmlLang, localePath, locales } from '../../../data/locale.ts'
import type { AnchorMoves } from './anchor-moves.ts'

/**
 * A moved page leaves a small HTML file at its old address that forwards there, keeping any
 * `#anchor` (a static host has no server rules to do it). Anchor moves inside a page are handled
 * in the browser (theme/anchor-forwarding.ts). Returns the files written, relative to `outDir`.
 */
export function writePageRedirects(outDir: string, moves: AnchorMoves, base: string): string[] {
  const written: string[] = []
  for (const [from, to] of Object.entries(moves)) {
    if (from.includes('#')) continue
    for (const locale of locales) {
      const target = localePath(locale, to, base)
      const file = localePath(locale, from).replace(/\/$/, '/index').replace(/^\//, '') + '.html'
      mkdirSync(dirname(join(outDir, file)), { recursive: true })
      writeFileSync(join(outDir, file), redirectHtml(target, htmlLang[locale]))
      written.push(file)
    }
  }
  return written
}

/**
 * The one inline script every redirect page runs, the same bytes on each so the Content-Security-
 * Policy needs one hash for all of them: it reads the target from the page's canonical link and
 * keeps the query and `#anchor` the old link carried (`/test?base=…` → `/tools/connection-test?base=…`)
 * unless the target names its own.
 */
export const redirectScript =
  "var t=new URL(document.querySelector('link[rel=canonical]').getAttribute('href'),location.href);" +
  'if(!t.search)t.search=location.search;if(!t.hash)t.hash=location.hash;location.replace(t.href)'

export function redirectHtml(target: string, lang: string): string {
  const attr = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  // The script comes before the refresh, which forwards without the query when scripts are off.
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang.startsWith('en') ? 'Moved' : '页面已移动'}</title>
<meta name="robots" content="noindex"><link rel="canonical" href="${attr}">
<script>${redirectScript}</script>
<meta http-equiv="refresh" content="0; url=${attr}">
</head><body><a href="${attr}">${attr}</a></body></html>
`
}
