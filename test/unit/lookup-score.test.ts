import { describe, expect, it } from 'vitest'
import { causes, type Cause } from '@data/causes.ts'
import type { ErrorEntry } from '@data/errors.schema.ts'
import { lookupErrors } from '@components/error-lookup/match.ts'
import { maskKeys } from '@components/shared/mask-keys.ts'
import {
  firstShownShare,
  formatScore,
  mayListMisses,
  nearDuplicate,
  nearDuplicateFingerprints,
  noFamily,
  pasteFingerprint,
  repositoryOf,
  scoreLookup,
  share,
  untouchedBy,
  type LabelledPaste,
  type LookupCauses,
} from '../../scripts/lookup-score.ts'
import { lookupFamilies, lookupHeldOut } from '../fixtures/lookup-heldout.ts'
import { devFamilies, lookupDev, retiredDev, type DevPaste } from '../fixtures/lookup-dev.ts'
import { lookupHeldOut2 } from '../fixtures/lookup-heldout-2.ts'
import { pastedErrors } from '../fixtures/pasted-errors.ts'
import { heldOutErrors } from '../fixtures/pasted-errors-heldout.ts'

function entry(id: string, cause: Cause, statuses: number[], codes: string[], patterns: string[]): ErrorEntry {
  const text = { zh: id, en: id }
  return {
    id,
    cause,
    layer: 'gateway',
    statuses,
    defaultFor: [],
    dialects: ['openai'],
    match: { codes, patterns },
    title: text,
    meaning: text,
    steps: [text],
    retry: 'no',
    article: '/troubleshooting/auth#invalid-key',
    examples: [{ text: id, source: 'test' }],
  }
}

/** Three entries whose scores for the pastes below are far apart, so the order is not a close call. */
const tinyCatalogue: readonly ErrorEntry[] = [
  entry('bad-key', 'invalid_key', [401], ['invalid_api_key'], ['无效的令牌']),
  entry('balance', 'insufficient_balance', [429], ['insufficient_quota'], ['exceeded your current quota']),
  entry('limited', 'rate_limit', [429], [], ['too many requests']),
]
const tinyLookup: LookupCauses = (text) => lookupErrors(text, tinyCatalogue).matches.map((match) => match.entry.cause)

const pastes: LabelledPaste[] = [
  { text: '{"error":{"code":"invalid_api_key"}}', cause: 'invalid_key', lang: 'en', family: 'key' },
  { text: '401 无效的令牌', cause: 'invalid_key', lang: 'zh', family: 'key' },
  // both 429 entries answer; the quota wording puts the balance entry first, so rate_limit is only second
  { text: '429 too many requests: you exceeded your current quota', cause: 'rate_limit', lang: 'en', family: 'limit' },
  { text: '今天天气不错', cause: 'network', lang: 'zh' },
]

describe('scripts/lookup-score: the arithmetic', () => {
  it('counts top-1, top-3 and empty answers through the real lookup on a tiny catalogue', () => {
    expect(pastes.map((paste) => tinyLookup(paste.text))).toEqual([
      ['invalid_key'],
      ['invalid_key'],
      ['insufficient_balance', 'rate_limit'],
      [],
    ])
    const score = scoreLookup(pastes, tinyLookup)
    expect(score.overall).toEqual({ count: 4, top1: 2, top3: 3, top3Shown: 3, empty: 1, guessRight: 0 })
    expect(score.byLang).toEqual({
      en: { count: 2, top1: 1, top3: 2, top3Shown: 2, empty: 0, guessRight: 0 },
      zh: { count: 2, top1: 1, top3: 1, top3Shown: 1, empty: 1, guessRight: 0 },
    })
    expect(score.byFamily).toEqual({
      key: { count: 2, top1: 2, top3: 2, top3Shown: 2, empty: 0, guessRight: 0 },
      limit: { count: 1, top1: 0, top3: 1, top3Shown: 1, empty: 0, guessRight: 0 },
      [noFamily]: { count: 1, top1: 0, top3: 0, top3Shown: 0, empty: 1, guessRight: 0 },
    })
    expect(score.misses).toEqual([
      {
        text: pastes[2]!.text,
        expected: 'rate_limit',
        got: ['insufficient_balance', 'rate_limit'],
        after: [],
        lang: 'en',
        family: 'limit',
      },
      { text: pastes[3]!.text, expected: 'network', got: [], after: [], lang: 'zh', family: noFamily },
    ])
  })

  it('counts a guess that names the cause apart from top-1, and only for empty answers', () => {
    const guessNetwork = () => 'network' as const
    const score = scoreLookup(pastes, tinyLookup, guessNetwork)
    // the empty answer is the weather paste labelled `network`; the others had entries, so their guess does not count
    expect(score.overall).toEqual({ count: 4, top1: 2, top3: 3, top3Shown: 3, empty: 1, guessRight: 1 })
    expect(score.byLang.en?.guessRight).toBe(0)
    expect(formatScore('tiny', score, { misses: false })).toContain('guess right 1/1 of empty')
    // two entries right and the one guess: three of four see the cause first
    expect(firstShownShare(score.overall)).toBe(0.75)
    expect(formatScore('tiny', score, { misses: false })).toContain('first shown 75.0%')
    expect(firstShownShare({ count: 0, top1: 0, top3: 0, top3Shown: 0, empty: 0, guessRight: 0 })).toBe(0)
  })

  it('counts the expected cause only within the first three results', () => {
    const fourth: LookupCauses = () => ['timeout', 'network', 'cors', 'rate_limit']
    const score = scoreLookup([{ text: 'x', cause: 'rate_limit', lang: 'en' }], fourth)
    expect(score.overall).toEqual({ count: 1, top1: 0, top3: 0, top3Shown: 0, empty: 0, guessRight: 0 })
  })

  it('counts what the page shows after the entries only in top-3 shown, and only up to the third cause', () => {
    const after = (text: string): Cause[] =>
      text === '今天天气不错' ? ['timeout', 'network'] : ['cors', 'cors', 'timeout']
    const score = scoreLookup(pastes, tinyLookup, () => undefined, after)
    // top-1 and top-3 stay entries only; the weather paste has no entry, so its guess `timeout` and
    // then `network` are its first two causes shown
    expect(score.overall).toEqual({ count: 4, top1: 2, top3: 3, top3Shown: 4, empty: 1, guessRight: 0 })
    const late = scoreLookup(
      [pastes[2]!],
      () => ['insufficient_balance', 'timeout', 'cors'],
      undefined,
      () => ['rate_limit'],
    )
    expect(late.overall.top3Shown).toBe(0)
    expect(late.misses[0]?.after).toEqual(['rate_limit'])
    expect(formatScore('tiny', score, { misses: true })).toContain('network ← (nothing) | then timeout, network')
  })

  it('keeps of a set only the pastes that share no thread and no text with what was seen', () => {
    const seen = [
      { text: '401: 无效的令牌', cause: 'invalid_key' as const, lang: 'zh' as const, source: 'https://x/1' },
    ]
    const set = [
      { text: '401 无效的令牌', cause: 'invalid_key' as const, lang: 'zh' as const, source: 'https://x/2' },
      { text: 'something else entirely', cause: 'network' as const, lang: 'en' as const, source: 'https://x/1' },
      { text: 'ECONNRESET', cause: 'network' as const, lang: 'en' as const, source: 'https://x/3' },
    ]
    expect(untouchedBy(set, seen).map(({ text }) => text)).toEqual(['ECONNRESET'])
    expect(untouchedBy(set, [])).toEqual(set)
  })

  it('gives shares of the count, and 0 rather than NaN for an empty set', () => {
    const score = scoreLookup(pastes, tinyLookup)
    expect(share(score.overall, 'top1')).toBe(0.5)
    expect(share(score.overall, 'top3')).toBe(0.75)
    expect(share(score.overall, 'empty')).toBe(0.25)
    expect(share(scoreLookup([], tinyLookup).overall, 'top1')).toBe(0)
  })

  it('prints the figures, and the misses (expected ← got) only when asked', () => {
    const score = scoreLookup(pastes, tinyLookup)
    const report = formatScore('tiny', score, { misses: false })
    expect(report).toContain('n=  4  top-1  50.0% (2)  top-3  75.0% (3)  top-3 shown  75.0% (3)  empty  25.0% (1)')
    expect(report).toMatch(/^ {2}zh +n= {2}2 {2}top-1 {2}50\.0% \(1\)/m)
    expect(report).not.toContain('misses')
    const withMisses = formatScore('tiny', score, { misses: true })
    expect(withMisses).toContain('misses (2)')
    expect(withMisses).toContain('[limit/en] rate_limit ← insufficient_balance, rate_limit')
    expect(withMisses).toContain('network ← (nothing)')
  })

  it('treats two copies of one error as the same paste, and different errors as different', () => {
    expect(
      nearDuplicate(
        '429 当前分组上游负载已饱和，请稍后再试 (request id: 20250423020142736330894dLoIRrS6)',
        '429 当前分组上游负载已饱和，请稍后再试 (request id: 2024062804540355103293018330914)',
      ),
    ).toBe(true)
    expect(nearDuplicate('Error: getaddrinfo ENOTFOUND api.openai.com', 'getaddrinfo ENOTFOUND api.openai.com')).toBe(
      true,
    )
    expect(nearDuplicate('Request failed with status code 502', 'Request failed with status code 503')).toBe(false)
    expect(
      nearDuplicate(
        'stream disconnected before completion',
        'stream disconnected before completion: stream closed before response.completed',
      ),
    ).toBe(false)
  })
})

/**
 * Pastes of `set` that repeat each other or a tuning or older held-out paste. For the held-out set
 * (`hideSet`) a failure names only the other fixture and the held-out paste's index: its text
 * must never reach anyone who edits the catalogue, and a test's output is read while editing it.
 */
function repeatsIn(set: readonly LabelledPaste[], { hideSet = false } = {}): string[] {
  const others = [...pastedErrors, ...heldOutErrors].map((fixture) => [fixture.text, pasteFingerprint(fixture.text)])
  const own = set.map((paste) => pasteFingerprint(paste.text))
  const shown = (index: number) => (hideSet ? `paste #${index} of this set` : set[index]!.text)
  const repeats: string[] = []
  own.forEach((print, index) => {
    for (const [other, otherPrint] of others)
      if (nearDuplicateFingerprints(print, otherPrint!)) repeats.push(`${shown(index)} ≈ ${other}`)
    own.slice(index + 1).forEach((later, offset) => {
      if (nearDuplicateFingerprints(print, later)) repeats.push(`${shown(index)} ≈ ${shown(index + 1 + offset)}`)
    })
  })
  return repeats
}

describe('scripts/lookup-score: which sets list their misses', () => {
  it('never lists the misses of a set holding held-out pastes', () => {
    for (const set of ['heldout', 'heldout-untouched', 'heldout-2', 'heldout-3', 'all'])
      expect(mayListMisses(set), set).toBe(false)
    for (const set of ['dev', 'tuning', 'old-heldout']) expect(mayListMisses(set), set).toBe(true)
  })
})

/**
 * Pastes of `set` that share a thread or (nearly) a text with `others`, each named by its index in
 * `set` only: both may be held-out sets, whose texts no failure may print.
 */
function sharedWith(set: readonly DevPaste[], others: ReadonlyArray<LabelledPaste & { source?: string }>): string[] {
  const prints = others.map((paste) => pasteFingerprint(paste.text))
  const threads = new Set(others.map((paste) => paste.source))
  return set.flatMap((paste, index) => {
    const print = pasteFingerprint(paste.text)
    const same = prints.some((other) => nearDuplicateFingerprints(print, other))
    return same || threads.has(paste.source) ? [`paste #${index} (${same ? 'text' : 'thread'})`] : []
  })
}

/** A GitHub thread's address without a comment anchor or query, in lower case. */
const threadOf = (source: string) =>
  /^https:\/\/github\.com\/[^\s/]+\/[^\s/]+\/(?:issues|pull|discussions)\/\d+/.exec(source)?.[0]?.toLowerCase() ??
  source

/**
 * The pastes of a held-out set that break a labelling rule, each named by its index only: a known
 * cause and family, a thread address, and `zh` exactly when the text holds Chinese (the language a
 * reader of the zh site would search in).
 */
function mislabelled(
  set: ReadonlyArray<LabelledPaste & { family: string; source: string }>,
  families: readonly string[],
  source: RegExp,
): string[] {
  return set.flatMap((paste, index) =>
    causes.includes(paste.cause) &&
    families.includes(paste.family) &&
    source.test(paste.source) &&
    /\p{Script=Han}/u.test(paste.text) === (paste.lang === 'zh')
      ? []
      : [`paste #${index}`],
  )
}

/** The values of `field` that no paste of `set` carries. */
function uncovered<Field extends 'cause' | 'family'>(
  set: ReadonlyArray<LabelledPaste & { family: string }>,
  field: Field,
  values: readonly string[],
): string[] {
  const seen = new Set<string>(set.map((paste) => paste[field]))
  return values.filter((value) => !seen.has(value))
}

/** The pastes of `set` holding something the lookup's own key masking would mask, by index. */
const withKeys = (set: readonly LabelledPaste[]) =>
  set.flatMap((paste, index) => (maskKeys(paste.text) === paste.text ? [] : [`paste #${index}`]))

describe('held-out set checks', () => {
  it('name a mislabelled, keyed or missing paste by its index or value, never by its text', () => {
    const good = {
      text: '余额不足',
      cause: 'insufficient_balance' as const,
      lang: 'zh' as const,
      family: 'gateway',
      source: 'https://x/1',
    }
    const set = [
      good,
      { ...good, lang: 'en' as const },
      { ...good, family: 'elsewhere' },
      { ...good, text: `key sk-${'a'.repeat(40)}` },
    ]
    expect(mislabelled(set, ['gateway'], /^https:/)).toEqual(['paste #1', 'paste #2', 'paste #3'])
    expect(withKeys(set)).toEqual(['paste #3'])
    expect(uncovered(set, 'family', ['gateway', 'transport'])).toEqual(['transport'])
  })
})

describe('repeat checks', () => {
  it('name a held-out paste by its index only, never by its text', () => {
    const copy = { text: `Error: ${pastedErrors[0]!.text}`, cause: pastedErrors[0]!.cause, lang: pastedErrors[0]!.lang }
    expect(repeatsIn([copy], { hideSet: true })).toEqual([`paste #0 of this set ≈ ${pastedErrors[0]!.text}`])
    expect(repeatsIn([copy])[0]).toContain(copy.text)
  })
})

describe('test/fixtures/lookup-heldout: the held-out set', () => {
  it('holds at least 130 pastes, at least half of them Chinese', () => {
    expect(lookupHeldOut.length).toBeGreaterThanOrEqual(130)
    const zh = lookupHeldOut.filter((paste) => paste.lang === 'zh').length
    expect(zh * 2).toBeGreaterThanOrEqual(lookupHeldOut.length)
  })

  it('labels each paste with a known cause, its language, a family and the thread it came from', () => {
    expect(mislabelled(lookupHeldOut, lookupFamilies, /^https:\/\/[^\s]+$/)).toEqual([])
  })

  it('covers every cause and every family the issue names, so a cause the lookup never gets right cannot hide', () => {
    expect(uncovered(lookupHeldOut, 'cause', causes)).toEqual([])
    expect(uncovered(lookupHeldOut, 'family', lookupFamilies)).toEqual([])
  })

  it('repeats no paste, and none from the tuning or the older held-out fixtures', () => {
    expect(repeatsIn(lookupHeldOut, { hideSet: true })).toEqual([])
  })

  it("carries no real-looking key: the lookup's own masking finds nothing to mask", () => {
    expect(withKeys(lookupHeldOut)).toEqual([])
  })
})

describe('test/fixtures/lookup-heldout-2: the second held-out set', () => {
  it('holds at least 120 pastes, about half of them Chinese', () => {
    expect(lookupHeldOut2.length).toBeGreaterThanOrEqual(120)
    const zh = lookupHeldOut2.filter((paste) => paste.lang === 'zh').length
    expect(zh / lookupHeldOut2.length).toBeGreaterThanOrEqual(0.4)
    expect(zh / lookupHeldOut2.length).toBeLessThanOrEqual(0.6)
  })

  it('labels each paste with a known cause, its language, a family and its GitHub thread', () => {
    const thread = /^https:\/\/github\.com\/[^\s/]+\/[^\s/]+\/(?:issues|pull|discussions)\/\d+/
    expect(mislabelled(lookupHeldOut2, devFamilies, thread)).toEqual([])
  })

  it('covers every cause and every family', () => {
    expect(uncovered(lookupHeldOut2, 'cause', causes)).toEqual([])
    expect(uncovered(lookupHeldOut2, 'family', devFamilies)).toEqual([])
  })

  it('takes one paste per thread at most, and repeats none from the tuning or the older held-out fixtures', () => {
    const threads = lookupHeldOut2.map((paste) => paste.source)
    expect(threads.length - new Set(threads).size).toBe(0)
    expect(repeatsIn(lookupHeldOut2, { hideSet: true })).toEqual([])
  })

  it('shares no paste and no thread with the first held-out set or the dev set', () => {
    expect(sharedWith(lookupHeldOut2, lookupHeldOut)).toEqual([])
    expect(sharedWith(lookupHeldOut2, [...lookupDev, ...retiredDev])).toEqual([])
  })

  it("carries no real-looking key: the lookup's own masking finds nothing to mask", () => {
    expect(withKeys(lookupHeldOut2)).toEqual([])
  })
})

describe('test/fixtures/pasted-errors: the tuning set', () => {
  // A tuning paste is fixed against; one copied from a thread the dev set or a held-out set scores,
  // or from a repository the second held-out set draws on, would score the lookup on its own tuning.
  // Failures name the tuning paste by its index only.
  it('cites no thread of the dev or held-out sets and no repository of the second held-out set', () => {
    const threads = new Set([...lookupDev, ...lookupHeldOut, ...lookupHeldOut2].map((paste) => threadOf(paste.source)))
    const heldOutRepos = new Set(lookupHeldOut2.map((paste) => repositoryOf(paste.source)))
    const cited = pastedErrors.flatMap((paste, index) => {
      const addresses = paste.source.match(/https:\/\/github\.com\/[^\s)`'",]+/g) ?? []
      return addresses.some((address) => threads.has(threadOf(address)) || heldOutRepos.has(repositoryOf(address)))
        ? [`paste #${index}`]
        : []
    })
    expect(cited).toEqual([])
  })

  // The learned reading trains on these pastes: a second copy of one (two rounds citing one vendor table) would weigh
  // its words twice.
  it('holds each text once', () => {
    const firstAt = new Map<string, number>()
    const repeated = pastedErrors.flatMap((paste, index) => {
      const text = paste.text.trim()
      const first = firstAt.get(text)
      firstAt.set(text, first ?? index)
      return first === undefined ? [] : [`paste #${index} repeats #${first}`]
    })
    expect(repeated).toEqual([])
  })
})

describe('test/fixtures/lookup-dev: the dev set', () => {
  it('holds at least 60 pastes with a known cause, its language, a family and its address', () => {
    expect(lookupDev.length).toBeGreaterThanOrEqual(60)
    expect(new Set(devFamilies)).toEqual(new Set(lookupFamilies))
    for (const paste of lookupDev) {
      expect(causes, paste.text).toContain(paste.cause)
      expect(devFamilies, paste.text).toContain(paste.family)
      // a GitHub thread, or a page of another site (a gateway's error-report pages): its address either way
      expect(paste.source, paste.text).toMatch(
        /^https:\/\/(?:github\.com\/[^\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s]*)$/,
      )
      expect(/\p{Script=Han}/u.test(paste.text), paste.text).toBe(paste.lang === 'zh')
    }
  })

  it('repeats no paste, and none from the tuning or the older held-out fixtures', () => {
    expect(repeatsIn(lookupDev)).toEqual([])
  })

  it("carries no real-looking key: the lookup's own masking finds nothing to mask", () => {
    for (const paste of lookupDev) expect(maskKeys(paste.text)).toBe(paste.text)
  })

  // The dev set's misses are read and fixed against; a held-out paste or thread in it would leak
  // the held-out set into that loop. Failures name the dev paste only, never held-out text.
  it('shares no paste and no thread with the held-out set (the retired pastes did)', () => {
    expect(untouchedBy(retiredDev, lookupHeldOut)).toEqual([])
    const heldOutPrints = lookupHeldOut.map((paste) => pasteFingerprint(paste.text))
    const heldOutThreads = new Set(lookupHeldOut.map((paste) => paste.source))
    const leaks = lookupDev.flatMap((paste) => {
      const print = pasteFingerprint(paste.text)
      const same = heldOutPrints.some((other) => nearDuplicateFingerprints(print, other))
      return same || heldOutThreads.has(paste.source) ? [`${paste.source} ${paste.text.slice(0, 60)}`] : []
    })
    expect(leaks).toEqual([])
    // nor with the second held-out set (named by the dev paste's index only)
    expect(sharedWith(lookupDev, lookupHeldOut2)).toEqual([])
  })

  // The second held-out set was drawn from repositories no fixture cited; a dev paste from one of
  // them would fix the lookup against that project's wording, which the set is there to measure.
  it('draws on no repository the second held-out set draws on', () => {
    const heldOutRepos = new Set(lookupHeldOut2.map((paste) => repositoryOf(paste.source)))
    const shared = lookupDev.flatMap((paste, index) =>
      heldOutRepos.has(repositoryOf(paste.source)) ? [`paste #${index}`] : [],
    )
    expect(shared).toEqual([])
  })
})
