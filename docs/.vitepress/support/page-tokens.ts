import type { GatewayConfig } from '../../../data/gateway.schema.ts'
import type { Locale } from '../../../data/locale.ts'
import { policyAnswer, policyAnswers, type PolicyField } from '../../../data/policy.ts'
import { fillGatewayTokens, gatewayTokenValues } from '../../../data/gateway-tokens.ts'

/**
 * The tokens a markdown page may use: the gateway's values plus `{{gw.policy.*}}`, each the
 * sentence that answers that policy under this config (data/policy.ts). Kept apart from
 * gatewayTokenValues, which widgets bundle, so the policy sentences never ship as page script.
 */
export function pageTokenValues(gateway: GatewayConfig, locale: Locale): Record<string, string> {
  const values = gatewayTokenValues(gateway, locale)
  for (const field of Object.keys(policyAnswers) as PolicyField[]) {
    const answer = policyAnswer(gateway.policy, field, locale)
    values[`policy.${field}`] = fillGatewayTokens(answer, values, `data/policy.ts (${field})`)
  }
  return values
}
