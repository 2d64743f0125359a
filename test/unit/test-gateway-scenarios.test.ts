import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scenarioNames, scenarios, type ScenarioName } from '../gateway/scenarios.ts'
import { startTestGateway, type TestGateway } from '../gateway/server.ts'
import { asObject, chatRequest, errorOf, fastDelays, target, type Selector } from '../gateway/testing.ts'

let gateway: TestGateway
beforeAll(async () => {
  gateway = await startTestGateway({ delays: fastDelays, hugeBodyBytes: 2 * 1024 * 1024 })
})
afterAll(async () => {
  await gateway.close()
})

type Check = (response: Response, body: unknown) => void

const requestIdInMessage = /\(request id: (\d{22})\)$/

/** one-api / new-api: the request id sits in the message and in `X-Oneapi-Request-Id`. */
function oneApiFamily(type: 'one_api_error' | 'new_api_error', message: RegExp, code?: string): Check {
  return (response, body) => {
    const error = errorOf(body)
    expect(error.type).toBe(type)
    expect(error.message).toMatch(message)
    const id = requestIdInMessage.exec(String(error.message))?.[1]
    expect(id).toBeDefined()
    expect(response.headers.get('x-oneapi-request-id')).toBe(id)
    if (code !== undefined) expect(error.code).toBe(code)
  }
}
const newApiError = (message: RegExp, code?: string) => oneApiFamily('new_api_error', message, code)
const oneApiError = (message: RegExp, code?: string) => oneApiFamily('one_api_error', message, code)

function openAiError(type: string, code: string | null): Check {
  return (response, body) => {
    const error = errorOf(body)
    expect(error).toMatchObject({ type, code, param: null })
    expect(typeof error.message).toBe('string')
    expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/)
  }
}

const openRouterError =
  (code: number): Check =>
  (_response, body) => {
    const error = errorOf(body)
    expect(error.code).toBe(code)
    expect(typeof error.message).toBe('string')
  }

const completion: Check = (response, body) => {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  const answer = asObject(body)
  expect(answer.object).toBe('chat.completion')
  expect(answer.id).toMatch(/^(chatcmpl|gen)-/)
  expect(answer.choices).toEqual([
    expect.objectContaining({ finish_reason: 'stop', message: expect.objectContaining({ role: 'assistant' }) }),
  ])
  expect(asObject(answer.usage).total_tokens).toBeGreaterThan(0)
}

const htmlPage =
  (start: string): Check =>
  (response, body) => {
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(String(body).startsWith(start)).toBe(true)
  }

/** What `POST /v1/chat/completions` answers in each scenario, written out by hand from gateway-facts.md. */
const chatAnswers: Record<Exclude<ScenarioName, 'hang'>, { status: number; check: Check }> = {
  healthy: { status: 200, check: completion },
  'healthy-one-api': { status: 200, check: completion },
  'healthy-openrouter': { status: 200, check: completion },
  'healthy-no-balance': { status: 200, check: completion },
  'invalid-key': { status: 401, check: newApiError(/^无效的令牌/) },
  'expired-key': { status: 401, check: newApiError(/^该令牌已过期/) },
  'disabled-key': { status: 401, check: newApiError(/^该令牌状态不可用/) },
  'exhausted-key': { status: 401, check: newApiError(/^该令牌额度已用尽/) },
  'balance-402': { status: 402, check: openRouterError(402) },
  'balance-403': { status: 403, check: newApiError(/^用户额度不足/, 'insufficient_user_quota') },
  'balance-429': { status: 429, check: openAiError('insufficient_quota', 'insufficient_quota') },
  'balance-400-anthropic': {
    status: 400,
    check: (_response, body) => {
      expect(asObject(body)).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } })
      expect(errorOf(body).message).toMatch(/credit balance is too low/)
    },
  },
  'balance-429-litellm': { status: 429, check: openAiError('budget_exceeded', '429') },
  'no-channel-en': {
    status: 503,
    check: newApiError(/^No available channel for model gpt-4o-mini under group default/, 'model_not_found'),
  },
  'rate-limit-zenmux': {
    status: 429,
    check: (_response, body) => expect(errorOf(body)).toMatchObject({ code: '429', type: 'rate_limit' }),
  },
  'no-channel': {
    status: 503,
    check: newApiError(/^当前分组 default 下对于模型 gpt-4o-mini 无可用渠道/, 'model_not_found'),
  },
  'unknown-model': { status: 404, check: oneApiError(/does not exist/, 'model_not_found') },
  'model-not-allowed': { status: 403, check: newApiError(/^该令牌无权访问模型 gpt-4o-mini/) },
  'rate-limit-bare': {
    status: 429,
    check: (response, body) => {
      expect(body).toBe('')
      expect(response.headers.get('retry-after')).toBeNull()
    },
  },
  'rate-limit-retry-after': {
    status: 429,
    check: (response, body) => {
      openAiError('requests', 'rate_limit_exceeded')(response, body)
      expect(response.headers.get('retry-after')).toBe('7')
    },
  },
  'server-500': { status: 500, check: openAiError('server_error', null) },
  'bad-gateway-502': { status: 502, check: htmlPage('<html>') },
  'unavailable-503': {
    status: 503,
    check: (response, body) => {
      openAiError('server_error', null)(response, body)
      // Must not read like the no-channel 503.
      expect(JSON.stringify(body)).not.toMatch(/渠道|model_not_found/)
    },
  },
  'unavailable-503-text': {
    status: 503,
    check: (response, body) => {
      expect(response.headers.get('content-type')).toBe('text/plain')
      expect(body).toMatch(/^upstream connect error/)
    },
  },
  'gateway-timeout-504': { status: 504, check: htmlPage('<html>') },
  'overloaded-529': {
    status: 529,
    check: (response, body) => {
      const answer = asObject(body)
      expect(answer).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } })
      expect(answer.request_id).toMatch(/^req_/)
      expect(response.headers.get('request-id')).toBe(answer.request_id)
    },
  },
  'stream-cut': { status: 200, check: completion },
  'stream-error-event': { status: 200, check: completion },
  'buffering-proxy': { status: 200, check: completion },
  html: { status: 200, check: htmlPage('<!DOCTYPE html>') },
  'billing-200-error': { status: 200, check: completion },
  'no-cors': { status: 200, check: completion },
  'cors-wildcard': { status: 200, check: completion },
  'ratelimit-before-cors': { status: 429, check: newApiError(/请求数限制/) },
  'huge-body': { status: 200, check: completion },
  slow: { status: 200, check: completion },
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text()
  return response.headers.get('content-type')?.startsWith('application/json') ? (JSON.parse(text) as unknown) : text
}

const selectors: Selector[] = ['path', 'key']

describe.each(selectors)('chat, scenario chosen by %s', (selector) => {
  it.each(scenarioNames.filter((name) => name !== 'hang'))('%s', async (scenario) => {
    const { url, headers } = target(gateway.url, scenario, '/v1/chat/completions', selector)
    const request = chatRequest(scenarios[scenario].model)
    const response = await fetch(url, { ...request, headers: { ...request.headers, ...headers } })
    const expected = chatAnswers[scenario]
    expect(response.status).toBe(expected.status)
    expected.check(response, await bodyOf(response))
  })
})

describe('chat in the hang scenario', () => {
  it('accepts the request and never answers, while the models list answers', async () => {
    const { url, headers } = target(gateway.url, 'hang', '/v1/chat/completions', 'path')
    const request = chatRequest('gpt-4o-mini')
    const signal = AbortSignal.timeout(300)
    await expect(fetch(url, { ...request, headers: { ...request.headers, ...headers }, signal })).rejects.toThrow(
      /aborted|timeout/i,
    )
    const models = target(gateway.url, 'hang', '/v1/models', 'path')
    expect((await fetch(models.url, { headers: models.headers })).status).toBe(200)
  })
})

/** Statuses of `GET /v1/models` that are not a 200 list holding the scenario's model. */
const modelsExceptions: Partial<Record<ScenarioName, number>> = {
  'invalid-key': 401,
  'expired-key': 401,
  'disabled-key': 401,
  'exhausted-key': 401,
}

describe.each(selectors)('models list, scenario chosen by %s', (selector) => {
  it.each(scenarioNames.filter((name) => name !== 'html' && name !== 'huge-body'))('%s', async (scenario) => {
    const { url, headers } = target(gateway.url, scenario, '/v1/models', selector)
    const response = await fetch(url, { headers })
    const body = asObject(await response.json())
    const status = modelsExceptions[scenario]
    if (status !== undefined) {
      expect(response.status).toBe(status)
      expect(errorOf(body).message).toMatch(/令牌/)
      return
    }
    expect(response.status).toBe(200)
    const ids = (body.data as { id: string }[]).map((model) => model.id)
    const model = scenarios[scenario].model
    if (scenario === 'unknown-model') expect(ids).not.toContain(model)
    else expect(ids).toContain(model)
    if (scenarios[scenario].dialect === 'openrouter') expect(body.object).toBeUndefined()
    else expect(body.object).toBe('list')
    if (scenarios[scenario].dialect === 'new-api') expect(body.success).toBe(true)
  })
})

describe('models list oddities', () => {
  it('html answers the console page on every route, even one that does not exist', async () => {
    for (const path of ['/v1/models', '/v1/nothing', '/']) {
      const { url, headers } = target(gateway.url, 'html', path, 'path')
      const response = await fetch(url, { headers })
      expect(response.status).toBe(200)
      expect(await response.text()).toMatch(/^<!DOCTYPE html>/)
    }
  })

  it('huge-body sends a list of megabytes that still parses when read whole', async () => {
    const { url, headers } = target(gateway.url, 'huge-body', '/v1/models', 'path')
    const text = await (await fetch(url, { headers })).text()
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024)
    const ids = (asObject(JSON.parse(text)).data as { id: string }[]).map((model) => model.id)
    expect(ids).toContain('gpt-4o-mini')
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('an endless huge-body list can be abandoned by the client without harm', async () => {
    const endless = await startTestGateway({ hugeBodyBytes: Infinity })
    try {
      const { url, headers } = target(endless.url, 'huge-body', '/v1/models', 'key')
      const response = await fetch(url, { headers })
      const reader = response.body!.getReader()
      let bytes = 0
      while (bytes < 4 * 1024 * 1024) {
        const { value, done } = await reader.read()
        expect(done).toBe(false)
        bytes += value?.length ?? 0
      }
      await reader.cancel()
      // The gateway still answers after a client walked away mid-body.
      const models = target(endless.url, 'healthy', '/v1/models', 'key')
      expect((await fetch(models.url, { headers: models.headers })).status).toBe(200)
    } finally {
      await endless.close()
    }
  })
})

describe('GET /v1/models/:model', () => {
  it('answers a listed model with its entry', async () => {
    const { url, headers } = target(gateway.url, 'healthy', '/v1/models/gpt-4o', 'path')
    const response = await fetch(url, { headers })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ id: 'gpt-4o', object: 'model' })
  })

  it('answers an unknown model with HTTP 200 and an error body, like one-api', async () => {
    const { url, headers } = target(gateway.url, 'unknown-model', '/v1/models/gpt-4o-mini', 'key')
    const response = await fetch(url, { headers })
    expect(response.status).toBe(200)
    expect(errorOf(await response.json())).toMatchObject({ code: 'model_not_found', param: 'model' })
  })

  it('answers 404 in the OpenAI dialect', async () => {
    const { url, headers } = target(gateway.url, 'healthy-no-balance', '/v1/models/gpt-9', 'key')
    const response = await fetch(url, { headers })
    expect(response.status).toBe(404)
    expect(errorOf(await response.json()).code).toBe('model_not_found')
  })
})

describe('a model the gateway does not list', () => {
  const cases: [ScenarioName, number, RegExp][] = [
    ['healthy', 503, /无可用渠道/],
    ['healthy-one-api', 503, /无可用渠道/],
    ['healthy-no-balance', 404, /does not exist/],
    ['healthy-openrouter', 400, /not a valid model ID/],
  ]
  it.each(cases)('%s answers %i', async (scenario, status, message) => {
    const { url, headers } = target(gateway.url, scenario, '/v1/chat/completions', 'key')
    const request = chatRequest('gpt-4o-minii')
    const response = await fetch(url, { ...request, headers: { ...request.headers, ...headers } })
    expect(response.status).toBe(status)
    expect(errorOf(await response.json()).message).toMatch(message)
  })
})

describe('requests the gateway cannot use', () => {
  it('answers 400 to a body that is not JSON, in the scenario dialect', async () => {
    const { url, headers } = target(gateway.url, 'healthy-no-balance', '/v1/chat/completions', 'path')
    const response = await fetch(url, { method: 'POST', headers, body: '{"model":' })
    expect(response.status).toBe(400)
    expect(errorOf(await response.json()).message).toMatch(/parse the JSON/)
  })

  it('answers 400 to a chat without messages', async () => {
    const { url, headers } = target(gateway.url, 'healthy', '/v1/chat/completions', 'path')
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ model: 'gpt-4o-mini' }) })
    expect(response.status).toBe(400)
  })

  it('answers 404 "Invalid URL" for an unknown path or method', async () => {
    for (const [method, path] of [
      ['GET', '/v1/chat/completions'],
      ['GET', '/v1/v1/models'],
      ['POST', '/v1/models'],
    ] as const) {
      const { url, headers } = target(gateway.url, 'healthy-no-balance', path, 'key')
      const response = await fetch(url, { method, headers })
      expect(response.status).toBe(404)
      expect(errorOf(await response.json()).message).toBe(`Invalid URL (${method} ${path})`)
    }
  })

  it('one-api/new-api serve their console page outside /v1 and /api: a base URL without /v1 gets HTML', async () => {
    for (const scenario of ['healthy', 'healthy-one-api'] as const) {
      const models = target(gateway.url, scenario, '/models', 'path')
      const listed = await fetch(models.url, { headers: models.headers })
      expect(listed.status).toBe(200)
      expect(await listed.text()).toMatch(/^<!DOCTYPE html>/)
      const chat = target(gateway.url, scenario, '/chat/completions', 'key')
      const request = chatRequest('gpt-4o-mini')
      const answer = await fetch(chat.url, { ...request, headers: { ...request.headers, ...chat.headers } })
      expect(answer.status).toBe(200)
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
    }
  })

  it('one-api/new-api answer a doubled /v1 with their relay 404, without a request id', async () => {
    const { url, headers } = target(gateway.url, 'healthy', '/v1/v1/models', 'path')
    const response = await fetch(url, { headers })
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: { message: 'Invalid URL (GET /v1/v1/models)', type: 'invalid_request_error', param: '', code: '' },
    })
  })

  it('answers 413 to a body over 1 MiB', async () => {
    const { url, headers } = target(gateway.url, 'healthy', '/v1/chat/completions', 'path')
    const response = await fetch(url, { method: 'POST', headers, body: 'x'.repeat(1024 * 1024 + 1) })
    expect(response.status).toBe(413)
  })
})

describe('images', () => {
  it('answers a generation with one base64 image', async () => {
    const { url, headers } = target(gateway.url, 'healthy', '/v1/images/generations', 'path')
    const body = JSON.stringify({ model: 'dall-e-3', prompt: 'a cat' })
    const response = await fetch(url, { method: 'POST', headers, body })
    expect(response.status).toBe(200)
    const data = asObject(await response.json()).data as { b64_json: string }[]
    expect(Buffer.from(data[0]!.b64_json, 'base64').subarray(1, 4).toString()).toBe('PNG')
  })

  it('meets the same faults as chat', async () => {
    const { url, headers } = target(gateway.url, 'balance-403', '/v1/images/generations', 'path')
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ prompt: 'a cat' }) })
    expect(response.status).toBe(403)
  })
})

describe('slow', () => {
  it('answers each request after delays.slowMs', async () => {
    const { url, headers } = target(gateway.url, 'slow', '/v1/models', 'path')
    const started = performance.now()
    expect((await fetch(url, { headers })).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(fastDelays.slowMs - 5)
  })
})
