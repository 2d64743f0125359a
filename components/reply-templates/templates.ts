import type { GatewayConfig } from '@data/gateway.schema.ts'
import { localePath, type Locale } from '@data/locale.ts'
import { invoiceReply } from '@data/policy.ts'
import type { ReplyPlaceholder, ReplyTemplate } from '@data/reply-templates.schema.ts'
import { messages } from './messages.ts'

/** Where the copied link points: the site the staff member is on, which may live under a sub-path. */
export interface SiteLocation {
  /** `https://help.example.com`, no trailing slash needed. */
  origin: string
  /** VitePress `site.base`: `/` or `/help/`. */
  base: string
}

export interface RenderedReply {
  id: string
  locale: Locale
  title: string
  /** The reply without its link. */
  body: string
  /** The full address of the section that answers the ticket. */
  url: string
  /** What the copy button puts on the clipboard: body, a blank line, then the link line. */
  text: string
}

/**
 * The gateway values a reply may name. Optional config fields (status page, ticket URL) are
 * left out on purpose: a reply must read well for a gateway that has neither.
 */
export function placeholderValues(gateway: GatewayConfig, locale: Locale): Record<ReplyPlaceholder, string> {
  const values = {
    name: gateway.name,
    apiBaseUrl: gateway.apiBaseUrl,
    apiOrigin: new URL(gateway.apiBaseUrl).origin,
    keyPrefix: gateway.keyPrefix,
    syncTypical: String(gateway.balanceSyncMinutes.typical),
    syncPeak: String(gateway.balanceSyncMinutes.peak),
    topUp: gateway.console.topUp,
    keys: gateway.console.keys,
    usage: gateway.console.usage,
    models: gateway.console.models,
    email: gateway.support.email,
  }
  return { ...values, invoiceAnswer: fillPlaceholders(invoiceReply[gateway.policy.invoices][locale], values) }
}

/** Fills `{placeholder}`s; a name without a value stays visible rather than vanishing. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (match, name: string) => values[name] ?? match)
}

/** The address of a locale-neutral `slug#anchor` in one language of the site. */
export function sectionUrl(link: string, locale: Locale, site: SiteLocation): string {
  return localePath(locale, link, `${site.origin.replace(/\/+$/, '')}/${site.base.replace(/^\/+|\/+$/g, '')}`)
}

export function renderReply(
  template: ReplyTemplate,
  locale: Locale,
  gateway: GatewayConfig,
  site: SiteLocation,
): RenderedReply {
  const body = fillPlaceholders(template.text[locale], placeholderValues(gateway, locale))
  const url = sectionUrl(template.link, locale, site)
  return {
    id: template.id,
    locale,
    title: template.title[locale],
    body,
    url,
    text: `${body}\n\n${messages[locale].linkLine}${url}`,
  }
}

/** Both languages of a reply, the page's own first: staff answer users in either. */
export function replyLocales(pageLocale: Locale): Locale[] {
  return pageLocale === 'zh' ? ['zh', 'en'] : ['en', 'zh']
}

/**
 * Templates matching every word of a staff member's filter (`401`, `发票`, `invoice`), looked
 * up in the id, the link and both languages, so either language finds a template.
 */
export function filterTemplates(templates: ReplyTemplate[], query: string): ReplyTemplate[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return templates
  return templates.filter((template) => {
    const haystack = [
      template.id,
      template.link,
      template.title.zh,
      template.title.en,
      template.text.zh,
      template.text.en,
    ]
      .join('\n')
      .toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}
