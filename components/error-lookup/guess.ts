import type { Cause } from '@data/causes.ts'
import type { ErrorEntry, ErrorLayer } from '@data/errors.schema.ts'
import type { ExtractedError } from './extract.ts'
import { mayMatch, pasteBitmap, prefiltered, type Prefiltered } from './literal-prefilter.ts'
import { spaced, trigramBitmap, type TrigramBitmap } from './trigram-filter.ts'
import { relayKeyWords, vendorKeyVerdicts } from '../../data/errors/vendor-key-verdicts.ts'

/**
 * When no catalogue entry matches, the reader still gets an answer: the most likely layer and
 * cause read from whatever the paste shows (a status, a transport word, a JSON code, a vendor),
 * with what it was read from. It is a guess and the page says so; entries stay the diagnosis.
 */

/** What a guess was read from, so the page can show its basis and a person can judge it. */
export type GuessBasis =
  | { kind: 'status'; value: number }
  | { kind: 'code'; value: string }
  | { kind: 'word'; value: string }
  | { kind: 'vendor'; value: string }
  /** Rare words the paste shares with the entries of the cause (possible-causes.ts). */
  | { kind: 'similar'; value: string[] }
  /** The learned reading (learned.ts) was sure of the cause: the paste's words that pointed there most. */
  | { kind: 'learned'; value: string[] }
  /** A vendor's own key check refused a key the paste says is a relay's: the request went to the vendor. */
  | { kind: 'vendor-key'; vendor: string; relay: string }

export interface LookupGuess {
  /** Absent when the paste shows nothing to read a layer from. */
  cause?: Cause
  layer?: ErrorLayer
  /** The cause's entry that reads most like the paste, for the page to link. */
  entry?: ErrorEntry
  basis: GuessBasis[]
}

/** Where along the request path each cause sits (the `/troubleshooting/#layers` order). */
export const causeLayer = {
  invalid_key: 'key',
  key_format: 'client',
  insufficient_balance: 'account',
  model_not_found: 'routing',
  no_channel: 'routing',
  permission: 'key',
  rate_limit: 'gateway',
  upstream_unavailable: 'provider',
  gateway_error: 'gateway',
  timeout: 'gateway',
  context_length: 'client',
  content_policy: 'provider',
  bad_request: 'client',
  base_url: 'client',
  network: 'network',
  cors: 'network',
  stream_interrupted: 'network',
  task_failed: 'provider',
  region_blocked: 'provider',
} as const satisfies Record<Cause, ErrorLayer>

interface Hint {
  cause: Cause
  /** Matched against the lowercased paste; the first match is shown as the basis. */
  pattern: RegExp
}

/**
 * Words that point at one layer whatever the exact message, most specific first (a tie goes to
 * the earlier hint). Broad on purpose: they only speak when no entry did. Round 15 added people's own
 * words, each seen in several threads (none of the dev set's): a generation that never comes (`images not
 * generating`, replicate/zoo#70, VikramadityaDev/text_to_image_gen#9; `stuck at 99%`, QwenLM/Qwen#2283,
 * AUTOMATIC1111/stable-diffusion-webui#4791, remotion-dev/github-unwrapped#230), the moderation categories
 * Chinese clouds name (`涉黄`, `涉暴`: Tencent Cloud COS and IMS, Huawei Cloud VOD review results), and a
 * reply cut part-way (`dies mid-way`, `broke part-way through`, askalf/dario#1286; `输出一部分后停顿`,
 * mateaix/mateclaw#636).
 */
const hints: Hint[] = [
  { cause: 'cors', pattern: /\bcors\b|access-control-allow-origin|跨域/ },
  { cause: 'region_blocked', pattern: /\b(?:region|country|territory|location)\b|地区|地域|国家|区域限制/ },
  {
    cause: 'key_format',
    pattern: /bytestring|latin-1|unicodeencodeerror|invalid character in header|non-ascii|authorization header/,
  },
  {
    cause: 'insufficient_balance',
    pattern:
      /\bbalance\b|\bquota\b|\bcredits?\b|\bbilling\b|arrear|overdue|recharge|top[ -]?up|\bpaid users?\b|used up|spend(?:ing)? limit|余额|额度|欠费|充值|账单|资源包|套餐|积分|点数|用完|耗尽|用尽|\bpayment\b/,
  },
  {
    cause: 'content_policy',
    pattern:
      /涉黄|鉴黄|涉暴|涉恐|moderat|sensitive|safety|\bpolicy\b|inspection|inappropriate|flagged|filtered|content[ _]?filter|prohibited|\bharm|unsafe|nsfw|jailbreak|responsibleai|审核|敏感|违规|不安全|风控|违法|违禁|色情|暴力|涉政|不合规|拦截|屏蔽|内容安全/,
  },
  {
    cause: 'context_length',
    pattern:
      /context|\btoo long\b|max(?:imum)?[ _-]?(?:input[ _-]?)?(?:length|tokens)|max[ _]seq[ _]len|max[ _]new[ _]tokens|truncat|token limit|too (?:many|large) (?:input )?tokens|input is too large|上下文|长度|过长|超长|token ?数|字数/,
  },
  {
    cause: 'task_failed',
    pattern:
      /\btask\b|midjourney|\bsuno\b|\bvideos?\b|(?:not|n't|never) (?:be )?generat(?:ing|e)\b|\bstuck at \d{1,3}(?:\.\d)?\s?%|卡在\s?\d{1,3}\s?%|生成不出|出不来图|\bkling\b|\bsora\b|\brunway\b|\bveo\b|polling|dall-?e|\bflux\b|任务|视频|生成失败|绘图|画图|出图|生图|图片生成|轮询|可灵|即梦|\bimagine\b/,
  },
  {
    cause: 'rate_limit',
    pattern:
      /rate[ _-]?limit|too many|throttl|请求过多|\brpm\b|\btpm\b|\bqps\b|\bqpm\b|concurren|\bburst|per (?:minute|second|day)|频率|频繁|限流|限额|并发|速率|太多|每分钟/,
  },
  { cause: 'no_channel', pattern: /\bchannels?\b|渠道|\bdistributor\b|分组/ },
  {
    cause: 'model_not_found',
    pattern:
      /\bmodel\b[^.\n]{0,40}?\b(?:not (?:found|exist|support|availab)|does ?n[o']t exist|unknown|invalid|unsupported)|\b(?:unknown|invalid|unsupported|no such) model\b|模型[^。\n]{0,12}?(?:不存在|找不到|未找到|不支持|无效|错误|不可用)|(?:不存在|找不到|未找到|不支持|无效|错误)的?模型/,
  },
  {
    cause: 'invalid_key',
    pattern:
      /api[ _-]?key|\btoken\b|unauthori[sz]ed|authenticat|\bauth ?failure|credential|\bsignature\b|令牌|密钥|秘钥|鉴权|认证|签名|未授权|apikey/,
  },
  {
    cause: 'permission',
    pattern:
      /permission|forbidden|not allowed|denied|\baccess\b|not activated|not enabled|whitelist|allow ?list|权限|无权|禁止|不允许|未开通|未开放|未启用|白名单/,
  },
  {
    cause: 'stream_interrupted',
    pattern:
      /\bstream|\bsse\b|premature|terminated|incomplete|unexpected end|\bchunk|(?:half|part|mid)[ -]?way through|dies mid[ -]?way|流式|中断|断流|到一半|半截|中途(?:断|停|卡)/,
  },
  {
    cause: 'timeout',
    pattern: /time[ _-]?out|timed out|deadline exceeded|took too long|超时|无响应|没有响应/,
  },
  {
    cause: 'network',
    pattern:
      /econn|enotfound|eai_again|ehostunreach|socket|\bdns\b|\btls\b|\bssl\b|\bproxy\b|connection|network|fetch failed|getaddrinfo|\bdial tcp\b|broken pipe|unreachable|\beof\b|网络|连接|代理|证书|断开/,
  },
  { cause: 'base_url', pattern: /base[ _-]?url|<html|<!doctype|endpoint|接口地址|路径/ },
  {
    cause: 'upstream_unavailable',
    pattern: /overload|unavailable|\bbusy\b|capacity|maintenance|upstream|繁忙|拥挤|过载|不可用|维护|上游/,
  },
  {
    cause: 'gateway_error',
    pattern: /database|\bsql\b|\bredis\b|panic|nil pointer|invalid memory address|internal|数据库|内部错误|系统错误/,
  },
  {
    cause: 'bad_request',
    pattern:
      /param|invalid|malformed|required|unsupported|bad request|schema|validation|unrecognized|unknown field|参数|格式|不支持|无效|必填|请求错误|校验|字段/,
  },
]

/** A hint's regex with the literals that let a paste lacking them skip it (literal-prefilter.ts). */
function filterOf(pattern: RegExp): Prefiltered {
  return prefiltered(pattern.source, pattern.flags)
}

function execFiltered(filter: Prefiltered, lowerText: string, bitmap: TrigramBitmap): RegExpExecArray | null {
  return mayMatch(filter, lowerText, bitmap) ? filter.regex.exec(lowerText) : null
}

/** `build`'s value, built on the first call and kept. */
function lazily<T>(build: () => T): () => T {
  let built: { value: T } | undefined
  return () => (built ??= { value: build() }).value
}

// The guess's filters (these, the vendors' key verdicts and the vendor names below) are built on a lookup's first need,
// not when the module loads: their literal analysis takes about 10 ms (40 ms on Lighthouse's 4× slower phone), which
// /errors spent after first paint whether or not anyone pasted anything, the one long task it had beyond an article's.
const hintFilters = lazily(() => hints.map(({ pattern }) => filterOf(pattern)))

/** Every regex the guess runs on a paste, for the test that its prefilter never skips a match. */
export const guessRegexes = (): RegExp[] => [
  ...hints.map(({ pattern }) => pattern),
  vendorPattern,
  ...vendorKeyChecks().map(({ filter }) => filter.regex),
]

/** The usual reading of a status when the text says nothing else. */
function statusCause(status: number): Cause | undefined {
  const known: Partial<Record<number, Cause>> = {
    // An API endpoint that redirects was called at another form of its address (http:// for https://, a
    // trailing slash, a moved path); httpx, which openai-python uses, does not follow it (`Redirect response '307
    // Temporary Redirect' for url`, httpx/_models.py raise_for_status), and a POST that follows may lose its body.
    301: 'base_url',
    302: 'base_url',
    307: 'base_url',
    308: 'base_url',
    400: 'bad_request',
    401: 'invalid_key',
    402: 'insufficient_balance',
    403: 'permission',
    404: 'base_url',
    405: 'base_url',
    408: 'timeout',
    413: 'context_length',
    422: 'bad_request',
    429: 'rate_limit',
    500: 'gateway_error',
    502: 'upstream_unavailable',
    503: 'upstream_unavailable',
    504: 'timeout',
    524: 'timeout',
    529: 'upstream_unavailable',
  }
  if (known[status]) return known[status]
  if (status >= 400 && status < 500) return 'bad_request'
  if (status >= 500) return 'upstream_unavailable'
  return undefined
}

/** Model vendors whose errors gateways pass through: their name alone points at the provider. */
const vendorPattern =
  /\b(?:openai|anthropic|claude|gemini|google|azure|bedrock|vertex|zhipu|bigmodel|glm|z\.ai|dashscope|aliyun|bailian|qwen|moonshot|kimi|deepseek|qianfan|baidu|ernie|volcengine|volces|doubao|\bark\b|hunyuan|tencent|minimax|siliconflow|openrouter|mistral|groq|xai|grok|cohere|perplexity|together|fireworks|cerebras|stepfun|baichuan|spark|xfyun|sensenova)\b|智谱|通义|百炼|阿里云|月之暗面|百度|千帆|文心|火山|豆包|腾讯|混元|硅基流动|阶跃星辰|百川|讯飞|星火|零一万物|商汤/

/** The vendors' own verdicts on a key (data/errors/vendor-key-verdicts.ts), each read with its prefilter. */
const vendorKeyChecks = lazily(() =>
  vendorKeyVerdicts.map(({ vendor, pattern }) => ({ vendor, filter: filterOf(new RegExp(pattern)) })),
)
const vendorFilter = lazily(() => filterOf(vendorPattern))

/**
 * Where a paste says the key is a relay's: the relay words the entry reads too, a proxy, or a base URL on a host
 * that is not a vendor's own.
 */
const relayMention = new RegExp(
  `${relayKeyWords}|代理|\\bproxy\\b|(?:base[ _-]?url|api[ _-]?base|endpoint)\\b[^\\n]{0,20}?https?://(?![\\w.-]*(?:openai\\.com|deepseek\\.com|anthropic\\.com|googleapis\\.com)\\b)[\\w.-]+`,
)

/**
 * The vendor whose own key check refused a key the paste says is a relay's: the key went to the vendor, so the
 * base URL still points there (or a tool ignores the one set), and a relay's key is wrong only to the vendor.
 */
export function vendorKeyToRelay(
  lowerText: string,
  bitmap: TrigramBitmap = trigramBitmap(lowerText),
): { vendor: string; relay: string } | undefined {
  const check = vendorKeyChecks().find(({ filter }) => execFiltered(filter, lowerText, bitmap))
  if (!check) return undefined
  const relay = relayMention.exec(lowerText)?.[0]
  // Shown on the page: a host can be as long as a paste, the page quotes no more than a reason does.
  return relay ? { vendor: check.vendor, relay: relay.trim().slice(0, 80) } : undefined
}

const hintWeight = 2
const codeBonus = 1
const statusWeight = 1
const vendorWeight = 0.5

/** A cause the paste's words, codes, status or vendor point at, with what they were read from. */
export interface CauseVote {
  cause: Cause
  weight: number
  basis: GuessBasis[]
}

/**
 * The browser's console warning when a script sets a header it forbids (Blink's `XMLHttpRequest::setRequestHeader`:
 * `Refused to set unsafe header "User-Agent"`, as axios in an Obsidian or web plugin meets it): the browser drops
 * that header and sends the request, so its words (`unsafe`, `refused`) say nothing about the error, least of all
 * a content policy.
 */
const browserHeaderWarning = /refused to set unsafe header "[^"\n]{0,80}"/g

/** The paste without browser warnings that say nothing about the error: what both readings of a guess read. */
export function withoutBrowserNoise(lowerText: string): string {
  return lowerText.replace(browserHeaderWarning, ' ')
}

/**
 * Every cause the paste's words, codes, status and vendor point at, most likely first: one of the
 * two readings `possibleCauses` joins into the guess and the other possible causes. Pure; never throws.
 */
export function rankCauses(extracted: ExtractedError): CauseVote[] {
  const votes = new Map<Cause, CauseVote & { order: number }>()
  const vote = (cause: Cause, weight: number, basis: GuessBasis, order: number) => {
    const current = votes.get(cause) ?? { cause, weight: 0, order, basis: [] }
    current.weight += weight
    current.order = Math.min(current.order, order)
    current.basis.push(basis)
    votes.set(cause, current)
  }

  // `insufficient_quota` and `rate-limit` must read as words to the word-boundary hints.
  const quiet = withoutBrowserNoise(extracted.lowerText)
  const text = spaced(quiet)
  // The paste's bitmap reads the paste spaced already.
  const bitmap = quiet === extracted.lowerText ? pasteBitmap(extracted) : trigramBitmap(quiet)
  const codes = extracted.codes.map((code) => ({ code, words: spaced(code) }))
  hints.forEach((hint, order) => {
    const code = codes.find(({ words }) => hint.pattern.test(words))?.code
    if (code) {
      vote(hint.cause, hintWeight + codeBonus, { kind: 'code', value: code }, order)
      return
    }
    const word = execFiltered(hintFilters()[order]!, text, bitmap)?.[0]
    if (word) vote(hint.cause, hintWeight, { kind: 'word', value: word.trim() }, order)
  })
  if (extracted.status !== undefined) {
    const cause = statusCause(extracted.status)
    if (cause) vote(cause, statusWeight, { kind: 'status', value: extracted.status }, hints.length)
  }
  // Read on the unspaced text: a base URL keeps its `_` and `-`.
  const toRelay = vendorKeyToRelay(extracted.lowerText, pasteBitmap(extracted))
  if (toRelay) vote('base_url', hintWeight + codeBonus, { kind: 'vendor-key', ...toRelay }, -1)
  const vendor = execFiltered(vendorFilter(), text, bitmap)?.[0]
  if (vendor) vote('upstream_unavailable', vendorWeight, { kind: 'vendor', value: vendor }, hints.length + 1)

  return [...votes.values()]
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ cause, weight, basis }) => ({ cause, weight, basis }))
}
