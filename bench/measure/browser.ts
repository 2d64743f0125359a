import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core'
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.ts'

export interface BenchBrowser {
  browser: Browser
  close: () => Promise<void>
}

/** Playwright gives each launch a fresh temporary profile of its own. */
export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
  })
  return { browser, close: () => browser.close() }
}

/** One response as the network log saw it: bytes on the wire and after decoding. */
export interface LoggedResponse {
  url: string
  resourceType: string
  transferBytes: number
  decodedBytes: number
}

/**
 * Records every response a page receives while `recording` is on; a fresh context each time,
 * so nothing comes from the cache.
 */
export async function openRecordedPage(browser: Browser): Promise<{
  context: BrowserContext
  page: Page
  responses: LoggedResponse[]
  settled: () => Promise<void>
}> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const responses: LoggedResponse[] = []
  const pending: Promise<void>[] = []
  page.on('response', (response) => pending.push(logResponse(response, responses)))
  return { context, page, responses, settled: async () => void (await Promise.all(pending)) }
}

async function logResponse(response: Response, log: LoggedResponse[]): Promise<void> {
  try {
    await response.finished()
    const body = await response.body()
    const sizes = await response.request().sizes()
    log.push({
      url: response.url(),
      resourceType: response.request().resourceType(),
      transferBytes: sizes.responseBodySize,
      decodedBytes: body.length,
    })
  } catch {
    // A response cut off by navigation or closing has no body to count; it loaded nothing.
  }
}
