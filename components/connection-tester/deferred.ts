import { atOnce } from '../shared/deferred/wake.ts'
import { defineDeferredWidget } from '../shared/deferred/widget.ts'

/**
 * The connection tester's code (the page's largest chunk) loads after first paint. Safe to defer:
 * its server HTML is the form with every field disabled and nameless, outside any form (see
 * TesterForm's `ready`), so nothing can be typed or sent before it comes alive. The page passes
 * `locale` and `site-base`.
 */
export const DeferredConnectionTester = defineDeferredWidget(
  'DeferredConnectionTester',
  async () => {
    const [{ default: widget }, { gateway }] = await Promise.all([
      import('./ConnectionTester.vue'),
      import('@data/gateway.ts'),
    ])
    return { widget, props: { gateway } }
  },
  atOnce,
)
