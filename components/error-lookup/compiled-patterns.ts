import type { ErrorEntry } from '@data/errors.schema.ts'
import { prefiltered, type Prefiltered } from './literal-prefilter.ts'
import { foldHan } from './fold-han.ts'
import { withFastWordStarts } from './word-boundary.ts'

/**
 * Each pattern source compiled once and kept, for every catalogue that holds it. Compiling is the lookup's first
 * cost: reading ~2,900 regex sources for their required literals took 230–260 ms in Node on a loaded two-core
 * machine (a 450 ms task on /errors?q=… at a phone's CPU), against ~15 ms for the first lookup after it. Kept per
 * source, the work can be done ahead, a few patterns at a time while the page is idle (`warmPatterns`), and the
 * first paste pays only what is left.
 */
const compiledSources = new Map<string, Prefiltered | null>()

/**
 * Patterns are folded as pastes are (`foldHan`), so a traditional alternative a pattern spells out still matches; a
 * leading `\b` is written so V8 keeps its quick scan (`withFastWordStarts`). A source that does not compile is
 * `null` (the schema rejects it at build; a catalogue built elsewhere still looks up).
 */
function compileSource(source: string): Prefiltered | null {
  let compiled = compiledSources.get(source)
  if (compiled === undefined) {
    try {
      compiled = prefiltered(withFastWordStarts(foldHan(source)), 'imu')
    } catch {
      compiled = null
    }
    compiledSources.set(source, compiled)
  }
  return compiled
}

/** The sources' compiled patterns, in order, without those that do not compile. */
export function compilePatterns(sources: readonly string[]): Prefiltered[] {
  return sources.flatMap((source) => compileSource(source) ?? [])
}

/** Every pattern source of the catalogue, in the order a lookup compiles them. */
function* catalogueSources(catalogue: readonly ErrorEntry[]): Generator<string> {
  for (const { match, sharedWith } of catalogue) {
    yield* match.patterns
    yield* match.describes ?? []
    yield* match.wraps ?? []
    for (const { when } of sharedWith ?? []) if (when !== undefined) yield when
  }
}

/** How far `warmPatterns` got in each catalogue: the index of the next source. */
const warmedUpTo = new WeakMap<readonly ErrorEntry[], number>()

/**
 * Compiles the catalogue's next patterns while `hasTime()` says so, at least one per call so every call moves on;
 * true once every pattern is compiled. Called again, it goes on where it stopped.
 */
export function warmPatterns(catalogue: readonly ErrorEntry[], hasTime: () => boolean): boolean {
  const from = warmedUpTo.get(catalogue) ?? 0
  let index = 0
  let compiledOne = false
  for (const source of catalogueSources(catalogue)) {
    if (index++ < from) continue
    if (compiledOne && !hasTime()) {
      warmedUpTo.set(catalogue, index - 1)
      return false
    }
    compileSource(source)
    compiledOne = true
  }
  warmedUpTo.set(catalogue, index)
  return true
}
