import type { ScenarioName } from './scenarios.ts'

/** new-api counts quota in points: 500000 points are 1 USD. */
export const quotaPerUsd = 500_000

/** one-api/new-api write 100000000 as the limit of a key without one. */
export const unlimitedHardLimitUsd = 100_000_000

/** What the key holds in each scenario, in USD; `limit: null` is an unlimited key. */
export interface KeyFunds {
  limit: number | null
  used: number
  /** Unix seconds, 0 when the key never expires. */
  expiresAt: number
}

const day = 86_400

export function fundsOf(scenario: ScenarioName, nowSeconds: number): KeyFunds {
  switch (scenario) {
    case 'healthy-one-api':
    case 'billing-200-error':
      return { limit: null, used: 12.34, expiresAt: 0 }
    case 'exhausted-key':
      return { limit: 10, used: 10, expiresAt: 0 }
    case 'balance-402':
      return { limit: 5, used: 5, expiresAt: 0 }
    case 'balance-403':
      return { limit: 12.5, used: 12.5, expiresAt: 0 }
    case 'expired-key':
      return { limit: 25, used: 3.2, expiresAt: nowSeconds - 3 * day }
    default:
      return { limit: 25, used: 7.5, expiresAt: nowSeconds + 90 * day }
  }
}

const cents = (usd: number) => Math.round(usd * 100)
const points = (usd: number) => Math.round(usd * quotaPerUsd)

/** new-api `GET /api/usage/token`. */
export function tokenUsageBody(funds: KeyFunds): Record<string, unknown> {
  const granted = funds.limit === null ? 0 : points(funds.limit)
  const used = points(funds.used)
  return {
    code: true,
    message: 'ok',
    data: {
      object: 'token_usage',
      name: 'default',
      total_granted: funds.limit === null ? used : granted,
      total_used: used,
      total_available: funds.limit === null ? 0 : granted - used,
      unlimited_quota: funds.limit === null,
      model_limits: {},
      model_limits_enabled: false,
      expires_at: funds.expiresAt,
    },
  }
}

/** one-api/new-api `GET /v1/dashboard/billing/subscription`: `hard_limit_usd` is the total, not what is left. */
export function subscriptionBody(funds: KeyFunds): Record<string, unknown> {
  const hardLimit = funds.limit ?? unlimitedHardLimitUsd
  return {
    object: 'billing_subscription',
    has_payment_method: true,
    soft_limit_usd: hardLimit,
    hard_limit_usd: hardLimit,
    system_hard_limit_usd: hardLimit,
    access_until: funds.expiresAt,
  }
}

/** one-api/new-api `GET /v1/dashboard/billing/usage`: `total_usage` is in cents. */
export function billingUsageBody(funds: KeyFunds): Record<string, unknown> {
  return { object: 'list', total_usage: cents(funds.used) }
}

/** OpenRouter `GET /api/v1/key`; the label is a masked fake, never the caller's key. */
export function openRouterKeyBody(funds: KeyFunds): Record<string, unknown> {
  return {
    data: {
      label: 'sk-or-v1-3fa…c96',
      limit: funds.limit,
      limit_reset: null,
      limit_remaining: funds.limit === null ? null : Math.max(0, funds.limit - funds.used),
      include_byok_in_limit: false,
      usage: funds.used,
      usage_daily: 0.42,
      usage_weekly: 2.1,
      usage_monthly: funds.used,
      byok_usage: 0,
      is_free_tier: false,
      is_provisioning_key: false,
      rate_limit: { requests: -1, interval: '10s' },
      expires_at: funds.expiresAt === 0 ? null : new Date(funds.expiresAt * 1000).toISOString(),
    },
  }
}

/** one-api's billing handlers report failures with HTTP 200 and an `{error}` body. */
export function billingErrorBody(): Record<string, unknown> {
  return { error: { message: 'record not found', type: 'upstream_error' } }
}
