/**
 * What the learned reading could still add to the lookup, read from cross-validated dev pastes: whether it should
 * overrule the entries, how well it reads an empty answer beside the guess, and whether more pastes still teach it.
 * Pure tables over rows the study CLI (`study-lookup.ts`) builds; no model or catalogue is read here.
 */
import type { Cause } from '../data/causes.ts'

/** One dev paste as the lookup read it, with a model trained without its fold. */
export interface StudyRow {
  /** The label. */
  cause: Cause
  /** The matched entries' causes, first first. */
  entries: readonly Cause[]
  /** The learned reading's causes, likeliest first. */
  learned: ReadonlyArray<{ cause: Cause; probability: number }>
  /** The guess's cause when no entry matched. */
  guess?: Cause
}

/** At one confidence: the pastes where the learned reading is that sure of a cause the entries do not put first. */
export interface DisagreementLine {
  threshold: number
  /** Sure of a cause no matched entry names. */
  outside: number
  /** … and the learned cause is the label. */
  outsideLearnedRight: number
  /** … and the first entry is the label. */
  outsideFirstRight: number
  /** Sure of a matched cause that is not first. */
  reorder: number
  reorderLearnedRight: number
  reorderFirstRight: number
  /** No entry matched, and the learned reading is that sure. */
  emptySure: number
  emptySureRight: number
}

export function disagreement(rows: readonly StudyRow[], thresholds: readonly number[]): DisagreementLine[] {
  return thresholds.map((threshold) => {
    const line: DisagreementLine = {
      threshold,
      outside: 0,
      outsideLearnedRight: 0,
      outsideFirstRight: 0,
      reorder: 0,
      reorderLearnedRight: 0,
      reorderFirstRight: 0,
      emptySure: 0,
      emptySureRight: 0,
    }
    for (const row of rows) {
      const top = row.learned[0]
      if (!top || top.probability < threshold) continue
      const learnedRight = top.cause === row.cause
      if (!row.entries.length) {
        line.emptySure++
        if (learnedRight) line.emptySureRight++
        continue
      }
      if (row.entries[0] === top.cause) continue
      const firstRight = row.entries[0] === row.cause
      if (row.entries.includes(top.cause)) {
        line.reorder++
        if (learnedRight) line.reorderLearnedRight++
        if (firstRight) line.reorderFirstRight++
      } else {
        line.outside++
        if (learnedRight) line.outsideLearnedRight++
        if (firstRight) line.outsideFirstRight++
      }
    }
    return line
  })
}

/** The empty answers: how often the guess, the learned reading's first cause, and either of them name the label. */
export interface EmptyReadings {
  empty: number
  guessRight: number
  learnedRight: number
  eitherRight: number
}

export function emptyReadings(rows: readonly StudyRow[]): EmptyReadings {
  const empties = rows.filter((row) => !row.entries.length)
  const guessRight = (row: StudyRow) => row.guess === row.cause
  const learnedRight = (row: StudyRow) => row.learned[0]?.cause === row.cause
  return {
    empty: empties.length,
    guessRight: empties.filter(guessRight).length,
    learnedRight: empties.filter(learnedRight).length,
    eitherRight: empties.filter((row) => guessRight(row) || learnedRight(row)).length,
  }
}

/**
 * The pastes a learning-curve point trains on: each paste whose draw (one number in [0, 1) per paste, from a seeded
 * generator) falls below `share`. The same draws give the same subset, and a smaller share's subset lies inside a
 * larger one's, so the curve's points differ only by the pastes added.
 */
export function keepShare<T>(pastes: readonly T[], draws: readonly number[], share: number): T[] {
  if (draws.length !== pastes.length) throw new Error(`${pastes.length} pastes but ${draws.length} draws`)
  return pastes.filter((_, at) => draws[at]! < share)
}
