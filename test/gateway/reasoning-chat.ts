import { requestFields, seconds, type RequestContext } from './context.ts'
import { errorAnswer } from './dialects.ts'
import { reasoningCompletion, reasoningStream } from './protocol-bodies.ts'
import { ok, type Plan } from './replies.ts'

/**
 * A reasoning model behind the chat route: `max_tokens` is refused as OpenAI refuses it; with
 * `max_completion_tokens` it answers, empty, having thought through its one token.
 */
export function reasoningChatPlan(context: RequestContext, model: string, stream: boolean): Plan {
  const read = requestFields(context)
  if ('fields' in read && 'max_tokens' in read.fields) {
    const message =
      "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."
    const answer = errorAnswer('openai', { status: 400, message, code: 'unsupported_parameter' }, context.now)
    const body = { error: { ...(answer.body as { error: Record<string, unknown> }).error, param: 'max_tokens' } }
    return { reply: { kind: 'json', status: 400, headers: {}, body } }
  }
  const created = seconds(context.now)
  return stream
    ? { reply: { kind: 'stream', events: reasoningStream(model, created), pace: 'paced' } }
    : { reply: ok(reasoningCompletion(model, created)) }
}
