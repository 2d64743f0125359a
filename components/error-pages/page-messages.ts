import type { Locale } from '../../data/locale.ts'

/** Headings of an error page: the ids are the same in both languages, so a support link works in either. */
export const sectionIds = ['messages', 'cause', 'fix', 'retry', 'article', 'related', 'lookup'] as const
export type SectionId = (typeof sectionIds)[number]

export interface ErrorPageMessages {
  heading: Record<SectionId, string>
  /** Joins the entry title and the message words in the page title. */
  titleSeparator: string
  messagesIntro: (count: number) => string
  describeMessages: string
  quote: (phrase: string) => string
  causeLabel: string
  layerLabel: string
  statusLabel: string
  noStatus: string
  articleIntro: string
  relatedIntro: string
  lookupIntro: string
  lookupLink: string
  allErrors: string
}

const zh: ErrorPageMessages = {
  heading: {
    messages: '报错原文',
    cause: '原因',
    fix: '解决步骤',
    retry: '能不能直接重试',
    article: '详细说明',
    related: '相关错误',
    lookup: '分析你自己的报错',
  },
  titleSeparator: '：',
  messagesIntro: (count) =>
    count > 1 ? `这个错误常见的 ${count} 种写法，客户端显示的可能是其中任何一种：` : '客户端显示的报错通常是这样：',
  describeMessages: '报错：',
  quote: (phrase) => `「${phrase}」`,
  causeLabel: '原因类别',
  layerLabel: '出问题的环节',
  statusLabel: 'HTTP 状态码',
  noStatus: '无（请求没有收到响应）',
  articleIntro: '这类问题的完整排查方法：',
  relatedIntro: '报错不完全一样？看看这些：',
  lookupIntro: '把你看到的报错原样粘贴到错误速查，它会告诉你原因和下一步。',
  lookupLink: '用第一条报错打开错误速查',
  allErrors: '全部错误对照表',
}

const en: ErrorPageMessages = {
  heading: {
    messages: 'The messages you may see',
    cause: 'What it means',
    fix: 'How to fix it',
    retry: 'Can you just retry?',
    article: 'Read more',
    related: 'Related errors',
    lookup: 'Check your own message',
  },
  titleSeparator: ': ',
  messagesIntro: (count) =>
    count > 1
      ? `This error comes in ${count} common forms; your client may show any of them:`
      : 'Clients usually show it like this:',
  describeMessages: ' Messages: ',
  quote: (phrase) => `“${phrase}”`,
  causeLabel: 'Cause',
  layerLabel: 'Where it fails',
  statusLabel: 'HTTP status',
  noStatus: 'none (no response arrived)',
  articleIntro: 'The full troubleshooting guide for this kind of problem:',
  relatedIntro: 'Not quite your message? See these:',
  lookupIntro:
    'Paste the error you see, exactly as it appears, into the error lookup: it names the cause and the next step.',
  lookupLink: 'Open the error lookup with the first message',
  allErrors: 'All errors',
}

export const errorPageMessages = { zh, en } satisfies Record<Locale, ErrorPageMessages>
