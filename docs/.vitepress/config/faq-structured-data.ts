import type { HeadConfig, TransformContext } from 'vitepress'
import { htmlLang, localeOfPath } from '../../../data/locale.ts'
import { extractFaqEntries, faqPageJsonLd, jsonForScript } from '../support/faq-extract.ts'

/** FAQ pages of both locales: `faq/x.md` and `en/faq/x.md`. */
const faqPage = /^(?:en\/)?faq\/[^/]+\.md$/

/**
 * `transformHead` hook: gives every FAQ page FAQPage structured data built from its rendered
 * headings, so search engines show the same questions and answers readers see.
 */
export function faqStructuredData(ctx: TransformContext): HeadConfig[] | undefined {
  if (!faqPage.test(ctx.page)) return undefined
  const entries = extractFaqEntries(ctx.content)
  if (entries.length === 0) return undefined
  const lang = htmlLang[localeOfPath(`/${ctx.page}`)]
  return [['script', { type: 'application/ld+json' }, jsonForScript(faqPageJsonLd(entries, lang))]]
}
