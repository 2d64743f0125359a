import type { BalanceApi } from '@data/gateway.schema.ts'
import { gatewayRoot } from './base-url.ts'
import { errorOf } from '../../shared/error-body.ts'
import { type HttpAnswer } from './http.ts'
import { isRecord } from '../../shared/records.ts'
import type { Balance } from './types.ts'

export type BalanceDialect = Exclude<BalanceApi, 'none'>

/** one-api reports an unlimited key as a hard limit of 100,000,000 USD. */
const oneApiUnlimited = 100_000_000

export const balanceDialects: readonly BalanceDialect[] = ['new-api', 'one-api', 'openrouter']

/** The endpoints each dialect reads a key's balance from (`gateway-facts.md`). */
export function balanceUrls(dialect: BalanceDialect, baseUrl: string): string[] {
  switch (dialect) {
    case 'new-api':
      return [`${gatewayRoot(baseUrl)}/api/usage/token`]
    case 'one-api':
      return [`${baseUrl}/dashboard/billing/subscription`, `${baseUrl}/dashboard/billing/usage`]
    case 'openrouter':
      // OpenRouter's base URL is `…/api/v1` and its key endpoint `…/api/v1/key`.
      return [`${gatewayRoot(baseUrl).replace(/\/api$/, '')}/api/v1/key`]
  }
}

/** The configured dialect first, then the others, so a foreign gateway is still detected. */
export function dialectOrder(configured: BalanceApi): BalanceDialect[] {
  return configured === 'none' ? [...balanceDialects] : [configured, ...balanceDialects.filter((d) => d !== configured)]
}

export type BalanceReading =
  | { kind: 'balance'; balance: Balance }
  /** The endpoint exists and refused (wrong key, or one-api's 200 with an `{error}` body). */
  | { kind: 'refused'; answer: HttpAnswer }
  /** Not this dialect: 404, a web page, or a shape that is not a balance. */
  | { kind: 'absent' }

function finite(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined
}

/** Unix seconds (0 or negative for never) to an ISO time. */
function expiryOf(seconds: unknown): string | undefined {
  const value = finite(seconds)
  return value !== undefined && value > 0 ? new Date(value * 1000).toISOString() : undefined
}

function refusedOrAbsent(answer: HttpAnswer): BalanceReading {
  if (answer.status === 404 || answer.status === 405 || answer.json === undefined) return { kind: 'absent' }
  return errorOf(answer.json) || answer.status >= 400 ? { kind: 'refused', answer } : { kind: 'absent' }
}

/** Reads one dialect's answers (one per URL of `balanceUrls`) into a balance. */
export function readBalance(dialect: BalanceDialect, answers: HttpAnswer[]): BalanceReading {
  const [first, second] = answers
  if (!first) return { kind: 'absent' }
  if (first.status !== 200 || errorOf(first.json)) return refusedOrAbsent(first)
  if (dialect === 'new-api') {
    const data = isRecord(first.json) && isRecord(first.json.data) ? first.json.data : first.json
    if (!isRecord(data) || finite(data.total_available) === undefined) return { kind: 'absent' }
    const balance: Balance = { dialect, unit: 'quota', unlimited: data.unlimited_quota === true }
    const remaining = finite(data.total_available)
    const total = finite(data.total_granted)
    const used = finite(data.total_used)
    if (remaining !== undefined) balance.remaining = remaining
    if (total !== undefined) balance.total = total
    if (used !== undefined) balance.used = used
    const expiresAt = expiryOf(data.expires_at)
    if (expiresAt) balance.expiresAt = expiresAt
    return { kind: 'balance', balance }
  }
  if (dialect === 'one-api') {
    const total = isRecord(first.json) ? finite(first.json.hard_limit_usd) : undefined
    if (total === undefined || !isRecord(first.json)) return { kind: 'absent' }
    const balance: Balance = { dialect, unit: 'usd', unlimited: total >= oneApiUnlimited, total }
    const expiresAt = expiryOf(first.json.access_until)
    if (expiresAt) balance.expiresAt = expiresAt
    if (second && (second.status !== 200 || errorOf(second.json))) return refusedOrAbsent(second)
    // `total_usage` is in cents, the limit in dollars.
    const usedCents = second && isRecord(second.json) ? finite(second.json.total_usage) : undefined
    if (usedCents !== undefined) {
      balance.used = usedCents / 100
      balance.remaining = Math.round((total - usedCents / 100) * 100) / 100
    }
    return { kind: 'balance', balance }
  }
  const data = isRecord(first.json) && isRecord(first.json.data) ? first.json.data : undefined
  if (!data || !('limit' in data)) return { kind: 'absent' }
  const limit = finite(data.limit)
  const balance: Balance = { dialect, unit: 'usd', unlimited: limit === undefined }
  const remaining = finite(data.limit_remaining)
  const used = finite(data.usage)
  if (limit !== undefined) balance.total = limit
  if (remaining !== undefined) balance.remaining = remaining
  if (used !== undefined) balance.used = used
  return { kind: 'balance', balance }
}
