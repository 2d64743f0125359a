import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buffered, heldBackByProxy, streamPacing } from '@components/connection-tester/engine/checks/stream.ts'
import { stallMeter } from '@components/connection-tester/engine/stall-meter.ts'
import { systemClock } from '@components/connection-tester/engine/run-checks.ts'

const sseHeaders = (extra: Record<string, string> = {}) =>
  new Headers({ 'content-type': 'text/event-stream; charset=utf-8', ...extra })

describe('streamPacing: a stream buffered in between, not a reader that could not run', () => {
  const wholeInOneRead = { chunks: 7, readsWithEvents: 1 }

  it('a proxy that held the whole stream while the reader waited awake held it', () => {
    expect(streamPacing({ ...wholeInOneRead, firstByteMs: 1200, stalledMs: 0 }, sseHeaders())).toBe('held')
    // Stalled for part of the wait, but awake for more than the threshold of it, and awake when it came.
    expect(streamPacing({ ...wholeInOneRead, firstByteMs: 500, stalledMs: 300, lastStallMs: 0 }, sseHeaders())).toBe(
      'held',
    )
    // The short stalls of any loaded machine cannot hide a paced stream, nor let a proxy off.
    expect(streamPacing({ ...wholeInOneRead, firstByteMs: 1200, stalledMs: 40, lastStallMs: 40 }, sseHeaders())).toBe(
      'held',
    )
  })

  it('a paced stream read late by a starved reader (one read, after a long wait) is paced', () => {
    // The wait alone (320 ms, over the threshold) once called this buffered.
    expect(320).toBeGreaterThanOrEqual(buffered.minWaitMs)
    expect(streamPacing({ ...wholeInOneRead, firstByteMs: 320, stalledMs: 290, lastStallMs: 290 }, sseHeaders())).toBe(
      'paced',
    )
  })

  it('a late server, then a stall that covered its paced events, is unclear, not held', () => {
    // 200 ms awake waiting for the server, then 300 ms stalled while it streamed: subtracting the
    // stall from the wait (the rule before) still left 200 ms "awake", and called it buffered.
    const lateThenStalled = { ...wholeInOneRead, firstByteMs: 520, stalledMs: 300 }
    expect(lateThenStalled.firstByteMs - lateThenStalled.stalledMs).toBeGreaterThanOrEqual(buffered.minWaitMs)
    expect(streamPacing({ ...lateThenStalled, lastStallMs: 300 }, sseHeaders())).toBe('unclear')
    // The same stall long before the stream landed, the reader awake again when it did: held.
    expect(streamPacing({ ...lateThenStalled, lastStallMs: 0 }, sseHeaders())).toBe('held')
  })

  it('a stream sent with a Content-Length was held, however the reader fared', () => {
    const headers = sseHeaders({ 'content-length': '812' })
    expect(streamPacing({ ...wholeInOneRead, firstByteMs: 320, stalledMs: 320, lastStallMs: 320 }, headers)).toBe(
      'held',
    )
    expect(streamPacing({ chunks: 3, readsWithEvents: 3, firstByteMs: 5 }, headers)).toBe('held')
  })

  it('events spread over reads, or a one-token stream sharing a read, are paced', () => {
    expect(streamPacing({ chunks: 7, readsWithEvents: 4, firstByteMs: 1200, stalledMs: 0 }, sseHeaders())).toBe('paced')
    expect(streamPacing({ chunks: 4, readsWithEvents: 1, firstByteMs: 1200, stalledMs: 0 }, sseHeaders())).toBe('paced')
    expect(streamPacing({ ...wholeInOneRead, firstByteMs: 60, stalledMs: 0 }, sseHeaders())).toBe('paced')
  })
})

describe('heldBackByProxy: two readings, as a proxy holds every stream', () => {
  it('blames the proxy when no stream came paced and one was seen held', () => {
    expect(heldBackByProxy(['held', 'held'])).toBe(true)
    expect(heldBackByProxy(['held', 'unclear'])).toBe(true)
    expect(heldBackByProxy(['unclear', 'held'])).toBe(true)
  })

  it('clears the path when one stream came paced, or when the reader never saw one land', () => {
    expect(heldBackByProxy(['held', 'paced'])).toBe(false)
    expect(heldBackByProxy(['unclear', 'paced'])).toBe(false)
    expect(heldBackByProxy(['unclear', 'unclear'])).toBe(false)
    expect(heldBackByProxy(['paced'])).toBe(false)
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

  it('keeps the stall a read ends apart, whether the read or the overdue tick runs first', async () => {
    const meter = stallMeter(systemClock, 16)
    await vi.advanceTimersByTimeAsync(100)
    expect(meter.lastStallMs()).toBe(0)
    vi.setSystemTime(Date.now() + 300)
    // Bytes handed over before the overdue tick: the gap is still open.
    expect(meter.lastStallMs()).toBe(400 - 96 - 32)
    // The overdue tick first (the fake clock runs it one tick on): it closes the gap, and bytes
    // read right after it still end that stall.
    await vi.advanceTimersByTimeAsync(16)
    const closed = meter.stalledMs()
    expect(closed).toBeGreaterThanOrEqual(400 - 96 - 32)
    expect(meter.lastStallMs()).toBe(closed)
    // Once a tick comes on time the reader was seen awake again: no stall leads up to a read now.
    await vi.advanceTimersByTimeAsync(16)
    expect(meter.lastStallMs()).toBe(0)
    expect(meter.stalledMs()).toBe(closed)
    meter.stop()
  })
})
