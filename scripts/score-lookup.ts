/**
 * Scores the error lookup on a labelled set of real pastes, through the same entry point and
 * catalogue the /errors page uses (`lookupErrors` on `errorCatalogue`).
 *
 *   npm run score:lookup                        # the held-out set (test/fixtures/lookup-heldout.ts)
 *   npm run score:lookup -- --set tuning        # pasted-errors.ts, which the catalogue is tuned on
 *   npm run score:lookup -- --set old-heldout   # pasted-errors-heldout.ts
 *   npm run score:lookup -- --set dev           # lookup-dev.ts: new pastes whose misses may be read
 *   npm run score:lookup -- --set heldout-untouched  # held-out minus what the retired dev pastes repeat
 *   npm run score:lookup -- --set heldout-2     # the second held-out set (test/fixtures/lookup-heldout-2.ts)
 *   npm run score:lookup -- --set dev --cross-validate  # dev, each fold read by a model not trained on it
 *   npm run score:lookup -- --set dev --without-learned  # patterns and the two older readings alone
 *   npm run score:lookup -- --set dev --fresh test/fixtures/fresh-sets/fresh23-zh.txt  # the dev pastes of those sources, read by a
 *                                               # model trained without them (a fresh set, scored once when it lands)
 *   npm run score:lookup -- --set dev --misses  # each miss (expected ← got): dev, tuning and old-heldout only
 *   npm run score:lookup -- --json              # the same figures as JSON
 *
 * `--misses` is refused for a set holding held-out pastes: their texts must never reach anyone who
 * edits the catalogue, and a miss list is read to edit it.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { errorCatalogue } from '../data/errors.ts'
import { lookupErrors, shownAfterEntries, type LookupResult } from '../components/error-lookup/match.ts'
import { causeModel } from '../data/cause-model.ts'
import { trainCauseModel } from './cause-model.ts'
import { crossValidated, trainingPastes } from './training-pastes.ts'
import { pastedErrors } from '../test/fixtures/pasted-errors.ts'
import { heldOutErrors } from '../test/fixtures/pasted-errors-heldout.ts'
import { lookupHeldOut } from '../test/fixtures/lookup-heldout.ts'
import { lookupDev, retiredDev, type DevPaste } from '../test/fixtures/lookup-dev.ts'
import { lookupHeldOut2 } from '../test/fixtures/lookup-heldout-2.ts'
import {
  formatScore,
  mayListMisses,
  scoreLookup,
  splitBySources,
  untouchedBy,
  type FreshSplit,
  type LabelledPaste,
} from './lookup-score.ts'

const sets: Record<string, () => readonly LabelledPaste[]> = {
  heldout: () => lookupHeldOut,
  'heldout-untouched': () => untouchedBy(lookupHeldOut, retiredDev),
  tuning: () => pastedErrors,
  'old-heldout': () => heldOutErrors,
  'heldout-2': () => lookupHeldOut2,
  dev: () => lookupDev,
  all: () => [...lookupHeldOut, ...lookupHeldOut2, ...pastedErrors, ...heldOutErrors, ...lookupDev],
}

function main(): number {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'heldout' },
      misses: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'cross-validate': { type: 'boolean', default: false },
      'without-learned': { type: 'boolean', default: false },
      fresh: { type: 'string' },
    },
  })
  const load = sets[values.set]
  if (!load) {
    console.error(`Unknown set "${values.set}": use one of ${Object.keys(sets).join(', ')}.`)
    return 2
  }
  if (values.misses && !mayListMisses(values.set)) {
    console.error(`--misses is for the dev, tuning and old-heldout sets: "${values.set}" holds held-out pastes.`)
    return 2
  }
  if (values['cross-validate'] && values.set !== 'dev') {
    console.error('--cross-validate is for the dev set: the only set both trained on and scored.')
    return 2
  }
  if (values.fresh !== undefined && (values.set !== 'dev' || values.misses || values['cross-validate'])) {
    console.error(
      '--fresh scores dev pastes once, as a fresh set: with --set dev, without --misses or --cross-validate.',
    )
    return 2
  }
  const fresh = values.fresh === undefined ? undefined : freshSplit(values.fresh)
  if (fresh instanceof Error) {
    console.error(fresh.message)
    return 2
  }
  const pastes = fresh ? fresh.pastes : load()
  const model = values['without-learned'] ? null : fresh ? trainCauseModel(trainingPastes(fresh.rest)) : causeModel
  const lookup = values['cross-validate']
    ? crossValidatedLookup()
    : (text: string) => lookupErrors(text, errorCatalogue, model)
  const score = scoreLookup(
    pastes,
    (text) => lookup(text).matches.map((m) => m.entry.cause),
    (text) => lookup(text).guess?.cause,
    (text) => shownAfterEntries(lookup(text)),
  )
  if (values.json) {
    const { misses, ...figures } = score
    console.log(JSON.stringify({ set: values.set, ...figures, ...(values.misses ? { misses } : {}) }, null, 2))
  } else {
    console.log(formatScore(values.set, score, { misses: values.misses }))
  }
  return 0
}

/** The fresh set a collector listed in `file` (source URLs, one a line): its dev pastes and the rest. */
function freshSplit(file: string): FreshSplit<DevPaste> | Error {
  let list: string
  try {
    list = readFileSync(file, 'utf8')
  } catch {
    return new Error(`Cannot read ${file}: give a file of source URLs, one a line.`)
  }
  try {
    return splitBySources(list, lookupDev)
  } catch (error) {
    return error as Error
  }
}

/**
 * The dev set's results, each paste read by a learned model trained on everything but its fold: the dev set is
 * training data, so its plain score flatters the learned reading; this is its honest figure.
 */
function crossValidatedLookup(): (text: string) => LookupResult {
  const read = crossValidated(lookupDev, ({ text }, model) => lookupErrors(text, errorCatalogue, model))
  const results = new Map(lookupDev.map(({ text }, at) => [text, read[at]!]))
  return (text) => results.get(text) ?? lookupErrors(text, errorCatalogue, causeModel)
}

process.exitCode = main()
