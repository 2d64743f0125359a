/**
 * The learned reading's study (`npm run study:lookup`): on the dev set in five folds grouped by repository, each read
 * by a model trained without its fold, it prints
 *   - how often the learned reading, when sure, is right where it disagrees with the entries (should it overrule
 *     or reorder them?) and on empty answers;
 *   - the guess and the learned reading on the empty answers;
 *   - the learned reading's accuracy alone when trained on a share of the other folds' dev pastes (its learning curve:
 *     do more labelled pastes still teach it?).
 * About a minute on two cores (`--shares 1` skips the curve). Reads only pastes we may read: never a held-out set.
 */
import { parseArgs } from 'node:util'
import { errorCatalogue } from '../data/errors.ts'
import { lookupErrors } from '../components/error-lookup/match.ts'
import { readLearned } from '../components/error-lookup/learned.ts'
import { extractError } from '../components/error-lookup/extract.ts'
import { lookupDev } from '../test/fixtures/lookup-dev.ts'
import { crossValidated, crossValidationFolds } from './training-pastes.ts'
import { seededRandom } from './seeded-random.ts'
import { disagreement, emptyReadings, keepShare, type StudyRow } from './lookup-study.ts'

const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]

function main(): number {
  const { values } = parseArgs({ options: { shares: { type: 'string', default: '0.25,0.5,0.75,1' } } })
  const shares = values.shares.split(',').map(Number)
  if (!shares.length || shares.some((share) => !(share > 0 && share <= 1))) {
    console.error(`--shares takes shares of the dev set between 0 and 1, comma-separated: "${values.shares}".`)
    return 2
  }
  const random = seededRandom(26)
  const draws = lookupDev.map(() => random())
  const curve: Array<{ share: number; right: number }> = []
  let rows: StudyRow[] = []
  for (const share of [...shares].sort((a, b) => a - b)) {
    const kept = new Set(keepShare(lookupDev, draws, share))
    const shareRows = crossValidated(
      lookupDev,
      (paste, model): StudyRow => {
        const learned = readLearned(extractError(paste.text), model).map(({ cause, probability }) => ({
          cause,
          probability,
        }))
        // The lookup's own answers are read only with the whole set: the tables describe the shipped training.
        const result = share === 1 ? lookupErrors(paste.text, errorCatalogue, model) : undefined
        return {
          cause: paste.cause,
          entries: result?.matches.map((match) => match.entry.cause) ?? [],
          learned,
          guess: result?.guess?.cause,
        }
      },
      (others) => others.filter((paste) => kept.has(paste)),
    )
    curve.push({ share, right: shareRows.filter((row) => row.learned[0]?.cause === row.cause).length })
    if (share === 1) rows = shareRows
  }
  const pc = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '–')
  console.log(`Dev set: ${lookupDev.length} pastes, ${crossValidationFolds} folds by repository.\n`)
  console.log('Learning curve: the learned reading alone, first cause right')
  for (const { share, right } of curve)
    console.log(`  ${String(share).padEnd(5)} of the other folds' dev pastes: ${pc(right, lookupDev.length)}`)
  if (!rows.length) return 0
  const matched = rows.filter((row) => row.entries.length)
  console.log(
    `\nEntries matched ${matched.length}; first entry right ${pc(matched.filter((row) => row.entries[0] === row.cause).length, matched.length)} of them.`,
  )
  console.log("\nThe learned reading when sure (p ≥ threshold) and not of the first entry's cause:")
  console.log(
    '  p      | of a cause no entry names: n, learned right, first right | of a later entry: n, learned right, first right | empty answers: n, learned right',
  )
  for (const line of disagreement(rows, thresholds)) {
    console.log(
      `  ${line.threshold.toFixed(2)}   | ${line.outside}, ${line.outsideLearnedRight}, ${line.outsideFirstRight} | ${line.reorder}, ${line.reorderLearnedRight}, ${line.reorderFirstRight} | ${line.emptySure}, ${line.emptySureRight}`,
    )
  }
  const empty = emptyReadings(rows)
  console.log(
    `\nEmpty answers ${empty.empty}: the guess right ${empty.guessRight}, the learned reading's first cause right ${empty.learnedRight}, either ${empty.eitherRight}.`,
  )
  return 0
}

process.exitCode = main()
