import { describe, expect, it } from 'vitest'
import { siteUrl } from './support/browser.ts'
import { useBrowserAndGateway } from './support/browser-and-gateway.ts'
import { answerStatusSource, statusSourceOrigin } from './support/status-source.ts'

const env = useBrowserAndGateway({ recordRequests: false })

/** A page with the status source answered by the test gateway in one of its states. */
async function pageWithStatus(path: string, state: string) {
  const context = await env.browser.newContext()
  await answerStatusSource(context, { gatewayUrl: env.gateway.url, state })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  await page.goto(siteUrl(path))
  return { page, context, errors }
}

describe.skipIf(statusSourceOrigin === null)('status banner', () => {
  it('shows a partial outage above the lookup and the tester, in each language', async () => {
    for (const [path, words] of [
      ['/errors', '部分服务异常'],
      ['/en/tools/connection-test', 'Some services are having problems'],
    ] as const) {
      const { page, context, errors } = await pageWithStatus(path, 'degraded')
      const banner = page.locator('[data-status-banner]')
      await banner.waitFor({ timeout: 15_000 })
      expect(await banner.getAttribute('data-level')).toBe('degraded')
      expect(await banner.innerText()).toContain(words)
      expect(await banner.innerText()).toContain('Claude channel')
      expect(errors).toEqual([])
      await context.close()
    }
  })

  it('renders a hostile notice as text', async () => {
    const { page, context } = await pageWithStatus('/en/errors', 'hostile')
    await page.locator('[data-status-banner]').waitFor({ timeout: 15_000 })
    expect(await page.locator('[data-status-banner] img').count()).toBe(0)
    expect(await page.title()).not.toBe('pwned')
    await context.close()
  })

  it('stays away when the source cannot be reached at all, and nothing of ours fails', async () => {
    const context = await env.browser.newContext()
    let refused = 0
    await context.route(`${statusSourceOrigin}/**`, async (route) => {
      refused++
      await route.abort('namenotresolved')
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(siteUrl('/en/tools/connection-test'))
    // Both of new-api's requests were made and failed, as offline or with the source down.
    await expect.poll(() => refused, { timeout: 15_000 }).toBe(2)
    await page.goto(siteUrl('/en/errors'))
    await page.getByRole('textbox', { name: 'Paste the error' }).fill('Error: 401')
    await expect
      .poll(() => page.locator('[data-lookup-results] [data-error-id]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    expect(refused).toBe(4)
    expect(await page.locator('[data-status-banner]').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it.each(['operational', 'broken', 'hang'])('stays away when the source is %s, and the page works', async (state) => {
    const { page, context, errors } = await pageWithStatus('/en/errors', state)
    await page.getByRole('textbox', { name: 'Paste the error' }).fill('Error: 401')
    await expect.poll(() => page.locator('[data-lookup-results] [data-error-id]').count()).toBeGreaterThan(0)
    expect(await page.locator('[data-status-banner]').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
