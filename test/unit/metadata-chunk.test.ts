import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { errorCatalogue } from '../../data/errors.ts'
import {
  errorPageKeys,
  metadataFileName,
  pageMapKey,
  slimMetadata,
  slimMetadataChunk,
} from '../../docs/.vitepress/support/metadata-chunk.ts'
import { pageHashFromPreload } from '../../docs/.vitepress/theme/page-hash.ts'

/** The chunk as VitePress 1.6 writes it (generateMetadataScript): the map, then the site data. */
const hashMap = {
  'index.md': 'AbC-12_x',
  'errors.md': 'DoEfk_nr',
  'errors_invalid-api-key.md': 'CSr43XEA',
  'en_errors.md': 'Zz9-8_yy',
  'en_errors_invalid-api-key.md': '2BW03Ddu',
  'faq_basics.md': 'Qq1Qq1Qq',
}
const siteData = { lang: 'zh-CN', title: 'Help "center"', themeConfig: { quote: 'a \\ b' } }
const metadata = `window.__VP_HASH_MAP__=JSON.parse(${JSON.stringify(JSON.stringify(hashMap))});window.__VP_SITE_DATA__=JSON.parse(${JSON.stringify(JSON.stringify(siteData))});`

/** Runs a metadata script as the browser would and returns what it set. */
function evaluate(script: string): { map: Record<string, string>; site: unknown } {
  const win: { __VP_HASH_MAP__?: Record<string, string>; __VP_SITE_DATA__?: unknown } = {}
  new Function('window', script)(win)
  return { map: win.__VP_HASH_MAP__ ?? {}, site: win.__VP_SITE_DATA__ }
}

const dir = mkdtempSync(join(tmpdir(), 'metadata-chunk-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the page map left without the per-entry error pages', () => {
  it('names every catalogue entry in both languages, and no other page', () => {
    const keys = errorPageKeys(errorCatalogue.map((entry) => entry.id))
    expect(keys.size).toBe(errorCatalogue.length * 2)
    expect(keys).toContain('errors_invalid-api-key.md')
    expect(keys).toContain('en_errors_invalid-api-key.md')
    expect(keys).not.toContain('errors.md')
    expect(keys).not.toContain('en_errors.md')
    expect(pageMapKey('/en/Guide/quickstart.md')).toBe('en_guide_quickstart.md')
  })

  it('drops only those pages and keeps the site data byte for byte', () => {
    const slim = slimMetadata(metadata, errorPageKeys(['invalid-api-key']))
    const { map, site } = evaluate(slim)
    expect(map).toEqual({
      'index.md': 'AbC-12_x',
      'errors.md': 'DoEfk_nr',
      'en_errors.md': 'Zz9-8_yy',
      'faq_basics.md': 'Qq1Qq1Qq',
    })
    expect(site).toEqual(siteData)
    expect(slim.endsWith(metadata.slice(metadata.indexOf('window.__VP_SITE_DATA__')))).toBe(true)
    expect(slim.length).toBeLessThan(metadata.length)
  })

  it('stops the build when VitePress changes the chunk’s shape, rather than ship a broken map', () => {
    expect(() => slimMetadata(`window.__VP_SITE_DATA__={};`, new Set())).toThrow(/metadata chunk/)
  })

  it('renames the chunk after its new content and points every page at it', () => {
    const out = join(dir, 'dist')
    mkdirSync(join(out, 'assets/chunks'), { recursive: true })
    mkdirSync(join(out, 'en/errors'), { recursive: true })
    const oldName = metadataFileName(metadata)
    writeFileSync(join(out, 'assets/chunks', oldName), metadata)
    const page = (name: string) =>
      `<link rel="modulepreload" href="/help/assets/${name}"><script type="module" src="/help/assets/chunks/${oldName}"></script>`
    writeFileSync(join(out, 'index.html'), page('index.md.AbC-12_x.lean.js'))
    writeFileSync(join(out, 'en/errors/invalid-api-key.html'), page('en_errors_invalid-api-key.md.2BW03Ddu.lean.js'))
    writeFileSync(join(out, 'hashmap.json'), JSON.stringify(hashMap))

    const newName = slimMetadataChunk(out, 'assets', errorPageKeys(['invalid-api-key']))
    expect(newName).toMatch(/^metadata\.[0-9a-f]{8}\.js$/)
    expect(newName).not.toBe(oldName)
    expect(existsSync(join(out, 'assets/chunks', oldName))).toBe(false)
    const slim = readFileSync(join(out, 'assets/chunks', newName ?? ''), 'utf8')
    expect(newName).toBe(metadataFileName(slim))
    expect(Object.keys(evaluate(slim).map)).not.toContain('en_errors_invalid-api-key.md')
    for (const file of ['index.html', 'en/errors/invalid-api-key.html']) {
      const html = readFileSync(join(out, file), 'utf8')
      expect(html).toContain(`/help/assets/chunks/${newName}`)
      expect(html).not.toContain(oldName)
    }
    // The whole map stays where VitePress's router fetches it when a page is missing.
    expect(JSON.parse(readFileSync(join(out, 'hashmap.json'), 'utf8'))).toEqual(hashMap)
    // A second pass finds nothing more to leave out and changes nothing.
    expect(slimMetadataChunk(out, 'assets', errorPageKeys(['invalid-api-key']))).toBe(newName)
  })
})

describe("an entry page's own chunk, read back from its HTML", () => {
  it('gives the map entry the router looks the page up by', () => {
    expect(pageHashFromPreload('/help/assets/en_errors_Invalid-api-key.md.2BW03Ddu.lean.js')).toEqual([
      'en_errors_invalid-api-key.md',
      '2BW03Ddu',
    ])
  })

  it('ignores full page chunks, other files and no link', () => {
    for (const href of ['/assets/errors_x.md.CSr43XEA.js', '/assets/chunks/theme.mujuNN5v.js', '', null, undefined])
      expect(pageHashFromPreload(href)).toBeUndefined()
  })
})
