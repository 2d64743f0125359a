import { describe, expect, it } from 'vitest'
import { lookupHref, maxQueryInUrl, readQuery, withQuery } from '@components/error-lookup/query-url.ts'
import { maskKeys } from '@components/shared/mask-keys.ts'

const key = 'sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56'

describe('components/shared/mask-keys', () => {
  it.each([
    [`curl -H "Authorization: Bearer ${key}" https://api.example.com/v1/models`, key],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc', 'eyJhbGciOiJIUzI1NiJ9'],
    ['x-api-key: sk-ant-api03-AAAABBBBCCCCDDDDEEEE', 'AAAABBBBCCCCDDDD'],
    ['{"api_key": "0123456789abcdef0123"}', '0123456789abcdef'],
    ['OPENAI_API_KEY=sk-abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnop'],
  ])('hides the secret in %s', (text, secretPart) => {
    const masked = maskKeys(text)
    expect(masked).not.toContain(secretPart)
    expect(masked).toMatch(/\*{4,}\S{4}/)
  })

  const bare = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'
  it.each([
    [`token: ${bare}`, bare.slice(0, 16)],
    [`{"key":"${bare}"}`, bare.slice(0, 16)],
    [`Authorization: ${bare}`, bare.slice(0, 16)],
    [`GET https://gw.example.com/v1/models?key=${bare}&x=1`, bare.slice(0, 16)],
    [`https://gw.example.com/v1?api_key=${bare}`, bare.slice(0, 16)],
    [`https://gw.example.com/v1?access_token=${bare}#x`, bare.slice(0, 16)],
    [`OPENAI_API_KEY=${bare}`, bare.slice(0, 16)],
    ['stripe said sk_live_51HqLyjWDarjtT1zdp7dcXYZ', 'HqLyjWDarjtT1zdp'],
    ['sk-Ab12Cd34\u200bEf56Gh78Ij90Kl12', 'Ef56Gh78Ij90'],
    ['ｓｋ－Ａｂ１２Ｃｄ３４Ｅｆ５６Ｇｈ７８Ｉｊ９０', 'Ｅｆ５６Ｇｈ７８'],
    ['Bearer sk-proj-Ab12Cd34Ef56Gh78Ij90\nKl12Mn34Op56Qr78 was rejected', 'Kl12Mn34Op56'],
  ])('hides the secret in %j', (text, secretPart) => {
    expect(maskKeys(text)).not.toContain(secretPart)
  })

  it('keeps what follows a wrapped key when it is a status or a word, not a key', () => {
    const text = `Bearer ${key}\n401 Unauthorized\nError: invalid token`
    const masked = maskKeys(text)
    expect(masked).not.toContain('Ab12Cd34')
    expect(masked).toContain('\n401 Unauthorized\nError: invalid token')
  })

  it('leaves labels followed by ordinary words alone', () => {
    for (const text of ['token: invalid_request_error', 'key=model_not_found_for_group', 'max_tokens: 4096'])
      expect(maskKeys(text)).toBe(text)
  })

  it('leaves ordinary error text alone', () => {
    const text = 'Incorrect API key provided: sk-abc1***xyz9. Error code: 401 (request id: 2024061512000123456789)'
    expect(maskKeys(text)).toBe(text)
  })
})

describe('components/error-lookup/query-url', () => {
  it('reads q, and nothing from a broken search string', () => {
    expect(readQuery('?q=Error%20code%3A%20401&x=1')).toBe('Error code: 401')
    expect(readQuery('?x=1')).toBe('')
  })

  it('sets q with keys masked, keeping other parameters and the hash', () => {
    const { href, inUrl } = withQuery('https://help.example.com/errors?lang=x#all-errors', `401 Bearer ${key}`)
    const url = new URL(href)
    expect(inUrl).toBe(true)
    expect(url.searchParams.get('q')).toBe('401 Bearer sk-********Op56')
    expect(url.searchParams.get('lang')).toBe('x')
    expect(url.hash).toBe('#all-errors')
    expect(href).not.toContain('Ab12Cd34')
  })

  it('drops q when the text is empty or too long for a link', () => {
    expect(new URL(withQuery('https://h.example/errors?q=old', '  ').href).searchParams.has('q')).toBe(false)
    const long = withQuery('https://h.example/errors?q=old', 'x'.repeat(maxQueryInUrl + 1))
    expect(long.inUrl).toBe(false)
    expect(new URL(long.href).searchParams.has('q')).toBe(false)
  })

  it('builds the compact lookup link with the masked text', () => {
    expect(lookupHref('/errors', ` key ${key} `)).toBe(`/errors?q=${encodeURIComponent('key sk-********Op56')}`)
    expect(lookupHref('/en/errors', '')).toBe('/en/errors')
  })
})
