import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterContentfulPaint } from '../../components/shared/first-paint.ts'

type Win = Parameters<typeof afterContentfulPaint>[0]

/** A window whose first contentful paint happens when the test says so. */
function fakeWindow(options: { supported?: boolean; paintedAlready?: boolean } = {}) {
  vi.useFakeTimers()
  const entries: string[] = options.paintedAlready ? ['first-contentful-paint'] : []
  const observers: { callback: PerformanceObserverCallback; connected: boolean }[] = []
  class Observer {
    static supportedEntryTypes = options.supported === false ? ['mark'] : ['paint', 'mark']
    private record: { callback: PerformanceObserverCallback; connected: boolean }
    constructor(callback: PerformanceObserverCallback) {
      this.record = { callback, connected: false }
      observers.push(this.record)
    }
    observe() {
      this.record.connected = true
    }
    disconnect() {
      this.record.connected = false
    }
  }
  const win = {
    performance: { getEntriesByName: (name: string) => entries.filter((entry) => entry === name) },
    PerformanceObserver: Observer,
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
    clearTimeout: (handle: never) => clearTimeout(handle),
  } as unknown as Win
  return {
    win,
    observers,
    paint(name = 'first-contentful-paint') {
      entries.push(name)
      const list = { getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) }
      for (const observer of observers.filter((o) => o.connected))
        observer.callback(list as unknown as PerformanceObserverEntryList, {} as PerformanceObserver)
    },
  }
}

async function settled(promise: Promise<void>) {
  let done = false
  void promise.then(() => (done = true))
  for (let i = 0; i < 3; i++) await Promise.resolve()
  return done
}

afterEach(() => vi.useRealTimers())

describe('afterContentfulPaint', () => {
  it('waits for the first contentful paint, not for any paint, and stops observing then', async () => {
    const { win, paint, observers } = fakeWindow()
    const painted = afterContentfulPaint(win)
    paint('first-paint')
    expect(await settled(painted)).toBe(false)
    paint()
    expect(await settled(painted)).toBe(true)
    expect(observers.every((observer) => !observer.connected)).toBe(true)
  })

  it('resolves at once when the page has already painted, or the browser cannot say', async () => {
    expect(await settled(afterContentfulPaint(fakeWindow({ paintedAlready: true }).win))).toBe(true)
    expect(await settled(afterContentfulPaint(fakeWindow({ supported: false }).win))).toBe(true)
  })

  it('gives up waiting after the fallback, as in a tab that stays in the background', async () => {
    const { win, observers } = fakeWindow()
    const painted = afterContentfulPaint(win, 3000)
    vi.advanceTimersByTime(2999)
    expect(await settled(painted)).toBe(false)
    vi.advanceTimersByTime(1)
    expect(await settled(painted)).toBe(true)
    expect(observers.every((observer) => !observer.connected)).toBe(true)
  })
})
