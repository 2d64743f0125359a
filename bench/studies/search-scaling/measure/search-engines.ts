/**
 * Code that runs inside the page, kept as source text: tsx would otherwise add helpers to a
 * function passed to `page.evaluate` that do not exist in the browser.
 */

export interface EngineRun {
  /** From the first byte requested to the engine being able to answer. */
  loadMs: number
  /**
   * `searchMs`: the engine's search alone, before loading the shown results' data; of it,
   * `chunksMs` (pagefind) went to fetching and decoding the index chunks the words need, which
   * \`preload()\` can do while the reader is still typing.
   */
  queries: {
    text: string
    /** pagefind: what our box gives it for \`text\` (theme/search/query-plan.ts). */
    sent?: string
    ms: number
    searchMs: number
    chunksMs?: number
    /** pagefind: until the top result's data is in, what a box showing results as they arrive would wait. */
    firstMs?: number
    pages: string[]
  }[]
}

/**
 * What our search does on first use (theme/search/usePagefind.ts): load pagefind, set options,
 * init, search the planned words (\`__searchPlan\`, theme/search/query-plan.ts, put on the page
 * beforehand), load the shown results' data. With \`preload\`, each query arrives as a reader's
 * input does in SearchDialog.vue: its finished planned words start preloading at once and the
 * timed search starts \`debounceMs\` later, sharing whatever chunks are still in flight.
 */
export const pagefindRunSource = `async ({ queries, shown, preload, debounceMs, lang }) => {
  const { planQuery, preloadQuery } = globalThis.__searchPlan
  const started = performance.now()
  const pagefind = await import('/pagefind/pagefind.js')
  await pagefind.options({ baseUrl: '/', excerptLength: 24 })
  await pagefind.init()
  const loadMs = performance.now() - started
  const results = []
  for (const text of queries) {
    let early = Promise.resolve()
    const finished = preload ? preloadQuery(text, lang) : ''
    if (finished) {
      early = pagefind.preload(finished)
      await new Promise((resolve) => setTimeout(resolve, debounceMs))
    }
    const t = performance.now()
    const planned = planQuery(text, lang)
    // search() loads the chunks it needs, then searches; preload() is that first half alone.
    await pagefind.preload(planned)
    const chunksMs = performance.now() - t
    const response = await pagefind.search(planned)
    const searchMs = performance.now() - t
    let firstMs = 0
    const pages = await Promise.all(
      response.results.slice(0, shown).map((result, rank) =>
        result.data().then((page) => {
          if (rank === 0) firstMs = performance.now() - t
          return page
        }),
      ),
    )
    const ms = performance.now() - t
    results.push({ text, sent: planned, ms, searchMs, chunksMs, firstMs: firstMs || ms, pages: pages.map((page) => page.url) })
    await early
  }
  return { loadMs, queries: results }
}`

/**
 * What VitePress's VPLocalSearchBox does (1.6.4): import the locale's index chunk,
 * \`MiniSearch.loadJSON\` with its default options plus ours, then \`search(q).slice(0, 16)\`.
 * MiniSearch itself is put on the page beforehand (it ships inside VitePress's search chunk).
 */
export const miniSearchRunSource = `async ({ queries, shown, indexUrl, tokenizeSource }) => {
  const tokenize = new Function('return ' + tokenizeSource)()
  const started = performance.now()
  const chunk = await import(indexUrl)
  const index = MiniSearch.loadJSON(chunk.default, {
    fields: ['title', 'titles', 'text'],
    storeFields: ['title', 'titles'],
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } },
    tokenize,
  })
  const loadMs = performance.now() - started
  const results = []
  for (const text of queries) {
    const t = performance.now()
    const hits = index.search(text).slice(0, shown)
    const ms = performance.now() - t
    results.push({ text, ms, searchMs: ms, pages: hits.map((hit) => hit.id) })
  }
  return { loadMs, queries: results }
}`

/** `/en/kb/a00042.html`, `/kb/a00042#cause` → `kb/a00042`, to score against the corpus. */
export function pageSlugOf(url: string): string {
  const path = url
    .replace(/[?#].*$/, '')
    .replace(/\.html$/, '')
    .replace(/^\/(en\/)?/, '')
  return path
}

/** The first `count` distinct pages of a result list, in order. */
export function topPages(urls: readonly string[], count: number): string[] {
  const pages: string[] = []
  for (const url of urls) {
    const slug = pageSlugOf(url)
    if (!pages.includes(slug)) pages.push(slug)
    if (pages.length === count) break
  }
  return pages
}
