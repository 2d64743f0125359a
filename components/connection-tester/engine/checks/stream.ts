import { causeTitle } from '@data/causes.ts'
import type { CheckContext } from '../check-context.ts'
import { answerFields, interruptedResult, refusedResult, unansweredResult } from '../check-results.ts'
import { diagnoseAnswer, isHtml } from '../classify.ts'
import { errorOf } from '../../../shared/error-body.ts'
import { curlCommand } from '../curl.ts'
import { request, type HttpOutcome } from '../http.ts'
import { rejectsMaxTokens, withCompletionTokens } from '../reasoning.ts'
import { sseReader, type StreamReading } from '../sse.ts'
import { stallMeter } from '../stall-meter.ts'
import type { CheckResult } from '../types.ts'
import { completionBody } from './chat.ts'

/**
 * A stream held back by something in between arrives whole: every event in one read, after a
 * pause. A one-token stream has at most four events (role, token, finish, usage), which may well
 * share a read, so it takes five; one sent with a Content-Length was buffered by definition.
 */
export const buffered = { minChunks: 5, minWaitMs: 100 } as const

export type StreamPacing = 'paced' | 'held' | 'unclear'

/**
 * What one reading says about the way the stream came: `paced` as it was written, `held` back by
 * something in between, or `unclear`.
 *
 * The pause counts only while the reader was awake to see bytes arrive: a reader starved on a
 * loaded machine (or in a busy tab) is handed a paced stream in one read as well, late, and its
 * own stalled time says so. Subtracting that time is not enough, though: the awake part of the
 * wait may come first and be the server's own (a model's time to its first token, a loaded
 * gateway), and a stall that then covers the paced events bunches them just the same. So when
 * the first read ends a long stall, nothing tells when the events left the server: `unclear`.
 * Only a whole stream that lands while the reader is watching, after it waited awake, is `held`.
 */
export function streamPacing(
  reading: Pick<StreamReading, 'chunks' | 'readsWithEvents' | 'firstByteMs' | 'stalledMs' | 'lastStallMs'>,
  headers: Pick<Headers, 'get'>,
): StreamPacing {
  if (headers.get('content-length') !== null && /event-stream/i.test(headers.get('content-type') ?? '')) return 'held'
  if (reading.chunks < buffered.minChunks || reading.readsWithEvents !== 1) return 'paced'
  const awakeWaitMs = (reading.firstByteMs ?? 0) - (reading.stalledMs ?? 0)
  if (awakeWaitMs < buffered.minWaitMs) return 'paced'
  // A stall as long as the pause that convicts a proxy could hide a stream paced like a model's;
  // the short ones of any loaded machine cannot, and must not let a real proxy off.
  return (reading.lastStallMs ?? 0) >= buffered.minWaitMs ? 'unclear' : 'held'
}

/**
 * Whether a proxy held the stream back, from the readings of two streams (see `checkStream`): a
 * buffering proxy holds every stream it relays, while a reader that could not look, or a hiccup
 * it cannot see at all (the browser's network process starved on a loaded machine), seldom
 * strikes twice in a row. One stream seen arriving paced clears the path.
 */
export function heldBackByProxy(pacings: readonly StreamPacing[]): boolean {
  return pacings.includes('held') && !pacings.includes('paced')
}

export async function checkStream(ctx: CheckContext): Promise<void> {
  const url = `${ctx.baseUrl}/chat/completions`
  let json = completionBody(ctx.model, true)
  ctx.state.start('stream')
  const attempt = async (): Promise<{ outcome: HttpOutcome; reading: StreamReading }> => {
    const reading: StreamReading = { chunks: 0, readsWithEvents: 0, done: false, finished: false }
    const startedAtMs = ctx.http.elapsed()
    const sinceStart = () => ctx.http.elapsed() - startedAtMs
    let sse: ((piece: string) => boolean) | undefined = sseReader(reading, sinceStart)
    // Up to the first byte only: that is the wait the buffering heuristic judges.
    const stalls = stallMeter(ctx.http.clock)
    const outcome = await request(ctx.http, { method: 'POST', url, key: ctx.key, json }, (piece) => {
      if (reading.firstByteMs === undefined) {
        reading.stalledMs = stalls.stalledMs()
        reading.lastStallMs = stalls.lastStallMs()
        stalls.stop()
      }
      return sse?.(piece) ?? false
    }).finally(() => stalls.stop())
    sse = undefined
    return { outcome, reading }
  }
  let { outcome, reading } = await attempt()
  if (rejectsMaxTokens(outcome)) {
    json = withCompletionTokens(json)
    ;({ outcome, reading } = await attempt())
  }
  const curl = curlCommand({ method: 'POST', url, json, key: true, stream: true })
  const facts: Record<string, number | boolean> = { chunks: reading.chunks, done: reading.done }
  if (reading.firstByteMs !== undefined) facts.firstByteMs = Math.round(reading.firstByteMs)
  if (reading.firstTokenMs !== undefined) facts.firstTokenMs = Math.round(reading.firstTokenMs)
  const interrupted = (message: string) => interruptedResult(ctx, message, { curl, facts })
  if (!outcome.ok) {
    // Bytes arrived and then stopped: the stream broke, whatever ended the wait.
    if (outcome.kind !== 'cancelled' && reading.chunks > 0) {
      const message = outcome.kind === 'timeout' ? ctx.msg.stream.endless : ctx.msg.stream.cut(reading.chunks)
      ctx.state.set('stream', interrupted(message))
    } else ctx.state.set('stream', { ...unansweredResult(ctx, outcome, true), curl, facts })
    return
  }
  const fields = { ...answerFields(outcome), curl, facts }
  const contentType = outcome.headers.get('content-type') ?? ''
  if (
    outcome.status !== 200 ||
    isHtml(outcome.text, contentType) ||
    (outcome.json !== undefined && errorOf(outcome.json))
  ) {
    ctx.state.set('stream', { ...refusedResult(ctx, outcome), curl, facts })
    return
  }
  if (reading.errorPayload) {
    const diagnosis = diagnoseAnswer({ status: 200, ...reading.errorPayload }, ctx.identifyError)
    // Whatever the provider reports, after a 200 the user sees a reply that breaks off: that is what to fix.
    const cause = 'stream_interrupted'
    const result: Omit<CheckResult, 'id'> = {
      ...fields,
      status: 'fail',
      cause,
      message: `${ctx.msg.stream.errorEvent(causeTitle[cause][ctx.locale])} ${ctx.msg.advice[cause] ?? ''}`.trim(),
    }
    if (diagnosis.serverMessage) result.serverMessage = diagnosis.serverMessage
    if (diagnosis.errorId) result.errorId = diagnosis.errorId
    ctx.state.set('stream', result)
    return
  }
  if (outcome.json !== undefined) {
    ctx.state.set('stream', { ...fields, status: 'warn', message: ctx.msg.stream.notStream })
    return
  }
  if (outcome.truncated && !reading.done) {
    ctx.state.set('stream', { ...interrupted(ctx.msg.stream.endless), ...answerFields(outcome) })
    return
  }
  if (!reading.done && !reading.finished) {
    ctx.state.set('stream', { ...interrupted(ctx.msg.stream.cut(reading.chunks)), ...answerFields(outcome) })
    return
  }
  const pacing = streamPacing(reading, outcome.headers)
  if (pacing !== 'paced') {
    const another = await pacingOfAnother(attempt)
    // Cancelled while confirming: the check stays open and the run marks it cancelled, as any other.
    if (another === 'cancelled') return
    if (heldBackByProxy([pacing, another])) {
      ctx.state.set('stream', { ...fields, status: 'warn', message: ctx.msg.stream.buffered })
      return
    }
  }
  if (!reading.done) {
    ctx.state.set('stream', { ...fields, status: 'warn', message: ctx.msg.stream.noDone })
    return
  }
  const firstTokenMs = Math.round(reading.firstTokenMs ?? reading.firstByteMs ?? outcome.durationMs)
  ctx.state.set('stream', { ...fields, status: 'pass', message: ctx.msg.stream.pass(firstTokenMs, reading.chunks) })
}

/**
 * The pacing of one more stream, read only when the first one looked held back. A stream that
 * breaks or is refused this time says nothing about pacing: `unclear`, so it neither clears nor
 * convicts the path (the first stream's own faults were reported above). `cancelled` when the
 * user stopped the run meanwhile.
 */
async function pacingOfAnother(
  attempt: () => Promise<{ outcome: HttpOutcome; reading: StreamReading }>,
): Promise<StreamPacing | 'cancelled'> {
  const { outcome, reading } = await attempt()
  if (!outcome.ok && outcome.kind === 'cancelled') return 'cancelled'
  const complete = outcome.ok && outcome.status === 200 && (reading.done || reading.finished) && !reading.errorPayload
  return complete ? streamPacing(reading, outcome.headers) : 'unclear'
}
