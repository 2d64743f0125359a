import { describe, expect, it } from 'vitest'
import { mayContain, trigramBitmap, trigramHashes } from '../../components/error-lookup/trigram-filter.ts'
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
})
