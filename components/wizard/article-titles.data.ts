import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineLoader } from 'vitepress'
import { wizardTree } from '../../data/wizard.ts'
import { gateway } from '../../data/gateway.ts'
import { fillGatewayTokens } from '../../data/gateway-tokens.ts'
import { pageTokenValues } from '../../docs/.vitepress/support/page-tokens.ts'
import type { LocalizedText } from '../../data/locale.ts'
import { articleTitles } from './article-titles.ts'
import { leafArticleAnchors } from './leaf-links.ts'

const docs = fileURLToPath(new URL('../../docs/', import.meta.url))

const tokenValues = { zh: pageTokenValues(gateway, 'zh'), en: pageTokenValues(gateway, 'en') }

export default defineLoader({
  watch: ['../../docs/**/*.md'],
  load(): Record<string, LocalizedText> {
    const anchors = new Set(Object.values(wizardTree.leaves).flatMap(leafArticleAnchors))
    return articleTitles(anchors, (file) => {
      const path = `${docs}${file}`
      if (!existsSync(path)) return undefined
      // Headings may name the gateway through tokens; fill them as the markdown build does.
      return fillGatewayTokens(readFileSync(path, 'utf8'), tokenValues[file.startsWith('en/') ? 'en' : 'zh'], file)
    })
  },
})

export declare const data: Record<string, LocalizedText>
