/**
 * The wire protocols a gateway key is used with. Coding agents do not speak chat completions:
 * Claude Code speaks Anthropic Messages, Codex CLI the OpenAI Responses API, Gemini CLI Gemini's
 * own API; embeddings have an endpoint of their own. Apart from protocols.ts, whose table is
 * typed by the schema, because the schema's enum is made from these ids.
 */
export const protocolIds = ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini', 'embeddings'] as const
export type Protocol = (typeof protocolIds)[number]
