import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { createGzip } from 'node:zlib'
import type { AddressInfo } from 'node:net'
import { tryDecode } from '../components/shared/safe-decode.ts'
import {
  headersForPath,
  immutable,
  parseHeadersFile,
  revalidate,
  withConnectSources,
} from '../docs/.vitepress/support/security-headers.ts'

export interface StaticServerOptions {
  /** The built site, e.g. docs/.vitepress/dist. */
  root: string
  /** The sub-path the site is served under (VitePress `base`). @default '/' */
  base?: string
  /** @default '127.0.0.1' */
  host?: string
  /** 0 picks a free port. @default 0 */
  port?: number
  /**
   * Sources added to the built policy's `connect-src`: the browser tests' gateways listen on
   * 127.0.0.1 at random ports. The `_headers` file itself is never changed.
   */
  extraConnectSources?: string[]
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
    // A throw here would end the process: every request gets an answer instead.
    try {
      serve(request, response, { ...options, root, base })
    } catch {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end()
    }
  })
  await new Promise<void>((done) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${base.replace(/\/$/, '')}`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

const allowedMethods = 'GET, HEAD'

function serve(
  request: IncomingMessage,
  response: ServerResponse,
  options: StaticServerOptions & { root: string; base: string },
): void {
  const { root, base } = options
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: allowedMethods, 'content-type': 'text/plain' }).end('Method not allowed')
    return
  }
  const pathname = tryDecode(new URL(request.url ?? '/', 'http://x').pathname)
  if (pathname === null) {
    response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: malformed percent-escape in the path')
    return
  }
  if (!pathname.startsWith(base) && `${pathname}/` !== base) {
    response.writeHead(302, { location: base }).end()
    return
  }
  const inSite = pathname.slice(base.length - 1) || '/'
  // The host's own configuration, never a page (Netlify and Cloudflare do not serve it either).
  const file = inSite === '/_headers' ? null : resolveFile(root, inSite)
  const path = file ?? join(root, '404.html')
  if (!existsSync(path)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    return
  }
  const ext = extname(path)
  const headers: Record<string, string> = {
    'content-type': contentTypes[ext] ?? 'application/octet-stream',
    'cache-control': contentHashed(inSite) ? immutable : revalidate,
    ...builtHeaders(root, pathname, options.extraConnectSources ?? []),
  }
  const size = statSync(path).size
  const compress = compressible.has(ext)
  // Caches must keep the gzip and identity answers apart.
  if (compress) headers.vary = 'Accept-Encoding'
  const range = file ? byteRange(request.headers.range, size) : undefined
  if (range === 'unsatisfiable') {
    response.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end()
    return
  }
  if (range) {
    headers['accept-ranges'] = 'bytes'
    headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`
    headers['content-length'] = String(range.end - range.start + 1)
    response.writeHead(206, headers)
    if (request.method === 'HEAD') response.end()
    else createReadStream(path, range).pipe(response)
    return
  }
  if (file) headers['accept-ranges'] = 'bytes'
  const gzip = compress && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
  if (gzip) headers['content-encoding'] = 'gzip'
  else headers['content-length'] = String(size)
  response.writeHead(file ? 200 : 404, headers)
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  const stream = createReadStream(path)
  ;(gzip ? stream.pipe(createGzip()) : stream).pipe(response)
}

/**
 * The headers the build wrote for static hosts (`_headers`, see security-headers.ts), so what is
 * served here, and tested in the browser, is what a deployment sends. Read per request: a rebuild
 * while serving changes the script hashes.
 */
function builtHeaders(root: string, pathname: string, extraConnect: string[]): Record<string, string> {
  const file = join(root, '_headers')
  if (!existsSync(file)) return { 'x-content-type-options': 'nosniff' }
  const headers = headersForPath(parseHeadersFile(readFileSync(file, 'utf8')), pathname)
  const policy = headers['content-security-policy']
  if (policy) headers['content-security-policy'] = withConnectSources(policy, extraConnect)
  return headers
}

/**
 * One `bytes=` range of a file (the only kind worth serving here: resumed downloads and media
 * seeking send one), undefined when there is none to honour (absent, several ranges, another
 * unit: the whole file is the right answer), or unsatisfiable (416).
 */
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '')
  if (!match || (match[1] === '' && match[2] === '')) return undefined
  const [first, last] = [match[1] ?? '', match[2] ?? '']
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  if (start >= size) return 'unsatisfiable'
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  if (end < start) return undefined
  return { start, end }
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
