import type { Cause } from '../../data/causes.ts'
import type { LocalizedText } from '../../data/locale.ts'
import type { RelatedErrors } from './leaf-links.ts'

/** The catalogue entries of each cause, in catalogue order, reduced to what a leaf links to. */
export function relatedErrorsByCause(
  catalogue: readonly { id: string; cause: Cause; title: LocalizedText }[],
): RelatedErrors {
  const byCause: RelatedErrors = {}
  for (const entry of catalogue) {
    const list = (byCause[entry.cause] ??= [])
    list.push({ id: entry.id, title: entry.title })
  }
  return byCause
}
