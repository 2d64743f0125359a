import type { HttpOutcome } from './http.ts'

/**
 * OpenAI's reasoning models (o1, o3, gpt-5…) refuse `max_tokens`: HTTP 400 "Unsupported parameter:
 * 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead." (code
 * `unsupported_parameter`). Gateways that flatten the envelope keep the words, so they decide.
 */
export function rejectsMaxTokens(outcome: HttpOutcome): boolean {
  return (
    outcome.ok &&
    outcome.status === 400 &&
    /max_tokens/.test(outcome.text) &&
    /max_completion_tokens/.test(outcome.text)
  )
}

/**
 * The same request in the form such a model accepts. Given one token it may think and answer
 * nothing (empty content, finish_reason `length`): a 200 with choices still proves it answers.
 */
export function withCompletionTokens(body: Record<string, unknown>): Record<string, unknown> {
  const { max_tokens: limit, ...rest } = body
  return { ...rest, max_completion_tokens: limit }
}
