import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '@data/errors.ts'
import { ErrorCatalogue, parseErrorCatalogue } from '@data/errors.schema.ts'
import { causeArticle, causes } from '@data/causes.ts'

describe('data/errors', () => {
  it('passes its schema', () => {
    expect(() => parseErrorCatalogue(errorCatalogue)).not.toThrow()
  })

  it('covers every cause and every status the issue lists', () => {
    const covered = new Set(errorCatalogue.map((entry) => entry.cause))
    for (const cause of causes) expect(covered, cause).toContain(cause)
    const statuses = new Set(errorCatalogue.flatMap((entry) => entry.statuses))
    for (const status of [400, 401, 402, 403, 404, 408, 413, 429, 500, 502, 503, 504, 524, 529]) {
      expect(statuses, String(status)).toContain(status)
    }
  })

  it('fills every gateway token', () => {
    const text = JSON.stringify(errorCatalogue.map(({ title, meaning, steps }) => ({ title, meaning, steps })))
    expect(text).not.toMatch(/\{\{\s*gw\./)
  })

  it('links each entry to an article section', () => {
    for (const entry of errorCatalogue) expect(entry.article).toMatch(/^\/troubleshooting\/[a-z-]*#[a-z0-9-]+$/)
    const targets = new Set(errorCatalogue.map((entry) => entry.article))
    // The widgets link a cause to causeArticle; some entry of that cause must point there too.
    for (const cause of causes) expect(targets, cause).toContain(causeArticle[cause])
  })

  // Audits land as merges, and a merge that keeps both sides of a list can write one wording twice: dead weight the
  // page downloads and compiles, and a second source comment that drifts from the first.
  it('writes each wording and code of an entry once', () => {
    const repeats = errorCatalogue.flatMap(({ id, match }) =>
      Object.entries({ codes: match.codes, patterns: match.patterns, describes: match.describes, wraps: match.wraps })
        .flatMap(([field, list = []]) => list.map((item) => `${id}.${field}: ${item.toLowerCase()}`))
        .filter((item, at, all) => all.indexOf(item) !== at),
    )
    expect(repeats).toEqual([])
  })
})

describe('data/errors.schema', () => {
  const valid = errorCatalogue[0]!

  it('rejects duplicate ids, bad anchors, bad patterns and two defaults for one status', () => {
    const cases: unknown[] = [
      [valid, valid],
      [{ ...valid, id: 'Not Kebab' }],
      [{ ...valid, article: '/troubleshooting/auth#nope' }],
      [{ ...valid, match: { codes: [], patterns: ['(open'] } }],
      [valid, { ...valid, id: 'other' }],
      [{ ...valid, defaultFor: [418] }],
      [{ ...valid, title: { zh: '只有中文' } }],
      // A status the entry takes only with its own words cannot also be one it takes bare.
      [{ ...valid, statusesWithWording: [valid.statuses[0]!] }],
      [{ ...valid, statusesWithWording: [99] }],
    ]
    for (const data of cases) expect(ErrorCatalogue.safeParse(data).success).toBe(false)
  })

  it('holds each entry that shares a message to an existing entry of another cause', () => {
    const issues = (sharedWith: Array<{ id: string; when?: string }>) => {
      const result = ErrorCatalogue.safeParse(
        errorCatalogue.map((entry) => (entry.id === valid.id ? { ...entry, sharedWith } : entry)),
      )
      return result.success ? [] : result.error.issues.map(({ message }) => message)
    }
    const sameCause = errorCatalogue.find((entry) => entry.cause === valid.cause && entry.id !== valid.id)!
    const otherCause = errorCatalogue.find((entry) => entry.cause !== valid.cause)!
    expect(issues([{ id: 'no-such-entry' }])).toEqual(['no entry no-such-entry'])
    expect(issues([{ id: sameCause.id }])).toEqual([`${sameCause.id} has the same cause`])
    expect(issues([{ id: otherCause.id, when: '(open' }])).not.toEqual([])
    expect(issues([{ id: otherCause.id, when: 'incorrect api key' }])).toEqual([])
  })

  it('names the missing cause when a catalogue does not cover one', () => {
    const result = ErrorCatalogue.safeParse([valid])
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain('no entry for cause')
  })
})
