import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { gateway } from '../../data/gateway.ts'
import { parseGatewayConfig } from '../../data/gateway.schema.ts'
import { loadStatus, type FetchJson } from '../../components/status-banner/load-status.ts'
import { statusOrigin } from '../../components/status-banner/status.ts'
import { connectOrigins } from '../../docs/.vitepress/support/security-headers.ts'
import { benchGatewayConfig, startBenchStatusSource } from '../../bench/sites/status-source.ts'

const nodeFetchJson: FetchJson = async (url, signal) => {
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return (await response.json()) as unknown
}

const dir = mkdtempSync(join(tmpdir(), 'bench-status-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("the bench's gateway config", () => {
  it('is the example config with only its status source moved to the local server', () => {
    const config = benchGatewayConfig(gateway, 'http://127.0.0.1:4567')
    expect(config.statusSource).toEqual({ kind: 'new-api', url: 'http://127.0.0.1:4567/status/operational' })
    expect({ ...config, statusSource: gateway.statusSource }).toEqual(gateway)
    // The built site's policy lets the banner reach it.
    expect(connectOrigins(config)).toContain('http://127.0.0.1:4567')
  })

  it('fails on a server address the build would refuse', () => {
    expect(() => benchGatewayConfig(gateway, 'ftp://127.0.0.1:4567')).toThrow(/statusSource/)
  })
})

describe("the bench's status source", () => {
  it('answers as a working new-api does while it runs, from the config file the build reads', async () => {
    const file = join(dir, 'nested', 'gateway.json')
    const source = await startBenchStatusSource(gateway, file)
    try {
      const written = parseGatewayConfig(JSON.parse(readFileSync(file, 'utf8')))
      expect(written).toEqual(source.config)
      expect(statusOrigin(written.statusSource)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      // All up and nothing announced: the banner has nothing to show, and nothing failed.
      expect(await loadStatus(written.statusSource, nodeFetchJson)).toEqual({
        level: 'operational',
        notice: undefined,
        affected: [],
      })
    } finally {
      await source.close()
    }
    const written = parseGatewayConfig(JSON.parse(readFileSync(file, 'utf8')))
    expect(await loadStatus(written.statusSource, nodeFetchJson, 1000)).toBeNull()
  })
})
