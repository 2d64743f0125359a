import type { ErrorEntry } from '@data/errors.schema.ts'

/**
 * Which catalogue entries a paste resembles, word for word, when no pattern has to match: the
 * words it shares with each entry's titles, real examples, codes and pattern wording, each weighed
 * by how rare it is in the catalogue (a word only one entry uses says more than `error`). Patterns
 * are exact and precise; this is loose and broad, so it only ranks the other possible causes and
 * the guess, never the matches.
 */

export interface SimilarEntry {
  entry: ErrorEntry
  score: number
  /** The shared words that weigh most, rarest first: what the page shows as the basis. */
  shared: string[]
}

interface SimilarityIndex {
  /** Word → the indexes of the entries that use it. */
  postings: Map<string, number[]>
  /** Word → its inverse document frequency. */
  weight: Map<string, number>
}

/**
 * Words too common in error text to tell two causes apart, in both languages' sense. IDF already
 * discounts common words; these would still outweigh a rare one when a long log repeats them.
 */
const stopWords = new Set(
  (
    'the and for with that this from are was were not but has have had been you your our can could ' +
    'will would should may might must its into than then there their they them when what which who ' +
    'how why all any some more most other such only own same too very just also out over under again ' +
    'error errors failed failure request requests response http https www com api message type code ' +
    'status please try later null true false undefined none object string'
  ).split(' '),
)

/** Regex syntax and escapes in a pattern source, so its wording can be read as words. */
const patternSyntax = /\\[a-z]|\\u\{?[0-9a-f]+\}?|\(\?[:=!<]+|[\\^$.|?*+()[\]{}]/gi

const asciiWord = /[a-z][a-z0-9_]{2,}/g
const hanRun = /[\u3400-\u9fff]+/g

/**
 * The words of a text: ASCII words of three letters or more (and the parts of a `snake_case`
 * code), a trailing plural `s` dropped; Chinese as overlapping two-character runs, since Chinese
 * has no spaces and most of its words are two characters long.
 */
export function similarityWords(text: string): Set<string> {
  const lower = text.toLowerCase()
  const words = new Set<string>()
  const add = (word: string) => {
    const stem = word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
    if (stem.length >= 3 && !stopWords.has(stem)) words.add(stem)
  }
  for (const word of lower.match(asciiWord) ?? []) {
    add(word)
    if (word.includes('_')) for (const part of word.split('_')) add(part)
  }
  for (const run of lower.match(hanRun) ?? []) {
    for (let at = 0; at + 1 < run.length; at++) words.add(run.slice(at, at + 2))
  }
  return words
}

/** Everything an entry says about how its error reads: never its explanation or its fix. */
function entryWording(entry: ErrorEntry): string {
  return [
    entry.title.en,
    entry.title.zh,
    ...entry.match.codes,
    ...entry.match.patterns.map((source) => source.replace(patternSyntax, ' ')),
    ...entry.examples.map((example) => example.text),
  ].join('\n')
}

const indexCache = new WeakMap<readonly ErrorEntry[], SimilarityIndex>()

function indexOf(catalogue: readonly ErrorEntry[]): SimilarityIndex {
  const cached = indexCache.get(catalogue)
  if (cached) return cached
  const postings = new Map<string, number[]>()
  catalogue.forEach((entry, index) => {
    for (const word of similarityWords(entryWording(entry))) {
      const list = postings.get(word)
      if (list) list.push(index)
      else postings.set(word, [index])
    }
  })
  const weight = new Map<string, number>()
  for (const [word, list] of postings) weight.set(word, Math.log(catalogue.length / list.length))
  const index = { postings, weight }
  indexCache.set(catalogue, index)
  return index
}

const maxShared = 3

/**
 * Below this an entry is not similar: as much as one word that only one entry uses (ln of the
 * catalogue's size). A few words many entries share (`title` in three HTML pages, `rate` alone)
 * are what unrelated text has in common with error text too.
 */
function minSimilarity(catalogue: readonly ErrorEntry[]): number {
  return Math.log(catalogue.length)
}

/**
 * The entries the text shares rare words with, most similar first (at most `limit`). Linear in the
 * paste's distinct words: each word looks up the few entries that use it.
 */
export function similarEntries(text: string, catalogue: readonly ErrorEntry[], limit = 8): SimilarEntry[] {
  const { postings, weight } = indexOf(catalogue)
  const scores = new Map<number, { score: number; words: Array<[string, number]> }>()
  for (const word of similarityWords(text)) {
    const list = postings.get(word)
    const wordWeight = weight.get(word) ?? 0
    if (!list || wordWeight <= 0) continue
    for (const index of list) {
      const current = scores.get(index) ?? { score: 0, words: [] }
      current.score += wordWeight
      current.words.push([word, wordWeight])
      scores.set(index, current)
    }
  }
  const floor = minSimilarity(catalogue)
  return [...scores.entries()]
    .filter(([, { score }]) => score >= floor)
    .sort(([a, x], [b, y]) => y.score - x.score || a - b)
    .slice(0, limit)
    .map(([index, { score, words }]) => ({
      entry: catalogue[index]!,
      score,
      shared: words
        .sort((x, y) => y[1] - x[1])
        .slice(0, maxShared)
        .map(([word]) => word),
    }))
}
