import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { agreement, SecondLabels } from '../../bench/studies/label-agreement/agreement.ts'
import { lookupDev } from '../fixtures/lookup-dev.ts'

describe('the label agreement study', () => {
  it('splits agreement between the pastes the lookup answers right and those it misses', () => {
    expect(
      agreement([
        { label: 'timeout', second: 'timeout', sure: true, lookup: 'timeout' },
        { label: 'base_url', second: 'invalid_key', sure: false, lookup: 'invalid_key' },
        { label: 'network', second: 'network', sure: true, lookup: 'cors' },
        { label: 'rate_limit', second: 'insufficient_balance', sure: true, lookup: undefined },
      ]),
    ).toEqual({
      count: 4,
      agree: 2,
      lookupRight: 1,
      missed: { count: 3, secondAgreesWithLabel: 1, secondAgreesWithLookup: 1 },
      sure: { count: 3, agree: 2 },
    })
  })

  it('labels dev pastes that still exist, each once', () => {
    const file = new URL('../../bench/studies/label-agreement/second-labels.json', import.meta.url)
    const labels = SecondLabels.parse(JSON.parse(readFileSync(file, 'utf8')))
    expect(labels.length).toBe(160)
    const missing = labels.filter(({ source, text }) => !lookupDev.some((p) => p.source === source && p.text === text))
    expect(missing.map(({ source }) => source)).toEqual([])
    expect(new Set(labels.map(({ source, text }) => `${source}\n${text}`)).size).toBe(labels.length)
  })
})
