import type { Clock } from './types.ts'

export interface StallMeter {
  /** Milliseconds so far in which this page or process could not run its own code. */
  stalledMs(): number
  stop(): void
}

/**
 * Measures how long the reader itself was held up (a busy main thread, a starved process on a
 * loaded machine), by how late its own timer fires: awake, a `tickMs` timer runs every `tickMs`;
 * whatever a gap holds beyond two ticks is time the reader could not have read anything either.
 * The gap still open when asked counts too, because a starved reader may be handed its waiting
 * bytes before its overdue timer.
 */
export function stallMeter(clock: Clock, tickMs = 16): StallMeter {
  const slackMs = 2 * tickMs
  let last = clock.now()
  let stalled = 0
  let handle: unknown
  let stopped = false
  const excess = (now: number) => Math.max(0, now - last - slackMs)
  function tick() {
    const now = clock.now()
    stalled += excess(now)
    last = now
    if (!stopped) handle = clock.setTimeout(tick, tickMs)
  }
  handle = clock.setTimeout(tick, tickMs)
  return {
    stalledMs: () => stalled + excess(clock.now()),
    stop() {
      stopped = true
      clock.clearTimeout(handle)
    },
  }
}
