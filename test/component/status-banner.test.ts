import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import StatusBanner from '../../components/status-banner/StatusBanner.vue'

const source = { kind: 'new-api', url: 'https://console.example.org' } as const
const statusPage = 'https://status.example.org'

function answer(bodies: Record<string, unknown>) {
  const fetch = vi.fn(async (url: string) => {
    const path = new URL(url).pathname
    if (!(path in bodies)) return new Response('nope', { status: 404 })
    return new Response(JSON.stringify(bodies[path]), { status: 200 })
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('StatusBanner', () => {
  it('names a partial outage, what it affects and where to read more, in the page language', async () => {
    answer({
      '/api/notice': { success: true, data: '**Claude** 线路维护中' },
      '/api/uptime/status': {
        success: true,
        data: [
          {
            categoryName: 'x',
            monitors: [
              { name: 'Claude', status: 0 },
              { name: 'GPT', status: 1 },
            ],
          },
        ],
      },
    })
    const zh = mount(StatusBanner, { props: { locale: 'zh', source, statusPage } })
    expect(zh.find('[data-status-banner]').exists()).toBe(false)
    await flushPromises()
    const banner = zh.get('[data-status-banner]')
    expect(banner.attributes('data-level')).toBe('degraded')
    expect(banner.attributes('role')).toBe('status')
    expect(banner.text()).toContain('部分服务异常：Claude 线路维护中')
    expect(banner.text()).toContain('受影响：Claude')
    expect(banner.get('a').attributes('href')).toBe(statusPage)

    const en = mount(StatusBanner, { props: { locale: 'en', source, statusPage } })
    await flushPromises()
    expect(en.get('[data-status-banner]').text()).toContain('Some services are having problems: Claude 线路维护中')
  })

  it('stays absent when all is up and there is no notice', async () => {
    answer({ '/api/notice': { success: true, data: '' }, '/api/uptime/status': { success: true, data: [] } })
    const wrapper = mount(StatusBanner, { props: { locale: 'en', source, statusPage } })
    await flushPromises()
    expect(wrapper.html()).toBe('<!--v-if-->')
  })

  it('stays absent, with no error, when the source fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    const wrapper = mount(StatusBanner, { props: { locale: 'zh', source, statusPage } })
    await flushPromises()
    expect(wrapper.find('[data-status-banner]').exists()).toBe(false)
  })

  it('asks nothing when the config names no source', async () => {
    const fetch = answer({})
    mount(StatusBanner, { props: { locale: 'zh', source: { kind: 'none' }, statusPage } })
    await flushPromises()
    expect(fetch).not.toHaveBeenCalled()
  })
})
