import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StatusSource } from '../../data/gateway.schema.ts'
import { StatusSource as StatusSourceSchema } from '../../data/gateway.schema.ts'
import { loadStatus, type FetchJson } from '../../components/status-banner/load-status.ts'
import {
  parseNewApi,
  parseStatuspage,
  parseUptimeKuma,
  plainNotice,
  sourceRequests,
  statusOrigin,
  worthShowing,
} from '../../components/status-banner/status.ts'
import { startTestGateway, type TestGateway } from '../gateway/server.ts'

/** Node's fetch, as the browser's would answer: JSON or a rejection. */
const nodeFetchJson: FetchJson = async (url, signal) => {
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return (await response.json()) as unknown
}

let gateway: TestGateway
beforeAll(async () => {
  gateway = await startTestGateway({ recordRequests: false })
})
afterAll(() => gateway.close())

const sources = (state: string): StatusSource[] => [
  { kind: 'new-api', url: `${gateway.url}/status/${state}` },
  { kind: 'uptime-kuma', url: `${gateway.url}/status/${state}`, slug: 'main' },
  { kind: 'statuspage', url: `${gateway.url}/status/${state}` },
]

describe('status sources, read from the test gateway as each product answers', () => {
  it.each(['new-api', 'uptime-kuma', 'statuspage'])('%s: all up and nothing to say shows no banner', async (kind) => {
    const source = sources('operational').find((s) => s.kind === kind)!
    const status = await loadStatus(source, nodeFetchJson)
    expect(status).toMatchObject({ level: 'operational', affected: [] })
    expect(worthShowing(status)).toBe(false)
  })

  it.each(['new-api', 'uptime-kuma', 'statuspage'])('%s: a partial outage names what is down', async (kind) => {
    const source = sources('degraded').find((s) => s.kind === kind)!
    const status = await loadStatus(source, nodeFetchJson)
    expect(status).toEqual({
      level: 'degraded',
      notice: 'Claude 渠道上游故障，正在切换线路。',
      affected: ['Claude channel'],
    })
  })

  it.each(['new-api', 'uptime-kuma', 'statuspage'])('%s: everything down is an outage', async (kind) => {
    const status = await loadStatus(
      sources('outage').find((s) => s.kind === kind)!,
      nodeFetchJson,
    )
    expect(status?.level).toBe('outage')
    expect(status?.affected).toHaveLength(3)
  })

  it.each(['new-api', 'uptime-kuma', 'statuspage'])('%s: maintenance is not an outage', async (kind) => {
    const status = await loadStatus(
      sources('maintenance').find((s) => s.kind === kind)!,
      nodeFetchJson,
    )
    expect(status?.level).toBe('maintenance')
  })

  it('turns a markdown notice into one line of text', async () => {
    const status = await loadStatus(sources('notice')[0]!, nodeFetchJson)
    expect(status).toEqual({
      level: 'operational',
      notice: '公告 今晚 23:00–23:30 升级数据库，期间控制台可能无法登录。',
      affected: [],
    })
    expect(worthShowing(status)).toBe(true)
  })

  it('keeps a hostile notice as capped plain text, without tags or terminal escapes', async () => {
    const status = await loadStatus(sources('hostile')[0]!, nodeFetchJson)
    // Not only the escape characters: the rest of each sequence (a window title, a clear-screen) too.
    for (const unwanted of ['<', '>', '\u001b', '\u0007', ']0;owned', '[2J'])
      expect(status?.notice).not.toContain(unwanted)
    expect(status?.notice?.length).toBeLessThanOrEqual(300)
  })

  it.each(['broken', 'hang'])('says nothing when the source is %s', async (state) => {
    for (const source of sources(state)) expect(await loadStatus(source, nodeFetchJson, 300)).toBeNull()
  })

  it('fetches nothing without a source, and nothing outside the source', async () => {
    const asked: string[] = []
    const spy: FetchJson = async (url) => {
      asked.push(url)
      return {}
    }
    expect(await loadStatus({ kind: 'none' }, spy)).toBeNull()
    expect(asked).toEqual([])
    await loadStatus({ kind: 'uptime-kuma', url: 'https://up.example.org', slug: 'ai' }, spy)
    expect(asked).toEqual([
      'https://up.example.org/api/status-page/ai',
      'https://up.example.org/api/status-page/heartbeat/ai',
    ])
  })
})

describe('status parsers on shapes nobody documented', () => {
  it.each([undefined, null, 'html', 42, [], { success: false }, { data: 'x' }])('new-api %j gives nothing', (body) => {
    expect(parseNewApi(body, body)).toBeNull()
  })

  it('new-api: a notice alone is enough, monitors alone too', () => {
    expect(parseNewApi({ success: true, data: 'hi' }, undefined)).toEqual({
      level: 'operational',
      notice: 'hi',
      affected: [],
    })
    expect(parseNewApi(undefined, { success: true, data: [] })).toEqual({
      level: 'operational',
      notice: undefined,
      affected: [],
    })
  })

  it('Uptime Kuma needs both answers, and reads the newest heartbeat', () => {
    expect(parseUptimeKuma({}, undefined)).toBeNull()
    const page = { publicGroupList: [{ monitorList: [{ id: 7, name: 'API' }] }], incident: null }
    const beats = { heartbeatList: { 7: [{ status: 0 }, { status: 1 }] } }
    expect(parseUptimeKuma(page, beats)).toEqual({ level: 'operational', notice: undefined, affected: [] })
  })

  it('Statuspage: an unknown indicator gives nothing rather than a guess', () => {
    expect(parseStatuspage({ status: { indicator: 'purple' } })).toBeNull()
    expect(parseStatuspage({ status: { indicator: 'critical', description: 'Major Outage' } })).toEqual({
      level: 'outage',
      notice: 'Major Outage',
      affected: [],
    })
  })

  it('plain text only, linear on long input', () => {
    expect(plainNotice('[状态页](https://s.example.com) **ok**')).toBe('状态页 ok')
    expect(plainNotice('<'.repeat(100_000))?.length).toBeLessThanOrEqual(300)
    expect(plainNotice('   ')).toBeUndefined()
    expect(plainNotice(3)).toBeUndefined()
  })
})

describe('status source config', () => {
  it('names the origin the banner connects to, for the CSP', () => {
    expect(statusOrigin({ kind: 'none' })).toBeNull()
    expect(statusOrigin({ kind: 'statuspage', url: 'https://status.example.org/x' })).toBe('https://status.example.org')
    expect(sourceRequests({ kind: 'none' })).toBeNull()
  })

  it('rejects a Kuma slug that would leave its path, and a non-web address', () => {
    expect(StatusSourceSchema.safeParse({ kind: 'uptime-kuma', url: 'https://u.example', slug: '../x' }).success).toBe(
      false,
    )
    expect(StatusSourceSchema.safeParse({ kind: 'new-api', url: 'javascript:alert(1)' }).success).toBe(false)
  })
})
