import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { h, type Component } from 'vue'
import { errorCatalogue } from '@data/errors.ts'
import { DeferredErrorCatalogueTable, DeferredErrorLookup } from '@components/error-lookup/deferred.ts'
import { serverThenHydrate } from './support/server-then-hydrate.ts'

/** The page as the server renders it, then hydrated in the browser the way VitePress does. */
function serverThenHydrateWidgets(widget: Component | Component[], locale: 'zh' | 'en') {
  const widgets = Array.isArray(widget) ? widget : [widget]
  return serverThenHydrate({
    render: () =>
      h(
        'main',
        widgets.map((each) => h(each, { locale, 'site-base': '/' })),
      ),
  })
}

const rowIds = (root: ParentNode) =>
  [...root.querySelectorAll('tr[data-error-id]')].map((row) => row.getAttribute('data-error-id'))

/** Every id another element points at, with whether it exists, and the elements' own ids. */
function idReferences(root: HTMLElement) {
  const refs: string[] = []
  for (const element of root.querySelectorAll('[for], [aria-describedby], [aria-controls], [list]'))
    for (const name of ['for', 'aria-describedby', 'aria-controls', 'list'])
      refs.push(...(element.getAttribute(name)?.split(/\s+/).filter(Boolean) ?? []))
  const ids = [...root.querySelectorAll('[id]')].map((element) => element.id)
  return { refs, missing: refs.filter((ref) => !root.querySelector(`[id="${ref}"]`)), ids }
}

// Vue warns (in development builds and here) when hydration finds other attributes than it would
// render: the widgets' ids once differed, dumping the whole catalogue into the test log per warning.
let vueWarnings: string[] = []
beforeEach(() => {
  window.history.replaceState(null, '', '/errors')
  vueWarnings = []
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    vueWarnings.push(String(args[0]).slice(0, 200))
  })
})
afterEach(() => {
  document.body.innerHTML = ''
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  expect(vueWarnings).toEqual([])
})

describe('components/error-lookup/deferred: /errors widgets load after first paint', () => {
  it.each(['zh', 'en'] as const)('server HTML holds the whole table and the lookup box (%s)', async (locale) => {
    const table = await serverThenHydrateWidgets(DeferredErrorCatalogueTable, locale)
    expect(rowIds(table.container)).toEqual(errorCatalogue.map((entry) => entry.id))
    // Every row and its entry page's link; a row's details render once opened (ErrorTableRow), so not its examples.
    const first = errorCatalogue[0]!
    expect(table.html).toContain(`/errors/${first.id}"`)
    expect(table.html).not.toContain(first.examples[0]!.text.slice(0, 20).replace(/"/g, '&quot;'))
    const lookup = await serverThenHydrateWidgets(DeferredErrorLookup, locale)
    expect(lookup.container.querySelector('textarea[name="q"]')).not.toBeNull()
    expect(lookup.container.querySelector('[data-lookup-results]')).not.toBeNull()
  })

  it('hydrating both widgets of /errors keeps the server ids: no mismatch, unique, every reference resolves', async () => {
    const { container, hydrate } = await serverThenHydrateWidgets(
      [DeferredErrorLookup, DeferredErrorCatalogueTable],
      'en',
    )
    const before = idReferences(container)
    expect(before.refs.length).toBeGreaterThanOrEqual(5)
    expect(before.missing).toEqual([])
    expect(new Set(before.ids).size).toBe(before.ids.length)
    hydrate()
    await flushPromises()
    // Wake the table (it waits for the reader) so both widgets' apps have hydrated.
    container.querySelector('select')!.dispatchEvent(new Event('focusin', { bubbles: true }))
    const widgets = [...container.querySelectorAll('[data-widget-id]')]
    expect(widgets).toHaveLength(2)
    await vi.waitFor(() => expect(widgets.every((element) => '__vue_app__' in element)).toBe(true))
    await flushPromises()
    const after = idReferences(container)
    expect(after).toEqual(before)
  })

  it('the lookup hydrates the server DOM (same elements) and answers ?q= on load', async () => {
    window.history.replaceState(null, '', `/errors?q=${encodeURIComponent('无可用渠道')}`)
    const { container, hydrate } = await serverThenHydrateWidgets(DeferredErrorLookup, 'zh')
    const box = container.querySelector('textarea')!
    hydrate()
    await vi.waitFor(() => expect(container.querySelector('[data-lookup-results] [data-error-id]')).not.toBeNull())
    expect(container.querySelector('textarea')).toBe(box)
    expect(box.value).toBe('无可用渠道')
    expect(container.querySelector('[data-lookup-results] [data-error-id]')!.getAttribute('data-cause')).toBe(
      'no_channel',
    )
  })

  it('keeps what was typed into the box before the script took over', async () => {
    const { container, hydrate } = await serverThenHydrateWidgets(DeferredErrorLookup, 'en')
    const box = container.querySelector('textarea')!
    box.value = 'TypeError: Failed to fetch'
    hydrate()
    await vi.waitFor(
      () =>
        expect(container.querySelector('[data-lookup-results] [data-error-id]')?.getAttribute('data-cause')).toBe(
          'network',
        ),
      { timeout: 2000 },
    )
    expect(box.value).toBe('TypeError: Failed to fetch')
  })

  it('the table stays server DOM until touched, then filters (the change that woke it counts)', async () => {
    const { container, hydrate } = await serverThenHydrateWidgets(DeferredErrorCatalogueTable, 'en')
    const firstRow = container.querySelector('tr[data-error-id]')
    hydrate()
    await flushPromises()
    const cause = container.querySelectorAll('select')[1]!
    cause.value = 'rate_limit'
    cause.dispatchEvent(new Event('change', { bubbles: true }))
    await vi.waitFor(() =>
      expect(
        new Set([...container.querySelectorAll('tr[data-error-id]')].map((row) => row.getAttribute('data-cause'))),
      ).toEqual(new Set(['rate_limit'])),
    )
    expect(container.querySelector('tr[data-error-id]')).not.toBe(firstRow)
  })
})
