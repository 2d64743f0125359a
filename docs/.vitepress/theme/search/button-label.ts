import type { Locale } from '../../../../data/locale.ts'

/**
 * The navbar button's name, apart from the dialog's messages: the button ships with every page,
 * the dialog and its text load on first use.
 */
export const searchButtonLabel: Record<Locale, string> = { zh: '搜索', en: 'Search' }
