import { describe, expect, it } from 'vitest'
import { geminiModelIds } from '@components/connection-tester/engine/model-list.ts'
import { protocolCauseOf } from '@components/connection-tester/engine/protocol-errors.ts'
import {
  apiRoot,
  checkIdsFor,
  defaultModelFor,
  endpointOf,
  offeredProtocols,
} from '@components/connection-tester/engine/protocol-plan.ts'
import {
  newReading,
  protocolStreamReader,
  sseSplitter,
  type StreamFormat,
} from '@components/connection-tester/engine/protocol-streams.ts'
import { rejectsMaxTokens, withCompletionTokens } from '@components/connection-tester/engine/reasoning.ts'
import { parseTesterParams } from '@components/connection-tester/url-params.ts'
import type { HttpAnswer } from '@components/connection-tester/engine/http.ts'
import { gateway } from '@data/gateway.ts'
import { parseGatewayConfig } from '@data/gateway.schema.ts'
import { protocolOf, protocols, toolIds } from '@data/protocols.ts'
import { parseProtocols } from '@data/protocols.schema.ts'
import { anthropicStream, geminiStream, responsesStream, type ResponsesEnding } from '../gateway/protocol-bodies.ts'

/** Feeds `text` in pieces of `size` characters, as a network would split it. */
function read(format: StreamFormat, text: string, size = 7) {
  const reading = newReading()
  let clock = 0
  const feed = protocolStreamReader(format, reading, () => (clock += 1))
  let over = false
  for (let at = 0; at < text.length && !over; at += size) over = feed(text.slice(at, at + size))
  return { reading, over }
}

describe('protocol streams', () => {
  it('splits SSE events across any piece boundary, CRLF or LF, joining multi-line data', () => {
    const split = sseSplitter()
    const events = ['event: a\r\nda', 'ta: 1\r\n\r\n', 'data: x\ndata: y\n', '\n'].flatMap((piece) => split(piece))
    expect(events).toEqual([
      { event: 'a', data: '1' },
      { event: '', data: 'x\ny' },
    ])
  })

  it('reads an Anthropic Messages stream to message_stop', () => {
    const { reading, over } = read('anthropic', anthropicStream('claude-3-5-haiku-20241022', 8).join(''))
    expect(over).toBe(true)
    expect(reading.ended).toBe(true)
    expect(reading.seen).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ])
    expect(reading.firstTokenMs).toBeGreaterThan(0)
  })

  it('takes an Anthropic error event as the stream’s error, not its end', () => {
    const text =
      'event: message_start\ndata: {"type":"message_start","message":{}}\n\n' +
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n'
    const { reading } = read('anthropic', text)
    expect(reading.ended).toBe(false)
    expect(reading.errorPayload?.text).toContain('overloaded_error')
  })

  it.each<[ResponsesEnding, boolean, boolean]>([
    ['completed', true, false],
    ['closed', false, false],
    ['failed', false, true],
  ])('reads a Responses stream that ends %s', (ending, ended, failed) => {
    const { reading } = read('responses', responsesStream('gpt-4.1-mini', 1, ending).join(''))
    expect(reading.ended).toBe(ended)
    expect(reading.errorPayload !== undefined).toBe(failed)
    if (ending !== 'failed') expect(reading.seen).toContain('response.output_text.delta')
    if (ending === 'closed') expect(reading.seen.at(-1)).toBe('response.output_item.done')
    // response.failed shows the response's own error, the words a user would search for.
    if (failed) expect(reading.errorPayload?.json).toEqual({ error: expect.objectContaining({ code: 'server_error' }) })
  })

  it('records only name-like event types, and a bounded number of them', () => {
    const events = Array.from({ length: 40 }, (_, index) => `event: e${index}\ndata: {}\n\n`).join('')
    const odd = 'data: {"type":"<img src=x onerror=alert(1)>"}\n\n'
    const { reading } = read('anthropic', odd + events)
    expect(reading.seen).toHaveLength(24)
    expect(reading.seen.every((name) => /^e\d+$/.test(name))).toBe(true)
    expect(reading.events).toBe(41)
  })

  it('keeps the reason of response.incomplete', () => {
    const event = { type: 'response.incomplete', response: { incomplete_details: { reason: 'max_output_tokens' } } }
    const { reading, over } = read('responses', `event: response.incomplete\ndata: ${JSON.stringify(event)}\n\n`)
    expect(over).toBe(true)
    expect(reading.incomplete).toBe('max_output_tokens')
    expect(reading.ended).toBe(false)
  })

  it('reads Gemini alt=sse chunks to the one with a finishReason, without [DONE]', () => {
    const { reading } = read('gemini', geminiStream('gemini-2.0-flash').join(''))
    expect(reading.ended).toBe(true)
    expect(reading.events).toBe(5)
    expect(read('gemini', geminiStream('gemini-2.0-flash').slice(0, 3).join('')).reading.ended).toBe(false)
    const error = read('gemini', 'data: {"error":{"code":429,"status":"RESOURCE_EXHAUSTED"}}\r\n\r\n').reading
    expect(error.errorPayload).toBeDefined()
  })
})

describe('protocol errors', () => {
  it.each([
    [{ type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }, 'invalid_key'],
    [{ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 'upstream_unavailable'],
    [{ type: 'error', error: { type: 'not_found_error', message: 'model: x' } }, 'model_not_found'],
    [
      {
        error: {
          code: 400,
          status: 'INVALID_ARGUMENT',
          message: 'API key not valid. Please pass a valid API key.',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }],
        },
      },
      'invalid_key',
    ],
    [{ error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Quota exceeded' } }, 'rate_limit'],
    [{ error: { code: 400, status: 'INVALID_ARGUMENT', message: 'bad' } }, undefined],
    [{ error: { message: '无效的令牌', type: 'new_api_error' } }, undefined],
  ])('%j states %s', (body, cause) => {
    expect(protocolCauseOf(body)).toBe(cause)
  })
})

describe('reasoning models', () => {
  const answer = (status: number, text: string): HttpAnswer => ({
    ok: true,
    status,
    headers: new Headers(),
    text,
    json: undefined,
    truncated: false,
    opaque: false,
    startedAtMs: 0,
    durationMs: 1,
  })
  const refusal =
    '{"error":{"message":"Unsupported parameter: \'max_tokens\' is not supported with this model. Use \'max_completion_tokens\' instead.","type":"invalid_request_error","param":"max_tokens","code":"unsupported_parameter"}}'

  it('knows the refusal of max_tokens, and nothing else, as a reason to retry', () => {
    expect(rejectsMaxTokens(answer(400, refusal))).toBe(true)
    expect(rejectsMaxTokens(answer(400, '{"error":{"message":"max_tokens is too large"}}'))).toBe(false)
    expect(rejectsMaxTokens(answer(200, refusal))).toBe(false)
  })

  it('moves the limit to max_completion_tokens and keeps the rest', () => {
    expect(withCompletionTokens({ model: 'o3-mini', max_tokens: 1, stream: true })).toEqual({
      model: 'o3-mini',
      max_completion_tokens: 1,
      stream: true,
    })
  })
})

describe('protocol plan', () => {
  it('runs each protocol’s own requests after the shared checks', () => {
    expect(checkIdsFor('openai-chat').slice(-2)).toEqual(['chat', 'stream'])
    expect(checkIdsFor('anthropic-messages').slice(-3)).toEqual(['messages', 'messages-stream', 'count-tokens'])
    expect(checkIdsFor('openai-responses')).not.toContain('chat')
    expect(checkIdsFor('embeddings').at(-1)).toBe('embeddings')
  })

  it('builds endpoints from the API root, not under /v1', () => {
    expect(apiRoot('https://api.example.com/v1')).toBe('https://api.example.com')
    expect(endpointOf('gemini', 'https://api.example.com/v1', 'gemini-2.0-flash')).toBe(
      'https://api.example.com/v1beta/models/gemini-2.0-flash:generateContent',
    )
    expect(endpointOf('anthropic-messages', 'https://x.test/api/v1', 'm')).toBe('https://x.test/api/v1/messages')
  })

  it('tests embeddings with the embeddings model, never the chat model', () => {
    expect(defaultModelFor(gateway, 'embeddings')).toBe(gateway.protocolModels.embeddings)
    expect(defaultModelFor(gateway, 'embeddings')).not.toBe(gateway.defaultModel)
    expect(defaultModelFor({ defaultModel: 'gpt-4o-mini' }, 'gemini')).toBe('gpt-4o-mini')
  })

  it('offers the gateway’s protocols, chat completions when it names none', () => {
    expect(offeredProtocols(gateway)).toEqual(gateway.protocols)
    expect(offeredProtocols({})).toEqual(['openai-chat'])
  })

  it('names a protocol by its id or by a tool that speaks it', () => {
    expect(protocolOf('claude-code')).toBe('anthropic-messages')
    expect(protocolOf('Codex')).toBe('openai-responses')
    expect(protocolOf('gemini-cli')).toBe('gemini')
    expect(protocolOf('cursor')).toBe('openai-chat')
    expect(protocolOf('embeddings')).toBe('embeddings')
    expect(protocolOf('word')).toBeUndefined()
    expect(new Set(toolIds).size).toBe(toolIds.length)
  })

  it('reads ?protocol= or ?tool= from the link, never a key', () => {
    expect(parseTesterParams('?protocol=anthropic-messages').protocol).toBe('anthropic-messages')
    expect(parseTesterParams('?tool=codex&key=sk-x').protocol).toBe('codex')
    expect(parseTesterParams('?tool=codex&key=sk-x').keyParams).toEqual(['key'])
    expect(parseTesterParams('?base=x').protocol).toBeUndefined()
  })

  it('reads a Gemini-format model list, which OpenAI clients cannot', () => {
    expect(geminiModelIds({ models: [{ name: 'models/gemini-2.0-flash' }, { name: 'gpt-4o' }] })).toEqual([
      'gemini-2.0-flash',
      'gpt-4o',
    ])
    expect(geminiModelIds({ object: 'list', data: [{ id: 'gpt-4o' }] })).toBeUndefined()
  })
})

describe('protocol config', () => {
  it('accepts the shipped protocol table and config', () => {
    expect(Object.keys(parseProtocols(protocols))).toHaveLength(5)
    expect(parseGatewayConfig(gateway).protocols).toContain('anthropic-messages')
  })

  it('defaults to chat completions when a config names no protocol', () => {
    const { protocols: _omitted, protocolModels: _models, ...rest } = gateway
    expect(parseGatewayConfig(rest).protocols).toEqual(['openai-chat'])
  })

  it.each([
    [{ protocols: ['openai-chat', 'ftp'] }, 'protocols.1'],
    [{ protocols: [] }, 'protocols: must name at least one protocol'],
    [{ protocols: ['gemini', 'gemini'] }, 'protocols: must not name a protocol twice'],
    [
      { protocols: ['openai-chat', 'embeddings'], protocolModels: {} },
      'protocolModels.embeddings: name the embeddings model',
    ],
  ])('stops on %j, naming the field', (change, message) => {
    expect(() => parseGatewayConfig({ ...gateway, ...change })).toThrow(message)
  })
})
