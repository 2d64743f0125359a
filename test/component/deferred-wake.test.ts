import { describe, expect, it, vi } from 'vitest'
import { whenTouched } from '@components/shared/deferred/wake.ts'

describe('components/shared/deferred/wake', () => {
  it('whenTouched waits for a touch, wakes once and stops listening', () => {
    const root = document.createElement('div')
    root.append(document.createElement('select'))
    document.body.append(root)
    const wake = vi.fn()
    const teardown = whenTouched(root, wake)
    // In the page and untouched: the server HTML is enough to read. That being on a phone's screen does not wake it
    // either is for a real browser to show (test/e2e/errors.test.ts): happy-dom's IntersectionObserver never reports.
    expect(wake).not.toHaveBeenCalled()
    root.firstElementChild!.dispatchEvent(new Event('focusin', { bubbles: true }))
    root.firstElementChild!.dispatchEvent(new Event('change', { bubbles: true }))
    expect(wake).toHaveBeenCalledTimes(1)
    teardown()
    root.remove()
  })

  it('whenTouched wakes on a pointer press, and not after its teardown', () => {
    const root = document.createElement('div')
    const wake = vi.fn()
    whenTouched(root, wake)()
    root.dispatchEvent(new Event('pointerdown'))
    expect(wake).not.toHaveBeenCalled()
    whenTouched(root, wake)
    root.dispatchEvent(new Event('pointerdown'))
    expect(wake).toHaveBeenCalledTimes(1)
  })
})
