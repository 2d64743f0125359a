import { describe, expect, it, vi } from 'vitest'
import { whenNearOrTouched } from '@components/shared/deferred/wake.ts'

describe('components/shared/deferred/wake', () => {
  it('whenNearOrTouched wakes once and stops listening', () => {
    const root = document.createElement('div')
    root.append(document.createElement('select'))
    const wake = vi.fn()
    const teardown = whenNearOrTouched()(root, wake)
    root.firstElementChild!.dispatchEvent(new Event('focusin', { bubbles: true }))
    root.firstElementChild!.dispatchEvent(new Event('change', { bubbles: true }))
    expect(wake).toHaveBeenCalledTimes(1)
    teardown()
  })
})
