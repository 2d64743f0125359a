import { fileURLToPath } from 'node:url'
import { errorCatalogue } from '../data/errors.ts'
import { pastedErrors } from '../test/fixtures/pasted-errors.ts'
import { lookupDev } from '../test/fixtures/lookup-dev.ts'
import type { CauseModel } from '../data/cause-model.schema.ts'
import { trainCauseModel, type TrainingPaste } from './cause-model.ts'
import { repositoryOf } from './lookup-score.ts'

/**
 * What the learned reading is trained on: every labelled paste that is not held out, and each entry's examples.
 * `dev` is the part of the dev set to train on (cross-validation leaves a fold out).
 */
export function trainingPastes(dev: readonly TrainingPaste[] = lookupDev): TrainingPaste[] {
  return [
    ...pastedErrors,
    ...dev,
    ...errorCatalogue.flatMap((entry) => entry.examples.map(({ text }) => ({ text, cause: entry.cause }))),
  ].map(({ text, cause }) => ({ text, cause }))
}

/** Where the model is committed; `data/cause-model.ts` imports it from there. */
export const causeModelPath = fileURLToPath(new URL('../data/generated/cause-model.json', import.meta.url))

/** One feature per line, so a retrain's diff reads as which words moved. */
export function serialiseModel(model: CauseModel): string {
  const features = Object.keys(model.weights).sort()
  const lines = features.map((feature) => `    ${JSON.stringify(feature)}: ${JSON.stringify(model.weights[feature])}`)
  return (
    `{\n  "version": ${model.version},\n  "causes": ${JSON.stringify(model.causes)},\n` +
    `  "bias": ${JSON.stringify(model.bias)},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`
  )
}

/**
 * Each paste's fold for cross-validation: whole repositories to a fold, so a fold's pastes are scored by a model
 * that saw nothing of their products, as an unseen paste would be. Deterministic: repositories sorted, dealt round.
 */
export function foldsByRepository(pastes: ReadonlyArray<{ source: string }>, folds: number): number[] {
  const repositories = [...new Set(pastes.map(({ source }) => repositoryOf(source)))].sort()
  const foldOf = new Map(repositories.map((repository, at) => [repository, at % folds]))
  return pastes.map(({ source }) => foldOf.get(repositoryOf(source))!)
}

/** Folds of the dev set for cross-validation: enough that each model trains on four fifths of it. */
export const crossValidationFolds = 5

/**
 * Each paste read by a model trained without its fold (`foldsByRepository`), in the pastes' order: the honest reading
 * of pastes the shipped model is also trained on. `trainOn` narrows the other folds' pastes a model learns from (a
 * learning curve's share); by default it takes them all.
 */
export function crossValidated<Paste extends TrainingPaste & { source: string }, Result>(
  pastes: readonly Paste[],
  read: (paste: Paste, model: CauseModel) => Result,
  trainOn: (others: Paste[]) => readonly TrainingPaste[] = (others) => others,
): Result[] {
  const foldOf = foldsByRepository(pastes, crossValidationFolds)
  const results: Result[] = []
  for (let fold = 0; fold < crossValidationFolds; fold++) {
    const model = trainCauseModel(trainingPastes(trainOn(pastes.filter((_, at) => foldOf[at] !== fold))))
    pastes.forEach((paste, at) => {
      if (foldOf[at] === fold) results[at] = read(paste, model)
    })
  }
  return results
}
