import type { Cause } from '@data/causes.ts'
import type { CheckId } from '@components/connection-tester/engine/types.ts'

/**
 * Every way the test gateway can behave. Pick one with the key `sk-test-<scenario>-<anything>`
 * or with the path prefix `/<scenario>/v1/…`. Tests iterate over this list, so adding a name
 * here without a `scenarios` entry fails the type check.
 */
export const scenarioNames = [
  'healthy',
  'healthy-one-api',
  'healthy-openrouter',
  'healthy-no-balance',
  'invalid-key',
  'expired-key',
  'disabled-key',
  'exhausted-key',
  'balance-402',
  'balance-403',
  'balance-429',
  'balance-400-anthropic',
  'balance-429-litellm',
  'no-channel',
  'no-channel-en',
  'unknown-model',
  'model-not-allowed',
  'rate-limit-bare',
  'rate-limit-retry-after',
  'rate-limit-zenmux',
  'server-500',
  'bad-gateway-502',
  'unavailable-503',
  'unavailable-503-text',
  'gateway-timeout-504',
  'overloaded-529',
  'hang',
  'stream-cut',
  'stream-error-event',
  'buffering-proxy',
  'html',
  'billing-200-error',
  'no-cors',
  'cors-wildcard',
  'ratelimit-before-cors',
  'huge-body',
  'slow',
] as const
export type ScenarioName = (typeof scenarioNames)[number]

/** The error and list shapes a scenario answers in (see gateway-facts.md, "Error bodies differ in shape"). */
export type Dialect = 'new-api' | 'one-api' | 'openrouter' | 'openai'

/** Which balance endpoints answer with a key; the others answer 404. */
export type BalanceDialect = 'new-api' | 'one-api' | 'openrouter' | 'none'

/** How the scenario treats CORS (gateway-facts.md, "Calling from the browser"). */
export type CorsMode = 'explicit' | 'none' | 'wildcard'

export interface Expectation {
  /** What a correct diagnosis concludes: `ok` or the cause of the first failure. */
  verdict: 'ok' | Cause
  /** The tester check where the problem shows first (fails, or warns when the verdict is `ok`). */
  check?: CheckId
}

export interface ScenarioInfo {
  description: string
  dialect: Dialect
  balance: BalanceDialect
  cors: CorsMode
  /** A model to test this scenario with: OpenRouter lists vendor-prefixed ids. */
  model: string
  /** From Node, or any client that ignores CORS. */
  expect: Expectation
  /** From a browser page, where it differs (CORS hides the status). */
  expectInBrowser?: Expectation
}

/**
 * Typed as the wide `Expectation`, so a union over scenarios keeps every member's `check`
 * (literal objects would collapse `{ verdict: 'ok', check }` into `{ verdict: 'ok' }`).
 */
function outcome(verdict: Expectation['verdict'], check?: CheckId): Expectation {
  return check === undefined ? { verdict } : { verdict, check }
}

const newApi = { dialect: 'new-api', balance: 'new-api', cors: 'explicit', model: 'gpt-4o-mini' } as const
const oneApi = { dialect: 'one-api', balance: 'one-api', cors: 'explicit', model: 'gpt-4o-mini' } as const
const openRouter = {
  dialect: 'openrouter',
  balance: 'openrouter',
  cors: 'explicit',
  model: 'openai/gpt-4o-mini',
} as const
const openAi = { dialect: 'openai', balance: 'none', cors: 'explicit', model: 'gpt-4o-mini' } as const

export const scenarios = {
  healthy: {
    ...newApi,
    description: 'new-api gateway, everything works; balance via /api/usage/token and the billing endpoints',
    expect: outcome('ok'),
  },
  'healthy-one-api': {
    ...oneApi,
    description:
      'one-api gateway, everything works; unlimited key (hard_limit_usd 100000000) via the billing endpoints',
    expect: outcome('ok'),
  },
  'healthy-openrouter': {
    ...openRouter,
    description: 'OpenRouter-style gateway, everything works; vendor-prefixed model ids; balance via /api/v1/key',
    expect: outcome('ok'),
  },
  'healthy-no-balance': {
    ...openAi,
    description: 'plain OpenAI-compatible reseller: everything works, every balance endpoint answers 404',
    expect: outcome('ok'),
  },
  'invalid-key': {
    ...newApi,
    description: 'the key does not exist: 401 "无效的令牌"; /api/usage/token answers 200 with success: false',
    expect: outcome('invalid_key', 'auth'),
  },
  'expired-key': {
    ...newApi,
    description: 'the key expired: 401 "该令牌已过期"; /api/usage/token still answers with expires_at in the past',
    expect: outcome('invalid_key', 'auth'),
  },
  'disabled-key': {
    ...newApi,
    description: 'the key was disabled in the console: 401 "该令牌状态不可用"; /api/usage/token still reads it',
    expect: outcome('invalid_key', 'auth'),
  },
  'exhausted-key': {
    ...newApi,
    description: 'the key quota is used up: 401 "该令牌额度已用尽"; /api/usage/token answers with 0 available',
    expect: outcome('insufficient_balance', 'auth'),
  },
  'balance-402': {
    ...openRouter,
    description: 'OpenRouter/ZenMux style: chat answers 402 "Insufficient credits"; /api/v1/key shows 0 remaining',
    expect: outcome('insufficient_balance', 'balance'),
  },
  'balance-403': {
    ...newApi,
    description: 'one-api/new-api style: chat answers 403 insufficient_user_quota "用户额度不足"; balance shows 0 left',
    expect: outcome('insufficient_balance', 'balance'),
  },
  'balance-429': {
    ...openAi,
    description: 'OpenAI style: chat answers 429 insufficient_quota; no balance endpoint',
    expect: outcome('insufficient_balance', 'chat'),
  },
  'balance-400-anthropic': {
    ...openAi,
    description: 'Anthropic style: chat answers 400 invalid_request_error "Your credit balance is too low…"',
    expect: outcome('insufficient_balance', 'chat'),
  },
  'balance-429-litellm': {
    ...openAi,
    description: 'LiteLLM proxy: chat answers 429 budget_exceeded "Budget has been exceeded!"',
    expect: outcome('insufficient_balance', 'chat'),
  },
  'no-channel': {
    ...newApi,
    description:
      'the model is listed but no channel serves it: 503 "当前分组 default 下对于模型 X 无可用渠道" (model_not_found)',
    expect: outcome('no_channel', 'chat'),
  },
  'no-channel-en': {
    ...newApi,
    description:
      'the same on an English new-api: 503 "No available channel for model X under group default" (model_not_found)',
    expect: outcome('no_channel', 'chat'),
  },
  'unknown-model': {
    ...oneApi,
    description:
      'the list holds no chat model at all; chat answers 404 model_not_found; GET /v1/models/:id answers 200 with an error body',
    expect: outcome('model_not_found', 'models'),
  },
  'model-not-allowed': {
    ...newApi,
    description: 'the key may not use the model: chat answers 403 "该令牌无权访问模型 X"',
    expect: outcome('permission', 'chat'),
  },
  'rate-limit-bare': {
    ...oneApi,
    description: "one-api's own limiter: chat answers 429 with an empty body and no Retry-After",
    expect: outcome('rate_limit', 'chat'),
  },
  'rate-limit-retry-after': {
    ...openAi,
    description: 'chat answers 429 rate_limit_exceeded with Retry-After: 7 and x-ratelimit-* headers',
    expect: outcome('rate_limit', 'chat'),
  },
  'rate-limit-zenmux': {
    ...openAi,
    description: 'ZenMux style: chat answers 429 with a string code {"code":"429","type":"rate_limit"}',
    expect: outcome('rate_limit', 'chat'),
  },
  'server-500': {
    ...openAi,
    // OpenAI's own server_error wording: the provider failed, which the gateway passed on
    description: "chat answers 500 server_error in OpenAI's words",
    expect: outcome('upstream_unavailable', 'chat'),
  },
  'bad-gateway-502': {
    ...newApi,
    description: 'chat answers 502 with the HTML page of the nginx in front',
    expect: outcome('gateway_error', 'chat'),
  },
  'unavailable-503': {
    ...openAi,
    description:
      'a real outage: chat answers 503 server_error "overloaded or not ready yet" (not the no-channel message)',
    expect: outcome('upstream_unavailable', 'chat'),
  },
  'unavailable-503-text': {
    ...newApi,
    description: 'a proxy in front answers 503 in plain text (Envoy: "upstream connect error or disconnect/reset…")',
    expect: outcome('upstream_unavailable', 'chat'),
  },
  'gateway-timeout-504': {
    ...newApi,
    description: 'chat answers 504 with the HTML page of the nginx in front, after a pause',
    expect: outcome('timeout', 'chat'),
  },
  'overloaded-529': {
    ...openAi,
    description: 'chat answers 529 in the Anthropic shape (overloaded_error, request_id)',
    expect: outcome('upstream_unavailable', 'chat'),
  },
  hang: {
    ...newApi,
    description: 'chat accepts the request and never answers; the models list answers normally',
    expect: outcome('timeout', 'chat'),
  },
  'stream-cut': {
    ...newApi,
    description: 'the stream sends a few chunks, then ends without finish_reason or [DONE]; non-stream chat works',
    expect: outcome('stream_interrupted', 'stream'),
  },
  'stream-error-event': {
    ...openRouter,
    description: 'HTTP 200 stream that carries an OpenRouter error event mid-way (finish_reason "error")',
    expect: outcome('stream_interrupted', 'stream'),
  },
  'buffering-proxy': {
    ...newApi,
    description: 'a buffering proxy: every stream chunk arrives at once at the end, after a pause',
    expect: outcome('ok', 'stream'),
  },
  html: {
    ...newApi,
    description: 'the console web page instead of the API: every route answers 200 with <!DOCTYPE html>',
    expect: outcome('base_url'),
  },
  'billing-200-error': {
    ...oneApi,
    description: 'one-api billing endpoints answer 200 with an {error} body; the rest works',
    expect: outcome('ok'),
  },
  'no-cors': {
    ...newApi,
    cors: 'none',
    description: 'works, but sends no CORS header at all (preflight answered 204 without them)',
    expect: outcome('ok'),
    expectInBrowser: outcome('cors', 'reach'),
  },
  'cors-wildcard': {
    ...newApi,
    cors: 'wildcard',
    description: 'works; CORS as one-api/new-api send it: Access-Control-Allow-Headers: * only',
    expect: outcome('ok'),
  },
  'ratelimit-before-cors': {
    ...newApi,
    description: "new-api's limiter runs before CORS: chat answers 429 without CORS headers",
    expect: outcome('rate_limit', 'chat'),
    expectInBrowser: outcome('cors', 'chat'),
  },
  'huge-body': {
    ...newApi,
    description: 'the models list is many MB long (endless when started with hugeBodyBytes: Infinity); chat works',
    expect: outcome('ok', 'models'),
  },
  slow: {
    ...newApi,
    description: 'everything works, each answer ~1.5 s late (delays.slowMs)',
    expect: outcome('ok'),
  },
} as const satisfies Record<ScenarioName, ScenarioInfo>

export function isScenarioName(value: string): value is ScenarioName {
  return (scenarioNames as readonly string[]).includes(value)
}

export const testKeyPrefix = 'sk-test-'

/** `sk-test-<scenario>-<anything>`, with the longest name that fits (`healthy-one-api` over `healthy`). */
export function scenarioOfTestKey(key: string): ScenarioName | undefined {
  if (!key.startsWith(testKeyPrefix)) return undefined
  const rest = key.slice(testKeyPrefix.length)
  let best: ScenarioName | undefined
  for (const name of scenarioNames) {
    const fits = rest === name || rest.startsWith(`${name}-`)
    if (fits && (best === undefined || name.length > best.length)) best = name
  }
  return best
}

/** A key that selects `scenario` by itself, for tests that use the root base URL. */
export function testKeyFor(scenario: ScenarioName): string {
  return `${testKeyPrefix}${scenario}-0123456789abcdef`
}
