import type { Locale } from '@data/locale.ts'

/**
 * The navbar button's name, apart from the dialog's messages: the button ships with every page,
 * the dialog and its text load on first use.
 */
export const searchButtonLabel: Record<Locale, string> = { zh: '搜索', en: 'Search' }

/** Shown beside the button when the dialog's code cannot be downloaded. */
export const searchLoadFailed: Record<Locale, string> = {
  zh: '搜索加载失败，请检查网络后刷新页面',
  en: 'Search could not load. Check your connection and reload the page.',
}
