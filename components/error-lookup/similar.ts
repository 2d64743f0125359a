import type { ErrorEntry } from '@data/errors.schema.ts'
import { hanClass } from './fold-han.ts'
import { withoutNegativeLookarounds } from './regex-source.ts'

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
 * Words that tell no two errors apart: English function words (NLTK's English stop-word list, the
 * words of three letters or more), the words every error message uses and HTML element names. IDF
 * already discounts common words; these would still outweigh a rare one when a long log repeats
 * them, and they make a poor basis to show a reader. The learned reading leaves them out too.
 */
export const stopWords: ReadonlySet<string> = new Set(
  // NLTK corpora/stopwords/english
  (
    'about above after again against ain all and any are aren arent because been before being below ' +
    'between both but can couldn did didn does doesn doing don down during each few for from further ' +
    'had hadn has hasn have haven having her here hers herself him himself his how into isn its itself ' +
    'just mightn more most mustn myself needn nor not now off once only other our ours ourselves out ' +
    'over own same shan she should shouldn some such than that the their theirs them themselves then ' +
    'there these they this those through too under until very was wasn were weren what when where ' +
    'which while who whom why will with won wouldn you your yours yourself yourselves ' +
    // error text
    'error errors failed failure fail occurred request requests response http https www com api ' +
    'message type code status please try later null true false undefined none object string see use ' +
    'used using get got may might could would also ' +
    // the parts of the gateways' error types (`new_api_error`, `one_api_error`)
    'new one ' +
    // HTML element names: markup any page has (a pasted `<img …>`, an error page's `<title>`, a
    // pattern's `<(?:title|h1)>`), never the wording of one error; and the attributes and DOM object a pasted
    // script uses (`<img src=x onerror="document.title=…">`), which a wording such as new-api's `documents is
    // empty` would otherwise lend an entry
    'html head title body div span img script style meta center iframe svg src href onerror onload document'
  ).split(' '),
)

/** Regex syntax and escapes in a pattern source, so its wording can be read as words. */
const patternSyntax = /\\[a-z]|\\u\{?[0-9a-f]+\}?|\(\?[:=!<]+|[\\^$.|?*+()[\]{}]/gi

const asciiWord = /[a-z][a-z0-9_]{2,}/g
/** A run of Chinese characters: Chinese has no spaces, so both word readings cut these into pairs. */
export const hanRun = new RegExp(`[${hanClass}]+`, 'g')
const startsHan = new RegExp(`^[${hanClass}]`)

/** A word without its trailing plural `s` (`quotas`, not `access` or `status`), as both word readings count it. */
export function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/** The text's runs of Han characters, each once: a log repeats its lines, and a run read twice says nothing new (a
 * 200 KB line of Chinese prose took 19 ms here, each run read as often as it came). */
function hanRuns(lower: string): Set<string> {
  return new Set(lower.match(hanRun))
}

/**
 * The words of a text: ASCII words of three letters or more (and the parts of a `snake_case`
 * code), a trailing plural `s` dropped; Chinese as overlapping two-character runs, since Chinese
 * has no spaces and most of its words are two characters long.
 */
export function similarityWords(text: string): Set<string> {
  const lower = text.toLowerCase()
  const words = new Set<string>()
  const add = (word: string) => {
    const stem = singular(word)
    if (stem.length >= 3 && !stopWords.has(stem)) words.add(stem)
  }
  // each word once: a log repeats its lines, and a word read twice adds nothing (as `hanRuns`)
  for (const word of new Set(lower.match(asciiWord))) {
    add(word)
    if (word.includes('_')) for (const part of word.split('_')) add(part)
  }
  for (const run of hanRuns(lower)) {
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
    ...[...entry.match.patterns, ...(entry.match.wraps ?? [])].map((source) =>
      withoutNegativeLookarounds(source).replace(patternSyntax, ' '),
    ),
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
 * A shared word is shown only when at most one entry in eight uses it (or one entry, in a catalogue
 * of fewer): `model` or `quota` count towards the score, but as the basis shown to a reader they
 * explain nothing.
 */
function tellingWeight(catalogue: readonly ErrorEntry[]): number {
  return Math.min(Math.log(8), Math.log(catalogue.length))
}

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
  const telling = tellingWeight(catalogue)
  // once for every entry shown: each of them read the whole paste again
  const runs = hanRuns(text.toLowerCase())
  return [...scores.entries()]
    .filter(([, { score }]) => score >= floor)
    .sort(([a, x], [b, y]) => y.score - x.score || a - b)
    .slice(0, limit)
    .map(([index, { score, words }]) => ({
      entry: catalogue[index]!,
      score,
      shared: sharedPhrases(runs, words, telling),
    }))
}

/**
 * The shared words to show, weightiest first. Chinese two-character runs that follow each other in
 * the paste are shown as the phrase they make (`订阅套餐`, not `订阅`, `阅套`, `套餐`).
 */
function sharedPhrases(runs: ReadonlySet<string>, words: ReadonlyArray<[string, number]>, telling: number): string[] {
  const weightOf = new Map(words)
  const phrases = new Map<string, number>()
  for (const [word, weight] of words) if (!startsHan.test(word) && weight >= telling) phrases.set(word, weight)
  for (const run of runs) {
    let start = -1
    let weight = 0
    for (let at = 0; at <= run.length - 1; at++) {
      const pair = weightOf.get(run.slice(at, at + 2))
      if (pair !== undefined && pair >= telling && at + 1 < run.length) {
        if (start < 0) start = at
        weight += pair
      } else if (start >= 0) {
        const phrase = run.slice(start, at + 1)
        phrases.set(phrase, Math.max(phrases.get(phrase) ?? 0, weight))
        start = -1
        weight = 0
      }
    }
  }
  return [...phrases.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, maxShared)
    .map(([phrase]) => phrase)
}
