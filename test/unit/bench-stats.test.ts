import { describe, expect, it } from 'vitest'
import { distribution, linearFit, median, percentile, ratio } from '../../bench/stats.ts'
import { formatDuration } from '../../bench/progress.ts'

describe('bench/stats', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 20 }, (_, index) => index + 1)
    expect(percentile(samples, 50)).toBe(10)
    expect(percentile(samples, 95)).toBe(19)
    expect(percentile(samples, 100)).toBe(20)
    expect(percentile([5], 95)).toBe(5)
    expect(percentile([3, 1, 2], 0)).toBe(1)
  })

  it('does not depend on the order of samples', () => {
    expect(percentile([9, 1, 5, 3, 7], 95)).toBe(9)
    expect(median([9, 1, 5, 3])).toBe(4)
    expect(median([2, 7, 1])).toBe(2)
  })

  it('refuses empty input and impossible percentiles instead of printing NaN', () => {
    expect(() => percentile([], 50)).toThrow(/no samples/)
    expect(() => median([])).toThrow(/no samples/)
    expect(() => percentile([1], 101)).toThrow(/outside/)
    expect(() => ratio(1, 0)).toThrow(/zero/)
  })

  it('summarises timings as p50/p95/min/max, rounded', () => {
    expect(distribution([1.234, 2, 3, 4, 100])).toEqual({ n: 5, p50: 3, p95: 100, min: 1.23, max: 100 })
  })

  it('fits a straight line to build times', () => {
    const fit = linearFit([
      { x: 100, y: 10 + 100 * 0.02 },
      { x: 1000, y: 10 + 1000 * 0.02 },
      { x: 10_000, y: 10 + 10_000 * 0.02 },
    ])
    expect(fit.slope).toBeCloseTo(0.02)
    expect(fit.intercept).toBeCloseTo(10)
    expect(fit.r2).toBeCloseTo(1)
    const curved = linearFit([
      { x: 1, y: 1 },
      { x: 2, y: 4 },
      { x: 3, y: 9 },
      { x: 4, y: 16 },
    ])
    expect(curved.r2).toBeLessThan(0.97)
  })

  it('prints durations a person reads at a glance', () => {
    expect(formatDuration(4_200)).toBe('4.2s')
    expect(formatDuration(75_300)).toBe('1m15s')
    expect(formatDuration(600_000)).toBe('10m00s')
  })
})
