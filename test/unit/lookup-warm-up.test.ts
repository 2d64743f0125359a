import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '@data/errors.ts'
import type { ErrorEntry } from '@data/errors.schema.ts'
import { lookupErrors, warmLookup } from '@components/error-lookup/match.ts'
import { compilePatterns, warmPatterns } from '@components/error-lookup/compiled-patterns.ts'
import { pastedErrors } from '../fixtures/pasted-errors.ts'

/** The answer's entries and their scores: what a reader sees. */
const answer = (text: string, catalogue: readonly ErrorEntry[]) =>
  lookupErrors(text, catalogue).matches.map(({ entry, score }) => `${entry.id} ${score}`)

/** A catalogue of its own (a new array), so nothing another test looked up counts as warm for it. */
const freshCopy = (): ErrorEntry[] => [...errorCatalogue]

/** Calls `warm` with a budget of `perCall` answers of `hasTime()` until it is done; how many calls that took. */
function warmInCalls(warm: (hasTime: () => boolean) => boolean, perCall: number): number {
  for (let calls = 1; calls < 100_000; calls++) {
    let left = perCall
    if (warm(() => left-- > 0)) return calls
  }
  throw new Error('the warm-up never finished')
}

describe('warming the lookup up ahead of the first paste', () => {
  it('compiles a slice per call, moving on at least one pattern each time, until the catalogue is done', () => {
    const catalogue = freshCopy()
    const sources = catalogue.reduce(
      (sum, { match }) => sum + match.patterns.length + (match.describes?.length ?? 0) + (match.wraps?.length ?? 0),
      0,
    )
    // A budget that is never there still compiles one pattern a call, so idle slices always finish.
    expect(warmInCalls((hasTime) => warmPatterns(catalogue, hasTime), 0)).toBeGreaterThanOrEqual(sources)
    expect(warmPatterns(catalogue, () => false)).toBe(true)
    const other = freshCopy()
    const calls = warmInCalls((hasTime) => warmPatterns(other, hasTime), 200)
    expect(calls).toBeGreaterThan(1)
    expect(calls).toBeLessThanOrEqual(Math.ceil(sources / 200) + 1)
  })

  it('gives every paste the answer a cold lookup gives', () => {
    const cold = freshCopy()
    const warm = freshCopy()
    expect(warmInCalls((hasTime) => warmLookup(warm, hasTime), 50)).toBeGreaterThan(1)
    // Done: nothing is left for the first paste, whatever the budget.
    expect(warmLookup(warm, () => false)).toBe(true)
    for (const { text } of pastedErrors.filter((_, index) => index % 25 === 0)) {
      expect(answer(text, warm), text).toEqual(answer(text, cold))
    }
  })

  it('counts a catalogue already looked up as warm, and a half-warmed one still answers in full', () => {
    const used = freshCopy()
    lookupErrors('401 Unauthorized', used)
    expect(warmLookup(used, () => false)).toBe(true)
    const half = freshCopy()
    expect(warmLookup(half, () => false)).toBe(false)
    const text = '{"error":{"message":"无效的令牌 (request id: 2024)","type":"new_api_error"}}'
    expect(answer(text, half)).toEqual(answer(text, freshCopy()))
    expect(answer(text, half)[0]).toMatch(/^invalid-api-key /)
  })

  it('skips a pattern that does not compile, in the warm-up and in the lookup alike', () => {
    const entry = errorCatalogue.find(({ id }) => id === 'invalid-api-key')!
    const broken: ErrorEntry = { ...entry, match: { ...entry.match, patterns: ['(unclosed', ...entry.match.patterns] } }
    const catalogue = [broken]
    expect(compilePatterns(['(unclosed', 'invalid api key'])).toHaveLength(1)
    expect(warmInCalls((hasTime) => warmLookup(catalogue, hasTime), 5)).toBeGreaterThan(1)
    expect(lookupErrors('Incorrect API key provided', catalogue).matches[0]?.entry.id).toBe('invalid-api-key')
  })
})
