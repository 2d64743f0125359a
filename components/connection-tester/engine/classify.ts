import type { Cause } from '@data/causes.ts'
import { defaultCauseOfStatus } from '@data/errors.ts'
import { errorOf } from '@components/shared/error-body.ts'
import type { ErrorMatcher } from './types.ts'

export interface Diagnosis {
  cause: Cause
  errorId?: string
  /** The gateway's own words, trimmed, to show as text. */
  serverMessage?: string
}

/** True when a body is a web page: a wrong base URL or a proxy answered instead of the API. */
export function isHtml(text: string, contentType = ''): boolean {
  return /text\/html/i.test(contentType) || /^\s*(?:<!doctype html|<html|<head|<body)/i.test(text)
}

/** A short, readable version of what the gateway said, safe to show as text. */
export function serverMessageOf(json: unknown, text: string, contentType = ''): string | undefined {
  const error = errorOf(json)
  if (error?.message) return clip(error.message)
  if (isHtml(text, contentType)) {
    const title = /<title[^<>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim()
    return title ? `HTML: ${clip(title)}` : 'HTML'
  }
  const plain = text.trim()
  return plain ? clip(plain) : undefined
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > 300 ? `${oneLine.slice(0, 300)}…` : oneLine
}

const balanceWords = /quota|balance|credit|额度|余额|budget|payment|insufficient_user_quota|充值/i
const channelWords = /no available channel|无可用渠道|channel/i
const modelWords = /model/i

/**
 * Why a gateway refused a request. The error catalogue's matcher knows the exact wordings; when
 * it has no match, the status and a few words decide, read from the body and not only the status
 * (a 403 is a balance on one-api and a permission elsewhere).
 */
export function diagnoseAnswer(
  answer: { status: number; json: unknown; text: string; contentType?: string },
  identifyError: ErrorMatcher | undefined,
): Diagnosis {
  const serverMessage = serverMessageOf(answer.json, answer.text, answer.contentType)
  const withMessage = (cause: Cause, errorId?: string): Diagnosis => {
    const diagnosis: Diagnosis = { cause }
    if (errorId) diagnosis.errorId = errorId
    if (serverMessage) diagnosis.serverMessage = serverMessage
    return diagnosis
  }
  const match = identifyError?.(answerInput(answer))
  if (isHtml(answer.text, answer.contentType)) {
    // A web page with a success or not-found status is the wrong address. One with a 5xx comes
    // from the web server in front (nginx, a CDN): it could not reach the gateway at all, so
    // the gateway is down, or it gave up waiting.
    if (answer.status < 500) return withMessage('base_url')
    const cause = [504, 524].includes(answer.status) ? 'timeout' : 'gateway_error'
    return withMessage(cause, match?.entry.cause === cause ? match.entry.id : undefined)
  }
  if (match) return withMessage(match.entry.cause, match.entry.id)
  const error = errorOf(answer.json)
  const words = [error?.message, error?.code, error?.type, answer.json === undefined ? answer.text : '']
    .filter(Boolean)
    .join(' ')
  // OpenRouter puts the real status in a numeric `code` of a 200 answer.
  const numericCode = Number(error?.code)
  const status =
    answer.status === 200 && Number.isInteger(numericCode) && numericCode >= 400 ? numericCode : answer.status
  return withMessage(causeOfStatus(status, words))
}

function answerInput(answer: { status: number; text: string }) {
  return { status: answer.status, body: answer.text }
}

/**
 * Where the tester reads a bare status otherwise than the catalogue's default. A 403 means an
 * empty balance on one-api, but the tester says balance only when the body's words do, and
 * a refusal otherwise; likewise a 503 is "no channel" only when the body names the channel. The
 * tester takes a 502 answered in JSON as the gateway's own error.
 */
const testerReading: ReadonlyMap<number, Cause> = new Map([
  [403, 'permission'],
  [502, 'gateway_error'],
  [503, 'upstream_unavailable'],
])
/** Statuses the catalogue has a default for that the tester reads only by class (5xx or not). */
const readByClass: ReadonlySet<number> = new Set([202, 405, 407, 520, 521, 522, 523])

/** The cause of a refusal the catalogue did not recognise: the body's words, then the status. */
function causeOfStatus(status: number, words: string): Cause {
  if (/context[_ ]length|maximum context|too many tokens|上下文/i.test(words)) return 'context_length'
  if (balanceWords.test(words) && status !== 503) return 'insufficient_balance'
  if (status === 403 && /region|country|location|地区|unsupported_country/i.test(words)) return 'region_blocked'
  if (status === 404 && modelWords.test(words)) return 'model_not_found'
  if (status === 503 && channelWords.test(words)) return 'no_channel'
  if ((status === 400 || status === 422) && /safety|content[_ ]policy|moderation|敏感|违规/i.test(words)) {
    return 'content_policy'
  }
  const byNumber = readByClass.has(status) ? undefined : (testerReading.get(status) ?? defaultCauseOfStatus.get(status))
  return byNumber ?? (status >= 500 ? 'gateway_error' : 'bad_request')
}
