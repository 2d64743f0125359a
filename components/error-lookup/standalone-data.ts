import { errorCatalogue } from '@data/errors.ts'
import type { ErrorEntry } from '@data/errors.schema.ts'
import { gateway } from '@data/gateway.ts'
import { entriesWithPages } from '../error-pages/entry-pages.ts'

/**
 * What `standalone.ts` answers over. The build replaces this module with the same data as a
 * literal, slimmed and with the real site base (docs/.vitepress/support/catalogue-outputs.ts);
 * here, for tests and Node, it is the live catalogue at the site root.
 */
export const bundledCatalogue: readonly ErrorEntry[] = entriesWithPages(errorCatalogue)
export const bundledDocRoot = `${gateway.siteUrl}/`
