import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import ConnectionTester from '@components/connection-tester/ConnectionTester.vue'
import { DeferredConnectionTester } from '@components/connection-tester/deferred.ts'
import { rememberedKeyName } from '@components/connection-tester/key-storage.ts'
import { checkIds } from '@components/connection-tester/engine/types.ts'
import { uiMessages } from '@components/connection-tester/engine/ui-messages.ts'
import { serverThenHydrate } from './support/server-then-hydrate.ts'
import { gateway } from '@data/gateway.ts'
import type { Locale } from '@data/locale.ts'

const key = 'sk-' + 'Kq7'.repeat(16)
const base = 'https://gw.test/v1'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const streamBody = [
  'data: {"choices":[{"delta":{"content":"Hi"},"finish_reason":null}]}\n\n',
  'data: {"choices":[{"delta":{},"finish_reason":"stop"}]}\n\n',
  'data: [DONE]\n\n',
].join('')

/** A working new-api gateway; `chat` replaces the non-streaming chat answer. */
function fakeGateway(
  chat: () => Response = () => json({ id: 'chatcmpl-1', choices: [{ message: { content: 'Hi' } }] }),
) {
  return vi.fn(async (url: string, init: RequestInit) => {
    const path = new URL(url).pathname
    if (path === '/v1/models') return json({ data: [{ id: 'gpt-4o-mini' }, { id: 'gpt-4o' }] })
    if (path === '/api/usage/token')
      return json({ data: { total_available: 10, total_granted: 20, unlimited_quota: false } })
    if (path === '/v1/chat/completions') {
      return String(init.body).includes('"stream":true')
        ? new Response(streamBody, { headers: { 'content-type': 'text/event-stream' } })
        : chat()
    }
    return new Response('', { status: 404 })
  })
}

let consoleCalls: unknown[][] = []

beforeEach(() => {
  window.localStorage.clear()
  window.history.replaceState(
    null,
    '',
    `/tools/connection-test?base=${encodeURIComponent(base)}&model=gpt-4o-mini&timeout=3`,
  )
  consoleCalls = []
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(args)
    })
  }
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

async function mountTester(locale: Locale) {
  const wrapper = mount(ConnectionTester, { props: { locale, gateway, siteBase: '/' }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

async function runWith(wrapper: Awaited<ReturnType<typeof mountTester>>, typedKey: string) {
  await wrapper.find('input[name="apiKey"]').setValue(typedKey)
  await wrapper.find('[data-tester-form]').trigger('submit')
  await vi.waitFor(() => expect(wrapper.find('[data-verdict]').exists()).toBe(true), { timeout: 10_000 })
}

const statuses = (wrapper: Awaited<ReturnType<typeof mountTester>>) =>
  Object.fromEntries(
    wrapper.findAll('[data-check]').map((item) => [item.attributes('data-check'), item.attributes('data-status')]),
  )

describe.each(['zh', 'en'] as const)('ConnectionTester (%s)', (locale) => {
  it('exposes the form and every check as pending, prefilled from the URL', async () => {
    const wrapper = await mountTester(locale)
    const form = wrapper.find('[data-tester-form]')
    expect(form.exists()).toBe(true)
    expect((form.find('input[name="baseUrl"]').element as HTMLInputElement).value).toBe(base)
    expect((form.find('input[name="model"]').element as HTMLInputElement).value).toBe('gpt-4o-mini')
    const keyField = form.find('input[name="apiKey"]')
    expect(keyField.attributes('type')).toBe('password')
    expect(keyField.attributes('autocomplete')).toBe('off')
    expect(wrapper.findAll('[data-check]').map((item) => item.attributes('data-check'))).toEqual([...checkIds])
    expect(Object.values(statuses(wrapper))).toEqual(checkIds.map(() => 'pending'))
    expect(wrapper.find('[data-verdict]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('runs, shows every status and the verdict, and never leaks the key', async () => {
    vi.stubGlobal('fetch', fakeGateway())
    const wrapper = await mountTester(locale)
    await runWith(wrapper, key)
    expect(wrapper.find('[data-verdict]').attributes('data-verdict')).toBe('ok')
    expect(statuses(wrapper)).toEqual({
      'key-format': 'pass',
      'base-url': 'pass',
      reach: 'pass',
      auth: 'pass',
      models: 'pass',
      balance: 'pass',
      chat: 'pass',
      stream: 'pass',
    })
    expect(wrapper.findAll('datalist option').map((option) => option.attributes('value'))).toEqual([
      'gpt-4o-mini',
      'gpt-4o',
    ])
    expect(window.location.href).not.toContain(key)
    expect(JSON.stringify({ ...window.localStorage })).not.toContain(key)
    expect(window.localStorage.length).toBe(0)
    expect(JSON.stringify(consoleCalls)).not.toContain(key)
    expect(wrapper.text()).not.toContain(key)
    expect(wrapper.html().replace(/value="[^"]*"/g, '')).not.toContain(key.slice(8))
    wrapper.unmount()
  })

  it('copies a report with the key masked to 8 characters', async () => {
    vi.stubGlobal('fetch', fakeGateway())
    const copied: string[] = []
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
      copied.push(text)
    })
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true })
    const wrapper = await mountTester(locale)
    await runWith(wrapper, key)
    const copyReport = wrapper.findAll('button').find((button) => /报告|report/i.test(button.text()))
    await copyReport?.trigger('click')
    await flushPromises()
    expect(copied).toHaveLength(1)
    expect(copied[0]).toContain(key.slice(0, 8))
    expect(copied[0]).not.toContain(key.slice(0, 9))
    expect(copied[0]).toContain(base)
    expect(copied[0]).toMatch(/GMT[+-]\d\d:\d\d|GMT \(/)
    wrapper.unmount()
  })

  it('keeps what the user typed after a failed run and shows gateway HTML as text', async () => {
    vi.stubGlobal(
      'fetch',
      fakeGateway(() => json({ error: { message: '<img src=x onerror="alert(1)">bad <b>model</b>' } }, 400)),
    )
    const wrapper = await mountTester(locale)
    await runWith(wrapper, key)
    expect(wrapper.find('[data-verdict]').attributes('data-verdict')).toBe('bad_request')
    expect(statuses(wrapper).chat).toBe('fail')
    expect(wrapper.find('[data-check="chat"] img').exists()).toBe(false)
    expect(wrapper.find('[data-check="chat"] b').exists()).toBe(false)
    expect(wrapper.find('[data-check="chat"]').text()).toContain('<img src=x onerror="alert(1)">bad')
    expect((wrapper.find('input[name="apiKey"]').element as HTMLInputElement).value).toBe(key)
    expect((wrapper.find('input[name="baseUrl"]').element as HTMLInputElement).value).toBe(base)
    wrapper.unmount()
  })

  it('offers curl and the command line when the browser cannot reach the gateway', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    const wrapper = await mountTester(locale)
    await runWith(wrapper, key)
    expect(wrapper.find('[data-verdict]').attributes('data-verdict')).toBe('network')
    const help = wrapper.find('[data-unreachable]')
    expect(help.text()).toContain(`curl -sS '${base}/models'`)
    expect(help.text()).toContain('npm run diagnose -- --base-url')
    expect(help.text()).not.toContain(key)
    wrapper.unmount()
  })

  it('takes credentials out of a base URL typed into the form before the run', async () => {
    vi.stubGlobal('fetch', fakeGateway())
    const wrapper = await mountTester(locale)
    const typed = base.replace('https://', 'https://user:hunter2@') + '?api_key=abc123456789'
    await wrapper.find('input[name="baseUrl"]').setValue(typed)
    await runWith(wrapper, key)
    expect((wrapper.find('input[name="baseUrl"]').element as HTMLInputElement).value).toBe(base)
    expect(wrapper.find('[role="status"].notice').text()).toMatch(/user:pass@/)
    expect(wrapper.text()).not.toContain('hunter2')
    wrapper.unmount()
  })

  it('never writes the key into a value attribute, typed or remembered', async () => {
    vi.stubGlobal('fetch', fakeGateway())
    const wrapper = await mountTester(locale)
    await wrapper.find('input[name="remember"]').setValue(true)
    await runWith(wrapper, key)
    const field = wrapper.find('input[name="apiKey"]').element as HTMLInputElement
    expect(field.value).toBe(key)
    expect(field.getAttribute('value')).toBeNull()
    expect(document.documentElement.outerHTML).not.toContain(key)
    wrapper.unmount()

    const again = await mountTester(locale)
    const remembered = again.find('input[name="apiKey"]').element as HTMLInputElement
    expect(remembered.value).toBe(key)
    expect(document.documentElement.outerHTML).not.toContain(key)
    window.localStorage.clear()
    again.unmount()
  })

  it('stores the key only after opting in, warns where, and forgets it', async () => {
    vi.stubGlobal('fetch', fakeGateway())
    const wrapper = await mountTester(locale)
    expect(wrapper.find('[role="note"]').exists()).toBe(false)
    await wrapper.find('input[name="remember"]').setValue(true)
    expect(wrapper.find('[role="note"]').text()).toMatch(/localStorage/)
    await runWith(wrapper, key)
    expect(window.localStorage.getItem(rememberedKeyName)).toBe(key)
    wrapper.unmount()

    const again = await mountTester(locale)
    expect((again.find('input[name="apiKey"]').element as HTMLInputElement).value).toBe(key)
    await again.find('[data-forget-key]').trigger('click')
    expect(window.localStorage.getItem(rememberedKeyName)).toBeNull()
    expect((again.find('input[name="remember"]').element as HTMLInputElement).checked).toBe(false)
    again.unmount()
  })

  it('renders no form on the server, so nothing can be typed or submitted before the script runs', async () => {
    const html = await renderToString(createSSRApp(ConnectionTester, { locale, gateway }))
    expect(html).not.toContain('<form')
    expect(html).not.toContain('apiKey')
  })

  it("holds the form's place on the server with disabled, nameless fields, and makes them live on mount", async () => {
    const html = await renderToString(createSSRApp(ConnectionTester, { locale, gateway }))
    const server = document.createElement('div')
    server.innerHTML = html
    const fields = [...server.querySelectorAll('input, button')]
    expect(fields.length).toBeGreaterThanOrEqual(6)
    expect(fields.filter((field) => !field.hasAttribute('disabled'))).toEqual([])
    expect(server.querySelectorAll('[name], [data-tester-form]')).toHaveLength(0)
    // The same checks as after mounting, so the list below the form does not move either.
    expect([...server.querySelectorAll('[data-check]')].map((item) => item.getAttribute('data-check'))).toEqual([
      ...checkIds,
    ])

    // A slow phone sees this form for seconds: the greyed-out button says why.
    expect(server.querySelector('button[type="submit"]')?.textContent?.trim()).toBe(uiMessages[locale].form.loading)

    const wrapper = await mountTester(locale)
    const form = wrapper.find('form[data-tester-form]')
    expect(form.findAll('input, button').filter((field) => field.attributes('disabled') !== undefined)).toEqual([])
    expect(form.find('button[type="submit"]').text()).toBe(uiMessages[locale].form.run)
    expect(form.findAll('input').map((field) => field.attributes('name'))).toEqual([
      'baseUrl',
      'apiKey',
      'remember',
      'model',
    ])
    wrapper.unmount()
  })

  it('cancels a run: no verdict, nothing left running, the form intact', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
          ),
      ),
    )
    const wrapper = await mountTester(locale)
    await wrapper.find('input[name="apiKey"]').setValue(key)
    await wrapper.find('[data-tester-form]').trigger('submit')
    await vi.waitFor(() => expect(statuses(wrapper).reach).toBe('running'))
    const cancel = wrapper.findAll('[data-tester-form] button').find((button) => /取消|Cancel/.test(button.text()))
    await cancel?.trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toMatch(/测试已取消|Test cancelled/))
    expect(wrapper.find('[data-verdict]').exists()).toBe(false)
    expect(Object.values(statuses(wrapper)).filter((status) => status === 'running' || status === 'pending')).toEqual(
      [],
    )
    expect((wrapper.find('input[name="apiKey"]').element as HTMLInputElement).value).toBe(key)
    wrapper.unmount()
  })

  it('shows and hides the key on request', async () => {
    const wrapper = await mountTester(locale)
    const toggle = wrapper.find('button[aria-controls]')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    await toggle.trigger('click')
    expect(wrapper.find('input[name="apiKey"]').attributes('type')).toBe('text')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    wrapper.unmount()
  })

  it('drops a key put in the URL without using it, and explains a bad timeout', async () => {
    window.history.replaceState(
      null,
      '',
      `/tools/connection-test?base=${encodeURIComponent(base)}&key=${key}&timeout=abc`,
    )
    const wrapper = await mountTester(locale)
    expect(window.location.href).not.toContain(key)
    expect(window.location.search).toContain('base=')
    expect((wrapper.find('input[name="apiKey"]').element as HTMLInputElement).value).toBe('')
    expect(
      wrapper
        .findAll('[role="status"]')
        .map((n) => n.text())
        .join(' '),
    ).toMatch(/abc/)
    wrapper.unmount()
  })
})

describe('DeferredConnectionTester (the page loads the tester after first paint)', () => {
  it('server-renders the disabled form, then hydrates those same fields into the live form', async () => {
    const page = { render: () => h('main', [h(DeferredConnectionTester, { locale: 'en', 'site-base': '/' })]) }
    const { html, container, hydrate } = await serverThenHydrate(page)
    expect(html).not.toContain('<form')
    expect(html).toContain('data-check="stream"')
    const list = container.querySelector('ol.checks')
    hydrate()
    await vi.waitFor(() =>
      expect(container.querySelector('form[data-tester-form] input[name="apiKey"]')).not.toBeNull(),
    )
    expect(container.querySelector('ol.checks')).toBe(list)
    expect((container.querySelector('input[name="baseUrl"]') as HTMLInputElement).value).toBe(base)
    expect(container.querySelectorAll('input[disabled]')).toHaveLength(0)
    // The form's ids come from the page (data-widget-id), so hydrating changes none and Vue warns of
    // no mismatch (its own useId() in a separate app once gave other ids than the server's).
    const label = container.querySelector('label[for]')!
    expect(html).toContain(`for="${label.getAttribute('for')}"`)
    expect(container.querySelector(`[id="${label.getAttribute('for')}"]`)).not.toBeNull()
    expect(consoleCalls.map((args) => String(args[0]))).toEqual([])
    container.remove()
  })
})
