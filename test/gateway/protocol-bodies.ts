import { randomBytes } from 'node:crypto'
import { replyPieces, replyText, sseData, sseDone } from './completions.ts'

/**
 * Success bodies and stream events of the agents' protocols, as the official SDKs type them:
 * Anthropic Messages (anthropic-sdk-typescript: Message, RawMessageStreamEvent), OpenAI Responses
 * (openai-node: Response, ResponseStreamEvent), Gemini (GenerateContentResponse) and embeddings.
 */

const id = (prefix: string) => `${prefix}${randomBytes(12).toString('hex')}`

/** `event: <type>` then `data: <json>`, as Anthropic and the Responses API write their events. */
export function namedEvent(payload: { type: string } & Record<string, unknown>): string {
  return `event: ${payload.type}\ndata: ${JSON.stringify(payload)}\n\n`
}

export function anthropicMessage(model: string, inputTokens: number): Record<string, unknown> {
  return {
    id: id('msg_01'),
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text: replyPieces[0] }],
    stop_reason: 'max_tokens',
    stop_sequence: null,
    usage: { input_tokens: inputTokens, output_tokens: 1 },
  }
}

export function anthropicStream(model: string, inputTokens: number): string[] {
  const message = { ...anthropicMessage(model, inputTokens), content: [], stop_reason: null }
  return [
    namedEvent({ type: 'message_start', message }),
    namedEvent({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
    namedEvent({ type: 'ping' }),
    namedEvent({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: replyPieces[0] } }),
    namedEvent({ type: 'content_block_stop', index: 0 }),
    namedEvent({
      type: 'message_delta',
      delta: { stop_reason: 'max_tokens', stop_sequence: null },
      usage: { output_tokens: 1 },
    }),
    namedEvent({ type: 'message_stop' }),
  ]
}

export function responseObject(
  model: string,
  status: 'in_progress' | 'completed' | 'incomplete',
  created: number,
  ids = { response: id('resp_'), item: id('msg_') },
): Record<string, unknown> {
  const done = status === 'completed'
  return {
    id: ids.response,
    object: 'response',
    created_at: created,
    status,
    model,
    output: done
      ? [
          {
            type: 'message',
            id: ids.item,
            status: 'completed',
            role: 'assistant',
            content: [{ type: 'output_text', text: replyText, annotations: [] }],
          },
        ]
      : [],
    usage: done ? { input_tokens: 8, output_tokens: replyPieces.length, total_tokens: 8 + replyPieces.length } : null,
    error: null,
    incomplete_details: status === 'incomplete' ? { reason: 'max_output_tokens' } : null,
  }
}

/**
 * `closed` stops after the text; `failed` ends in response.failed; `incomplete` is a reasoning
 * model that spent a small max_output_tokens thinking and ends in response.incomplete.
 */
export type ResponsesEnding = 'completed' | 'closed' | 'failed' | 'incomplete'

/** A Responses stream; `closed` stops after the text, `failed` ends in response.failed. */
export function responsesStream(model: string, created: number, ending: ResponsesEnding): string[] {
  const ids = { response: id('resp_'), item: id('msg_') }
  let sequence = 0
  const event = (payload: { type: string } & Record<string, unknown>) =>
    namedEvent({ ...payload, sequence_number: sequence++ })
  const opened = responseObject(model, 'in_progress', created, ids)
  const events = [event({ type: 'response.created', response: opened })]
  if (ending === 'incomplete') {
    events.push(
      event({ type: 'response.in_progress', response: opened }),
      event({ type: 'response.incomplete', response: responseObject(model, 'incomplete', created, ids) }),
    )
    return events
  }
  if (ending === 'failed') {
    const error = { code: 'server_error', message: 'An error occurred while processing your request.' }
    events.push(event({ type: 'response.failed', response: { ...opened, status: 'failed', error } }))
    return events
  }
  const item = { type: 'message', id: ids.item, status: 'in_progress', role: 'assistant', content: [] }
  const at = { item_id: ids.item, output_index: 0, content_index: 0 }
  const part = { type: 'output_text', text: replyText, annotations: [] }
  events.push(
    event({ type: 'response.in_progress', response: opened }),
    event({ type: 'response.output_item.added', output_index: 0, item }),
    event({ type: 'response.content_part.added', ...at, part: { ...part, text: '' } }),
    ...replyPieces.map((delta) => event({ type: 'response.output_text.delta', ...at, delta })),
    event({ type: 'response.output_text.done', ...at, text: replyText }),
    event({ type: 'response.content_part.done', ...at, part }),
    event({
      type: 'response.output_item.done',
      output_index: 0,
      item: { ...item, status: 'completed', content: [part] },
    }),
  )
  if (ending === 'completed') {
    events.push(event({ type: 'response.completed', response: responseObject(model, 'completed', created, ids) }))
  }
  return events
}

function geminiChunk(model: string, text: string, finishReason?: string): Record<string, unknown> {
  const candidate = {
    content: { parts: [{ text }], role: 'model' },
    index: 0,
    ...(finishReason ? { finishReason } : {}),
  }
  return {
    candidates: [candidate],
    usageMetadata: { promptTokenCount: 2, candidatesTokenCount: 1, totalTokenCount: 3 },
    modelVersion: model,
    responseId: randomBytes(8).toString('base64url'),
  }
}

export const geminiAnswer = (model: string) => geminiChunk(model, replyPieces[0], 'MAX_TOKENS')

/** `alt=sse`: one GenerateContentResponse per `data:`, CRLF-separated; the last has a finishReason, no [DONE]. */
export function geminiStream(model: string): string[] {
  return replyPieces.map(
    (piece, index) =>
      `data: ${JSON.stringify(geminiChunk(model, piece, index === replyPieces.length - 1 ? 'STOP' : undefined))}\r\n\r\n`,
  )
}

/**
 * text-embedding-3-small's 1536 dimensions, deterministic so answers compare. `base64` packs them
 * as little-endian float32s, as OpenAI does when asked (the openai SDKs ask by default).
 */
export function embeddingList(model: string, encoding: 'float' | 'base64' = 'float'): Record<string, unknown> {
  const floats = Array.from({ length: 1536 }, (_, index) => Math.fround(Math.sin(index + 1) / 40))
  const embedding = encoding === 'base64' ? Buffer.from(new Float32Array(floats).buffer).toString('base64') : floats
  return {
    object: 'list',
    data: [{ object: 'embedding', index: 0, embedding }],
    model,
    usage: { prompt_tokens: 1, total_tokens: 1 },
  }
}

/** A reasoning model given one token: it spent it thinking, so the content is empty. */
export function reasoningCompletion(model: string, created: number): Record<string, unknown> {
  return {
    id: id('chatcmpl-'),
    object: 'chat.completion',
    created,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: '', refusal: null }, finish_reason: 'length' }],
    usage: {
      prompt_tokens: 8,
      completion_tokens: 1,
      total_tokens: 9,
      completion_tokens_details: { reasoning_tokens: 1 },
    },
  }
}

export function reasoningStream(model: string, created: number): string[] {
  const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
    id: 'chatcmpl-reasoning',
    object: 'chat.completion.chunk',
    created,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  })
  return [sseData(chunk({ role: 'assistant', content: '' }, null)), sseData(chunk({}, 'length')), sseDone]
}
