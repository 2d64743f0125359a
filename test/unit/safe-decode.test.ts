import { describe, expect, it } from 'vitest'
import { hashId, tryDecode } from '../../components/shared/safe-decode.ts'

describe('safe percent-decoding', () => {
  it('decodes what decodeURIComponent decodes', () => {
    expect(tryDecode('step-a%20b')).toBe('step-a b')
    expect(hashId('#%E7%AD%89%E5%BE%85')).toBe('等待')
    expect(hashId('#invalid-key')).toBe('invalid-key')
    expect(hashId('')).toBe('')
  })

  it.each(['%', '%E0%A4%A', '%zz', 'a%', '%C3'])('does not throw on the malformed escape %j', (raw) => {
    expect(tryDecode(raw)).toBeNull()
    expect(hashId(`#${raw}`)).toBe(raw)
  })
})
