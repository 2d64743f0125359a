import { errorCatalogue } from '../data/errors.ts'
import { pastedErrors } from '../test/fixtures/pasted-errors.ts'
import { lookupDev } from '../test/fixtures/lookup-dev.ts'
import type { CauseModel } from '../data/cause-model.schema.ts'
import type { TrainingPaste } from './cause-model.ts'

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

/** One feature per line, so a retrain's diff reads as which words moved. */
export function serialiseModel(model: CauseModel): string {
  const features = Object.keys(model.weights).sort()
  const lines = features.map((feature) => `    ${JSON.stringify(feature)}: ${JSON.stringify(model.weights[feature])}`)
  return (
    `{\n  "version": ${model.version},\n  "causes": ${JSON.stringify(model.causes)},\n` +
    `  "bias": ${JSON.stringify(model.bias)},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`
  )
}

/** A paste's repository (`owner/name`) from its GitHub source, or the whole source when it names none. */
export function repositoryOf(source: string): string {
  const found = /github\.com\/([^/\s]+\/[^/\s#?]+)/i.exec(source)
  return (found?.[1] ?? source).toLowerCase()
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
