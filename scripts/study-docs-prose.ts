/**
 * Precision on text that is not an error (`npm run study:prose`): every README and CHANGELOG paragraph of the installed
 * packages (docs prose, code samples, release notes; about 17,000 paragraphs) read by the lookup, and which entries
 * it names and by which words. An entry named for docs prose is a wording read too broadly: the same words in a
 * paste beside the real error can outrank it. Reads no labelled paste, so it can be run at any time.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { errorCatalogue } from '../data/errors.ts'
import { lookupErrors } from '../components/error-lookup/match.ts'

/** Docs files of installed packages, down to four folders (`pkg/README.md`, `@scope/pkg/README.md`, nested `node_modules`). */
function docsFiles(dir: string, depth = 0): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const path = join(dir, name)
    if (/^(?:readme[\w-]*|changelog)\.md$/i.test(name)) return [path]
    if (depth >= 4 || name.startsWith('.') || /\.\w+$/.test(name)) return []
    return docsFiles(path, depth + 1)
  })
}

function main(): void {
  const seen = new Set<string>()
  const paragraphs = docsFiles('node_modules').flatMap((file) =>
    readFileSync(file, 'utf8')
      .split(/\n\s*\n/)
      .filter((text) => text.trim().length > 40 && text.length < 3000 && !seen.has(text) && seen.add(text))
      .map((text) => ({ file, text })),
  )
  const named = new Map<string, { count: number; words: Map<string, number>; example: string }>()
  for (const { file, text } of paragraphs) {
    const top = lookupErrors(text, errorCatalogue).matches.find((match) => !match.statusOnly)
    if (!top) continue
    const row = named.get(top.entry.id) ?? { count: 0, words: new Map(), example: `${file}: ${text}` }
    row.count++
    for (const reason of top.reasons)
      if (reason.kind !== 'status') row.words.set(String(reason.value), (row.words.get(String(reason.value)) ?? 0) + 1)
    named.set(top.entry.id, row)
  }
  const total = [...named.values()].reduce((sum, row) => sum + row.count, 0)
  console.log(`${paragraphs.length} paragraphs of installed packages' docs; ${total} named an entry`)
  for (const [id, row] of [...named.entries()].sort((a, b) => b[1].count - a[1].count)) {
    const words = [...row.words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4)
    console.log(`${String(row.count).padStart(4)}  ${id}  ${words.map(([word, n]) => `${word} ×${n}`).join(' | ')}`)
    console.log(`        e.g. ${row.example.replace(/\s+/g, ' ').slice(0, 150)}`)
  }
}

main()
