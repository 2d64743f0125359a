import type { IncomingHttpHeaders } from 'node:http'
import { isProtocolFault, protocolFaultNames, type ProtocolFault } from './protocol-scenarios.ts'
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
  /** A fault of another protocol's endpoint, on the healthy gateway (protocol-scenarios.ts). */
  fault?: ProtocolFault
}

/** Where the key came from: new-api reads it from these, in this order of precedence. */
export type KeyVia = 'authorization' | 'x-api-key' | 'x-goog-api-key' | 'query'

/**
 * The Authorization a new-api TokenAuth would see (middleware/auth.go): `x-api-key` replaces it on
 * /v1/messages and /v1/models, `x-goog-api-key` and `?key=` on /v1beta/models and /v1/models.
 */
export function effectiveAuthorization(
  url: URL,
  headers: IncomingHttpHeaders,
): { authorization: string | undefined; via: KeyVia } {
  const path = url.pathname
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  const anthropicKey = single(headers['x-api-key'])
  const googleKey = single(headers['x-goog-api-key'])
  const queryKey = url.searchParams.get('key')
  const geminiPath = /\/v1beta\/models|\/v1\/models/.test(path)
  if (googleKey && geminiPath) return { authorization: `Bearer ${googleKey}`, via: 'x-goog-api-key' }
  if (queryKey && geminiPath) return { authorization: `Bearer ${queryKey}`, via: 'query' }
  if (anthropicKey && /\/v1\/(messages|models)/.test(path)) {
    return { authorization: `Bearer ${anthropicKey}`, via: 'x-api-key' }
  }
  return { authorization: single(headers.authorization), via: 'authorization' }
}

function faultOfTestKey(key: string | undefined): ProtocolFault | undefined {
  return protocolFaultNames.find((name) => key?.startsWith(`${testKeyPrefix}${name}-`))
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
  if (isProtocolFault(first)) {
    return { scenario: 'healthy', via: 'path', route: pathname.slice(first.length + 1) || '/', auth, fault: first }
  }
  if (isScenarioName(first)) {
    return { scenario: first, via: 'path', route: pathname.slice(first.length + 1) || '/', auth }
  }
  if (auth !== 'valid' || key === undefined || !key.startsWith(testKeyPrefix)) {
    return { scenario: null, via: 'key', route: pathname, auth: auth === 'missing' ? 'missing' : 'invalid' }
  }
  // A test key that names no scenario is still a good key: it gets the healthy gateway.
  const fault = faultOfTestKey(key)
  if (fault) return { scenario: 'healthy', via: 'key', route: pathname, auth: 'valid', fault }
  return { scenario: scenarioOfTestKey(key) ?? 'healthy', via: 'key', route: pathname, auth: 'valid' }
}

export type RouteName =
  | 'models'
  | 'model'
  | 'chat'
  | 'images'
  | 'billing-subscription'
  | 'billing-usage'
  | 'token-usage'
  | 'openrouter-key'
  | ProtocolRouteName

/** The routes of the other protocols, answered in protocols.ts. */
export type ProtocolRouteName = 'messages' | 'count-tokens' | 'responses' | 'embeddings' | 'gemini'

export interface Route {
  name: RouteName
  /** The model id of `GET /v1/models/:model` and of Gemini's `/v1beta/models/{model}:…`. */
  modelId?: string
  /** Gemini's `:streamGenerateContent`. */
  stream?: boolean
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
    if (path === '/v1/messages') return { name: 'messages' }
    if (path === '/v1/messages/count_tokens') return { name: 'count-tokens' }
    if (path === '/v1/responses') return { name: 'responses' }
    if (path === '/v1/embeddings') return { name: 'embeddings' }
    const gemini = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/.exec(path)
    if (gemini?.[1]) {
      return { name: 'gemini', modelId: decodeURIComponent(gemini[1]), stream: gemini[2] === 'streamGenerateContent' }
    }
  }
  return undefined
}

/** Headers that can carry a key; their values are never stored. */
const secretHeaders = new Set(['authorization', 'x-api-key', 'api-key', 'proxy-authorization', 'x-goog-api-key'])

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
