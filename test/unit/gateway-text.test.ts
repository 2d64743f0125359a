import { describe, expect, it } from 'vitest'
import { cleanCheckResult, cleanGatewayText, cleanModelIds } from '@components/connection-tester/engine/gateway-text.ts'
import { parseTesterParams, withoutKeyParams, withoutUrlSecrets } from '@components/connection-tester/url-params.ts'

const key = 'sk-cleanKey0123456789abcdefXYZ'
const keys = [key]

describe('components/connection-tester/engine/gateway-text', () => {
  it.each([
    ['clear screen and cursor home', '\u001b[2J\u001b[HAll checks passed', 'All checks passed'],
    ['colours', '\u001b[1;31mfailed\u001b[0m', 'failed'],
    ['a window title (OSC 0, BEL)', '\u001b]0;pwned\u0007text', 'text'],
    ['an OSC 8 link (ST)', '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\', 'click'],
    ['8-bit CSI', '\u009b2Jdone', 'done'],
    ['NUL, CR, backspace, DEL', 'a\u0000b\rc\bd\u007fe', 'a b c d e'],
    ['bidi overrides', 'file\u202etxt.exe', 'file txt.exe'],
    ['newlines and tabs', 'line one\n\tline two', 'line one line two'],
  ])('removes %s', (_name, text, clean) => {
    expect(cleanGatewayText(text, { keys, max: 400 })).toBe(clean)
  })

  it('masks the user key, as typed or as sent, and anything key-shaped', () => {
    const text = `Incorrect API key provided: ${key}; also sk-other0123456789abcdef and token: 9f8e7d6c5b4a39281706f5e4d3c2`
    const clean = cleanGatewayText(text, { keys, max: 400 })
    expect(clean).toContain('sk-clean…')
    expect(clean).not.toContain(key.slice(8))
    expect(clean).not.toContain('other0123456789')
    expect(clean).not.toContain('9f8e7d6c5b4a')
  })

  it('caps with an ellipsis', () => {
    const clean = cleanGatewayText('r'.repeat(200_000), { keys, max: 128 })
    expect(clean).toHaveLength(128)
    expect(clean.endsWith('…')).toBe(true)
  })

  it('cleans every string field of a check result and leaves numbers alone', () => {
    const result = cleanCheckResult(
      {
        status: 'fail',
        message: `\u001b[2Jmodel ${key} missing`,
        serverMessage: 'x'.repeat(1000),
        requestId: `\u001b[31m${'r'.repeat(500)}`,
        httpStatus: 401,
        facts: { closest: `\u0007${key}`, listed: 3 },
      },
      keys,
    )
    expect(result.message).toBe('model sk-clean… missing')
    expect(result.serverMessage).toHaveLength(400)
    expect(result.requestId).toHaveLength(128)
    expect(result.facts).toEqual({ closest: 'sk-clean…', listed: 3 })
    expect(result.httpStatus).toBe(401)
  })

  it('cleans model ids and drops the ones left empty', () => {
    expect(cleanModelIds(['gpt-4o', '\u001b[2J', key], keys)).toEqual(['gpt-4o', 'sk-clean…'])
  })
})

describe('components/connection-tester/url-params: secrets in links', () => {
  it.each([
    ['https://user:pass@gw.example.com/v1', 'https://gw.example.com/v1'],
    ['user:pass@gw.example.com/v1', 'gw.example.com/v1'],
    ['https://gw.example.com/v1?access_token=abc123&x=1', 'https://gw.example.com/v1?x=1'],
    ['https://gw.example.com/v1?openai_api_key=abc&key=k&api_key=a', 'https://gw.example.com/v1'],
    ['https://gw.example.com/v1#access_token=abc', 'https://gw.example.com/v1'],
  ])('strips credentials from %s', (raw, clean) => {
    expect(withoutUrlSecrets(raw)).toEqual({ url: clean, removed: true })
  })

  it('leaves a clean base URL as it is', () => {
    expect(withoutUrlSecrets('https://gw.example.com/v1?region=eu')).toEqual({
      url: 'https://gw.example.com/v1?region=eu',
      removed: false,
    })
  })

  it('drops key-like parameters of the page and credentials inside ?base=', () => {
    const search = `?base=${encodeURIComponent('https://u:p@gw.example.com/v1?api_key=abc')}&access_token=t&openai_api_key=o&model=m`
    const params = parseTesterParams(search)
    expect(params.baseUrl).toBe('https://gw.example.com/v1')
    expect(params.baseHadSecrets).toBe(true)
    expect(params.keyParams).toEqual(['access_token', 'openai_api_key'])
    const clean = withoutKeyParams(search, params.keyParams, params.baseUrl)
    expect(clean).toBe(`?base=${encodeURIComponent('https://gw.example.com/v1')}&model=m`)
  })
})
