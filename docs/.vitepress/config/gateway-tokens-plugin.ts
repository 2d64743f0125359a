import { relative } from 'node:path'
import type { Plugin } from 'vite'
import { gateway } from '../../../data/gateway.ts'
import { localeOfPath } from '../../../data/locale.ts'
import { fillGatewayTokens } from '../../../data/gateway-tokens.ts'
import { pageTokenValues } from '../support/page-tokens.ts'

/**
 * Fills `{{gw.*}}` tokens in markdown source before VitePress sees it, so they work in
 * frontmatter (titles, descriptions), text and code blocks alike.
 */
export function gatewayTokensPlugin(srcDir: string): Plugin {
  const valuesByLocale = { zh: pageTokenValues(gateway, 'zh'), en: pageTokenValues(gateway, 'en') }
  return {
    name: 'gateway-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.md')) return null
      const file = relative(srcDir, id)
      return { code: fillGatewayTokens(code, valuesByLocale[localeOfPath(`/${file}`)], file), map: null }
    },
  }
}
