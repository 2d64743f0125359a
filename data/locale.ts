/** Chinese is the root locale; English lives under `/en/`. */
export const locales = ['zh', 'en'] as const
export type Locale = (typeof locales)[number]

/** The `<html lang>` of each locale, which is also what pagefind keys its index on. */
export const htmlLang = { zh: 'zh-CN', en: 'en-US' } as const satisfies Record<Locale, string>

/** URL prefix of each locale: a page `/x` in Chinese is `/en/x` in English. */
export const localePrefix = { zh: '/', en: '/en/' } as const satisfies Record<Locale, string>

/** Every text users read, in both languages; `LocalizedText` in locale.schema.ts checks it against this type. */
export type LocalizedText = Record<Locale, string>

/** The locale of a site path; `base` is the site's sub-path (VitePress `base`), if any. */
export function localeOfPath(path: string, base = '/'): Locale {
  const inSite = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '')
  return /^en(?:\/|$)/.test(inSite) ? 'en' : 'zh'
}
