import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { h } from 'vue'
import CopyButton from '@components/shared/CopyButton.vue'

const labels = { label: 'Copy', copiedLabel: 'Copied', failedLabel: 'Copy failed; select it by hand' }
let wrapper: VueWrapper | undefined

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.restoreAllMocks()
})

function clipboardThat(works: boolean) {
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true })
  document.execCommand = vi.fn(() => false)
  const writeText = vi.spyOn(navigator.clipboard, 'writeText')
  return works ? writeText.mockResolvedValue(undefined) : writeText.mockRejectedValue(new Error('denied'))
}

async function click(w: VueWrapper) {
  await w.get('button').trigger('click')
  await flushPromises()
}

describe('CopyButton', () => {
  it('copies its text and says so in a status line', async () => {
    const writeText = clipboardThat(true)
    wrapper = mount(CopyButton, { props: { text: 'curl …', ...labels } })
    expect(wrapper.get('[role="status"]').text()).toBe('')
    await click(wrapper)
    expect(writeText).toHaveBeenCalledWith('curl …')
    expect(wrapper.get('[role="status"]').text()).toBe('Copied')
    expect(wrapper.get('button').text()).toBe('Copy')
    expect(wrapper.emitted('done')).toEqual([[true]])
  })

  it('says copying failed, in the words it was given', async () => {
    clipboardThat(false)
    wrapper = mount(CopyButton, { props: { text: 'report', ...labels } })
    await click(wrapper)
    expect(wrapper.get('[role="status"]').text()).toBe('Copy failed; select it by hand')
    expect(wrapper.emitted('done')).toEqual([[false]])
  })

  it('builds the text at click time when given a function', async () => {
    const writeText = clipboardThat(true)
    let address = '/before'
    wrapper = mount(CopyButton, { props: { text: () => address, ...labels } })
    address = '/after'
    await click(wrapper)
    expect(writeText).toHaveBeenCalledWith('/after')
  })

  it('puts attributes on the button, a caller class in place of its own look', () => {
    wrapper = mount(CopyButton, {
      props: { text: 'x', ...labels },
      attrs: { class: 'reply-copy', 'data-copy-template': '', 'aria-label': 'Copy the English reply' },
    })
    const button = wrapper.get('button')
    expect(button.attributes('type')).toBe('button')
    expect(button.attributes('aria-label')).toBe('Copy the English reply')
    expect(button.attributes('data-copy-template')).toBe('')
    expect(button.classes()).toEqual(['reply-copy'])
    wrapper.unmount()
    wrapper = mount(CopyButton, { props: { text: 'x', ...labels } })
    expect(wrapper.get('button').classes()).toEqual(['widget-button', 'copy-button'])
  })

  it('can say "copied" on the button itself, and back to the label after a failure', async () => {
    const writeText = clipboardThat(true)
    wrapper = mount(CopyButton, { props: { text: 'x', ...labels, buttonCopiedLabel: 'Copied!' } })
    await click(wrapper)
    expect(wrapper.get('button').text()).toBe('Copied!')
    writeText.mockRejectedValue(new Error('denied'))
    await click(wrapper)
    expect(wrapper.get('button').text()).toBe('Copy')
  })

  it('hands the outcome and the text to a status slot', async () => {
    clipboardThat(false)
    wrapper = mount(CopyButton, {
      props: { text: 'the summary', ...labels },
      slots: {
        status: (state: { message: string; failed: boolean; text: string }) =>
          h('p', { 'data-status': '' }, `${state.message}|${state.failed}|${state.text}`),
      },
    })
    await click(wrapper)
    expect(wrapper.get('[data-status]').text()).toBe('Copy failed; select it by hand|true|the summary')
    expect(wrapper.find('.copy-state').exists()).toBe(false)
  })
})
