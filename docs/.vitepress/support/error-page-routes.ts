import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { errorCatalogue } from '../../../data/errors.ts'
import { gateway } from '../../../data/gateway.ts'
import type { Locale } from '../../../data/locale.ts'
import { articleTitles } from '../../../components/wizard/article-titles.ts'
import { errorPageRoutes, type ErrorPageRoute } from '../../../components/error-pages/routes.ts'
import { fillGatewayTokens, gatewayTokenValues } from '../../../data/gateway-tokens.ts'

const docs = fileURLToPath(new URL('../../', import.meta.url))

/** The routes of `docs/errors/[id].paths.ts` and its English twin, with article headings read from the docs. */
export function loadErrorPageRoutes(locale: Locale): ErrorPageRoute[] {
  const titles = articleTitles(new Set(errorCatalogue.map((entry) => entry.article)), (file) => {
    const path = `${docs}${file}`
    if (!existsSync(path)) return undefined
    const fileLocale: Locale = file.startsWith('en/') ? 'en' : 'zh'
    return fillGatewayTokens(readFileSync(path, 'utf8'), gatewayTokenValues(gateway, fileLocale), file)
  })
  return errorPageRoutes(locale, errorCatalogue, titles)
}
