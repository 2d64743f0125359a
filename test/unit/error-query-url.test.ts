import { describe, expect, it } from 'vitest'
import { lookupHref, maxQueryInUrl, readQuery, withQuery } from '@components/error-lookup/query-url.ts'
import { maskKeys } from '@components/error-lookup/mask-keys.ts'

const key = 'sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56'

describe('components/error-lookup/mask-keys', () => {
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
