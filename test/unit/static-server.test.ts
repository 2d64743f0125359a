import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { byteRange, contentHashed, startStaticServer, type StaticServer } from '../../scripts/static-server.ts'
import { headerRules, headersFile } from '../../docs/.vitepress/support/security-headers.ts'
import { siteBase } from '../../docs/.vitepress/support/site-base.ts'

let server: StaticServer
const gateway = { apiBaseUrl: 'https://api.example.com/v1' }

/** A raw request, the way curl --path-as-is sends it (fetch would normalise the path). */
async function raw(method: string, path: string, headers: Record<string, string> = {}) {
  const { request } = await import('node:http')
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    request(`${new URL(server.url).origin}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      )
    })
      .on('error', reject)
      .end()
  })
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'))
  mkdirSync(join(root, 'faq'))
  mkdirSync(join(root, 'troubleshooting'))
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>')
  writeFileSync(join(root, '404.html'), '<h1>missing</h1>')
  writeFileSync(join(root, 'faq/basics.html'), '<h1>basics</h1>')
  writeFileSync(join(root, 'troubleshooting/index.html'), '<h1>overview</h1>')
  writeFileSync(join(root, 'notes.bin'), '0123456789')
  const pages = ['<script>inline()</script>']
  writeFileSync(join(root, '_headers'), headersFile(headerRules({ pages, config: gateway, base: '/help/' })))
  server = await startStaticServer({ root, base: '/help/', extraConnectSources: ['http://127.0.0.1:*'] })
})
afterAll(() => server.close())

describe('static server', () => {
  it('listens on 127.0.0.1 only, under the base', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/help$/)
  })

  it('serves clean URLs, folders and the 404 page', async () => {
    expect(await (await fetch(`${server.url}/faq/basics`)).text()).toBe('<h1>basics</h1>')
    expect(await (await fetch(`${server.url}/troubleshooting/`)).text()).toBe('<h1>overview</h1>')
    const missing = await fetch(`${server.url}/nope`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe('<h1>missing</h1>')
  })

  it('refuses to leave its root', async () => {
    const response = await fetch(`${server.url}/..%2f..%2fetc/passwd`)
    expect(response.status).toBe(404)
  })

  it('compresses text for clients that accept gzip', async () => {
    const { request } = await import('node:http')
    const body = await new Promise<Buffer>((resolve, reject) => {
      request(`${server.url}/faq/basics`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        expect(response.headers['content-encoding']).toBe('gzip')
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve(Buffer.concat(chunks)))
      })
        .on('error', reject)
        .end()
    })
    expect(gunzipSync(body).toString()).toBe('<h1>basics</h1>')
  })
})

describe('hostile requests', () => {
  it.each(['/help/%', '/help/%E0%A4%A', '/%', '/help/faq/%zz'])(
    'answers 400 to the malformed path %s and keeps serving',
    async (path) => {
      const answer = await raw('GET', path)
      expect(answer.status).toBe(400)
      expect((await fetch(`${server.url}/faq/basics`)).status).toBe(200)
    },
  )

  it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH'])('refuses %s with 405 and Allow', async (method) => {
    const answer = await raw(method, '/help/faq/basics')
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
    expect(answer.body).not.toContain('basics')
  })

  it('keeps its own _headers file to itself', async () => {
    expect((await raw('GET', '/help/_headers')).status).toBe(404)
  })
})

describe('headers', () => {
  it('says a compressible answer varies with Accept-Encoding, compressed or not', async () => {
    expect((await raw('GET', '/help/faq/basics')).headers.vary).toBe('Accept-Encoding')
    expect((await raw('GET', '/help/faq/basics', { 'accept-encoding': 'gzip' })).headers.vary).toBe('Accept-Encoding')
    expect((await raw('GET', '/help/notes.bin')).headers.vary).toBeUndefined()
  })

  it('sends the built _headers (CSP, nosniff, no-referrer), with the extra connect sources', async () => {
    const { headers } = await raw('GET', '/help/faq/basics')
    expect(headers['content-security-policy']).toContain(
      "connect-src 'self' https://api.example.com http://127.0.0.1:*",
    )
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['cache-control']).toBe('no-cache')
  })
})

describe('ranges', () => {
  it('serves one byte range with 206', async () => {
    const answer = await raw('GET', '/help/notes.bin', { range: 'bytes=2-5' })
    expect(answer.status).toBe(206)
    expect(answer.body).toBe('2345')
    expect(answer.headers['content-range']).toBe('bytes 2-5/10')
    expect((await raw('GET', '/help/notes.bin', { range: 'bytes=-3' })).body).toBe('789')
  })

  it('answers 416 to a range past the end', async () => {
    const answer = await raw('GET', '/help/notes.bin', { range: 'bytes=10-' })
    expect(answer.status).toBe(416)
    expect(answer.headers['content-range']).toBe('bytes */10')
  })

  it.each([
    ['bytes=0-', 10, { start: 0, end: 9 }],
    ['bytes=8-100', 10, { start: 8, end: 9 }],
    ['bytes=-20', 10, { start: 0, end: 9 }],
    ['bytes=10-', 10, 'unsatisfiable'],
    ['bytes=-0', 10, 'unsatisfiable'],
    ['bytes=0-1,4-5', 10, undefined],
    ['items=0-1', 10, undefined],
    ['bytes=5-2', 10, undefined],
    [undefined, 10, undefined],
  ] as const)('%s of %i bytes → %j', (header, size, expected) => {
    expect(byteRange(header, size)).toEqual(expected)
  })
})

describe('long caching', () => {
  it('goes to files named after their content only', () => {
    for (const path of [
      '/assets/app.B3x9.js',
      '/pagefind/index/zh-cn_4f1a2b3.pf_index',
      '/pagefind/fragment/en-us_9c8d7e6.pf_fragment',
      '/pagefind/filter/en-us_1a2b3c4.pf_filter',
      '/pagefind/pagefind.en-us_5e6f7a8.pf_meta',
    ])
      expect(contentHashed(path), path).toBe(true)
    for (const path of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind-worker.js',
      '/faq/basics',
      '/pagefind/index/../pagefind.js',
    ])
      expect(contentHashed(path), path).toBe(false)
  })
})

describe('SITE_BASE', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['help', '/help/'],
    ['/docs/help/', '/docs/help/'],
  ])('%j → %j', (raw, base) => expect(siteBase(raw)).toBe(base))

  it('rejects what is not a path', () => {
    expect(() => siteBase('https://x.com/help')).toThrow(/SITE_BASE/)
  })
})
