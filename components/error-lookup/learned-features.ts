import type { ExtractedError } from './extract.ts'
import { withoutBrowserNoise } from './guess.ts'
import { hanRun, singular, stopWords } from './similar.ts'

/**
 * The features the learned reading (`learned.ts`) weighs: the same for training (`scripts/cause-model.ts`) and
 * for a paste on the page, so both read a text alike. Words (the similarity reading's singular form, without
 * its stop words: alone they say nothing, and a pair such as `the quota` keeps what they add), each pair of
 * neighbouring words, Chinese characters and their pairs, the status and its class, and the body's codes.
 */

/** Longer runs are ids, hashes and keys: a feature no other paste shares. */
const maxWordLength = 29
const asciiWord = /[a-z]{2,}/g

/** Marks features that are not words, so they never collide with one and the page can leave them out. */
export const markPrefix = '§'

/**
 * Hands `visit` every feature of a paste (some more than once), read like the other two readings read it: without
 * the browser warnings that say nothing about the error. Linear in the paste's length. `pairHeads`, when given, are
 * the only first words of a pair worth forming (those of a model's pairs): reading a long log, most pairs would be
 * strings built only to be looked up and missed.
 */
export function visitLearnedFeatures(
  extracted: Pick<ExtractedError, 'lowerText' | 'status' | 'codes'>,
  visit: (feature: string) => void,
  pairHeads?: ReadonlySet<string>,
): void {
  const lowerText = withoutBrowserNoise(extracted.lowerText)
  let previous = ''
  for (const raw of lowerText.match(asciiWord) ?? []) {
    if (raw.length > maxWordLength) {
      previous = ''
      continue
    }
    const word = singular(raw)
    if (!stopWords.has(word)) visit(word)
    if (previous && (!pairHeads || pairHeads.has(previous))) visit(`${previous} ${word}`)
    previous = word
  }
  for (const run of lowerText.match(hanRun) ?? []) {
    for (let at = 0; at < run.length; at++) {
      visit(run[at]!)
      if (at + 1 < run.length) visit(run.slice(at, at + 2))
    }
  }
  if (extracted.status === undefined) visit(`${markPrefix}no-status`)
  else {
    visit(`${markPrefix}status ${extracted.status}`)
    visit(`${markPrefix}status ${Math.floor(extracted.status / 100)}xx`)
  }
  for (const code of extracted.codes) visit(`${markPrefix}code ${code}`)
}

/** Every feature of a paste, each once: what training reads. Pure. */
export function learnedFeatures(extracted: Pick<ExtractedError, 'lowerText' | 'status' | 'codes'>): string[] {
  const features = new Set<string>()
  visitLearnedFeatures(extracted, (feature) => features.add(feature))
  return [...features]
}

/** The first words of a set of features' word pairs: what `visitLearnedFeatures` needs to form only those pairs. */
export function pairHeadsOf(features: Iterable<string>): Set<string> {
  const heads = new Set<string>()
  for (const feature of features) {
    const space = feature.indexOf(' ')
    if (space > 0 && !feature.startsWith(markPrefix)) heads.add(feature.slice(0, space))
  }
  return heads
}
