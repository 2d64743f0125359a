import type { Cause } from '@data/causes.ts'
import type { CauseModel } from '@data/cause-model.schema.ts'
import type { ExtractedError } from './extract.ts'
import { learnedFeatures, markPrefix } from './learned-features.ts'

/**
 * The learned reading: a linear model over the words of about 2,700 labelled real pastes (the tuning set, the dev
 * set and the catalogue's examples; `npm run train:lookup` writes it), for a paste no entry's pattern matched.
 * Patterns are exact and name what they know; this reading generalises from how people and products word each
 * cause, so it answers pastes worded like no pattern, with a probability that says how sure it is.
 */

export interface LearnedCause {
  cause: Cause
  /** The model's probability, 0 to 1: across all causes they sum to 1. */
  probability: number
  /**
   * The paste's words that point here most, strongest first (at most three): the basis the page shows. Empty when
   * only marks, single characters or the prior pointed here.
   */
  words: string[]
}

const maxWords = 3

/**
 * A feature a reader can judge as the basis: a word or a pair, not a status or code mark (the page shows those
 * already) nor a single Chinese character (`额` says less than the `额度` it came from).
 */
function shownAsBasis(feature: string): boolean {
  return !feature.startsWith(markPrefix) && !/^[\u3400-\u9fff]$/.test(feature)
}

/**
 * Logits are scaled by the square root of the paste's known features, as in training: a long log repeats many
 * words and would otherwise sound surer than a one-line error.
 */
export function readLearned(
  extracted: Pick<ExtractedError, 'lowerText' | 'status' | 'codes'>,
  model: CauseModel,
): LearnedCause[] {
  const sums = model.causes.map(() => 0)
  const contributions = model.causes.map(() => new Map<string, number>())
  let known = 0
  for (const feature of learnedFeatures(extracted)) {
    const pairs = model.weights[feature]
    if (!pairs) continue
    known++
    for (let at = 0; at + 1 < pairs.length; at += 2) {
      const cause = pairs[at]!
      const weight = pairs[at + 1]! / 100
      sums[cause]! += weight
      if (weight > 0 && shownAsBasis(feature)) contributions[cause]!.set(feature, weight)
    }
  }
  const scale = 1 / Math.sqrt(Math.max(known, 1))
  const scaled = model.bias.map((bias, cause) => bias / 100 + sums[cause]! * scale)
  const top = Math.max(...scaled)
  const exp = scaled.map((logit) => Math.exp(logit - top))
  const sum = exp.reduce((total, value) => total + value, 0)
  return model.causes
    .map((cause, index): LearnedCause => ({
      cause,
      probability: exp[index]! / sum,
      words: [...contributions[index]!.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, maxWords)
        .map(([word]) => word),
    }))
    .sort((a, b) => b.probability - a.probability)
}
