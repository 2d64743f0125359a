import { causeTitle } from '@data/causes.ts'
import type { CheckContext } from './check-context.ts'
import { diagnoseAnswer, type Diagnosis } from './classify.ts'
import { requestIdOf, type HttpAnswer, type HttpFailure } from './http.ts'
import type { CheckResult } from './types.ts'

/** The fields every check copies from an HTTP answer. */
export function answerFields(
  answer: HttpAnswer,
): Pick<CheckResult, 'httpStatus' | 'requestId' | 'durationMs' | 'redirectedTo'> {
  const fields: Pick<CheckResult, 'httpStatus' | 'requestId' | 'durationMs' | 'redirectedTo'> = {
    httpStatus: answer.status,
    durationMs: answer.durationMs,
  }
  const requestId = requestIdOf(answer.headers, answer.json, answer.text)
  if (requestId) fields.requestId = requestId
  if (answer.redirectedTo) fields.redirectedTo = answer.redirectedTo
  return fields
}

export function diagnose(ctx: CheckContext, answer: HttpAnswer): Diagnosis {
  return diagnoseAnswer(
    {
      status: answer.status,
      json: answer.json,
      text: answer.text,
      contentType: answer.headers.get('content-type') ?? '',
    },
    ctx.identifyError,
  )
}

/** The failed check for a gateway's refusal: what it is, what to do, and the gateway's own words. */
export function refusedResult(
  ctx: CheckContext,
  answer: HttpAnswer,
  diagnosis = diagnose(ctx, answer),
): Omit<CheckResult, 'id'> {
  const title = causeTitle[diagnosis.cause][ctx.locale]
  const advice = ctx.msg.advice[diagnosis.cause]
  const result: Omit<CheckResult, 'id'> = {
    status: 'fail',
    cause: diagnosis.cause,
    message: [ctx.msg.refused(title, answer.status), advice].filter(Boolean).join(' '),
    ...answerFields(answer),
  }
  if (diagnosis.errorId) result.errorId = diagnosis.errorId
  if (diagnosis.serverMessage) result.serverMessage = diagnosis.serverMessage
  return result
}

/**
 * The failed (or, when cancelled, skipped) check for a request that got no answer. After the
 * gateway was reached, a network error in a browser means CORS refused this particular request
 * (the key's header, or a limiter in front of CORS).
 */
export function unansweredResult(ctx: CheckContext, failure: HttpFailure, reached: boolean): Omit<CheckResult, 'id'> {
  const timing = { durationMs: failure.durationMs }
  if (failure.kind === 'cancelled') return { status: 'skip', message: ctx.msg.cancelled, ...timing }
  if (failure.kind === 'timeout') {
    return {
      status: 'fail',
      cause: 'timeout',
      message: `${ctx.msg.timeout(Math.round(ctx.http.timeoutMs / 1000))} ${ctx.msg.advice.timeout ?? ''}`.trim(),
      ...timing,
    }
  }
  if (reached && ctx.runtime === 'browser')
    return { status: 'fail', cause: 'cors', message: ctx.msg.corsWithKey, ...timing }
  const result: Omit<CheckResult, 'id'> = { status: 'fail', cause: 'network', message: ctx.msg.network, ...timing }
  if (ctx.runtime === 'node') result.serverMessage = failure.detail
  return result
}

/** The failed check for a stream that began and broke off, with the advice for it. */
export function interruptedResult(
  ctx: CheckContext,
  message: string,
  fields: Pick<CheckResult, 'curl' | 'facts'>,
): Omit<CheckResult, 'id'> {
  return {
    status: 'fail',
    cause: 'stream_interrupted',
    message: `${message} ${ctx.msg.advice.stream_interrupted ?? ''}`.trim(),
    ...fields,
  }
}
