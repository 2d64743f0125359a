import type { Locale } from '@data/locale.ts'
import { entryPageSlug } from '../error-pages/entry-pages.ts'

/**
 * A site link from a locale-relative path (`/troubleshooting/auth#invalid-key`): the site base,
 * then `en/` for English, then the path. Widgets get the base as a prop so they test without VitePress.
 */
export function siteLink(base: string, locale: Locale, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`
  return `${root}${locale === 'en' ? 'en/' : ''}${path.replace(/^\//, '')}`
}

/** An entry's own page (`/errors/<id>`); the old `/errors#<id>` anchors forward there. */
export function entryLink(base: string, locale: Locale, id: string): string {
  return siteLink(base, locale, entryPageSlug(id))
}
