import type { DefaultTheme } from 'vitepress'
import { localePath, type Locale } from '../../../data/locale.ts'
import { gateway } from '../../../data/gateway.ts'
import { sections } from './pages.ts'

/**
 * The sidebar is the same tree in both languages; only titles and the prefix differ. Sections
 * are not collapsible: VitePress nests a caret button inside a button for those (axe flags it).
 */
export function sidebarFor(locale: Locale): DefaultTheme.SidebarItem[] {
  return sections.map((section) => ({
    text: section[locale],
    items: section.pages.map((page) => ({ text: page[locale], link: localePath(locale, page.slug) })),
  }))
}

export function consoleNavItem(text: string): DefaultTheme.NavItemWithLink {
  return { text, link: gateway.console.home, target: '_blank', rel: 'noopener' }
}
