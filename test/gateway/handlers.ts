import {
  billingErrorBody,
  billingUsageBody,
  fundsOf,
  openRouterKeyBody,
  subscriptionBody,
  tokenUsageBody,
} from './balance.ts'
import { dialectOf, modelsOf, seconds, type RequestContext } from './context.ts'
import { consolePage, errorAnswer, type GatewayError } from './dialects.ts'
import { modelEntry, modelList } from './models.ts'
import { geminiModelList, protocolPlan } from './protocols.ts'
import { relayPlan } from './relay.ts'
import { json, ok, type Plan } from './replies.ts'
import type { Route } from './routing.ts'
import { scenarios, type Dialect, type ScenarioName } from './scenarios.ts'

export type { RequestContext } from './context.ts'

function missingKeyError(dialect: Dialect): GatewayError {
  switch (dialect) {
    case 'one-api':
    case 'new-api':
      return { status: 401, message: '未提供令牌' }
    case 'openai':
      return {
        status: 401,
        message:
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      }
    case 'openrouter':
      return { status: 401, message: 'No auth credentials found' }
  }
}

function invalidKeyError(dialect: Dialect): GatewayError {
  switch (dialect) {
    case 'one-api':
    case 'new-api':
      return { status: 401, message: '无效的令牌' }
    case 'openai':
      return { status: 401, message: 'Incorrect API key provided.', code: 'invalid_api_key' }
    case 'openrouter':
      return { status: 401, message: 'User not found.' }
  }
}

/** What one-api/new-api say about a key they know but refuse (all HTTP 401). */
const refusedKeyMessage: Partial<Record<ScenarioName, string>> = {
  'invalid-key': '无效的令牌',
  'expired-key': '该令牌已过期',
  'disabled-key': '该令牌状态不可用',
  'exhausted-key': '该令牌额度已用尽',
}

const consolePageReply = {
  kind: 'text',
  status: 200,
  headers: { 'Cache-Control': 'no-cache' },
  contentType: 'text/html; charset=utf-8',
  text: consolePage,
} as const

/**
 * one-api and new-api serve their web console for every path outside `/v1`, `/api` and
 * `/assets`, so a base URL without `/v1` gets a 200 HTML page; inside, their relay answers
 * a plain OpenAI-style 404 without a request id.
 */
function unknownPath(context: RequestContext, dialect: Dialect): Plan {
  const { method, routePath, now } = context
  const message = `Invalid URL (${method} ${routePath})`
  if (dialect === 'one-api' || dialect === 'new-api') {
    if (!/^\/(v1|api|assets)(\/|$)/.test(routePath)) return { reply: consolePageReply }
    const body = { error: { message, type: 'invalid_request_error', param: '', code: '' } }
    return { reply: { kind: 'json', status: 404, headers: {}, body } }
  }
  return { reply: json(errorAnswer(dialect, { status: 404, message }, now)) }
}

/** The whole decision for one request: which status, headers and body, in which dialect. */
export function planReply(context: RequestContext): Plan {
  const { scenario, route, now } = context
  const dialect = dialectOf(scenario)

  if (scenario === 'html') return { reply: consolePageReply }
  if (route === undefined || !routeExists(scenario, route)) return unknownPath(context, dialect)

  if (route.name === 'token-usage') return tokenUsagePlan(context)
  if (context.auth === 'missing') return { reply: json(errorAnswer(dialect, missingKeyError(dialect), now)) }
  if (context.auth === 'invalid' || scenario === null) {
    return { reply: json(errorAnswer(dialect, invalidKeyError(dialect), now)) }
  }
  const refused = refusedKeyMessage[scenario]
  if (refused !== undefined) return { reply: json(errorAnswer(dialect, { status: 401, message: refused }, now)) }

  switch (route.name) {
    case 'models':
      if (context.fault === 'models-gemini-format') return { reply: ok(geminiModelList(modelsOf(scenario))) }
      return modelsPlan(scenario)
    case 'model':
      return modelPlan(scenario, route.modelId ?? '', now)
    case 'chat':
    case 'images':
      return relayPlan(scenario, route.name, context)
    case 'billing-subscription':
      return billingPlan(scenario, subscriptionBody(fundsOf(scenario, seconds(now))))
    case 'billing-usage':
      return billingPlan(scenario, billingUsageBody(fundsOf(scenario, seconds(now))))
    case 'openrouter-key':
      return { reply: ok(openRouterKeyBody(fundsOf(scenario, seconds(now)))) }
    case 'messages':
    case 'count-tokens':
    case 'responses':
    case 'embeddings':
    case 'gemini':
      return protocolPlan(scenario, route, context)
  }
}

/** Balance routes exist only where the scenario's gateway software has them. */
function routeExists(scenario: ScenarioName | null, route: Route): boolean {
  const balance = scenario === null ? 'new-api' : scenarios[scenario].balance
  switch (route.name) {
    case 'token-usage':
      return balance === 'new-api'
    case 'billing-subscription':
    case 'billing-usage':
      return balance === 'new-api' || balance === 'one-api'
    case 'openrouter-key':
      return balance === 'openrouter'
    default:
      return true
  }
}

/**
 * new-api's `GET /api/usage/token` answers in its console shape and reads any key it can find,
 * even an expired, exhausted or disabled one; a key it cannot find gets HTTP 200 and `success: false`.
 */
function tokenUsagePlan(context: RequestContext): Plan {
  const { scenario, auth, now } = context
  if (auth === 'missing') {
    return {
      reply: { kind: 'json', status: 401, headers: {}, body: { success: false, message: 'No Authorization header' } },
    }
  }
  if (auth === 'invalid' || scenario === null || scenario === 'invalid-key') {
    return { reply: ok({ success: false, message: 'record not found' }) }
  }
  return { reply: ok(tokenUsageBody(fundsOf(scenario, seconds(now)))) }
}

function billingPlan(scenario: ScenarioName, body: Record<string, unknown>): Plan {
  return { reply: ok(scenario === 'billing-200-error' ? billingErrorBody() : body) }
}

function modelsPlan(scenario: ScenarioName): Plan {
  const dialect = dialectOf(scenario)
  const ids = modelsOf(scenario)
  if (scenario !== 'huge-body') return { reply: ok(modelList(dialect, ids)) }
  const listed = JSON.stringify(modelList(dialect, ids))
  const cut = listed.lastIndexOf(']')
  return {
    reply: {
      kind: 'huge-models',
      head: listed.slice(0, cut),
      // Fine-tunes are how real lists grow to megabytes.
      entryAt: (index) =>
        JSON.stringify(modelEntry(dialect, `ft:gpt-4o-mini-2024-07-18:acme::${String(index).padStart(8, '0')}`)),
      tail: listed.slice(cut),
    },
  }
}

function modelPlan(scenario: ScenarioName, modelId: string, now: Date): Plan {
  const dialect = dialectOf(scenario)
  if (modelsOf(scenario).includes(modelId)) return { reply: ok(modelEntry(dialect, modelId)) }
  const message = `The model '${modelId}' does not exist`
  if (dialect === 'one-api' || dialect === 'new-api') {
    // one-api answers an unknown model with HTTP 200 and an error body.
    return {
      reply: ok({ error: { message, type: 'invalid_request_error', param: 'model', code: 'model_not_found' } }),
    }
  }
  return { reply: json(errorAnswer(dialect, { status: 404, message, code: 'model_not_found' }, now)) }
}
