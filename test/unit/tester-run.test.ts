import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runChecks } from '@components/connection-tester/engine/run-checks.ts'
import type {
  CheckId,
  DiagnosisOptions,
  DiagnosisResult,
  FetchLike,
} from '@components/connection-tester/engine/types.ts'
import { gateway } from '@data/gateway.ts'

const key = 'sk-' + 'Zx9'.repeat(16)
const base = 'https://gw.test/v1'

type Answer = Response | 'network' | 'hang'
type Handler = (url: URL, init: RequestInit) => Answer | undefined

/** A body that sends `pieces` `gapMs` apart and errors when the request is aborted, as fetch does. */
function slowBody(pieces: string[], gapMs: number, signal: AbortSignal | null | undefined, end = true): ReadableStream {
  const encoder = new TextEncoder()
  return new ReadableStream({
    async start(controller) {
      signal?.addEventListener('abort', () => controller.error(signal.reason))
      for (const piece of pieces) {
        await new Promise((resolve) => setTimeout(resolve, gapMs))
        if (signal?.aborted) return
        controller.enqueue(encoder.encode(piece))
      }
      if (end) controller.close()
    },
  })
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

const sse = (chunks: unknown[]) =>
  chunks.map((chunk) => `data: ${typeof chunk === 'string' ? chunk : JSON.stringify(chunk)}\n\n`)
const chunk = (content: string | undefined, finish: string | null = null) => ({
  object: 'chat.completion.chunk',
  choices: [{ index: 0, delta: content === undefined ? {} : { content }, finish_reason: finish }],
})
const goodStream = sse([chunk(''), chunk('Hi'), chunk(undefined, 'stop'), '[DONE]'])

/** A new-api gateway that works, unless `override` answers a request first. */
function gatewayFetch(override: Handler = () => undefined) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init })
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal
      if (signal?.aborted) return reject(signal.reason)
      signal?.addEventListener('abort', () => reject(signal.reason))
      const parsed = new URL(url)
      const answer = override(parsed, init) ?? healthy(parsed, init)
      if (answer === 'network') reject(new TypeError('Failed to fetch'))
      else if (answer !== 'hang') resolve(answer)
    })
  }
  return { fetch, calls }
}

function healthy(url: URL, init: RequestInit): Response {
  const path = url.pathname
  if (path === '/v1/models') {
    if (!new Headers(init.headers).get('authorization')) return json({ error: { message: 'no token' } }, 401)
    return json({ object: 'list', data: [{ id: 'gpt-4o-mini' }, { id: 'gpt-4o' }] }, 200, {
      'x-oneapi-request-id': 'rid-1',
    })
  }
  if (path === '/api/usage/token') {
    return json({
      code: true,
      data: { total_granted: 1000, total_used: 250, total_available: 750, unlimited_quota: false, expires_at: 0 },
    })
  }
  if (path === '/v1/chat/completions') {
    const body = JSON.parse(String(init.body)) as { stream?: boolean }
    if (body.stream) {
      return new Response(slowBody(goodStream, 5, init.signal), { headers: { 'content-type': 'text/event-stream' } })
    }
    return json({ id: 'chatcmpl-1', choices: [{ message: { content: 'Hi' }, finish_reason: 'length' }] })
  }
  return json({ error: { message: 'not found' } }, 404)
}

function options(fetch: FetchLike, extra: Partial<DiagnosisOptions> = {}): DiagnosisOptions {
  return { fetch, locale: 'en', gateway, runtime: 'browser', pageProtocol: 'https:', timeoutMs: 1000, ...extra }
}

const statuses = (result: DiagnosisResult) =>
  Object.fromEntries(result.checks.map((check) => [check.id, check.status])) as Record<CheckId, string>
const check = (result: DiagnosisResult, id: CheckId) => result.checks.find((c) => c.id === id)

describe('runChecks on a healthy gateway', () => {
  it('passes every check and reads the balance, models and request id', async () => {
    const { fetch, calls } = gatewayFetch()
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe('ok')
    expect(statuses(result)).toEqual({
      'key-format': 'pass',
      'base-url': 'pass',
      reach: 'pass',
      auth: 'pass',
      models: 'pass',
      balance: 'pass',
      chat: 'pass',
      stream: 'pass',
    })
    expect(result.models).toEqual(['gpt-4o-mini', 'gpt-4o'])
    expect(result.balance).toMatchObject({ dialect: 'new-api', remaining: 750, total: 1000, unit: 'quota' })
    expect(check(result, 'auth')?.requestId).toBe('rid-1')
    expect(check(result, 'chat')?.requestId).toBe('chatcmpl-1')
    expect(check(result, 'stream')?.facts).toMatchObject({ chunks: 3, done: true })
    // Only Authorization and Content-Type ever leave, and the key only in Authorization.
    for (const call of calls) {
      const names = [...new Headers(call.init.headers).keys()]
      expect(names.every((name) => name === 'authorization' || name === 'content-type')).toBe(true)
      expect(call.url).not.toContain(key)
      expect(call.init.cache).toBe('no-store')
      expect(String(call.init.body ?? '')).not.toContain(key)
    }
    expect(JSON.stringify(result)).not.toContain(key)
  })

  it('sends the repaired key and says the paste was repaired', async () => {
    const { fetch, calls } = gatewayFetch()
    const result = await runChecks(
      { baseUrl: `${base}/chat/completions`, apiKey: ` Bearer ${key}\n`, model: '' },
      options(fetch),
    )
    expect(result.verdict).toBe('ok')
    expect(check(result, 'key-format')).toMatchObject({ status: 'warn', cause: 'key_format' })
    expect(check(result, 'base-url')?.status).toBe('warn')
    expect(result.model).toBe(gateway.defaultModel)
    const auth = calls.find((call) => new Headers(call.init.headers).has('authorization'))
    expect(new Headers(auth?.init.headers).get('authorization')).toBe(`Bearer ${key}`)
    expect(calls.every((call) => !call.url.includes('/v1/chat/completions/'))).toBe(true)
  })

  it('runs the requests after the key check in parallel', async () => {
    let open = 0
    let most = 0
    const { fetch } = gatewayFetch()
    const counting: FetchLike = async (url, init) => {
      open += 1
      most = Math.max(most, open)
      try {
        await new Promise((resolve) => setTimeout(resolve, 5))
        return await fetch(url, init)
      } finally {
        open -= 1
      }
    }
    await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(counting))
    expect(most).toBeGreaterThanOrEqual(3)
  })

  it('reports live, check by check', async () => {
    const { fetch } = gatewayFetch()
    const seen: string[] = []
    await runChecks(
      { baseUrl: base, apiKey: key, model: 'gpt-4o-mini' },
      options(fetch, {
        onUpdate: (changed) => seen.push(`${changed.id}:${changed.status}`),
      }),
    )
    expect(seen.indexOf('reach:running')).toBeLessThan(seen.indexOf('reach:pass'))
    expect(seen.indexOf('auth:pass')).toBeLessThan(seen.indexOf('chat:running'))
  })
})

describe('runChecks on failing inputs', () => {
  it('stops before any request when the base URL cannot work', async () => {
    const { fetch, calls } = gatewayFetch()
    const result = await runChecks({ baseUrl: 'http://gw.test/v1', apiKey: key, model: 'm' }, options(fetch))
    expect(calls).toHaveLength(0)
    expect(result.verdict).toBe('base_url')
    expect(result.verdictArticle).toBe('/troubleshooting/base-url#wrong-base-url')
    expect(statuses(result).chat).toBe('skip')
  })

  it('still tests reach when the key is unusable, and skips the rest', async () => {
    const { fetch, calls } = gatewayFetch()
    const result = await runChecks({ baseUrl: base, apiKey: 'sk-...', model: 'm' }, options(fetch))
    expect(result.verdict).toBe('key_format')
    expect(statuses(result)).toMatchObject({ reach: 'pass', auth: 'skip', chat: 'skip' })
    expect(calls).toHaveLength(1)
  })
})

describe('runChecks telling CORS from the network', () => {
  it('calls it CORS when a no-cors request gets an opaque answer', async () => {
    const { fetch, calls } = gatewayFetch((_url, init) =>
      init.mode === 'no-cors' ? new Response(null, { status: 200 }) : 'network',
    )
    const opaque: FetchLike = async (url, init) => {
      const response = await fetch(url, init)
      return init.mode === 'no-cors' ? Object.defineProperty(response, 'type', { value: 'opaque' }) : response
    }
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'm' }, options(opaque))
    expect(result.verdict).toBe('cors')
    expect(check(result, 'reach')?.message).toMatch(/CORS/)
    expect(calls.filter((call) => call.init.mode === 'no-cors')).toHaveLength(1)
    expect(statuses(result)).toMatchObject({ auth: 'skip', balance: 'skip', chat: 'skip', stream: 'skip' })
  })

  it('calls it the network when the no-cors request fails too', async () => {
    const { fetch } = gatewayFetch(() => 'network')
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'm' }, options(fetch))
    expect(result.verdict).toBe('network')
    expect(check(result, 'reach')?.cause).toBe('network')
  })

  it('in Node names the low-level reason and sends no no-cors probe', async () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND gw.test'), { code: 'ENOTFOUND' }),
    })
    const calls: RequestInit[] = []
    const fetch: FetchLike = async (_url, init) => {
      calls.push(init)
      throw error
    }
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'm' }, options(fetch, { runtime: 'node' }))
    expect(result.verdict).toBe('network')
    expect(check(result, 'reach')?.serverMessage).toContain('ENOTFOUND')
    expect(calls.some((init) => init.mode === 'no-cors')).toBe(false)
  })

  it('blames CORS for the request with the key when the plain one got through', async () => {
    const { fetch } = gatewayFetch((url, init) =>
      url.pathname.endsWith('/chat/completions') && new Headers(init.headers).has('authorization')
        ? 'network'
        : undefined,
    )
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe('cors')
    expect(check(result, 'chat')).toMatchObject({ status: 'fail', cause: 'cors' })
  })
})

describe('runChecks reading bodies, not statuses', () => {
  const failingChat = (answer: Response) =>
    gatewayFetch((url) => (url.pathname.endsWith('/chat/completions') ? answer.clone() : undefined))

  it.each([
    [
      'one-api 403 balance',
      json(
        {
          error: {
            message: '用户额度不足 (request id: 2024X)',
            type: 'one_api_error',
            code: 'insufficient_user_quota',
          },
        },
        403,
      ),
      'insufficient_balance',
      '2024X',
    ],
    [
      'OpenAI 429 insufficient_quota',
      json({ error: { message: 'You exceeded your current quota', code: 'insufficient_quota' } }, 429),
      'insufficient_balance',
      undefined,
    ],
    [
      'OpenRouter 402',
      json({ error: { code: 402, message: 'Insufficient credits' } }, 402),
      'insufficient_balance',
      undefined,
    ],
    [
      'plain 429',
      json({ error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } }, 429),
      'rate_limit',
      undefined,
    ],
    ['bare 429', new Response('', { status: 429 }), 'rate_limit', undefined],
    [
      'no channel 503',
      json({ error: { message: '当前分组 default 下对于模型 gpt-4o-mini 无可用渠道', code: 'model_not_found' } }, 503),
      'no_channel',
      undefined,
    ],
    [
      'outage 503',
      json({ error: { message: 'The server is overloaded or not ready yet.', type: 'server_error' } }, 503),
      'upstream_unavailable',
      undefined,
    ],
    [
      'Anthropic 529',
      json({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' }, request_id: 'req_9' }, 529),
      'upstream_unavailable',
      'req_9',
    ],
    [
      'nginx 502 page',
      new Response('<html><head><title>502 Bad Gateway</title></head></html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      }),
      'gateway_error',
      undefined,
    ],
    [
      'nginx 504 page',
      new Response('<html><head><title>504 Gateway Time-out</title></head></html>', {
        status: 504,
        headers: { 'content-type': 'text/html' },
      }),
      'timeout',
      undefined,
    ],
    [
      'OpenRouter error in a 200',
      json({ error: { code: 503, message: 'No endpoints found' } }),
      'upstream_unavailable',
      undefined,
    ],
    [
      'context too long',
      json(
        { error: { message: "This model's maximum context length is 128000 tokens", code: 'context_length_exceeded' } },
        400,
      ),
      'context_length',
      undefined,
    ],
  ] as const)('%s', async (_name, answer, cause, requestId) => {
    const { fetch } = failingChat(answer)
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe(cause)
    expect(check(result, 'chat')).toMatchObject({ status: 'fail', cause, httpStatus: answer.status })
    if (requestId) expect(check(result, 'chat')?.requestId).toBe(requestId)
  })

  it('prefers the error catalogue when it knows the message', async () => {
    const { fetch } = failingChat(json({ error: { message: 'weird words' } }, 400))
    const identifyError = vi.fn(() => ({ entry: { id: 'my-entry', cause: 'content_policy' as const }, score: 9 }))
    const result = await runChecks(
      { baseUrl: base, apiKey: key, model: 'gpt-4o-mini' },
      options(fetch, { identifyError }),
    )
    expect(check(result, 'chat')).toMatchObject({
      cause: 'content_policy',
      errorId: 'my-entry',
      serverMessage: 'weird words',
    })
    expect(identifyError).toHaveBeenCalledWith(expect.objectContaining({ status: 400 }))
  })

  it.each([
    ['401 invalid', json({ error: { message: '无效的令牌' } }, 401), 'invalid_key'],
    ['401 used up', json({ error: { message: '该令牌额度已用尽' } }, 401), 'insufficient_balance'],
    [
      'HTML console page',
      new Response('<!DOCTYPE html><html><title>控制台</title></html>', { headers: { 'content-type': 'text/html' } }),
      'base_url',
    ],
    ['404 wrong path', new Response('404 page not found', { status: 404 }), 'base_url'],
  ] as const)('judges the key from /models: %s', async (_name, answer, cause) => {
    const { fetch } = gatewayFetch((url, init) =>
      url.pathname === '/v1/models' && new Headers(init.headers).has('authorization') ? answer.clone() : undefined,
    )
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe(cause)
    expect(check(result, 'auth')).toMatchObject({ status: 'fail', cause })
    expect(statuses(result)).toMatchObject({ chat: 'skip', stream: 'skip', models: 'skip' })
  })

  it('shows HTML from a gateway as a short text, never as markup to render', async () => {
    const { fetch } = failingChat(json({ error: { message: '<img src=x onerror=alert(1)> bad' } }, 400))
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(check(result, 'chat')?.serverMessage).toBe('<img src=x onerror=alert(1)> bad')
  })
})

describe('runChecks on models', () => {
  it('fails an unlisted model and suggests the closest names', async () => {
    const { fetch } = gatewayFetch((url) =>
      url.pathname.endsWith('/chat/completions')
        ? json({ error: { message: 'model not found', code: 'model_not_found' } }, 404)
        : undefined,
    )
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'GPT-4o-Mini' }, options(fetch))
    expect(result.verdict).toBe('model_not_found')
    expect(check(result, 'models')).toMatchObject({ status: 'fail', cause: 'model_not_found' })
    expect(check(result, 'models')?.facts?.closest).toMatch(/^gpt-4o-mini\b/)
    expect(check(result, 'models')?.message).toContain('gpt-4o-mini')
  })

  it('only warns when an unlisted model still answers', async () => {
    const { fetch } = gatewayFetch()
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'hidden-model' }, options(fetch))
    expect(result.verdict).toBe('ok')
    expect(check(result, 'models')?.status).toBe('warn')
  })
})

describe('runChecks on balances', () => {
  it('fails a used-up new-api key at the balance check', async () => {
    const { fetch } = gatewayFetch((url) =>
      url.pathname === '/api/usage/token'
        ? json({
            code: true,
            data: { total_granted: 500, total_used: 500, total_available: 0, unlimited_quota: false, expires_at: 0 },
          })
        : undefined,
    )
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe('insufficient_balance')
    expect(check(result, 'balance')).toMatchObject({ status: 'fail', cause: 'insufficient_balance' })
  })

  it('detects one-api billing endpoints and an unlimited key', async () => {
    const { fetch } = gatewayFetch((url) => {
      if (url.pathname === '/v1/dashboard/billing/subscription')
        return json({ hard_limit_usd: 100000000, access_until: 0 })
      if (url.pathname === '/v1/dashboard/billing/usage') return json({ total_usage: 1234 })
      return url.pathname === '/api/usage/token' ? new Response('404 page not found', { status: 404 }) : undefined
    })
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.balance).toMatchObject({ dialect: 'one-api', unlimited: true, used: 12.34 })
    expect(check(result, 'balance')?.status).toBe('pass')
  })

  it('computes one-api remaining as the limit minus usage in cents', async () => {
    const { fetch } = gatewayFetch((url) => {
      if (url.pathname === '/v1/dashboard/billing/subscription') return json({ hard_limit_usd: 25, access_until: 0 })
      if (url.pathname === '/v1/dashboard/billing/usage') return json({ total_usage: 750 })
      return undefined
    })
    const result = await runChecks(
      { baseUrl: base, apiKey: key, model: 'gpt-4o-mini' },
      options(fetch, { gateway: { ...gateway, balanceApi: 'one-api' } }),
    )
    expect(result.balance).toMatchObject({ dialect: 'one-api', total: 25, remaining: 17.5 })
    expect(check(result, 'balance')?.message).toBe('$17.5 left of $25.')
  })

  it('reads OpenRouter /api/v1/key next to an /api/v1 base URL', async () => {
    const seen: string[] = []
    const { fetch } = gatewayFetch((url) => {
      seen.push(url.pathname)
      if (url.pathname === '/api/v1/key') return json({ data: { limit: null, limit_remaining: null, usage: 3 } })
      if (url.pathname.startsWith('/api/v1/'))
        return healthy(new URL(url.href.replace('/api/v1/', '/v1/')), { headers: { authorization: 'x' } })
      return undefined
    })
    const result = await runChecks(
      { baseUrl: 'https://gw.test/api/v1', apiKey: key, model: 'gpt-4o-mini' },
      options(fetch),
    )
    expect(result.balance).toMatchObject({ dialect: 'openrouter', unlimited: true })
    expect(seen).toContain('/api/v1/key')
  })

  it('skips, never fails, when no balance endpoint answers (one-api 200 with an error body included)', async () => {
    const { fetch } = gatewayFetch((url) => {
      if (url.pathname.includes('/dashboard/billing/'))
        return json({ error: { message: 'record not found', type: 'upstream_error' } })
      return url.pathname === '/api/usage/token' || url.pathname === '/api/v1/key'
        ? new Response('', { status: 404 })
        : undefined
    })
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe('ok')
    expect(check(result, 'balance')).toMatchObject({ status: 'skip' })
    expect(check(result, 'balance')?.message).toContain(gateway.console.usage)
  })

  it('sends no balance request to the configured gateway when it has no balance API', async () => {
    const { fetch, calls } = gatewayFetch()
    const result = await runChecks(
      { baseUrl: 'https://api.example.com/v1', apiKey: key, model: 'gpt-4o-mini' },
      options(fetch, { gateway: { ...gateway, balanceApi: 'none' } }),
    )
    expect(check(result, 'balance')?.status).toBe('skip')
    expect(calls.some((call) => call.url.includes('usage') || call.url.includes('billing'))).toBe(false)
  })

  it('tells an expired key from a wrong one', async () => {
    const past = Math.floor(Date.now() / 1000) - 86400
    const { fetch } = gatewayFetch((url, init) => {
      if (url.pathname === '/api/usage/token')
        return json({
          code: true,
          data: { total_granted: 10, total_used: 1, total_available: 9, unlimited_quota: false, expires_at: past },
        })
      if (url.pathname === '/v1/models' && new Headers(init.headers).has('authorization'))
        return json({ error: { message: '该令牌已过期' } }, 401)
      return undefined
    })
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe('invalid_key')
    expect(check(result, 'balance')).toMatchObject({ status: 'fail', cause: 'invalid_key' })
    expect(check(result, 'balance')?.message).toMatch(/expired/)
  })
})

describe('runChecks on streams', () => {
  const streamAnswer = (pieces: string[], gapMs: number, headers: Record<string, string> = {}, end = true) =>
    gatewayFetch((url, init) =>
      url.pathname.endsWith('/chat/completions') && String(init.body).includes('"stream":true')
        ? new Response(slowBody(pieces, gapMs, init.signal, end), {
            headers: { 'content-type': 'text/event-stream', ...headers },
          })
        : undefined,
    )

  it('fails a stream cut short', async () => {
    const { fetch } = streamAnswer(sse([chunk(''), chunk('Hel')]), 2)
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe('stream_interrupted')
    expect(check(result, 'stream')).toMatchObject({ status: 'fail', facts: { chunks: 2, done: false } })
  })

  it('fails on an error event inside a 200 stream and shows its message', async () => {
    const errorChunk = { ...chunk('', 'error'), error: { code: 502, message: 'Provider returned error' } }
    const { fetch } = streamAnswer([': OPENROUTER PROCESSING\n\n', ...sse([chunk('Hi'), errorChunk])], 2)
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(check(result, 'stream')).toMatchObject({
      status: 'fail',
      cause: 'stream_interrupted',
      serverMessage: 'Provider returned error',
      httpStatus: 200,
    })
  })

  it('warns when a stream ends without [DONE]', async () => {
    const { fetch } = streamAnswer(sse([chunk('Hi'), chunk(undefined, 'stop')]), 2)
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe('ok')
    expect(check(result, 'stream')?.status).toBe('warn')
  })

  const fiveEvents = sse([chunk(''), chunk('Hel'), chunk('lo'), chunk('!'), chunk(undefined, 'stop'), '[DONE]'])
  const streamsSent = (calls: { init: RequestInit }[]) =>
    calls.filter((call) => String(call.init.body).includes('"stream":true')).length

  it('warns when a proxy delivers the whole stream at once after a pause, every time it is asked', async () => {
    const { fetch, calls } = streamAnswer([fiveEvents.join('')], 200)
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(result.verdict).toBe('ok')
    expect(check(result, 'stream')).toMatchObject({ status: 'warn' })
    expect(check(result, 'stream')?.message).toMatch(/at once/)
    expect(streamsSent(calls)).toBe(2)
  })

  // A hiccup the reader cannot see (the browser's network process starved on a loaded machine)
  // hands it one healthy stream whole; a proxy would hold the next one too.
  it('reads a stream that came whole once more, and passes the path when that one comes paced', async () => {
    let streams = 0
    const { fetch, calls } = gatewayFetch((url, init) => {
      if (!url.pathname.endsWith('/chat/completions') || !String(init.body).includes('"stream":true')) return undefined
      streams += 1
      const body =
        streams === 1 ? slowBody([fiveEvents.join('')], 200, init.signal) : slowBody(fiveEvents, 5, init.signal)
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } })
    })
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(streamsSent(calls)).toBe(2)
    expect(check(result, 'stream')).toMatchObject({ status: 'pass', facts: { chunks: 5, done: true } })
  })

  // The second read only confirms the first; cancelling it must not leave the first one's suspicion as
  // the verdict: the run is cancelled, and the stream check with it.
  it('reports a stream whose confirming read was cancelled as cancelled, not buffered', async () => {
    const controller = new AbortController()
    let streams = 0
    const { fetch } = gatewayFetch((url, init) => {
      if (!url.pathname.endsWith('/chat/completions') || !String(init.body).includes('"stream":true')) return undefined
      streams += 1
      if (streams === 1) {
        return new Response(slowBody([fiveEvents.join('')], 200, init.signal), {
          headers: { 'content-type': 'text/event-stream' },
        })
      }
      setTimeout(() => controller.abort(), 20)
      return 'hang'
    })
    const result = await runChecks(
      { baseUrl: base, apiKey: key, model: 'gpt-4o-mini' },
      options(fetch, { signal: controller.signal }),
    )
    expect(streams).toBe(2)
    expect(result.cancelled).toBe(true)
    expect(check(result, 'stream')).toMatchObject({ status: 'skip', message: 'Cancelled.' })
  })

  it('reads a paced stream once', async () => {
    const { fetch, calls } = streamAnswer(fiveEvents, 5)
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(check(result, 'stream')?.status).toBe('pass')
    expect(streamsSent(calls)).toBe(1)
  })

  it('does not mistake a one-token stream arriving in one read for buffering', async () => {
    const whole = sse([chunk(''), chunk('Hi'), chunk(undefined, 'length'), '[DONE]']).join('')
    const { fetch } = streamAnswer([whole], 200)
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(check(result, 'stream')).toMatchObject({ status: 'pass', facts: { chunks: 3, done: true } })
  })

  it('warns when the gateway ignores stream: true', async () => {
    const { fetch } = gatewayFetch((url, init) =>
      String(init.body).includes('"stream":true') ? json({ choices: [{ message: { content: 'Hi' } }] }) : undefined,
    )
    const result = await runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch))
    expect(check(result, 'stream')?.status).toBe('warn')
  })
})

describe('runChecks limits: timeouts, cancellation, body cap', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('times out a request that never answers and times it with the clock', async () => {
    const { fetch } = gatewayFetch((url) => (url.pathname.endsWith('/chat/completions') ? 'hang' : undefined))
    const running = runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch, { timeoutMs: 3000 }))
    await vi.advanceTimersByTimeAsync(3000)
    const result = await running
    expect(result.verdict).toBe('timeout')
    expect(check(result, 'chat')).toMatchObject({ status: 'fail', cause: 'timeout', durationMs: 3000 })
    expect(check(result, 'chat')?.message).toContain('3 s')
    expect(result.durationMs).toBe(3000)
  })

  it('times out a body that drips forever', async () => {
    const { fetch } = gatewayFetch((url, init) =>
      url.pathname === '/v1/models' && new Headers(init.headers).has('authorization')
        ? new Response(
            slowBody(
              Array.from({ length: 1000 }, () => ' '),
              100,
              init.signal,
              false,
            ),
          )
        : undefined,
    )
    const running = runChecks({ baseUrl: base, apiKey: key, model: 'gpt-4o-mini' }, options(fetch, { timeoutMs: 2000 }))
    await vi.advanceTimersByTimeAsync(2000)
    const result = await running
    expect(check(result, 'auth')).toMatchObject({ status: 'fail', cause: 'timeout' })
  })

  it('cancels every request and reports the run as cancelled, not failed', async () => {
    const controller = new AbortController()
    const { fetch } = gatewayFetch((url) => (url.pathname.endsWith('/chat/completions') ? 'hang' : undefined))
    const running = runChecks(
      { baseUrl: base, apiKey: key, model: 'gpt-4o-mini' },
      options(fetch, { signal: controller.signal, timeoutMs: 60_000 }),
    )
    await vi.advanceTimersByTimeAsync(100)
    controller.abort()
    const result = await running
    expect(result.cancelled).toBe(true)
    expect(result.verdict).toBeNull()
    expect(statuses(result)).toMatchObject({ chat: 'skip', stream: 'skip', auth: 'pass' })
    expect(check(result, 'chat')?.message).toBe('Cancelled.')
  })

  it('reads a huge body only up to the cap and still uses the list it got', async () => {
    const entry = JSON.stringify({ id: 'model-x', object: 'model' })
    const head = `{"object":"list","data":[{"id":"gpt-4o-mini"},`
    const { fetch } = gatewayFetch((url, init) => {
      if (url.pathname !== '/v1/models' || !new Headers(init.headers).has('authorization')) return undefined
      let sent = 0
      const body = new ReadableStream({
        pull(controller) {
          sent += 1
          controller.enqueue(new TextEncoder().encode(sent === 1 ? head : `${entry},`.repeat(200)))
        },
      })
      return new Response(body)
    })
    const running = runChecks(
      { baseUrl: base, apiKey: key, model: 'gpt-4o-mini' },
      options(fetch, { bodyCapBytes: 64 * 1024 }),
    )
    await vi.advanceTimersByTimeAsync(1000)
    const result = await running
    expect(result.verdict).toBe('ok')
    expect(check(result, 'auth')?.status).toBe('pass')
    expect(check(result, 'models')).toMatchObject({ status: 'warn' })
    expect(check(result, 'models')?.message).toContain('64 KB')
  })

  it('stops reading an endless stream at the cap', async () => {
    const { fetch } = gatewayFetch((url, init) => {
      if (!String(init.body).includes('"stream":true')) return undefined
      const body = new ReadableStream({
        pull(controller) {
          controller.enqueue(
            new TextEncoder().encode(
              sse([chunk('x')])
                .join('')
                .repeat(100),
            ),
          )
        },
      })
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } })
    })
    const result = await runChecks(
      { baseUrl: base, apiKey: key, model: 'gpt-4o-mini' },
      options(fetch, { bodyCapBytes: 32 * 1024 }),
    )
    expect(check(result, 'stream')).toMatchObject({ status: 'fail', cause: 'stream_interrupted' })
    expect(check(result, 'stream')?.message).toMatch(/never ended/)
  })
})

describe('runChecks in Chinese', () => {
  it('explains in the language of the run', async () => {
    const { fetch } = gatewayFetch()
    const result = await runChecks(
      { baseUrl: base, apiKey: key, model: 'gpt-4o-mini' },
      { ...options(fetch), locale: 'zh' },
    )
    expect(check(result, 'chat')?.message).toMatch(/对话请求成功/)
  })
})
