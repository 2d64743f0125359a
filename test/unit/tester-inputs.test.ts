import { describe, expect, it } from 'vitest'
import { analyzeBaseUrl } from '@components/connection-tester/engine/base-url.ts'
import { analyzeKey, maskKey } from '@components/connection-tester/engine/key-format.ts'
import { curlCommand } from '@components/connection-tester/engine/curl.ts'
import { closestNames } from '@components/connection-tester/engine/closest-names.ts'
import { gateway } from '@data/gateway.ts'

const good = 'sk-' + 'a1B2c3D4e5F6g7H8i9J0'.repeat(2) + 'abcdefgh'

describe('analyzeKey', () => {
  it('passes a clean key', () => {
    expect(analyzeKey(good, 'sk-')).toEqual({ key: good, status: 'pass', problems: [] })
  })
  it.each([
    [` ${good}\n`, 'whitespace'],
    [`"${good}"`, 'quotes'],
    [`Bearer ${good}`, 'bearer'],
    [`Authorization: Bearer ${good}`, 'bearer'],
    [`${good}\u200B`, 'invisible'],
    [good.replace('a1B2', 'ａ1Ｂ2'), 'fullwidth'],
    [`\u201C${good}\u201D`, 'quotes'],
  ] as const)('repairs %j as a warning (%s)', (raw, problem) => {
    const analysis = analyzeKey(raw, 'sk-')
    expect(analysis.status).toBe('warn')
    expect(analysis.problems).toContain(problem)
    expect(analysis.key).toBe(good)
  })
  it('peels quotes and Bearer in any nesting', () => {
    expect(analyzeKey(` "Bearer ${good}" `, 'sk-').key).toBe(good)
  })
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['sk-...', 'placeholder'],
    ['YOUR_API_KEY', 'placeholder'],
    [`${good.slice(0, 20)} ${good.slice(20)}`, 'inner-space'],
    [`${good}密钥`, 'non-ascii'],
  ] as const)('fails %j (%s)', (raw, problem) => {
    const analysis = analyzeKey(raw, 'sk-')
    expect(analysis.status).toBe('fail')
    expect(analysis.problems).toContain(problem)
  })
  it('warns on an unusual prefix or length without changing the key', () => {
    expect(analyzeKey('pk-' + good.slice(3), 'sk-')).toMatchObject({ status: 'warn', problems: ['prefix'] })
    expect(analyzeKey('sk-short', 'sk-')).toMatchObject({ status: 'warn', problems: ['length'], key: 'sk-short' })
  })
  it('masks to the first 8 characters', () => {
    expect(maskKey(good)).toBe('sk-a1B2c…')
    expect(maskKey(good)).not.toContain(good.slice(8, 12))
  })
})

const context = { runtime: 'browser', pageProtocol: 'https:' } as const

describe('analyzeBaseUrl', () => {
  it('passes a correct base URL and drops a trailing slash', () => {
    expect(analyzeBaseUrl('https://api.example.com/v1/', gateway, context)).toEqual({
      url: 'https://api.example.com/v1',
      status: 'pass',
      problems: [],
    })
  })
  it.each([
    ['https://api.example.com', 'https://api.example.com/v1', 'missing-v1'],
    ['https://api.example.com/v1/v1', 'https://api.example.com/v1', 'double-v1'],
    ['https://api.example.com/v1/chat/completions', 'https://api.example.com/v1', 'endpoint-suffix'],
    ['https://api.example.com/v1/models', 'https://api.example.com/v1', 'endpoint-suffix'],
    ['api.example.com/v1', 'https://api.example.com/v1', 'no-scheme'],
    ['https://api.example.com/v1?x=1', 'https://api.example.com/v1', 'query'],
    ['https://openrouter.ai/api', 'https://openrouter.ai/api', 'unusual-path'],
  ] as const)('repairs %s to %s (%s)', (raw, url, problem) => {
    const analysis = analyzeBaseUrl(raw, gateway, context)
    expect(analysis).toMatchObject({ url, status: 'warn' })
    expect(analysis.problems).toContain(problem)
  })
  it.each([
    ['', 'empty'],
    ['ftp://api.example.com/v1', 'scheme'],
    ['https://', 'invalid'],
    ['http://api.example.com/v1', 'mixed-content'],
    [gateway.console.home, 'console'],
  ] as const)('fails %j (%s)', (raw, problem) => {
    const analysis = analyzeBaseUrl(raw, gateway, context)
    expect(analysis.status).toBe('fail')
    expect(analysis.problems).toContain(problem)
  })
  it('allows http to loopback from https, and http anywhere from Node', () => {
    expect(analyzeBaseUrl('http://127.0.0.1:8080/v1', gateway, context).status).toBe('pass')
    expect(analyzeBaseUrl('http://api.example.com/v1', gateway, { runtime: 'node' }).status).toBe('pass')
  })
})

describe('curlCommand', () => {
  it('writes the key as $API_KEY and quotes the body for a shell', () => {
    const command = curlCommand({
      method: 'POST',
      url: 'https://api.example.com/v1/chat/completions',
      json: { model: "it's", max_tokens: 1 },
      key: true,
      stream: true,
    })
    expect(command).toBe(
      `curl -sSN -X POST 'https://api.example.com/v1/chat/completions' -H "Authorization: Bearer $API_KEY" ` +
        `-H "Content-Type: application/json" -d '{"model":"it'\\''s","max_tokens":1}'`,
    )
  })
  it('sends no header for an unauthenticated GET', () => {
    expect(curlCommand({ method: 'GET', url: 'https://x.test/v1/models', key: false })).toBe(
      `curl -sS 'https://x.test/v1/models'`,
    )
  })
})

describe('closestNames', () => {
  const names = ['gpt-4o', 'gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'deepseek-chat', 'openai/gpt-4o-mini']
  it('suggests the listed spelling first', () => {
    expect(closestNames('GPT-4o', names)[0]).toBe('gpt-4o')
    expect(closestNames('claude-3-5-sonnet', names)).toEqual(['claude-3-5-sonnet-20241022'])
    expect(closestNames('gpt-4o-mini', ['openai/gpt-4o-mini', 'x'])).toEqual(['openai/gpt-4o-mini'])
  })
  it('suggests nothing for an unrelated name', () => {
    expect(closestNames('qwen-max', names)).toEqual([])
  })
})
