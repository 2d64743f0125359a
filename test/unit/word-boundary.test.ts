import { describe, expect, it } from 'vitest'
import { foldHan } from '@components/error-lookup/fold-han.ts'
import { withFastWordStarts } from '@components/error-lookup/word-boundary.ts'
import { catalogueSources, knownTexts } from '../fixtures/known-texts.ts'

describe('components/error-lookup/word-boundary: a leading \\b V8 can scan for', () => {
  it.each([
    ['\\bfoo', '(?<!\\w)foo'],
    ['\\b(?:foo|bar)\\b', '(?<!\\w)(?:foo|bar)\\b'],
    ['x|\\b\\d{3}', 'x|(?<!\\w)\\d{3}'],
    ['\\b[a-z_]+ing', '(?<!\\w)[a-z_]+ing'],
    ['\\b[A-Fa-f0-9]{8}', '(?<!\\w)[A-Fa-f0-9]{8}'],
    ['\\b(?<n>ab|cd)', '(?<!\\w)(?<n>ab|cd)'],
    ['\\b(?:api )?key', '(?<!\\w)(?:api )?key'],
    ['\\b(?<!x)foo', '(?<!\\w)(?<!x)foo'],
    ['\\b\\w*api_key', '(?<!\\w)\\w*api_key'],
  ])('writes %s as %s', (source, fast) => {
    expect(withFastWordStarts(source)).toBe(fast)
  })

  it('keeps a \\b that may come before anything but a word character, and what only looks like one', () => {
    for (const source of [
      '\\b(?:foo|\\.bar)',
      '\\bs?-foo',
      '\\b\\d{0,3}',
      '\\b(?=foo)',
      '\\b(ab)?',
      '\\b[^a]x',
      '\\b[0-z]x',
      '\\b[a-z-]x',
      '\\b-x',
      '\\b余额',
      '[\\b]x',
      '\\\\bfoo',
      '\\b(?:abc|)x',
      'foo\\b',
    ]) {
      expect(withFastWordStarts(source), source).toBe(source)
    }
  })

  it('matches what \\b matched, even where the i and u flags make ſ and the Kelvin sign word characters', () => {
    const edges = ['ſfoo', '\u212afoo', 'éfoo', '_foo', '1foo', ' foo', 'foo', '余额foo', 'x-foo']
    for (const text of edges) {
      expect(new RegExp(withFastWordStarts('\\bfoo'), 'imu').exec(text)?.index, text).toBe(/\bfoo/imu.exec(text)?.index)
    }
  })
})

describe('components/error-lookup/word-boundary: every catalogue pattern matches as it did', () => {
  // As the lookup compiles them (match.ts), on every text we have: the same place and the same words, or no match.
  const sources = catalogueSources
    .map((source) => foldHan(source))
    .filter((source) => withFastWordStarts(source) !== source)

  it('rewrites most of those that start with \\b', () => {
    expect(sources.length).toBeGreaterThan(400)
  })

  // In eighths, each well under the test timeout on a loaded 2-core runner: the whole check has taken 13 s there.
  const parts = 8
  it.each([...Array(parts).keys()])(`part %i of ${parts}`, (part) => {
    let matched = 0
    for (const source of sources.filter((_, index) => index % parts === part)) {
      const before = new RegExp(source, 'imu')
      const after = new RegExp(withFastWordStarts(source), 'imu')
      for (const text of knownTexts) {
        const expected = before.exec(text)
        const actual = after.exec(text)
        if (expected) matched++
        if (expected?.index !== actual?.index || expected?.[0] !== actual?.[0])
          expect({ source, text: text.slice(0, 200), at: actual?.index }).toEqual({
            source,
            text: text.slice(0, 200),
            at: expected?.index,
          })
      }
    }
    expect(matched).toBeGreaterThan(25)
  })
})
