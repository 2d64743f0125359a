import type { MarkdownRenderer } from 'vitepress'
import { localeOfPath, type Locale } from '../../../data/locale.ts'
import { errorListContainer } from './error-list-container.ts'

interface MarkdownEnv {
  relativePath?: string
}

const copyLinkLabel = { zh: '复制本节链接', en: 'Copy link to this section' } satisfies Record<Locale, string>

function envLocale(env: MarkdownEnv | undefined): Locale {
  return localeOfPath(`/${env?.relativePath ?? ''}`)
}

export function markdownPlugins(md: MarkdownRenderer): void {
  addCopyLinkButtons(md)
  errorListContainer(md)
}

/**
 * Support staff copy links to sections, so every h2/h3 gets a real button (keyboard reachable)
 * next to VitePress's permalink. `ignore-header` keeps it out of the outline; the theme
 * handles the click.
 */
function addCopyLinkButtons(md: MarkdownRenderer): void {
  md.core.ruler.push('copy-link-buttons', (state) => {
    const label = copyLinkLabel[envLocale(state.env as MarkdownEnv)]
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open' || !['h2', 'h3'].includes(token.tag)) return
      const id = token.attrGet('id')
      const inline = state.tokens[index + 1]
      if (!id || !inline?.children) return
      const button = new state.Token('html_inline', '', 0)
      button.content =
        `<button type="button" class="copy-link ignore-header" data-copy-link="${md.utils.escapeHtml(id)}" ` +
        `data-pagefind-ignore aria-label="${label}" title="${label}"></button>`
      inline.children.push(button)
    })
  })
}
