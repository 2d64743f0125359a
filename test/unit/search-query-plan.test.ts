import { describe, expect, it } from 'vitest'
import {
  isRequestSpecific,
  maxPlannedTerms,
  planQuery,
  preloadQuery,
  searchedFor,
  queryTerms,
  termScore,
} from '../../docs/.vitepress/theme/search/query-plan.ts'

describe('query plan', () => {
  it('splits on spaces, keeps identifiers whole and cuts Chinese into words', () => {
    expect(queryTerms(`gemini-2.5-pro blocked by CORS policy: No 'Access-Control-Allow-Origin' header`)).toEqual([
      'gemini-2.5-pro',
      'blocked',
      'by',
      'CORS',
      'policy',
      'No',
      'Access-Control-Allow-Origin',
      'header',
    ])
    expect(queryTerms('令牌已过期，怎么办？')).toEqual(['令牌', '已', '过期', '怎么', '办'])
    // Node's segmenter leaves 余 and 额 apart; they stay one term.
    expect(queryTerms('余额不足')).toEqual(['余额', '不足'])
  })

  it('ranks names and codes above words, and function words last', () => {
    expect(termScore('llama-3.1-70b')).toBeGreaterThan(termScore('JSON'))
    expect(termScore('502')).toBeGreaterThan(termScore('JSON'))
    expect(termScore('JSON')).toBeGreaterThan(termScore('channel'))
    expect(termScore('渠道')).toBeGreaterThan(termScore('无'))
    for (const word of ['the', 'Your', '了', '不是']) expect(termScore(word)).toBe(0)
  })

  it(`gives pagefind at most ${maxPlannedTerms} distinct words, the telling ones, in the reader's order`, () => {
    expect(planQuery('openai-node llama-3.1-70b 返回了网页而不是 JSON')).toBe(
      'openai-node llama-3.1-70b 返回 网页 JSON',
    )
    expect(planQuery('openai-node llama-3.1-70b 返回了网页而不是 JSON', 'zh', 3)).toBe('openai-node llama-3.1-70b JSON')
    const pasted = 'You exceeded your current quota, please check your plan and billing details'
    expect(planQuery(pasted).split(' ')).toHaveLength(maxPlannedTerms)
    expect(planQuery('openai-python claude-sonnet-4 无可用渠道')).toBe('openai-python claude-sonnet-4 无 可用 渠道')
    // Among equally telling words the later one wins: a phrase's head comes last.
    expect(planQuery('openai-python claude-sonnet-4 无可用渠道', 'zh', 3)).toBe('openai-python claude-sonnet-4 渠道')
    expect(planQuery('Error error ERROR 429')).toBe('Error 429')
    expect(planQuery('令牌已过期')).toBe('令牌 过期')
  })

  it('keeps a short query as it is and still answers a query of only common words', () => {
    expect(planQuery('quota')).toBe('quota')
    expect(planQuery('  ')).toBe('')
    expect(planQuery('what is the')).toBe('what is the')
    expect(planQuery('a b c d e', 'en', 2)).toBe('d e')
  })

  it('preloads the planned words already finished, not the one being typed', () => {
    expect(preloadQuery('openai-node llama-3.1-70b HTML instead of JS')).toBe('openai-node llama-3.1-70b HTML instead')
    expect(preloadQuery('rate limit exce')).toBe('rate limit')
    expect(preloadQuery('gpt')).toBe('')
    expect(preloadQuery('令牌已过期')).toBe('令牌 过期')
  })

  it("leaves out what belongs to the reader's own request: keys, URLs, ids, hashes, timestamps", () => {
    for (const word of [
      'sk-proj-abc123XYZ',
      'https://platform.openai.com/account/api-keys',
      'req_8f3a2b1c9d4e5f60718293a4b5c6d7e8',
      'chatcmpl-AbCdEfGhIjKlMnOpQrStUv',
      '123e4567-e89b-12d3-a456-426614174000',
      '1732345678901',
      'someone@example.com',
    ])
      expect(isRequestSpecific(word), word).toBe(true)
    for (const word of [
      'claude-3-7-sonnet-20250219',
      'gpt-4o-mini-2024-07-18',
      'openai.APIConnectionError',
      '429',
      'insufficient_user_quota',
    ])
      expect(isRequestSpecific(word), word).toBe(false)
    expect(
      planQuery(
        'Incorrect API key provided: sk-proj-abc123XYZ. You can find your API key at https://platform.openai.com/account/api-keys.',
        'en',
      ),
    ).toBe('Incorrect API key provided find')
    // Only a key: searched as typed, so the reader still sees an answer (no result) for it.
    expect(planQuery('sk-abc123', 'en')).toBe('sk-abc123')
  })

  it('says which words it searched for only when it left out words that would have narrowed the search', () => {
    const paste =
      'openai.RateLimitError: Error code: 429 - You exceeded your current quota, please check your plan and billing details.'
    expect(searchedFor(paste, 'en')).toBe(planQuery(paste, 'en'))
    expect(searchedFor('Incorrect API key provided: sk-proj-abc123XYZ', 'en')).toBe('Incorrect API key provided')
    // Only function words dropped: nothing a reader would miss.
    for (const [query, lang] of [
      ['充值了还是不能用', 'zh'],
      ['status code 503', 'en'],
      ['You are the one', 'en'],
    ] as const)
      expect(searchedFor(query, lang), query).toBe('')
  })
})
