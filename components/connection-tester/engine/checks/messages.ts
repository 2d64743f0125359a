import { protocols, type KeyHeader } from '@data/protocols.ts'
import type { CheckContext } from '../check-context.ts'
import { request } from '../http.ts'
import { isRecord } from '../../../shared/records.ts'
import { protocolMessages } from '../protocol-messages.ts'
import { checkProtocolStream } from './protocol-stream.ts'
import { ping, protocolAnswerResult, protocolRequest, type Judge, type Judged } from './protocol-request.ts'

const anthropicBody = (model: string, stream: boolean) => ({
  model,
  max_tokens: 1,
  messages: [{ role: 'user', content: ping }],
  ...(stream ? { stream: true } : {}),
})

const isAnthropicMessage: Judge = (json) =>
  isRecord(json) && json.type === 'message' && Array.isArray(json.content) ? {} : undefined
const countedTokens: Judge = (json) =>
  isRecord(json) && typeof json.input_tokens === 'number' ? { facts: { inputTokens: json.input_tokens } } : undefined

/**
 * Claude Code sends the key as `x-api-key` (ANTHROPIC_API_KEY) or as a Bearer token
 * (ANTHROPIC_AUTH_TOKEN): both are tried, and the check says which one to use. Returns the way
 * that works, for the requests after it, or undefined when neither does.
 */
async function checkMessagesRequest(ctx: CheckContext): Promise<KeyHeader | undefined> {
  const [apiKey, authToken] = protocols['anthropic-messages'].keyHeaders
  const body = anthropicBody(ctx.model, false)
  const calls = [apiKey, authToken].map((keyHeader) => protocolRequest(ctx, 'anthropic-messages', body, { keyHeader }))
  ctx.state.start('messages')
  const outcomes = await Promise.all(calls.map((call) => request(ctx.http, call.spec)))
  const judged = calls.map((call, index) => protocolAnswerResult(ctx, outcomes[index]!, call, isAnthropicMessage))
  const [byApiKey, byToken] = judged as [Judged, Judged]
  const msg = protocolMessages[ctx.locale].messages
  if (byApiKey.status === 'pass' && byToken.status === 'pass') {
    ctx.state.set('messages', { ...byApiKey, message: msg.both(Number(byApiKey.facts?.latencyMs ?? 0)) })
    return apiKey
  }
  const names = [apiKey?.setting ?? 'x-api-key', authToken?.setting ?? 'Authorization']
  if (byApiKey.status === 'pass' || byToken.status === 'pass') {
    const [works, fails, refused] =
      byApiKey.status === 'pass' ? [names[0], names[1], byToken] : [names[1], names[0], byApiKey]
    const warn: Judged = { ...(byApiKey.status === 'pass' ? byApiKey : byToken), status: 'warn' }
    warn.message = msg.only(works ?? '', fails ?? '')
    if (refused.cause) warn.cause = refused.cause
    if (refused.serverMessage) warn.serverMessage = refused.serverMessage
    ctx.state.set('messages', warn)
    return byApiKey.status === 'pass' ? apiKey : authToken
  }
  ctx.state.set('messages', byApiKey)
  return undefined
}

async function checkCountTokens(ctx: CheckContext, keyHeader: KeyHeader | undefined): Promise<void> {
  const body = { model: ctx.model, messages: [{ role: 'user', content: ping }] }
  const path = '/v1/messages/count_tokens'
  const call = protocolRequest(ctx, 'anthropic-messages', body, { path, ...(keyHeader ? { keyHeader } : {}) })
  ctx.state.start('count-tokens')
  const outcome = await request(ctx.http, call.spec)
  const judged = protocolAnswerResult(ctx, outcome, call, countedTokens)
  const msg = protocolMessages[ctx.locale].countTokens
  if (judged.status === 'pass') judged.message = msg.pass(Number(judged.facts?.inputTokens ?? 0))
  // A gateway without the route answers its generic 404 ("Invalid URL …"): name what is missing.
  if (outcome.ok && outcome.status === 404 && judged.cause !== 'model_not_found') {
    Object.assign(judged, { cause: 'gateway_error', message: msg.missing })
  }
  ctx.state.set('count-tokens', judged)
}

/** Claude Code's requests: a message, its stream and count_tokens; true when the message was answered. */
export async function checkMessages(ctx: CheckContext): Promise<boolean> {
  // The stream and count_tokens go the way the key worked, as Claude Code set up that way would.
  const keyHeader = await checkMessagesRequest(ctx)
  const options = { stream: true, ...(keyHeader ? { keyHeader } : {}) }
  const stream = protocolRequest(ctx, 'anthropic-messages', anthropicBody(ctx.model, true), options)
  await Promise.all([
    checkProtocolStream(ctx, 'messages-stream', stream, 'anthropic'),
    checkCountTokens(ctx, keyHeader),
  ])
  return keyHeader !== undefined
}
