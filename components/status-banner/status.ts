import type { StatusSource } from '@data/gateway.schema.ts'
import { isRecord } from '../shared/records.ts'
import { cleanGatewayText } from '../connection-tester/engine/gateway-text.ts'

/**
 * The operator's current state, read from whatever status source the config names and reduced to
 * what a banner can say in one line. Parsers never throw: a source that answers in a shape they do
 * not know gives `null`, and the banner stays silent rather than guess.
 */
export type StatusLevel = 'operational' | 'degraded' | 'outage' | 'maintenance'

export interface GatewayStatus {
  level: StatusLevel
  /** The operator's own words (a notice, an incident title), as plain text, capped. */
  notice?: string
  /** Monitors or components that are not up, by name, at most a few. */
  affected: string[]
}

/** What a source is asked for: one or more GET requests, answered as parsed JSON, in order. */
export type SourceRequests = { urls: string[]; parse: (bodies: unknown[]) => GatewayStatus | null }

const maxNotice = 300
const maxAffected = 5

/**
 * Notices are written for the console, in markdown or HTML, and come from another server. The
 * banner shows them as text: terminal escapes and controls go through the tester's one cleaner for
 * gateway text, then tags and markdown marks go, runs of white space fold, and length is capped.
 */
export function plainNotice(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  const text = cleanGatewayText(raw.slice(0, 20_000), { keys: [], max: 20_000 })
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/!?\[([^\]]{0,300})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/[*_`#>~|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (!text) return undefined
  return text.length > maxNotice ? `${text.slice(0, maxNotice - 1)}…` : text
}

const names = (list: unknown[]): string[] =>
  list
    .map((name) => plainNotice(name))
    .filter((name): name is string => name !== undefined)
    .slice(0, maxAffected)

/** Uptime Kuma's heartbeat status codes, which new-api passes on unchanged. */
const kumaDown = 0
const kumaMaintenance = 3

function levelOfMonitors(statuses: number[]): StatusLevel {
  if (statuses.length === 0) return 'operational'
  const down = statuses.filter((status) => status === kumaDown).length
  if (down === statuses.length) return 'outage'
  if (down > 0) return 'degraded'
  if (statuses.some((status) => status === kumaMaintenance)) return 'maintenance'
  return 'operational'
}

/** new-api: `/api/notice` → `{ success, data: "<markdown>" }`; `/api/uptime/status` → groups of monitors. */
export function parseNewApi(notice: unknown, uptime: unknown): GatewayStatus | null {
  const noticeText = isRecord(notice) && notice.success === true ? plainNotice(notice.data) : undefined
  const groups = isRecord(uptime) && Array.isArray(uptime.data) ? uptime.data : undefined
  if (!groups && noticeText === undefined) return null
  const monitors = (groups ?? [])
    .filter(isRecord)
    .flatMap((group) => (Array.isArray(group.monitors) ? group.monitors.filter(isRecord) : []))
    .filter((monitor) => typeof monitor.status === 'number')
  const statuses = monitors.map((monitor) => monitor.status as number)
  return {
    level: levelOfMonitors(statuses),
    notice: noticeText,
    affected: names(monitors.filter((monitor) => monitor.status === kumaDown).map((monitor) => monitor.name)),
  }
}

/**
 * Uptime Kuma: `/api/status-page/<slug>` holds the pinned incident and the monitors' names;
 * `/api/status-page/heartbeat/<slug>` the latest heartbeats per monitor id (last is newest).
 */
export function parseUptimeKuma(page: unknown, heartbeats: unknown): GatewayStatus | null {
  if (!isRecord(page) || !isRecord(heartbeats) || !isRecord(heartbeats.heartbeatList)) return null
  const beats = heartbeats.heartbeatList
  const nameOf = new Map<string, unknown>()
  for (const group of Array.isArray(page.publicGroupList) ? page.publicGroupList.filter(isRecord) : []) {
    for (const monitor of Array.isArray(group.monitorList) ? group.monitorList.filter(isRecord) : []) {
      nameOf.set(String(monitor.id), monitor.name)
    }
  }
  const latest = Object.entries(beats).flatMap(([id, list]) => {
    const last = Array.isArray(list) ? list.filter(isRecord).at(-1) : undefined
    return last && typeof last.status === 'number' ? [{ id, status: last.status }] : []
  })
  const incident = isRecord(page.incident) ? page.incident : undefined
  const inMaintenance = Array.isArray(page.maintenanceList) && page.maintenanceList.length > 0
  const level = levelOfMonitors(latest.map((beat) => beat.status))
  return {
    level: level === 'operational' && inMaintenance ? 'maintenance' : level,
    notice: incident ? (plainNotice(incident.title) ?? plainNotice(incident.content)) : undefined,
    affected: names(latest.filter((beat) => beat.status === kumaDown).map((beat) => nameOf.get(beat.id) ?? beat.id)),
  }
}

const statuspageLevels: Record<string, StatusLevel> = {
  none: 'operational',
  minor: 'degraded',
  major: 'outage',
  critical: 'outage',
  maintenance: 'maintenance',
}

/** Atlassian Statuspage: `/api/v2/summary.json` (status indicator, components, open incidents). */
export function parseStatuspage(summary: unknown): GatewayStatus | null {
  if (!isRecord(summary) || !isRecord(summary.status)) return null
  const level = statuspageLevels[String(summary.status.indicator)]
  if (!level) return null
  const incidents = Array.isArray(summary.incidents) ? summary.incidents.filter(isRecord) : []
  const components = Array.isArray(summary.components) ? summary.components.filter(isRecord) : []
  const notice =
    plainNotice(incidents[0]?.name) ?? (level === 'operational' ? undefined : plainNotice(summary.status.description))
  return {
    level,
    notice,
    affected: names(
      components
        .filter((component) => component.status !== 'operational' && component.group !== true)
        .map((component) => component.name),
    ),
  }
}

/** The requests a source needs, or null for `none`. Paths as each product serves them. */
export function sourceRequests(source: StatusSource): SourceRequests | null {
  switch (source.kind) {
    case 'none':
      return null
    case 'new-api':
      return {
        urls: [`${source.url}/api/notice`, `${source.url}/api/uptime/status`],
        parse: ([notice, uptime]) => parseNewApi(notice, uptime),
      }
    case 'uptime-kuma':
      return {
        urls: [
          `${source.url}/api/status-page/${source.slug}`,
          `${source.url}/api/status-page/heartbeat/${source.slug}`,
        ],
        parse: ([page, heartbeats]) => parseUptimeKuma(page, heartbeats),
      }
    case 'statuspage':
      return { urls: [`${source.url}/api/v2/summary.json`], parse: ([summary]) => parseStatuspage(summary) }
  }
}

/** The origin the banner connects to, for the Content-Security-Policy's connect-src. */
export function statusOrigin(source: StatusSource): string | null {
  return source.kind === 'none' ? null : new URL(source.url).origin
}

/** Whether a status deserves a banner: anything but "all up and nothing to say". */
export const worthShowing = (status: GatewayStatus | null): status is GatewayStatus =>
  status !== null && (status.level !== 'operational' || status.notice !== undefined)
