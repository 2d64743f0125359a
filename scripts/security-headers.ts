import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  caddySnippet,
  headersFile,
  nginxSnippet,
  parseHeadersFile,
} from '../docs/.vitepress/support/security-headers.ts'

/**
 * Prints the security and cache headers of the last build for a host: the `_headers` file the
 * build wrote (Netlify, Cloudflare Pages), or the same rules as nginx or Caddy configuration. One
 * source, the build's own file, so a snippet pasted into a server cannot drift from the site.
 */
const formats = { headers: headersFile, nginx: nginxSnippet, caddy: caddySnippet } as const
const format = process.argv[2] ?? 'headers'
if (!(format in formats)) {
  console.error(`usage: npm run headers -- [${Object.keys(formats).join('|')}]`)
  process.exit(3)
}
const dist = process.env.SITE_DIST ?? fileURLToPath(new URL('../docs/.vitepress/dist', import.meta.url))
const file = `${dist}/_headers`
if (!existsSync(file)) {
  console.error(`No ${file}: run \`npm run build\` first (the headers hash the built pages' scripts).`)
  process.exit(1)
}
process.stdout.write(formats[format as keyof typeof formats](parseHeadersFile(readFileSync(file, 'utf8'))))
