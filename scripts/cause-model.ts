import type { Cause } from '../data/causes.ts'
import { extractError } from '../components/error-lookup/extract.ts'
import { learnedFeatures } from '../components/error-lookup/learned-features.ts'
import { seededRandom } from './seeded-random.ts'
import type { CauseModel } from '../data/cause-model.schema.ts'

/**
 * Trains the learned reading (`components/error-lookup/learned.ts`): multinomial logistic regression by stochastic
 * gradient descent, the same features and scaling as the page reads with. Deterministic: a seeded shuffle and fixed
 * epochs, so `npm run train:lookup` writes the same file from the same pastes and a test can hold it to that.
 */

export interface TrainingPaste {
  text: string
  cause: Cause
}

export interface TrainingOptions {
  epochs: number
  /** Step size of each update. */
  rate: number
  /** Weight decay per update, which keeps a word seen in one paste from deciding alone. */
  decay: number
  /** A feature seen in fewer pastes is dropped: ids, hosts and typos say nothing about other pastes. */
  minPastes: number
  /**
   * After `epochs`, weights below this (in hundredths) are dropped and the rest refitted for `refitEpochs` more:
   * most of a model's weights are small, and the page downloads every one it keeps.
   */
  keepAbove: number
  refitEpochs: number
  seed: number
}

export const defaultTraining: TrainingOptions = {
  epochs: 60,
  rate: 0.2,
  decay: 1e-4,
  minPastes: 2,
  // Chosen by cross-validation on the 1,697 dev pastes (`npm run score:lookup -- --set dev --cross-validate` with each
  // value): 140 reads as well as 120 did (the guess right for 130 of 217 empty answers against 125, the first answer
  // right for 1,482 pastes against 1,477) in 27 % fewer bytes (61.7 KB against 84.2); 160 and 180 shrink it to 46 and
  // 37 KB but lose 4 and 6 pastes whose cause was among the first three shown.
  keepAbove: 140,
  refitEpochs: 40,
  seed: 20261206,
}

export function trainCauseModel(
  pastes: readonly TrainingPaste[],
  options: TrainingOptions = defaultTraining,
): CauseModel {
  const causes = [...new Set(pastes.map(({ cause }) => cause))].sort()
  const featureLists = pastes.map(({ text }) => learnedFeatures(extractError(text)))
  const seenIn = new Map<string, number>()
  for (const list of featureLists) for (const feature of list) seenIn.set(feature, (seenIn.get(feature) ?? 0) + 1)
  const vocabulary = [...seenIn.entries()]
    .filter(([, count]) => count >= options.minPastes)
    .map(([feature]) => feature)
    .sort()
  const index = new Map(vocabulary.map((feature, at) => [feature, at]))
  const rows = featureLists.map((list) => list.flatMap((feature) => index.get(feature) ?? []))
  const labels = pastes.map(({ cause }) => causes.indexOf(cause))

  const width = causes.length
  const weights = new Float64Array(vocabulary.length * width)
  const bias = new Float64Array(width)
  const random = seededRandom(options.seed)
  const order = pastes.map((_, at) => at)
  const probabilities = new Float64Array(width)
  /** After pruning: which weights are still trained (the rest stay 0). */
  let kept: Uint8Array | undefined
  for (let epoch = 0; epoch < options.epochs + options.refitEpochs; epoch++) {
    if (epoch === options.epochs) {
      const mask = new Uint8Array(weights.length)
      weights.forEach((weight, slot) => {
        if (Math.abs(weight) * 100 >= options.keepAbove) mask[slot] = 1
        else weights[slot] = 0
      })
      kept = mask
    }
    for (let at = order.length - 1; at > 0; at--) {
      const other = Math.floor(random() * (at + 1))
      ;[order[at], order[other]] = [order[other]!, order[at]!]
    }
    for (const paste of order) {
      const row = rows[paste]!
      const scale = 1 / Math.sqrt(Math.max(row.length, 1))
      let top = -Infinity
      for (let cause = 0; cause < width; cause++) {
        let sum = 0
        for (const feature of row) sum += weights[feature * width + cause]!
        probabilities[cause] = bias[cause]! + sum * scale
        top = Math.max(top, probabilities[cause]!)
      }
      let total = 0
      for (let cause = 0; cause < width; cause++) {
        probabilities[cause] = Math.exp(probabilities[cause]! - top)
        total += probabilities[cause]!
      }
      for (let cause = 0; cause < width; cause++) {
        const gradient = probabilities[cause]! / total - (cause === labels[paste] ? 1 : 0)
        bias[cause]! -= options.rate * gradient
        for (const feature of row) {
          const slot = feature * width + cause
          if (kept && !kept[slot]) continue
          weights[slot]! -= options.rate * (gradient * scale + options.decay * weights[slot]!)
        }
      }
    }
  }

  const hundredths = (value: number) => Math.round(value * 100)
  const sparse: Record<string, number[]> = {}
  vocabulary.forEach((feature, at) => {
    const pairs: number[] = []
    for (let cause = 0; cause < width; cause++) {
      const weight = hundredths(weights[at * width + cause]!)
      if (weight !== 0) pairs.push(cause, weight)
    }
    if (pairs.length) sparse[feature] = pairs
  })
  return { version: 1, causes, bias: [...bias].map(hundredths), weights: sparse }
}
