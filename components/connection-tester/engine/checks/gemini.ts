import type { CheckContext } from '../check-context.ts'
import { isRecord } from '../../../shared/records.ts'
import { checkProtocolStream } from './protocol-stream.ts'
import { checkProtocolAnswer, ping, protocolRequest, type Judge } from './protocol-request.ts'

const geminiBody = { contents: [{ role: 'user', parts: [{ text: ping }] }], generationConfig: { maxOutputTokens: 1 } }

const isGeminiAnswer: Judge = (json) => (isRecord(json) && Array.isArray(json.candidates) ? {} : undefined)

/** Gemini CLI's requests: generateContent, and its stream over `alt=sse`; true when the first passed. */
export async function checkGemini(ctx: CheckContext): Promise<boolean> {
  const protocol = 'gemini'
  const path = '/v1beta/models/{model}:streamGenerateContent?alt=sse'
  const stream = protocolRequest(ctx, protocol, geminiBody, { path, stream: true })
  const [passed] = await Promise.all([
    checkProtocolAnswer(ctx, 'gemini', protocolRequest(ctx, protocol, geminiBody), isGeminiAnswer),
    checkProtocolStream(ctx, 'gemini-stream', stream, 'gemini'),
  ])
  return passed
}
