import type { Cause } from '@data/causes.ts'
import type { CauseModel } from '@data/cause-model.schema.ts'
import { asPasted, type ExtractedError } from './extract.ts'
import { markPrefix, pairHeadsOf, visitLearnedFeatures } from './learned-features.ts'
import { hanClass } from './fold-han.ts'

/**
 * The learned reading: a linear model over the words of every labelled paste the project may read (the tuning set,
 * the dev set and the catalogue's examples; `npm run train:lookup` writes it). Patterns are exact and name what
 * they know; this reading generalises from how people and products word each cause, with a probability that says
 * how sure it is. It never decides which entry a paste's words match: it votes for the guess and the other possible
 * causes (possible-causes.ts), when sure makes the guess, and orders the further causes a bare status or a shared
 * message allows (match.ts).
 */

export interface LearnedCause {
  cause: Cause
  /** The model's probability, 0 to 1: across all causes they sum to 1. */
  probability: number
  /**
   * The paste's words that point here most, strongest first (at most three): the basis the page shows. Empty when
   * only marks, single characters or the prior pointed here, or when the cause is less likely than
   * `minBasisProbability`.
   */
  words: string[]
}

const maxWords = 3

/**
 * Below this a cause's words are not gathered: nothing reads them (the vote takes causes of at least 5 %), and
 * gathering them for all nineteen causes was most of the reading's time on a long paste.
 */
export const minBasisProbability = 0.05

const singleHan = new RegExp(`^[${hanClass}]$`)

/**
 * A feature a reader can judge as the basis: a word or a pair, not a status or code mark (the page shows those
 * already) nor a single Chinese character (`额` says less than the `额度` it came from).
 */
function shownAsBasis(feature: string): boolean {
  return !feature.startsWith(markPrefix) && !singleHan.test(feature)
}

interface ReadyModel {
  /** A Map, not the JSON object: a paste's `constructor` must not find Object's. */
  weights: Map<string, number[]>
  pairHeads: Set<string>
}

const ready = new WeakMap<CauseModel, ReadyModel>()

function readyModel(model: CauseModel): ReadyModel {
  let prepared = ready.get(model)
  if (!prepared) {
    const weights = new Map(Object.entries(model.weights))
    prepared = { weights, pairHeads: pairHeadsOf(weights.keys()) }
    ready.set(model, prepared)
  }
  return prepared
}

/** The known features that point at the cause at `index`, strongest first, that a reader can judge. */
function basisWords(known: ReadonlyMap<string, number[]>, index: number): string[] {
  const pointing: Array<[string, number]> = []
  for (const [feature, pairs] of known) {
    if (!shownAsBasis(feature)) continue
    for (let at = 0; at + 1 < pairs.length; at += 2) {
      if (pairs[at] === index && pairs[at + 1]! > 0) pointing.push([feature, pairs[at + 1]!])
    }
  }
  return pointing
    .sort((a, b) => b[1] - a[1])
    .slice(0, maxWords)
    .map(([word]) => word)
}

/**
 * How much of a long paste the reading reads: its head and its tail, half each, where an error and a traceback put
 * what failed. The model learned from pastes of at most about 1 KB (99 % under 510 characters); the rest of a long
 * log is noise it never saw, and reading all of it cost every 20 KB paste half a millisecond.
 */
export const maxLearnedChars = 4000

function readablePart(lowerText: string): string {
  if (lowerText.length <= maxLearnedChars) return lowerText
  const half = maxLearnedChars / 2
  return `${lowerText.slice(0, half)}\n${lowerText.slice(-half)}`
}

/**
 * Logits are scaled by the square root of the paste's known features, as in training: a long log repeats many
 * words and would otherwise sound surer than a one-line error.
 */
export function readLearned(
  extracted: Pick<ExtractedError, 'lowerText' | 'readText' | 'status' | 'codes'>,
  model: CauseModel,
): LearnedCause[] {
  const { weights, pairHeads } = readyModel(model)
  const sums = model.causes.map(() => 0)
  const known = new Map<string, number[]>()
  visitLearnedFeatures(
    { ...extracted, lowerText: readablePart(extracted.lowerText) },
    (feature) => {
      const pairs = weights.get(feature)
      if (!pairs || known.has(feature)) return
      known.set(feature, pairs)
      for (let at = 0; at + 1 < pairs.length; at += 2) sums[pairs[at]!]! += pairs[at + 1]! / 100
    },
    pairHeads,
  )
  const scale = 1 / Math.sqrt(Math.max(known.size, 1))
  const scaled = model.bias.map((bias, cause) => bias / 100 + sums[cause]! * scale)
  const top = Math.max(...scaled)
  const exp = scaled.map((logit) => Math.exp(logit - top))
  const sum = exp.reduce((total, value) => total + value, 0)
  return model.causes
    .map((cause, index): LearnedCause => {
      const probability = exp[index]! / sum
      const words = probability >= minBasisProbability ? basisWords(known, index) : []
      return { cause, probability, words: words.map((word) => asPasted(extracted, word)) }
    })
    .sort((a, b) => b.probability - a.probability)
}
