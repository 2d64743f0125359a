import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createSSRApp, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { errorCatalogue } from '@data/errors.ts'
import { causeModel } from '@data/cause-model.ts'
import type { Locale } from '@data/locale.ts'
import ErrorLookup from '@components/error-lookup/ErrorLookup.vue'
import ErrorEntryCard from '@components/error-lookup/ErrorEntryCard.vue'
import ErrorCatalogueTable from '@components/error-lookup/ErrorCatalogueTable.vue'
import { lookupMessages } from '@components/error-lookup/messages.ts'
import { warmLookup } from '@components/error-lookup/match.ts'

function mountLookup(locale: Locale, extra: Record<string, unknown> = {}) {
  return mount(ErrorLookup, { props: { locale, catalogue: errorCatalogue, debounceMs: 200, ...extra } })
}

async function type(wrapper: ReturnType<typeof mountLookup>, text: string) {
  await wrapper.get('textarea').setValue(text)
  vi.advanceTimersByTime(250)
  await flushPromises()
}

describe('components/error-lookup/ErrorLookup', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    window.history.replaceState(null, '', '/errors')
  })
  afterEach(() => vi.useRealTimers())

  it.each(['zh', 'en'] as const)('labels the box and shows results after the pause (%s)', async (locale) => {
    const wrapper = mountLookup(locale)
    const textarea = wrapper.get('textarea')
    expect(wrapper.get(`label[for="${textarea.attributes('id')}"]`).text()).toBe(
      locale === 'zh' ? '粘贴报错信息' : 'Paste the error',
    )
    await textarea.setValue('{"error":{"message":"用户额度不足","code":"insufficient_user_quota"}}')
    await flushPromises()
    expect(wrapper.findAll('[data-lookup-results] [data-error-id]')).toHaveLength(0)
    vi.advanceTimersByTime(250)
    await flushPromises()
    const results = wrapper.findAll('[data-lookup-results] [data-error-id]')
    expect(results[0]?.attributes('data-error-id')).toBe('insufficient-user-quota')
    expect(results[0]?.attributes('data-cause')).toBe('insufficient_balance')
    expect(wrapper.text()).toContain(errorCatalogue.find((e) => e.id === 'insufficient-user-quota')!.title[locale])
    expect(wrapper.get('[role="status"]').text()).toMatch(
      locale === 'zh' ? /找到 \d+ 个可能的原因/ : /\d+ possible causes? found/,
    )
  })

  it('keeps the text in ?q= and restores it on load', async () => {
    const wrapper = mountLookup('en')
    await type(wrapper, 'Error code: 429 insufficient_quota')
    expect(new URL(window.location.href).searchParams.get('q')).toBe('Error code: 429 insufficient_quota')
    wrapper.unmount()

    window.history.replaceState(null, '', '/en/errors?q=' + encodeURIComponent('TypeError: Failed to fetch'))
    const reopened = mountLookup('en')
    await flushPromises()
    expect((reopened.get('textarea').element as HTMLTextAreaElement).value).toBe('TypeError: Failed to fetch')
    expect(reopened.get('[data-lookup-results] [data-error-id]').attributes('data-cause')).toBe('network')
  })

  it('never puts a pasted key in the address bar', async () => {
    const wrapper = mountLookup('en')
    await type(wrapper, 'curl -H "Authorization: Bearer sk-Ab12Cd34Ef56Gh78Ij90Kl12" → 401')
    expect(window.location.href).not.toContain('Ab12Cd34')
    expect(new URL(window.location.href).searchParams.get('q')).toContain('sk-********Kl12')
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toContain('Ab12Cd34')
  })

  it('masks a key that arrives in ?q= from a link, in the box and in the address bar at load', async () => {
    const text = 'token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0 → 401 Unauthorized'
    window.history.replaceState(null, '', '/en/errors?q=' + encodeURIComponent(text) + '#top')
    const wrapper = mountLookup('en')
    await flushPromises()
    expect(window.location.href).not.toContain('9f8e7d6c5b4a')
    expect(new URL(window.location.href).searchParams.get('q')).toContain('401 Unauthorized')
    expect(window.location.hash).toBe('#top')
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).not.toContain('9f8e7d6c5b4a')
    expect(wrapper.get('[data-lookup-results] [data-error-id]').attributes('data-cause')).toBe('invalid_key')
  })

  it('renders pasted text as text, never as HTML', async () => {
    const wrapper = mountLookup('en')
    await type(wrapper, '<img src=x onerror="alert(1)"> 该令牌无权使用模型：gpt-4o <b>bold</b>')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('[data-lookup-results] b').exists()).toBe(false)
    expect(wrapper.get('[data-lookup-results]').text()).toContain('gpt-4o')
  })

  it('says honestly when nothing fits and still offers the wizard, the tester and support', async () => {
    const wrapper = mountLookup('zh', { siteBase: '/help/' })
    await type(wrapper, '今天天气不错')
    expect(wrapper.findAll('[data-error-id]')).toHaveLength(0)
    const guess = wrapper.get('[data-lookup-results] [data-guess]')
    expect(guess.attributes('data-layer')).toBe('unknown')
    expect(guess.attributes('data-cause')).toBeUndefined()
    expect(guess.text()).toContain('以下是猜测')
    const links = guess.findAll('a').map((a) => a.attributes('href'))
    expect(links).toEqual(
      expect.arrayContaining([
        '/help/tools/wizard',
        '/help/tools/connection-test',
        '/help/support/contact#how-to-reach-us',
      ]),
    )
  })

  it.each(['zh', 'en'] as const)(
    'labels a guess as a guess, with its basis and a masked support message (%s)',
    async (locale) => {
      const wrapper = mountLookup(locale)
      await type(wrapper, 'Bearer sk-Ab12Cd34Ef56Gh78Ij90Kl12 → {"error":{"code":"quota_frozen_by_vendor"}}')
      expect(wrapper.findAll('[data-error-id]')).toHaveLength(0)
      const guess = wrapper.get('[data-guess]')
      expect(guess.attributes('data-cause')).toBe('insufficient_balance')
      expect(guess.attributes('data-layer')).toBe('account')
      expect(guess.text()).toContain(locale === 'zh' ? '以下是猜测' : 'here is a guess')
      expect(guess.text()).toContain(
        locale === 'zh' ? '错误码 quota_frozen_by_vendor' : 'error code quota_frozen_by_vendor',
      )
      const prefix = locale === 'zh' ? '' : '/en'
      expect(guess.findAll('a').map((a) => a.attributes('href'))).toContain(
        `${prefix}/troubleshooting/balance#insufficient-balance`,
      )
      const message = wrapper.get('[data-support-message]').text()
      expect(message).toContain('quota_frozen_by_vendor')
      expect(message).not.toContain('Ab12Cd34')
      expect(wrapper.get('[role="status"]').text()).toBe(
        locale === 'zh' ? '没有完全对应的条目，给出猜测' : 'No exact match: showing a guess',
      )
    },
  )

  it.each(['zh', 'en'] as const)(
    'lists other possible causes after the answer, as links to their entries (%s)',
    async (locale) => {
      const wrapper = mountLookup(locale, { siteBase: '/help/' })
      await type(wrapper, 'Error code: 403 - {"error":{"message":"该令牌无权访问模型 gpt-4o","type":"new_api_error"}}')
      const matched = wrapper
        .findAll('[data-lookup-results] [data-error-id]')
        .map((card) => card.attributes('data-cause'))
      const items = wrapper.findAll('[data-lookup-results] [data-also-possible]')
      expect(matched.length).toBeGreaterThan(0)
      expect(items.length).toBeGreaterThan(0)
      expect(items.length).toBeLessThanOrEqual(3)
      const prefix = locale === 'zh' ? '/help' : '/help/en'
      for (const item of items) {
        expect(matched).not.toContain(item.attributes('data-cause'))
        expect(item.get('a').attributes('href')).toBe(`${prefix}/errors/${item.attributes('data-also-possible')}`)
      }
      expect(wrapper.get('[data-also-possible-list]').text()).toContain(locale === 'zh' ? '也可能是' : 'It may also be')
    },
  )

  // Each paste shares one word with one entry only (`回复`, `hang`): a word two entries use says too little to list
  // either (`my AI does not reply` listed the network until a timeout entry's code, MODEL_REPLY_TIMEOUT, used `reply` too)
  it.each([
    ['zh', '它不回复了'],
    ['en', 'the assistant hangs'],
  ] as const)(
    'names no layer from a shared word alone, and lists its causes as possibly related, not as alternatives (%s)',
    async (locale, pasted) => {
      const wrapper = mountLookup(locale)
      await type(wrapper, pasted)
      expect(wrapper.findAll('[data-error-id]')).toHaveLength(0)
      expect(wrapper.get('[data-guess]').attributes('data-cause')).toBeUndefined()
      expect(wrapper.findAll('[data-also-possible]').length).toBeGreaterThan(0)
      const list = wrapper.get('[data-also-possible-list]').text()
      expect(list).toContain(lookupMessages[locale].possiblyRelated)
      expect(list).not.toContain(lookupMessages[locale].alsoPossible)
    },
  )

  it.each(['zh', 'en'] as const)(
    "names the key sent to the vendor after the invalid key when a vendor's own words refused it (%s)",
    async (locale) => {
      const wrapper = mountLookup(locale)
      await type(wrapper, 'base_url: https://api.myrelay.example/v1 报错 Incorrect API key provided: sk-abc***wxyz')
      const cards = wrapper.findAll('[data-lookup-results] [data-error-id]')
      expect(cards[0]?.attributes('data-error-id')).toBe('invalid-api-key')
      const shared = cards.find((card) => card.attributes('data-error-id') === 'key-sent-to-vendor')
      expect(shared?.text()).toContain(lookupMessages[locale].reason({ kind: 'shared', value: 'invalid-api-key' }))
      expect(wrapper.findAll('[data-also-possible][data-cause="base_url"]')).toHaveLength(0)
    },
  )

  it.each(['zh', 'en'] as const)(
    "answers with the key sent to the vendor when a vendor refused a relay's key (%s)",
    async (locale) => {
      const wrapper = mountLookup(locale)
      await type(wrapper, '用的中转站的 key，报错 Incorrect API key provided: sk-abc***wxyz')
      const first = wrapper.findAll('[data-lookup-results] [data-error-id]')[0]
      expect(first?.attributes('data-error-id')).toBe('key-sent-to-vendor')
      expect(first?.text()).toContain(
        locale === 'zh'
          ? '密钥发到了厂商的官方接口，没有经过网关'
          : 'The key went to the vendor’s own API, not through the gateway',
      )
    },
  )

  it.each(['zh', 'en'] as const)('says when an entry was named by how the paste describes it (%s)', async (locale) => {
    const wrapper = mountLookup(locale)
    await type(wrapper, '<b>After a long conversation</b> the chat shows an error')
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain(
      locale === 'zh' ? '描述与“After a long conversation”相符' : 'described as “After a long conversation”',
    )
  })

  it.each(['zh', 'en'] as const)(
    'shows the words the learned reading guessed from, when no entry matched (%s)',
    async (locale) => {
      const wrapper = mountLookup(locale, { model: causeModel })
      // a person's own account, in words no entry's pattern holds
      await type(wrapper, '我昨天充了钱，但是现在还是用不了，一直说没额度')
      expect(wrapper.findAll('[data-lookup-results] [data-error-id]')).toHaveLength(0)
      expect(wrapper.get('[data-guess]').attributes('data-cause')).toBe('insufficient_balance')
      expect(wrapper.get('[data-guess]').text()).toContain(
        locale === 'zh' ? '措辞像这类报错：“额度”' : 'worded like errors of this kind: “额度”',
      )
    },
  )

  it('guesses with the two older readings alone when no model is given', async () => {
    const wrapper = mountLookup('en')
    await type(wrapper, '我昨天充了钱，但是现在还是用不了，一直说没额度')
    expect(wrapper.get('[data-guess]').text()).not.toContain('worded like errors of this kind')
  })

  it('answers at once while the model loads, and reads the answer again when it arrives', async () => {
    let arrive: (model: typeof causeModel) => void = () => {}
    const wrapper = mountLookup('en', { model: new Promise((resolve) => (arrive = resolve)) })
    await type(wrapper, '我昨天充了钱，但是现在还是用不了，一直说没额度')
    expect(wrapper.find('[data-guess]').exists()).toBe(true)
    expect(wrapper.get('[data-guess]').text()).not.toContain('worded like errors of this kind')
    arrive(causeModel)
    await flushPromises()
    expect(wrapper.get('[data-guess]').text()).toContain('worded like errors of this kind: “额度”')
    // the text the reader typed stays as it was
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe(
      '我昨天充了钱，但是现在还是用不了，一直说没额度',
    )
  })

  it('follows a model given later, and ignores a load the prop has since replaced or that ends after unmount', async () => {
    const paste = '我昨天充了钱，但是现在还是用不了，一直说没额度'
    let arriveLate: (model: typeof causeModel | null) => void = () => {}
    const wrapper = mountLookup('en', { model: new Promise((resolve) => (arriveLate = resolve)) })
    await type(wrapper, paste)
    await wrapper.setProps({ model: causeModel })
    await flushPromises()
    expect(wrapper.get('[data-guess]').text()).toContain('worded like errors of this kind: “额度”')
    // the first load settles after the prop moved on: it must not take the model away again
    arriveLate(null)
    await flushPromises()
    expect(wrapper.get('[data-guess]').text()).toContain('worded like errors of this kind: “额度”')

    let arriveAfterUnmount: (model: typeof causeModel) => void = () => {}
    const onMatched = vi.fn()
    const gone = mountLookup('en', { model: new Promise((resolve) => (arriveAfterUnmount = resolve)), onMatched })
    await type(gone, paste)
    const matchedBefore = onMatched.mock.calls.length
    expect(matchedBefore).toBeGreaterThan(0)
    gone.unmount()
    arriveAfterUnmount(causeModel)
    await flushPromises()
    expect(onMatched.mock.calls.length).toBe(matchedBefore)
  })

  it('keeps answering when the model never arrives or fails to load', async () => {
    for (const model of [() => new Promise(() => {}), () => Promise.reject(new Error('chunk gone'))]) {
      const wrapper = mountLookup('zh', { model: model() })
      await type(wrapper, 'Error: 429 Too Many Requests')
      expect(wrapper.findAll('[data-lookup-results] [data-error-id]').length).toBeGreaterThan(0)
      wrapper.unmount()
    }
  })

  it('links a guess to its entry and lists the causes after it, never the guessed one', async () => {
    const wrapper = mountLookup('en')
    await type(wrapper, 'Error: 418 {"error":{"code":"quota_frozen_by_vendor"}}')
    const guess = wrapper.get('[data-guess]')
    const entryLink = guess.findAll('a').find((a) => a.text() === 'See the matching error entry')
    expect(entryLink?.attributes('href')).toMatch(/^\/en\/errors\/[a-z0-9-]+$/)
    const causes = wrapper.findAll('[data-also-possible]').map((item) => item.attributes('data-cause'))
    expect(causes).not.toContain('insufficient_balance')
  })

  it('leaves the other possible causes out of the compact lookup', async () => {
    const wrapper = mountLookup('en', { variant: 'compact' })
    await type(wrapper, 'Error code: 403 - {"error":{"message":"该令牌无权访问模型 gpt-4o","type":"new_api_error"}}')
    expect(wrapper.findAll('[data-error-id]').length).toBeGreaterThan(0)
    expect(wrapper.find('[data-also-possible-list]').exists()).toBe(false)
  })

  it('leaves the support message out of the compact lookup', async () => {
    const wrapper = mountLookup('en', { variant: 'compact' })
    await type(wrapper, 'Error: 418')
    expect(wrapper.get('[data-guess]').attributes('data-cause')).toBe('bad_request')
    expect(wrapper.find('[data-support-message]').exists()).toBe(false)
  })

  it('warns when only the status was recognised', async () => {
    const wrapper = mountLookup('en')
    await type(wrapper, 'Request failed with status code 401')
    expect(wrapper.text()).toContain('Read from status 401 alone')
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toContain('/en/tools/connection-test')
  })

  it('keeps a long paste out of the URL and says so, without losing the text', async () => {
    const wrapper = mountLookup('en')
    const long = 'x'.repeat(3000) + ' Error code: 401'
    await type(wrapper, long)
    expect(new URL(window.location.href).searchParams.has('q')).toBe(false)
    expect(wrapper.text()).toContain('too long for the address bar')
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe(long)
  })

  it('clears the box, the results and the URL with the clear button', async () => {
    const wrapper = mountLookup('zh')
    await type(wrapper, '401')
    await wrapper.get('button.error-lookup-clear').trigger('click')
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('')
    expect(wrapper.findAll('[data-error-id]')).toHaveLength(0)
    expect(new URL(window.location.href).searchParams.has('q')).toBe(false)
  })

  it.each(['zh', 'en'] as const)(
    'answers a bare status with its usual entry and one other cause it allows, both marked as read from the status (%s)',
    async (locale) => {
      const wrapper = mountLookup(locale)
      await type(wrapper, 'Request failed with status code 404')
      const cards = wrapper.findAll('[data-lookup-results] [data-error-id]')
      expect(cards.map((card) => card.attributes('data-error-id'))[0]).toBe('wrong-path-404')
      expect(cards).toHaveLength(2)
      expect(cards[1]?.attributes('data-cause')).not.toBe('base_url')
      const results = wrapper.get('[data-lookup-results]').text()
      expect(results).toContain(lookupMessages[locale].statusOnly(404))
      expect(results).toContain(lookupMessages[locale].otherMatches)
    },
  )

  it('emits what it matched', async () => {
    const wrapper = mountLookup('en')
    await type(wrapper, 'Error: socket hang up')
    const [result] = wrapper.emitted('matched')?.at(-1) ?? []
    expect((result as { matches: { entry: { id: string } }[] }).matches[0]?.entry.id).toBe('connection-reset')
  })

  it('compiles the catalogue in idle slices while the box is empty, and stops when it goes away', async () => {
    // A window of the test's own: its idle callbacks run only when the test says, and its clock moves 1 ms a look.
    const idle: Array<(deadline: { timeRemaining: () => number }) => void> = []
    let clock = 0
    const cancelled: number[] = []
    const fakeWindow = (search: string) =>
      ({
        location: new URL(`https://help.example.com/errors${search}`),
        history: { state: null, replaceState: () => {} },
        performance: { now: () => clock++ },
        requestIdleCallback: (callback: (deadline: { timeRemaining: () => number }) => void) => idle.push(callback),
        cancelIdleCallback: (handle: number) => cancelled.push(handle),
        setTimeout: () => 0,
        clearTimeout: () => {},
      }) as unknown as Window
    const catalogue = [...errorCatalogue]
    const wrapper = mountLookup('en', { catalogue, win: fakeWindow('') })
    expect(idle).toHaveLength(1)
    expect(warmLookup(catalogue, () => false)).toBe(false)
    let slices = 0
    while (idle.length) {
      idle.shift()!({ timeRemaining: () => 50 })
      slices++
    }
    expect(slices).toBeGreaterThan(1)
    expect(warmLookup(catalogue, () => false)).toBe(true)
    await type(wrapper, 'Incorrect API key provided')
    expect(wrapper.get('[data-lookup-results] [data-error-id]').attributes('data-cause')).toBe('invalid_key')
    wrapper.unmount()

    // Unmounted half-way: what it scheduled is cancelled. A link's ?q= is read at once: nothing to warm.
    const other = [...errorCatalogue]
    mountLookup('en', { catalogue: other, win: fakeWindow('') }).unmount()
    expect(cancelled).toHaveLength(1)
    mountLookup('en', { catalogue: [...errorCatalogue], win: fakeWindow('?q=429') })
    expect(idle).toHaveLength(1)
  })

  it('compact variant shows one match, links to the full lookup and leaves the URL alone', async () => {
    window.history.replaceState(null, '', '/troubleshooting/auth?q=ignored')
    const wrapper = mountLookup('zh', { variant: 'compact' })
    await flushPromises()
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('')
    await type(wrapper, 'Error code: 503 无可用渠道')
    expect(wrapper.findAll('[data-error-id]')).toHaveLength(1)
    expect(window.location.search).toBe('?q=ignored')
    const full = wrapper.findAll('a').find((a) => a.attributes('href')?.startsWith('/errors?q='))
    expect(decodeURIComponent(full!.attributes('href')!.split('q=')[1]!)).toBe('Error code: 503 无可用渠道')
  })
})

describe('components/error-lookup/ErrorEntryCard', () => {
  it.each(['zh', 'en'] as const)('shows one entry with its links (%s)', (locale) => {
    const entry = errorCatalogue.find((e) => e.id === 'no-available-channel')!
    const wrapper = mount(ErrorEntryCard, { props: { entry, locale } })
    expect(wrapper.attributes('data-error-id')).toBe('no-available-channel')
    expect(wrapper.get('h3').text()).toBe(entry.title[locale])
    expect(wrapper.findAll('ol li')).toHaveLength(entry.steps.length)
    const prefix = locale === 'en' ? '/en' : ''
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual([
      `${prefix}/troubleshooting/model-not-found#no-available-channel`,
      `${prefix}/errors/no-available-channel`,
    ])
  })
})

describe('components/error-lookup/ErrorCatalogueTable', () => {
  it.each(['zh', 'en'] as const)('lists every entry with a link to its page and a copy-link button (%s)', (locale) => {
    const wrapper = mount(ErrorCatalogueTable, { props: { catalogue: errorCatalogue, locale, siteBase: '/help/' } })
    const rows = wrapper.findAll('tr[data-error-id]')
    expect(rows).toHaveLength(errorCatalogue.length)
    const prefix = locale === 'en' ? '/help/en' : '/help'
    for (const [index, entry] of errorCatalogue.entries()) {
      // No id on the row: an old /errors#id link must miss, so the site forwards it to the page.
      expect(rows[index]?.attributes('id')).toBeUndefined()
      expect(rows[index]?.get('a.error-row-anchor').attributes('href')).toBe(`${prefix}/errors/${entry.id}`)
      expect(rows[index]?.get('button[data-copy-link]').attributes('data-copy-link')).toBe(
        `${prefix}/errors/${entry.id}`,
      )
    }
    const labels = wrapper.findAll('.error-filters label').map((label) => label.text())
    expect(labels).toEqual(locale === 'zh' ? ['状态码', '原因', '出错环节'] : ['Status', 'Cause', 'Where it fails'])
    expect(wrapper.get('td[data-label]').attributes('data-label')).toBe(locale === 'zh' ? '状态码：' : 'Status: ')
  })

  it.each(['zh', 'en'] as const)(
    "renders a row's meaning, steps and examples only once it is opened; closed, it links the entry's page (%s)",
    async (locale) => {
      const wrapper = mount(ErrorCatalogueTable, {
        props: { catalogue: errorCatalogue, locale, siteBase: '/help/' },
        attachTo: document.body,
      })
      const [first, second] = errorCatalogue
      const row = wrapper.get(`tr[data-error-id="${first!.id}"]`)
      expect(wrapper.text()).not.toContain(first!.examples[0]!.text)
      expect(wrapper.text()).not.toContain(first!.meaning[locale])
      const prefix = locale === 'en' ? '/help/en' : '/help'
      expect(row.get('details p a').attributes('href')).toBe(`${prefix}/errors/${first!.id}`)
      const details = row.get('details').element as HTMLDetailsElement
      details.open = true
      await row.get('details').trigger('toggle')
      expect(row.text()).toContain(first!.meaning[locale])
      expect(row.text()).toContain(first!.steps[0]![locale])
      expect(row.text()).toContain(first!.examples[0]!.text)
      expect(row.find(`details a[href="${prefix}/errors/${first!.id}"]`).exists()).toBe(false)
      // only that row: the others stay as the server sent them
      expect(wrapper.text()).not.toContain(second!.meaning[locale])
      details.open = false
      await row.get('details').trigger('toggle')
      expect(row.text()).not.toContain(first!.meaning[locale])
      wrapper.unmount()
    },
  )

  it('shows the details of a row opened before the table hydrated (the click that woke it), and none in the server HTML', async () => {
    const props = { catalogue: errorCatalogue, locale: 'en' as const, siteBase: '/' }
    const html = await renderToString(createSSRApp(ErrorCatalogueTable, props))
    const [first] = errorCatalogue
    expect(html).not.toContain('error-row-examples')
    expect(html).toContain(`href="/en/errors/${first!.id}"`)
    const root = document.createElement('div')
    root.innerHTML = html
    document.body.append(root)
    const details = root.querySelector<HTMLDetailsElement>(`tr[data-error-id="${first!.id}"] details`)!
    details.open = true
    const app = createSSRApp(ErrorCatalogueTable, props)
    app.mount(root)
    await nextTick()
    expect(details.isConnected).toBe(true)
    expect(details.textContent).toContain(first!.meaning.en)
    expect(root.querySelectorAll('details[open]')).toHaveLength(1)
    app.unmount()
    root.remove()
  })

  it('filters by status, cause and layer, and resets', async () => {
    const wrapper = mount(ErrorCatalogueTable, { props: { catalogue: errorCatalogue, locale: 'en' } })
    const [status, cause, layer] = wrapper.findAll('select')
    await status!.setValue('402')
    expect(wrapper.findAll('tr[data-error-id]').map((r) => r.attributes('data-error-id'))).toEqual(
      errorCatalogue.filter((entry) => entry.statuses.includes(402)).map((entry) => entry.id),
    )
    expect(new Set(wrapper.findAll('tr[data-error-id]').map((r) => r.attributes('data-cause')))).toEqual(
      new Set(['insufficient_balance']),
    )
    // A status an entry takes only with its own words is still one it arrives with: Groq's 413 is a rate limit.
    await status!.setValue('413')
    const rateLimit = wrapper.get('tr[data-cause="rate_limit"]')
    expect(rateLimit.get('td.error-row-status').text()).toContain('413')
    await status!.setValue('none')
    expect(wrapper.findAll('tr[data-error-id]').every((r) => r.attributes('data-cause') !== 'rate_limit')).toBe(true)
    await status!.setValue('')
    await cause!.setValue('rate_limit')
    await layer!.setValue('provider')
    expect(wrapper.findAll('tr[data-error-id]').map((r) => r.attributes('data-error-id'))).toEqual([
      'upstream-rate-limited',
    ])
    await layer!.setValue('client')
    expect(wrapper.text()).toContain('No error matches these filters.')
    await wrapper.get('button.error-filters-reset').trigger('click')
    expect(wrapper.findAll('tr[data-error-id]')).toHaveLength(errorCatalogue.length)
    expect(wrapper.get('[role="status"]').text()).toBe(`Showing ${errorCatalogue.length} of ${errorCatalogue.length}`)
  })
})
