import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { forwardTarget, splitLocale, type AnchorMoves as Moves } from '../docs/.vitepress/support/anchor-moves.ts'
import { AnchorMoves } from '../docs/.vitepress/support/anchor-moves.schema.ts'
import { localePath, locales } from '../data/locale.ts'
import { idsIn, publicAnchorsIn, readBuiltPages, type BuiltPage } from './site-html.ts'

/** Published anchors by locale-neutral slug: `{ "/faq/basics": ["what-is", …] }`. */
export type AnchorRegistry = Record<string, string[]>

const registryFile = fileURLToPath(new URL('../data/anchor-registry.json', import.meta.url))
const movesFile = fileURLToPath(new URL('../data/anchor-moves.json', import.meta.url))

/** Every public anchor of a build, merged across both languages (their ids are the same). */
export function collectAnchors(pages: Map<string, BuiltPage>): AnchorRegistry {
  const registry: AnchorRegistry = {}
  for (const page of pages.values()) {
    if (page.path === '/404') continue
    const { slug } = splitLocale(page.path)
    const anchors = new Set([...(registry[slug] ?? []), ...publicAnchorsIn(page.html)])
    registry[slug] = [...anchors].sort()
  }
  return sortKeys(registry)
}

/** Adds what is new; never drops a published anchor (dropping one is what the check forbids). */
export function mergeRegistry(published: AnchorRegistry, current: AnchorRegistry): AnchorRegistry {
  const merged: AnchorRegistry = { ...published }
  for (const [slug, anchors] of Object.entries(current)) {
    merged[slug] = [...new Set([...(merged[slug] ?? []), ...anchors])].sort()
  }
  return sortKeys(merged)
}

/**
 * Each published page and anchor must still exist in both languages, or be moved (in
 * data/anchor-moves.json) to a place that exists. Returns one line per broken promise.
 */
export function checkRegistry(registry: AnchorRegistry, pages: Map<string, BuiltPage>, moves: Moves): string[] {
  const ids = new Map([...pages].map(([path, page]) => [path, idsIn(page.html)]))
  const exists = (path: string, hash: string) => {
    const pageIds = ids.get(path)
    return pageIds !== undefined && (hash === '' || pageIds.has(hash))
  }
  const problems: string[] = []
  for (const [slug, anchors] of Object.entries(registry)) {
    for (const locale of locales) {
      const path = localePath(locale, slug)
      for (const hash of ['', ...anchors]) {
        if (exists(path, hash)) continue
        const target = forwardTarget(moves, path, hash)
        const [targetPath = '', targetHash = ''] = (target ?? '').split('#')
        if (!target)
          problems.push(`${path}${hash ? `#${hash}` : ''} disappeared: restore it or map it in data/anchor-moves.json`)
        else if (!exists(targetPath, targetHash))
          problems.push(`${path}#${hash} is moved to ${target}, which does not exist`)
      }
    }
  }
  return problems
}

function sortKeys(registry: AnchorRegistry): AnchorRegistry {
  return Object.fromEntries(Object.entries(registry).sort(([a], [b]) => a.localeCompare(b)))
}

export function readRegistry(): AnchorRegistry {
  return JSON.parse(readFileSync(registryFile, 'utf8')) as AnchorRegistry
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.env.SITE_DIST ?? fileURLToPath(new URL('../docs/.vitepress/dist', import.meta.url))
  const pages = readBuiltPages(dist)
  const moves = AnchorMoves.parse(JSON.parse(readFileSync(movesFile, 'utf8')))
  const published = readRegistry()
  const problems = checkRegistry(published, pages, moves)
  if (problems.length) {
    console.error(`Published anchors broken:\n${problems.join('\n')}`)
    process.exit(1)
  }
  const merged = mergeRegistry(published, collectAnchors(pages))
  const added = Object.values(merged).flat().length - Object.values(published).flat().length
  if (process.argv.includes('--update')) {
    writeFileSync(registryFile, `${JSON.stringify(merged, null, 2)}\n`)
    console.log(`Anchor registry: ${added} new anchor(s) recorded in data/anchor-registry.json.`)
  } else if (added > 0) {
    console.error(
      `${added} anchor(s) are published but not in the registry: run \`npm run anchors:update\` and commit it.`,
    )
    process.exit(1)
  } else {
    console.log(`Anchors: all ${Object.values(published).flat().length} published anchors resolve in both languages.`)
  }
}
