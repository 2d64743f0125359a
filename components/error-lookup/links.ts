import type { Locale } from '@data/locale.ts'

/**
 * A site link from a locale-relative path (`/troubleshooting/auth#invalid-key`): the site base,
 * then `en/` for English, then the path. Widgets get the base as a prop so they test without VitePress.
 */
export function siteLink(base: string, locale: Locale, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`
  return `${root}${locale === 'en' ? 'en/' : ''}${path.replace(/^\//, '')}`
}

/** The anchor of an entry on the error reference page. */
export function entryLink(base: string, locale: Locale, id: string): string {
  return siteLink(base, locale, `/errors#${id}`)
}
