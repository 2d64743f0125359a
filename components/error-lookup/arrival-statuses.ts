import type { ErrorEntry } from '@data/errors.schema.ts'

/**
 * Every status an entry arrives with, as pages, tables and filters show it: its own, then those it takes only with its
 * own words (`statusesWithWording`). Matching keeps the two apart; a reader filtering by a status should find both.
 */
export function arrivalStatuses(entry: Pick<ErrorEntry, 'statuses' | 'statusesWithWording'>): number[] {
  return [...entry.statuses, ...(entry.statusesWithWording ?? [])]
}
