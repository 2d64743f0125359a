import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { createGzip } from 'node:zlib'
import type { AddressInfo } from 'node:net'

export interface StaticServerOptions {
  /** The built site, e.g. docs/.vitepress/dist. */
  root: string
  /** The sub-path the site is served under (VitePress `base`). @default '/' */
  base?: string
  /** @default '127.0.0.1' */
  host?: string
  /** 0 picks a free port. @default 0 */
  port?: number
}

export interface StaticServer {
  url: string
  server: Server
  close: () => Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.wasm'])

/**
 * Serves `dist` the way a static host does: clean URLs (`/faq/basics` → `faq/basics.html`),
 * gzip, long caching for hashed assets and the site's 404 page. Bound to 127.0.0.1 only,
 * unlike `vitepress preview`, which listens on every interface.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root)
  const base = options.base ?? '/'
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (!pathname.startsWith(base) && `${pathname}/` !== base) {
      response.writeHead(302, { location: base }).end()
      return
    }
    const inSite = pathname.slice(base.length - 1) || '/'
    const file = resolveFile(root, inSite)
    const status = file ? 200 : 404
    const path = file ?? join(root, '404.html')
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    const ext = extname(path)
    const headers: Record<string, string> = {
      'content-type': contentTypes[ext] ?? 'application/octet-stream',
      'cache-control': contentHashed(inSite) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    }
    const gzip = compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    if (gzip) headers['content-encoding'] = 'gzip'
    else headers['content-length'] = String(statSync(path).size)
    response.writeHead(status, headers)
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    const stream = createReadStream(path)
    ;(gzip ? stream.pipe(createGzip()) : stream).pipe(response)
  })
  await new Promise<void>((done) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${base.replace(/\/$/, '')}`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

/**
 * Files whose name changes whenever their content does: Vite's assets, and pagefind's index
 * chunks, fragments, filters and per-language meta (named after a hash of what they hold).
 * pagefind.js, pagefind-entry.json and the wasm keep their names across builds, so they are
 * revalidated like the pages.
 */
export function contentHashed(pathInSite: string): boolean {
  return (
    pathInSite.startsWith('/assets/') ||
    /^\/pagefind\/(?:(?:index|fragment|filter)\/[^/]+\.pf_(?:index|fragment|filter)|pagefind\.[^/]+\.pf_meta)$/.test(
      pathInSite,
    )
  )
}

function resolveFile(root: string, pathname: string): string | null {
  const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '')
  const candidates = safe.endsWith('/')
    ? [join(root, safe, 'index.html')]
    : [join(root, safe), join(root, `${safe}.html`), join(root, safe, 'index.html')]
  for (const candidate of candidates) {
    if (!candidate.startsWith(root)) continue
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}
