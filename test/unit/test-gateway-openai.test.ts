import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replyText } from '../gateway/completions.ts'
import { scenarios, testKeyFor, type ScenarioName } from '../gateway/scenarios.ts'
import { startTestGateway, type TestGateway } from '../gateway/server.ts'
import { fastDelays, plainKey } from '../gateway/testing.ts'

// The official client is the strictest ordinary consumer: if it accepts the gateway, real apps will.
let gateway: TestGateway
beforeAll(async () => {
  gateway = await startTestGateway({ delays: fastDelays })
})
afterAll(async () => {
  await gateway.close()
})

const byKey = (scenario: ScenarioName, timeout = 5000) =>
  new OpenAI({ apiKey: testKeyFor(scenario), baseURL: `${gateway.url}/v1`, maxRetries: 0, timeout })
const byPath = (scenario: ScenarioName) =>
  new OpenAI({ apiKey: plainKey, baseURL: `${gateway.url}/${scenario}/v1`, maxRetries: 0, timeout: 5000 })

type ApiErrorClass = new (...args: never[]) => InstanceType<typeof OpenAI.APIError>

const ping = [{ role: 'user' as const, content: 'ping' }]

describe('openai client against healthy', () => {
  it.each([
    ['key', byKey],
    ['path', byPath],
  ])('chat, selected by %s', async (_how, clientFor) => {
    const completion = await clientFor('healthy').chat.completions.create({ model: 'gpt-4o-mini', messages: ping })
    expect(completion.id).toMatch(/^chatcmpl-/)
    expect(completion.choices[0]?.message.content).toBe(replyText)
    expect(completion.usage?.total_tokens).toBeGreaterThan(0)
  })

  it('stream', async () => {
    const stream = await byKey('healthy').chat.completions.create({
      model: 'gpt-4o-mini',
      messages: ping,
      stream: true,
      stream_options: { include_usage: true },
    })
    let text = ''
    let finish: string | null | undefined
    let totalTokens = 0
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? ''
      finish = chunk.choices[0]?.finish_reason ?? finish
      totalTokens = chunk.usage?.total_tokens ?? totalTokens
    }
    expect(text).toBe(replyText)
    expect(finish).toBe('stop')
    expect(totalTokens).toBeGreaterThan(0)
  })

  it('models.list', async () => {
    const ids: string[] = []
    for await (const model of byKey('healthy').models.list()) ids.push(model.id)
    expect(ids).toContain('gpt-4o-mini')
    expect(ids).toContain('claude-3-5-sonnet-20241022')
  })

  it('models.retrieve', async () => {
    expect((await byPath('healthy').models.retrieve('deepseek-chat')).id).toBe('deepseek-chat')
  })

  it('OpenRouter layout and ids', async () => {
    const client = new OpenAI({ apiKey: plainKey, baseURL: `${gateway.url}/healthy-openrouter/api/v1`, maxRetries: 0 })
    const completion = await client.chat.completions.create({ model: 'openai/gpt-4o-mini', messages: ping })
    expect(completion.id).toMatch(/^gen-/)
  })
})

describe('openai client error classes', () => {
  const cases: [ScenarioName, ApiErrorClass, number][] = [
    ['invalid-key', OpenAI.AuthenticationError, 401],
    ['exhausted-key', OpenAI.AuthenticationError, 401],
    ['balance-402', OpenAI.APIError, 402],
    ['balance-403', OpenAI.PermissionDeniedError, 403],
    ['balance-429', OpenAI.RateLimitError, 429],
    ['rate-limit-bare', OpenAI.RateLimitError, 429],
    ['unknown-model', OpenAI.NotFoundError, 404],
    ['no-channel', OpenAI.InternalServerError, 503],
    ['bad-gateway-502', OpenAI.InternalServerError, 502],
    ['overloaded-529', OpenAI.InternalServerError, 529],
  ]
  it.each(cases)('%s → %o (%i)', async (scenario, errorClass, status) => {
    const failure = byKey(scenario).chat.completions.create({ model: scenarios[scenario].model, messages: ping })
    const error: unknown = await failure.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(errorClass)
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(status)
  })

  it('reads the code and request id of a new-api error', async () => {
    const error: unknown = await byKey('balance-403')
      .chat.completions.create({ model: 'gpt-4o-mini', messages: ping })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError)
    const apiError = error as InstanceType<typeof OpenAI.PermissionDeniedError>
    expect(apiError.code).toBe('insufficient_user_quota')
    expect(apiError.message).toMatch(/用户额度不足/)
    expect(apiError.headers?.get('x-oneapi-request-id')).toMatch(/^\d{22}$/)
  })

  it('sees Retry-After on rate-limit-retry-after', async () => {
    const error: unknown = await byKey('rate-limit-retry-after')
      .chat.completions.create({ model: 'gpt-4o-mini', messages: ping })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OpenAI.RateLimitError)
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBe('7')
  })

  it('times out on hang', async () => {
    const failure = byKey('hang', 300).chat.completions.create({ model: 'gpt-4o-mini', messages: ping })
    await expect(failure).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError)
  })

  it('throws on the error event inside a 200 stream', async () => {
    const stream = await byPath('stream-error-event').chat.completions.create({
      model: 'openai/gpt-4o-mini',
      messages: ping,
      stream: true,
    })
    const consume = async () => {
      for await (const chunk of stream) void chunk
    }
    await expect(consume()).rejects.toBeInstanceOf(OpenAI.APIError)
  })

  it('ends a cut stream quietly, without a finish_reason: the client must notice by itself', async () => {
    const stream = await byPath('stream-cut').chat.completions.create({
      model: 'gpt-4o-mini',
      messages: ping,
      stream: true,
    })
    const reasons: (string | null | undefined)[] = []
    for await (const chunk of stream) reasons.push(chunk.choices[0]?.finish_reason)
    expect(reasons.length).toBeGreaterThan(0)
    expect(reasons.every((reason) => reason === null)).toBe(true)
  })
})
