import type { Page } from 'playwright-core'
import { queryPlanScript } from '../../../scripts/query-plan-script.ts'
import { siteUrl } from './browser.ts'

/** What a search test reads of one pagefind result. */
export interface PagefindHit {
  /** Site-relative, without the base: `/en/troubleshooting/auth.html#invalid-key`. */
  url: string
  content: string
}

interface PagefindInPage {
  search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>
}

/**
 * Loads the built site's own pagefind into a page, which picks the index of its `<html lang>`,
 * as the search dialog does, and the box's query planner beside it. Queries then run in the
 * browser, the only place pagefind searches, planned as the box plans them.
 */
export async function loadPagefind(page: Page): Promise<void> {
  // Evaluated through the DevTools protocol: the site's CSP refuses an injected inline script.
  await page.evaluate(await queryPlanScript())
  // A string, because vitest rewrites `import()` inside functions for Node, which the page lacks.
  const url = JSON.stringify(siteUrl('/pagefind/pagefind.js'))
  await page.evaluate(`(async () => {
    const pagefind = await import(${url})
    await pagefind.init()
    window.testPagefind = pagefind
  })()`)
}

/** The first `count` results of a query as the search box runs it, best first. */
export async function topResults(page: Page, query: string, count = 3): Promise<PagefindHit[]> {
  const base = new URL(siteUrl()).pathname.replace(/\/$/, '')
  const hits = await page.evaluate(
    async ({ text, limit }) => {
      const { testPagefind: pagefind, __searchPlan: plan } = window as Window & {
        testPagefind?: PagefindInPage
        __searchPlan?: { planQuery: (query: string, lang?: string) => string }
      }
      if (!pagefind || !plan) throw new Error('pagefind did not load: call loadPagefind(page) first')
      const { results } = await pagefind.search(plan.planQuery(text, document.documentElement.lang))
      return Promise.all(results.slice(0, limit).map((result) => result.data()))
    },
    { text: query, limit: count },
  )
  return hits.map((hit) => ({
    url: hit.url.startsWith(base) ? hit.url.slice(base.length) : hit.url,
    content: hit.content,
  }))
}
