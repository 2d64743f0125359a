import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { loadFailedMessage, loadingMessage } from '@components/shared/deferred/notices.ts'
import { atOnce, whenTouched } from '@components/shared/deferred/wake.ts'
import { defineDeferredWidget, type LoadedWidget } from '@components/shared/deferred/widget.ts'
import { serverThenHydrate } from './support/server-then-hydrate.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A deferred widget whose chunk cannot be downloaded, on a page of the given language. */
function mountFailing(locale: 'zh' | 'en', when = atOnce) {
  const Widget = defineDeferredWidget('Failing', () => Promise.reject(new TypeError('Failed to fetch')), when)
  return mount({ render: () => h('section', [h(Widget, { locale })]) }, { attachTo: document.body })
}

describe('components/shared/deferred/widget when the widget cannot load', () => {
  it.each(['zh', 'en'] as const)('says so in the page language, once (%s)', async (locale) => {
    const page = mountFailing(locale)
    await flushPromises()
    const alerts = page.findAll('[role="alert"][data-widget-failed]')
    expect(alerts).toHaveLength(1)
    expect(alerts[0]?.text()).toBe(loadFailedMessage[locale])
    expect(alerts[0]?.find('*').exists()).toBe(false)
  })

  it('says so before anything woke the widget, and clears the notice when the page goes', async () => {
    const page = mountFailing('en', whenTouched)
    await flushPromises()
    expect(document.querySelectorAll('[data-widget-failed]')).toHaveLength(1)
    page.unmount()
    expect(document.querySelectorAll('[data-widget-failed]')).toHaveLength(0)
  })
})

describe('components/shared/deferred/widget on a slow link', () => {
  const Box = defineComponent({
    props: { locale: { type: String, default: 'zh' } },
    setup: () => () => h('textarea', { name: 'paste' }),
  })
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  /** The page's server HTML, hydrated with a widget whose code arrives when the test says. */
  async function slowPage(locale: 'zh' | 'en') {
    let arrive: (loaded: LoadedWidget) => void = () => {}
    let fail: (error: Error) => void = () => {}
    const Widget = defineDeferredWidget(
      'Slow',
      () =>
        import.meta.env.SSR
          ? Promise.resolve({ widget: Box, props: {} })
          : new Promise((resolve, reject) => ((arrive = resolve), (fail = reject))),
      atOnce,
    )
    const { container, hydrate } = await serverThenHydrate({ render: () => h('section', [h(Widget, { locale })]) })
    hydrate()
    await flushPromises()
    const textarea = container.querySelector('textarea') as HTMLTextAreaElement
    return {
      container,
      textarea,
      arrive: (loaded: LoadedWidget) => arrive(loaded),
      fail: (error: Error) => fail(error),
    }
  }
  const notices = (root: ParentNode) => [...root.querySelectorAll('[role="status"][data-widget-loading]')]

  it.each(['zh', 'en'] as const)(
    'says it is still loading when the reader types before it is live, in the page language (%s)',
    async (locale) => {
      const { container, textarea, arrive } = await slowPage(locale)
      await sleep(350)
      expect(notices(container)).toHaveLength(0)
      textarea.value = 'HTTP 401 invalid_api_key'
      textarea.dispatchEvent(new Event('input', { bubbles: true }))
      await sleep(350)
      expect(notices(container).map((notice) => notice.textContent)).toEqual([loadingMessage[locale]])
      arrive({ widget: Box, props: {} })
      await flushPromises()
      expect(notices(container)).toHaveLength(0)
      expect(container.querySelector('textarea')?.value).toBe('HTTP 401 invalid_api_key')
    },
  )

  it('gives way to the failure message when the code never arrives', async () => {
    const { container, textarea, fail } = await slowPage('en')
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
    await sleep(350)
    fail(new TypeError('Failed to fetch'))
    await flushPromises()
    expect(notices(container)).toHaveLength(0)
    expect(container.querySelectorAll('[role="alert"][data-widget-failed]')).toHaveLength(1)
  })
})
