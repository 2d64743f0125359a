import type { KeyHeader } from '@data/protocols.ts'
import { isRecord } from '@components/shared/records.ts'
import type { Clock, FetchLike } from './types.ts'

/** What the engine needs to make one request. */
export interface HttpContext {
  fetch: FetchLike
  clock: Clock
  /** The whole run's signal: aborting it cancels every request. */
  signal: AbortSignal
  timeoutMs: number
  bodyCapBytes: number
  /** Milliseconds since the run started, for the timeline. */
  elapsed: () => number
}

export interface RequestSpec {
  method: 'GET' | 'POST'
  url: string
  /** Sent as `Authorization: Bearer …` unless `keyHeader` names the protocol's own header. */
  key?: string
  keyHeader?: KeyHeader
  /** A protocol's fixed headers (`anthropic-version`); never a key. */
  headers?: Record<string, string>
  json?: unknown
  mode?: RequestMode
}

export type FailureKind = 'timeout' | 'cancelled' | 'network'

export interface HttpAnswer {
  ok: true
  status: number
  headers: Headers
  text: string
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown
  /** True when the body was longer than the cap and was cut off. */
  truncated: boolean
  /** The opaque answer of a `no-cors` request. */
  opaque: boolean
  /**
   * The origin that answered when the gateway redirected to another one: clients drop the key's
   * header on such a redirect, so a client may fail where this request seemed to work.
   */
  redirectedTo?: string
  startedAtMs: number
  durationMs: number
}

export interface HttpFailure {
  ok: false
  kind: FailureKind
  /** The error's own words (Node names DNS, refused and TLS failures; browsers never do). */
  detail: string
  /** A body the server began to send before the failure, if any. */
  partialText?: string
  startedAtMs: number
  durationMs: number
}

export type HttpOutcome = HttpAnswer | HttpFailure

/** Headers that can carry a request id (one-api and new-api use their own names). */
const requestIdHeaders = [
  'x-request-id',
  'x-oneapi-request-id',
  'x-new-api-request-id',
  'request-id',
  'x-amzn-requestid',
]

export function headersFor(spec: Pick<RequestSpec, 'key' | 'json' | 'keyHeader' | 'headers'>): Record<string, string> {
  const headers: Record<string, string> = { ...spec.headers }
  const keyHeader = spec.keyHeader ?? { name: 'Authorization', scheme: 'bearer' }
  if (spec.key !== undefined) headers[keyHeader.name] = keyHeader.scheme === 'bearer' ? `Bearer ${spec.key}` : spec.key
  if (spec.json !== undefined) headers['Content-Type'] = 'application/json'
  return headers
}

/**
 * Runs `work` under a per-request timer linked to the run's signal, and says afterwards whether
 * an abort came from the timer or from the user, since both surface as the same AbortError.
 */
export async function withDeadline<T>(
  ctx: HttpContext,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; kind: FailureKind; error: unknown }> {
  const controller = new AbortController()
  let timedOut = false
  const onCancel = () => controller.abort(ctx.signal.reason)
  if (ctx.signal.aborted) return { ok: false, kind: 'cancelled', error: ctx.signal.reason }
  ctx.signal.addEventListener('abort', onCancel, { once: true })
  const timer = ctx.clock.setTimeout(() => {
    timedOut = true
    controller.abort(new DOMException('The request took too long', 'TimeoutError'))
  }, ctx.timeoutMs)
  try {
    return { ok: true, value: await work(controller.signal) }
  } catch (error) {
    const kind: FailureKind = timedOut ? 'timeout' : ctx.signal.aborted ? 'cancelled' : 'network'
    return { ok: false, kind, error }
  } finally {
    ctx.clock.clearTimeout(timer)
    ctx.signal.removeEventListener('abort', onCancel)
  }
}

/** Reads a body up to `cap` bytes, then stops: a gateway that answers forever must not hang the run. */
export async function readCapped(
  response: Response,
  cap: number,
  onChunk?: (text: string) => boolean | void,
): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) {
    const whole = await response.text()
    onChunk?.(whole)
    return { text: whole.slice(0, cap), truncated: whole.length > cap }
  }
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      const room = cap - bytes
      const piece = value.byteLength > room ? value.subarray(0, room) : value
      bytes += piece.byteLength
      const decoded = decoder.decode(piece, { stream: true })
      text += decoded
      // A stream reader may say it has seen enough (the `[DONE]` line) before the server closes.
      const enough = onChunk?.(decoded) === true
      if (bytes >= cap && value.byteLength >= room) {
        await reader.cancel().catch(() => undefined)
        return { text, truncated: true }
      }
      if (enough) {
        await reader.cancel().catch(() => undefined)
        break
      }
    }
  } finally {
    reader.releaseLock()
  }
  return { text: text + decoder.decode(), truncated: false }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Sends one request and reads its body under the deadline and the cap. */
export async function request(
  ctx: HttpContext,
  spec: RequestSpec,
  onChunk?: (text: string) => boolean | void,
): Promise<HttpOutcome> {
  const startedAtMs = ctx.elapsed()
  let partialText = ''
  const outcome = await withDeadline(ctx, async (signal) => {
    // Bypass the HTTP cache: a diagnosis must see the gateway's answer now, and Chromium's cache
    // lock would otherwise queue two requests for the same URL behind each other.
    const init: RequestInit = { method: spec.method, headers: headersFor(spec), signal, cache: 'no-store' }
    if (spec.json !== undefined) init.body = JSON.stringify(spec.json)
    if (spec.mode) init.mode = spec.mode
    const response = await ctx.fetch(spec.url, init)
    if (response.type === 'opaque') return { response, text: '', truncated: false }
    const body = await readCapped(response, ctx.bodyCapBytes, (piece) => {
      partialText += piece
      return onChunk?.(piece)
    })
    return { response, ...body }
  })
  const durationMs = ctx.elapsed() - startedAtMs
  if (!outcome.ok) {
    const failure: HttpFailure = {
      ok: false,
      kind: outcome.kind,
      detail: describeError(outcome.error),
      startedAtMs,
      durationMs,
    }
    if (partialText) failure.partialText = partialText
    return failure
  }
  const { response, text, truncated } = outcome.value
  const answer: HttpAnswer = {
    ok: true,
    status: response.status,
    headers: response.headers,
    text,
    json: parseJson(text),
    truncated,
    opaque: response.type === 'opaque',
    startedAtMs,
    durationMs,
  }
  const redirectedTo = crossOriginRedirect(spec.url, response)
  if (redirectedTo) answer.redirectedTo = redirectedTo
  return answer
}

/** The answering origin, when a followed redirect left the requested one. */
export function crossOriginRedirect(
  requested: string,
  response: Pick<Response, 'redirected' | 'url'>,
): string | undefined {
  if (!response.redirected || !response.url) return undefined
  try {
    const to = new URL(response.url).origin
    return to !== new URL(requested).origin ? to : undefined
  } catch {
    return undefined
  }
}

/** Node's fetch hides the reason (ENOTFOUND, ECONNREFUSED, a certificate error) in `cause`. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause: unknown = (error as Error & { cause?: unknown }).cause
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code
    return typeof code === 'string'
      ? `${error.message}: ${code} ${cause.message}`
      : `${error.message}: ${cause.message}`
  }
  return `${error.name}: ${error.message}`
}

/** The request id a gateway sent, from a header or from the body (one-api puts it in the message). */
export function requestIdOf(headers: Headers | undefined, json: unknown, text: string): string | undefined {
  for (const name of requestIdHeaders) {
    const value = headers?.get(name)
    if (value) return value
  }
  if (isRecord(json)) {
    if (typeof json.request_id === 'string') return json.request_id
    if (isRecord(json.error) && typeof json.error.request_id === 'string') return json.error.request_id
  }
  const inMessage = /request id[:：]\s*([A-Za-z0-9_-]+)/i.exec(text)
  return inMessage?.[1]
}
