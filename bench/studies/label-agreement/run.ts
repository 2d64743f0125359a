/**
 * The label agreement study (`npm run study:labels`): a second labeller read 160 pastes of rounds 26 and 27's fresh
 * sets blind (the text alone, no label, no lookup) and named a cause for each (`second-labels.json`). This prints how
 * often the two labellers agree, and on the pastes the lookup misses, whom the second labeller sides with. The
 * lookup reads with a model trained without these pastes' sources, as when the sets were first scored.
 */
import { readFileSync } from 'node:fs'
import { errorCatalogue } from '../../../data/errors.ts'
import { lookupErrors } from '../../../components/error-lookup/match.ts'
import { lookupDev } from '../../../test/fixtures/lookup-dev.ts'
import { trainCauseModel } from '../../../scripts/cause-model.ts'
import { trainingPastes } from '../../../scripts/training-pastes.ts'
import { splitBySources } from '../../../scripts/lookup-score.ts'
import { agreement, SecondLabels, type SecondLabel } from './agreement.ts'

const file = new URL('./second-labels.json', import.meta.url)
const labels = SecondLabels.parse(JSON.parse(readFileSync(file, 'utf8')))
// The same split as `score:lookup --fresh`: the labelled pastes' sources out of training.
const { rest } = splitBySources(labels.map(({ source }) => source).join('\n'), lookupDev)
const model = trainCauseModel(trainingPastes(rest))
const rows: SecondLabel[] = labels.map(({ source, text, second, sure }) => {
  const paste = lookupDev.find((candidate) => candidate.source === source && candidate.text === text)
  if (!paste) throw new Error(`No dev paste of ${source} holds this text any more: the study needs relabelling.`)
  const result = lookupErrors(text, errorCatalogue, model)
  return { label: paste.cause, second, sure, lookup: result.matches[0]?.entry.cause ?? result.guess?.cause }
})
const figures = agreement(rows)
const pc = (part: number, whole: number) => `${part} of ${whole} (${((100 * part) / whole).toFixed(1)} %)`
console.log(`Second labeller agrees with the label: ${pc(figures.agree, figures.count)}`)
console.log(`  where the second labeller was sure: ${pc(figures.sure.agree, figures.sure.count)}`)
console.log(`The lookup's first answer is the label: ${pc(figures.lookupRight, figures.count)}`)
console.log(
  `Of the ${figures.missed.count} it misses, the second labeller names the label in ${figures.missed.secondAgreesWithLabel} and the lookup's answer in ${figures.missed.secondAgreesWithLookup}`,
)
