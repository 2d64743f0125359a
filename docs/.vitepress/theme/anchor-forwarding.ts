import type { Router } from 'vitepress'
import { withBase } from 'vitepress'
import moves from '../../../data/anchor-moves.json'
import { forwardTarget } from '../support/anchor-moves.ts'

/**
 * An old `#anchor` that no longer exists on the page is forwarded to where it moved, on first
 * load and on every in-site navigation, so links in old support replies keep working.
 */
export function installAnchorForwarding(win: Window, router: Router): void {
  const base = withBase('/')
  const check = () => {
    const hash = decodeURIComponent(win.location.hash.slice(1))
    if (hash && win.document.getElementById(hash)) return
    const path = win.location.pathname.slice(base.length - 1).replace(/\.html$/, '')
    const target = forwardTarget(moves, path, hash)
    if (target) void router.go(withBase(target))
  }
  const previous = router.onAfterRouteChange
  router.onAfterRouteChange = async (to) => {
    await previous?.(to)
    check()
  }
  win.addEventListener('hashchange', check)
  if (win.document.readyState === 'loading') win.addEventListener('DOMContentLoaded', check, { once: true })
  else queueMicrotask(check)
}
