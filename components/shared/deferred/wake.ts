/** Decides when to hydrate: calls `wake` once; returns a teardown. */
export type WakeStrategy = (root: HTMLElement, wake: () => void) => () => void

/** Hydrate as soon as the code is in. */
export const atOnce: WakeStrategy = (_root, wake) => {
  wake()
  return () => {}
}

/**
 * Hydrate when someone touches, focuses or changes something in the element: for a widget whose
 * server HTML already shows everything and whose script only serves its controls. Scrolling past it
 * does not wake it: hydrating /errors' table (a row per catalogue entry) as it came near a phone's
 * screen was the page's longest task after first paint (Lighthouse's TBT). A keyboard user tabbing in wakes it by focus,
 * and a control changed before the code is in is restored by the widget (see fields.ts).
 */
export const whenTouched: WakeStrategy = (root, wake) => {
  const events = ['pointerdown', 'focusin', 'change'] as const
  let done = false
  function teardown() {
    for (const type of events) root.removeEventListener(type, fire, true)
  }
  function fire() {
    if (done) return
    done = true
    teardown()
    wake()
  }
  for (const type of events) root.addEventListener(type, fire, true)
  return teardown
}
