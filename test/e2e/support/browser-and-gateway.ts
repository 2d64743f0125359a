import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startTestGateway, type TestGateway, type TestGatewayOptions } from '../../gateway/server.ts'
import { closeBrowser, launchBrowser } from './browser.ts'

export interface BrowserAndGateway {
  readonly browser: Browser
  readonly gateway: TestGateway
}

/**
 * Registers the file's hooks: one Chromium and one test gateway, started together before the
 * first test and closed after the last. Read them through the returned getters inside tests;
 * before `beforeAll` has run there is nothing to read, and the getter says so.
 */
export function useBrowserAndGateway(options: TestGatewayOptions = {}): BrowserAndGateway {
  let browser: Browser | undefined
  let gateway: TestGateway | undefined
  beforeAll(async () => {
    ;[browser, gateway] = await Promise.all([launchBrowser(), startTestGateway(options)])
  })
  afterAll(async () => {
    await closeBrowser(browser)
    await gateway?.close()
  })
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet: read it inside a test`)
    return value
  }
  return {
    get browser() {
      return started(browser, 'browser')
    },
    get gateway() {
      return started(gateway, 'test gateway')
    },
  }
}
