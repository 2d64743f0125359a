import type { IncomingHttpHeaders } from 'node:http'
import { isScenarioName, scenarioOfTestKey, testKeyPrefix, type ScenarioName } from './scenarios.ts'

/**
 * `missing`: no Authorization header; `invalid`: a header that names no usable key;
 * `valid`: a key this gateway accepts (the scenario may still reject it, like an expired key).
 */
export type AuthState = 'missing' | 'invalid' | 'valid'

export interface Selection {
  /** Null when the key alone should have chosen and it was missing or not a test key. */
  scenario: ScenarioName | null
  via: 'path' | 'key'
  /** The path the gateway routes on, with the scenario prefix removed. */
  route: string
  auth: AuthState
}

/** What "well-formed" means when the path already chose the scenario: one token, `sk-` and no spaces. */
const wellFormedKey = /^sk-[A-Za-z0-9_-]{6,}$/

/** The token of `Authorization: Bearer …`, as sent. */
export function bearerKey(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined
  const match = /^Bearer (.*)$/.exec(authorization)
  return match?.[1]
}

/** Pick the scenario from the path prefix first, then from the key. */
export function selectScenario(pathname: string, authorization: string | undefined): Selection {
  const key = bearerKey(authorization)
  const wellFormed = key !== undefined && wellFormedKey.test(key)
  const auth: AuthState =
    authorization === undefined || authorization === '' ? 'missing' : wellFormed ? 'valid' : 'invalid'

  const first = pathname.split('/')[1] ?? ''
  if (isScenarioName(first)) {
    return { scenario: first, via: 'path', route: pathname.slice(first.length + 1) || '/', auth }
  }
  if (auth !== 'valid' || key === undefined || !key.startsWith(testKeyPrefix)) {
    return { scenario: null, via: 'key', route: pathname, auth: auth === 'missing' ? 'missing' : 'invalid' }
  }
  // A test key that names no scenario is still a good key: it gets the healthy gateway.
  return { scenario: scenarioOfTestKey(key) ?? 'healthy', via: 'key', route: pathname, auth: 'valid' }
}

export type RouteName =
  'models' | 'model' | 'chat' | 'images' | 'billing-subscription' | 'billing-usage' | 'token-usage' | 'openrouter-key'

export interface Route {
  name: RouteName
  /** The model id of `GET /v1/models/:model`. */
  modelId?: string
}

/**
 * Match a routed path. OpenRouter's base URL ends in `/api/v1`, so `/api/v1/…` serves the same
 * API as `/v1/…`; one-api also answers the billing routes without `/v1`.
 */
export function matchRoute(method: string, route: string): Route | undefined {
  const path = route.startsWith('/api/v1/') && route !== '/api/v1/key' ? route.slice('/api'.length) : route
  if (method === 'GET') {
    if (path === '/v1/models') return { name: 'models' }
    const model = /^\/v1\/models\/(.+)$/.exec(path)
    if (model?.[1]) return { name: 'model', modelId: decodeURIComponent(model[1]) }
    if (path === '/v1/dashboard/billing/subscription' || path === '/dashboard/billing/subscription') {
      return { name: 'billing-subscription' }
    }
    if (path === '/v1/dashboard/billing/usage' || path === '/dashboard/billing/usage') return { name: 'billing-usage' }
    if (path === '/api/usage/token') return { name: 'token-usage' }
    if (path === '/api/v1/key') return { name: 'openrouter-key' }
  }
  if (method === 'POST') {
    if (path === '/v1/chat/completions') return { name: 'chat' }
    if (path === '/v1/images/generations') return { name: 'images' }
  }
  return undefined
}

/** Headers that can carry a key; their values are never stored. */
const secretHeaders = new Set(['authorization', 'x-api-key', 'api-key', 'proxy-authorization'])

/** A copy of the request headers safe to keep: a key's value is replaced, its scheme word kept. */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const safe: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    const text = Array.isArray(value) ? value.join(', ') : value
    if (secretHeaders.has(name)) safe[name] = text.startsWith('Bearer ') ? 'Bearer [redacted]' : '[redacted]'
    else safe[name] = text
  }
  return safe
}
