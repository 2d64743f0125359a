import { randomBytes } from 'node:crypto'
import type { Dialect } from './scenarios.ts'

/** The reply every healthy chat gives, split the way a model streams it. */
export const replyPieces = ['Hello', '! The', ' connection', ' works', '.'] as const
export const replyText = replyPieces.join('')

export interface Usage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
}

/** Rough token counts (4 characters a token), enough for clients that show usage. */
export function usageFor(messages: readonly unknown[]): Usage {
  const promptChars = JSON.stringify(messages).length
  const prompt_tokens = Math.max(1, Math.ceil(promptChars / 4))
  const completion_tokens = replyPieces.length
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens }
}

/** `chatcmpl-…` like OpenAI and one-api/new-api, `gen-…` like OpenRouter. */
export function completionId(dialect: Dialect): string {
  return dialect === 'openrouter'
    ? `gen-${Math.floor(Date.now() / 1000)}-${randomBytes(10).toString('base64url')}`
    : `chatcmpl-${randomBytes(15).toString('base64url')}`
}

export interface CompletionContext {
  id: string
  model: string
  created: number
  dialect: Dialect
}

function providerField(context: CompletionContext): Record<string, string> {
  return context.dialect === 'openrouter' ? { provider: 'OpenAI' } : {}
}

export function chatCompletion(context: CompletionContext, usage: Usage): Record<string, unknown> {
  return {
    id: context.id,
    object: 'chat.completion',
    created: context.created,
    model: context.model,
    ...providerField(context),
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: replyText, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage,
    system_fingerprint: 'fp_0ba0d124f1',
  }
}

type Delta = { role?: 'assistant'; content?: string }

function chunk(
  context: CompletionContext,
  delta: Delta,
  finishReason: string | null,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: context.id,
    object: 'chat.completion.chunk',
    created: context.created,
    model: context.model,
    ...providerField(context),
    system_fingerprint: 'fp_0ba0d124f1',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...extra,
  }
}

/** One SSE event, as `data: <json>\n\n`. */
export function sseData(payload: unknown): string {
  return `data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`
}

export const sseDone = 'data: [DONE]\n\n'

/** The events of a complete stream: role, content pieces, finish, optional usage chunk, `[DONE]`. */
export function streamEvents(context: CompletionContext, usage: Usage, includeUsage: boolean): string[] {
  const events = [sseData(chunk(context, { role: 'assistant', content: '' }, null))]
  for (const piece of replyPieces) events.push(sseData(chunk(context, { content: piece }, null)))
  events.push(sseData(chunk(context, {}, 'stop')))
  if (includeUsage) events.push(sseData({ ...chunk(context, {}, null), choices: [], usage }))
  events.push(sseDone)
  return events
}

/** The first events of a stream, before it breaks: role and the first two pieces. */
export function streamOpening(context: CompletionContext): string[] {
  return [
    sseData(chunk(context, { role: 'assistant', content: '' }, null)),
    ...replyPieces.slice(0, 2).map((piece) => sseData(chunk(context, { content: piece }, null))),
  ]
}

/** OpenRouter's mid-stream failure: an ordinary chunk with `error` and finish_reason `error`. */
export function streamErrorEvent(context: CompletionContext): string {
  return sseData(
    chunk(context, { content: '' }, 'error', {
      error: {
        code: 502,
        message: 'Provider returned error',
        metadata: { provider_name: 'OpenAI', raw: 'upstream connection reset' },
      },
    }),
  )
}

/** A 1×1 transparent PNG, the smallest honest image for `/v1/images/generations`. */
export const tinyPngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
