/** The parts of pagefind's browser API (`/pagefind/pagefind.js`, v1.6) that the search uses. */
export interface PagefindSubResult {
  title: string
  url: string
  excerpt: string
  anchor?: { element: string; id?: string; text?: string }
}

export interface PagefindResultData {
  url: string
  excerpt: string
  meta: { title?: string }
  sub_results?: PagefindSubResult[]
}

export interface PagefindResult {
  id: string
  score: number
  data: () => Promise<PagefindResultData>
}

export interface PagefindApi {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>
  init: () => Promise<void>
  destroy: () => Promise<void>
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>
  /** Loads the index chunks a query needs without searching. */
  preload: (query: string) => Promise<void>
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>
}
