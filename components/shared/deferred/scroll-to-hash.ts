import { hashId } from '../safe-decode.ts'

/** Brings the location's `#id` into view below the fixed top bar, when it is inside `root`. */
export function scrollToHash(root: HTMLElement): void {
  const id = hashId(window.location.hash)
  const target = id ? document.getElementById(id) : null
  if (!target || !root.contains(target)) return
  const bar = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--vp-nav-height')) || 64
  window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - bar - 24 })
}
