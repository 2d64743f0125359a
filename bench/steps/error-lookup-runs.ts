/**
 * The error-lookup step run several times, each in a process of its own, read as one: the median of each figure.
 * One run's 20 KB p95 moved 3.3 → 5.0 ms between two full benches of the same code in round 42 (its ten slowest
 * lookups of 200 decide it, and one stray pause of the machine lands among them), so a single run could break the
 * 5 ms budget or hide a real slowdown.
 */
import { median, round } from '../stats.ts'
import type { ErrorLookupRow, ErrorLookupTimings, FirstLookupTiming, WorstShapeTiming } from './error-lookup.ts'

export interface ErrorLookupRuns extends ErrorLookupTimings {
  /** How many runs each figure is the median of; absent in results written before round 43 (one run). */
  runs?: number
}

function medianRows(runs: readonly ErrorLookupTimings[]): ErrorLookupRow[] {
  return runs[0]!.rows.map(({ kind, sizeKB }) => {
    const same = runs.map((run) => {
      const row = run.rows.find((other) => other.kind === kind && other.sizeKB === sizeKB)
      if (!row) throw new Error(`a run of the error-lookup step has no ${kind} ${sizeKB} KB row`)
      return row
    })
    return {
      kind,
      sizeKB,
      p50: round(median(same.map((row) => row.p50))),
      p95: round(median(same.map((row) => row.p95))),
      ...(runs.length > 1 ? { p95Runs: same.map((row) => row.p95).sort((a, b) => a - b) } : {}),
    }
  })
}

/**
 * Each run lists only its slowest few shapes (as many as the step shows); a shape's figure is the median over the runs
 * that list it and its max the largest, so a shape slow in one run alone still shows, at that run's figure.
 */
function medianShapes(runs: readonly ErrorLookupTimings[]): WorstShapeTiming[] {
  const byShape = new Map<string, WorstShapeTiming[]>()
  for (const timing of runs.flatMap((run) => run.slowestShapes))
    byShape.set(timing.shape, [...(byShape.get(timing.shape) ?? []), timing])
  return [...byShape]
    .map(([shape, timings]) => ({
      shape,
      p50: round(median(timings.map((timing) => timing.p50))),
      max: Math.max(...timings.map((timing) => timing.max)),
    }))
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, Math.max(...runs.map((run) => run.slowestShapes.length)))
}

/** The median of each figure over the runs that measured it (runs written before round 45 did not). */
function medianFirstLookup(runs: readonly ErrorLookupTimings[]): FirstLookupTiming | undefined {
  const measured = runs.flatMap((run) => (run.firstLookup ? [run.firstLookup] : []))
  if (!measured.length) return undefined
  return {
    compileMs: round(median(measured.map((timing) => timing.compileMs))),
    afterWarmMs: round(median(measured.map((timing) => timing.afterWarmMs))),
  }
}

export function medianOfRuns(runs: readonly ErrorLookupTimings[]): ErrorLookupRuns {
  const first = runs[0]
  if (!first) throw new Error('no run of the error-lookup step to read')
  for (const run of runs) {
    if (run.command !== first.command || run.entries !== first.entries)
      throw new Error(
        `runs of the error-lookup step differ: ${run.command} (${run.entries} entries) against ${first.command} (${first.entries})`,
      )
  }
  const firstLookup = medianFirstLookup(runs)
  return {
    ...first,
    rows: medianRows(runs),
    slowestShapes: medianShapes(runs),
    ...(firstLookup ? { firstLookup } : {}),
    runs: runs.length,
  }
}
