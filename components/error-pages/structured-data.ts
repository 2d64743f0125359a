import { causeTitle } from '../../data/causes.ts'
import type { ErrorEntry } from '../../data/errors.schema.ts'
import { htmlLang, type Locale } from '../../data/locale.ts'
import { arrivalStatuses } from '../error-lookup/arrival-statuses.ts'
import { entryPagePath } from './entry-pages.ts'
import { errorPageDescription, errorPageTitle } from './page-markdown.ts'

export interface TechArticleJsonLd {
  '@context': 'https://schema.org'
  '@type': 'TechArticle'
  headline: string
  description: string
  inLanguage: string
  url: string
  about: string
  /** The messages themselves, so a search engine can tie the exact wording to the page. */
  keywords: string[]
}

/**
 * TechArticle rather than FAQPage: an error page answers one problem with steps, and Google
 * shows FAQ rich results only for a few authoritative sites now anyway.
 */
export function errorPageJsonLd(entry: ErrorEntry, locale: Locale, siteRoot: string): TechArticleJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: errorPageTitle(entry, locale),
    description: errorPageDescription(entry, locale),
    inLanguage: htmlLang[locale],
    url: entryPagePath(locale, entry.id, siteRoot),
    about: causeTitle[entry.cause][locale],
    keywords: [...new Set([...arrivalStatuses(entry).map(String), ...entry.match.codes])],
  }
}
