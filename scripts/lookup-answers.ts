import { z } from 'zod'
import { Cause } from '../data/causes.schema.ts'

/**
 * What a catalogue change did to the lookup's answers, paste by paste: the check every catalogue edit runs before it
 * lands (`npm run answers:lookup` before and after, then `-- --compare`). Pure; the CLI is `scripts/answers-lookup.ts`.
 * Only the sets whose misses may be read (dev and tuning) are ever listed: never a held-out set.
 */

/** One paste's answer: the causes of its entries, best first (at most three, as the scores count them). */
export const AnswerRow = z.strictObject({
  set: z.enum(['dev', 'tuning']),
  expected: Cause,
  entries: z.array(Cause).max(3),
  text: z.string(),
})
export type AnswerRow = z.infer<typeof AnswerRow>

/**
 * The rows of a file `--out` wrote, one JSON row a line, or what is wrong with the first bad line: a file from another
 * tool, cut short, or from before a cause was renamed.
 */
export function parseAnswerRows(jsonl: string): AnswerRow[] | Error {
  const rows: AnswerRow[] = []
  for (const [at, line] of jsonl.split('\n').entries()) {
    if (!line.trim()) continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      return new Error(`line ${at + 1} is not JSON`)
    }
    const row = AnswerRow.safeParse(value)
    if (!row.success) return new Error(`line ${at + 1} is not an answer row: ${row.error.issues[0]?.message ?? ''}`)
    rows.push(row.data)
  }
  return rows
}

/**
 * How one paste's entries changed: `+` now right first, `-` right first before and no longer, `+3` / `-3` into or out of
 * the first three, `~` any other change (the right cause kept its place, or was never among them).
 */
export type ChangeTag = '+' | '-' | '+3' | '-3' | '~'

export interface AnswerChange {
  tag: ChangeTag
  row: AnswerRow
  before: Cause[]
}

export interface AnswerComparison {
  changes: AnswerChange[]
  /** Pastes now right first, minus pastes right first before and no longer. */
  netTop1: number
  /** The same for the expected cause among the first three. */
  netTop3: number
  /** Rows of `after` with no row of the same set, label and text in `before` (pastes added since): not compared. */
  added: number
}

const maxEntries = 3

export function answerRow(set: AnswerRow['set'], expected: Cause, text: string, entries: readonly Cause[]): AnswerRow {
  return { set, expected, entries: entries.slice(0, maxEntries), text }
}

/** A paste is the same paste in both runs when its set, its label and its text are: fixtures may have grown between. */
function rowKey(row: AnswerRow): string {
  return `${row.set}\u0000${row.expected}\u0000${row.text}`
}

function sameEntries(a: readonly Cause[], b: readonly Cause[]): boolean {
  return a.length === b.length && a.every((cause, at) => cause === b[at])
}

function tagOf(expected: Cause, before: readonly Cause[], after: readonly Cause[]): ChangeTag {
  const was1 = before[0] === expected
  const now1 = after[0] === expected
  if (now1 && !was1) return '+'
  if (was1 && !now1) return '-'
  const was3 = before.includes(expected)
  const now3 = after.includes(expected)
  if (now3 && !was3) return '+3'
  if (was3 && !now3) return '-3'
  return '~'
}

export function compareAnswers(before: readonly AnswerRow[], after: readonly AnswerRow[]): AnswerComparison {
  const earlier = new Map(before.map((row) => [rowKey(row), row]))
  const changes: AnswerChange[] = []
  let netTop1 = 0
  let netTop3 = 0
  let added = 0
  for (const row of after) {
    const old = earlier.get(rowKey(row))
    if (!old) {
      added += 1
      continue
    }
    if (sameEntries(old.entries, row.entries)) continue
    netTop1 += Number(row.entries[0] === row.expected) - Number(old.entries[0] === row.expected)
    netTop3 += Number(row.entries.includes(row.expected)) - Number(old.entries.includes(row.expected))
    changes.push({ tag: tagOf(row.expected, old.entries, row.entries), row, before: old.entries })
  }
  return { changes, netTop1, netTop3, added }
}

const signed = (value: number) => `${value >= 0 ? '+' : ''}${value}`

/** One line a change, then the net; a `-` is listed first, since each one must be explained before a change lands. */
export function formatComparison(comparison: AnswerComparison): string {
  const order: Record<ChangeTag, number> = { '-': 0, '-3': 1, '~': 2, '+3': 3, '+': 4 }
  const lines = [...comparison.changes]
    .sort((a, b) => order[a.tag] - order[b.tag])
    .map(({ tag, row, before }) => {
      const shown = (causes: readonly Cause[]) => causes.join(',') || '∅'
      const text = row.text.replace(/\s+/g, ' ').slice(0, 140)
      return `${tag.padEnd(2)} [${row.set}] ${row.expected}: ${shown(before)} → ${shown(row.entries)} | ${text}`
    })
  const added = comparison.added ? ` (${comparison.added} pastes added since the first run, not compared)` : ''
  return [...lines, `net top-1 ${signed(comparison.netTop1)}, top-3 ${signed(comparison.netTop3)}${added}`].join('\n')
}
