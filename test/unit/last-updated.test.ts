import { describe, expect, it } from 'vitest'
import { updatedOn } from '../../docs/.vitepress/theme/last-updated.ts'

describe('updatedOn', () => {
  it('writes the UTC day as each language writes a date', () => {
    const late = Date.UTC(2026, 10, 23, 23, 30)
    expect(updatedOn(late, 'zh-CN')).toEqual({ iso: '2026-11-23T23:30:00.000Z', text: '2026年11月23日' })
    expect(updatedOn(late, 'en-US').text).toBe('Nov 23, 2026')
    expect(updatedOn(Date.UTC(2027, 0, 5), 'en-US').text).toBe('Jan 5, 2027')
  })

  it('gives the same day whatever the time zone of the machine that renders it', () => {
    // A build in UTC+8 and a browser in UTC-8 must agree, or hydration would rewrite the date.
    const justAfterMidnightUtc = Date.UTC(2026, 0, 1, 0, 5)
    expect(updatedOn(justAfterMidnightUtc, 'zh-CN').text).toBe('2026年1月1日')
  })
})
