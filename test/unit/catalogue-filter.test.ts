import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '@data/errors.ts'
import type { ErrorEntry } from '@data/errors.schema.ts'
import { emptyFilter, filterCatalogue, filterOptions } from '@components/error-lookup/catalogue-filter.ts'

const entry = (id: string, statuses: number[], statusesWithWording?: number[]): ErrorEntry => ({
  ...errorCatalogue[0]!,
  id,
  statuses,
  statusesWithWording,
})

describe('components/error-lookup/catalogue-filter', () => {
  // A status an entry takes only with its own words is still one it arrives with (Groq's 413 rate limit).
  const catalogue = [entry('plain', [429]), entry('worded', [429], [413]), entry('only-worded', [], [424])]

  it('finds an entry under a status it takes only with its own words, and offers that status', () => {
    const ids = (status: string) => filterCatalogue(catalogue, { ...emptyFilter, status }).map(({ id }) => id)
    expect(ids('413')).toEqual(['worded'])
    expect(ids('424')).toEqual(['only-worded'])
    expect(ids('429')).toEqual(['plain', 'worded'])
    expect(filterOptions(catalogue).statuses).toEqual([413, 424, 429])
  })

  it('keeps under "no response" only the entries that arrive with no status at all', () => {
    const none = filterCatalogue([...catalogue, entry('network', [])], { ...emptyFilter, status: 'none' })
    expect(none.map(({ id }) => id)).toEqual(['network'])
  })
})
