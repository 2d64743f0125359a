/**
 * Writes the learned reading's model, `data/generated/cause-model.json`, from every labelled paste the project
 * may read: the tuning set, the dev set and the catalogue's own examples (never a held-out set: those measure it).
 *
 *   npm run train:lookup            # write the model
 *   npm run train:lookup -- --check # exit 1 when the committed model is not what the pastes train
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { causeModelPath, serialiseModel, trainingPastes } from './training-pastes.ts'
import { trainCauseModel } from './cause-model.ts'

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
  const written = serialiseModel(trainCauseModel(trainingPastes()))
  if (values.check) {
    const committed = readFileSync(causeModelPath, 'utf8')
    if (committed === written) return 0
    console.error('data/generated/cause-model.json is not what the labelled pastes train: run npm run train:lookup.')
    return 1
  }
  writeFileSync(causeModelPath, written)
  console.log(`wrote ${causeModelPath} (${(written.length / 1024).toFixed(1)} KB)`)
  return 0
}

process.exitCode = main()
