import type { CheckContext } from '../check-context.ts'
import { request } from '../http.ts'
import { isRecord } from '../../../shared/records.ts'
import { protocolMessages } from '../protocol-messages.ts'
import { ping, protocolAnswerResult, protocolRequest, type Judge } from './protocol-request.ts'

const isEmbedding: Judge = (json) => {
  const first = isRecord(json) && Array.isArray(json.data) ? (json.data[0] as unknown) : undefined
  const vector = isRecord(first) ? first.embedding : undefined
  if (Array.isArray(vector) && vector.length > 0) return { facts: { dimensions: vector.length } }
  // `encoding_format: base64` packs float32s: four bytes a dimension.
  if (typeof vector === 'string' && vector) return { facts: { dimensions: Math.floor((vector.length * 3) / 4 / 4) } }
  return undefined
}

/** One embedding of one word; true when a vector came back. */
export async function checkEmbeddings(ctx: CheckContext): Promise<boolean> {
  const call = protocolRequest(ctx, 'embeddings', { model: ctx.model, input: ping })
  ctx.state.start('embeddings')
  const judged = protocolAnswerResult(ctx, await request(ctx.http, call.spec), call, isEmbedding)
  if (judged.status === 'pass') {
    const facts = judged.facts ?? {}
    judged.message = protocolMessages[ctx.locale].embeddings.pass(Number(facts.dimensions), Number(facts.latencyMs))
  }
  ctx.state.set('embeddings', judged)
  return judged.status === 'pass'
}
