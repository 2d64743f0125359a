import { fileURLToPath } from 'node:url'
import { errorCatalogue } from '../data/errors.ts'
import { pastedErrors } from '../test/fixtures/pasted-errors.ts'
import { lookupDev } from '../test/fixtures/lookup-dev.ts'
import type { CauseModel } from '../data/cause-model.schema.ts'
import { trainCauseModel, type TrainingPaste } from './cause-model.ts'
import { repositoryOf } from './lookup-score.ts'

/**
 * How many times each dev paste counts in training. The learned reading only speaks when no entry does, on pastes like
 * the dev set's (people's descriptions, logs around an error), while a tuning paste is a source's own wording that its
 * entry already answers; as the tuning set grew (2,664 → 2,756 in round 40) the guesses leaned its way. Chosen by
 * cross-validation on the 2,680 dev pastes (`npm run score:lookup -- --set dev --cross-validate`): once, the guess was
 * right for 197 of 371 empty answers and the first shown 84.6 %; twice, 209 and 85.0 %; three times, 206 and 84.9 %.
 * Twice stayed ahead at every pruning level tried (`keepAbove` 150: 201 against 197; 160: 202 against 196), so it is
 * the weighting, not one model's luck; it keeps more weights (the model 85.6 → 97.2 KB, 27.3 → 30.6 KB gzip).
 */
const devWeight = 2

/**
 * What the learned reading is trained on: every labelled paste that is not held out (a dev paste `devWeight` times),
 * and each entry's examples. `dev` is the part of the dev set to train on (cross-validation leaves a fold out).
 */
export function trainingPastes(dev: readonly TrainingPaste[] = lookupDev): TrainingPaste[] {
  return [
    ...pastedErrors,
    ...Array.from({ length: devWeight }, () => dev).flat(),
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
