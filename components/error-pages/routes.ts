import type { ErrorEntry } from '../../data/errors.schema.ts'
import type { Locale, LocalizedText } from '../../data/locale.ts'
import { entriesWithPages, relatedEntries } from './entry-pages.ts'
import { errorPageMarkdown } from './page-markdown.ts'

/** One VitePress dynamic route (`docs/errors/[id].paths.ts`): the id and the page's whole markdown. */
export interface ErrorPageRoute {
  params: { id: string }
  content: string
}

/**
 * Every page of one locale, from the one catalogue: related entries are picked among entries that
 * have a page, so no page links to a page that is not built.
 */
export function errorPageRoutes(
  locale: Locale,
  catalogue: readonly ErrorEntry[],
  articleTitles: Record<string, LocalizedText>,
): ErrorPageRoute[] {
  const withPages = entriesWithPages(catalogue)
  return withPages.map((entry) => ({
    params: { id: entry.id },
    content: errorPageMarkdown({
      entry,
      locale,
      related: relatedEntries(entry, withPages),
      articleTitle: articleTitles[entry.article],
    }),
  }))
}
