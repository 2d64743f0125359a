import type { Protocol } from '@data/protocols.ts'
import type { CheckContext } from '../check-context.ts'
import { checkChat } from './chat.ts'
import { checkEmbeddings } from './embeddings.ts'
import { checkGemini } from './gemini.ts'
import { checkMessages } from './messages.ts'
import { checkResponses } from './responses.ts'
import { checkStream } from './stream.ts'

/** Runs the requests of the chosen protocol; true when its first request was answered. */
export async function checkProtocol(ctx: CheckContext, protocol: Protocol): Promise<boolean> {
  switch (protocol) {
    case 'openai-chat': {
      const [chatPassed] = await Promise.all([checkChat(ctx), checkStream(ctx)])
      return chatPassed
    }
    case 'openai-responses':
      return checkResponses(ctx)
    case 'anthropic-messages':
      return checkMessages(ctx)
    case 'gemini':
      return checkGemini(ctx)
    case 'embeddings':
      return checkEmbeddings(ctx)
  }
}
