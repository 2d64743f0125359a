/**
 * The error lookup outside the site: a gateway console or a chat client imports
 * `/lookup/v1/error-lookup.js` (built from this file with the catalogue inside) and maps any
 * error text to ranked causes and help links, with no server call:
 *
 *   import { lookup } from 'https://help.example.com/lookup/v1/error-lookup.js'
 *   lookup('{"error":{"message":"无效的令牌"}}', { locale: 'en' })
 *   // → [{ id: 'invalid-api-key', cause: 'invalid_key', title: 'Invalid API key (401)',
 *   //      doc_url: 'https://help.example.com/en/errors/invalid-api-key', score: 170 }, …]
 *
 * Results come best first; an empty array means nothing in the catalogue matched.
 */
import type { ErrorEntry } from '@data/errors.schema.ts'
import type { Locale } from '@data/locale.ts'
import { entryPagePath } from '../error-pages/entry-pages.ts'
import { lookupErrors } from './match.ts'
import { bundledCatalogue, bundledDocRoot } from './standalone-data.ts'

export type { Locale } from '@data/locale.ts'

export interface LookupOptions {
  /** Language of `title` and `doc_url`. @default 'zh' (the site's root language) */
  locale?: Locale
}

export interface LookupHit {
  /** Stable catalogue id, as in `/api/errors/v1.json`. */
  id: string
  /** One of the site-wide causes (`insufficient_balance`, `rate_limit`, …). */
  cause: string
  /** The entry's title in the chosen language. */
  title: string
  /** Its help page in the chosen language. */
  doc_url: string
  /** Higher is surer; only matches above the lookup's threshold are returned. */
  score: number
}

/** A `lookup` over any catalogue and help-site root (`https://help.example.com/`); for tests and other builds. */
export function createLookup(
  catalogue: readonly ErrorEntry[],
  docRoot: string,
): (text: string, options?: LookupOptions) => LookupHit[] {
  return (text, { locale = 'zh' } = {}) =>
    lookupErrors(text, catalogue).matches.map(({ entry, score }) => ({
      id: entry.id,
      cause: entry.cause,
      title: entry.title[locale],
      doc_url: entryPagePath(locale, entry.id, docRoot),
      score,
    }))
}

/** Ranked causes and help links for an error text, over the catalogue bundled with this module. */
export const lookup = createLookup(bundledCatalogue, bundledDocRoot)
