import { protocols } from '@data/protocols.ts'
import type { KeyHeader, Protocol } from '@data/protocols.ts'
import type { CheckContext } from '../check-context.ts'
import { answerFields, unansweredResult } from '../check-results.ts'
import { isHtml } from '../classify.ts'
import { errorOf } from '../../../shared/error-body.ts'
import { curlCommand } from '../curl.ts'
import { request, type HttpOutcome, type RequestSpec } from '../http.ts'
import { protocolMessages } from '../protocol-messages.ts'
import { protocolRefusedResult } from '../protocol-errors.ts'
import { endpointOf } from '../protocol-plan.ts'
import type { CheckId, CheckResult } from '../types.ts'

export type Judged = Omit<CheckResult, 'id'>
/** What a 200 body must hold to be the protocol's answer; facts to report when it does. */
export type Judge = (json: unknown) => { facts?: Record<string, number> } | undefined

/** What every protocol check asks the model. */
export const ping = 'ping'

/** A protocol request as the tool sends it, and the same as curl. */
export interface ProtocolRequest {
  spec: RequestSpec
  curl: string
}

export function protocolRequest(
  ctx: CheckContext,
  protocol: Protocol,
  json: unknown,
  options: { path?: string; keyHeader?: KeyHeader; stream?: boolean } = {},
): ProtocolRequest {
  const info = protocols[protocol]
  const url = endpointOf(protocol, ctx.baseUrl, ctx.model, options.path)
  const keyHeader = options.keyHeader ?? info.keyHeaders[0]
  const base = { method: 'POST', url, json, keyHeader, headers: info.headers } as const
  return {
    spec: { ...base, key: ctx.key },
    curl: curlCommand({ ...base, key: true, stream: options.stream }),
  }
}

/**
 * The check for a JSON answer: passed when it has the protocol's shape, failed for a 200 in
 * another shape or a refusal.
 */
export function protocolAnswerResult(
  ctx: CheckContext,
  outcome: HttpOutcome,
  call: ProtocolRequest,
  judge: Judge,
): Judged {
  const curl = call.curl
  if (!outcome.ok) return { ...unansweredResult(ctx, outcome, true), curl }
  const fine = outcome.status === 200 && !errorOf(outcome.json) && !isHtml(outcome.text)
  const judged = fine ? judge(outcome.json) : undefined
  const latencyMs = Math.round(outcome.durationMs)
  if (judged) {
    const message = protocolMessages[ctx.locale].pass(latencyMs)
    return { status: 'pass', message, curl, ...answerFields(outcome), facts: { latencyMs, ...judged.facts } }
  }
  if (fine && outcome.json !== undefined) {
    const endpoint = new URL(call.spec.url).pathname
    const message = protocolMessages[ctx.locale].notProtocol(endpoint)
    return { status: 'fail', cause: 'gateway_error', message, curl, ...answerFields(outcome) }
  }
  return { ...protocolRefusedResult(ctx, outcome), curl }
}

/** Sends one JSON request and sets its check; true when it passed. */
export async function checkProtocolAnswer(
  ctx: CheckContext,
  id: CheckId,
  call: ProtocolRequest,
  judge: Judge,
): Promise<boolean> {
  ctx.state.start(id)
  const judged = protocolAnswerResult(ctx, await request(ctx.http, call.spec), call, judge)
  ctx.state.set(id, judged)
  return judged.status === 'pass'
}
