import type { Locale } from '@data/locale.ts'
import type { ErrorLayer, RetryAdvice } from '@data/errors.schema.ts'
import type { MatchReason } from './match-reason.ts'
import type { GuessBasis } from './guess.ts'

export interface LookupMessages {
  inputLabel: string
  inputHint: string
  placeholder: string
  clear: string
  resultsLabel: string
  bestMatch: string
  otherMatches: string
  detected: string
  status: (status: number) => string
  requestId: (id: string) => string
  model: (name: string) => string
  statusOnly: (status: number) => string
  guessHeading: string
  guessIntro: string
  guessLikely: (cause: string, layer: string) => string
  guessNothing: string
  guessFrom: string
  /** Heading over the other possible causes shown below an answer. */
  alsoPossible: string
  alsoPossibleHint: string
  /** Heading over the possible causes when nothing above names one: they rest on a shared word or two. */
  possiblyRelated: string
  possiblyRelatedHint: string
  guessEntry: string
  basis: (basis: GuessBasis) => string
  supportHeading: string
  supportHint: string
  copyMessage: string
  copied: string
  copyFailed: string
  contactSupport: string
  wizard: string
  tester: string
  tooLongForUrl: string
  whatItMeans: string
  whatToDo: string
  whyMatched: string
  readArticle: string
  entryLink: string
  openFullLookup: string
  retry: Record<RetryAdvice, string>
  layer: Record<ErrorLayer, string>
  reason: (reason: MatchReason) => string
  resultCount: (count: number) => string
}

const zh: LookupMessages = {
  inputLabel: '粘贴报错信息',
  inputHint:
    '把客户端显示的报错原样粘贴进来：状态码、JSON、Python 报错、网页内容都可以。内容只在你的浏览器里分析，不会上传。',
  placeholder: '例如：Error code: 403 - {"error":{"message":"用户额度不足"}}',
  clear: '清空',
  resultsLabel: '查询结果',
  bestMatch: '最可能的原因',
  otherMatches: '其他可能',
  detected: '识别到：',
  status: (status) => `HTTP ${status}`,
  requestId: (id) => `request id：${id}`,
  model: (name) => `模型：${name}`,
  statusOnly: (status) => `只从状态码 ${status} 推断，同一个状态码可能有多种含义。请粘贴完整报错，或用下面的工具确认。`,
  guessHeading: '没有完全对应的错误条目：以下是猜测',
  guessIntro:
    '速查里没有这条报错。下面是根据报错里能看到的信息（状态码、关键词、错误码、厂商名）做的推测，不是确定的结论，请用下面的工具确认。',
  guessLikely: (cause, layer) => `最可能的原因：${cause}（出在“${layer}”这一层）`,
  guessNothing: '这段文字里看不出问题出在哪一层。换一段更完整的报错试试，或者用排障向导一步步排查。',
  guessFrom: '猜测依据：',
  alsoPossible: '不是这个？也可能是',
  alsoPossibleHint: '以下原因是根据报错里的用词推测的，可能性较低，逐个对照看看。',
  possiblyRelated: '可能相关的错误',
  possiblyRelatedHint: '这段文字只和下面这些错误有个别词相同，依据很弱：逐个对照，或者用排障向导排查。',
  guessEntry: '查看对应的错误条目',
  basis: (basis) => {
    switch (basis.kind) {
      case 'status':
        return `状态码 ${basis.value}`
      case 'code':
        return `错误码 ${basis.value}`
      case 'word':
        return `出现“${basis.value}”`
      case 'vendor':
        return `来自 ${basis.value} 的报错`
      case 'similar':
        return `与已知报错相同的词：${basis.value.join('、')}`
      case 'learned':
        return `措辞像这类报错：${basis.value.map((word) => `“${word}”`).join('、')}`
      case 'vendor-key':
        return `${basis.vendor} 官方的密钥报错，而报错里提到“${basis.relay}”：请求可能发到了 ${basis.vendor}，没有经过中转`
    }
  },
  supportHeading: '还是解决不了？把这段话发给客服',
  supportHint: '已按客服需要的顺序填好，密钥已遮盖。发送前请补上出错时间、模型和接口地址。',
  copyMessage: '复制这段话',
  copied: '已复制',
  copyFailed: '复制失败，请手动选中复制',
  contactSupport: '联系客服',
  wizard: '打开排障向导',
  tester: '运行连接测试',
  tooLongForUrl: '内容较长，没有写进网址；分享链接时请另附报错原文。',
  whatItMeans: '含义：',
  whatToDo: '解决步骤',
  whyMatched: '匹配依据：',
  readArticle: '详细说明',
  entryLink: '这条错误的链接',
  openFullLookup: '在错误速查页查看',
  retry: {
    no: '直接重试没用：先按步骤修改',
    later: '稍后重试会好：等一会儿再试',
    yes: '可以直接重试',
    'check-first': '重试前先确认：避免重复扣费',
  },
  layer: {
    client: '客户端设置',
    network: '网络',
    key: '密钥',
    account: '账户',
    gateway: '网关',
    routing: '模型路由',
    provider: '上游模型方',
  },
  reason: (reason) => {
    switch (reason.kind) {
      case 'code':
        return `错误码 ${reason.value}`
      case 'word':
        return `出现 ${reason.value}`
      case 'pattern':
        return `报错文字含“${reason.value}”`
      case 'description':
        return `描述与“${reason.value}”相符`
      case 'status':
        return `状态码 ${reason.value}`
      case 'status-default':
        return `${reason.value} 最常见的含义`
      case 'dialect':
        return `${reason.value} 的报错格式`
      case 'shared':
        return '同一句报错，也会在这种情况下出现'
    }
  },
  resultCount: (count) => (count === 0 ? '没有完全对应的条目，给出猜测' : `找到 ${count} 个可能的原因`),
}

const en: LookupMessages = {
  inputLabel: 'Paste the error',
  inputHint:
    'Paste what your client showed, as it is: a status code, JSON, a Python traceback or a web page. It is analysed in your browser and never uploaded.',
  placeholder: 'For example: Error code: 429 - {"error":{"code":"insufficient_quota"}}',
  clear: 'Clear',
  resultsLabel: 'Results',
  bestMatch: 'Most likely cause',
  otherMatches: 'Other possibilities',
  detected: 'Found:',
  status: (status) => `HTTP ${status}`,
  requestId: (id) => `request id: ${id}`,
  model: (name) => `model: ${name}`,
  statusOnly: (status) =>
    `Read from status ${status} alone, which has several meanings. Paste the full error, or confirm with the tools below.`,
  guessHeading: 'No catalogue entry matches: here is a guess',
  guessIntro:
    'This error is not in the lookup. Below is a guess from what the text shows (a status, a keyword, an error code, a vendor name), not a diagnosis: confirm it with the tools below.',
  guessLikely: (cause, layer) => `Most likely: ${cause} (the ${layer.toLowerCase()} layer)`,
  guessNothing:
    'Nothing in this text shows which layer failed. Try a longer part of the error, or walk through the troubleshooting wizard.',
  guessFrom: 'Guessed from: ',
  alsoPossible: 'Not it? It may also be',
  alsoPossibleHint: 'Guessed from the words of the error, less likely than the answer above: check each in turn.',
  possiblyRelated: 'Possibly related',
  possiblyRelatedHint:
    'The text shares only a word or two with these errors, a weak lead: check each against yours, or use the wizard.',
  guessEntry: 'See the matching error entry',
  basis: (basis) => {
    switch (basis.kind) {
      case 'status':
        return `status ${basis.value}`
      case 'code':
        return `error code ${basis.value}`
      case 'word':
        return `mentions “${basis.value}”`
      case 'vendor':
        return `an error from ${basis.value}`
      case 'similar':
        return `words known errors use: ${basis.value.join(', ')}`
      case 'learned':
        return `worded like errors of this kind: ${basis.value.map((word) => `“${word}”`).join(', ')}`
      case 'vendor-key':
        return `${basis.vendor}'s own key error, though the paste mentions “${basis.relay}”: the request may have gone to ${basis.vendor}, not through the relay`
    }
  },
  supportHeading: 'Still stuck? Send this to support',
  supportHint:
    'Filled in the order support needs, with the key masked. Add the time, the model and the endpoint before you send it.',
  copyMessage: 'Copy this message',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the text and copy it by hand',
  contactSupport: 'Contact support',
  wizard: 'Open the wizard',
  tester: 'Run the connection test',
  tooLongForUrl: 'This is too long for the address bar; when you share the link, include the error text too.',
  whatItMeans: 'What it means: ',
  whatToDo: 'What to do',
  whyMatched: 'Matched on: ',
  readArticle: 'Full explanation',
  entryLink: 'Link to this error',
  openFullLookup: 'Open in the error lookup',
  retry: {
    no: 'Retrying alone will not help: fix it first',
    later: 'Retrying later helps: wait, then retry',
    yes: 'A plain retry usually works',
    'check-first': 'Check before retrying: avoid paying twice',
  },
  layer: {
    client: 'Client settings',
    network: 'Network',
    key: 'Key',
    account: 'Account',
    gateway: 'Gateway',
    routing: 'Model routing',
    provider: 'Upstream provider',
  },
  reason: (reason) => {
    switch (reason.kind) {
      case 'code':
        return `error code ${reason.value}`
      case 'word':
        return `mentions ${reason.value}`
      case 'pattern':
        return `message says “${reason.value}”`
      case 'description':
        return `described as “${reason.value}”`
      case 'status':
        return `status ${reason.value}`
      case 'status-default':
        return `the usual meaning of ${reason.value}`
      case 'dialect':
        return `${reason.value} error format`
      case 'shared':
        return 'the same message also shows for this'
    }
  },
  resultCount: (count) =>
    count === 0 ? 'No exact match: showing a guess' : `${count} possible ${count === 1 ? 'cause' : 'causes'} found`,
}

export const lookupMessages = { zh, en } satisfies Record<Locale, LookupMessages>
