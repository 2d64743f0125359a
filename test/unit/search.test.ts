import { nextTick, ref } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { cleanUrl, excerptSegments, moveSelection, toHits } from '../../docs/.vitepress/theme/search/results.ts'
import { isSearchShortcut } from '../../docs/.vitepress/theme/search/shortcuts.ts'
import { markSearchableBody } from '../../docs/.vitepress/config/search-index.ts'
import { usePagefind } from '../../docs/.vitepress/theme/search/usePagefind.ts'
import type { PagefindApi, PagefindResultData } from '../../docs/.vitepress/theme/search/pagefind-types.ts'

describe('search results', () => {
  it('renders excerpts as text with marked runs, never as HTML', () => {
    expect(excerptSegments('余额<mark>不足</mark>：&lt;img src=x onerror=alert(1)&gt; <b>bold</b> &amp; more')).toEqual(
      [
        { text: '余额', mark: false },
        { text: '不足', mark: true },
        { text: '：<img src=x onerror=alert(1)> bold & more', mark: false },
      ],
    )
  })

  it('turns pagefind file URLs into clean URLs', () => {
    expect(cleanUrl('/troubleshooting/balance.html#insufficient-balance')).toBe(
      '/troubleshooting/balance#insufficient-balance',
    )
    expect(cleanUrl('/en/troubleshooting/index.html')).toBe('/en/troubleshooting/')
    expect(cleanUrl('/help/faq/basics.html')).toBe('/help/faq/basics')
  })

  it('links each hit to its section, at most two per page, and falls back to the page', () => {
    const pages: PagefindResultData[] = [
      {
        url: '/troubleshooting/balance.html',
        excerpt: 'top',
        meta: { title: '余额不足' },
        sub_results: [
          { title: '余额不足', url: '/troubleshooting/balance.html', excerpt: 'page top' },
          {
            title: '余额不足\u200b',
            url: '/troubleshooting/balance.html#余额不足',
            excerpt: 'h1',
            anchor: { element: 'h1' },
          },
          {
            title: '额度不足的几种形式',
            url: '/troubleshooting/balance.html#balance-error-forms',
            excerpt: 'a <mark>b</mark>',
          },
          { title: '查看余额', url: '/troubleshooting/balance.html#check-balance', excerpt: 'c' },
          { title: '三', url: '/troubleshooting/balance.html#third', excerpt: 'd' },
        ],
      },
      { url: '/faq/basics.html', excerpt: 'only <mark>page</mark>', meta: {} },
    ]
    const hits = toHits(pages)
    expect(hits.map((hit) => hit.href)).toEqual([
      '/troubleshooting/balance#balance-error-forms',
      '/troubleshooting/balance#check-balance',
      '/faq/basics',
    ])
    expect(hits[0]?.sectionTitle).toBe('额度不足的几种形式')
    expect(hits[2]).toMatchObject({ pageTitle: '/faq/basics', sectionTitle: null })
  })

  it('wraps the keyboard selection', () => {
    expect(moveSelection(-1, 1, 3)).toBe(0)
    expect(moveSelection(-1, -1, 3)).toBe(2)
    expect(moveSelection(2, 1, 3)).toBe(0)
    expect(moveSelection(0, -1, 3)).toBe(2)
    expect(moveSelection(0, 1, 0)).toBe(-1)
  })
})

describe('search shortcuts', () => {
  const key = (key: string, extra: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: null,
    ...extra,
  })

  it('opens on Ctrl-K, ⌘-K and a bare slash', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true)
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true)
    expect(isSearchShortcut(key('/'))).toBe(true)
    expect(isSearchShortcut(key('k'))).toBe(false)
  })

  it('leaves a slash typed into a field alone', () => {
    expect(
      isSearchShortcut(key('/', { target: { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget })),
    ).toBe(false)
    expect(
      isSearchShortcut(key('/', { target: { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget })),
    ).toBe(false)
  })
})

describe('usePagefind', () => {
  function fakePagefind(results: Record<string, PagefindResultData[]>) {
    const api = {
      options: vi.fn(async () => {}),
      init: vi.fn(async () => {}),
      destroy: vi.fn(async () => {}),
      search: vi.fn(async (query: string) => ({
        results: (results[query] ?? []).map((data, i) => ({ id: String(i), score: 1, data: async () => data })),
      })),
      debouncedSearch: vi.fn(async () => null),
      preload: vi.fn(async () => {}),
    } satisfies PagefindApi
    return api
  }

  it('loads the index from the site base and re-initialises when the language changes', async () => {
    const api = fakePagefind({ 令牌: [{ url: '/a.html', excerpt: 'x', meta: { title: 'A' } }] })
    const load = vi.fn(async () => api)
    const lang = ref('zh-CN')
    const search = usePagefind({ base: '/help/', lang, load })
    await search.search('令牌')
    expect(load).toHaveBeenCalledWith('/help/pagefind/pagefind.js')
    expect(api.options).toHaveBeenCalledWith(expect.objectContaining({ baseUrl: '/help/' }))
    expect(search.hits.value.map((hit) => hit.href)).toEqual(['/a'])
    lang.value = 'en-US'
    await nextTick()
    expect(search.hits.value).toEqual([])
    await search.search('令牌')
    expect(api.destroy).toHaveBeenCalledTimes(1)
    expect(api.init).toHaveBeenCalledTimes(2)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps only the newest query when answers arrive out of order', async () => {
    let release: () => void = () => {}
    const slow = new Promise<void>((resolve) => (release = resolve))
    const api = fakePagefind({ new: [{ url: '/new.html', excerpt: '', meta: { title: 'New' } }] })
    api.search.mockImplementationOnce(async () => {
      await slow
      return { results: [{ id: 'o', score: 1, data: async () => ({ url: '/old.html', excerpt: '', meta: {} }) }] }
    })
    const search = usePagefind({ base: '/', lang: ref('en-US'), load: async () => api })
    const first = search.search('old')
    await vi.waitFor(() => expect(api.search).toHaveBeenCalledTimes(1))
    await search.search('new')
    release()
    await first
    expect(search.hits.value.map((hit) => hit.href)).toEqual(['/new'])
  })

  it('says it failed instead of hanging when the index cannot load', async () => {
    const load = async () => Promise.reject(new TypeError('Failed to fetch'))
    const built = usePagefind({ base: '/', lang: ref('zh-CN'), load, dev: false })
    await built.search('余额')
    expect(built.state.value).toBe('failed')
    expect(built.hits.value).toEqual([])
    // In dev mode the same failure means there is no build yet, which the dialog explains.
    const dev = usePagefind({ base: '/', lang: ref('zh-CN'), load, dev: true })
    await dev.search('余额')
    expect(dev.state.value).toBe('unavailable')
  })

  it('gives pagefind the planned words, and preloads only the finished ones', async () => {
    const api = fakePagefind({
      'openai-node llama-3.1-70b returned HTML JSON': [{ url: '/html.html', excerpt: '', meta: { title: 'HTML' } }],
    })
    const search = usePagefind({ base: '/', lang: ref('en-US'), load: async () => api })
    await search.search('openai-node llama-3.1-70b: the server returned HTML, not JSON')
    expect(api.search).toHaveBeenCalledWith('openai-node llama-3.1-70b returned HTML JSON')
    expect(search.hits.value.map((hit) => hit.href)).toEqual(['/html'])
    await search.preload('gpt')
    expect(api.preload).not.toHaveBeenCalled()
    await search.preload('rate limit exce')
    expect(api.preload).toHaveBeenCalledWith('rate limit')
    api.preload.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await expect(search.preload('quota ')).resolves.toBeUndefined()
  })

  it('loads and initialises once for concurrent first queries', async () => {
    const api = fakePagefind({})
    const load = vi.fn(async () => api)
    const search = usePagefind({ base: '/', lang: ref('zh-CN'), load })
    await Promise.all([search.search('a'), search.search('b'), search.ensureReady()])
    expect(load).toHaveBeenCalledTimes(1)
    expect(api.init).toHaveBeenCalledTimes(1)
  })
})

describe('what pagefind indexes', () => {
  const article =
    '<nav>menu</nav><div style="position:relative;" class="vp-doc _faq_basics"><div class="language-sh"><span class="lang">sh</span></div></div>'

  it('marks only the article body, and code blocks’ language labels as ignored', () => {
    const html = markSearchableBody(article, undefined)
    expect(html).toContain('<div data-pagefind-body style="position:relative;" class="vp-doc _faq_basics">')
    expect(html).toContain('<span class="lang" data-pagefind-ignore>sh</span>')
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1)
  })

  it('leaves the home page out of the index', () => {
    expect(markSearchableBody(article, 'home')).toBe(article)
  })
})
