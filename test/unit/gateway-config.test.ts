import { describe, expect, it } from 'vitest'
import { gateway } from '../../data/gateway.ts'
import { parseGatewayConfig } from '../../data/gateway.schema.ts'
import { endpointUrls, fillGatewayTokens, gatewayTokenValues } from '../../data/gateway-tokens.ts'

describe('data/gateway.schema', () => {
  it('accepts the shipped example gateway', () => {
    expect(parseGatewayConfig(gateway).name).toBe(gateway.name)
  })

  it.each([
    [{ apiBaseUrl: 'https://api.example.com' }, 'apiBaseUrl: must end with a single /v1'],
    [{ apiBaseUrl: 'https://api.example.com/v1/v1' }, 'apiBaseUrl: must end with a single /v1'],
    [{ siteUrl: 'help.example.com' }, 'siteUrl: must be a full http(s):// address'],
    [{ siteUrl: 'https://help.example.com/' }, 'siteUrl: must not end with a slash'],
    [{ balanceApi: 'litellm' }, 'balanceApi'],
    [{ name: '  ' }, 'name: must not be empty'],
    [{ support: { ...gateway.support, email: 'nobody' } }, 'support.email: must be an e-mail address'],
    [{ support: { ...gateway.support, hours: { zh: '全天' } } }, 'support.hours.en'],
    [
      { support: { ...gateway.support, staff: { ...gateway.support.staff, refund: undefined } } },
      'support.staff.refund',
    ],
    [{ console: { ...gateway.console, topUp: 'ftp://x.example.com' } }, 'console.topUp'],
    [{ balanceSyncMinutes: { typical: 5, peak: 2 } }, 'balanceSyncMinutes: peak must not be shorter than typical'],
    [{ unknownField: 1 }, 'Unrecognized key'],
  ])('stops on %j, naming the field', (change, message) => {
    expect(() => parseGatewayConfig({ ...gateway, ...change })).toThrow(message)
  })
})

describe('gateway tokens in markdown', () => {
  const zh = gatewayTokenValues(gateway, 'zh')
  const en = gatewayTokenValues(gateway, 'en')

  it('fills nested, derived and localized values', () => {
    const source = 'curl {{gw.chatCompletionsUrl}} · {{ gw.console.keys }} · {{gw.apiOrigin}} · {{gw.support.hours}}'
    expect(fillGatewayTokens(source, zh)).toBe(
      `curl ${gateway.apiBaseUrl}/chat/completions · ${gateway.console.keys} · ${new URL(gateway.apiBaseUrl).origin} · ${gateway.support.hours.zh}`,
    )
    expect(fillGatewayTokens('{{gw.support.hours}}', en)).toBe(gateway.support.hours.en)
    expect(fillGatewayTokens('{{gw.balanceSyncMinutes.peak}}', en)).toBe(String(gateway.balanceSyncMinutes.peak))
    expect(fillGatewayTokens('{{gw.support.staff.switchRoute}}', en)).toBe(gateway.support.staff.switchRoute.en)
  })

  it('derives every endpoint address from the base URL, and the root without /v1 for agents that add it', () => {
    expect(endpointUrls('https://gw.test/api/v1')).toEqual({
      apiRoot: 'https://gw.test/api',
      chatCompletionsUrl: 'https://gw.test/api/v1/chat/completions',
      modelsUrl: 'https://gw.test/api/v1/models',
      responsesUrl: 'https://gw.test/api/v1/responses',
      messagesUrl: 'https://gw.test/api/v1/messages',
      countTokensUrl: 'https://gw.test/api/v1/messages/count_tokens',
      embeddingsUrl: 'https://gw.test/api/v1/embeddings',
      imagesUrl: 'https://gw.test/api/v1/images/generations',
      speechUrl: 'https://gw.test/api/v1/audio/speech',
      transcriptionsUrl: 'https://gw.test/api/v1/audio/transcriptions',
    })
    // The shipped config's root differs from its base by exactly the /v1 Claude Code must not get.
    expect(`${en.apiRoot}/v1`).toBe(gateway.apiBaseUrl)
    expect(fillGatewayTokens('{{gw.messagesUrl}}', zh)).toBe(`${gateway.apiBaseUrl}/messages`)
  })

  it('leaves Vue interpolation alone', () => {
    expect(fillGatewayTokens('{{ count + 1 }}', zh)).toBe('{{ count + 1 }}')
  })

  it('stops the build on an unknown token, naming the file and the token', () => {
    expect(() => fillGatewayTokens('see {{gw.console.billing}}', zh, 'faq/billing.md')).toThrow(
      /faq\/billing\.md: unknown gateway token \{\{gw\.console\.billing\}\}/,
    )
  })
})
