import { describe, expect, it } from 'vitest'
import { siteUrl } from './support/browser.ts'
import { useBrowserAndGateway } from './support/browser-and-gateway.ts'
import { sitePages } from './support/site-pages.ts'
import { schemeContext, seriousViolations } from './support/axe.ts'
import { answerStatusSource } from './support/status-source.ts'

const env = useBrowserAndGateway({ recordRequests: false })

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violation on any page (${scheme})`, async () => {
      const context = await schemeContext(env.browser, scheme)
      // With an incident on, so the status banner is on its pages and checked too.
      await answerStatusSource(context, { gatewayUrl: env.gateway.url, state: 'degraded' })
      const page = await context.newPage()
      const origin = new URL(siteUrl()).origin
      const problems: string[] = []
      // Every page, error pages sampled (see sitemap.ts), staff pages included (see site-pages.ts).
      for (const path of (await sitePages()).all) {
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' })
        for (const problem of await seriousViolations(page)) problems.push(`${path}: ${problem}`)
      }
      await context.close()
      expect(problems).toEqual([])
    }, 300_000)
  }
})
