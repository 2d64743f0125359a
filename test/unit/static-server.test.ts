import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentHashed, startStaticServer, type StaticServer } from '../../scripts/static-server.ts'
import { siteBase } from '../../docs/.vitepress/support/site-base.ts'

let server: StaticServer

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'))
  mkdirSync(join(root, 'faq'))
  mkdirSync(join(root, 'troubleshooting'))
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>')
  writeFileSync(join(root, '404.html'), '<h1>missing</h1>')
  writeFileSync(join(root, 'faq/basics.html'), '<h1>basics</h1>')
  writeFileSync(join(root, 'troubleshooting/index.html'), '<h1>overview</h1>')
  server = await startStaticServer({ root, base: '/help/' })
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
