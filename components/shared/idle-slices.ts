/** What `inIdleSlices` needs of a window: passed in, so tests give their own. */
export interface IdleWindow {
  requestIdleCallback?: (callback: (deadline: { timeRemaining: () => number }) => void) => number
  cancelIdleCallback?: (handle: number) => void
  setTimeout: (handler: () => void, ms: number) => unknown
  clearTimeout: (handle: never) => void
  performance: { now: () => number }
}

export interface IdleSliceOptions {
  /**
   * Work per slice, in ms. Lighthouse's mobile run multiplies what it observes by four and counts a task's time past
   * 50 ms as blocking, so a slice stays under 12 ms even on a machine twice as slow as the one that measured it.
   */
  sliceMs?: number
  /** Without `requestIdleCallback` (Safari), the pause between slices, in ms, so input and paint come between them. */
  gapMs?: number
}

/**
 * Runs `step` in short slices while the page is idle until it returns true; `step` does work while `hasTime()` says so.
 * Returns a function that stops it (a widget unmounted before the work is done).
 */
export function inIdleSlices(
  win: IdleWindow,
  step: (hasTime: () => boolean) => boolean,
  { sliceMs = 5, gapMs = 50 }: IdleSliceOptions = {},
): () => void {
  let stopped = false
  let cancel = () => {}
  const runSlice = (remaining: () => number) => {
    if (stopped) return
    const start = win.performance.now()
    // The budget is what the idle period has left when the slice starts: `remaining()` (a deadline's timeRemaining())
    // counts down as the slice works, so compared with the time spent it stopped the slice half-way through.
    const budget = Math.min(sliceMs, remaining())
    const hasTime = () => win.performance.now() - start < budget && remaining() > 0
    cancel = () => {}
    if (!step(hasTime)) schedule()
  }
  const schedule = () => {
    if (win.requestIdleCallback) {
      const handle = win.requestIdleCallback((deadline) => runSlice(() => deadline.timeRemaining()))
      cancel = () => win.cancelIdleCallback?.(handle)
    } else {
      const handle = win.setTimeout(() => runSlice(() => sliceMs), gapMs)
      cancel = () => win.clearTimeout(handle as never)
    }
  }
  schedule()
  return () => {
    stopped = true
    cancel()
  }
}
