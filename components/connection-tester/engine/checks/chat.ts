import type { CheckContext } from '../check-context.ts'
import { answerFields, refusedResult, unansweredResult } from '../check-results.ts'
import { isHtml } from '../classify.ts'
import { errorOf } from '../../../shared/error-body.ts'
import { curlCommand } from '../curl.ts'
import { request } from '../http.ts'
import { isRecord } from '../../../shared/records.ts'
import { protocolMessages } from '../protocol-messages.ts'
import { rejectsMaxTokens, withCompletionTokens } from '../reasoning.ts'

/** The smallest request that proves a model answers: one token. */
export function completionBody(model: string, stream: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = { model, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1 }
  if (stream) body.stream = true
  return body
}

/** `POST /chat/completions` for one token, retried as a reasoning model wants; true when the model answered. */
export async function checkChat(ctx: CheckContext): Promise<boolean> {
  const url = `${ctx.baseUrl}/chat/completions`
  let json = completionBody(ctx.model, false)
  ctx.state.start('chat')
  let outcome = await request(ctx.http, { method: 'POST', url, key: ctx.key, json })
  const retried = rejectsMaxTokens(outcome)
  if (retried) {
    json = withCompletionTokens(json)
    outcome = await request(ctx.http, { method: 'POST', url, key: ctx.key, json })
  }
  const curl = curlCommand({ method: 'POST', url, json, key: true })
  if (!outcome.ok) {
    ctx.state.set('chat', { ...unansweredResult(ctx, outcome, true), curl })
    return false
  }
  const choices = isRecord(outcome.json) ? outcome.json.choices : undefined
  if (outcome.status === 200 && !errorOf(outcome.json) && !isHtml(outcome.text) && Array.isArray(choices)) {
    const fields = answerFields(outcome)
    if (!fields.requestId && isRecord(outcome.json) && typeof outcome.json.id === 'string')
      fields.requestId = outcome.json.id
    const latencyMs = Math.round(outcome.durationMs)
    const reasoning = retried ? ` ${protocolMessages[ctx.locale].reasoningRetry}` : ''
    ctx.state.set('chat', {
      status: 'pass',
      message: `${ctx.msg.chat.pass(latencyMs)}${reasoning}`,
      curl,
      ...fields,
      facts: retried ? { latencyMs, tokenParam: 'max_completion_tokens' } : { latencyMs },
    })
    return true
  }
  if (outcome.status === 200 && outcome.json !== undefined && !errorOf(outcome.json)) {
    ctx.state.set('chat', {
      status: 'fail',
      cause: 'gateway_error',
      message: ctx.msg.chat.noChoices,
      curl,
      ...answerFields(outcome),
    })
    return false
  }
  ctx.state.set('chat', { ...refusedResult(ctx, outcome), curl })
  return false
}
