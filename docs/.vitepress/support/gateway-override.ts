import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseGatewayConfig, type GatewayConfig } from '../../../data/gateway.schema.ts'

/**
 * `GATEWAY_CONFIG=path/to/gateway.json npm run build` builds the site for another gateway without
 * touching data/gateway.ts: the white-label check builds with a second operator's config this way
 * and looks for any sentence of the first. The JSON is checked like data/gateway.ts.
 *
 * Imported first by the VitePress config, so the global is set before data/gateway.ts runs in
 * this process (config, data loaders, server render); the page bundles get the same config
 * through Vite's `define` (see shared.ts).
 */
export function readGatewayOverride(path = process.env.GATEWAY_CONFIG): GatewayConfig | undefined {
  if (!path) return undefined
  const file = resolve(path)
  try {
    return parseGatewayConfig(JSON.parse(readFileSync(file, 'utf8')))
  } catch (error) {
    throw new Error(`GATEWAY_CONFIG=${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    })
  }
}

export const gatewayOverride = readGatewayOverride()
if (gatewayOverride)
  (globalThis as { __gatewayConfigOverride__?: GatewayConfig }).__gatewayConfigOverride__ = gatewayOverride
