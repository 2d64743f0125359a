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
import { afterContentfulPaint } from './first-paint.ts'
import { hashId } from './safe-decode.ts'

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

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

/**
 * What the reader typed or picked in the server DOM before hydration (the change that woke the
 * table, text pasted while the lookup loaded). Hydrating may reset a field, and the widget's state
 * never saw the edit, so these are put back once it is live.
 */
export function changedFields(root: ParentNode): Map<Field, string> {
  const changed = new Map<Field, string>()
  for (const field of root.querySelectorAll<Field>('textarea, input[type="text"], select')) {
    const initial =
      field instanceof HTMLSelectElement
        ? (([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value ?? '')
        : field.defaultValue
    if (field.value !== initial) changed.set(field, field.value)
  }
  return changed
}

/** Sets each field back and tells the widget, as the reader's own input or change would have. */
export function restoreFields(changed: Map<Field, string>): void {
  for (const [field, value] of changed) {
    if (!field.isConnected) continue
    field.value = value
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
  }
}

/** Brings the location's `#id` into view below the fixed top bar, when it is inside `root`. */
function scrollToHash(root: HTMLElement): void {
  const id = hashId(window.location.hash)
  const target = id ? document.getElementById(id) : null
  if (!target || !root.contains(target)) return
  const bar = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--vp-nav-height')) || 64
  window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - bar - 24 })
}

/** Said above the widget when its code cannot be downloaded (offline, or replaced by a deployment). */
export const loadFailedMessage = {
  zh: '这个工具没能加载，请检查网络后刷新页面。',
  en: 'This tool could not load. Check your connection and reload the page.',
} as const

/**
 * Puts the message before the widget's server HTML, which stays on screen but would never respond
 * (the tester's fields stay disabled, the lookup never answers). Text only, once.
 */
export function showLoadFailed(root: HTMLElement, locale: unknown): void {
  if (root.previousElementSibling?.hasAttribute('data-widget-failed')) return
  const notice = document.createElement('p')
  notice.setAttribute('role', 'alert')
  notice.setAttribute('data-widget-failed', '')
  notice.className = 'custom-block danger'
  notice.textContent = loadFailedMessage[locale === 'en' ? 'en' : 'zh']
  root.before(notice)
}

/** Said after the widget when the reader types into it before its code has arrived. */
export const loadingMessage = {
  zh: '这个工具还在加载，你输入的内容会保留，加载完就会处理。',
  en: 'This tool is still loading. What you typed is kept and will be used once it is ready.',
} as const

/**
 * On a slow link the server HTML is on screen for seconds before the widget is live, and a paste
 * into the lookup would meet silence. When the reader types or picks something there and the
 * widget is still not live `delayMs` later, a status line after it says so (after, not before, so
 * the field being typed in does not move). Returns what takes the line away again.
 */
export function noticeWhileLoading(root: HTMLElement, locale: unknown, delayMs = 300): () => void {
  const events = ['input', 'change'] as const
  let notice: HTMLElement | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const stopListening = () => {
    for (const type of events) root.removeEventListener(type, onInput, true)
  }
  function onInput() {
    stopListening()
    timer = setTimeout(() => {
      notice = document.createElement('p')
      notice.setAttribute('role', 'status')
      notice.setAttribute('data-widget-loading', '')
      notice.className = 'custom-block info'
      notice.textContent = loadingMessage[locale === 'en' ? 'en' : 'zh']
      root.after(notice)
    }, delayMs)
  }
  for (const type of events) root.addEventListener(type, onInput, true)
  return () => {
    stopListening()
    clearTimeout(timer)
    notice?.remove()
  }
}

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
