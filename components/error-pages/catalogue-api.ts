import type { ErrorEntry } from '../../data/errors.schema.ts'
import { arrivalStatuses } from '../error-lookup/arrival-statuses.ts'
import { entriesWithPages, entryPagePath } from './entry-pages.ts'
import { errorApiVersion, type ErrorApiDocument } from './catalogue-api.schema.ts'

/** The stable addresses under the site base; `v1` changes only with a breaking change. */
export const errorApiFile = `api/errors/v${errorApiVersion}.json`
export const errorApiSchemaFile = `api/errors/v${errorApiVersion}.schema.json`

/**
 * `doc_url`s start with the site's address when it has one (the config's `siteUrl`), else with the
 * base alone, so a file served from an unknown host still gives paths that work on that host.
 */
export function docRoot(siteUrl: string | undefined, base: string): string {
  return `${siteUrl ?? ''}${base.endsWith('/') ? base : `${base}/`}`
}

/** The catalogue as machines read it: entries that have a page, with its address in each language. */
export function errorApiDocument(
  catalogue: readonly ErrorEntry[],
  options: { siteUrl: string | undefined; base: string; generatedFrom: string },
): ErrorApiDocument {
  const root = docRoot(options.siteUrl, options.base)
  return {
    version: errorApiVersion,
    generated_from: options.generatedFrom,
    doc_url_form: options.siteUrl ? 'absolute' : 'root-relative',
    entries: entriesWithPages(catalogue).map((entry) => ({
      id: entry.id,
      cause: entry.cause,
      layer: entry.layer,
      statuses: arrivalStatuses(entry),
      ...(entry.statusesWithWording?.length ? { statuses_with_wording: [...entry.statusesWithWording] } : {}),
      codes: [...entry.match.codes],
      patterns: [...entry.match.patterns],
      ...(entry.match.describes?.length ? { describes: [...entry.match.describes] } : {}),
      ...(entry.match.wraps?.length ? { wraps: [...entry.match.wraps] } : {}),
      ...(entry.sharedWith?.length ? { shared_with: entry.sharedWith.map((shared) => ({ ...shared })) } : {}),
      title: { zh: entry.title.zh, en: entry.title.en },
      doc_url: entryPagePath('zh', entry.id, root),
      doc_urls: { zh: entryPagePath('zh', entry.id, root), en: entryPagePath('en', entry.id, root) },
    })),
  }
}
