type PaintWindow = {
  performance: Pick<Performance, 'getEntriesByName'>
  PerformanceObserver?: Pick<typeof PerformanceObserver, 'supportedEntryTypes'> &
    (new (callback: PerformanceObserverCallback) => Pick<PerformanceObserver, 'observe' | 'disconnect'>)
  setTimeout: (handler: () => void, ms: number) => unknown
  clearTimeout: (handle: never) => void
}

/**
 * Resolves once the browser has painted the page's text or images (its first contentful paint),
 * at once if that has happened or cannot be observed, and after `fallbackMs` at the latest.
 *
 * A deferred widget's code waits for this, not for the page's own hydration. Hydration can finish
 * before anything is on screen (a busy phone, a frame the browser holds back), and a chunk
 * requested then competes with the page for the link and the main thread before the reader sees a
 * word; Lighthouse counts every such request into first contentful paint. A tab opened in the
 * background paints nothing until shown, so its widgets wait too, up to `fallbackMs`.
 */
export function afterContentfulPaint(win: PaintWindow, fallbackMs = 3000): Promise<void> {
  return new Promise<void>((resolve) => {
    const Observer = win.PerformanceObserver
    const painted = () => win.performance.getEntriesByName('first-contentful-paint').length > 0
    if (!Observer?.supportedEntryTypes?.includes('paint') || painted()) return resolve()
    let done = false
    const finish = () => {
      if (done) return
      done = true
      observer.disconnect()
      win.clearTimeout(timer as never)
      resolve()
    }
    const observer = new Observer((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) finish()
    })
    observer.observe({ type: 'paint', buffered: true })
    const timer = win.setTimeout(finish, fallbackMs)
    // The paint may have come between the first look and the observer starting.
    if (painted()) finish()
  })
}
