import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { gateway as config } from '../../data/gateway.ts'
import { protocolIds, type Protocol } from '../../data/protocols.ts'
import { protocolFaultNames, protocolFaults, type ProtocolFault } from '../gateway/protocol-scenarios.ts'
import { openPage } from './support/browser.ts'
import { useBrowserAndGateway } from './support/browser-and-gateway.ts'

const key = 'sk-e2eProto0123456789abcdefABCDEF'
const env = useBrowserAndGateway()

const shared = ['key-format', 'base-url', 'reach', 'auth', 'models', 'balance']
/** The page contract: each protocol's `data-check` names, in order. */
const expectedChecks: Record<Protocol, string[]> = {
  'openai-chat': [...shared, 'chat', 'stream'],
  'openai-responses': [...shared, 'responses', 'responses-stream'],
  'anthropic-messages': [...shared, 'messages', 'messages-stream', 'count-tokens'],
  gemini: [...shared, 'gemini', 'gemini-stream'],
  embeddings: [...shared, 'embeddings'],
}

const networkNoise = /^(Failed to load resource|Access to fetch at)/

async function open(query: string) {
  const tracked = await openPage(env.browser, `/en/tools/connection-test${query}`, { allowOrigins: [env.gateway.url] })
  await tracked.page.locator('[data-tester-form] input[name="apiKey"]').fill(key)
  return tracked
}

async function runAndRead(page: Page) {
  await page.locator('[data-tester-form] button[type="submit"]').click()
  await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
  const verdict = await page.locator('[data-verdict]').getAttribute('data-verdict')
  const statuses = (await page
    .locator('[data-check]')
    .evaluateAll((items) =>
      Object.fromEntries(items.map((item) => [item.getAttribute('data-check'), item.getAttribute('data-status')])),
    )) as Record<string, string>
  return { verdict, statuses }
}

const query = (path: string, protocol: Protocol, model?: string) =>
  `?base=${encodeURIComponent(`${env.gateway.url}/${path}/v1`)}&protocol=${protocol}&timeout=5` +
  (model ? `&model=${encodeURIComponent(model)}` : '')

describe('connection test page, per protocol, against the test gateway', () => {
  it.each(protocolIds.map((protocol) => [protocol]))('%s passes a healthy gateway', async (protocol) => {
    const { page, context, errors, foreignRequests } = await open(query('healthy', protocol))
    const { verdict, statuses } = await runAndRead(page)
    expect(verdict).toBe('ok')
    expect(Object.keys(statuses)).toEqual(expectedChecks[protocol])
    expect(Object.entries(statuses).filter(([, status]) => status !== 'pass')).toEqual([])
    expect(foreignRequests).toEqual([])
    expect(errors.filter((error) => !networkNoise.test(error))).toEqual([])
    expect(page.url()).not.toContain(key.slice(3))
    await context.close()
  })

  it.each(protocolFaultNames.map((name) => [name] as [ProtocolFault]))('%s names its layer', async (fault) => {
    const info = protocolFaults[fault]
    const { page, context } = await open(query(fault, info.protocol, info.model))
    const { verdict, statuses } = await runAndRead(page)
    expect(verdict).toBe(info.expect.verdict)
    if (info.expect.check) {
      expect(statuses[info.expect.check]).toBe(info.expect.verdict === 'ok' ? 'warn' : 'fail')
    }
    expect(Object.values(statuses).filter((status) => status === 'pending' || status === 'running')).toEqual([])
    await context.close()
  })

  it('runs the protocol picked in the form, with that protocol’s default model', async () => {
    const base = `?base=${encodeURIComponent(`${env.gateway.url}/count-tokens-404/v1`)}&timeout=5`
    const { page, context } = await open(base)
    await page.locator('[data-tester-form] select[name="protocol"]').selectOption('anthropic-messages')
    expect(await page.locator('[data-tester-form] input[name="model"]').inputValue()).toBe(
      config.protocolModels['anthropic-messages'],
    )
    await expect
      .poll(() => page.locator('[data-check]').count(), { timeout: 15_000 })
      .toBe(expectedChecks['anthropic-messages'].length)
    const { verdict, statuses } = await runAndRead(page)
    expect(verdict).toBe('gateway_error')
    expect(statuses.messages).toBe('pass')
    expect(statuses['count-tokens']).toBe('fail')
    await expect
      .poll(() => page.locator('[data-check="count-tokens"]').innerText(), { timeout: 15_000 })
      .toContain('/v1/messages/count_tokens')
    await context.close()
  })
})
