import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Locale } from '../../../data/locale.ts'
import { closeBrowser, launchBrowser, openPage } from './browser.ts'
import { loadPagefind, topResults, type PagefindHit } from './pagefind.ts'

export interface SearchCase<Expected extends string> {
  /** What people type or paste: paraphrases and error messages, never a page title. */
  query: string
  expected: Expected
}

export interface SearchSuite<Expected extends string> {
  name: string
  /** A page of each language: pagefind picks its index from that page's `<html lang>`. */
  pageOf: (locale: Locale) => string
  queries: Record<Locale, SearchCase<Expected>[]>
  /** What a result's URL counts as, comparable with `expected`. */
  keyOf: (url: string) => string
  /** More checks on the same loaded index; `search` returns the top three. */
  extraChecks?: (locale: Locale, search: (query: string) => Promise<PagefindHit[]>) => void
}

/**
 * One suite per language: every query must find its page in the top three, in that language
 * only. The tally is printed at the end because closing notes quote it.
 */
export function describeSearchQueries<Expected extends string>(suite: SearchSuite<Expected>): void {
  let browser: Browser
  const outcomes: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await closeBrowser(browser)
    console.log(outcomes.join('\n'))
  })

  describe.each(['zh', 'en'] as const)(`${suite.name} (%s)`, (locale) => {
    let page: Page
    let hits = 0

    beforeAll(async () => {
      const opened = await openPage(browser, suite.pageOf(locale))
      page = opened.page
      await loadPagefind(page)
      expect(opened.errors).toEqual([])
      expect(opened.foreignRequests).toEqual([])
    })
    afterAll(() => {
      outcomes.push(`${suite.name} ${locale}: ${hits}/${suite.queries[locale].length} in the top three`)
    })

    async function topThree(query: string): Promise<PagefindHit[]> {
      const found = await topResults(page, query)
      for (const { url } of found) expect(url.startsWith('/en/'), url).toBe(locale === 'en')
      return found
    }

    it.each(suite.queries[locale])('"$query" finds $expected', async ({ query, expected }) => {
      const found = (await topThree(query)).map((hit) => suite.keyOf(hit.url))
      if (found.includes(expected)) hits++
      else outcomes.push(`  ${locale} miss: "${query}" → ${found.join(', ') || '(nothing)'}`)
      expect(found).toContain(expected)
    })

    suite.extraChecks?.(locale, topThree)
  })
}
