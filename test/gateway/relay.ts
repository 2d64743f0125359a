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
import { anthropicErrorAnswer, errorAnswer, nginxErrorPage, requestIdFor, type GatewayError } from './dialects.ts'
import { dialectOf, modelsOf, seconds, type RequestContext } from './context.ts'
import { reasoningChatPlan } from './reasoning-chat.ts'
import { json, ok, type Plan } from './replies.ts'
import type { Dialect, ScenarioName } from './scenarios.ts'

function noChannelError(dialect: Dialect, model: string): GatewayError {
  const message = `当前分组 default 下对于模型 ${model} 无可用渠道`
  return dialect === 'new-api' ? { status: 503, message, code: 'model_not_found' } : { status: 503, message }
}

/** What each gateway software says for a model it does not list. */
export function unlistedModelError(scenario: ScenarioName, model: string): GatewayError {
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
    return { status: 400, message: 'We could not parse the JSON body of your request.' }
  }
  const value = context.body.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { status: 400, message: 'The request body must be a JSON object.' }
  }
  const fields = value as Record<string, unknown>
  const model = typeof fields.model === 'string' ? fields.model : ''
  if (model === '' && kind === 'chat') {
    return { status: 400, message: 'you must provide a model parameter', code: 'missing_required_parameter' }
  }
  const messages = Array.isArray(fields.messages) ? fields.messages : []
  if (kind === 'chat' && messages.length === 0) {
    return { status: 400, message: "'messages' must contain at least one message" }
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
export function gatewayFault(scenario: ScenarioName, model: string): GatewayError | undefined {
  switch (scenario) {
    case 'model-not-allowed':
      return { status: 403, message: `该令牌无权访问模型 ${model}` }
    case 'no-channel':
      return noChannelError('new-api', model)
    case 'no-channel-en':
      return {
        status: 503,
        message: `No available channel for model ${model} under group default (distributor)`,
        code: 'model_not_found',
      }
    case 'balance-429-litellm':
      return {
        status: 429,
        type: 'budget_exceeded',
        code: '429',
        message: 'Budget has been exceeded! Current cost: 10.0123, Max budget: 10.0',
      }
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

/** Chat and image generation: the routes that would reach an upstream model. */
export function relayPlan(scenario: ScenarioName, kind: 'chat' | 'images', context: RequestContext): Plan {
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
  if (kind === 'chat' && context.fault === 'reasoning-model') return reasoningChatPlan(context, model, request.stream)
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
    case 'balance-400-anthropic': {
      const message =
        'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'
      return { reply: json(anthropicErrorAnswer(400, 'invalid_request_error', message, now)) }
    }
    case 'unavailable-503-text': {
      const text = 'upstream connect error or disconnect/reset before headers. reset reason: connection failure'
      return { reply: { kind: 'text', status: 503, headers: {}, contentType: 'text/plain', text } }
    }
    case 'rate-limit-zenmux': {
      // ZenMux writes the status as a string code and names the kind in `type`.
      const body = { error: { code: '429', type: 'rate_limit', message: 'Rate limit exceeded, please retry later.' } }
      return { reply: { kind: 'json', status: 429, headers: {}, body } }
    }
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
