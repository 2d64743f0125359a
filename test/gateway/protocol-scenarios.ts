import type { Protocol } from '@data/protocols.ts'
import type { Expectation } from './scenarios.ts'

/**
 * Faults of the other protocols' endpoints, each on an otherwise healthy new-api gateway. Pick one
 * like a scenario: the path prefix `/<fault>/v1/…` (or `/<fault>/v1beta/…`), or the key
 * `sk-test-<fault>-<anything>` in whichever header the protocol carries it.
 */
export const protocolFaultNames = [
  'count-tokens-404',
  'messages-401',
  'x-api-key-ignored',
  'responses-no-completed',
  'responses-failed',
  'gemini-key-invalid',
  'embeddings-model-not-found',
  'reasoning-model',
  'models-gemini-format',
] as const
export type ProtocolFault = (typeof protocolFaultNames)[number]

export interface ProtocolFaultInfo {
  description: string
  /** The protocol to test it with; `expect` is that run's verdict. */
  protocol: Protocol
  model: string
  expect: Expectation
}

export const protocolFaults: Record<ProtocolFault, ProtocolFaultInfo> = {
  'count-tokens-404': {
    description: 'new-api without the count_tokens route: POST /v1/messages/count_tokens answers 404 "Invalid URL"',
    protocol: 'anthropic-messages',
    model: 'claude-3-5-haiku-20241022',
    expect: { verdict: 'gateway_error', check: 'count-tokens' },
  },
  'messages-401': {
    description:
      'the Claude channel passes Anthropic\'s 401 through: {"type":"error","error":{"type":"authentication_error"}}',
    protocol: 'anthropic-messages',
    model: 'claude-3-5-haiku-20241022',
    expect: { verdict: 'invalid_key', check: 'messages' },
  },
  'x-api-key-ignored': {
    description: 'a gateway that reads only Authorization: the x-api-key variant gets 401, the Bearer one works',
    protocol: 'anthropic-messages',
    model: 'claude-3-5-haiku-20241022',
    expect: { verdict: 'ok', check: 'messages' },
  },
  'responses-no-completed': {
    description:
      'the Responses stream closes after the text, without response.completed (Codex: "stream closed before…")',
    protocol: 'openai-responses',
    model: 'gpt-4.1-mini',
    expect: { verdict: 'stream_interrupted', check: 'responses-stream' },
  },
  'responses-failed': {
    description: 'the Responses stream ends with response.failed (server_error) after its 200',
    protocol: 'openai-responses',
    model: 'gpt-4.1-mini',
    expect: { verdict: 'stream_interrupted', check: 'responses-stream' },
  },
  'gemini-key-invalid': {
    description: "the Gemini channel passes Google's 400 INVALID_ARGUMENT, reason API_KEY_INVALID, through",
    protocol: 'gemini',
    model: 'gemini-2.0-flash',
    expect: { verdict: 'invalid_key', check: 'gemini' },
  },
  'embeddings-model-not-found': {
    description: 'POST /v1/embeddings answers 404 model_not_found: the embeddings model is not served',
    protocol: 'embeddings',
    model: 'text-embedding-3-small',
    expect: { verdict: 'model_not_found', check: 'embeddings' },
  },
  'reasoning-model': {
    description:
      'o3-mini refuses max_tokens (400 unsupported_parameter) and, given 1 max_completion_tokens, answers empty with finish_reason length',
    protocol: 'openai-chat',
    model: 'o3-mini',
    expect: { verdict: 'ok' },
  },
  'models-gemini-format': {
    description: 'GET /v1/models answers in Gemini\'s format {"models":[{"name"}]} even to a Bearer key',
    protocol: 'openai-chat',
    model: 'gpt-4o-mini',
    expect: { verdict: 'ok', check: 'auth' },
  },
}

export function isProtocolFault(value: string): value is ProtocolFault {
  return (protocolFaultNames as readonly string[]).includes(value)
}
