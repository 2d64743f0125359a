import type { Locale } from '@data/locale.ts'

/** A site path such as `/troubleshooting/auth#invalid-key` in the page's language, under the site's base. */
export function siteLink(linkBase: string, locale: Locale, path: string): string {
  return `${linkBase.replace(/\/$/, '')}${locale === 'en' ? '/en' : ''}${path}`
}

/** The command-line run of the same diagnosis, for when the browser is blocked. */
export function cliCommand(baseUrl: string, model: string): string {
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
  return `npm run diagnose -- --base-url ${quote(baseUrl)} --model ${quote(model)}`
}
