import { protocols } from '@data/protocols.ts'
import type { Protocol } from '@data/protocols.ts'
import type { CheckId, CheckResult, TesterGateway } from './types.ts'

/** The checks every protocol shares: the key and URL as typed, the gateway, the key, the list, the balance. */
export const sharedCheckIds = ['key-format', 'base-url', 'reach', 'auth', 'models', 'balance'] as const

/**
 * What each protocol's tool really calls, not just one request: Claude Code also counts tokens,
 * Codex only streams and needs `response.completed`, Gemini CLI streams over `alt=sse`.
 */
export const requestCheckIds = {
  'openai-chat': ['chat', 'stream'],
  'openai-responses': ['responses', 'responses-stream'],
  'anthropic-messages': ['messages', 'messages-stream', 'count-tokens'],
  gemini: ['gemini', 'gemini-stream'],
  embeddings: ['embeddings'],
} as const satisfies Record<Protocol, readonly CheckId[]>

export function checkIdsFor(protocol: Protocol): CheckId[] {
  return [...sharedCheckIds, ...requestCheckIds[protocol]]
}

/**
 * A protocol's checks before a run (chat completions when none is named, as a run does): the one
 * list both the page shows before a run and the run's state starts from.
 */
export function pendingChecks(protocol: Protocol = 'openai-chat'): CheckResult[] {
  return checkIdsFor(protocol).map((id) => ({ id, status: 'pending', message: '' }))
}

/** The protocols the tester offers: the gateway's, chat completions when the config names none. */
export function offeredProtocols(gateway: Pick<TesterGateway, 'protocols'>): Protocol[] {
  return gateway.protocols?.length ? [...gateway.protocols] : ['openai-chat']
}

/** The model a protocol is tested with when the user names none (an embeddings model for embeddings). */
export function defaultModelFor(gateway: Pick<TesterGateway, 'defaultModel' | 'protocolModels'>, protocol: Protocol) {
  return gateway.protocolModels?.[protocol] ?? gateway.defaultModel
}

/** The API root the protocol paths hang from: the base URL without its `/v1`. */
export function apiRoot(baseUrl: string): string {
  return baseUrl.replace(/\/v1$/, '')
}

/** The protocol's endpoint for a base URL and model. */
export function endpointOf(protocol: Protocol, baseUrl: string, model: string, path = protocols[protocol].endpoint) {
  return `${apiRoot(baseUrl)}${path.replace('{model}', encodeURIComponent(model))}`
}
