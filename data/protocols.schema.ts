import { z } from 'zod'
import { LocalizedText } from './locale.schema.ts'

/**
 * The wire protocols a gateway key is used with. Coding agents do not speak chat completions:
 * Claude Code speaks Anthropic Messages, Codex CLI the OpenAI Responses API, Gemini CLI Gemini's
 * own API; embeddings have an endpoint of their own.
 */
export const protocolIds = ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini', 'embeddings'] as const
export const Protocol = z.enum(protocolIds)
export type Protocol = z.infer<typeof Protocol>

/** One way a protocol carries the key: a header holding the bare key, or `Bearer <key>`. */
export const KeyHeader = z.strictObject({
  name: z.string().min(1),
  scheme: z.enum(['bearer', 'raw']),
  /** The setting of the tool that sends it this way (`ANTHROPIC_AUTH_TOKEN`). */
  setting: z.string().min(1).optional(),
})
export type KeyHeader = z.infer<typeof KeyHeader>

export const ProtocolInfo = z.strictObject({
  /** What the tester's choice says: the tools first, the protocol's name after. */
  label: LocalizedText,
  /** Tool ids (`--tool`) that speak it, e.g. `claude-code`. */
  tools: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1),
  /** Path from the API root (the base URL without `/v1`); `{model}` is replaced by the model. */
  endpoint: z.string().startsWith('/'),
  /** Ways the key is sent, the tools' default first. */
  keyHeaders: z.array(KeyHeader).min(1),
  /** Other headers every request of the protocol carries. */
  headers: z.record(z.string(), z.string()),
  /** What `model` names in a test: embeddings need an embeddings model, not the chat one. */
  modelKind: z.enum(['chat', 'embeddings']),
})
export type ProtocolInfo = z.infer<typeof ProtocolInfo>
