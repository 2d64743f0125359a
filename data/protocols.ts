import { protocolIds, type Protocol } from './protocol-ids.ts'
import type { ProtocolInfo } from './protocols.schema.ts'

export type { KeyHeader } from './protocols.schema.ts'

export { protocolIds, type Protocol }

/**
 * Per protocol: who uses it, where it is served and how the key travels. Headers as the tools
 * send them (Anthropic SDK: `x-api-key`, or `Authorization: Bearer` from ANTHROPIC_AUTH_TOKEN, and
 * `anthropic-version: 2023-06-01`; Gemini: `x-goog-api-key`), and as new-api's TokenAuth reads
 * them (`x-api-key` on /v1/messages and /v1/models, `x-goog-api-key` on /v1beta/models).
 */
export const protocols = {
  'openai-chat': {
    label: {
      zh: '聊天应用、Cursor、Dify、Cline、SDK（OpenAI Chat Completions）',
      en: 'Chat apps, Cursor, Dify, Cline, SDKs (OpenAI Chat Completions)',
    },
    tools: ['chat', 'cursor', 'dify', 'cline', 'roo-code', 'n8n', 'langchain', 'openai-sdk'],
    endpoint: '/v1/chat/completions',
    keyHeaders: [{ name: 'Authorization', scheme: 'bearer' }],
    headers: {},
    modelKind: 'chat',
  },
  'openai-responses': {
    label: { zh: 'Codex CLI（OpenAI Responses API）', en: 'Codex CLI (OpenAI Responses API)' },
    tools: ['codex'],
    endpoint: '/v1/responses',
    keyHeaders: [{ name: 'Authorization', scheme: 'bearer' }],
    headers: {},
    modelKind: 'chat',
  },
  'anthropic-messages': {
    label: { zh: 'Claude Code（Anthropic Messages）', en: 'Claude Code (Anthropic Messages)' },
    tools: ['claude-code'],
    endpoint: '/v1/messages',
    keyHeaders: [
      { name: 'x-api-key', scheme: 'raw', setting: 'ANTHROPIC_API_KEY' },
      { name: 'Authorization', scheme: 'bearer', setting: 'ANTHROPIC_AUTH_TOKEN' },
    ],
    headers: { 'anthropic-version': '2023-06-01' },
    modelKind: 'chat',
  },
  gemini: {
    label: { zh: 'Gemini CLI（Gemini 原生 API）', en: 'Gemini CLI (Gemini native API)' },
    tools: ['gemini-cli'],
    endpoint: '/v1beta/models/{model}:generateContent',
    keyHeaders: [{ name: 'x-goog-api-key', scheme: 'raw', setting: 'GEMINI_API_KEY' }],
    headers: {},
    modelKind: 'chat',
  },
  embeddings: {
    label: { zh: '向量嵌入（知识库、RAG）', en: 'Embeddings (knowledge bases, RAG)' },
    tools: ['embeddings'],
    endpoint: '/v1/embeddings',
    keyHeaders: [{ name: 'Authorization', scheme: 'bearer' }],
    headers: {},
    modelKind: 'embeddings',
  },
} satisfies Record<Protocol, ProtocolInfo>

/** The protocol a tool id (`--tool claude-code`) or protocol id names, if any. */
export function protocolOf(name: string): Protocol | undefined {
  const wanted = name.trim().toLowerCase()
  if ((protocolIds as readonly string[]).includes(wanted)) return wanted as Protocol
  return protocolIds.find((id) => (protocols[id].tools as readonly string[]).includes(wanted))
}

/** Every tool id, for usage text and error messages. */
export const toolIds: string[] = protocolIds.flatMap((id) => protocols[id].tools)
