import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runChecks } from '@components/connection-tester/engine/run-checks.ts'
import { checkIdsFor } from '@components/connection-tester/engine/protocol-plan.ts'
import { gateway as config } from '@data/gateway.ts'
import { protocolIds, type Protocol } from '@data/protocols.ts'
import { protocolFaultNames, protocolFaults, type ProtocolFault } from '../gateway/protocol-scenarios.ts'
import { startTestGateway, type TestGateway } from '../gateway/server.ts'
import { fastDelays } from '../gateway/testing.ts'

const key = 'sk-protoKey0123456789abcdefABCDEF'
let gateway: TestGateway

beforeAll(async () => {
  gateway = await startTestGateway({ delays: fastDelays })
})
afterAll(async () => {
  await gateway?.close()
})

const modelFor: Record<Protocol, string> = {
  'openai-chat': 'gpt-4o-mini',
  'openai-responses': 'gpt-4.1-mini',
  'anthropic-messages': 'claude-3-5-haiku-20241022',
  gemini: 'gemini-2.0-flash',
  embeddings: 'text-embedding-3-small',
}

function diagnose(path: string, protocol: Protocol, model = modelFor[protocol]) {
  return runChecks(
    { baseUrl: `${gateway.url}/${path}/v1`, apiKey: key, model, protocol },
    { fetch: (url, init) => fetch(url, init), locale: 'en', gateway: config, runtime: 'node', timeoutMs: 5000 },
  )
}

const statusOf = (result: Awaited<ReturnType<typeof diagnose>>) =>
  Object.fromEntries(result.checks.map((check) => [check.id, check.status]))

describe('each protocol against a healthy gateway', () => {
  it.each(protocolIds.map((protocol) => [protocol]))('%s passes every check of its own', async (protocol) => {
    const result = await diagnose('healthy', protocol)
    expect(result.verdict).toBe('ok')
    expect(result.protocol).toBe(protocol)
    expect(result.checks.map((check) => check.id)).toEqual(checkIdsFor(protocol))
    expect(Object.values(statusOf(result)).every((status) => status === 'pass')).toBe(true)
  })

  it('sends each protocol’s key header and version, never the key in a URL', async () => {
    const before = gateway.requests.length
    await diagnose('healthy', 'anthropic-messages')
    await diagnose('healthy', 'gemini')
    const sent = gateway.requests.slice(before).filter((request) => request.method === 'POST')
    const messages = sent.filter((request) => request.path.endsWith('/v1/messages'))
    // Both ways Claude Code sends a key: x-api-key (ANTHROPIC_API_KEY) and Bearer (ANTHROPIC_AUTH_TOKEN).
    expect(messages.some((request) => request.headers['x-api-key'] === '[redacted]')).toBe(true)
    expect(messages.some((request) => request.headers.authorization === 'Bearer [redacted]')).toBe(true)
    expect(messages.every((request) => request.headers['anthropic-version'] === '2023-06-01')).toBe(true)
    expect(sent.some((request) => request.path.endsWith('/v1/messages/count_tokens'))).toBe(true)
    const gemini = sent.filter((request) => request.path.includes('/v1beta/models/gemini-2.0-flash:'))
    expect(gemini.map((request) => request.path.split(':')[1])).toEqual(
      expect.arrayContaining(['generateContent', 'streamGenerateContent?alt=sse']),
    )
    expect(gemini.every((request) => request.headers['x-goog-api-key'] === '[redacted]')).toBe(true)
    expect(sent.every((request) => !request.path.includes(key.slice(3)))).toBe(true)
  })

  it('passes a reasoning model whose small Responses budget ends in response.incomplete', async () => {
    const result = await diagnose('healthy', 'openai-responses', 'o3-mini')
    expect(result.verdict).toBe('ok')
    const stream = result.checks.find((check) => check.id === 'responses-stream')
    expect(stream?.status).toBe('pass')
    expect(stream?.message).toContain('response.incomplete')
    expect(stream?.facts?.eventTypes).toContain('response.incomplete')
  })

  it('gives curl commands with the protocol’s headers and the key as $API_KEY', async () => {
    const result = await diagnose('healthy', 'anthropic-messages')
    const curl = result.checks.find((check) => check.id === 'count-tokens')?.curl ?? ''
    expect(curl).toContain('"x-api-key: $API_KEY"')
    expect(curl).toContain('"anthropic-version: 2023-06-01"')
    expect(curl).toContain('/v1/messages/count_tokens')
    expect(JSON.stringify(result)).not.toContain(key.slice(3))
  })
})

describe('each protocol fault names its layer', () => {
  it.each(protocolFaultNames.map((name) => [name] as [ProtocolFault]))('%s', async (fault) => {
    const info = protocolFaults[fault]
    const result = await diagnose(fault, info.protocol, info.model)
    expect(result.verdict).toBe(info.expect.verdict)
    const statuses = statusOf(result)
    if (info.expect.check) {
      const check = result.checks.find((item) => item.id === info.expect.check)
      expect(check?.status).toBe(info.expect.verdict === 'ok' ? 'warn' : 'fail')
      if (info.expect.verdict !== 'ok') expect(check?.cause).toBe(info.expect.verdict)
    }
    expect(Object.values(statuses).filter((status) => status === 'pending' || status === 'running')).toEqual([])
  })

  it('says Codex’s own words when the Responses stream never completes', async () => {
    const result = await diagnose('responses-no-completed', 'openai-responses')
    const stream = result.checks.find((check) => check.id === 'responses-stream')
    expect(stream?.message).toContain('stream closed before response.completed')
    expect(stream?.facts?.eventTypes).toContain('response.output_text.delta')
  })

  it('names the missing count_tokens route, not a wrong base URL', async () => {
    const result = await diagnose('count-tokens-404', 'anthropic-messages')
    const check = result.checks.find((item) => item.id === 'count-tokens')
    expect(check?.httpStatus).toBe(404)
    expect(check?.message).toContain('/v1/messages/count_tokens')
    expect(statusOf(result).messages).toBe('pass')
  })

  it('tells which Claude Code variable works when x-api-key is ignored', async () => {
    const result = await diagnose('x-api-key-ignored', 'anthropic-messages')
    expect(result.checks.find((check) => check.id === 'messages')?.message).toContain('Only ANTHROPIC_AUTH_TOKEN works')
    // The stream and count_tokens then go as Claude Code set up with ANTHROPIC_AUTH_TOKEN would.
    expect(statusOf(result)['messages-stream']).toBe('pass')
    expect(statusOf(result)['count-tokens']).toBe('pass')
  })

  it('retries a reasoning model once with max_completion_tokens and passes its empty answer', async () => {
    const before = gateway.requests.length
    const result = await diagnose('reasoning-model', 'openai-chat', 'o3-mini')
    const chats = gateway.requests
      .slice(before)
      .filter((request) => request.path.endsWith('/chat/completions'))
      .map((request) => Object.keys(request.body as object).filter((name) => name.startsWith('max_')))
    expect(chats.filter((names) => names.includes('max_tokens'))).toHaveLength(2)
    expect(chats.filter((names) => names.includes('max_completion_tokens'))).toHaveLength(2)
    const chat = result.checks.find((check) => check.id === 'chat')
    expect(chat?.status).toBe('pass')
    expect(chat?.facts?.tokenParam).toBe('max_completion_tokens')
    expect(chat?.message).toContain('max_completion_tokens')
    expect(chat?.curl).toContain('max_completion_tokens')
    expect(statusOf(result).stream).toBe('pass')
  })

  it('retries nothing but a refusal of max_tokens', async () => {
    const before = gateway.requests.length
    const result = await diagnose('healthy', 'openai-chat', 'no-such-model')
    const chats = gateway.requests.slice(before).filter((request) => request.path.endsWith('/chat/completions'))
    expect(chats).toHaveLength(2)
    expect(result.verdict).not.toBe('ok')
  })
})
