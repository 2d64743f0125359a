import type { Cause } from '../data/causes.ts'

/**
 * How well the error lookup names the cause of real pastes: the arithmetic behind
 * `npm run score:lookup`, kept free of I/O so a unit test can check it on a tiny catalogue.
 */

/** One labelled paste: what a reader pasted and the cause a support engineer would give. */
export interface LabelledPaste {
  text: string
  cause: Cause
  lang: 'zh' | 'en'
  /** Which kind of paste (held-out set only); others are tallied under `noFamily`. */
  family?: string
}

/** The lookup under test: the causes it shows for a paste, best first (empty when it shows nothing). */
export type LookupCauses = (text: string) => readonly Cause[]

/** The cause the lookup guesses when it shows no entry (`undefined` when it names none). */
export type GuessCause = (text: string) => Cause | undefined

/**
 * The causes the page shows after the entries, in order: the guess when no entry matched, then
 * the other possible causes. Weaker than entries and labelled so, but on the page all the same.
 */
export type ShownAfter = (text: string) => readonly Cause[]

export interface Tally {
  count: number
  /** The first result names the expected cause. */
  top1: number
  /** The expected cause is among the first three results. */
  top3: number
  /**
   * The expected cause is among the first three causes the page shows: the entries, then the
   * guess, then the other possible causes. Never less than `top3`.
   */
  top3Shown: number
  /** No entry at all. */
  empty: number
  /** Of the empty answers, those whose guess names the expected cause: never counted in top-1. */
  guessRight: number
}

export interface LookupMiss {
  text: string
  expected: Cause
  /** Causes of the entries shown, best first. */
  got: Cause[]
  /** Causes shown after the entries: the guess, then the other possible causes. */
  after: Cause[]
  lang: 'zh' | 'en'
  family: string
}

export interface LookupScore {
  overall: Tally
  byLang: Record<string, Tally>
  byFamily: Record<string, Tally>
  /** Pastes whose first result is not the expected cause, in set order. */
  misses: LookupMiss[]
}

export interface FreshSplit<Paste> {
  /** The pastes of the listed sources: the fresh set. */
  pastes: Paste[]
  /** Every other paste: what a model scoring the fresh set may train on. */
  rest: Paste[]
}

/**
 * A fresh set by the sources its collector listed (one URL a line, blank lines ignored): scored once with a model
 * trained on the rest, before it joins the training pastes. An error when no paste comes from a listed source.
 */
export function splitBySources<Paste extends { source: string }>(
  list: string,
  pastes: readonly Paste[],
): FreshSplit<Paste> {
  const sources = new Set(
    list
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  )
  const split: FreshSplit<Paste> = { pastes: [], rest: [] }
  for (const paste of pastes) (sources.has(paste.source) ? split.pastes : split.rest).push(paste)
  if (!split.pastes.length)
    throw new Error('No paste comes from a listed source: is this the list of a fresh set that has landed?')
  return split
}

/**
 * Whether `--misses` may list a set's misses: never for a set holding held-out pastes, whose texts
 * must not reach anyone who edits the catalogue (a miss list is read to edit it). Read from the
 * name, so a held-out set added later is refused without being listed here: every held-out set's
 * name starts with `heldout`, and `all` holds them all.
 */
export function mayListMisses(setName: string): boolean {
  return setName !== 'all' && !setName.startsWith('heldout')
}

export const noFamily = '(none)'

function emptyTally(): Tally {
  return { count: 0, top1: 0, top3: 0, top3Shown: 0, empty: 0, guessRight: 0 }
}

function add(
  tally: Tally,
  got: readonly Cause[],
  after: readonly Cause[],
  guessed: Cause | undefined,
  expected: Cause,
): void {
  tally.count += 1
  if (got[0] === expected) tally.top1 += 1
  if (got.slice(0, 3).includes(expected)) tally.top3 += 1
  if ([...got, ...after].slice(0, 3).includes(expected)) tally.top3Shown += 1
  if (got.length === 0) tally.empty += 1
  if (got.length === 0 && guessed === expected) tally.guessRight += 1
}

export function scoreLookup(
  pastes: readonly LabelledPaste[],
  lookup: LookupCauses,
  guess: GuessCause = () => undefined,
  shownAfter: ShownAfter = () => [],
): LookupScore {
  const score: LookupScore = { overall: emptyTally(), byLang: {}, byFamily: {}, misses: [] }
  for (const paste of pastes) {
    const got = [...lookup(paste.text)]
    const after = [...shownAfter(paste.text)]
    const guessed = got.length === 0 ? guess(paste.text) : undefined
    const family = paste.family ?? noFamily
    add(score.overall, got, after, guessed, paste.cause)
    add((score.byLang[paste.lang] ??= emptyTally()), got, after, guessed, paste.cause)
    add((score.byFamily[family] ??= emptyTally()), got, after, guessed, paste.cause)
    if (got[0] !== paste.cause)
      score.misses.push({ text: paste.text, expected: paste.cause, got, after, lang: paste.lang, family })
  }
  return score
}

/** A share as a fraction of the tally's count; 0 for an empty tally rather than NaN. */
export function share(tally: Tally, field: 'top1' | 'top3' | 'top3Shown' | 'empty'): number {
  return tally.count === 0 ? 0 : tally[field] / tally.count
}

/**
 * The share whose first answer on the page names the cause: the first entry, or the guess when no entry matched.
 * Not top-1, which counts entries only; what a reader sees first all the same.
 */
export function firstShownShare(tally: Tally): number {
  return tally.count === 0 ? 0 : (tally.top1 + tally.guessRight) / tally.count
}

function tallyLine(label: string, tally: Tally): string {
  const percent = (field: 'top1' | 'top3' | 'top3Shown' | 'empty') =>
    `${(share(tally, field) * 100).toFixed(1)}%`.padStart(6)
  return (
    `${label.padEnd(22)} n=${String(tally.count).padStart(3)}  ` +
    `top-1 ${percent('top1')} (${tally.top1})  top-3 ${percent('top3')} (${tally.top3})  ` +
    `top-3 shown ${percent('top3Shown')} (${tally.top3Shown})  ` +
    `empty ${percent('empty')} (${tally.empty})  guess right ${tally.guessRight}/${tally.empty} of empty  ` +
    `first shown ${(firstShownShare(tally) * 100).toFixed(1)}%`
  )
}

/** The plain-text report the script prints; misses only when asked (they quote the pastes). */
export function formatScore(setName: string, score: LookupScore, options: { misses: boolean }): string {
  const lines = [
    `Error lookup on the ${setName} set (top-1/top-3: entries only; "top-3 shown": the entries, then the guess, ` +
      `then the other possible causes; "guess right": empty answers whose guess named the cause; "first shown": ` +
      `the first entry, else the guess, names the cause)`,
    tallyLine('all', score.overall),
    '',
    'by language',
  ]
  for (const [lang, tally] of Object.entries(score.byLang).sort()) lines.push(tallyLine(`  ${lang}`, tally))
  lines.push('', 'by family')
  for (const [family, tally] of Object.entries(score.byFamily).sort()) lines.push(tallyLine(`  ${family}`, tally))
  if (options.misses) {
    lines.push('', `misses (${score.misses.length}): expected ← got, best first`)
    for (const miss of score.misses) {
      const pasted = miss.text.replace(/\s+/g, ' ').slice(0, 110)
      lines.push(
        `  [${miss.family}/${miss.lang}] ${miss.expected} ← ${miss.got.join(', ') || '(nothing)'}` +
          (miss.after.length ? ` | then ${miss.after.join(', ')}` : ''),
        `    ${pasted}`,
      )
    }
  }
  return lines.join('\n')
}

/**
 * A paste reduced to what makes it that paste: lower case, letters, digits and CJK only, with
 * request ids and other long digit-bearing tokens dropped (they differ between two copies of the
 * same error).
 */
export function pasteFingerprint(text: string): string {
  return text
    .toLowerCase()
    .replace(/[a-z0-9]*\d[a-z0-9]*/g, (token) => (token.length >= 12 ? '' : token))
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * Two pastes are the same for scoring when their fingerprints are equal, or one holds the other
 * and is at least 80% of its length (the same message with a short prefix such as "Error:").
 */
export function nearDuplicate(a: string, b: string): boolean {
  return nearDuplicateFingerprints(pasteFingerprint(a), pasteFingerprint(b))
}

/** `nearDuplicate` on fingerprints already taken, for comparing whole sets. */
export function nearDuplicateFingerprints(x: string, y: string): boolean {
  if (!x || !y) return x === y
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x]
  return longer.includes(shorter) && shorter.length >= 0.8 * longer.length
}

/**
 * The pastes of `set` that share neither a thread (`source`) nor their text with any of `seen`:
 * what is still unseen after `seen` was read and fixed against.
 */
export function untouchedBy<T extends LabelledPaste & { source?: string }>(
  set: readonly T[],
  seen: ReadonlyArray<LabelledPaste & { source?: string }>,
): T[] {
  const threads = new Set(seen.flatMap((paste) => (paste.source ? [paste.source] : [])))
  const prints = seen.map((paste) => pasteFingerprint(paste.text))
  return set.filter((paste) => {
    if (paste.source && threads.has(paste.source)) return false
    const print = pasteFingerprint(paste.text)
    return !prints.some((other) => nearDuplicateFingerprints(print, other))
  })
}

/**
 * A paste's repository (`owner/name`) from its GitHub source; for another web page, its site (`err.example.cn` and
 * `errs.example.cn` are one), which holds one product's wording as a repository does (a gateway's error-report pages,
 * a vendor's docs); else the whole source.
 */
export function repositoryOf(source: string): string {
  const repository = /github\.com\/([^/\s]+\/[^/\s#?]+)/i.exec(source)?.[1]
  if (repository) return repository.toLowerCase()
  const host = /^https?:\/\/([^/\s?#:]+)/i.exec(source)?.[1]
  return host ? siteOf(host.toLowerCase()) : source.toLowerCase()
}

/** Second-level labels under which a country's sites register (`example.com.cn`). */
const registries = new Set(['com', 'net', 'org', 'gov', 'edu', 'co', 'ac'])

function siteOf(host: string): string {
  const labels = host.split('.')
  const keep = labels.length > 2 && registries.has(labels.at(-2)!) ? 3 : 2
  return labels.slice(-keep).join('.')
}
