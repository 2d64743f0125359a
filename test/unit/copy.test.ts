import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { canCopy, copyText, type ClipboardHost } from '../../components/shared/clipboard.ts'
import { useCopy } from '../../components/shared/useCopy.ts'

interface FakeBrowser {
  host: ClipboardHost
  /** What the async API received. */
  written: string[]
  /** What the hidden textarea held when the legacy command ran. */
  legacy: string[]
  /** Textareas still in the page. */
  leftOver: () => number
}

/** A browser with the async API (`api`: works, refuses, or missing) and the legacy command (`legacy`: works, fails, throws, missing). */
function fakeBrowser(options: {
  api: 'works' | 'refuses' | 'missing'
  secure?: boolean
  legacy: 'works' | 'fails' | 'throws' | 'missing'
}): FakeBrowser {
  const written: string[] = []
  const legacy: string[] = []
  const inPage = new Set<object>()
  let selected = ''
  const clipboard = {
    writeText: async (text: string) => {
      if (options.api === 'refuses') throw new DOMException('denied', 'NotAllowedError')
      written.push(text)
    },
  }
  const document = {
    body: { append: (node: object) => inPage.add(node) },
    createElement: () => {
      const area = {
        value: '',
        style: {} as Record<string, string>,
        setAttribute: () => undefined,
        select: () => (selected = area.value),
        remove: () => inPage.delete(area),
      }
      return area
    },
    execCommand:
      options.legacy === 'missing'
        ? undefined
        : (command: string) => {
            if (options.legacy === 'throws') throw new Error('not allowed')
            if (command !== 'copy' || options.legacy === 'fails') return false
            legacy.push(selected)
            return true
          },
  }
  const host = {
    navigator: options.api === 'missing' ? {} : { clipboard },
    document,
    isSecureContext: options.secure ?? true,
  } as unknown as ClipboardHost
  return { host, written, legacy, leftOver: () => inPage.size }
}

describe('copyText', () => {
  it('writes through the async clipboard API on a secure page', async () => {
    const browser = fakeBrowser({ api: 'works', legacy: 'works' })
    expect(await copyText('sk-report', browser.host)).toBe(true)
    expect(browser.written).toEqual(['sk-report'])
    expect(browser.legacy).toEqual([])
  })

  it('falls back to a hidden textarea on plain http, and removes it', async () => {
    const browser = fakeBrowser({ api: 'works', secure: false, legacy: 'works' })
    expect(await copyText('http page', browser.host)).toBe(true)
    expect(browser.written).toEqual([])
    expect(browser.legacy).toEqual(['http page'])
    expect(browser.leftOver()).toBe(0)
  })

  it('falls back when the browser refuses the async API', async () => {
    const browser = fakeBrowser({ api: 'refuses', legacy: 'works' })
    expect(await copyText('refused', browser.host)).toBe(true)
    expect(browser.legacy).toEqual(['refused'])
  })

  it.each(['fails', 'throws'] as const)(
    'reports failure when the legacy command %s, and never throws',
    async (legacy) => {
      const browser = fakeBrowser({ api: 'missing', legacy })
      expect(await copyText('lost?', browser.host)).toBe(false)
      expect(browser.leftOver()).toBe(0)
    },
  )
})

describe('canCopy', () => {
  it('is true with either way to copy and false with neither', () => {
    expect(canCopy(fakeBrowser({ api: 'works', legacy: 'missing' }).host)).toBe(true)
    expect(canCopy(fakeBrowser({ api: 'missing', legacy: 'works' }).host)).toBe(true)
    expect(canCopy(fakeBrowser({ api: 'works', secure: false, legacy: 'missing' }).host)).toBe(false)
    expect(canCopy(fakeBrowser({ api: 'missing', legacy: 'missing' }).host)).toBe(false)
  })
})

describe('useCopy', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('copies the source, read at copy time, and keeps the outcome until the next copy', async () => {
    const browser = fakeBrowser({ api: 'works', legacy: 'works' })
    let address = '/first'
    const { copy, copied, failed, text, isSupported } = useCopy({ source: () => address, host: browser.host })
    expect(isSupported.value).toBe(true)
    expect([copied.value, failed.value]).toEqual([false, false])
    address = '/second'
    expect(await copy()).toBe(true)
    expect(browser.written).toEqual(['/second'])
    expect([copied.value, failed.value, text.value]).toEqual([true, false, '/second'])
    expect(await copy('given')).toBe(true)
    expect(text.value).toBe('given')
  })

  it('says the copy failed, with the text, so the page can show it to copy by hand', async () => {
    const browser = fakeBrowser({ api: 'refuses', legacy: 'fails' })
    const { copy, copied, failed, text } = useCopy({ host: browser.host })
    expect(await copy('summary')).toBe(false)
    expect([copied.value, failed.value, text.value]).toEqual([false, true, 'summary'])
  })

  it('clears the outcome after copiedDuring, restarting the wait on each copy', async () => {
    vi.useFakeTimers()
    const browser = fakeBrowser({ api: 'works', legacy: 'works' })
    const { copy, copied } = useCopy({ host: browser.host, copiedDuring: 2000 })
    await copy('a')
    vi.advanceTimersByTime(1500)
    expect(copied.value).toBe(true)
    await copy('b')
    vi.advanceTimersByTime(1500)
    expect(copied.value).toBe(true)
    vi.advanceTimersByTime(500)
    expect(copied.value).toBe(false)
  })

  it('without copiedDuring, sets no timer at all', async () => {
    vi.useFakeTimers()
    const { copy, copied } = useCopy({ host: fakeBrowser({ api: 'works', legacy: 'works' }).host })
    await copy('kept')
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(60_000)
    expect(copied.value).toBe(true)
  })

  it('drops a pending reset when the component that owns it goes away', async () => {
    vi.useFakeTimers()
    const scope = effectScope()
    const state = scope.run(() =>
      useCopy({ host: fakeBrowser({ api: 'works', legacy: 'works' }).host, copiedDuring: 1500 }),
    )
    await state?.copy('x')
    expect(vi.getTimerCount()).toBe(1)
    scope.stop()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('is unsupported and fails cleanly where there is no browser (server render)', async () => {
    const { copy, failed, isSupported } = useCopy()
    expect(isSupported.value).toBe(false)
    expect(await copy('x')).toBe(false)
    expect(failed.value).toBe(true)
  })
})
