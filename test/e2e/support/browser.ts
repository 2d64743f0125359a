import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { chromiumFlags, chromiumPath } from '../../../scripts/chromium.ts'
import { answerStatusSource, statusSourceOrigin } from './status-source.ts'

/** Debian's Chromium, kept off the network (`scripts/chromium.ts`). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags })
}

export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  await browser?.close()
}

/** The built site's address, e.g. `http://127.0.0.1:41234` (plus the base, if any). */
export function siteUrl(path = '/'): string {
  return `${inject('siteUrl')}${path}`
}

/** A site path as the browser sees it, base included: what `url.pathname` and links hold. */
export function sitePath(path = '/'): string {
  return `${inject('siteBase')}${path.replace(/^\//, '')}`
}

export interface TrackedPage {
  page: Page
  context: BrowserContext
  /** Every URL the page requested whose origin is not the site's. */
  foreignRequests: string[]
  /** Uncaught page errors, console errors and Content-Security-Policy violations, to fail tests on. */
  errors: string[]
}

/** Marks every violation of the served CSP as a console error, which lands in `errors`. */
export const cspViolationPrefix = 'CSP violation:'
function reportPolicyViolations(prefix: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
    )
  })
}

/**
 * A page in a fresh context that records every request leaving the site (a help center must
 * not call trackers, font CDNs or anything else) and every script error.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: { allowOrigins?: string[]; permissions?: string[] } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({ permissions: options.permissions ?? [] })
  await answerStatusSource(context)
  await context.addInitScript(reportPolicyViolations, cspViolationPrefix)
  const page = await context.newPage()
  const siteOrigin = new URL(siteUrl()).origin
  // The status banner's source is asked on the pages that show it (site.test.ts checks which).
  const allowed = new Set([
    siteOrigin,
    ...(statusSourceOrigin ? [statusSourceOrigin] : []),
    ...(options.allowOrigins ?? []),
  ])
  const foreignRequests: string[] = []
  const errors: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (!allowed.has(new URL(url).origin)) foreignRequests.push(url)
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(siteUrl(path), { waitUntil: 'networkidle' })
  return { page, context, foreignRequests, errors }
}
