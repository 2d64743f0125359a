import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scenarioNames, scenarios, testKeyFor, type ScenarioName } from '../gateway/scenarios.ts'
import { startTestGateway, type TestGateway } from '../gateway/server.ts'
import { asObject, chatRequest, errorOf, fastDelays, plainKey, target } from '../gateway/testing.ts'

let gateway: TestGateway
beforeAll(async () => {
  gateway = await startTestGateway({ delays: fastDelays })
})
afterAll(async () => {
  await gateway.close()
})

async function getJson(scenario: ScenarioName, path: string): Promise<{ status: number; body: unknown }> {
  const { url, headers } = target(gateway.url, scenario, path, 'path')
  const response = await fetch(url, { headers })
  return { status: response.status, body: await response.json() }
}

/** Remaining USD by the one-api rule: hard_limit_usd is the total, total_usage is in cents. */
async function billingRemaining(scenario: ScenarioName): Promise<number> {
  const subscription = asObject((await getJson(scenario, '/v1/dashboard/billing/subscription')).body)
  const usage = asObject((await getJson(scenario, '/v1/dashboard/billing/usage')).body)
  return Number(subscription.hard_limit_usd) - Number(usage.total_usage) / 100
}

const tokenUsage = async (scenario: ScenarioName) =>
  asObject(asObject((await getJson(scenario, '/api/usage/token')).body).data)

describe('balance endpoints exist only where the gateway software has them', () => {
  const routes = {
    'new-api': ['/api/usage/token', '/v1/dashboard/billing/subscription', '/v1/dashboard/billing/usage'],
    'one-api': ['/v1/dashboard/billing/subscription', '/v1/dashboard/billing/usage'],
    openrouter: ['/api/v1/key'],
    none: [],
  }
  const allRoutes = [
    '/api/usage/token',
    '/v1/dashboard/billing/subscription',
    '/v1/dashboard/billing/usage',
    '/api/v1/key',
  ]
  const readable = scenarioNames.filter(
    (name) => !['invalid-key', 'expired-key', 'disabled-key', 'exhausted-key', 'html'].includes(name),
  )
  it.each(readable)('%s', async (scenario) => {
    const present: readonly string[] = routes[scenarios[scenario].balance]
    for (const path of allRoutes) {
      const { status } = await getJson(scenario, path)
      expect([path, status]).toEqual([path, present.includes(path) ? 200 : 404])
    }
  })
})

describe('balance values', () => {
  it('new-api: usage/token and billing agree on $17.50 left of $25', async () => {
    expect(await billingRemaining('healthy')).toBeCloseTo(17.5)
    const usage = await tokenUsage('healthy')
    expect(usage).toMatchObject({ object: 'token_usage', unlimited_quota: false })
    expect(Number(usage.total_granted)).toBe(Number(usage.total_used) + Number(usage.total_available))
    // 500000 quota points are one dollar.
    expect(Number(usage.total_available) / 500_000).toBeCloseTo(17.5)
  })

  it('one-api: an unlimited key has hard_limit_usd 100000000', async () => {
    const subscription = asObject((await getJson('healthy-one-api', '/v1/dashboard/billing/subscription')).body)
    expect(subscription).toMatchObject({ object: 'billing_subscription', hard_limit_usd: 100_000_000 })
    const usage = asObject((await getJson('healthy-one-api', '/v1/dashboard/billing/usage')).body)
    expect(usage.total_usage).toBe(1234)
  })

  it('one-api also answers the billing routes without /v1', async () => {
    expect((await getJson('healthy-one-api', '/dashboard/billing/subscription')).status).toBe(200)
  })

  it('OpenRouter: /api/v1/key shows limit, usage and what remains', async () => {
    const key = asObject(asObject((await getJson('healthy-openrouter', '/api/v1/key')).body).data)
    expect(key).toMatchObject({ limit: 25, usage: 7.5, limit_remaining: 17.5, is_free_tier: false })
    expect(String(key.label)).not.toContain(plainKey)
  })

  it('balance-402 shows nothing left on /api/v1/key', async () => {
    const key = asObject(asObject((await getJson('balance-402', '/api/v1/key')).body).data)
    expect(key.limit_remaining).toBe(0)
  })

  it('balance-403 shows nothing left by either new-api route', async () => {
    expect(await billingRemaining('balance-403')).toBe(0)
    expect((await tokenUsage('balance-403')).total_available).toBe(0)
  })

  it('exhausted-key: usage/token still answers, with 0 available, while the API refuses the key', async () => {
    expect(await tokenUsage('exhausted-key')).toMatchObject({ total_available: 0, unlimited_quota: false })
    expect((await getJson('exhausted-key', '/v1/dashboard/billing/subscription')).status).toBe(401)
  })

  it('expired-key: usage/token still answers, with expires_at in the past', async () => {
    const usage = await tokenUsage('expired-key')
    expect(Number(usage.expires_at)).toBeGreaterThan(0)
    expect(Number(usage.expires_at)).toBeLessThan(Date.now() / 1000)
  })

  it('invalid-key: usage/token answers HTTP 200 with success: false, in new-api console shape', async () => {
    expect(await getJson('invalid-key', '/api/usage/token')).toEqual({
      status: 200,
      body: { success: false, message: 'record not found' },
    })
  })

  it('disabled-key: usage/token still reads the key', async () => {
    expect(await tokenUsage('disabled-key')).toMatchObject({ object: 'token_usage' })
  })

  it('usage/token without a key answers 401', async () => {
    const response = await fetch(`${gateway.url}/healthy/api/usage/token`)
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ success: false, message: 'No Authorization header' })
  })

  it('billing-200-error: billing answers HTTP 200 with an {error} body', async () => {
    for (const path of ['/v1/dashboard/billing/subscription', '/v1/dashboard/billing/usage']) {
      const { status, body } = await getJson('billing-200-error', path)
      expect(status).toBe(200)
      expect(errorOf(body).message).toBeTypeOf('string')
    }
  })
})

describe('keys', () => {
  const models = (headers: Record<string, string>, path = '/v1/models') => fetch(`${gateway.url}${path}`, { headers })

  it('refuses a request without a key: "未提供令牌"', async () => {
    const response = await models({})
    expect(response.status).toBe(401)
    expect(errorOf(await response.json()).message).toMatch(/^未提供令牌/)
  })

  it.each([
    ['a key that is not a test key', 'Bearer sk-live-0123456789abcdef'],
    ['a key with a space inside', `Bearer ${testKeyFor('healthy').replace('-0', ' 0')}`],
    ['a key with quotes', `Bearer "${testKeyFor('healthy')}"`],
    ['no Bearer scheme', testKeyFor('healthy')],
    ['a doubled Bearer', `Bearer Bearer ${testKeyFor('healthy')}`],
  ])('refuses %s: 401 "无效的令牌"', async (_name, authorization) => {
    const response = await models({ Authorization: authorization })
    expect(response.status).toBe(401)
    expect(errorOf(await response.json()).message).toMatch(/^无效的令牌/)
  })

  it('refuses a malformed key in the scenario dialect when the path chose it', async () => {
    const response = await fetch(`${gateway.url}/healthy-openrouter/v1/models`, {
      headers: { Authorization: 'Bearer sk-0123 456789' },
    })
    expect(response.status).toBe(401)
    expect(errorOf(await response.json())).toEqual({ code: 401, message: 'User not found.' })
  })

  it('gives a test key that names no scenario the healthy gateway', async () => {
    const response = await models({ Authorization: 'Bearer sk-test-mine-42' })
    expect(response.status).toBe(200)
    expect(gateway.requests.at(-1)?.scenario).toBe('healthy')
  })

  it('picks the longest scenario name a key starts with', async () => {
    await models({ Authorization: `Bearer ${testKeyFor('healthy-one-api')}` })
    expect(gateway.requests.at(-1)?.scenario).toBe('healthy-one-api')
  })

  it('lets the path win over the key', async () => {
    const response = await fetch(`${gateway.url}/invalid-key/v1/models`, {
      headers: { Authorization: `Bearer ${testKeyFor('healthy')}` },
    })
    expect(response.status).toBe(401)
  })

  it('serves the OpenRouter layout /api/v1/… too', async () => {
    const { url, headers } = target(gateway.url, 'healthy-openrouter', '/api/v1/models', 'path')
    expect((await fetch(url, { headers })).status).toBe(200)
  })
})

describe('CORS', () => {
  const origin = 'https://help.example.com'
  const preflight = (scenario: ScenarioName, path = '/v1/chat/completions') =>
    fetch(`${gateway.url}/${scenario}${path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    })
  const chat = async (scenario: ScenarioName) => {
    const request = chatRequest(scenarios[scenario].model)
    const { url, headers } = target(gateway.url, scenario, '/v1/chat/completions', 'path')
    return fetch(url, { ...request, headers: { ...request.headers, ...headers, Origin: origin } })
  }

  it("by default allows any origin and names Authorization, Content-Type and the agents' key headers", async () => {
    const response = await preflight('healthy')
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, x-api-key, anthropic-version, x-goog-api-key',
    )
    expect(response.headers.get('access-control-allow-methods')).toContain('POST')
    const answer = await chat('healthy')
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
    expect(answer.headers.get('access-control-expose-headers')).toContain('Retry-After')
  })

  it('answers a preflight before checking any key, even for an unknown path', async () => {
    const response = await fetch(`${gateway.url}/v1/anything`, { method: 'OPTIONS', headers: { Origin: origin } })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('keeps CORS headers on errors', async () => {
    const answer = await chat('balance-403')
    expect(answer.status).toBe(403)
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('no-cors sends no CORS header, on the preflight or the answer', async () => {
    const response = await preflight('no-cors')
    expect(response.status).toBe(204)
    const answer = await chat('no-cors')
    expect(answer.status).toBe(200)
    for (const headers of [response.headers, answer.headers]) {
      expect([...headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([])
    }
  })

  it('cors-wildcard answers the preflight with Allow-Headers: * only, like gin-contrib/cors', async () => {
    const response = await preflight('cors-wildcard')
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-headers')).toBe('*')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('ratelimit-before-cors: the preflight passes, the 429 carries no CORS header', async () => {
    expect((await preflight('ratelimit-before-cors')).headers.get('access-control-allow-origin')).toBe('*')
    const answer = await chat('ratelimit-before-cors')
    expect(answer.status).toBe(429)
    expect(answer.headers.get('access-control-allow-origin')).toBeNull()
    const { url, headers } = target(gateway.url, 'ratelimit-before-cors', '/v1/models', 'path')
    expect((await fetch(url, { headers })).headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('recorded requests', () => {
  it('keep method, path, scenario, headers and body, never the key', async () => {
    const key = testKeyFor('healthy')
    const request = chatRequest('gpt-4o-mini')
    await fetch(`${gateway.url}/v1/chat/completions?trace=1`, {
      ...request,
      headers: { ...request.headers, Authorization: `Bearer ${key}`, 'x-api-key': key },
    })
    const recorded = gateway.requests.at(-1)
    expect(recorded).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions?trace=1',
      scenario: 'healthy',
      via: 'key',
      body: { model: 'gpt-4o-mini' },
    })
    expect(recorded?.headers.authorization).toBe('Bearer [redacted]')
    expect(JSON.stringify(gateway.requests)).not.toContain(key)
    expect(JSON.stringify(gateway.requests)).not.toContain(plainKey)
  })
})

describe('closing', () => {
  it('ends hung and streaming answers instead of waiting for them', async () => {
    const own = await startTestGateway({ delays: { streamChunkMs: 60_000 } })
    let closed = false
    try {
      const request = chatRequest('gpt-4o-mini')
      const hung = target(own.url, 'hang', '/v1/chat/completions', 'key')
      const stream = target(own.url, 'healthy', '/v1/chat/completions', 'key')
      const pendingHang = fetch(hung.url, { ...request, headers: { ...request.headers, ...hung.headers } })
      pendingHang.catch(() => undefined)
      const streaming = await fetch(stream.url, {
        ...chatRequest('gpt-4o-mini', { stream: true }),
        headers: { 'Content-Type': 'application/json', ...stream.headers },
      })
      for (let attempt = 0; attempt < 100 && own.requests.length < 2; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      expect(own.requests.map((recorded) => recorded.scenario).sort()).toEqual(['hang', 'healthy'])
      const started = performance.now()
      await own.close()
      closed = true
      expect(performance.now() - started).toBeLessThan(1000)
      await expect(pendingHang).rejects.toThrow()
      await expect(streaming.text()).rejects.toThrow()
    } finally {
      if (!closed) await own.close()
    }
  })

  it('reports each answer to onAnswered, and can keep no records', async () => {
    const answered: string[] = []
    const own = await startTestGateway({
      recordRequests: false,
      onAnswered: (request, status) => answered.push(`${request.method} ${request.scenario} ${status}`),
    })
    try {
      const models = target(own.url, 'invalid-key', '/v1/models', 'path')
      await (await fetch(models.url, { headers: models.headers })).text()
      await fetch(`${own.url}/v1/models`, { method: 'OPTIONS' })
      for (let attempt = 0; attempt < 100 && answered.length < 2; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      expect(answered).toEqual(['GET invalid-key 401', 'OPTIONS null 204'])
      expect(own.requests).toEqual([])
    } finally {
      await own.close()
    }
  })

  it('listens on 127.0.0.1 by default', async () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })
})
