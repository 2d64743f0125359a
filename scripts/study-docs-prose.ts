/**
 * Precision on text that is not an error (`npm run study:prose`): every README and CHANGELOG paragraph of the installed
 * packages (docs prose, code samples, release notes; about 17,000 paragraphs) read by the lookup, and which entries
 * it names and by which words. An entry named for docs prose is a wording read too broadly: the same words in a
 * paste beside the real error can outrank it. Reads no labelled paste, so it can be run at any time.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { printNamed, tallyNamed } from './prose-study.ts'

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
  printNamed(
    (total) => `${paragraphs.length} paragraphs of installed packages' docs; ${total} named an entry`,
    tallyNamed(paragraphs),
  )
}

main()
