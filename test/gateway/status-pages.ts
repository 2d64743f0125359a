import { ok, type Reply } from './replies.ts'

/**
 * The status sources the help site's banner reads (components/status-banner), as the real products
 * answer, under `/status/<state>/…`: new-api's `/api/notice` and `/api/uptime/status`, Uptime
 * Kuma's `/api/status-page/<slug>` and `/api/status-page/heartbeat/<slug>`, Statuspage's
 * `/api/v2/summary.json`. No key needed: these are public pages.
 */
export const statusStates = [
  'operational',
  'notice',
  'degraded',
  'outage',
  'maintenance',
  'hostile',
  'broken',
  'hang',
] as const
export type StatusState = (typeof statusStates)[number]

const isState = (value: string): value is StatusState => (statusStates as readonly string[]).includes(value)

/** Uptime Kuma's codes: 0 down, 1 up, 2 pending, 3 maintenance. */
const monitorsByState: Record<StatusState, number[]> = {
  operational: [1, 1, 1],
  notice: [1, 1, 1],
  degraded: [1, 0, 1],
  outage: [0, 0, 0],
  maintenance: [1, 3, 1],
  hostile: [0, 1, 1],
  broken: [],
  hang: [],
}
const monitorNames = ['OpenAI 渠道', 'Claude channel', 'Gemini 渠道']

const noticeByState: Partial<Record<StatusState, string>> = {
  notice: '## 公告\n\n今晚 **23:00–23:30** 升级数据库，期间[控制台](https://console.example.com)可能无法登录。',
  degraded: 'Claude 渠道上游故障，正在切换线路。',
  outage: 'All upstream channels are down; we are on it.',
  hostile: `<img src=x onerror="document.title='pwned'">\u001b]0;owned\u0007\u001b[2J${'A'.repeat(2000)}`,
}

function statuspageSummary(state: StatusState, statuses: number[]): unknown {
  const indicator = {
    operational: 'none',
    notice: 'none',
    degraded: 'minor',
    outage: 'major',
    maintenance: 'maintenance',
  }
  const componentStatus = ['major_outage', 'operational', 'operational', 'under_maintenance']
  const notice = noticeByState[state]
  return {
    page: { id: 'test', name: 'Test gateway', url: 'https://status.example.com', updated_at: '2026-12-06T00:00:00Z' },
    status: {
      indicator: indicator[state as keyof typeof indicator] ?? 'critical',
      description: state === 'operational' || state === 'notice' ? 'All Systems Operational' : 'Partial System Outage',
    },
    components: statuses.map((status, index) => ({
      id: `c${index}`,
      name: monitorNames[index],
      status: componentStatus[status] ?? 'operational',
      group: false,
    })),
    incidents: notice ? [{ id: 'i1', name: notice, status: 'investigating', impact: 'minor' }] : [],
    scheduled_maintenances: [],
  }
}

export function statusPageReply(method: string, pathname: string): Reply | undefined {
  const match = /^\/status\/([a-z]+)(\/.*)$/.exec(pathname)
  if (method !== 'GET' || !match?.[1] || !match[2] || !isState(match[1])) return undefined
  const state = match[1]
  const path = match[2]
  if (state === 'hang') return { kind: 'hang' }
  if (state === 'broken') {
    return {
      kind: 'text',
      status: 502,
      headers: {},
      contentType: 'text/html',
      text: '<html><body>502 Bad Gateway</body></html>',
    }
  }
  const statuses = monitorsByState[state]
  const notice = noticeByState[state] ?? ''
  if (path === '/api/notice') return ok({ success: true, message: '', data: notice })
  if (path === '/api/uptime/status') {
    const monitors = statuses.map((status, index) => ({
      name: monitorNames[index],
      uptime: 0.99,
      status,
      group: 'main',
    }))
    return ok({ success: true, message: '', data: [{ categoryName: 'Channels', monitors }] })
  }
  const kuma = /^\/api\/status-page\/(heartbeat\/)?([a-z0-9-]+)$/.exec(path)
  if (kuma) {
    if (kuma[1]) {
      const heartbeatList = Object.fromEntries(
        statuses.map((status, index) => [
          String(index + 1),
          [
            { status: 1, time: '2026-12-06 00:00:00', msg: '', ping: 80 },
            { status, time: '2026-12-06 00:01:00', msg: '', ping: 90 },
          ],
        ]),
      )
      return ok({ heartbeatList, uptimeList: {} })
    }
    return ok({
      config: { slug: kuma[2], title: 'Test gateway' },
      incident: notice ? { id: 1, title: notice, content: notice, style: 'warning' } : null,
      publicGroupList: [
        {
          id: 1,
          name: 'Channels',
          monitorList: statuses.map((_, index) => ({ id: index + 1, name: monitorNames[index] })),
        },
      ],
      maintenanceList: state === 'maintenance' ? [{ id: 1, title: 'Upgrade' }] : [],
    })
  }
  if (path === '/api/v2/summary.json') return ok(statuspageSummary(state, statuses))
  return undefined
}
