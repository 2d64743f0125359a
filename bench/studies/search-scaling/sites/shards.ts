import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Article indices `[from, to)` in each language that one VitePress build renders. */
export interface ShardRange {
  from: number
  to: number
}

/**
 * Above this many pages per language a corpus is built in shards of this size: one VitePress
 * build of 20,000 pages was still bundling after 10 minutes, while 1,000 per language builds in
 * about a minute (the 1,000 row), so the shards are exactly that measured size.
 */
export const shardPagesPerLocale = 1000

/** Consecutive ranges covering `0..pagesPerLocale`, each at most `shardSize` long. */
export function shardRanges(pagesPerLocale: number, shardSize = shardPagesPerLocale): ShardRange[] {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`shard size ${shardSize} is not a whole number`)
  const ranges: ShardRange[] = []
  for (let from = 0; from < pagesPerLocale; from += shardSize)
    ranges.push({ from, to: Math.min(pagesPerLocale, from + shardSize) })
  return ranges
}

/**
 * What merging a shard's file into the site does. Articles belong to one shard each, so two
 * shards writing the same page means the ranges overlap. Hashed assets (framework, theme) are
 * the same file in every shard; the few per-build files that are not (404 page, hash map) are
 * taken from the first shard, which also holds the home pages.
 */
export function mergeAction(relativePath: string, alreadyThere: boolean): 'move' | 'keep-first' {
  if (!alreadyThere) return 'move'
  const path = relativePath.replaceAll('\\', '/')
  if (path.endsWith('.html') && path !== '404.html') throw new Error(`two shards both built ${path}`)
  return 'keep-first'
}

/**
 * Moves every file of `shardDist` into `siteDist` (renames: no copying 20,000 pages).
 * Returns how many files were kept from an earlier shard instead.
 */
export function mergeShardInto(shardDist: string, siteDist: string): number {
  let kept = 0
  for (const relative of readdirSync(shardDist, { recursive: true, encoding: 'utf8' })) {
    const from = join(shardDist, relative)
    if (!statSync(from).isFile()) continue
    const to = join(siteDist, relative)
    const there = existsFile(to)
    if (mergeAction(relative, there) === 'keep-first') {
      kept++
      continue
    }
    mkdirSync(dirname(to), { recursive: true })
    renameSync(from, to)
  }
  rmSync(shardDist, { recursive: true, force: true })
  return kept
}

function existsFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
