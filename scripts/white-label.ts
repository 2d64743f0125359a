import type { GatewayConfig } from '../data/gateway.schema.ts'
import type { Locale } from '../data/locale.ts'
import { policyAnswers, type PolicyField } from '../data/policy.ts'
import { pageTokenValues } from '../docs/.vitepress/support/page-tokens.ts'

/**
 * What a white-label build must not show: anything of the config it was not built with. Pure, so
 * the check of a real second-config build (check-white-label.ts) is tested without building.
 */
export interface BuiltPage {
  path: string
  html: string
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * A page's visible text, with no white space at all: a tag between a link and its full stop would
 * otherwise leave a space the sentence never had. Compared with answers squeezed the same way.
 */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
      if (name[0] === '#')
        return String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10))
      return entities[name.toLowerCase()] ?? match
    })
    .replace(/\s+/g, '')
}

/** A policy answer as a reader sees it (tokens filled, links and marks reduced to text), squeezed like pageText. */
export function shownAnswer(config: GatewayConfig, field: PolicyField, locale: Locale): string {
  const markdown = pageTokenValues(config, locale)[`policy.${field}`] ?? ''
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, '')
}

/** The first config's names and addresses, which must appear nowhere in the second's build. */
export function identityOf(config: GatewayConfig): string[] {
  const host = (url: string) => new URL(url).host
  return [
    config.name,
    host(config.siteUrl),
    host(config.apiBaseUrl),
    host(config.console.home),
    host(config.statusPage),
    config.support.email,
  ]
}

/**
 * Every place where a build made with `built` shows something of `other`: its names and
 * addresses, or its answer to a policy where the two differ. Also reports a policy answer of
 * `built` shown on no page at all (the page that should carry it lost its token).
 */
export function whiteLabelLeaks(pages: BuiltPage[], built: GatewayConfig, other: GatewayConfig): string[] {
  const leaks: string[] = []
  const texts = pages.map((page) => ({ path: page.path, html: page.html, text: pageText(page.html) }))
  for (const value of identityOf(other).filter((value) => !identityOf(built).includes(value))) {
    for (const page of texts) if (page.html.includes(value)) leaks.push(`${page.path}: names ${value}`)
  }
  for (const field of Object.keys(policyAnswers) as PolicyField[]) {
    for (const locale of ['zh', 'en'] as const) {
      const own = shownAnswer(built, field, locale)
      const foreign = shownAnswer(other, field, locale)
      if (!texts.some((page) => page.text.includes(own)))
        leaks.push(`policy.${field} (${locale}): no page shows "${own}"`)
      if (foreign === own) continue
      for (const page of texts)
        if (page.text.includes(foreign)) leaks.push(`${page.path}: policy.${field} of the other config`)
    }
  }
  return leaks
}
