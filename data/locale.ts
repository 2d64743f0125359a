/** Chinese is the root locale; English lives under `/en/`. */
export const locales = ['zh', 'en'] as const
export type Locale = (typeof locales)[number]

/** The `<html lang>` of each locale, which is also what pagefind keys its index on. */
export const htmlLang = { zh: 'zh-CN', en: 'en-US' } as const satisfies Record<Locale, string>

/** URL prefix of each locale: a page `/x` in Chinese is `/en/x` in English. */
export const localePrefix = { zh: '/', en: '/en/' } as const satisfies Record<Locale, string>

/**
 * The address of a locale-neutral site path (`/faq/billing#invoices`, `/errors?q=…`, `/`) in one
 * language, under `base`: VitePress's `site.base` (`/` or `/help/`), or a whole site root such as
 * `https://help.example.com/help` for links that leave the site. One slash joins the three parts,
 * whether or not `base` ends in one, so every link on the site is built the same way.
 */
export function localePath(locale: Locale, path: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`
  return `${root}${localePrefix[locale].slice(1)}${path.replace(/^\//, '')}`
}

/** Every text users read, in both languages; `LocalizedText` in locale.schema.ts checks it against this type. */
export type LocalizedText = Record<Locale, string>

/** The locale of a site path; `base` is the site's sub-path (VitePress `base`), if any. */
export function localeOfPath(path: string, base = '/'): Locale {
  const inSite = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '')
  return /^en(?:\/|$)/.test(inSite) ? 'en' : 'zh'
}
