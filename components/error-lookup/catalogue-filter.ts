import type { Cause } from '@data/causes.ts'
import type { ErrorEntry, ErrorLayer } from '@data/errors.schema.ts'
import { arrivalStatuses } from './arrival-statuses.ts'

/** `''` means “any”. A status filter of `none` keeps entries that arrive without a response. */
export interface CatalogueFilter {
  status: string
  cause: Cause | ''
  layer: ErrorLayer | ''
}

export const emptyFilter: CatalogueFilter = { status: '', cause: '', layer: '' }

export function filterCatalogue(catalogue: readonly ErrorEntry[], filter: CatalogueFilter): ErrorEntry[] {
  return catalogue.filter((entry) => {
    if (filter.cause && entry.cause !== filter.cause) return false
    if (filter.layer && entry.layer !== filter.layer) return false
    const statuses = arrivalStatuses(entry)
    if (filter.status === 'none') return statuses.length === 0
    if (filter.status) return statuses.includes(Number(filter.status))
    return true
  })
}

/** The values each filter offers, taken from the catalogue so no option ever shows an empty table. */
export function filterOptions(catalogue: readonly ErrorEntry[]): {
  statuses: number[]
  causes: Cause[]
  layers: ErrorLayer[]
} {
  return {
    statuses: [...new Set(catalogue.flatMap(arrivalStatuses))].sort((a, b) => a - b),
    causes: [...new Set(catalogue.map((entry) => entry.cause))],
    layers: [...new Set(catalogue.map((entry) => entry.layer))],
  }
}
