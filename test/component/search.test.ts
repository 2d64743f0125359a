import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import SearchHits from '../../docs/.vitepress/theme/search/SearchHits.vue'
import SearchEmpty from '../../docs/.vitepress/theme/search/SearchEmpty.vue'
import { searchMessages } from '../../docs/.vitepress/theme/search/messages.ts'
import type { SearchHit } from '../../docs/.vitepress/theme/search/results.ts'

vi.mock('vitepress', () => ({ withBase: (path: string) => `/help${path}` }))

const hits: SearchHit[] = [
  {
    href: '/troubleshooting/balance#insufficient-balance',
    pageTitle: '余额不足',
    sectionTitle: '额度不足',
    excerpt: [
      { text: '提示 ', mark: false },
      { text: '<img src=x onerror=alert(1)>', mark: true },
    ],
  },
  { href: '/faq/basics', pageTitle: '基础问题', sectionTitle: null, excerpt: [{ text: '网关', mark: false }] },
]

describe('SearchHits', () => {
  it('lists hits as options with the section, the base and the selection', () => {
    const wrapper = mount(SearchHits, { props: { listId: 'list', hits, selected: 1, label: '结果' } })
    const options = wrapper.findAll('[role="option"]')
    expect(options).toHaveLength(2)
    expect(options[0]?.attributes('id')).toBe('list-option-0')
    expect(options[0]?.find('.title').text()).toBe('余额不足 › 额度不足')
    expect(options[0]?.find('a').attributes('href')).toBe('/help/troubleshooting/balance#insufficient-balance')
    expect(options[1]?.attributes('aria-selected')).toBe('true')
    expect(options[0]?.attributes('aria-selected')).toBe('false')
  })

  it('renders excerpt text as text, never as HTML', () => {
    const wrapper = mount(SearchHits, { props: { listId: 'list', hits, selected: 0, label: '结果' } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('mark').text()).toBe('<img src=x onerror=alert(1)>')
  })

  it('emits the hit to open on click and the index to select on hover', async () => {
    const wrapper = mount(SearchHits, { props: { listId: 'list', hits, selected: 0, label: '结果' } })
    await wrapper.findAll('a')[1]?.trigger('click')
    await wrapper.findAll('[role="option"]')[1]?.trigger('mousemove')
    expect(wrapper.emitted('open')).toEqual([['/faq/basics']])
    expect(wrapper.emitted('select')).toEqual([[1]])
  })
})

describe('SearchEmpty', () => {
  it.each([
    ['zh', '', '没有找到与“无效 & 令牌?”相关的文章。'],
    ['en', '/en', 'No article matches “无效 & 令牌?”.'],
  ] as const)('offers the error lookup with the query and the wizard (%s)', (locale, prefix, text) => {
    const wrapper = mount(SearchEmpty, { props: { messages: searchMessages[locale], query: '无效 & 令牌?', locale } })
    expect(wrapper.text()).toContain(text)
    const links = wrapper.findAll('a').map((a) => a.attributes('href'))
    expect(links).toEqual([
      `/help${prefix}/errors?q=${encodeURIComponent('无效 & 令牌?')}`,
      `/help${prefix}/tools/wizard`,
    ])
  })

  it("never puts the reader's key in the lookup link's address", () => {
    const query = 'Incorrect API key provided: sk-proj-Kq7Kq7Kq7Kq7Kq7Kq7abcd'
    const wrapper = mount(SearchEmpty, { props: { messages: searchMessages.en, query, locale: 'en' } })
    const href = decodeURIComponent(wrapper.find('a').attributes('href') ?? '')
    expect(href).toContain('/errors?q=Incorrect API key provided: sk-********abcd')
    expect(href).not.toContain('Kq7Kq7')
    // The reader still sees what they searched for: only the address is masked.
    expect(wrapper.text()).toContain(query)
  })
})
