import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { locales } from '../../../data/locale.ts'
import { entryPagePath } from '../../../components/error-pages/entry-pages.ts'

/**
 * VitePress writes `chunks/metadata.<hash>.js`, which every page loads before it hydrates: the site
 * data and a map from every page to the hash of its chunk, used to find a page's code on navigation.
 * The per-entry error pages are 150 of its 212 pages, and an 8-character hash per page barely
 * compresses: they made this chunk 2.2 KB gzip heavier on every article.
 *
 * So the build leaves those pages out of this map. Nothing is lost: VitePress writes the whole map
 * to `hashmap.json` too, and its router, when a page is not in the map, fetches that file once and
 * tries again (how it survives a deploy while a tab is open). An entry page opened directly names its
 * own chunk in its HTML, and the theme puts it back before the first render (theme/page-hash.ts), so
 * it hydrates as before; the first in-site click to an entry page costs one fetch of `hashmap.json`.
 */

/** VitePress's key for a page: its source path with `/` as `_`, lower case (`en_errors_x.md`). */
export const pageMapKey = (sourcePath: string): string =>
  sourcePath.replace(/^\//, '').replace(/\//g, '_').toLowerCase()

/** The map keys of the entry pages of `ids` in every language (their addresses: `entryPagePath`). */
export function errorPageKeys(ids: readonly string[]): Set<string> {
  return new Set(ids.flatMap((id) => locales.map((locale) => pageMapKey(`${entryPagePath(locale, id)}.md`))))
}

const hashMapStatement = /^window\.__VP_HASH_MAP__=JSON\.parse\(("(?:[^"\\]|\\.)*")\);/

/** The metadata script without the pages in `leaveOut`; the site data after the map is kept byte for byte. */
export function slimMetadata(content: string, leaveOut: ReadonlySet<string>): string {
  const match = hashMapStatement.exec(content)
  if (!match?.[1]) {
    throw new Error(
      'VitePress\'s metadata chunk no longer starts with window.__VP_HASH_MAP__=JSON.parse("…"); ' +
        'see docs/.vitepress/support/metadata-chunk.ts',
    )
  }
  const map = JSON.parse(JSON.parse(match[1]) as string) as Record<string, string>
  const kept = Object.fromEntries(Object.entries(map).filter(([page]) => !leaveOut.has(page)))
  const statement = `window.__VP_HASH_MAP__=JSON.parse(${JSON.stringify(JSON.stringify(kept))});`
  return statement + content.slice(match[0].length)
}

/** Named after its content as VitePress names it, so a changed chunk never hides behind a cached one. */
export const metadataFileName = (content: string): string =>
  `metadata.${createHash('sha256').update(content).digest('hex').slice(0, 8)}.js`

/**
 * Rewrites the built metadata chunk without `leaveOut` and points every page at the new file.
 * Returns the new file name, or undefined when the build has no metadata chunk (`metaChunk` off).
 */
export function slimMetadataChunk(
  outDir: string,
  assetsDir: string,
  leaveOut: ReadonlySet<string>,
): string | undefined {
  const chunksDir = join(outDir, assetsDir, 'chunks')
  const chunks = readdirSync(chunksDir).filter((file) => /^metadata\.[0-9a-f]{8}\.js$/.test(file))
  if (chunks.length === 0) return undefined
  if (chunks.length > 1) throw new Error(`more than one metadata chunk in ${chunksDir}: ${chunks.join(', ')}`)
  const [oldName] = chunks as [string]
  const slim = slimMetadata(readFileSync(join(chunksDir, oldName), 'utf8'), leaveOut)
  const newName = metadataFileName(slim)
  if (newName === oldName) return newName
  writeFileSync(join(chunksDir, newName), slim)
  rmSync(join(chunksDir, oldName))
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
  for (const page of pages) {
    const html = readFileSync(join(outDir, page), 'utf8')
    if (html.includes(oldName)) writeFileSync(join(outDir, page), html.replaceAll(oldName, newName))
  }
  return newName
}
