import type { GatewayConfig } from './gateway.schema.ts'

/**
 * The one place that names the gateway. Edit this file to run the help center for another
 * gateway; the build checks it and stops with the name of any wrong field. (Or leave it and build
 * with `GATEWAY_CONFIG=other.json`: see docs/.vitepress/support/gateway-override.ts.)
 */
const example: GatewayConfig = {
  name: 'Example AI',
  siteUrl: 'https://help.example.com',
  apiBaseUrl: 'https://api.example.com/v1',
  keyPrefix: 'sk-',
  defaultModel: 'gpt-4o-mini',
  balanceApi: 'new-api',
  protocols: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini', 'embeddings'],
  protocolModels: {
    'openai-responses': 'gpt-4.1-mini',
    'anthropic-messages': 'claude-3-5-haiku-20241022',
    gemini: 'gemini-2.0-flash',
    embeddings: 'text-embedding-3-small',
  },
  balanceSyncMinutes: { typical: 2, peak: 5 },
  console: {
    home: 'https://console.example.com',
    keys: 'https://console.example.com/token',
    topUp: 'https://console.example.com/topup',
    usage: 'https://console.example.com/log',
    models: 'https://console.example.com/pricing',
  },
  statusPage: 'https://status.example.com',
  // new-api serves its notice and Uptime Kuma summary from the console's origin.
  statusSource: { kind: 'new-api', url: 'https://console.example.com' },
  policy: {
    balanceExpiry: 'never',
    invoices: 'issued',
    failedRequests: 'not-billed',
    channelRetry: 'automatic',
    duplicateMediaTasks: 'not-refunded',
    mainlandChina: 'direct',
    keyOrigin: 'gateway-issued',
  },
  support: {
    email: 'support@example.com',
    ticketUrl: 'https://console.example.com/tickets',
    hours: { zh: '每天 9:00–22:00（北京时间）', en: 'Daily 9:00–22:00 (UTC+8)' },
    staff: {
      viewLogs: { zh: '值班运维工程师', en: 'the on-call operations engineer' },
      refund: { zh: '客服主管', en: 'the support lead' },
      switchRoute: { zh: '值班运维工程师', en: 'the on-call operations engineer' },
    },
  },
}

/** Set by the build for the page bundles when GATEWAY_CONFIG names another gateway (Vite `define`). */
declare const __GATEWAY_CONFIG__: GatewayConfig | undefined

/**
 * The gateway this build is for: another config when the build was given one (in the page bundles
 * through `define`, in the build's own Node process through the global gateway-override.ts sets
 * before this module runs), else the example above. Unit tests and scripts get the example.
 */
export const gateway: GatewayConfig =
  (typeof __GATEWAY_CONFIG__ === 'undefined' ? undefined : __GATEWAY_CONFIG__) ??
  (globalThis as { __gatewayConfigOverride__?: GatewayConfig }).__gatewayConfigOverride__ ??
  example
