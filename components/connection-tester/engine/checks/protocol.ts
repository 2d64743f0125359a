import { causeTitle } from '@data/causes.ts'
import { protocols } from '@data/protocols.ts'
import type { KeyHeader, Protocol } from '@data/protocols.ts'
import { answerFields, noAnswer, send, type CheckContext } from '../check-context.ts'
import { diagnoseAnswer, errorOf, isHtml } from '../classify.ts'
import { checkChat, checkStream } from './stream.ts'
import { curlCommand } from '../curl.ts'
import { isRecord, type HttpOutcome, type RequestSpec } from '../http.ts'
import { protocolMessages } from '../protocol-messages.ts'
import { protocolRefusal } from '../protocol-errors.ts'
import { endpointOf } from '../protocol-plan.ts'
import { endEvent, newReading, protocolStreamReader, type StreamFormat } from '../protocol-streams.ts'
import type { CheckId, CheckResult } from '../types.ts'

type Judged = Omit<CheckResult, 'id'>
/** What a 200 body must hold to be the protocol's answer; facts to report when it does. */
type Judge = (json: unknown) => { facts?: Record<string, number> } | undefined

/** A protocol request as the tool sends it, and the same as curl. */
interface ProtocolRequest {
  spec: RequestSpec
  curl: string
}

function protocolRequest(
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

/** Judges a JSON answer: the protocol's shape passes; a 200 in another shape or a refusal fails. */
function judgeJson(ctx: CheckContext, outcome: HttpOutcome, request: ProtocolRequest, judge: Judge): Judged {
  const curl = request.curl
  if (!outcome.ok) return { ...noAnswer(ctx, outcome, true), curl }
  const fine = outcome.status === 200 && !errorOf(outcome.json) && !isHtml(outcome.text)
  const judged = fine ? judge(outcome.json) : undefined
  const latencyMs = Math.round(outcome.durationMs)
  if (judged) {
    const message = protocolMessages[ctx.locale].pass(latencyMs)
    return { status: 'pass', message, curl, ...answerFields(outcome), facts: { latencyMs, ...judged.facts } }
  }
  if (fine && outcome.json !== undefined) {
    const endpoint = new URL(request.spec.url).pathname
    const message = protocolMessages[ctx.locale].notProtocol(endpoint)
    return { status: 'fail', cause: 'gateway_error', message, curl, ...answerFields(outcome) }
  }
  return { ...protocolRefusal(ctx, outcome), curl }
}

async function jsonCheck(ctx: CheckContext, id: CheckId, request: ProtocolRequest, judge: Judge): Promise<boolean> {
  ctx.state.start(id)
  const judged = judgeJson(ctx, await send(ctx, request.spec), request, judge)
  ctx.state.set(id, judged)
  return judged.status === 'pass'
}

/** A streamed answer in the protocol's event format, which must end with the protocol's end event. */
async function streamCheck(ctx: CheckContext, id: CheckId, request: ProtocolRequest, format: StreamFormat) {
  const msg = protocolMessages[ctx.locale]
  const curl = request.curl
  ctx.state.start(id)
  const reading = newReading()
  const startedAtMs = ctx.http.elapsed()
  const read = protocolStreamReader(format, reading, () => ctx.http.elapsed() - startedAtMs)
  const outcome = await send(ctx, request.spec, read)
  const facts: Record<string, number | boolean | string> = { events: reading.events, ended: reading.ended }
  if (reading.firstByteMs !== undefined) facts.firstByteMs = Math.round(reading.firstByteMs)
  if (reading.firstTokenMs !== undefined) facts.firstTokenMs = Math.round(reading.firstTokenMs)
  if (reading.seen.length) facts.eventTypes = reading.seen.join(' ')
  const interrupted = (message: string): Judged => ({
    status: 'fail',
    cause: 'stream_interrupted',
    message: `${message} ${ctx.msg.advice.stream_interrupted ?? ''}`.trim(),
    curl,
    facts,
  })
  const noEnd = format === 'responses' ? msg.stream.responsesNoEnd : msg.stream.noEnd(endEvent[format])
  if (!outcome.ok) {
    const broke = outcome.kind !== 'cancelled' && reading.events > 0
    ctx.state.set(id, broke ? interrupted(noEnd) : { ...noAnswer(ctx, outcome, true), curl, facts })
    return
  }
  const fields = { ...answerFields(outcome), curl, facts }
  const contentType = outcome.headers.get('content-type') ?? ''
  if (outcome.status !== 200 || isHtml(outcome.text, contentType) || errorOf(outcome.json)) {
    ctx.state.set(id, { ...protocolRefusal(ctx, outcome), curl, facts })
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

const ping = 'ping'
const anthropicBody = (model: string, stream: boolean) => ({
  model,
  max_tokens: 1,
  messages: [{ role: 'user', content: ping }],
  ...(stream ? { stream: true } : {}),
})
/** The Responses API refuses `max_output_tokens` below 16. */
const responsesBody = (model: string, stream: boolean) => ({
  model,
  input: ping,
  max_output_tokens: 16,
  ...(stream ? { stream: true } : {}),
})
const geminiBody = { contents: [{ role: 'user', parts: [{ text: ping }] }], generationConfig: { maxOutputTokens: 1 } }

const isAnthropicMessage: Judge = (json) =>
  isRecord(json) && json.type === 'message' && Array.isArray(json.content) ? {} : undefined
const isResponse: Judge = (json) =>
  isRecord(json) && (json.object === 'response' || Array.isArray(json.output)) ? {} : undefined
const isGeminiAnswer: Judge = (json) => (isRecord(json) && Array.isArray(json.candidates) ? {} : undefined)
const isEmbedding: Judge = (json) => {
  const first = isRecord(json) && Array.isArray(json.data) ? (json.data[0] as unknown) : undefined
  const vector = isRecord(first) ? first.embedding : undefined
  if (Array.isArray(vector) && vector.length > 0) return { facts: { dimensions: vector.length } }
  // `encoding_format: base64` packs float32s: four bytes a dimension.
  if (typeof vector === 'string' && vector) return { facts: { dimensions: Math.floor((vector.length * 3) / 4 / 4) } }
  return undefined
}
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
  const requests = [apiKey, authToken].map((keyHeader) =>
    protocolRequest(ctx, 'anthropic-messages', body, { keyHeader }),
  )
  ctx.state.start('messages')
  const outcomes = await Promise.all(requests.map((request) => send(ctx, request.spec)))
  const judged = requests.map((request, index) => judgeJson(ctx, outcomes[index]!, request, isAnthropicMessage))
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
  const request = protocolRequest(ctx, 'anthropic-messages', body, { path, ...(keyHeader ? { keyHeader } : {}) })
  ctx.state.start('count-tokens')
  const outcome = await send(ctx, request.spec)
  const judged = judgeJson(ctx, outcome, request, countedTokens)
  const msg = protocolMessages[ctx.locale].countTokens
  if (judged.status === 'pass') judged.message = msg.pass(Number(judged.facts?.inputTokens ?? 0))
  // A gateway without the route answers its generic 404 ("Invalid URL …"): name what is missing.
  if (outcome.ok && outcome.status === 404 && judged.cause !== 'model_not_found') {
    Object.assign(judged, { cause: 'gateway_error', message: msg.missing })
  }
  ctx.state.set('count-tokens', judged)
}

/** Runs the requests of the chosen protocol; true when its first request was answered. */
export async function checkProtocol(ctx: CheckContext, protocol: Protocol): Promise<boolean> {
  switch (protocol) {
    case 'openai-chat': {
      const [chatPassed] = await Promise.all([checkChat(ctx), checkStream(ctx)])
      return chatPassed
    }
    case 'openai-responses': {
      const stream = protocolRequest(ctx, protocol, responsesBody(ctx.model, true), { stream: true })
      const [passed] = await Promise.all([
        jsonCheck(ctx, 'responses', protocolRequest(ctx, protocol, responsesBody(ctx.model, false)), isResponse),
        streamCheck(ctx, 'responses-stream', stream, 'responses'),
      ])
      return passed
    }
    case 'anthropic-messages': {
      // The stream and count_tokens go the way the key worked, as Claude Code set up that way would.
      const keyHeader = await checkMessagesRequest(ctx)
      const options = { stream: true, ...(keyHeader ? { keyHeader } : {}) }
      const stream = protocolRequest(ctx, protocol, anthropicBody(ctx.model, true), options)
      await Promise.all([streamCheck(ctx, 'messages-stream', stream, 'anthropic'), checkCountTokens(ctx, keyHeader)])
      return keyHeader !== undefined
    }
    case 'gemini': {
      const path = '/v1beta/models/{model}:streamGenerateContent?alt=sse'
      const stream = protocolRequest(ctx, protocol, geminiBody, { path, stream: true })
      const [passed] = await Promise.all([
        jsonCheck(ctx, 'gemini', protocolRequest(ctx, protocol, geminiBody), isGeminiAnswer),
        streamCheck(ctx, 'gemini-stream', stream, 'gemini'),
      ])
      return passed
    }
    case 'embeddings': {
      const request = protocolRequest(ctx, protocol, { model: ctx.model, input: ping })
      ctx.state.start('embeddings')
      const judged = judgeJson(ctx, await send(ctx, request.spec), request, isEmbedding)
      if (judged.status === 'pass') {
        const facts = judged.facts ?? {}
        judged.message = protocolMessages[ctx.locale].embeddings.pass(Number(facts.dimensions), Number(facts.latencyMs))
      }
      ctx.state.set('embeddings', judged)
      return judged.status === 'pass'
    }
  }
}
