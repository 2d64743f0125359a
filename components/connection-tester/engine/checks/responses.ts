import type { CheckContext } from '../check-context.ts'
import { isRecord } from '../../../shared/records.ts'
import { checkProtocolStream } from './protocol-stream.ts'
import { checkProtocolAnswer, ping, protocolRequest, type Judge } from './protocol-request.ts'

/** The Responses API refuses `max_output_tokens` below 16. */
const responsesBody = (model: string, stream: boolean) => ({
  model,
  input: ping,
  max_output_tokens: 16,
  ...(stream ? { stream: true } : {}),
})

const isResponse: Judge = (json) =>
  isRecord(json) && (json.object === 'response' || Array.isArray(json.output)) ? {} : undefined

/** Codex's requests: a response, and a stream that must end with `response.completed`; true when the first passed. */
export async function checkResponses(ctx: CheckContext): Promise<boolean> {
  const protocol = 'openai-responses'
  const stream = protocolRequest(ctx, protocol, responsesBody(ctx.model, true), { stream: true })
  const [passed] = await Promise.all([
    checkProtocolAnswer(ctx, 'responses', protocolRequest(ctx, protocol, responsesBody(ctx.model, false)), isResponse),
    checkProtocolStream(ctx, 'responses-stream', stream, 'responses'),
  ])
  return passed
}
