import type { Router } from 'vitepress'
import { withBase } from 'vitepress'
import { hashId } from '@components/shared/safe-decode.ts'

/**
 * An old `#anchor` that no longer exists on the page, or an old page that is gone, is forwarded
 * to where it moved, on first load and on every in-site navigation, so links in old support
 * replies keep working. The table of moves loads only when a link actually misses, so articles
 * opened by a current link do not pay for it.
 */
export function installAnchorForwarding(win: Window, router: Router): void {
  const base = withBase('/')
  const check = async () => {
    const hash = hashId(win.location.hash)
    const missed = hash ? !win.document.getElementById(hash) : Boolean(router.route.data.isNotFound)
    if (!missed) return
    const { movedTarget } = await import('./anchor-moved-target.ts')
    const path = win.location.pathname.slice(base.length - 1).replace(/\.html$/, '')
    const target = movedTarget(path, hash)
    if (target) void router.go(withBase(target))
  }
  const previous = router.onAfterRouteChange
  router.onAfterRouteChange = async (to) => {
    await previous?.(to)
    await check()
  }
  win.addEventListener('hashchange', () => void check())
  // No check of its own on first load: the router's first `go()` ends in onAfterRouteChange too,
  // once the page is known. Before that the route is VitePress's placeholder, marked not found,
  // and every page would fetch the table.
}
