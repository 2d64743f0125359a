import { causeTitle } from '@data/causes.ts'
import { localePath, type Locale } from '@data/locale.ts'
import { protocols } from '@data/protocols.ts'
import { analyzeKey, maskKey } from './key-format.ts'
import { protocolMessages } from './protocol-messages.ts'
import { uiMessages } from './ui-messages.ts'
import { entryPageSlug } from '../../error-pages/entry-pages.ts'
import type { CheckStatus, DiagnosisResult } from './types.ts'

const statusMark: Record<CheckStatus, string> = {
  pending: '·',
  running: '…',
  pass: '✓',
  warn: '!',
  fail: '✗',
  skip: '–',
}

export interface ReportContext {
  locale: Locale
  /** The key as typed; only its first 8 characters reach the report. */
  apiKey: string
  /** The browser's user agent, or `Node.js v20 (linux)` from the command line. */
  client: string
  /** The help center's address, to turn the fix's article into a full link. */
  siteUrl: string
  /** @default the system's */
  timeZone?: string
}

/** "2026-11-23 18:30:05 GMT+08:00 (Asia/Shanghai)": unambiguous for support in any time zone. */
export function formatTime(iso: string, timeZone?: string): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(new Date(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  const local = `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
  // ICU writes plain `GMT` for a zero offset; support staff compare offsets, so always write one.
  const offset = part('timeZoneName') === 'GMT' ? 'GMT+00:00' : part('timeZoneName')
  return `${local} ${offset} (${zone})`
}

/** The full address of the article section that fixes a cause, in the report's language. */
export function articleUrl(siteUrl: string, locale: Locale, article: string): string {
  return localePath(locale, article, siteUrl)
}

/**
 * A plain-text report for a support ticket, in the user's language: when, where, what was
 * tested and how each check went. The key appears only as its first 8 characters.
 */
export function formatReport(result: DiagnosisResult, context: ReportContext): string {
  const t = uiMessages[context.locale]
  // Mask the key as it was sent, not as pasted: a pasted `Bearer ` would otherwise fill the 8 characters.
  const testedKey = analyzeKey(context.apiKey, '').key
  const verdict =
    result.verdict === null
      ? t.results.cancelled
      : result.verdict === 'ok'
        ? t.report.verdictOk
        : `${causeTitle[result.verdict][context.locale]} (${result.verdict})`
  const lines = [
    t.report.title,
    `${t.report.time}${t.report.colon}${formatTime(result.startedAt, context.timeZone)}`,
    `${t.report.baseUrl}${t.report.colon}${result.baseUrl}`,
    `${t.report.model}${t.report.colon}${result.model}`,
    ...protocolLine(result, context.locale, t.report.colon),
    `${t.report.client}${t.report.colon}${context.client}`,
    `${t.report.key}${t.report.colon}${maskKey(testedKey)}`,
    `${t.report.verdict}${t.report.colon}${verdict}`,
  ]
  if (result.verdictArticle) lines.push(`  ${articleUrl(context.siteUrl, context.locale, result.verdictArticle)}`)
  lines.push('', `${t.report.checks}${t.report.colon}`)
  for (const check of result.checks) {
    const facts = [
      t.status[check.status],
      check.httpStatus !== undefined ? `${t.results.httpStatus} ${check.httpStatus}` : '',
      check.durationMs !== undefined ? t.report.durationMs(Math.round(check.durationMs)) : '',
      check.requestId ? `${t.results.requestId} ${check.requestId}` : '',
    ].filter(Boolean)
    lines.push(`${statusMark[check.status]} ${t.checkTitle[check.id]} [${facts.join(', ')}]`)
    if (check.message) lines.push(`    ${check.message}`)
    if (check.serverMessage) lines.push(`    ${t.results.serverSaid}${t.report.colon}${check.serverMessage}`)
    if (check.errorId)
      lines.push(
        `    ${t.results.errorEntry}: ${articleUrl(context.siteUrl, context.locale, entryPageSlug(check.errorId))}`,
      )
  }
  // A key pasted into a field a check echoes back must still never reach a ticket.
  let text = lines.join('\n')
  for (const key of [testedKey, context.apiKey.trim()]) if (key.length >= 8) text = text.split(key).join(maskKey(key))
  return text
}

/** Which tool's protocol was tested: support needs it to read the checks that follow. */
function protocolLine(result: DiagnosisResult, locale: Locale, colon: string): string[] {
  if (!result.protocol) return []
  return [`${protocolMessages[locale].reportProtocol}${colon}${protocols[result.protocol].label[locale]}`]
}
