import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { gateway } from '../../data/gateway.ts'
import { GatewayPolicy, parseGatewayConfig, type GatewayConfig } from '../../data/gateway.schema.ts'
import { localeOfPath, type Locale } from '../../data/locale.ts'
import { policyAnswer, policyAnswers, type PolicyField } from '../../data/policy.ts'
import { fillGatewayTokens } from '../../data/gateway-tokens.ts'
import { pageTokenValues } from '../../docs/.vitepress/support/page-tokens.ts'
import { oppositeGateway } from '../fixtures/gateway-opposite.ts'

const docs = join(import.meta.dirname, '../../docs')
const fields = Object.keys(policyAnswers) as PolicyField[]

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'public') return []
    const path = join(dir, entry.name)
    return entry.isDirectory() ? markdownFiles(path) : entry.name.endsWith('.md') ? [path] : []
  })
}

/** Every page's text as the build's token step renders it under one config. */
function renderSite(config: GatewayConfig): { file: string; locale: Locale; text: string }[] {
  const values = { zh: pageTokenValues(config, 'zh'), en: pageTokenValues(config, 'en') }
  return markdownFiles(docs).map((path) => {
    const file = relative(docs, path)
    const locale = localeOfPath(`/${file}`)
    return { file, locale, text: fillGatewayTokens(readFileSync(path, 'utf8'), values[locale], file) }
  })
}

const unstatedGateway = parseGatewayConfig({ ...gateway, policy: undefined })
const configs = { example: gateway, opposite: oppositeGateway, unstated: unstatedGateway }
const sites = Object.fromEntries(Object.entries(configs).map(([name, config]) => [name, renderSite(config)]))

/** The answer as a page shows it: tokens inside it filled for that config. */
const shown = (config: GatewayConfig, field: PolicyField, locale: Locale) =>
  pageTokenValues(config, locale)[`policy.${field}`] ?? ''

describe('gateway policy', () => {
  it('defaults every field to unstated', () => {
    expect(unstatedGateway.policy).toEqual(Object.fromEntries(fields.map((field) => [field, 'unstated'])))
    expect(() => parseGatewayConfig({ ...gateway, policy: { invoices: 'maybe' } })).toThrow('policy.invoices')
    expect(() => parseGatewayConfig({ ...gateway, policy: { balanceExpiry: { months: 0 } } })).toThrow(
      'policy.balanceExpiry',
    )
  })

  it('has an answer in both languages for every value the schema allows', () => {
    const shape = GatewayPolicy.shape
    for (const field of fields) {
      const schema = shape[field].unwrap()
      const options: unknown[] = 'options' in schema ? [...schema.options] : []
      for (const value of options.filter((option) => typeof option === 'string')) {
        const policy = { ...unstatedGateway.policy, [field]: value } as GatewayPolicy
        for (const locale of ['zh', 'en'] as const)
          expect(policyAnswer(policy, field, locale).length).toBeGreaterThan(20)
      }
    }
    const yearly = { ...unstatedGateway.policy, balanceExpiry: { months: 12 } }
    expect(policyAnswer(yearly, 'balanceExpiry', 'zh')).toContain('12 个月')
    expect(policyAnswer(yearly, 'balanceExpiry', 'en')).toContain('12 months')
  })

  it.each(fields)('%s: every page says it only through the config', (field) => {
    for (const [name, config] of Object.entries(configs)) {
      for (const locale of ['zh', 'en'] as const) {
        const own = shown(config, field, locale)
        // Each config's sentence is on its own site...
        expect(
          sites[name]!.some((page) => page.locale === locale && page.text.includes(own)),
          `${name} ${locale}`,
        ).toBe(true)
        // ...and on no page of a site built with another config.
        for (const [otherName, otherConfig] of Object.entries(configs)) {
          if (shown(otherConfig, field, locale) === own) continue
          const leaks = sites[otherName]!.filter((page) => page.text.includes(own)).map((page) => page.file)
          expect(leaks, `${name}'s ${field} sentence on the ${otherName} site`).toEqual([])
        }
      }
    }
  })

  it('names the second operator, not the first, wherever a policy mentions the brand', () => {
    const opposite = sites.opposite!.map((page) => page.text).join('\n')
    expect(opposite).toContain('Opposite Cloud 不开具发票')
    expect(opposite).not.toContain(`${gateway.name} 不开具发票`)
  })
})
