import { closestNames } from '../closest-names.ts'
import { answerFields, diagnose, noAnswer, refusal, send, type CheckContext } from '../check-context.ts'
import { errorOf, isHtml } from '../classify.ts'
import { curlCommand } from '../curl.ts'
import { isRecord, type HttpAnswer, type HttpOutcome } from '../http.ts'
import { geminiModelIds } from '../model-list.ts'
import { protocolMessages } from '../protocol-messages.ts'

export type ReachResult = 'reached' | 'unreachable' | 'cancelled'

/**
 * Whether the browser can talk to the gateway at all, without the key: a simple GET needs no
 * CORS preflight. When it fails, a `no-cors` request that resolves proves a server answered,
 * which leaves CORS as the cause; one that also fails points at DNS, TLS or the network.
 */
export async function checkReach(ctx: CheckContext): Promise<ReachResult> {
  const url = `${ctx.baseUrl}/models`
  ctx.state.start('reach')
  const curl = curlCommand({ method: 'GET', url, key: false })
  const outcome = await send(ctx, { method: 'GET', url })
  if (outcome.ok) {
    ctx.state.set('reach', {
      status: 'pass',
      message: ctx.msg.reached(outcome.status, Math.round(outcome.durationMs)),
      curl,
      ...answerFields(outcome),
      facts: { latencyMs: Math.round(outcome.durationMs) },
    })
    return 'reached'
  }
  if (outcome.kind !== 'network' || ctx.runtime !== 'browser') {
    ctx.state.set('reach', { ...noAnswer(ctx, outcome, false), curl })
    return outcome.kind === 'cancelled' ? 'cancelled' : 'unreachable'
  }
  const probe = await send(ctx, { method: 'GET', url, mode: 'no-cors' })
  if (!probe.ok && probe.kind === 'cancelled') {
    ctx.state.set('reach', { status: 'skip', message: ctx.msg.cancelled, curl })
    return 'cancelled'
  }
  if (probe.ok) {
    ctx.state.set('reach', {
      status: 'fail',
      cause: 'cors',
      message: ctx.msg.cors,
      curl,
      durationMs: outcome.durationMs,
    })
  } else {
    ctx.state.set('reach', { ...noAnswer(ctx, outcome, false), curl })
  }
  return 'unreachable'
}

/** The model list a 200 answer of `/models` holds, or undefined when it is not one. */
export function modelIdsOf(json: unknown): string[] | undefined {
  const data = isRecord(json) ? json.data : undefined
  if (!Array.isArray(data)) return undefined
  return data.flatMap((item: unknown) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : []))
}

/** The ids in the part of an over-long list that was read, so a cut-off list still helps. */
export function partialModelIds(text: string): string[] | undefined {
  if (!/^\s*\{[\s\S]*"data"\s*:\s*\[/.test(text)) return undefined
  return [...text.matchAll(/"id"\s*:\s*"([^"\\]+)"/g)].flatMap((match) => (match[1] ? [match[1]] : []))
}

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
    ctx.state.set('auth', { ...noAnswer(ctx, outcome, true), curl })
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
  const result = { ...refusal(ctx, outcome, diagnosis), curl }
  if (isHtml(outcome.text, outcome.headers.get('content-type') ?? '')) result.message = ctx.msg.auth.html
  ctx.state.set('auth', result)
  return { kind: 'refused' }
}

/** Whether the chosen model is listed; a missing one waits for the chat check to judge it. */
export function checkModels(
  ctx: CheckContext,
  list: { models: string[]; partial: boolean },
  chatPassed: boolean,
): void {
  const { models } = list
  const curl = curlCommand({ method: 'GET', url: `${ctx.baseUrl}/models`, key: true })
  const facts = { listed: models.length }
  if (list.partial) {
    const kib = Math.round(ctx.http.bodyCapBytes / 1024)
    const seen = models.includes(ctx.model) ? ctx.msg.models.pass(ctx.model) : ''
    ctx.state.set('models', { status: 'warn', message: `${ctx.msg.models.partial(kib)} ${seen}`.trim(), curl, facts })
    return
  }
  if (models.includes(ctx.model)) {
    ctx.state.set('models', { status: 'pass', message: ctx.msg.models.pass(ctx.model), curl, facts })
    return
  }
  if (models.length === 0 && chatPassed) {
    ctx.state.set('models', { status: 'warn', message: ctx.msg.models.empty, curl, facts })
    return
  }
  if (chatPassed) {
    ctx.state.set('models', { status: 'warn', message: ctx.msg.models.missingButAnswered(ctx.model), curl, facts })
    return
  }
  const nearest = closestNames(ctx.model, models)
  const message = [
    models.length ? ctx.msg.models.missing(ctx.model, models.length) : ctx.msg.models.empty,
    nearest.length ? ctx.msg.models.closest(nearest.join(', ')) : '',
  ]
  ctx.state.set('models', {
    status: 'fail',
    cause: 'model_not_found',
    message: message.filter(Boolean).join(' '),
    curl,
    facts: { ...facts, closest: nearest.join(', ') },
  })
}

export type { HttpAnswer }
