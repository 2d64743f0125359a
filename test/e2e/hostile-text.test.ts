import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { HostileName } from '../gateway/hostile.ts'
import { openPage } from './support/browser.ts'
import { useBrowserAndGateway } from './support/browser-and-gateway.ts'

/**
 * The built pages against hostile text (issue 16): a key typed into the tester never reaches an
 * attribute, a gateway's escapes, echoed key and endless ids never reach the page, a redirect to
 * another origin is flagged, and keys in links are taken out of the address bar at load.
 */
const key = 'sk-hostileE2e0123456789abcdefXYZ'
const env = useBrowserAndGateway()

/** Every attribute value of every element, and the whole serialized document. */
const attributesAndHtml = (page: Page) =>
  page.evaluate(() => {
    const values = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].map((attribute) => attribute.value),
    )
    return { values, html: document.documentElement.outerHTML }
  })

async function runAgainst(name: HostileName, path = '/en/tools/connection-test') {
  const base = `${env.gateway.url}/hostile/${name}/v1`
  const tracked = await openPage(env.browser, `${path}?base=${encodeURIComponent(base)}&timeout=3`, {
    allowOrigins: [env.gateway.url, env.gateway.otherUrl],
  })
  await tracked.page.locator('[data-tester-form] input[name="apiKey"]').fill(key)
  await tracked.page.locator('[data-tester-form] button[type="submit"]').click()
  await tracked.page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
  return tracked
}

describe('the tester keeps the key out of the DOM', () => {
  it('never copies a typed key into an attribute', async () => {
    const { page, context } = await openPage(env.browser, '/en/tools/connection-test')
    const field = page.locator('[data-tester-form] input[name="apiKey"]')
    await field.pressSequentially(key)
    await page.getByRole('button', { name: 'Show' }).click()
    await field.press('End')
    await field.pressSequentially('Q')
    expect(await field.inputValue()).toBe(`${key}Q`)
    const { values, html } = await attributesAndHtml(page)
    expect(values.filter((value) => value.includes(key.slice(3, 15)))).toEqual([])
    expect(html).not.toContain(key.slice(3, 15))
    await context.close()
  })

  it('never shows or stores a key the gateway echoes back', async () => {
    const { page, context } = await runAgainst('echo-key')
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('invalid_key')
    await expect(page.locator('[data-check="chat"]').innerText()).resolves.toContain('Incorrect API key provided')
    expect(await page.locator('body').innerText()).not.toContain(key.slice(8))
    const { values, html } = await attributesAndHtml(page)
    expect(values.filter((value) => value.includes(key.slice(8)))).toEqual([])
    expect(html).not.toContain(key.slice(8))
    await context.close()
  })
})

describe('the tester shows gateway text as plain, bounded text', () => {
  it('strips terminal escapes and control characters', async () => {
    const { page, context } = await runAgainst('escapes')
    const said = await page.locator('[data-check="chat"] .server').innerText()
    expect(said).toContain('All checks passed')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(said).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/)
    await context.close()
  })

  it('caps a request id of 200,000 characters', async () => {
    const { page, context } = await runAgainst('long-id')
    const chat = await page.locator('[data-check="chat"]').innerText()
    expect(chat).toContain('rrrr')
    expect(chat.length).toBeLessThan(2_000)
    await context.close()
  })

  it('reads a body of 60,000 newlines and gives a verdict', async () => {
    const { page, context } = await runAgainst('newlines')
    expect(await page.locator('[data-check="chat"]').getAttribute('data-status')).toBe('fail')
    await expect(page.locator('[data-check="chat"] .server').innerText()).resolves.toContain('upstream failed')
    await context.close()
  })

  it('warns when the gateway redirected to another origin, naming it', async () => {
    const { page, context } = await runAgainst('redirect')
    const reach = page.locator('[data-check="reach"]')
    expect(await reach.getAttribute('data-status')).toBe('warn')
    await expect(reach.innerText()).resolves.toContain(env.gateway.otherUrl)
    await expect(reach.innerText()).resolves.toMatch(/drop the key/)
    await context.close()
  })
})

describe('keys in links leave the address bar at load', () => {
  it('masks a key in /errors?q= before anything is typed', async () => {
    const bare = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'
    const text = `curl -H "Authorization: ${bare}" → 401 Unauthorized`
    const { page, context } = await openPage(env.browser, `/en/errors?q=${encodeURIComponent(text)}`)
    await page.locator('[data-lookup-results] [data-error-id]').first().waitFor({ timeout: 15_000 })
    await expect.poll(() => page.url(), { timeout: 15_000 }).not.toContain(bare.slice(0, 12))
    expect(new URL(page.url()).searchParams.get('q')).toContain('401 Unauthorized')
    expect(await page.locator('textarea').inputValue()).not.toContain(bare.slice(0, 12))
    await context.close()
  })

  it('strips key parameters and user:pass@ from the tester address and its base', async () => {
    const base = `http://user:hunter2pass@127.0.0.1:9/v1?api_key=basekey123456`
    const query = `?base=${encodeURIComponent(base)}&access_token=tok123456&openai_api_key=oak123456&model=gpt-4o-mini`
    const { page, context } = await openPage(env.browser, `/en/tools/connection-test${query}`)
    await page.locator('[data-tester-form]').waitFor({ timeout: 15_000 })
    await expect.poll(() => page.url(), { timeout: 15_000 }).not.toContain('tok123456')
    for (const secret of ['hunter2pass', 'basekey123456', 'oak123456']) expect(page.url()).not.toContain(secret)
    expect(new URL(page.url()).searchParams.get('base')).toBe('http://127.0.0.1:9/v1')
    expect(new URL(page.url()).searchParams.get('model')).toBe('gpt-4o-mini')
    expect(await page.locator('input[name="baseUrl"]').inputValue()).toBe('http://127.0.0.1:9/v1')
    await context.close()
  })
})
