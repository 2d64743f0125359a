// Relative paths, not `@data`: the build-time loaders import this file, and VitePress bundles
// loaders without the site's aliases.
import { causeArticle, type Cause } from '../../data/causes.ts'
import type { GatewayConfig } from '../../data/gateway.schema.ts'
import { localePath, type Locale, type LocalizedText } from '../../data/locale.ts'
import type { WizardLeaf } from '../../data/wizard.schema.ts'
import { entryPagePath } from '../error-pages/entry-pages.ts'
import type { TextVariables } from './text.ts'

/** The parts of the gateway config the wizard needs; it never shows the brand or the API URL. */
export type WizardGateway = Pick<GatewayConfig, 'apiBaseUrl' | 'defaultModel' | 'balanceSyncMinutes' | 'console'> &
  Partial<Pick<GatewayConfig, 'statusPage'>>

/** Error-catalogue entries by cause, computed at build time so the page ships no catalogue. */
export type RelatedErrors = Partial<Record<Cause, { id: string; title: LocalizedText }[]>>

/** Heading text of each article anchor (`/troubleshooting/auth#expired-key`), read at build time. */
export type ArticleTitles = Partial<Record<string, LocalizedText>>

export interface LeafLink {
  href: string
  label: string
}

export interface LeafLinks {
  articles: LeafLink[]
  errors: LeafLink[]
  connectionTest: string
  console: string | undefined
}

export interface LinkContext {
  locale: Locale
  /** The site's base path (VitePress `base`), `/` unless deployed under a sub-path. */
  base: string
  gateway: WizardGateway
  relatedErrors: RelatedErrors
  articleTitles: ArticleTitles
}

export function textVariables(gateway: WizardGateway): TextVariables {
  return {
    syncTypical: String(gateway.balanceSyncMinutes.typical),
    syncPeak: String(gateway.balanceSyncMinutes.peak),
  }
}

/** The cause's own article section first, then the leaf's extra reading, without repeats. */
export function leafArticleAnchors(leaf: WizardLeaf): string[] {
  return [...new Set<string>([causeArticle[leaf.cause], ...leaf.articles])]
}

/** The connection test, prefilled where the leaf says it helps; never with a key. */
export function connectionTestHref(leaf: WizardLeaf, context: LinkContext): string {
  const query = new URLSearchParams()
  if (leaf.connectionTest.base) query.set('base', context.gateway.apiBaseUrl)
  if (leaf.connectionTest.defaultModel) query.set('model', context.gateway.defaultModel)
  const search = query.toString()
  return `${localePath(context.locale, '/tools/connection-test', context.base)}${search ? `?${search}` : ''}`
}

function consoleHref(leaf: WizardLeaf, gateway: WizardGateway): string | undefined {
  if (!leaf.console) return undefined
  return leaf.console === 'status' ? gateway.statusPage : gateway.console[leaf.console]
}

export function leafLinks(leaf: WizardLeaf, context: LinkContext): LeafLinks {
  const { locale, base } = context
  const articles = leafArticleAnchors(leaf).map((anchor) => ({
    href: localePath(locale, anchor, base),
    // Until the article is written the build has no heading text; the anchor still names the section.
    label: context.articleTitles[anchor]?.[locale] ?? anchor,
  }))
  const errors = (context.relatedErrors[leaf.cause] ?? []).map((entry) => ({
    href: entryPagePath(locale, entry.id, base),
    label: entry.title[locale],
  }))
  return {
    articles,
    errors,
    connectionTest: connectionTestHref(leaf, context),
    console: consoleHref(leaf, context.gateway),
  }
}
