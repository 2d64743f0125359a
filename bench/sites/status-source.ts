import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseGatewayConfig, type GatewayConfig } from '../../data/gateway.schema.ts'
import { startTestGateway } from '../../test/gateway/server.ts'

/**
 * The bench measures a working deployment, and a working deployment's status source answers. The
 * example config's (`https://console.example.com`) cannot even resolve here, so the pages that show
 * the status banner logged a failed fetch and lost Lighthouse's errors-in-console audit for it.
 * The bench therefore builds the site with the example config pointed at the test gateway, which
 * answers new-api's `/api/notice` and `/api/uptime/status` as new-api does (test/gateway/status-pages.ts).
 */
export const benchStatusState = 'operational'

/** The example config with its status source at `gatewayUrl`: the only field the bench changes. */
export function benchGatewayConfig(base: GatewayConfig, gatewayUrl: string): GatewayConfig {
  return parseGatewayConfig({
    ...base,
    statusSource: { kind: 'new-api', url: `${gatewayUrl}/status/${benchStatusState}` },
  })
}

export interface BenchStatusSource {
  /** The config file to build with (`GATEWAY_CONFIG`). */
  configFile: string
  config: GatewayConfig
  close: () => Promise<void>
}

/**
 * Starts the test gateway on 127.0.0.1 (a free port) and writes the build's config for it to
 * `configFile`. It must stay up while the built site is measured: the pages fetch it in the browser.
 */
export async function startBenchStatusSource(base: GatewayConfig, configFile: string): Promise<BenchStatusSource> {
  const source = await startTestGateway({ recordRequests: false })
  const config = benchGatewayConfig(base, source.url)
  mkdirSync(dirname(configFile), { recursive: true })
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`)
  return { configFile, config, close: () => source.close() }
}
