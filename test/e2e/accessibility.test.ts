import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { closeBrowser, launchBrowser, siteUrl } from './support/browser.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => closeBrowser(browser))

async function sitePaths(): Promise<string[]> {
  const sitemap = await (await fetch(siteUrl('/sitemap.xml'))).text()
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname)
}

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violation on any page (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme })
      // VitePress follows the system scheme unless told otherwise; make it explicit.
      await context.addInitScript((value) => localStorage.setItem('vitepress-theme-appearance', value), scheme)
      const page = await context.newPage()
      const origin = new URL(siteUrl()).origin
      const problems: string[] = []
      for (const path of await sitePaths()) {
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' })
        await page.addScriptTag({ content: axeSource })
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> }
            }
          ).axe
          const result = await axe.run(document, { resultTypes: ['violations'] })
          return result.violations
        })
        for (const violation of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '))
          problems.push(`${path}: ${violation.id} (${violation.impact}) ${violation.help} — ${targets.join(', ')}`)
        }
      }
      await context.close()
      expect(problems).toEqual([])
    }, 300_000)
  }
})
