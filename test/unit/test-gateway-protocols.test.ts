import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replyPieces, replyText } from '../gateway/completions.ts'
import { startTestGateway, type TestGateway } from '../gateway/server.ts'
import { asObject, errorOf, fastDelays, plainKey } from '../gateway/testing.ts'

// The protocols' real shapes, read by the official openai client where one exists here and by
// fetch otherwise, so the tester's checks are tested against what real gateways answer.
let gateway: TestGateway
beforeAll(async () => {
  gateway = await startTestGateway({ delays: fastDelays })
})
afterAll(async () => {
  await gateway.close()
})

const openai = (path: string) =>
  new OpenAI({ apiKey: plainKey, baseURL: `${gateway.url}${path}/v1`, maxRetries: 0, timeout: 5000 })

function post(path: string, body: unknown, headers: Record<string, string>) {
  return fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

const anthropic = { 'x-api-key': plainKey, 'anthropic-version': '2023-06-01' }
const claude = 'claude-3-5-haiku-20241022'
const hello = { model: claude, max_tokens: 1, messages: [{ role: 'user', content: 'ping' }] }

describe('OpenAI Responses', () => {
  it('answers a response object the official client reads', async () => {
    const response = await openai('/healthy').responses.create({ model: 'gpt-4.1-mini', input: 'ping' })
    expect(response.status).toBe('completed')
    expect(response.output_text).toBe(replyText)
  })

  it('streams text deltas and ends with response.completed', async () => {
    const stream = openai('/healthy').responses.stream({ model: 'gpt-4.1-mini', input: 'ping' })
    const deltas: string[] = []
    stream.on('response.output_text.delta', (event) => deltas.push(event.delta))
    const final = await stream.finalResponse()
    expect(deltas).toEqual([...replyPieces])
    expect(final.status).toBe('completed')
  })

  // openai-node settles for the last snapshot; Codex wants response.completed, so the events decide.
  it.each([
    ['/responses-no-completed', 'in_progress', 'response.output_item.done'],
    ['/responses-failed', 'failed', 'response.failed'],
  ])('%s: no response.completed, the snapshot stays %s', async (path, status, last) => {
    const final = await openai(path).responses.stream({ model: 'gpt-4.1-mini', input: 'ping' }).finalResponse()
    expect(final.status).toBe(status)
    const raw = await post(
      `${path}/v1/responses`,
      { model: 'gpt-4.1-mini', input: 'ping', stream: true },
      {
        Authorization: `Bearer ${plainKey}`,
      },
    )
    const names = [...(await raw.text()).matchAll(/^event: (\S+)$/gm)].map((match) => match[1])
    expect(names).not.toContain('response.completed')
    expect(names.at(-1)).toBe(last)
  })
})

describe('embeddings', () => {
  it('answers 1536 dimensions, as floats or as the base64 the official client asks for', async () => {
    const client = openai('/healthy')
    const packed = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'ping' })
    expect(packed.data[0]?.embedding).toHaveLength(1536)
    const floats = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: 'ping',
      encoding_format: 'float',
    })
    expect(floats.data[0]?.embedding[0]).toBeCloseTo(packed.data[0]?.embedding[0] ?? NaN, 6)
  })

  it('embeddings-model-not-found answers 404 model_not_found', async () => {
    const failure = openai('/embeddings-model-not-found').embeddings.create({
      model: 'text-embedding-3-small',
      input: 'x',
    })
    await expect(failure).rejects.toMatchObject({ status: 404, code: 'model_not_found' })
  })
})

describe('Anthropic Messages', () => {
  it('answers a message to x-api-key and to a Bearer key', async () => {
    for (const headers of [anthropic, { Authorization: `Bearer ${plainKey}`, 'anthropic-version': '2023-06-01' }]) {
      const response = await post('/healthy/v1/messages', hello, headers)
      expect(response.status).toBe(200)
      const body = asObject(await response.json())
      expect(body.type).toBe('message')
      expect(body.stop_reason).toBe('max_tokens')
      expect(response.headers.get('x-oneapi-request-id')).toMatch(/^\d{20,}$/)
    }
  })

  it('streams named events from message_start to message_stop', async () => {
    const response = await post('/healthy/v1/messages', { ...hello, stream: true }, anthropic)
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/)
    const names = [...(await response.text()).matchAll(/^event: (\S+)$/gm)].map((match) => match[1])
    expect(names[0]).toBe('message_start')
    expect(names).toContain('content_block_delta')
    expect(names.at(-1)).toBe('message_stop')
  })

  it('counts tokens, except where the route is missing', async () => {
    const counted = await post('/healthy/v1/messages/count_tokens', hello, anthropic)
    expect(asObject(await counted.json()).input_tokens).toBeGreaterThan(0)
    const missing = await post('/count-tokens-404/v1/messages/count_tokens', hello, anthropic)
    expect(missing.status).toBe(404)
    expect(errorOf(await missing.json()).message).toBe('Invalid URL (POST /v1/messages/count_tokens)')
  })

  it('messages-401 passes Anthropic’s authentication_error through', async () => {
    const response = await post('/messages-401/v1/messages', hello, anthropic)
    expect(response.status).toBe(401)
    const body = asObject(await response.json())
    expect(body.type).toBe('error')
    expect(errorOf(body)).toEqual({ type: 'authentication_error', message: 'invalid x-api-key' })
  })

  it('x-api-key-ignored sees no key in x-api-key, and works with Bearer', async () => {
    expect((await post('/x-api-key-ignored/v1/messages', hello, anthropic)).status).toBe(401)
    const bearer = { Authorization: `Bearer ${plainKey}`, 'anthropic-version': '2023-06-01' }
    expect((await post('/x-api-key-ignored/v1/messages', hello, bearer)).status).toBe(200)
  })

  it('chooses the scenario by a test key in x-api-key, as new-api reads it', async () => {
    const response = await post('/v1/messages', hello, { ...anthropic, 'x-api-key': 'sk-test-messages-401-abcdef' })
    expect(response.status).toBe(401)
    const refused = await post('/v1/messages', hello, { ...anthropic, 'x-api-key': 'sk-test-invalid-key-abcdef' })
    expect(errorOf(await refused.json()).message).toMatch(/^无效的令牌/)
  })
})

describe('Gemini', () => {
  const body = { contents: [{ role: 'user', parts: [{ text: 'ping' }] }] }
  const google = { 'x-goog-api-key': plainKey }

  it('answers generateContent and streams alt=sse chunks ending in a finishReason', async () => {
    const answer = await post('/healthy/v1beta/models/gemini-2.0-flash:generateContent', body, google)
    expect(asObject(await answer.json()).candidates).toHaveLength(1)
    const stream = await post('/healthy/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse', body, google)
    const chunks = (await stream.text()).split('\r\n\r\n').filter(Boolean)
    expect(chunks).toHaveLength(replyPieces.length)
    expect(chunks.at(-1)).toContain('"finishReason":"STOP"')
    expect(chunks.join('')).not.toContain('[DONE]')
  })

  it('gemini-key-invalid answers Google’s 400 API_KEY_INVALID', async () => {
    const response = await post('/gemini-key-invalid/v1beta/models/gemini-2.0-flash:generateContent', body, google)
    expect(response.status).toBe(400)
    const error = errorOf(await response.json())
    expect(error.status).toBe('INVALID_ARGUMENT')
    expect(JSON.stringify(error.details)).toContain('API_KEY_INVALID')
  })
})

describe('models list formats and CORS', () => {
  it('models-gemini-format lists models[].name even to a Bearer key', async () => {
    const response = await fetch(`${gateway.url}/models-gemini-format/v1/models`, {
      headers: { Authorization: `Bearer ${plainKey}` },
    })
    const body = asObject(await response.json())
    expect(body.data).toBeUndefined()
    expect(Array.isArray(body.models)).toBe(true)
  })

  it('lets a browser send the agents’ key headers', async () => {
    const response = await fetch(`${gateway.url}/healthy/v1/messages`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-api-key,anthropic-version,content-type',
      },
    })
    expect(response.headers.get('access-control-allow-headers')).toMatch(/x-api-key.*anthropic-version.*x-goog-api-key/)
  })
})
