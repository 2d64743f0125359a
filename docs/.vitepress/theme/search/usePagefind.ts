import { shallowRef, watch, type Ref } from 'vue'
import type { PagefindApi, PagefindResultData } from './pagefind-types.ts'
import { toHits, type SearchHit } from './results.ts'
import { planQuery, preloadQuery } from './query-plan.ts'

export type SearchState = 'idle' | 'loading' | 'ready' | 'searching' | 'unavailable' | 'failed'

export interface UsePagefindOptions {
  /** The site base (`/` or `/help/`): the index lives at `{base}pagefind/pagefind.js`. */
  base: string
  /** `<html lang>`: pagefind picks its per-language index from it when it initialises. */
  lang: Ref<string>
  /** Loads the pagefind module; injectable for tests. */
  load?: (url: string) => Promise<PagefindApi>
  /** How many pages to show. @default 8 */
  maxPages?: number
  /** In `vitepress dev` a missing index means "build first", not a failure. @default import.meta.env.DEV */
  dev?: boolean
}

const defaultLoad = (url: string) => import(/* @vite-ignore */ url) as Promise<PagefindApi>

/**
 * Loads pagefind on first use and re-initialises it when the language changes, since pagefind
 * fixes its language when it starts. Only the newest query's results are kept.
 */
export function usePagefind(options: UsePagefindOptions) {
  const { base, lang, load = defaultLoad, maxPages = 8, dev = Boolean(import.meta.env?.DEV) } = options
  const state = shallowRef<SearchState>('idle')
  const hits = shallowRef<SearchHit[]>([])
  let api: PagefindApi | null = null
  let initialisedLang = ''
  let latestQuery = 0

  let pending: Promise<PagefindApi | null> | null = null

  // Concurrent callers share one load and one init.
  function ensureReady(): Promise<PagefindApi | null> {
    if (api && initialisedLang === lang.value) return Promise.resolve(api)
    pending ??= initialise().finally(() => (pending = null))
    return pending
  }

  async function initialise(): Promise<PagefindApi | null> {
    state.value = 'loading'
    try {
      api ??= await load(`${base}pagefind/pagefind.js`)
      if (initialisedLang) await api.destroy()
      await api.options({ baseUrl: base, excerptLength: 24 })
      await api.init()
      initialisedLang = lang.value
      state.value = 'ready'
      return api
    } catch {
      // In `vitepress dev` with no earlier build there is no index file at all.
      state.value = dev ? 'unavailable' : 'failed'
      api = null
      return null
    }
  }

  async function search(query: string): Promise<void> {
    const ticket = ++latestQuery
    const trimmed = query.trim()
    if (!trimmed) {
      hits.value = []
      if (state.value === 'searching') state.value = 'ready'
      return
    }
    const ready = await ensureReady()
    if (!ready || ticket !== latestQuery) return
    state.value = 'searching'
    try {
      const response = await ready.search(planQuery(trimmed, lang.value))
      const pages: PagefindResultData[] = await Promise.all(
        (response?.results ?? []).slice(0, maxPages).map((result) => result.data()),
      )
      if (ticket !== latestQuery) return
      hits.value = toHits(pages)
      state.value = 'ready'
    } catch {
      if (ticket === latestQuery) state.value = 'failed'
    }
  }

  /**
   * Fetches the index chunks for the words typed so far while the reader is still typing, so
   * the search that follows the pause only has the last word's chunk left to load.
   */
  async function preload(query: string): Promise<void> {
    const words = preloadQuery(query, lang.value)
    if (!words) return
    const ready = await ensureReady()
    try {
      await ready?.preload(words)
    } catch {
      // The search that follows loads what it needs and reports a failure itself.
    }
  }

  watch(lang, () => {
    hits.value = []
  })

  return { state, hits, search, preload, ensureReady }
}
