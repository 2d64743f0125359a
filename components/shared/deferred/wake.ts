/** Decides when to hydrate: calls `wake` once; returns a teardown. */
export type WakeStrategy = (root: HTMLElement, wake: () => void) => () => void

/** Hydrate as soon as the code is in. */
export const atOnce: WakeStrategy = (_root, wake) => {
  wake()
  return () => {}
}

/**
 * Hydrate when the element comes within `margin` of the screen, or when someone touches, focuses or
 * changes something in it before that (a keyboard user tabbing in, a test picking a filter).
 */
export function whenNearOrTouched(margin = '200px'): WakeStrategy {
  return (root, wake) => {
    const events = ['pointerdown', 'focusin', 'change'] as const
    let done = false
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && fire(), {
            rootMargin: margin,
          })
    function teardown() {
      observer?.disconnect()
      for (const type of events) root.removeEventListener(type, fire, true)
    }
    function fire() {
      if (done) return
      done = true
      teardown()
      wake()
    }
    for (const type of events) root.addEventListener(type, fire, true)
    if (observer) observer.observe(root)
    else fire()
    return teardown
  }
}
