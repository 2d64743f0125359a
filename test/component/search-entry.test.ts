import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { h, ref } from 'vue'
import { openSearch, openSearchEvent } from '../../docs/.vitepress/theme/search/open-search.ts'

const dialogPath = '../../docs/.vitepress/theme/search/SearchDialog.vue'

/** Stands in for the dialog chunk: shows what it was opened with and can close itself. */
const dialogStub = {
  default: {
    props: ['locale', 'lang', 'initialQuery'],
    emits: ['close'],
    setup(props: { locale: string; initialQuery: string }, { emit }: { emit: (event: 'close') => void }) {
      return () =>
        h('div', { 'data-stub-dialog': props.locale }, [
          h('span', { class: 'query' }, props.initialQuery),
          h('button', { class: 'close', onClick: () => emit('close') }),
        ])
    },
  },
}

let wrapper: VueWrapper | undefined

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.doUnmock('vitepress')
  vi.doUnmock(dialogPath)
})

async function mountEntry(
  component: 'PagefindSearch' | 'HomeSearchBox',
  lang: string,
  dialog: () => typeof dialogStub,
) {
  vi.resetModules()
  vi.doMock('vitepress', () => ({ useData: () => ({ lang: ref(lang) }) }))
  vi.doMock(dialogPath, dialog)
  const { default: Component } = (await import(`../../docs/.vitepress/theme/search/${component}.vue`)) as {
    default: Parameters<typeof mount>[0]
  }
  wrapper = mount(Component, { attachTo: document.body })
  await flushPromises()
  return wrapper
}

function press(key: string, init: KeyboardEventInit = {}) {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }))
}

describe('the navbar search button', () => {
  it('is named in the page language and marks itself ready once mounted', async () => {
    const zh = await mountEntry('PagefindSearch', 'zh-CN', () => dialogStub)
    expect(zh.get('[data-search-button]').text()).toContain('搜索')
    expect(zh.get('[data-search-button]').attributes('data-ready')).toBe('true')
    zh.unmount()
    const en = await mountEntry('PagefindSearch', 'en-US', () => dialogStub)
    expect(en.get('[data-search-button]').text()).toContain('Search')
  })

  it('downloads the dialog on first click and closes it on request', async () => {
    const button = await mountEntry('PagefindSearch', 'en-US', () => dialogStub)
    expect(button.find('[data-stub-dialog]').exists()).toBe(false)
    await button.get('[data-search-button]').trigger('click')
    await flushPromises()
    expect(button.get('[data-stub-dialog]').attributes('data-stub-dialog')).toBe('en')
    await button.get('.close').trigger('click')
    expect(button.find('[data-stub-dialog]').exists()).toBe(false)
  })

  it('opens on Ctrl-K and with the query another box hands over', async () => {
    const button = await mountEntry('PagefindSearch', 'zh-CN', () => dialogStub)
    press('k', { ctrlKey: true })
    await flushPromises()
    expect(button.get('.query').text()).toBe('')
    await button.get('.close').trigger('click')
    openSearch(window, '余额不足 402')
    await flushPromises()
    expect(button.get('.query').text()).toBe('余额不足 402')
  })

  // Browsers cache a failed dynamic import for the page's life, so the message asks for a reload.
  it('says the search could not load when the dialog chunk fails, every time it is asked', async () => {
    const button = await mountEntry('PagefindSearch', 'zh-CN', () => {
      throw new Error('chunk gone after a deployment')
    })
    for (let attempt = 0; attempt < 2; attempt++) {
      await button.get('[data-search-button]').trigger('click')
      await flushPromises()
      expect(button.get('[role="alert"]').text()).toBe('搜索加载失败，请检查网络后刷新页面')
      expect(button.find('[data-stub-dialog]').exists()).toBe(false)
    }
  })
})

describe('the home page search box', () => {
  it('hands what was typed to the search dialog', async () => {
    const box = await mountEntry('HomeSearchBox', 'en-US', () => dialogStub)
    const received: string[] = []
    const listener = (event: Event) => received.push((event as CustomEvent<string>).detail)
    window.addEventListener(openSearchEvent, listener)
    await box.get('input[name="q"]').setValue('401 invalid api key')
    await box.get('form').trigger('submit')
    window.removeEventListener(openSearchEvent, listener)
    expect(received).toEqual(['401 invalid api key'])
    expect(box.get('label').text()).toBe('Describe the problem or paste the error message')
  })

  it('searches for what was submitted before the script ran, and takes it out of the address', async () => {
    window.history.replaceState(null, '', '/en/?q=' + encodeURIComponent('  429 rate limit '))
    const received: string[] = []
    const listener = (event: Event) => received.push((event as CustomEvent<string>).detail)
    window.addEventListener(openSearchEvent, listener)
    const box = await mountEntry('HomeSearchBox', 'en-US', () => dialogStub)
    await new Promise((resolve) => setTimeout(resolve, 0))
    window.removeEventListener(openSearchEvent, listener)
    expect(received).toEqual(['429 rate limit'])
    expect((box.get('input[name="q"]').element as HTMLInputElement).value).toBe('429 rate limit')
    expect(window.location.pathname + window.location.search).toBe('/en/')
  })
})
