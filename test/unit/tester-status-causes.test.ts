import { describe, expect, it } from 'vitest'
import type { Cause } from '@data/causes.ts'
import { defaultCauseOfStatus, errorCatalogue } from '@data/errors.ts'
import { diagnoseAnswer } from '@components/connection-tester/engine/classify.ts'

/**
 * The tester's status reading as it was written out by hand in classify.ts (at 9a538de), before
 * its table came from the catalogue's `defaultFor`: the derived reading must give the same cause
 * for every status and wording, so moving the fact changed no verdict.
 */
function handWrittenReading(status: number, words: string): Cause {
  if (/context[_ ]length|maximum context|too many tokens|上下文/i.test(words)) return 'context_length'
  if (/quota|balance|credit|额度|余额|budget|payment|insufficient_user_quota|充值/i.test(words) && status !== 503)
    return 'insufficient_balance'
  switch (status) {
    case 401:
      return 'invalid_key'
    case 402:
      return 'insufficient_balance'
    case 403:
      return /region|country|location|地区|unsupported_country/i.test(words) ? 'region_blocked' : 'permission'
    case 404:
      return /model/i.test(words) ? 'model_not_found' : 'base_url'
    case 408:
    case 504:
    case 524:
      return 'timeout'
    case 413:
      return 'context_length'
    case 429:
      return 'rate_limit'
    case 500:
    case 502:
      return 'gateway_error'
    case 529:
      return 'upstream_unavailable'
    case 503:
      return /no available channel|无可用渠道|channel/i.test(words) ? 'no_channel' : 'upstream_unavailable'
    default:
      if (status === 400 || status === 422) {
        return /safety|content[_ ]policy|moderation|敏感|违规/i.test(words) ? 'content_policy' : 'bad_request'
      }
      return status >= 500 ? 'gateway_error' : 'bad_request'
  }
}

const wordings = [
  '',
  'something odd happened',
  'The model `gpt-9` does not exist',
  'no available channel for model gpt-4o',
  'unsupported_country_region_territory',
  'Request blocked by safety system',
  'insufficient_user_quota',
  "This model's maximum context length is 8192 tokens",
]
const statuses = Array.from({ length: 500 }, (_, index) => index + 100)

describe('the tester reads a bare status from the catalogue', () => {
  it('gives every status and wording the cause the hand-written table gave', () => {
    const differences: string[] = []
    for (const status of statuses) {
      for (const message of wordings) {
        const json = { error: { message } }
        const answer = { status, json, text: JSON.stringify(json), contentType: 'application/json' }
        const cause = diagnoseAnswer(answer, undefined).cause
        const before = handWrittenReading(status, message)
        if (cause !== before) differences.push(`${status} "${message}": ${cause}, was ${before}`)
      }
    }
    expect(differences).toEqual([])
  })

  it('takes every bare-status default from the catalogue entries that claim it', () => {
    for (const entry of errorCatalogue) {
      for (const status of entry.defaultFor) expect(defaultCauseOfStatus.get(status)).toBe(entry.cause)
    }
    expect(defaultCauseOfStatus.get(401)).toBe('invalid_key')
    expect(defaultCauseOfStatus.get(429)).toBe('rate_limit')
    expect(defaultCauseOfStatus.has(418)).toBe(false)
  })
})
