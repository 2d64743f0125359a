import type { Clock } from './types.ts'

export interface StallMeter {
  /** Milliseconds so far in which this page or process could not run its own code. */
  stalledMs(): number
  /**
   * Of those, the stall that is still going on, or else the one its latest tick ended: the reader
   * has not been seen awake since. Bytes read now may have been waiting all through it.
   */
  lastStallMs(): number
  stop(): void
}

/**
 * Measures how long the reader itself was held up (a busy main thread, a starved process on a
 * loaded machine), by how late its own timer fires: awake, a `tickMs` timer runs every `tickMs`;
 * whatever a gap holds beyond two ticks is time the reader could not have read anything either.
 * The gap still open when asked counts too, because a starved reader may be handed its waiting
 * bytes before its overdue timer. When it runs first instead, the bytes come just after the tick
 * that closed the gap, which is why that gap is kept apart as the last stall.
 */
export function stallMeter(clock: Clock, tickMs = 16): StallMeter {
  const slackMs = 2 * tickMs
  let last = clock.now()
  let stalled = 0
  let lastClosed = 0
  let handle: unknown
  let stopped = false
  const excess = (now: number) => Math.max(0, now - last - slackMs)
  function tick() {
    const now = clock.now()
    lastClosed = excess(now)
    stalled += lastClosed
    last = now
    if (!stopped) handle = clock.setTimeout(tick, tickMs)
  }
  handle = clock.setTimeout(tick, tickMs)
  return {
    stalledMs: () => stalled + excess(clock.now()),
    lastStallMs: () => excess(clock.now()) || lastClosed,
    stop() {
      stopped = true
      clock.clearTimeout(handle)
    },
  }
}
