import { dialectOf, modelsOf, requestFields, seconds, type RequestContext } from './context.ts'
import { anthropicErrorAnswer, errorAnswer, requestIdFor } from './dialects.ts'
import {
  anthropicMessage,
  anthropicStream,
  embeddingList,
  geminiAnswer,
  geminiStream,
  responseObject,
  responsesStream,
} from './protocol-bodies.ts'
import { gatewayFault, unlistedModelError } from './relay.ts'
import { json, ok, type Plan } from './replies.ts'
import type { Route } from './routing.ts'
import type { ScenarioName } from './scenarios.ts'

/** Models that reason before they answer (test/gateway/models.ts lists them among the chat models). */
const reasoningModels = new Set(['o3-mini', 'deepseek-reasoner'])

/** Google's answer to a key it does not know, passed through by a Gemini channel. */
function geminiInvalidKey(): Plan {
  const message = 'API key not valid. Please pass a valid API key.'
  const body = {
    error: {
      code: 400,
      message,
      status: 'INVALID_ARGUMENT',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_INVALID',
          domain: 'googleapis.com',
          metadata: { service: 'generativelanguage.googleapis.com' },
        },
        { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message },
      ],
    },
  }
  return { reply: { kind: 'json', status: 400, headers: {}, body } }
}

/**
 * Anthropic Messages, count_tokens, Responses, Gemini and embeddings, behind the same key checks
 * and scenario faults as chat (a refused key or an empty balance refuses these routes too).
 */
export function protocolPlan(scenario: ScenarioName, route: Route, context: RequestContext): Plan {
  const { now, fault } = context
  const dialect = dialectOf(scenario)
  if (scenario === 'hang') return { reply: { kind: 'hang' } }
  if (scenario === 'rate-limit-bare') return { reply: { kind: 'empty', status: 429, headers: {} } }
  if (fault === 'x-api-key-ignored' && context.keyVia === 'x-api-key') {
    // A gateway that reads only Authorization sees no key at all.
    return { reply: json(errorAnswer(dialect, { status: 401, message: '未提供令牌' }, now)) }
  }
  const read = requestFields(context)
  if ('error' in read) return { reply: json(errorAnswer(dialect, read.error, now)) }
  const { fields } = read
  const model = route.name === 'gemini' ? (route.modelId ?? '') : typeof fields.model === 'string' ? fields.model : ''
  if (fault === 'embeddings-model-not-found' && route.name === 'embeddings') {
    const message = `The model \`${model}\` does not exist or you do not have access to it.`
    return { reply: json(errorAnswer('openai', { status: 404, message, code: 'model_not_found' }, now)) }
  }
  if (fault === 'gemini-key-invalid' && route.name === 'gemini') return geminiInvalidKey()
  if (fault === 'messages-401' && (route.name === 'messages' || route.name === 'count-tokens')) {
    return { reply: json(anthropicErrorAnswer(401, 'authentication_error', 'invalid x-api-key', now)) }
  }
  if (fault === 'count-tokens-404' && route.name === 'count-tokens') {
    // new-api's relay router has no such route: its generic 404 for /v1 paths.
    const body = {
      error: {
        message: 'Invalid URL (POST /v1/messages/count_tokens)',
        type: 'invalid_request_error',
        param: '',
        code: '',
      },
    }
    return { reply: { kind: 'json', status: 404, headers: {}, body } }
  }
  if (!modelsOf(scenario).includes(model)) {
    return { reply: json(errorAnswer(dialect, unlistedModelError(scenario, model), now)) }
  }
  const refused = gatewayFault(scenario, model)
  if (refused !== undefined) return { reply: json(errorAnswer(dialect, refused, now)) }

  const requestId = requestIdFor(dialect, now)
  const headers = requestId ? { [requestId.header]: requestId.id } : {}
  const stream = route.name === 'gemini' ? route.stream === true : fields.stream === true
  const created = seconds(now)
  switch (route.name) {
    case 'messages':
      return stream
        ? { reply: { kind: 'stream', events: anthropicStream(model, 8), pace: 'paced' } }
        : { reply: ok(anthropicMessage(model, 8), headers) }
    case 'count-tokens':
      return { reply: ok({ input_tokens: 8 }, headers) }
    case 'responses': {
      // A reasoning model spends a small output budget thinking, as o-series models do.
      const budget = typeof fields.max_output_tokens === 'number' ? fields.max_output_tokens : Infinity
      const thinksPast = reasoningModels.has(model) && budget < 64
      if (!stream)
        return { reply: ok(responseObject(model, thinksPast ? 'incomplete' : 'completed', created), headers) }
      const ending = thinksPast
        ? 'incomplete'
        : fault === 'responses-no-completed'
          ? 'closed'
          : fault === 'responses-failed'
            ? 'failed'
            : 'completed'
      return { reply: { kind: 'stream', events: responsesStream(model, created, ending), pace: 'paced' } }
    }
    case 'gemini':
      return stream
        ? { reply: { kind: 'stream', events: geminiStream(model), pace: 'paced' } }
        : { reply: ok(geminiAnswer(model), headers) }
    default:
      return { reply: ok(embeddingList(model, fields.encoding_format === 'base64' ? 'base64' : 'float'), headers) }
  }
}

/** new-api's Gemini-format list (controller/model.go ListModels, ChannelTypeGemini). */
export function geminiModelList(ids: readonly string[]): Record<string, unknown> {
  return { models: ids.map((name) => ({ name, displayName: name })), nextPageToken: null }
}
