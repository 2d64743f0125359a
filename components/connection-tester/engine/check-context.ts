import { causeTitle } from '@data/causes.ts'
import type { Locale } from '@data/locale.ts'
import type { CheckMessages } from './check-messages.ts'
import { diagnoseAnswer, type Diagnosis } from './classify.ts'
import { request, requestIdOf, type HttpAnswer, type HttpContext, type HttpFailure, type RequestSpec } from './http.ts'
import type { RunState } from './run-state.ts'
import type { CheckResult, DiagnosisOptions } from './types.ts'

/** Everything one check needs: the repaired inputs, the HTTP context and the shared state. */
export interface CheckContext {
  http: HttpContext
  state: RunState
  msg: CheckMessages
  locale: Locale
  runtime: 'browser' | 'node'
  gateway: DiagnosisOptions['gateway']
  identifyError: DiagnosisOptions['identifyError']
  baseUrl: string
  key: string
  model: string
}

export function send(
  ctx: CheckContext,
  spec: RequestSpec,
  onChunk?: (text: string) => boolean,
): ReturnType<typeof request> {
  return request(ctx.http, spec, onChunk)
}

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

/** A failed check for a gateway's refusal: what it is, what to do, and the gateway's own words. */
export function refusal(
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
 * A request that got no answer. After the gateway was reached, a network error in a browser
 * means CORS refused this particular request (the key's header, or a limiter in front of CORS).
 */
export function noAnswer(ctx: CheckContext, failure: HttpFailure, reached: boolean): Omit<CheckResult, 'id'> {
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
