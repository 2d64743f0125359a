import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { wizardTree } from '../../data/wizard.ts'
import { positionSearch } from '../../components/wizard/walk.ts'
import { gateway as gatewayConfig } from '../../data/gateway.ts'
import { cspViolationPrefix, openPage, sitePath, siteUrl } from './support/browser.ts'
import { useBrowserAndGateway } from './support/browser-and-gateway.ts'

const env = useBrowserAndGateway()

/** A request sent byte for byte, as `curl --path-as-is` does (fetch and browsers clean the path). */
function rawGet(path: string, method = 'GET') {
  const { origin } = new URL(siteUrl())
  return new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
    request(`${origin}${path}`, { method }, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }))
    })
      .on('error', reject)
      .end()
  })
}

describe('static server under attack', () => {
  it('answers a malformed path with 400 and keeps serving', async () => {
    expect((await rawGet(`${sitePath('/')}%`)).status).toBe(400)
    expect((await rawGet('/%E0%A4%A')).status).toBe(400)
    const { page, errors } = await openPage(env.browser, '/faq/basics')
    expect(await page.locator('h1').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('refuses methods other than GET and HEAD', async () => {
    const answer = await rawGet(sitePath('/faq/basics'), 'POST')
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
  })
})

describe('the Content-Security-Policy that ships', () => {
  it('is sent with every page, redirect pages included, and names the configured gateway', async () => {
    for (const path of ['/', '/en/tools/connection-test', '/test', '/en/wizard']) {
      const { headers } = await rawGet(sitePath(path))
      const policy = String(headers['content-security-policy'])
      expect(policy, path).toContain(`connect-src 'self' ${new URL(gatewayConfig.apiBaseUrl).origin}`)
      expect(policy, path).toContain("frame-ancestors 'none'")
      expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+;/)
      expect(headers['referrer-policy'], path).toBe('no-referrer')
    }
  })

  it('fails a test on any violation (the page helper reports them as errors)', async () => {
    const { page, errors } = await openPage(env.browser, '/en/')
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.title = "injected"'
      document.head.append(script)
    })
    await expect.poll(() => errors.join('\n'), { timeout: 15_000 }).toContain(`${cspViolationPrefix} script-src-elem`)
    expect(await page.title()).not.toBe('injected')
  })

  it('tells the tester user when the policy, not the network, blocked the base URL', async () => {
    const blocked = 'http://blocked.invalid/v1'
    for (const [prefix, text] of [
      ['/en', "This site's security policy only allows connections to"],
      ['', '这个帮助站点的安全策略只允许浏览器连接'],
    ] as const) {
      const { page, context } = await openPage(
        env.browser,
        `${prefix}/tools/connection-test?base=${encodeURIComponent(blocked)}&timeout=3`,
      )
      await page.locator('[data-tester-form] input[name="apiKey"]').fill('sk-e2eKey0123456789abcdefABCDEF')
      await page.locator('[data-tester-form] button[type="submit"]').click()
      await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
      // The browser reports the violation in its own task, which may come after the verdict.
      await expect.poll(() => page.locator('[data-check="reach"]').innerText(), { timeout: 15_000 }).toContain(text)
      const reach = await page.locator('[data-check="reach"]').innerText()
      expect(reach).toContain(new URL(gatewayConfig.apiBaseUrl).origin)
      expect(reach).toContain('http://blocked.invalid')
      await context.close()
    }
  })
})

describe('a malformed #hash leaves every widget working', () => {
  it.each(['#%', '#%E0%A4%A'])('tester, wizard and lookup with %s', async (hash) => {
    const tester = await openPage(
      env.browser,
      `/en/tools/connection-test?base=${encodeURIComponent(`${env.gateway.url}/healthy/v1`)}&timeout=3${hash}`,
    )
    await tester.page.locator('[data-tester-form] input[name="apiKey"]').fill('sk-e2eKey0123456789abcdefABCDEF')
    await tester.page.locator('[data-tester-form] button[type="submit"]').click()
    await tester.page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
    expect(await tester.page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok')
    // The reach check asks without the key on purpose: Chromium logs the gateway's 401.
    expect(tester.errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([])
    await tester.context.close()

    const wizard = await openPage(env.browser, `/tools/wizard${hash}`)
    await wizard.page.waitForSelector('[data-wizard-ready="true"]', { timeout: 15_000 })
    expect(await wizard.page.locator('[data-answer]').count()).toBeGreaterThan(0)
    expect(wizard.errors).toEqual([])
    await wizard.context.close()

    const lookup = await openPage(env.browser, `/en/errors${hash}`)
    await lookup.page.getByRole('textbox', { name: 'Paste the error' }).fill('TypeError: Failed to fetch')
    await expect
      .poll(() => lookup.page.locator('[data-lookup-results] [data-cause="network"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    expect(lookup.errors).toEqual([])
    await lookup.context.close()
  })
})

describe('short links keep their query and anchor', () => {
  it('/test?base=… opens the tester with the base filled in', async () => {
    const base = `${env.gateway.url}/healthy/v1`
    const { page, errors } = await openPage(env.browser, `/en/test?base=${encodeURIComponent(base)}&model=gpt-x#top`)
    await page.waitForURL((url) => url.pathname === sitePath('/en/tools/connection-test'))
    const url = new URL(page.url())
    expect(url.searchParams.get('base')).toBe(base)
    expect(url.searchParams.get('model')).toBe('gpt-x')
    expect(url.hash).toBe('#top')
    await expect
      .poll(() => page.locator('[data-tester-form] input[name="baseUrl"]').inputValue(), { timeout: 15_000 })
      .toBe(base)
    expect(errors).toEqual([])
  })

  it('/wizard?path=… opens the wizard at that step', async () => {
    const answer = wizardTree.questions[wizardTree.start]!.answers[0]!
    const search = positionSearch({
      trail: [{ questionId: wizardTree.start, answerId: answer.id }],
      nodeId: answer.next,
    })
    const { page, errors } = await openPage(env.browser, `/wizard${search}`)
    await page.waitForURL((url) => url.pathname === sitePath('/tools/wizard'))
    await page.waitForSelector(`[data-step="${answer.next}"]`, { timeout: 15_000 })
    expect(new URL(page.url()).search).toBe(search)
    expect(errors).toEqual([])
  })
})
