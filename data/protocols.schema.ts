import { z } from 'zod'
import { LocalizedText } from './locale.schema.ts'
import { protocolIds } from './protocol-ids.ts'

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

export const ProtocolTable = z.record(Protocol, ProtocolInfo)

/** Parses the protocol table and, when it is wrong, names every bad field in one message. */
export function parseProtocols(input: unknown): z.infer<typeof ProtocolTable> {
  const result = ProtocolTable.safeParse(input)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  throw new Error(`Invalid protocol table (data/protocols.ts):\n${lines.join('\n')}`)
}
