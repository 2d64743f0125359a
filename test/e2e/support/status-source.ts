import type { BrowserContext } from 'playwright-core'
import { gateway } from '../../../data/gateway.ts'
import { statusOrigin } from '../../../components/status-banner/status.ts'

/** Where the built site's status banner reads (the example config's), or null. */
export const statusSourceOrigin = statusOrigin(gateway.statusSource)

/** Pages that show the status banner, and so the only ones that may ask the status source. */
const statusBannerPages = ['/errors', '/en/errors', '/tools/connection-test', '/en/tools/connection-test']
export const showsStatusBanner = (path: string): boolean =>
  statusBannerPages.includes(path) || /^(?:\/en)?\/errors\/[^/]+$/.test(path)

/**
 * There is no internet here, so in the browser the status source is answered in place: by default
 * "all up, nothing to say" (the banner stays away, as on most days), or by `forward`, which fetches
 * the same path from the test gateway's `/status/<state>` pages.
 */
export async function answerStatusSource(context: BrowserContext, forward?: { gatewayUrl: string; state: string }) {
  if (!statusSourceOrigin) return
  await context.route(`${statusSourceOrigin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    if (forward) {
      try {
        const response = await route.fetch({ url: `${forward.gatewayUrl}/status/${forward.state}${path}` })
        return await route.fulfill({ response })
      } catch {
        // The test closed the page while the source hung (the `hang` state): nothing left to answer.
        return
      }
    }
    const body = path.endsWith('/notice')
      ? { success: true, message: '', data: '' }
      : { success: true, message: '', data: [] }
    return route.fulfill({ status: 200, json: body, headers: { 'Access-Control-Allow-Origin': '*' } })
  })
}
