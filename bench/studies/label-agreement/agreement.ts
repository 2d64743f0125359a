/**
 * How often a second labeller, reading only the paste, names the cause the dev set's label does, and how that
 * splits between pastes the lookup answers right and those it misses. Pure: the CLI (`run.ts`) reads the files.
 */
import { z } from 'zod'
import { Cause } from '../../../data/causes.schema.ts'

/** `second-labels.json`: each paste by its source and text, with the second labeller's cause. */
export const SecondLabels = z.array(
  z.strictObject({
    source: z.string(),
    text: z.string(),
    second: Cause,
    sure: z.boolean(),
    alt: Cause.nullable(),
  }),
)

export interface SecondLabel {
  /** The dev set's label. */
  label: Cause
  /** The second labeller's cause, from the text alone. */
  second: Cause
  /** Whether the second labeller thought the text allowed one reading only. */
  sure: boolean
  /** The lookup's first answer: its first entry, else its guess. */
  lookup: Cause | undefined
}

export interface Agreement {
  count: number
  /** Second labeller = label. */
  agree: number
  /** Lookup's first answer = label. */
  lookupRight: number
  /** Of the pastes the lookup misses: the second labeller agrees with the label, or with the lookup instead. */
  missed: { count: number; secondAgreesWithLabel: number; secondAgreesWithLookup: number }
  /** Of the pastes the second labeller was sure of: how many agree with the label. */
  sure: { count: number; agree: number }
}

export function agreement(rows: readonly SecondLabel[]): Agreement {
  const missed = rows.filter((row) => row.lookup !== row.label)
  const sure = rows.filter((row) => row.sure)
  return {
    count: rows.length,
    agree: rows.filter((row) => row.second === row.label).length,
    lookupRight: rows.length - missed.length,
    missed: {
      count: missed.length,
      secondAgreesWithLabel: missed.filter((row) => row.second === row.label).length,
      secondAgreesWithLookup: missed.filter((row) => row.lookup !== undefined && row.second === row.lookup).length,
    },
    sure: { count: sure.length, agree: sure.filter((row) => row.second === row.label).length },
  }
}
