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

/**
 * Every pattern source of the catalogue, in the order a lookup compiles them: the fields `compile` in match.ts reads (a
 * field missing here only leaves its patterns to the first lookup).
 */
function catalogueSources(catalogue: readonly ErrorEntry[]): string[] {
  return catalogue.flatMap(({ match, sharedWith }) => [
    ...match.patterns,
    ...(match.describes ?? []),
    ...(match.wraps ?? []),
    ...(sharedWith ?? []).flatMap(({ when }) => (when === undefined ? [] : [when])),
  ])
}

/** Each catalogue's sources and how far `warmPatterns` got in them. */
const warming = new WeakMap<readonly ErrorEntry[], { sources: string[]; next: number }>()

/**
 * Compiles the catalogue's next patterns while `hasTime()` says so, at least one per call so every call moves on;
 * true once every pattern is compiled. Called again, it goes on where it stopped.
 */
export function warmPatterns(catalogue: readonly ErrorEntry[], hasTime: () => boolean): boolean {
  let state = warming.get(catalogue)
  if (!state) warming.set(catalogue, (state = { sources: catalogueSources(catalogue), next: 0 }))
  const { sources } = state
  do {
    if (state.next >= sources.length) return true
    compileSource(sources[state.next++]!)
  } while (hasTime())
  return state.next >= sources.length
}
