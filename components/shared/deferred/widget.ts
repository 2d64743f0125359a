import {
  createSSRApp,
  defineComponent,
  h,
  onBeforeUnmount,
  onMounted,
  shallowRef,
  useId,
  type App,
  type Component,
} from 'vue'
import { afterContentfulPaint } from '../first-paint.ts'
import { changedFields, restoreFields } from './fields.ts'
import { noticeWhileLoading, showLoadFailed } from './notices.ts'
import { scrollToHash } from './scroll-to-hash.ts'
import { atOnce, type WakeStrategy } from './wake.ts'

/**
 * A widget whose code loads after first paint, while its server HTML is already on screen.
 * Imported statically, a widget's chunks are modulepreloaded beside the CSS and hold back first
 * paint on a slow link (Lighthouse counts every script that arrives before the first paint), and
 * hydrating it all at once makes long tasks.
 *
 * The page's own app leaves the widget's server DOM alone (an element without client children
 * keeps what the server put in it), and the widget hydrates that DOM later as an app of its own,
 * once its chunk has loaded. Vue's defineAsyncComponent + hydrate strategies do the same, but they
 * would put about 1 KB gzip into the framework chunk every article loads. The page's attributes
 * (`locale`, `site-base`, …) are handed to the widget as props when it starts, with `idPrefix` (below).
 *
 * Ids: the widget's own `useId()` would not survive this. On the server it runs inside the page's
 * app; on the client inside a separate app of its own, which counts from zero, so every `for` and
 * `aria-describedby` would differ from the server HTML (Vue warns of a hydration mismatch for each).
 * So the wrapper takes one id from the page's app, writes it on its element as `data-widget-id`,
 * and the widget derives all its ids from the `idPrefix` prop: the client reads the prefix back
 * from the server's DOM, so both sides use the same string by construction, and two widgets on one
 * page still get different prefixes.
 */
export interface LoadedWidget {
  widget: Component
  /** Props the page does not pass, such as the catalogue, loaded with the widget. */
  props: Record<string, unknown>
}

/** Holds, on the wrapper's element, the prefix the widget's ids are derived from (see above). */
const widgetIdAttribute = 'data-widget-id'

const noop = () => {}

export function defineDeferredWidget(name: string, load: () => Promise<LoadedWidget>, when: WakeStrategy): Component {
  return defineComponent({
    name,
    inheritAttrs: false,
    setup(_, { attrs }) {
      // Unique in the page's app, and named so it cannot meet an id the page's own useId() hands out
      // on the client (the search dialog's). Only the server's is used when hydrating (read back
      // from the DOM); the client's is for a fresh mount after client-side navigation.
      const ownId = `${name}-${useId()}`
      if (import.meta.env.SSR) {
        // The server waits for the widget, so its full HTML is in the page.
        return load().then(
          ({ widget, props: extra }) =>
            () =>
              h('div', { [widgetIdAttribute]: ownId }, [h(widget, { ...attrs, ...extra, idPrefix: ownId })]),
        )
      }
      const root = shallowRef<HTMLElement>()
      let app: App | undefined
      let stop = () => {}
      let stopLoadingNotice = () => {}
      let unmounted = false
      onMounted(() => {
        const element = root.value
        if (!element) return
        const hydrating = element.hasChildNodes()
        if (hydrating) stopLoadingNotice = noticeWhileLoading(element, attrs.locale)
        // The server's HTML goes on screen before the widget's code is fetched: see first-paint.ts.
        const loaded = (hydrating ? afterContentfulPaint(window) : Promise.resolve()).then(load)
        // Reported once, here, whether or not the widget has been woken yet.
        loaded.catch(() => {
          stopLoadingNotice()
          if (!unmounted) showLoadFailed(element, attrs.locale)
        })
        // Reached by client-side navigation there is nothing on screen to wait for.
        stop = (hydrating ? when : atOnce)(element, () => {
          loaded.then(({ widget, props: extra }) => {
            if (unmounted) return
            const changed = changedFields(element)
            const idPrefix = (hydrating && element.getAttribute(widgetIdAttribute)) || ownId
            // With the server's DOM inside this hydrates it; an empty element gets a fresh mount.
            app = createSSRApp(widget, { ...attrs, ...extra, idPrefix })
            app.mount(element)
            stopLoadingNotice()
            restoreFields(changed)
            // The router looked for `#id` before this content existed (a link from another page).
            if (!hydrating) scrollToHash(element)
          }, noop)
        })
      })
      onBeforeUnmount(() => {
        unmounted = true
        stop()
        stopLoadingNotice()
        app?.unmount()
        if (root.value?.previousElementSibling?.hasAttribute('data-widget-failed'))
          root.value.previousElementSibling.remove()
      })
      return () => h('div', { ref: root })
    },
  })
}
