import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
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
    for (const prefix of ['', '/en']) {
      const target = `${base.replace(/\/$/, '')}${prefix}${to}`
      const file = `${prefix}${from}`.replace(/\/$/, '/index').replace(/^\//, '') + '.html'
      mkdirSync(dirname(join(outDir, file)), { recursive: true })
      writeFileSync(join(outDir, file), redirectHtml(target, prefix ? 'en-US' : 'zh-CN'))
      written.push(file)
    }
  }
  return written
}

export function redirectHtml(target: string, lang: string): string {
  const json = JSON.stringify(target).replace(/</g, '\\u003c')
  const attr = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang.startsWith('en') ? 'Moved' : '页面已移动'}</title>
<meta name="robots" content="noindex"><link rel="canonical" href="${attr}">
<meta http-equiv="refresh" content="0; url=${attr}">
<script>location.replace(${json} + (${json}.includes('#') ? '' : location.hash))</script>
</head><body><a href="${attr}">${attr}</a></body></html>
`
}
