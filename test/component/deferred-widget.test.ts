import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { h } from 'vue'
import {
  atOnce,
  defineDeferredWidget,
  loadFailedMessage,
  whenNearOrTouched,
} from '@components/shared/deferred-widget.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A deferred widget whose chunk cannot be downloaded, on a page of the given language. */
function mountFailing(locale: 'zh' | 'en', when = atOnce) {
  const Widget = defineDeferredWidget('Failing', () => Promise.reject(new TypeError('Failed to fetch')), when)
  return mount({ render: () => h('section', [h(Widget, { locale })]) }, { attachTo: document.body })
}

describe('components/shared/deferred-widget when the widget cannot load', () => {
  it.each(['zh', 'en'] as const)('says so in the page language, once (%s)', async (locale) => {
    const page = mountFailing(locale)
    await flushPromises()
    const alerts = page.findAll('[role="alert"][data-widget-failed]')
    expect(alerts).toHaveLength(1)
    expect(alerts[0]?.text()).toBe(loadFailedMessage[locale])
    expect(alerts[0]?.find('*').exists()).toBe(false)
  })

  it('says so before anything woke the widget, and clears the notice when the page goes', async () => {
    const page = mountFailing('en', whenNearOrTouched())
    await flushPromises()
    expect(document.querySelectorAll('[data-widget-failed]')).toHaveLength(1)
    page.unmount()
    expect(document.querySelectorAll('[data-widget-failed]')).toHaveLength(0)
  })
})
