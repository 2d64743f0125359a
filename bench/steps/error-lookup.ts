/**
 * How long the lookup takes on pastes of 1 KB, 20 KB and 200 KB: realistic logs (stack traces,
 * request dumps, one error body somewhere inside), hostile text (unbalanced braces, escapes) and
 * the worst shapes for a backtracking regex (test/fixtures/hostile-inputs.ts).
 */
import { performance } from 'node:perf_hooks'
import { z } from 'zod'
import { errorCatalogue } from '../../data/errors.ts'
import { lookupErrors, warmLookup } from '../../components/error-lookup/match.ts'
import { causeModel } from '../../data/cause-model.ts'
import { hostileShapes } from '../../test/fixtures/hostile-inputs.ts'
import { pastedErrors } from '../../test/fixtures/pasted-errors.ts'
import { distribution, round } from '../stats.ts'

const pasteKinds = ['realistic', 'hostile', 'worst'] as const
export type PasteKind = (typeof pasteKinds)[number]
const sizes = [1_000, 20_000, 200_000]

export interface ErrorLookupRow {
  kind: PasteKind
  sizeKB: number
  /** ms, rounded to 0.01 */
  p50: number
  p95: number
  /** Each run's p95, lowest first, when `p95` is the median of several runs: how far one run strays. */
  p95Runs?: number[]
}

/** One worst shape at 200 KB on its own: the `worst` rows mix them, so one slow shape hides in their p95. */
export interface WorstShapeTiming {
  shape: string
  /** ms over `shapeRuns` lookups of that shape, rounded to 0.01 */
  p50: number
  max: number
}

/**
 * A page's first lookup, in a process that has compiled nothing yet: compiling the catalogue's patterns (which /errors
 * does ahead, in idle slices while the box is empty), then the first 20 KB paste after it (JIT and regexes still cold).
 */
export interface FirstLookupTiming {
  /** ms, rounded to 0.01 */
  compileMs: number
  afterWarmMs: number
}

export interface ErrorLookupTimings {
  /** How to run this step alone. */
  command: string
  entries: number
  /** Pastes per row. */
  iterations: number
  rows: ErrorLookupRow[]
  /** The slowest few worst shapes at 200 KB, slowest first. */
  slowestShapes: WorstShapeTiming[]
  /** Absent in results written before round 45. */
  firstLookup?: FirstLookupTiming
}

/**
 * What the step prints with `--json`: the bench runs it in a process of its own and reads this back, checked, so
 * a change to either side fails loudly instead of writing an empty table.
 */
export const errorLookupTimingsSchema = z.strictObject({
  command: z.string(),
  entries: z.number().int().positive(),
  iterations: z.number().int().positive(),
  rows: z.array(
    z.strictObject({
      kind: z.enum(['realistic', 'hostile', 'worst']),
      sizeKB: z.number().positive(),
      p50: z.number().nonnegative(),
      p95: z.number().nonnegative(),
    }),
  ),
  slowestShapes: z.array(
    z.strictObject({ shape: z.string(), p50: z.number().nonnegative(), max: z.number().nonnegative() }),
  ),
  firstLookup: z
    .strictObject({ compileMs: z.number().nonnegative(), afterWarmMs: z.number().nonnegative() })
    .optional(),
}) satisfies z.ZodType<ErrorLookupTimings>

const shapeRuns = 15
const slowestShown = 3

const logLines = [
  '2024-08-14 16:59:32     at rr.makeStatusError (/app/projects/app/.next/server/chunks/76420.js:19:78988)',
  '  File "/usr/local/lib/python3.11/site-packages/httpx/_transports/default.py", line 101, in map_httpcore_exceptions',
  '[GIN] 2024/02/17 - 22:14:20 | 20240217221420431221851eBgCEaZ1 | 200 |    1.291415ms |  10.0.0.2 |    POST /v1/chat/completions',
  "{'role': 'user', 'content': 'Summarise the attached report in three bullet points, please.'}",
  'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"delta":{"content":"Hello"}}]}',
]

/** A log of about `size` characters with one real error body at a random place. */
function realisticPaste(size: number, seed: number): string {
  const error = pastedErrors[seed % pastedErrors.length]!.text
  const lines: string[] = []
  let length = error.length
  for (let index = 0; length < size; index++) {
    const line = logLines[(seed + index) % logLines.length]!
    lines.push(line)
    length += line.length + 1
  }
  lines.splice(seed % (lines.length + 1), 0, error)
  return lines.join('\n').slice(0, Math.max(size, error.length))
}

function hostilePaste(size: number, seed: number): string {
  const pieces = ['{"error":', "{'a': '", '\\u00', '{', '"code":"', 'status code 4', '<html>', '模型：']
  let text = ''
  for (let index = 0; text.length < size; index++) text += pieces[(seed + index) % pieces.length]
  return text.slice(0, size)
}

/** One hostile shape per seed, in turn (test/fixtures/hostile-inputs.ts). */
function worstPaste(size: number, seed: number): string {
  return hostileShapes[seed % hostileShapes.length]!.make(size)
}

const pastes: Record<PasteKind, (size: number, seed: number) => string> = {
  realistic: realisticPaste,
  hostile: hostilePaste,
  worst: worstPaste,
}

/** ms per lookup of each input, after a warm-up on the first ten, as the /errors page reads: with the learned model. */
function timeInputs(inputs: readonly string[]): number[] {
  for (const input of inputs.slice(0, 10)) lookupErrors(input, errorCatalogue, causeModel)
  return inputs.map((input) => {
    const start = performance.now()
    lookupErrors(input, errorCatalogue, causeModel)
    return performance.now() - start
  })
}

function timeLookups(make: (size: number, seed: number) => string, size: number, iterations: number) {
  return distribution(timeInputs(Array.from({ length: iterations }, (_, seed) => make(size, seed))))
}

function slowestWorstShapes(): WorstShapeTiming[] {
  return hostileShapes
    .map(({ name, make }) => {
      const { p50, max } = distribution(timeInputs(Array.from({ length: shapeRuns }, () => make(200_000))))
      return { shape: name, p50, max }
    })
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, slowestShown)
}

/** Must run before any other lookup of the process: see FirstLookupTiming. */
function timeFirstLookup(): FirstLookupTiming {
  const start = performance.now()
  warmLookup(errorCatalogue, () => true)
  const compiled = performance.now()
  lookupErrors(realisticPaste(20_000, 0), errorCatalogue, causeModel)
  return { compileMs: round(compiled - start), afterWarmMs: round(performance.now() - compiled) }
}

export function measureErrorLookup(iterations = 200): ErrorLookupTimings {
  if (!Number.isInteger(iterations) || iterations < 1)
    throw new Error(`iterations must be a positive whole number, got ${iterations}`)
  const firstLookup = timeFirstLookup()
  const rows = pasteKinds.flatMap((kind) =>
    sizes.map((size) => {
      const { p50, p95 } = timeLookups(pastes[kind], size, iterations)
      return { kind, sizeKB: size / 1000, p50, p95 }
    }),
  )
  return {
    command: `npx tsx bench/error-lookup.ts ${iterations}`,
    entries: errorCatalogue.length,
    iterations,
    rows,
    slowestShapes: slowestWorstShapes(),
    firstLookup,
  }
}

/** Figures keyed as the budgets name them: `realistic.20kb.p95`, `worst.200kb.slowestShapeP50`. */
export function errorLookupFigures(timings: ErrorLookupTimings): Record<string, number> {
  const slowest = timings.slowestShapes[0]
  return Object.fromEntries([
    ...timings.rows.flatMap((row) => [
      [`${row.kind}.${row.sizeKB}kb.p50`, row.p50],
      [`${row.kind}.${row.sizeKB}kb.p95`, row.p95],
    ]),
    ...(slowest ? [['worst.200kb.slowestShapeP50', slowest.p50]] : []),
    ...(timings.firstLookup
      ? [
          ['firstLookup.compileMs', timings.firstLookup.compileMs],
          ['firstLookup.afterWarmMs', timings.firstLookup.afterWarmMs],
        ]
      : []),
  ])
}
