import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { closeBrowser, launchBrowser, siteUrl } from './support/browser.ts'
import { schemeContext, seriousViolations } from './support/axe.ts'
import { sitemapPaths } from './support/sitemap.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => closeBrowser(browser))

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violation on any page (${scheme})`, async () => {
      const context = await schemeContext(browser, scheme)
      const page = await context.newPage()
      const origin = new URL(siteUrl()).origin
      const problems: string[] = []
      // Every page but the error pages, which are sampled (see sitemapPaths).
      for (const path of await sitemapPaths()) {
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' })
        for (const problem of await seriousViolations(page)) problems.push(`${path}: ${problem}`)
      }
      await context.close()
      expect(problems).toEqual([])
    }, 300_000)
  }
})
