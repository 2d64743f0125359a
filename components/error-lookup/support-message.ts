import type { Locale } from '@data/locale.ts'
import { causeTitle } from '@data/causes.ts'
import type { ExtractedError } from './extract.ts'
import type { LookupGuess } from './guess.ts'
import { maskKeys } from '../shared/mask-keys.ts'

/** Support reads the head of an error; a whole log would bury it. */
export const maxQuotedChars = 2000

const labels = {
  zh: {
    intro: '你好，我调用接口时遇到下面的报错，错误速查没有找到对应的条目。',
    time: '出错时间（精确到分钟，含时区）：',
    model: '模型：',
    endpoint: '接口地址或使用的应用：',
    status: '状态码：',
    requestId: 'Request ID：',
    guess: '速查的猜测：',
    error: '报错原文（密钥已遮盖）：',
    fillIn: '（请填写）',
    none: '没有显示',
    truncated: '……（后面已截断）',
  },
  en: {
    intro: 'Hello, I got the error below when calling the API, and the error lookup found no matching entry.',
    time: 'Time it failed (to the minute, with time zone): ',
    model: 'Model: ',
    endpoint: 'Endpoint or app used: ',
    status: 'Status code: ',
    requestId: 'Request ID: ',
    guess: "The lookup's guess: ",
    error: 'The error as shown (key masked): ',
    fillIn: '(please fill in)',
    none: 'none shown',
    truncated: '… (cut here)',
  },
} satisfies Record<Locale, Record<string, string>>

/**
 * A message for support prefilled with what the lookup read, in the order the contact page asks
 * for it. Keys are masked here because the reader will copy it into a ticket or an email.
 */
export function supportMessage(
  locale: Locale,
  pasted: string,
  extracted: Pick<ExtractedError, 'status' | 'models' | 'requestIds'>,
  guess: LookupGuess | undefined,
): string {
  const t = labels[locale]
  // Masked before cutting, so a cut never leaves a key too short to be recognised as one.
  const quoted = maskKeys(pasted.trim())
  const error = quoted.length > maxQuotedChars ? `${quoted.slice(0, maxQuotedChars)}${t.truncated}` : quoted
  return [
    t.intro,
    '',
    `${t.time}${t.fillIn}`,
    `${t.model}${extracted.models[0] ?? t.fillIn}`,
    `${t.endpoint}${t.fillIn}`,
    `${t.status}${extracted.status ?? t.none}`,
    `${t.requestId}${extracted.requestIds[0] ?? t.none}`,
    ...(guess?.cause ? [`${t.guess}${causeTitle[guess.cause][locale]} (${guess.cause})`] : []),
    '',
    t.error,
    error,
  ].join('\n')
}
