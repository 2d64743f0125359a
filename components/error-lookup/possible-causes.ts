import type { Cause } from '@data/causes.ts'
import type { ErrorEntry } from '@data/errors.schema.ts'
import { asPasted, type ExtractedError } from './extract.ts'
import { causeLayer, rankCauses, withoutBrowserNoise, type GuessBasis, type LookupGuess } from './guess.ts'
import { similarEntries, type SimilarEntry } from './similar.ts'
import type { LearnedCause } from './learned.ts'

/**
 * The causes a paste may have beyond what its patterns proved, most likely first. Three readings,
 * each weak alone, vote: the layer words, codes, status and vendor it shows (`rankCauses`), the
 * catalogue entries whose wording it shares (`similarEntries`) and, when the caller has the model,
 * the learned reading (`readLearned`). Reciprocal rank fusion joins them without weighing one scale
 * against the other: a cause several readings rank high comes first. The
 * lookup shows the first as its guess when no entry matched, and the next ones as other possible
 * causes under any answer, so a reader whose error is worded like no entry still sees the right
 * one among the first three.
 */

export interface PossibleCause {
  cause: Cause
  /** The cause's entry that reads most like the paste: the one the page links to. */
  entry: ErrorEntry
  /** What pointed here, for the page to show. */
  basis: GuessBasis[]
  /** The layer or the similarity reading named it too, not the learned reading alone. */
  namedByOlderReadings: boolean
}

/**
 * Reciprocal rank fusion's constant (Cormack, Clarke and Büttcher, SIGIR 2009): large enough that
 * first and second place in one reading weigh about the same, so agreement between readings decides.
 */
const fusionK = 60
/** Similar entries read: beyond this many the shared words are the common ones. */
const similarRead = 12
/**
 * The learned reading's causes that vote: at most five, each with words of the paste behind it (which it gathers only
 * for causes of at least `minBasisProbability`; the rest is the model's prior, not the paste).
 */
const learnedRead = 5

/** The cause's entry to link: the most similar one, else the one the status points at, else its first. */
function entryFor(
  cause: Cause,
  similar: readonly SimilarEntry[],
  catalogue: readonly ErrorEntry[],
  status: number | undefined,
): ErrorEntry | undefined {
  const ofCause = (entry: ErrorEntry) => entry.cause === cause
  return (
    similar.find(({ entry }) => ofCause(entry))?.entry ??
    (status === undefined
      ? undefined
      : catalogue.find((entry) => ofCause(entry) && entry.defaultFor.includes(status))) ??
    (status === undefined ? undefined : catalogue.find((entry) => ofCause(entry) && entry.statuses.includes(status))) ??
    catalogue.find(ofCause)
  )
}

/**
 * Every cause any reading points at, most likely first; a cause with no entry is left out. `learned` is the
 * learned reading of the same paste (learned.ts), best first; without it two readings vote.
 */
export function possibleCauses(
  extracted: ExtractedError,
  catalogue: readonly ErrorEntry[],
  learned: readonly LearnedCause[] = [],
): PossibleCause[] {
  const votes = rankCauses(extracted)
  const similar = similarEntries(withoutBrowserNoise(extracted.lowerText), catalogue, similarRead)
  const similarCauses: Array<{ cause: Cause; shared: string[] }> = []
  for (const { entry, shared } of similar) {
    if (!similarCauses.some(({ cause }) => cause === entry.cause)) similarCauses.push({ cause: entry.cause, shared })
  }

  const fused = new Map<Cause, { score: number; first: number; basis: GuessBasis[]; older: boolean }>()
  const credit = (cause: Cause, rank: number, basis: GuessBasis[], older = true) => {
    const current = fused.get(cause) ?? { score: 0, first: rank, basis: [], older: false }
    current.score += 1 / (fusionK + rank + 1)
    current.first = Math.min(current.first, rank)
    current.basis.push(...basis)
    current.older ||= older
    fused.set(cause, current)
  }
  votes.forEach(({ cause, basis }, rank) => credit(cause, rank, basis))
  similarCauses.forEach(({ cause, shared }, rank) =>
    credit(
      cause,
      rank,
      shared.length ? [{ kind: 'similar', value: shared.map((word) => asPasted(extracted, word)) }] : [],
    ),
  )
  learned
    .filter(({ words }) => words.length)
    .slice(0, learnedRead)
    .forEach(({ cause, words }, rank) => credit(cause, rank, [{ kind: 'learned', value: words }], false))

  return [...fused.entries()]
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .flatMap(([cause, { basis, older }]) => {
      const entry = entryFor(cause, similar, catalogue, extracted.status)
      return entry ? [{ cause, entry, basis, namedByOlderReadings: older }] : []
    })
}

/** Whether only this one reading points at the cause (`similar`: shared words; `learned`: the learned reading). */
export function namedOnlyBy(possible: PossibleCause, reading: 'similar' | 'learned'): boolean {
  return possible.basis.every(({ kind }) => kind === reading)
}

/** The guess shown when no entry matched: the most likely possible cause and its layer. */
export function guessOf(possible: PossibleCause | undefined): LookupGuess {
  if (!possible) return { basis: [] }
  const { cause, entry, basis } = possible
  return { cause, layer: causeLayer[cause], entry, basis }
}
