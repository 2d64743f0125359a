import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Runs axe-core in the page (on `selector`, or the whole document) and returns one line per
 * serious or critical violation: the bar every page must clear.
 */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the site's CSP (rightly) refuses an injected inline script.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async (scope) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Element | Document, options: object) => Promise<{ violations: AxeViolation[] }> }
    }
    const context = scope ? document.querySelector(scope) : document
    if (!context) throw new Error(`axe: nothing matches ${scope}`)
    return (await axe.run(context, { resultTypes: ['violations'] })).violations
  }, selector ?? null)
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    )
}

/** A context in light or dark mode, as VitePress reads it (its own setting wins over the system's). */
export async function schemeContext(
  browser: Browser,
  scheme: 'light' | 'dark',
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, colorScheme: scheme })
  await context.addInitScript((value) => localStorage.setItem('vitepress-theme-appearance', value), scheme)
  return context
}
