import { describe, expect, it } from 'vitest'
import { inIdleSlices, type IdleWindow } from '@components/shared/idle-slices.ts'

/** A window whose clock moves only when the step says it worked, and whose callbacks run when the test says. */
function fakeWindow({ idle }: { idle: boolean }) {
  let clock = 0
  const queued: Array<() => void> = []
  const cancelled: unknown[] = []
  const win: IdleWindow & { tick: (ms: number) => void } = {
    performance: { now: () => clock },
    setTimeout: (handler, ms) => {
      queued.push(handler)
      return `timeout ${ms}`
    },
    clearTimeout: (handle) => void cancelled.push(handle),
    tick: (ms) => void (clock += ms),
    ...(idle
      ? {
          requestIdleCallback: (callback) => {
            queued.push(() => callback({ timeRemaining: () => 30 }))
            return queued.length
          },
          cancelIdleCallback: (handle) => void cancelled.push(handle),
        }
      : {}),
  }
  const runNext = () => queued.shift()?.()
  return { win, queued, cancelled, runNext }
}

describe('inIdleSlices', () => {
  it('does work while the slice lasts, then waits for the next idle time, until the step is done', () => {
    const { win, queued, runNext } = fakeWindow({ idle: true })
    let done = 0
    const perSlice: number[] = []
    inIdleSlices(
      win,
      (hasTime) => {
        let now = 0
        while (done < 10 && hasTime()) {
          done++
          now++
          win.tick(2)
        }
        perSlice.push(now)
        return done === 10
      },
      { sliceMs: 5 },
    )
    expect(done).toBe(0)
    while (queued.length) runNext()
    // 5 ms a slice at 2 ms a unit: three units (0, 2, 4 ms in), so four slices for ten.
    expect(perSlice).toEqual([3, 3, 3, 1])
  })

  /**
   * How many 1 ms units one slice of `sliceMs` does in one idle period whose deadline says `timeRemaining(elapsed)`,
   * `elapsed` being the ms worked since it began.
   */
  function unitsInOneIdlePeriod(timeRemaining: (elapsed: number) => number, sliceMs: number): number {
    const { win, queued } = fakeWindow({ idle: false })
    let clock = 0
    const idleWin: IdleWindow = {
      ...win,
      performance: { now: () => clock },
      requestIdleCallback: (callback) => {
        const began = clock
        queued.push(() => callback({ timeRemaining: () => timeRemaining(clock - began) }))
        return 1
      },
    }
    let units = 0
    inIdleSlices(
      idleWin,
      (hasTime) => {
        for (; hasTime(); clock++) units++
        return true
      },
      { sliceMs },
    )
    queued.shift()!()
    return units
  }

  it('never works past the idle time the browser gives, even when the slice is longer', () => {
    expect(unitsInOneIdlePeriod(() => 2, 10)).toBe(2)
  })

  it('uses the whole of a short idle period, whose time remaining falls as the slice works', () => {
    // A browser's deadline counts down: 8 ms at the start is 4 ms four units in. The slice runs until it reaches 0
    // (it stopped at 4 when the time spent was compared with the time remaining).
    expect(unitsInOneIdlePeriod((elapsed) => Math.max(0, 8 - elapsed), 10)).toBe(8)
    expect(unitsInOneIdlePeriod((elapsed) => Math.max(0, 30 - elapsed), 5)).toBe(5)
  })

  it('falls back to timers with a gap between slices where there is no requestIdleCallback', () => {
    const { win, queued, runNext } = fakeWindow({ idle: false })
    let slices = 0
    inIdleSlices(win, () => ++slices === 3, { gapMs: 40 })
    expect(queued).toHaveLength(1)
    while (queued.length) runNext()
    expect(slices).toBe(3)
  })

  it('stops, cancelling what it scheduled, and a slice already queued does nothing', () => {
    for (const idle of [true, false]) {
      const { win, cancelled, runNext } = fakeWindow({ idle })
      let slices = 0
      const stop = inIdleSlices(win, () => (slices++, false))
      runNext()
      expect(slices).toBe(1)
      stop()
      expect(cancelled).toHaveLength(1)
      runNext()
      expect(slices).toBe(1)
    }
  })
})
