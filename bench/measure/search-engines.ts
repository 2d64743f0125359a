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
  queries: { text: string; ms: number; searchMs: number; chunksMs?: number; pages: string[] }[]
}

/**
 * What our search does on first use (theme/search/usePagefind.ts): load pagefind, set options,
 * init, search, load the shown results' data. With \`preloads\`, each query arrives as a reader's
 * input does in SearchDialog.vue: its finished words start preloading at once and the timed
 * search starts \`debounceMs\` later, sharing whatever chunks are still in flight.
 */
export const pagefindRunSource = `async ({ queries, shown, preloads, debounceMs }) => {
  const started = performance.now()
  const pagefind = await import('/pagefind/pagefind.js')
  await pagefind.options({ baseUrl: '/', excerptLength: 24 })
  await pagefind.init()
  const loadMs = performance.now() - started
  const results = []
  for (const [position, text] of queries.entries()) {
    let early = Promise.resolve()
    if (preloads && preloads[position]) {
      early = pagefind.preload(preloads[position])
      await new Promise((resolve) => setTimeout(resolve, debounceMs))
    }
    const t = performance.now()
    // search() loads the chunks it needs, then searches; preload() is that first half alone.
    await pagefind.preload(text)
    const chunksMs = performance.now() - t
    const response = await pagefind.search(text)
    const searchMs = performance.now() - t
    const pages = await Promise.all(response.results.slice(0, shown).map((result) => result.data()))
    results.push({ text, ms: performance.now() - t, searchMs, chunksMs, pages: pages.map((page) => page.url) })
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
