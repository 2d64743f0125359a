import { causeTitle } from '@data/causes.ts'
import type { CheckContext } from '../check-context.ts'
import { answerFields, interruptedResult, unansweredResult } from '../check-results.ts'
import { diagnoseAnswer, isHtml } from '../classify.ts'
import { errorOf } from '../../../shared/error-body.ts'
import { request } from '../http.ts'
import { protocolMessages } from '../protocol-messages.ts'
import { protocolRefusedResult } from '../protocol-errors.ts'
import { endEvent, newReading, protocolStreamReader, type StreamFormat } from '../protocol-streams.ts'
import type { CheckId } from '../types.ts'
import type { Judged, ProtocolRequest } from './protocol-request.ts'

/** A streamed answer in the protocol's event format, which must end with the protocol's end event. */
export async function checkProtocolStream(ctx: CheckContext, id: CheckId, call: ProtocolRequest, format: StreamFormat) {
  const msg = protocolMessages[ctx.locale]
  const curl = call.curl
  ctx.state.start(id)
  const reading = newReading()
  const startedAtMs = ctx.http.elapsed()
  const read = protocolStreamReader(format, reading, () => ctx.http.elapsed() - startedAtMs)
  const outcome = await request(ctx.http, call.spec, read)
  const facts: Record<string, number | boolean | string> = { events: reading.events, ended: reading.ended }
  if (reading.firstByteMs !== undefined) facts.firstByteMs = Math.round(reading.firstByteMs)
  if (reading.firstTokenMs !== undefined) facts.firstTokenMs = Math.round(reading.firstTokenMs)
  if (reading.seen.length) facts.eventTypes = reading.seen.join(' ')
  const interrupted = (message: string) => interruptedResult(ctx, message, { curl, facts })
  const noEnd = format === 'responses' ? msg.stream.responsesNoEnd : msg.stream.noEnd(endEvent[format])
  if (!outcome.ok) {
    const broke = outcome.kind !== 'cancelled' && reading.events > 0
    ctx.state.set(id, broke ? interrupted(noEnd) : { ...unansweredResult(ctx, outcome, true), curl, facts })
    return
  }
  const fields = { ...answerFields(outcome), curl, facts }
  const contentType = outcome.headers.get('content-type') ?? ''
  if (outcome.status !== 200 || isHtml(outcome.text, contentType) || errorOf(outcome.json)) {
    ctx.state.set(id, { ...protocolRefusedResult(ctx, outcome), curl, facts })
    return
  }
  if (reading.errorPayload) {
    const diagnosis = diagnoseAnswer({ status: 200, ...reading.errorPayload }, ctx.identifyError)
    const cause = 'stream_interrupted'
    const result: Judged = {
      ...fields,
      status: 'fail',
      cause,
      message: `${ctx.msg.stream.errorEvent(causeTitle[cause][ctx.locale])} ${ctx.msg.advice[cause] ?? ''}`.trim(),
    }
    if (diagnosis.serverMessage) result.serverMessage = diagnosis.serverMessage
    ctx.state.set(id, result)
    return
  }
  if (outcome.json !== undefined) {
    ctx.state.set(id, { ...fields, status: 'warn', message: ctx.msg.stream.notStream })
    return
  }
  const firstTokenMs = Math.round(reading.firstTokenMs ?? reading.firstByteMs ?? outcome.durationMs)
  if (reading.incomplete !== undefined) {
    // The test's own small output budget ends a healthy stream this way; anything else is a failure.
    const budget = reading.incomplete === 'max_output_tokens'
    ctx.state.set(
      id,
      budget
        ? { ...fields, status: 'pass', message: msg.stream.incompleteBudget(firstTokenMs, reading.events) }
        : { ...interrupted(msg.stream.incomplete(reading.incomplete)), ...answerFields(outcome) },
    )
    return
  }
  if (!reading.ended) {
    ctx.state.set(id, { ...interrupted(outcome.truncated ? ctx.msg.stream.endless : noEnd), ...answerFields(outcome) })
    return
  }
  ctx.state.set(id, {
    ...fields,
    status: 'pass',
    message: msg.stream.pass(firstTokenMs, reading.events, endEvent[format]),
  })
}
