import type { Locale } from '@data/locale.ts'
import type { protocolCheckIds } from './types.ts'

type ProtocolCheckId = (typeof protocolCheckIds)[number]

/** What the protocol checks say, in each language (the chat checks' texts are in check-messages.ts). */
export interface ProtocolMessages {
  checkTitle: Record<ProtocolCheckId, string>
  pass: (ms: number) => string
  notProtocol: (endpoint: string) => string
  messages: { both: (ms: number) => string; only: (works: string, fails: string) => string }
  countTokens: { pass: (tokens: number) => string; missing: string }
  stream: {
    pass: (firstTokenMs: number, events: number, end: string) => string
    noEnd: (end: string) => string
    responsesNoEnd: string
    incompleteBudget: (firstTokenMs: number, events: number) => string
    incomplete: (reason: string) => string
  }
  embeddings: { pass: (dimensions: number, ms: number) => string }
  reasoningRetry: string
  modelsFormat: { gemini: (count: number) => string }
  form: {
    protocol: string
    protocolHint: string
    /** The model field's hint when the protocol needs an embeddings model. */
    embeddingsModelHint: string
    badProtocol: (given: string) => string
  }
  /** The report's line naming what was tested. */
  reportProtocol: string
}

export const protocolMessages = {
  zh: {
    checkTitle: {
      responses: 'Responses 请求',
      'responses-stream': 'Responses 流式输出',
      messages: 'Messages 请求（Anthropic）',
      'messages-stream': 'Messages 流式输出',
      'count-tokens': 'Token 计数（count_tokens）',
      gemini: 'Gemini 请求',
      'gemini-stream': 'Gemini 流式输出',
      embeddings: '向量嵌入',
    },
    pass: (ms) => `请求成功，用时 ${ms} 毫秒。`,
    notProtocol: (endpoint) => `网关返回了 200，但不是 ${endpoint} 应有的格式：这个网关可能不支持该协议。`,
    messages: {
      both: (ms) =>
        `x-api-key 和 Bearer 两种写法都可用（${ms} 毫秒）：ANTHROPIC_API_KEY 或 ANTHROPIC_AUTH_TOKEN 都行。`,
      only: (works, fails) => `只有 ${works} 的写法可用，${fails} 被拒绝：在 Claude Code 里请用 ${works}。`,
    },
    countTokens: {
      pass: (tokens) => `count_tokens 可用（${tokens} 个 token）。`,
      missing:
        '网关没有 /v1/messages/count_tokens（404）。Claude Code 会调用它来估算上下文，缺了它会报错或无法压缩上下文：请网关运营方升级或开启该接口。',
    },
    stream: {
      pass: (firstTokenMs, events, end) =>
        `流式输出正常：首字 ${firstTokenMs} 毫秒，共 ${events} 个事件，以 ${end} 结束。`,
      noEnd: (end) => `流在收到 ${end} 之前就结束了，客户端会认为回答中断。`,
      responsesNoEnd:
        '流在 response.completed 之前就关闭了：Codex 会报 “stream closed before response.completed”。多半是网关或代理截断了流。',
      incompleteBudget: (firstTokenMs, events) =>
        `流式输出正常（${events} 个事件，首个事件 ${firstTokenMs} 毫秒）；测试只给了很少的输出额度，所以以 response.incomplete 结束，这是预期的。`,
      incomplete: (reason) => `流以 response.incomplete 结束（原因：${reason}），Codex 会把它当作失败。`,
    },
    embeddings: { pass: (dimensions, ms) => `向量嵌入可用：${dimensions} 维，用时 ${ms} 毫秒。` },
    reasoningRetry:
      '这是推理模型：它不接受 max_tokens，已改用 max_completion_tokens 重试。应用里请用 max_completion_tokens。',
    modelsFormat: {
      gemini: (count) =>
        `网关用 Gemini 的格式（models[].name）返回了 ${count} 个模型，而不是 OpenAI 的 data[].id：Cursor、Dify 等客户端用 /v1/models 验证密钥时会失败。`,
    },
    form: {
      protocol: '你要在哪里用这个密钥？',
      protocolHint: '不同工具走不同的接口：测试会按你的工具发出同样的请求。',
      embeddingsModelHint: '向量嵌入模型的名称（不是对话模型），例如知识库设置里填写的那个。',
      badProtocol: (given) => `链接里的 “${given}” 不是本网关支持的用法，已改用默认选项。`,
    },
    reportProtocol: '用于',
  },
  en: {
    checkTitle: {
      responses: 'Responses request',
      'responses-stream': 'Responses streaming',
      messages: 'Messages request (Anthropic)',
      'messages-stream': 'Messages streaming',
      'count-tokens': 'Token counting (count_tokens)',
      gemini: 'Gemini request',
      'gemini-stream': 'Gemini streaming',
      embeddings: 'Embeddings',
    },
    pass: (ms) => `Answered in ${ms} ms.`,
    notProtocol: (endpoint) =>
      `The gateway answered 200, but not in the shape ${endpoint} answers in: it may not serve this protocol.`,
    messages: {
      both: (ms) =>
        `Both x-api-key and Bearer work (${ms} ms): ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN will both do.`,
      only: (works, fails) => `Only ${works} works; ${fails} is refused: use ${works} in Claude Code.`,
    },
    countTokens: {
      pass: (tokens) => `count_tokens works (${tokens} tokens).`,
      missing:
        'The gateway has no /v1/messages/count_tokens (404). Claude Code calls it to size its context and errors or cannot compact without it: ask the gateway operator to upgrade or enable it.',
    },
    stream: {
      pass: (firstTokenMs, events, end) =>
        `Streaming works: first token after ${firstTokenMs} ms, ${events} events, ended with ${end}.`,
      noEnd: (end) => `The stream ended before ${end}; clients take the answer as broken off.`,
      responsesNoEnd:
        'The stream closed before response.completed: Codex reports “stream closed before response.completed”. The gateway or a proxy cut the stream.',
      incompleteBudget: (firstTokenMs, events) =>
        `Streaming works (${events} events, first after ${firstTokenMs} ms); the test allows very few output tokens, so it ended with response.incomplete, as expected.`,
      incomplete: (reason) =>
        `The stream ended with response.incomplete (reason: ${reason}); Codex treats that as a failure.`,
    },
    embeddings: { pass: (dimensions, ms) => `Embeddings work: ${dimensions} dimensions, ${ms} ms.` },
    reasoningRetry:
      'This is a reasoning model: it refuses max_tokens, so the test retried with max_completion_tokens. Use max_completion_tokens in your app.',
    modelsFormat: {
      gemini: (count) =>
        `The gateway listed ${count} models in Gemini's format (models[].name), not OpenAI's data[].id: Cursor, Dify and other clients that verify a key through /v1/models will fail.`,
    },
    form: {
      protocol: 'What will you use the key with?',
      protocolHint: 'Tools call different endpoints: the test sends the requests your tool sends.',
      embeddingsModelHint: 'The embeddings model’s name (not a chat model), as set in your knowledge base.',
      badProtocol: (given) => `“${given}” in the link is not something this gateway serves; using the default.`,
    },
    reportProtocol: 'Used with',
  },
} satisfies Record<Locale, ProtocolMessages>
