import type { CheckContext } from '../check-context.ts'
import { answerFields, diagnose, refusedResult, unansweredResult } from '../check-results.ts'
import { isHtml } from '../classify.ts'
import { errorOf } from '../../../shared/error-body.ts'
import { curlCommand } from '../curl.ts'
import type { HttpOutcome } from '../http.ts'
import { geminiModelIds, modelIdsOf, partialModelIds } from '../model-list.ts'
import { protocolMessages } from '../protocol-messages.ts'
import type { ReachResult } from './reach.ts'

export type AuthResult =
  | { kind: 'listed'; models: string[]; partial: boolean }
  | { kind: 'unlisted' }
  | { kind: 'refused' }
  | { kind: 'stopped' }

/** `GET /models` with the key, judged by its body and not only its status. */
export async function checkAuth(
  ctx: CheckContext,
  pending: Promise<HttpOutcome>,
  reached: Promise<ReachResult>,
): Promise<AuthResult> {
  const curl = curlCommand({ method: 'GET', url: `${ctx.baseUrl}/models`, key: true })
  const outcome = await pending
  if (!outcome.ok) {
    const reach = await reached
    if (reach !== 'reached') {
      ctx.state.set('auth', {
        status: 'skip',
        message: reach === 'cancelled' ? ctx.msg.cancelled : ctx.msg.notRun.reach,
        curl,
      })
      return { kind: 'stopped' }
    }
    ctx.state.set('auth', { ...unansweredResult(ctx, outcome, true), curl })
    return { kind: 'stopped' }
  }
  const readable = outcome.status === 200 && !isHtml(outcome.text)
  const partial = outcome.truncated
  const models = readable ? (partial ? partialModelIds(outcome.text) : modelIdsOf(outcome.json)) : undefined
  if (models) {
    ctx.state.set('auth', { status: 'pass', message: ctx.msg.auth.pass(models.length), curl, ...answerFields(outcome) })
    return { kind: 'listed', models, partial }
  }
  const inGeminiFormat = readable ? geminiModelIds(outcome.json) : undefined
  if (inGeminiFormat) {
    const message = protocolMessages[ctx.locale].modelsFormat.gemini(inGeminiFormat.length)
    ctx.state.set('auth', { status: 'warn', cause: 'gateway_error', message, curl, ...answerFields(outcome) })
    return { kind: 'listed', models: inGeminiFormat, partial }
  }
  const diagnosis = diagnose(ctx, outcome)
  if (outcome.status === 200 && !isHtml(outcome.text) && !errorOf(outcome.json)) {
    ctx.state.set('auth', { status: 'warn', message: ctx.msg.auth.notList, curl, ...answerFields(outcome) })
    return { kind: 'unlisted' }
  }
  const result = { ...refusedResult(ctx, outcome, diagnosis), curl }
  if (isHtml(outcome.text, outcome.headers.get('content-type') ?? '')) result.message = ctx.msg.auth.html
  ctx.state.set('auth', result)
  return { kind: 'refused' }
}
