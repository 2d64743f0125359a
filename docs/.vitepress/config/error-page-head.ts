import type { HeadConfig, TransformContext } from 'vitepress'
import { errorCatalogue } from '../../../data/errors.ts'
import { gateway } from '../../../data/gateway.ts'
import { localeOfPath } from '../../../data/locale.ts'
import { errorPageJsonLd } from '../../../components/error-pages/structured-data.ts'
import { jsonForScript } from '../support/faq-extract.ts'

/** Pages of `docs/errors/[id].md` and its English twin, as VitePress names them: `en/errors/x.md`. */
const errorPage = /^(?:en\/)?errors\/([a-z0-9-]+)\.md$/

/** `transformHead` hook: TechArticle structured data for every error page. */
export function errorPageStructuredData(ctx: TransformContext): HeadConfig[] | undefined {
  const id = errorPage.exec(ctx.page)?.[1]
  const entry = id ? errorCatalogue.find((candidate) => candidate.id === id) : undefined
  if (!entry) return undefined
  const siteRoot = `${gateway.siteUrl}${ctx.siteConfig.site.base}`
  const jsonLd = errorPageJsonLd(entry, localeOfPath(`/${ctx.page}`), siteRoot)
  return [['script', { type: 'application/ld+json' }, jsonForScript(jsonLd)]]
}
