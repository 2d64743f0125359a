import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buffered, heldBackByProxy } from '@components/connection-tester/engine/checks/stream.ts'
import { stallMeter } from '@components/connection-tester/engine/stall-meter.ts'
import { systemClock } from '@components/connection-tester/engine/run-checks.ts'

const sseHeaders = (extra: Record<string, string> = {}) =>
  new Headers({ 'content-type': 'text/event-stream; charset=utf-8', ...extra })

describe('heldBackByProxy: a stream buffered in between, not a reader that could not run', () => {
  const wholeInOneRead = { chunks: 7, readsWithEvents: 1 }

  it('a proxy that held the whole stream while the reader waited awake is buffering', () => {
    expect(heldBackByProxy({ ...wholeInOneRead, firstByteMs: 1200, stalledMs: 0 }, sseHeaders())).toBe(true)
    // Stalled for part of the wait, but awake for more than the threshold of it.
    expect(heldBackByProxy({ ...wholeInOneRead, firstByteMs: 500, stalledMs: 300 }, sseHeaders())).toBe(true)
  })

  it('a paced stream read late by a starved reader (one read, after a long wait) is not', () => {
    // The wait alone (320 ms, over the threshold) once called this buffered.
    expect(320).toBeGreaterThanOrEqual(buffered.minWaitMs)
    expect(heldBackByProxy({ ...wholeInOneRead, firstByteMs: 320, stalledMs: 290 }, sseHeaders())).toBe(false)
  })

  it('a stream sent with a Content-Length was buffered, however the reader fared', () => {
    const headers = sseHeaders({ 'content-length': '812' })
    expect(heldBackByProxy({ ...wholeInOneRead, firstByteMs: 320, stalledMs: 320 }, headers)).toBe(true)
    expect(heldBackByProxy({ chunks: 3, readsWithEvents: 3, firstByteMs: 5 }, headers)).toBe(true)
  })

  it('events spread over reads, or a one-token stream sharing a read, are not', () => {
    expect(heldBackByProxy({ chunks: 7, readsWithEvents: 4, firstByteMs: 1200, stalledMs: 0 }, sseHeaders())).toBe(
      false,
    )
    expect(heldBackByProxy({ chunks: 4, readsWithEvents: 1, firstByteMs: 1200, stalledMs: 0 }, sseHeaders())).toBe(
      false,
    )
    expect(heldBackByProxy({ ...wholeInOneRead, firstByteMs: 60, stalledMs: 0 }, sseHeaders())).toBe(false)
  })
})

describe('stallMeter: how long the reader itself could not run', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('counts nothing while its timer keeps running', async () => {
    const meter = stallMeter(systemClock)
    await vi.advanceTimersByTimeAsync(1000)
    expect(meter.stalledMs()).toBe(0)
    meter.stop()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('counts a stretch in which no timer could fire, even before the overdue one has run', async () => {
    const meter = stallMeter(systemClock, 16)
    await vi.advanceTimersByTimeAsync(100)
    // The clock moves on but nothing runs: a stopped process, a blocked main thread.
    vi.setSystemTime(Date.now() + 300)
    // Last tick at 96 ms, asked at 400: all but two ticks' slack of the gap.
    expect(meter.stalledMs()).toBe(400 - 96 - 32)
    await vi.advanceTimersByTimeAsync(16)
    expect(meter.stalledMs()).toBeGreaterThanOrEqual(250)
    await vi.advanceTimersByTimeAsync(500)
    expect(meter.stalledMs()).toBeLessThanOrEqual(300)
    meter.stop()
  })
})
