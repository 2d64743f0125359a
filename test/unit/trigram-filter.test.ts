import { describe, expect, it } from 'vitest'
import { mayContain, spaced, trigramBitmap, trigramHashes } from '../../components/error-lookup/trigram-filter.ts'
import { errorCatalogue } from '../../data/errors.ts'
import { pastedErrors } from '../fixtures/pasted-errors.ts'

describe('trigram filter', () => {
  it('never rules out a literal the text contains', () => {
    // Every catalogue example and tuning paste, against every run of three or more of its own text.
    const texts = [
      ...errorCatalogue.flatMap((entry) => entry.examples.map((e) => e.text)),
      ...pastedErrors.map((p) => p.text),
    ]
    for (const text of texts.map((t) => t.toLowerCase())) {
      const bitmap = trigramBitmap(text)
      for (let start = 0; start < text.length; start += 7) {
        const literal = text.slice(start, start + 3 + (start % 13))
        expect(mayContain(bitmap, trigramHashes(literal)), literal).toBe(true)
      }
    }
  })

  it('rules out most literals a text lacks', () => {
    const bitmap = trigramBitmap('error: 401 invalid api key provided')
    const absent = ['insufficient_quota', '无可用渠道', 'context_length_exceeded', 'rate limit', 'econnreset']
    expect(absent.filter((literal) => mayContain(bitmap, trigramHashes(literal)))).toEqual([])
    expect(mayContain(bitmap, trigramHashes('invalid api'))).toBe(true)
  })

  it('cannot judge a literal under three characters, so lets it through', () => {
    expect(trigramHashes('ab')).toEqual([])
    expect(mayContain(trigramBitmap(''), [])).toBe(true)
  })

  it('judges two Han characters by their pair', () => {
    const bitmap = trigramBitmap('错误：余额不足')
    expect(mayContain(bitmap, trigramHashes('余额'))).toBe(true)
    expect(mayContain(bitmap, trigramHashes('额度'))).toBe(false)
  })

  it('reads `_` and `-` as a space, a run of them as one, as the guess spaces a paste', () => {
    const bitmap = trigramBitmap('code: insufficient__quota, rate-limit')
    for (const literal of ['insufficient quota', 'insufficient_quota', 'rate limit', 'rate_limit'])
      expect(mayContain(bitmap, trigramHashes(literal)), literal).toBe(true)
    expect(mayContain(bitmap, trigramHashes('ratelimit'))).toBe(false)
  })

  it('is the same bitmap for a text and for the text spaced as the guess reads it', () => {
    for (const text of ['code: insufficient__quota, rate-limit', 'a_-_b --x__', pastedErrors[0]!.text.toLowerCase()]) {
      expect(trigramBitmap(spaced(text)), text).toEqual(trigramBitmap(text))
    }
  })
})
