import { describe, expect, it } from 'vitest'
import { guessRegexes } from '@components/error-lookup/guess.ts'
import { mayMatch, prefiltered, requiredLiterals, requiredSets } from '@components/error-lookup/literal-prefilter.ts'
import { trigramBitmap } from '@components/error-lookup/trigram-filter.ts'
import { catalogueSources, knownTexts } from '../fixtures/known-texts.ts'

describe('components/error-lookup/literal-prefilter: the literals a pattern requires', () => {
  it.each([
    ['failed to fetch', ['failed to fetch']],
    ['exceeds? max', ['exceeds max', 'exceed max']],
    ['Tokens?', ['token']],
    ['abcd?', ['abc']],
    ['a\\.b\\(c', ['a.b(c']],
    ['x{0,3}yyy', ['yyy']],
    ['\\u4e00abc', ['abc']],
    ['认证失败|鉴权失败', ['认证失败', '鉴权失败']],
    ['abc|def', ['abc', 'def']],
  ])('%s must contain one of %j', (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals)
  })

  it('crosses a run with a small class or a group of plain words', () => {
    expect(requiredLiterals('\\bflagged (?:as|by)\\b')).toEqual(['flagged as', 'flagged by'])
    expect(requiredLiterals('(?:账户|账号)当前无法(?:成功)?访问')).toEqual([
      '账户当前无法成功访问',
      '账户当前无法访问',
      '账号当前无法成功访问',
      '账号当前无法访问',
    ])
    expect(requiredLiterals('无法出[图圖](?![纸紙])')).toEqual(['无法出图', '无法出圖'])
    expect(requiredLiterals('(?<name>foo|bar)baz')).toEqual(['foobaz', 'barbaz'])
  })

  it('crosses in an optional character or plain word with and without it, and drops a literal that holds another', () => {
    expect(requiredLiterals('abc?d')).toEqual(['abcd', 'abd'])
    expect(requiredLiterals('\\bnew ?lines?\\b')).toEqual(['new line', 'newline'])
    // `the api key` holds `api key`: a paste with the first has the second
    expect(requiredLiterals('(?:the )?api[ _-]?key')).toEqual(['api key', 'api_key', 'api-key', 'apikey'])
    // too many ways to cross (16 before the optional class): the run ends there and starts again with it
    expect(requiredLiterals('[abcd][efgh][ijkl]?xyz')).toEqual(['xyz'])
  })

  it("takes a group's union when each of its branches requires a literal", () => {
    expect(requiredLiterals('\\b[a-z][a-z0-9_]*(?:或[a-z][a-z0-9_]*)?\\s?(?:不能为空|格式错误)')).toEqual([
      '不能为空',
      '格式错误',
    ])
    expect(requiredLiterals('\\bx(?:rate limit(?:ed)?|quota \\w+)')).toEqual(['rate limit', 'quota '])
  })

  it('keeps every set a group requires, not only its best: a paste must hold one literal of each', () => {
    // key-malformed's description: its best set alone (`line` or `trailing new`) let every Python traceback's
    // `line 101` through to a regex that then read the whole paste; crossing `new ?lines?` in whole now asks for more
    const source =
      '\\b(?:new ?lines? (?:in|at the end of) (?:the |my |your |an? )?(?:[a-z]+\\.)?api[ _-]?key|api[ _-]?keys?\\b[^.\\n]{0,40}\\btrailing new ?lines?)\\b'
    const sets = requiredSets(source)
    expect(sets).toEqual([
      [
        'new lines in ',
        'new lines at the end of ',
        'new line in ',
        'new line at the end of ',
        'newlines in ',
        'newlines at the end of ',
        'newline in ',
        'newline at the end of ',
        'trailing new line',
        'trailing newline',
      ],
      ['api key', 'api_key', 'api-key', 'apikey'],
    ])
    const pattern = prefiltered(source, 'i')
    const traceback = '  File "/usr/lib/python3.11/site-packages/httpx/_client.py", line 101, in send'
    expect(mayMatch(pattern, traceback.toLowerCase(), trigramBitmap(traceback.toLowerCase()))).toBe(false)
    const paste = 'Error: newline in my api key'
    expect(mayMatch(pattern, paste.toLowerCase(), trigramBitmap(paste.toLowerCase()))).toBe(true)
    expect(pattern.regex.test(paste)).toBe(true)
  })

  it('keeps a group’s later sets behind another part’s set of the same strength', () => {
    // failed-to-fetch's description: the two sets of its `unable to|could ?n[o']t|can ?n[o']t|failed to` group, tied with
    // the noun's, kept the noun out, so every paragraph with `can` and `not` ran the regex (0.55 ms on 190 KB of prose)
    const source =
      "\\b(?:unable to|could ?n[o']t|can ?n[o']t|failed to) reach(?<!\\b(?:if|when|whether|once|until)\\b[^.\\n]{0,60}reach) (?:the |our |your |its )?(?:api |backend |remote |proxy )?(?:server|api|host|backend|gateway|endpoint)s?\\b"
    expect(requiredSets(source)).toEqual([
      [' reach'],
      [
        'unable to',
        'could not',
        "could n't",
        'couldnot',
        "couldn't",
        'can not',
        "can n't",
        'cannot',
        "cann't",
        'failed to',
      ],
      ['server', 'api', 'host', 'backend', 'gateway', 'endpoint'],
    ])
    const prose = 'You can not reach the summit before noon; the path is closed.'
    expect(mayMatch(prefiltered(source, 'i'), prose.toLowerCase(), trigramBitmap(prose.toLowerCase()))).toBe(false)
  })

  it('prefers the set whose weakest literal is longest', () => {
    expect(requiredLiterals('\\bcredits? never (?:arrived|came)|\\bnever got (?:my )?credits\\b')).toEqual([
      'credits never arrived',
      'credits never came',
      'credit never arrived',
      'credit never came',
      'never got my credits',
      'never got credits',
    ])
    expect(requiredLiterals('\\bcredits?\\b.{0,9} never (?:arrived|came)|\\bnever got\\b.*')).toEqual([
      ' never arrived',
      ' never came',
      'never got',
    ])
  })

  it('claims nothing where a match could lack every literal', () => {
    for (const source of [
      'a|b',
      '(?:x|y)z',
      '^\\s?x',
      'a.b',
      '[abc]{2}',
      'ab+cd',
      '(?:a|b)cde|[xy]z',
      'abc|',
      '(?:abc)?def?',
      '(?=abc)\\w+',
      '[^abc]{3}',
      '[a-c]bc',
      '\\x41bc',
      '(abc)?\\1',
      '(?:foo|.)ba',
      '余?额',
    ]) {
      expect(requiredLiterals(source), source).toBeUndefined()
    }
  })

  it('keeps the strongest few sets of a pattern without alternation: a paste must hold each', () => {
    expect(requiredSets('\\b(?:output|streams?)\\b[^.]{0,30}?\\bstops?\\b.{0,9}mid(?:dle|way)')).toEqual([
      ['output', 'stream'],
      ['middle', 'midway'],
      ['stop'],
    ])
    const filter = prefiltered('\\b(?:output|streams?)\\b[^.]{0,30}?\\bstops?\\b.{0,9}mid(?:dle|way)', 'i')
    const text = 'the stream stops in the middle'
    expect(mayMatch(filter, text, trigramBitmap(text))).toBe(true)
    const lacking = 'the stream stops at the end; midjourney output'
    expect(mayMatch(filter, lacking, trigramBitmap(lacking))).toBe(false)
    expect(requiredSets('abc|def')).toEqual([['abc', 'def']])
    // With alternation each union takes one set of each branch: a paste with `content` but no `filter` skips it.
    expect(requiredSets('content.?filter|nsfw')).toEqual([
      ['content', 'nsfw'],
      ['filter', 'nsfw'],
    ])
    expect(requiredSets('abc|d')).toEqual([])
  })

  it('reads a plain character before a quantifier, an escaped one and a brace that quantifies nothing as a regex does', () => {
    // the quick path for plain characters must stop where the character is quantified or is syntax
    expect(requiredSets('too+ many')).toEqual([[' many'], ['too']])
    expect(requiredSets('quota{2}x exceeded')).toEqual([['x exceeded'], ['quota']])
    expect(requiredSets('x*yz failed')).toEqual([['yz failed']])
    expect(requiredSets('api\\.Key missing')).toEqual([['api.key missing']])
    expect(requiredSets('a{b} token')).toEqual([['a{b} token']])
  })

  it('checks two Han characters, but not two Latin ones', () => {
    expect(requiredLiterals('余额')).toEqual(['余额'])
    expect(requiredLiterals('ab')).toBeUndefined()
  })
})

describe('components/error-lookup/literal-prefilter: never skips a pattern that matches', () => {
  // Every catalogue wording and every regex of the guess, against every paste we may read, as the lookup reads
  // them: entries on the lowercased paste, the guess on the paste with `_` and `-` spaced.
  const texts = knownTexts.flatMap((text) => {
    const lower = text.toLowerCase()
    return [lower, lower.replace(/[_-]+/g, ' ')]
  })
  const bitmaps = texts.map((text) => trigramBitmap(text))
  const sources = [
    ...catalogueSources.map((source) => ({
      source,
      flags: 'imu',
    })),
    ...guessRegexes().map(({ source, flags }) => ({ source, flags })),
  ]

  it('finds literals for most of them', () => {
    const without = sources.filter(({ source }) => !requiredLiterals(source))
    expect(without.length / sources.length).toBeLessThan(0.05)
  })

  // In sixteenths, each well under the test timeout on a loaded 2-core runner: the whole check reads ~1,600 regexes on
  // ~7,000 texts and has taken 27 s on one.
  const parts = 16
  it.each([...Array(parts).keys()])(`part %i of ${parts}`, (part) => {
    const slice = sources.filter((_, index) => index % parts === part)
    let matched = 0
    for (const { source, flags } of slice) {
      const filter = prefiltered(source, flags)
      texts.forEach((text, index) => {
        if (!filter.regex.test(text)) return
        matched++
        expect(mayMatch(filter, text, bitmaps[index]!), `${source} on ${text.slice(0, 120)}`).toBe(true)
      })
    }
    expect(matched).toBeGreaterThan(slice.length)
  })
})
