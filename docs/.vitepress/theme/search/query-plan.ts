import { maskKeys } from '@components/shared/mask-keys.ts'

/**
 * What the search box sends pagefind for a query. pagefind downloads at least one index chunk
 * (about 25 KB gzip at 10,000 pages per language) for every distinct word it is given, and a
 * common word's chunk holds its whole posting list, so a pasted error message of twenty words
 * costs hundreds of KB before the first answer. The plan keeps the few words that tell pages
 * apart (names with digits or hyphens, error codes, longer words) and drops function words
 * that nearly every page has and that barely change the ranking.
 */

/**
 * How many words pagefind is given at most. The bench's typed questions (client, model, error)
 * need about five: at 10,000 pages per language, with 3 a right page was in the first five for
 * 0.87 of them, with 5 for all.
 */
export const maxPlannedTerms = 5

/**
 * Words on nearly every page of a help center, in either language (a Chinese page quotes
 * English error messages). Lowercase; Chinese entries are what `Intl.Segmenter` yields.
 */
const commonWords = new Set([
  // English function words and the ones every error message has.
  ...'a an and are as at be but by can could do does for from has have i if in into is it its may me my no not of on or our please so than that the their then there this to was we were what when which will with you your'.split(
    ' ',
  ),
  // Chinese particles, pronouns and connectives.
  ...'的 了 已 已经 是 在 和 与 或 而 也 就 都 不 不是 而不是 没有 有 我 你 您 我们 它 这 那 这个 那个 一个 吗 呢 吧 啊 把 被 对 为 为什么 怎么 什么 时 后 请 要 会 能 可以 但 但是 如果 还 又 再 从 到 给 让 用 中'.split(
    ' ',
  ),
])

const hanScript = /\p{Script=Han}/u
// A word that names one thing: a model, an SDK, an error code, a status.
const identifierLike = /\p{N}|[\p{L}\p{N}][-_.][\p{L}\p{N}]|\p{Ll}\p{Lu}/u
const edgePunctuation = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu

/**
 * Words that belong to one reader's request and are on no page: a key, a URL, a request or
 * completion id, a hash, a timestamp, an email. An identifier would otherwise score highest, and
 * pagefind wants every word it is given on the page, so a pasted `Incorrect API key provided:
 * sk-…` found nothing but the page that quotes that very error.
 */
const requestSpecific = [
  /:\/\/|^www\./i,
  /@.+\./,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i,
  // Timestamps and numeric ids; a status code (429) or a port is shorter.
  /^\p{N}{6,}$/u,
]

/**
 * A generated id or hash (req_8f3a2b…, chatcmpl-AbCdEf…): a run of 16 or more letters and digits
 * that mixes the two, or flips case over and over. A model's date (20250219) is one run of digits
 * and an error class (APIConnectionError) flips case a few times, so both stay.
 */
function looksGenerated(term: string): boolean {
  return term.split(/[-_.:/]/).some((run) => {
    if (run.length < 16) return false
    if (/\p{N}/u.test(run) && /\p{L}/u.test(run)) return true
    const flips = run.match(/\p{Ll}\p{Lu}|\p{Lu}\p{Ll}/gu)?.length ?? 0
    return flips >= run.length / 3
  })
}

/** Whether a word is specific to the reader's own request (see `requestSpecific`). */
export function isRequestSpecific(term: string): boolean {
  // A key is what the error lookup masks before text reaches an address: one definition of it.
  return maskKeys(term) !== term || looksGenerated(term) || requestSpecific.some((pattern) => pattern.test(term))
}

interface Term {
  text: string
  position: number
  score: number
}

/**
 * The query's words as pagefind splits them: at whitespace, and Chinese runs into words with
 * `Intl.Segmenter` in the page's language, as pagefind's own script does in the same browser
 * (engines' dictionaries differ: Node's ICU cuts 余额 in two, Chromium's does not).
 */
export function queryTerms(query: string, lang = 'zh'): string[] {
  const terms: string[] = []
  for (const piece of query.split(/\s+/)) {
    const token = piece.replace(edgePunctuation, '')
    if (!token) continue
    if (!hanScript.test(token)) {
      terms.push(token)
      continue
    }
    // Single characters the segmenter leaves (余 额, 跨 域) stay together as one term: dropping
    // one of them would search for half a word.
    let single = ''
    for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(token)) {
      if (!segment.isWordLike) continue
      const word = segment.segment
      if ([...word].length === 1 && hanScript.test(word) && !commonWords.has(word)) {
        single += word
        continue
      }
      if (single) terms.push(single)
      single = ''
      terms.push(word)
    }
    if (single) terms.push(single)
  }
  return terms
}

/**
 * How much a word narrows the results: identifiers most, then acronyms, then words of some
 * length. Equal words are told apart by position (see `planQuery`).
 */
export function termScore(term: string): number {
  const lower = term.toLowerCase()
  if (commonWords.has(lower) || isRequestSpecific(term)) return 0
  if (identifierLike.test(term)) return 4
  // HTML, JSON, CORS: a format or protocol named in the error.
  if (/^\p{Lu}{2,}$/u.test(term)) return 3
  const length = [...term].length
  if (hanScript.test(term)) return length >= 2 ? 2 : 0.5
  return length >= 4 ? 2 : 1
}

/**
 * The query pagefind is given: at most `maxTerms` distinct words, the most distinctive ones, in
 * the reader's order. A query of only common words keeps its first ones, so it still answers.
 */
export function planQuery(query: string, lang?: string, maxTerms = maxPlannedTerms): string {
  const seen = new Set<string>()
  const terms: Term[] = []
  queryTerms(query, lang).forEach((text, position) => {
    const key = text.toLowerCase()
    if (seen.has(key)) return
    seen.add(key)
    terms.push({ text, position, score: termScore(text) })
  })
  const useful = terms.filter((term) => term.score > 0)
  const pool = useful.length ? useful : terms
  return (
    [...pool]
      // Among equals the later word wins: a phrase's head comes last in Chinese and English alike
      // (令牌已过期 → 过期, no available channel → channel).
      .sort((a, b) => b.score - a.score || b.position - a.position)
      .slice(0, maxTerms)
      .sort((a, b) => a.position - b.position)
      .map((term) => term.text)
      .join(' ')
  )
}

/**
 * The words searched for, when the plan left out some that would have narrowed the search (past
 * the cap, or the reader's own key or URL), so the box can say what it looked for; '' when it only
 * dropped function words, which the reader would not miss.
 */
export function searchedFor(query: string, lang?: string, maxTerms = maxPlannedTerms): string {
  const planned = planQuery(query, lang, maxTerms)
  const kept = new Set(planned.toLowerCase().split(' '))
  const telling = queryTerms(query, lang).filter((term) => !commonWords.has(term.toLowerCase()))
  return telling.some((term) => !kept.has(term.toLowerCase())) ? planned : ''
}

/** A Latin word or name still being typed at the end (Chinese arrives whole from the input method). */
const wordBeingTyped = /[\p{Script=Latin}\p{N}_.-]+$/u

/**
 * What to preload for the text typed so far: the words the search will be given (`planQuery`)
 * that the reader has finished, so nothing is fetched that the search after the pause skips.
 * A half-typed word's prefix can sit in another index chunk than the word.
 */
export function preloadQuery(query: string, lang?: string): string {
  const typing = wordBeingTyped.exec(query)?.[0]
  return planQuery(query, lang)
    .split(' ')
    .filter((term) => term && term !== typing)
    .join(' ')
}
