/**
 * What `study:prose` and `study:prose-zh` share: read each docs paragraph through the lookup and tally the entries it
 * names, with the words that named them, then print the tally most named first.
 */
import { errorCatalogue } from '../data/errors.ts'
import { lookupErrors } from '../components/error-lookup/match.ts'

export interface ProseParagraph {
  /** Where the paragraph comes from, as the tally's example shows it. */
  file: string
  text: string
}

interface NamedRow {
  count: number
  words: Map<string, number>
  example: string
}

/** Each entry the paragraphs name first (a status alone does not count), how often, by which words. */
export function tallyNamed(paragraphs: readonly ProseParagraph[]): Map<string, NamedRow> {
  const named = new Map<string, NamedRow>()
  for (const { file, text } of paragraphs) {
    const top = lookupErrors(text, errorCatalogue).matches.find((match) => !match.statusOnly)
    if (!top) continue
    const row = named.get(top.entry.id) ?? { count: 0, words: new Map(), example: `${file}: ${text}` }
    row.count++
    for (const reason of top.reasons)
      if (reason.kind !== 'status') row.words.set(String(reason.value), (row.words.get(String(reason.value)) ?? 0) + 1)
    named.set(top.entry.id, row)
  }
  return named
}

/** The tally, most named first: the count, the entry, its four commonest words and one paragraph. */
export function printNamed(heading: (total: number) => string, named: Map<string, NamedRow>): void {
  const total = [...named.values()].reduce((sum, row) => sum + row.count, 0)
  console.log(heading(total))
  for (const [id, row] of [...named.entries()].sort((a, b) => b[1].count - a[1].count)) {
    const words = [...row.words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4)
    console.log(`${String(row.count).padStart(4)}  ${id}  ${words.map(([word, n]) => `${word} ×${n}`).join(' | ')}`)
    console.log(`        e.g. ${row.example.replace(/\s+/g, ' ').slice(0, 150)}`)
  }
}
