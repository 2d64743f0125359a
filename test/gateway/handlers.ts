import {
  billingErrorBody,
  billingUsageBody,
  fundsOf,
  openRouterKeyBody,
  subscriptionBody,
  tokenUsageBody,
} from './balance.ts'
import {
  chatCompletion,
  completionId,
  streamErrorEvent,
  streamEvents,
  streamOpening,
  tinyPngBase64,
  usageFor,
  type CompletionContext,
} from './completions.ts'
import {
  anthropicErrorAnswer,
  consolePage,
  errorAnswer,
  nginxErrorPage,
  requestIdFor,
  type GatewayError,
} from './dialects.ts'
import { chatModels, modelEntry, modelList, nonChatModels, openRouterModels } from './models.ts'
import { json, ok, type Plan } from './replies.ts'
import type { AuthState, Route } from './routing.ts'
import { scenarios, type Dialect, type ScenarioName } from './scenarios.ts'

export interface RequestContext {
  /** Null when no scenario could be chosen: the key was missing or not a test key. */
  scenario: ScenarioName | null
  method: string
  /** The path after the scenario prefix, for "Invalid URL" messages. */
  routePath: string
  route: Route | undefined
  auth: AuthState
  /** The parsed JSON body; `invalid` when it did not parse. */
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'invalid' }
  now: Date
}

const dialectOf = (scenario: ScenarioName | null): Dialect =>
  scenario === null ? 'new-api' : scenarios[scenario].dialect

export function modelsOf(scenario: ScenarioName | null): readonly string[] {
  if (scenario === 'unknown-model') return nonChatModels
  if (dialectOf(scenario) === 'openrouter') return openRouterModels
  return [...chatModels, ...nonChatModels]
}

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

  if (scenario === 'html') {
    return {
      reply: { kind: 'text', status: 200, headers: {}, contentType: 'text/html; charset=utf-8', text: consolePage },
    }
  }
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
  }
}

const seconds = (now: Date) => Math.floor(now.getTime() / 1000)

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

function noChannelError(dialect: Dialect, model: string): GatewayError {
  const message = `当前分组 default 下对于模型 ${model} 无可用渠道`
  return dialect === 'new-api' ? { status: 503, message, code: 'model_not_found' } : { status: 503, message }
}

/** What each gateway software says for a model it does not list. */
function unlistedModelError(scenario: ScenarioName, model: string): GatewayError {
  const dialect = dialectOf(scenario)
  if (scenario === 'unknown-model' || dialect === 'openai') {
    return {
      status: 404,
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
      code: 'model_not_found',
    }
  }
  if (dialect === 'openrouter') return { status: 400, message: `${model} is not a valid model ID` }
  // one-api and new-api look for a channel and find none.
  return noChannelError(dialect, model)
}

function readRequest(
  context: RequestContext,
  kind: 'chat' | 'images',
): { model: string; messages: unknown[]; stream: boolean; includeUsage: boolean } | GatewayError {
  if (context.body.kind !== 'json') {
    return { status: 400, message: 'We could not parse the JSON body of your request.', code: 'invalid_request_error' }
  }
  const value = context.body.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { status: 400, message: 'The request body must be a JSON object.', code: 'invalid_request_error' }
  }
  const fields = value as Record<string, unknown>
  const model = typeof fields.model === 'string' ? fields.model : ''
  if (model === '' && kind === 'chat') {
    return { status: 400, message: 'you must provide a model parameter', code: 'missing_required_parameter' }
  }
  const messages = Array.isArray(fields.messages) ? fields.messages : []
  if (kind === 'chat' && messages.length === 0) {
    return { status: 400, message: "'messages' must contain at least one message", code: 'invalid_request_error' }
  }
  if (kind === 'images' && typeof fields.prompt !== 'string') {
    return { status: 400, message: "'prompt' is a required property", code: 'missing_required_parameter' }
  }
  const options = fields.stream_options
  const includeUsage =
    typeof options === 'object' && options !== null && (options as Record<string, unknown>).include_usage === true
  return { model: model || 'dall-e-3', messages, stream: fields.stream === true, includeUsage }
}

/** Faults a relay route meets before the request is forwarded upstream. */
function gatewayFault(scenario: ScenarioName, model: string): GatewayError | undefined {
  switch (scenario) {
    case 'model-not-allowed':
      return { status: 403, message: `该令牌无权访问模型 ${model}` }
    case 'no-channel':
      return noChannelError('new-api', model)
    case 'balance-402':
      return {
        status: 402,
        message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits',
        metadata: {},
      }
    case 'balance-403':
      return { status: 403, message: '用户额度不足, 剩余额度: ＄0.000000', code: 'insufficient_user_quota' }
    case 'balance-429':
      return {
        status: 429,
        type: 'insufficient_quota',
        code: 'insufficient_quota',
        message:
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
      }
    case 'server-500':
      return {
        status: 500,
        type: 'server_error',
        message: 'The server had an error while processing your request. Sorry about that! You can retry your request.',
      }
    case 'unavailable-503':
      return { status: 503, type: 'server_error', message: 'The server is overloaded or not ready yet.' }
    default:
      return undefined
  }
}

function relayPlan(scenario: ScenarioName, kind: 'chat' | 'images', context: RequestContext): Plan {
  const { now } = context
  const dialect = dialectOf(scenario)
  // Limiters run before the body is even looked at.
  if (scenario === 'rate-limit-bare') return { reply: { kind: 'empty', status: 429, headers: {} } }
  if (scenario === 'ratelimit-before-cors') {
    const limited = { status: 429, message: '您已达到请求数限制：1分钟内最多请求60次' }
    return { reply: json(errorAnswer(dialect, limited, now)), withoutCors: true }
  }
  if (scenario === 'hang') return { reply: { kind: 'hang' } }

  const request = readRequest(context, kind)
  if ('status' in request) return { reply: json(errorAnswer(dialect, request, now)) }
  const { model } = request
  if (kind === 'chat' && !modelsOf(scenario).includes(model)) {
    return { reply: json(errorAnswer(dialect, unlistedModelError(scenario, model), now)) }
  }
  const fault = gatewayFault(scenario, model)
  if (fault !== undefined) return { reply: json(errorAnswer(dialect, fault, now)) }

  switch (scenario) {
    case 'rate-limit-retry-after': {
      const answer = errorAnswer(
        dialect,
        {
          status: 429,
          type: 'requests',
          code: 'rate_limit_exceeded',
          message: `Rate limit reached for ${model} on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 7s.`,
        },
        now,
      )
      const limits = {
        'Retry-After': '7',
        'x-ratelimit-limit-requests': '3',
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': '7s',
      }
      return { reply: json({ ...answer, headers: { ...answer.headers, ...limits } }) }
    }
    case 'bad-gateway-502':
    case 'gateway-timeout-504': {
      const status = scenario === 'bad-gateway-502' ? 502 : 504
      const reply = {
        kind: 'text',
        status,
        headers: {},
        contentType: 'text/html',
        text: nginxErrorPage(status),
      } as const
      return scenario === 'gateway-timeout-504' ? { reply, delay: 'gatewayTimeoutMs' } : { reply }
    }
    case 'overloaded-529':
      return { reply: json(anthropicErrorAnswer(529, 'overloaded_error', 'Overloaded', now)) }
  }

  const requestId = requestIdFor(dialect, now)
  const headers = requestId ? { [requestId.header]: requestId.id } : {}
  if (kind === 'images') {
    const body = {
      created: seconds(now),
      data: [{ b64_json: tinyPngBase64, revised_prompt: 'A single transparent pixel.' }],
    }
    return { reply: ok(body, headers) }
  }
  const completion: CompletionContext = { id: completionId(dialect), model, created: seconds(now), dialect }
  const usage = usageFor(request.messages)
  if (!request.stream) return { reply: ok(chatCompletion(completion, usage), headers) }
  return { reply: streamReply(scenario, completion, usage, request.includeUsage) }
}

function streamReply(
  scenario: ScenarioName,
  completion: CompletionContext,
  usage: ReturnType<typeof usageFor>,
  includeUsage: boolean,
): Plan['reply'] {
  switch (scenario) {
    case 'stream-cut':
      return { kind: 'stream', events: streamOpening(completion), pace: 'paced' }
    case 'stream-error-event':
      // OpenRouter keeps the connection alive with comments, then reports the failure as data.
      return {
        kind: 'stream',
        events: [': OPENROUTER PROCESSING\n\n', ...streamOpening(completion), streamErrorEvent(completion)],
        pace: 'paced',
      }
    case 'buffering-proxy':
      return { kind: 'stream', events: streamEvents(completion, usage, includeUsage), pace: 'buffered' }
    default:
      return { kind: 'stream', events: streamEvents(completion, usage, includeUsage), pace: 'paced' }
  }
}
