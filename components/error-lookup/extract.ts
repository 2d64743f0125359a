import type { ErrorDialect } from '@data/errors.schema.ts'
import { genericErrorCodes } from '../../data/errors/generic-codes.ts'
import { chatLunaOpeningZh } from '../../data/errors/chatluna-template.ts'
import { asRecord } from '../shared/records.ts'
import { dialectOfBody, errorFieldsOf } from '../shared/error-body.ts'
import { findJsonBodies } from './json-bodies.ts'
import { foldHan } from './fold-han.ts'

/** What a pasted error tells us, independent of the catalogue. */
export interface ExtractedError {
  /** HTTP status, when the text states one (or the caller knows it). */
  status?: number
  /** `error.code`, `error.type`, `status`, `reason` values from bodies, lowercased. */
  codes: string[]
  /** Human messages from bodies, as written. */
  messages: string[]
  dialect?: ErrorDialect
  requestIds: string[]
  models: string[]
  isHtml: boolean
  htmlTitle?: string
  /**
   * Where in `searchText` the status was read (the whole phrase, `HTTP 422`, `500 Internal Server Error`),
   * when it was read from the text: wording right at it is the status's label, not a cause (`match.ts`).
   */
  statusSpan?: { start: number; end: number }
  /**
   * The status is a wrapper's or a relay's, around a provider's own error: an SDK's status over a body whose
   * own status differs (zhipuai's `Error code: 500, with error text {"error":{"code":"400",…}}`), or a relay
   * code or phrase that says only that the call to the provider failed (`do_request_failed`, `Error when
   * proxying request`, `Error from provider (…)`), or a gateway's default status beside its own code (new-api's 500
   * around `invalid_request`). It does not contradict the provider's words (`match.ts`).
   */
  wrapperStatus: boolean
  /**
   * The status came from a vendor SDK that answers a response without a JSON body with a body of its own making
   * (dashscope-sdk-java's `{"statusCode":403,"message":"Forbidden","code":"response_error"}`): nothing but the
   * number is the server's, so the number's usual reading on a gateway does not apply (`match.ts`).
   */
  sdkMadeBody?: boolean
  /** An SSE `data:` or `event: error` line carried the error. */
  inStream: boolean
  /** The text searched by patterns: unescaped, size-capped, traditional Chinese folded to simplified (`foldHan`). */
  searchText: string
  /** The same text before the folding, offset for offset: what a match quotes back, in the characters pasted. */
  readText: string
  /** The search text lowercased, for codes that appear outside a JSON body (ECONNRESET, APITimeoutError). */
  lowerText: string
}

/** Above this, only the head and the tail are read: errors sit at the start or the end of a log. */
export const maxAnalysedChars = 48_000

/** RFC 9110's reason phrases (and nginx's 499), as clients print them after the number: an alternation for a regex. */
export const reasonPhrases =
  'unauthorized|forbidden|not found|too many requests|bad gateway|service unavailable|gateway time-?out|' +
  'internal server error|payment required|bad request|request time-?out|payload too large|content too large|' +
  'request entity too large|method not allowed|unprocessable entity|proxy authentication required|conflict|' +
  'not implemented|unsupported media type|request header fields too large|client closed request'

/**
 * The status an SDK prints before the body: openai-python's, anthropic-python's and zhipuai's
 * `APIStatusError` (`Error code: 500 - {…}`, `Error code: 500, with error text {…}`).
 */
const sdkStatusPattern = /error code:?\s*([1-5]\d\d)\b(?![.\d])/i

/**
 * Phrasings clients use for a status, most explicit first. Each captures the number. Every pattern
 * must stay linear on any paste: no two whitespace runs that can trade characters (`\s*[:=]?\s*`),
 * and under the `m` flag no `^\s*`, which rescans every blank line from each line start.
 * The shapes come from the libraries that print them: openai-python `Error code: 429 -`, openai-node
 * `429 status code (no body)`, axios `Request failed with status code 429`, httpx `Client error '429
 * Too Many Requests' for url`, requests `429 Client Error: Too Many Requests for url:`, aiohttp
 * `ClientResponseError: 429, message='Too Many Requests'`, Go `unexpected status code: 429`, reqwest
 * `HTTP status client error (429 Too Many Requests)`, .NET `does not indicate success: 429 (Too Many
 * Requests)`, OkHttp `Response{protocol=h2, code=429, …}`, Java `Server returned HTTP response code:
 * 429`, curl `The requested URL returned error: 429`, Vercel AI `statusCode: 429`, browsers
 * `POST https://… 429 (Too Many Requests)`, Dio (Flutter) `the response has a status code of 429`, Alamofire
 * `Response status code was unacceptable: 429.`, openai-java `RateLimitException: 429: …` (status, colon, message),
 * go-openai `error, status code: 429, status: 429 Too Many Requests`, Zed `status 429 Too Many Requests -
 * "{body}"`, and a numeric `"code": 429` in a body cut off before it closes (or a Ruby `"code"=>429`).
 */
const statusPatterns: RegExp[] = [
  sdkStatusPattern,
  // Roo Code's, Kilo's and Cline's `<Provider> completion error: ${error.message}` (Roo Code
  // `src/api/providers/*.ts` completePrompt), where openai-node's message opens with the status
  // (`APIError.makeMessage`: `404 status code (no body)`, or a wrapper's `404, no body`)
  /\bcompletion error:\s?([1-5]\d\d)\b(?![.\d])/i,
  // Chrome's console line for a failed fetch or XHR (`POST https://host/v1/chat/completions 401 (Unauthorized)`,
  // `… net::ERR_FAILED 401`): the method, the URL, an optional network error name, the status last
  /\b(?:GET|POST|PUT|PATCH|DELETE) https?:\/\/[^\s]{1,2048} (?:net::ERR_[A-Z_]{1,60} )?([1-5]\d\d)\b(?![.\d/:])/,
  /status(?:[ _]?code)?["']?\s*(?:[:=]\s*)?\(?([1-5]\d\d)\b/i,
  /\bhttp(?:\/[\d.]+)?\s*(?:error\s*)?(?::\s*)?([1-5]\d\d)\b/i,
  /\bhttp response code:?\s?([1-5]\d\d)\b/i,
  /api error:?\s*([1-5]\d\d)\b/i,
  /(?:exception|error)[:：]\s?([1-5]\d\d):\s/i,
  // Dio `the response has a status code of 429`, Alamofire `Response status code was unacceptable: 429.`
  /\bstatus code (?:of|was unacceptable:)\s?([1-5]\d\d)\b/i,
  // The Stainless SDKs' README example (openai-python, anthropic-sdk-python: `except APIStatusError as e:
  // print("Another non-200-range status code was received"); print(e.status_code)`), which apps copy as their error
  // handler: the status follows on the next line, or right after the words once a paste loses the line break
  /\bstatus code was received[.:]?\s*([1-5]\d\d)\b(?![.:\d])/i,
  // round 39 (apps-zh): not ChatLuna's own error number (chatluna-template.ts), which numbers its enum, not an HTTP answer
  new RegExp(
    `(?<!${chatLunaOpeningZh})(?:状态码|错误码|响应码|返回码|错误代码|状态)\\s*(?:[:：为是]\\s*)?([1-5]\\d\\d)\\b`,
    'i',
  ),
  // How people report it in Chinese: `接口返回 429`, `一直报 401`, `出现 504 错误`, `错误：500`, `请求失败: 502`
  // and `日志显示429`, `显示 429`, `抛出 401`, `响应 502`, never a count, a size or a time (`返回 500 条`, `显示 404 个`)
  /(?:返回|报错|报|出现|提示|遇到|收到|得到|错误|失败|显示|抛出|弹出|响应)了?\s?[:：]?\s?[`"'“「]?([45]\d\d)(?![\d.]|\s?(?:条|个|次|项|行|字|元|万|毫秒|秒|分钟|ms\b|s\b|tokens?\b|MB|KB|GB|%))/,
  // round 31 (lead): an adverb of how it fails before a bare status (`第二次就直接502了`, `单个key太容易429了`, `经常429`,
  // `一直500`), as people report a status with no verb; never a count or an amount (`一直400多`, `经常500个`, `就500元`)
  /(?:直接|就|又|还是|总是|老是|一直|经常|频繁|容易|动不动就?)\s?([45]\d\d)(?![\d.]|\s?(?:多|左右|上下|条|个|次|项|行|字|元|块|万|毫秒|秒|分钟|ms\b|s\b|tokens?\b|MB|KB|GB|%))/,
  new RegExp(`\\b([1-5]\\d\\d)\\s*["“'‘(]?(?:${reasonPhrases})\\b`, 'i'),
  // aiohttp ClientResponseError.__str__: `429, message='Too Many Requests', url=URL(…)`
  /\b([1-5]\d\d), message=/,
  /\b(?:returned|responded with|received|got|answered with)\s+(?:an?\s+)?(?:error:?\s?|status\s?|http\s?)?([1-5]\d\d)\b(?![.:\d])/i,
  /^[^\S\r\n\u2028\u2029]*(?:error:?[^\S\r\n\u2028\u2029]*)?([1-5]\d\d)\b(?![.:\d])/im,
  /\berror\s+([1-5]\d\d)\b/i,
  // `Error: 401 Incorrect API key`, `(Attempt 1/3): 400 Provider returned error`, a JSON
  // message that starts with the status (`"message":"404 Item with id … not found."`), and Spring
  // AI's `NonTransientAiException: 429 - {body}` (status, dash, body)
  /[:：]\s*"?([1-5]\d\d)\s+(?=[A-Za-z\u4e00-\u9fff{"']|- [{[A-Za-z])/,
  /\b(?:failed|failure)[:：]\s?([45]\d\d)\b(?![.:\d])/i,
  // `Custom gateway request failed with 404 for model …`, `failed with status 400`
  /\bfailed with\s(?:status\s|code\s|http\s)?([1-5]\d\d)\b(?![.:\d])/i,
  // httpx when the server sent no reason phrase: `Client error '400 ' for url '…'`
  /\b(?:client|server) error '([1-5]\d\d)\b/i,
  // gin access logs of one-api/new-api: `| 429 |   94.35ms |`
  /\|\s*([1-5]\d\d)\s*\|/,
  /\[([1-5]\d\d)\]/,
  // OkHttp `Response{protocol=h2, code=429, …}`, `code 429`, a cut body's `"code":429`, Ruby's `"code"=>429`
  /\bcode["']?\s?(?:[=:]|=>)?\s?([1-5]\d\d)\b(?![.:\d])/i,
  // round 31 (lead): the field apps name after PHP's `CURLINFO_HTTP_CODE` and Python wrappers copy (`"http_code":429`)
  /\bhttp_code["']?\s?[=:]\s?["']?([1-5]\d\d)\b(?![.:\d])/i,
  /[(（]([1-5]\d\d)[)）]/,
  // `API 错误 ({status}): {body}` as many apps print a failed call, with the time taken after it
  // (`API 错误 (500, 耗时: 7.66s)`, AstrBot's image-generation plugin) or Rust's status text (`(401 Unauthorized)`)
  /(?:错误|error)\s?[(（]([1-5]\d\d)(?=[ ,，)）])/i,
  // claude-code-router's `Error from provider(<provider>,<model>: 400): <body>` (and `… provider after 3 retries(…)`)
  /\bprovider(?: after \d{1,3} retries)?\s?\([^()\n]{1,120}:\s?([1-5]\d\d)\)/i,
  // How people report it in English: `these 429 errors`, `a 502 error from the relay`, `a 404 response`,
  // `404 is constantly returned`, `getting a 429`, `keep hitting 503s`; only a 4xx or 5xx, never followed by a unit
  // (`getting 500 tokens`, `hit 429 requests`), a version or a longer number
  /\b([45]\d\d) (?:errors?|responses?|status(?:es)?|status codes?)\b/i,
  // round 31 (lead): the same with the status quoted (`yields a "401" error`, `` a `429` response ``) or named by its
  // kind (`a 401 authentication error`, `a 429 rate limit error`, `503 service unavailable errors`)
  /(?<![\w.-])["'“`]([45]\d\d)["'”`] (?:errors?|responses?|status(?:es)?|status codes?)\b/i,
  /(?<![\w.-])([45]\d\d) (?:auth(?:entication|orization)?|unauthori[sz]ed|forbidden|permission|rate[ -]limit(?:ed)?|quota|not found|(?:internal )?server|bad gateway|gateway(?: timeout)?|service unavailable|timeout|overloaded|bad request|validation|client|http|api) errors?\b/i,
  /\b([45]\d\d) (?:is|was|are|were|gets?|got|keeps? (?:being|getting)) (?:\w+ly )?(?:returned|thrown|raised|sent back)\b/i,
  /\b(?:getting|get|gets|receiving|receive|seeing|see|hitting|hit|throws?|throwing|returns|returning)\s(?:an?\s|the\s|back\s)?(?:http\s)?([45]\d\d)s?\b(?![.:\d/-]|\s?(?:tokens?|ms|s\b|seconds?|requests?|results?|times|chars?|characters|words|lines|bytes|items|rows|%|万|次|个|条))/i,
  // and in Chinese: `调用 500 错误`, `返回 502 的错误`, `报401错误`, `500 异常`; a redirect only with its name
  // (`会报307重定向的错误`), since a 3xx is otherwise a count (`返回 300 条结果`)
  /(?<![\d.:\w-])([45]\d\d)\s?(?:的)?\s?(?:错误|报错|异常|状态码|错)/,
  /(?<![\d.:\w-])(30[1278])\s?(?:的)?\s?(?:重定向|跳转)/,
]

/**
 * SDK exception names that fix the status when no number was printed, from openai-python and
 * anthropic-sdk-python `_exceptions.py`, LiteLLM's exception mapping table and google-api-core
 * `exceptions.py` (`ResourceExhausted` is 429, `DeadlineExceeded` 504). Clients that re-wrap them
 * name the same statuses their own way: openai-java and openai-php (`RateLimitException`, thrown
 * only on a 429), Dify's `Invoke*Error` (`api/core/model_runtime/errors/invoke.py`, mapped from the
 * SDK's status errors), LobeChat's `errorType` (`InvalidProviderAPIKey`, `RateLimitExceeded`,
 * `QuotaLimitReached`, `ModelNotFound`, `ProviderServiceUnavailable` in model-runtime's `error.ts`)
 * and LangChain JS's troubleshooting codes (`MODEL_RATE_LIMIT`, `MODEL_AUTHENTICATION`,
 * `MODEL_NOT_FOUND`, set from the OpenAI SDK's 429, 401 and 404 errors in langchain-openai's `client.ts`).
 */
const exceptionStatuses: [RegExp, number][] = [
  [
    /\b(?:RateLimitError|TooManyRequests|ResourceExhausted|RateLimitException|InvokeRateLimitError|RateLimitExceeded|QuotaLimitReached|MODEL_RATE_LIMIT)\b/,
    429,
  ],
  [
    /\b(?:AuthenticationError|Unauthenticated|UnauthorizedException|InvokeAuthorizationError|InvalidProviderAPIKey|MODEL_AUTHENTICATION)\b/,
    401,
  ],
  [/\bPermissionDenied(?:Error|Exception)?\b/, 403],
  [/\b(?:NotFoundError|NotFoundException|ModelNotFound|MODEL_NOT_FOUND)\b/, 404],
  [/\bBadRequestError\b/, 400],
  [/\bUnprocessableEntityError\b/, 422],
  [/\bOverloadedError\b/, 529],
  [/\b(?:ServiceUnavailable(?:Error)?|InvokeServerUnavailableError|ProviderServiceUnavailable)\b/, 503],
  [/\bDeadlineExceeded\b/, 504],
  [/\bInternalServerError\b/, 500],
  [/\b(?:too many requests)\b/i, 429],
  [/\bbad gateway\b/i, 502],
  // Not Cherry Studio's region diagnosis (`Service unavailable in your region. Configure a proxy…`, its en-us locale
  // error.diagnosis.region): a country refused, with no status behind it
  [/\bservice unavailable\b(?! in your region)/i, 503],
  [/\bgateway time-?out\b/i, 504],
  [/\b(?:request entity|payload|content) too large\b/i, 413],
]

const idPatterns: RegExp[] = [
  /request id:\s*([A-Za-z0-9_-]{6,80})/gi,
  /["']?(?:request_id|requestId|x-request-id|trace_id|traceId|cf-ray)["']?\s*[:=]\s*["']?([A-Za-z0-9_-]{6,80})/gi,
]

const modelPatterns: RegExp[] = [
  /["']model["']\s*:\s*["']([^"'\s]{2,80})["']/gi,
  /\bmodel[:\s]+[`'"]?([A-Za-z0-9][A-Za-z0-9._:/-]{1,79}?)[`'"]?(?=[\s,.;)]|$)/gim,
  /模型\s*(?:[:：]\s*)?([A-Za-z0-9][A-Za-z0-9._:/-]{1,79})/g,
  /for model ([A-Za-z0-9][A-Za-z0-9._:/-]{1,79})/gi,
]
/** Words after "model" that are not model names. */
const notModels = new Set(['is', 'not', 'the', 'does', 'name', 'id', 'requires', 'was', 'has', 'and', 'or', 'to'])

const codeFields = new Set(['code', 'type', 'status', 'reason', 'error_code', 'err_code', 'errorcode', 'error_type'])
/** A body field holding a code, even in a body too mangled to parse. */
const looseCodeField =
  /\\?["']?(code|type|status|reason|error_code|err_code|error_type)\\?["']?\s*[:=]\s*\\?["']?([A-Za-z][A-Za-z0-9_.-]{1,60})/gi

/**
 * Codes a client prints outside any body: openai-dotnet's `ClientResultException` writes `HTTP 429
 * (insufficient_quota: insufficient_quota)`, the body's type and code (`OpenAIError.ToExceptionMessage`).
 */
const printedCodes = /\bHTTP [1-5]\d\d \(([A-Za-z][\w.-]{0,60})?: ([A-Za-z][\w.-]{0,60})?\)/g

/**
 * Pulls status, codes, ids and model names out of whatever a client showed. Never throws: a paste
 * is untrusted text of any size.
 */
export function extractError(raw: string, knownStatus?: number): ExtractedError {
  const capped = foldForSearch(capLength(typeof raw === 'string' ? raw : ''))
  const readText = unescapeText(capped)
  const searchText = foldHan(readText)
  const bodies = safe(() => findJsonBodies(capped), [])
  const codes = new Set<string>()
  const messages: string[] = []
  let bodyStatus: number | undefined
  let dialect: ErrorDialect | undefined

  for (const body of bodies) {
    const fromBody = readBody(body)
    fromBody.codes.forEach((code) => codes.add(code))
    messages.push(...fromBody.messages)
    bodyStatus ??= fromBody.status
    dialect ??= fromBody.dialect
  }
  for (const match of searchText.matchAll(looseCodeField)) {
    const value = match[2]?.toLowerCase()
    if (value && !isNoise(value)) codes.add(value)
  }
  for (const match of searchText.matchAll(printedCodes)) {
    for (const value of [match[1], match[2]]) if (value && !isNoise(value.toLowerCase())) codes.add(value.toLowerCase())
  }

  const htmlTitle = /<title>([^<]{1,200})<\/title>/i.exec(searchText)?.[1]?.trim()
  const isHtml = /<!doctype html|<html[\s>]|<body[\s>]/i.test(searchText)
  dialect ??= dialectFromText(searchText)
  // Same length as the search text, so a status found in it has its place there.
  const statusText = searchText
    .replace(upstreamsStatus, (found) => found.replace(/\d/g, '#'))
    .replace(corsLineStatus, (found) => found.replace(/\d/g, '#'))
  const fromSdk = sdkStatus(statusText)
  const fromText = fromSdk || bodyStatus !== undefined ? undefined : statusFromText(statusText, htmlTitle)
  const outerStatus = fromSdk?.status ?? bodyStatus ?? fromText?.status
  // The router's 500 and its shared codes (`internal_error`, `api_error`) only say that sending failed.
  const routerWrapped = wrapsClientFailure(outerStatus, messages)
  const wrapped = wrappedStatus(statusText)
  const status = knownStatus ?? wrapped ?? (routerWrapped ? undefined : outerStatus)
  const read = knownStatus === undefined && wrapped === undefined ? (fromSdk ?? fromText) : undefined
  return {
    status,
    statusSpan: read && read.status === status ? read.span : undefined,
    wrapperStatus:
      status !== undefined &&
      ((fromSdk !== undefined && bodyStatus !== undefined && bodyStatus !== fromSdk.status) ||
        relayWrapper.test(searchText) ||
        (status === 500 && defaultStatusMessage.test(searchText)) ||
        [...codes].some((code) => relayCodes.has(code) || defaultStatusCodes.get(code) === status)),
    sdkMadeBody: status !== undefined && codes.has('response_error') && dashscopeSdk.test(searchText),
    codes: routerWrapped ? [...codes].filter((code) => !genericErrorCodes.has(code)) : [...codes],
    messages,
    dialect,
    requestIds: collect(searchText, idPatterns),
    models: collect(searchText, modelPatterns).filter((name) => !notModels.has(name.toLowerCase())),
    isHtml,
    htmlTitle,
    inStream:
      /^[^\S\r\n\u2028\u2029]*(?:data:[^\S\r\n\u2028\u2029]*\{.*["']error["']|event:[^\S\r\n\u2028\u2029]*error)/im.test(
        searchText,
      ) || sdkStreamError.test(searchText),
    searchText,
    readText,
    lowerText: searchText.toLowerCase(),
  }
}

/**
 * A word the readings took from the folded, lowercased text, as the person pasted it (their characters, their case),
 * for the page to quote back; the word itself where it is not found there as one run.
 */
export function asPasted(extracted: Pick<ExtractedError, 'lowerText' | 'readText'>, word: string): string {
  const at = extracted.lowerText.indexOf(word)
  if (at < 0 || extracted.lowerText.length !== extracted.readText.length) return word
  return extracted.readText.slice(at, at + word.length)
}

/**
 * Whether `word` occurs in `lowerText` as a whole word (not inside a longer identifier), at a place where what follows it
 * does not match `unless`.
 */
export function mentionsWord(lowerText: string, word: string, unless?: RegExp): boolean {
  for (let at = lowerText.indexOf(word); at !== -1; at = lowerText.indexOf(word, at + 1)) {
    if (isWordCode(lowerText.charCodeAt(at - 1)) || isWordCode(lowerText.charCodeAt(at + word.length))) continue
    if (!unless || !unless.test(lowerText.slice(at + word.length, at + word.length + 12))) return true
  }
  return false
}

/** `[a-z0-9_]` by character code (NaN, past either end, is not one): this runs for every code of every entry. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95
}

function capLength(text: string): string {
  if (text.length <= maxAnalysedChars) return text
  const tail = Math.floor(maxAnalysedChars / 3)
  return `${text.slice(0, maxAnalysedChars - tail)}\n${text.slice(-tail)}`
}

/**
 * What an IME, a chat app or a word processor changes in a copied error, undone before matching:
 * full-width letters and digits (`ＡＰＩ Ｅｒｒｏｒ：４２９`), curly quotes around JSON keys, non-breaking
 * and ideographic spaces, zero-width characters. Chinese punctuation (`，：（）`) is kept: the
 * catalogue's Chinese patterns are written with it.
 */
export function foldForSearch(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
}

/**
 * Logs escape bodies (`\"`, `\n`, `\u7528`), once or, for a body in a string in a log line, several
 * times over (`\\\"`, `\\u7528`); patterns must see the text a person would read. The backslash runs
 * are bounded so a paste of backslashes stays linear.
 */
function unescapeText(text: string): string {
  return text
    .replace(/\\{1,7}u([0-9a-fA-F]{4})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\{1,7}(["'/])/g, '$1')
    .replace(/\\{1,7}n/g, '\n')
}

interface BodyReading {
  codes: string[]
  messages: string[]
  status?: number
  dialect?: ErrorDialect
}

/** Reads one body in any dialect: `{error:{…}}`, Anthropic `{type:'error',error:{…}}`, Gemini details, FastAPI `detail`. */
function readBody(body: Record<string, unknown>): BodyReading {
  const reading: BodyReading = { codes: [], messages: [] }
  const inner = errorFieldsOf(body)
  visitFields(inner, reading, 0)
  if (inner !== body) visitFields(body, reading, 2)
  reading.dialect = dialectOfBody(body)
  return reading
}

function visitFields(record: Record<string, unknown>, reading: BodyReading, depth: number): void {
  for (const [key, value] of Object.entries(record)) {
    const field = key.toLowerCase()
    if (typeof value === 'number' && (field === 'code' || field === 'status') && isHttpStatus(value)) {
      reading.status ??= value
    } else if (typeof value === 'string' && codeFields.has(field)) {
      if (/^[1-5]\d\d$/.test(value)) reading.status ??= Number(value)
      else if (value.trim() && !isNoise(value.toLowerCase())) reading.codes.push(value.toLowerCase())
    } else if (typeof value === 'string' && ['message', 'msg', 'detail', 'raw', 'fail_reason'].includes(field)) {
      reading.messages.push(value)
    } else if (depth < 3 && value && typeof value === 'object') {
      const children = Array.isArray(value) ? value : [value]
      for (const child of children.slice(0, 8)) {
        const record = asRecord(child)
        if (record) visitFields(record, reading, depth + 1)
      }
    }
  }
}

function dialectFromText(text: string): ErrorDialect | undefined {
  if (/one_api_error/.test(text)) return 'one-api'
  if (/new_api_error/.test(text)) return 'new-api'
  if (/openrouter/i.test(text)) return 'openrouter'
  if (/litellm/i.test(text)) return 'litellm'
  return undefined
}

/**
 * An error raised while reading a stream, which openai-python and anthropic-sdk-python do from
 * `_streaming.py` (`Stream.__stream__`: an SSE event whose data holds `error` is raised as `APIError`)
 * after the response opened with `HTTP/1.1 200 OK`: the 200 is the stream's, not the error's.
 */
const sdkStreamError = /_streaming\.py["']?, line \d{1,6}, in __a?stream__/

/**
 * A relay saying only that its call to the provider failed, with the provider's own error after it: one-api's
 * and new-api's `Error when proxying request` and `do_request_failed` (`relay/adaptor/common.go` DoRequestHelper),
 * opencode's `Error from provider (<provider>): …` and claude-code-router's `Error from provider(<name>,<model>: …)`.
 * Flowise answers every failed prediction with a 500 `Error: predictionsServices.buildChatflow - <the error>`
 * (FlowiseAI/Flowise `packages/server/src/services/predictions/index.ts`, InternalFlowiseError), the provider's 401,
 * 404 or 429 inside it.
 */
const relayWrapper = /\b(?:error when proxying request|error from provider\s?\(|predictionsservices\.buildchatflow - )/i

interface StatusRead {
  status: number
  /** The phrase the status was read from, in the search text; absent when it came from a title or a class name. */
  span?: { start: number; end: number }
}

/**
 * A relay's own code for any failed call to the provider, with the status the relay itself sends for it: new-api's
 * and one-api's `do_request_failed`, raised with a 500 when the request to the provider could not be made
 * (QuantumNous/new-api `relay/relay-text.go`, `OpenAIErrorWrapper(err, "do_request_failed",
 * http.StatusInternalServerError)`). Under another status the provider did answer, and the code only says the relay
 * passed the failure on (`match.ts`).
 */
export const relayCodes: ReadonlyMap<string, number> = new Map([['do_request_failed', 500]])

/**
 * A gateway's code for an error of its own raised with the status it gives when the caller names none: new-api builds
 * its errors with `types.NewError`, whose status is a 500 unless set (QuantumNous/new-api `types/error.go`), and codes
 * the request checks of `relay/helper/valid_request.go` (`field messages is required`, `contents is required`, `model
 * is required`) `invalid_request`. Under that 500 the status says nothing; the message names the cause. Dify answers
 * every failed model call of its service and console APIs with `{"code": "completion_request_error", "message": <the
 * model runtime's description>, "status": 400}` (langgenius/dify `api/controllers/service_api/app/error.py` and
 * `console/app/error.py` CompletionRequestError, raised for any InvokeError: a rate limit, a connection error, an
 * upstream 5xx), so that 400 says nothing either.
 */
const defaultStatusCodes: ReadonlyMap<string, number> = new Map([
  ['invalid_request', 500],
  ['completion_request_error', 400],
])

/**
 * A gateway's own message raised with that default 500, for when clients print the message without its code: new-api's
 * channel adaptors answer a request their channel cannot convert with `errors.New("not implemented")`, returned as
 * `convert_request_failed` under a 500 (QuantumNous/new-api each `relay/channel/<vendor>/adaptor.go`, `relay/relay-text.go`), and
 * new-api appends its request id. A server's own `501 Not Implemented` carries no such id.
 */
const defaultStatusMessage = /\bnot implemented \(request id: /i

/**
 * The HTTP status an SDK printed before the body (`sdkStatusPattern`): it outranks a number in the
 * body, which may be the vendor's own business code (Zhipu's `{"code":"400"}` under a 500).
 */
function sdkStatus(text: string): StatusRead | undefined {
  return readStatus(sdkStatusPattern.exec(text))
}

function readStatus(found: RegExpExecArray | null): StatusRead | undefined {
  const status = Number(found?.[1])
  if (!found || !isHttpStatus(status) || inLargerNumber(found)) return undefined
  return { status, span: { start: found.index, end: found.index + found[0].length } }
}

/**
 * Whether the three digits read are the head of a number written with thousands separators (`prompt is too long:
 * 200,000 tokens > 200,000 token limit`, `max 128,000`): a count, not a status. A list of statuses (`400,401`) goes on
 * with another status, so it still reads.
 */
function inLargerNumber(found: RegExpExecArray): boolean {
  const end = found.index + found[0].indexOf(found[1]!) + found[1]!.length
  const group = /^[,，](\d{3})(?!\d)/.exec(found.input.slice(end, end + 5))
  return group !== null && !isHttpStatus(Number(group[1]))
}

/**
 * A status a message names as another server's, never the response's: OpenAI's 400 when it cannot fetch an
 * image or file URL of the request (`Error while downloading file. Upstream status code: 407.`, as clients'
 * tests quote the body: `{"error":{"code":"invalid_value","message":"Error while downloading …","type":
 * "invalid_request_error"}}`), where 407 is the image host's answer to OpenAI, and gateways' bad-gateway
 * texts in the same words. A local proxy that passes the gateway's status on words it otherwise
 * (CC Switch's `upstream_status: HTTP 403`) and keeps it.
 */
const upstreamsStatus = /\bupstream status code:?\s?[1-5]\d\d\b/gi

/**
 * Firefox's console line for a blocked cross-origin read ends with the status the browser saw, after the reason in
 * brackets (`security.properties`, `CORSMissingAllowOrigin2=Cross-Origin Request Blocked: … (Reason: CORS header
 * ‘Access-Control-Allow-Origin’ missing). Status code: %2$S.`; zh-CN `…（原因：CORS 头缺少 …）。状态码：%2$S。`): the page
 * was refused the response whatever its status, so that number is not the error's reading (a 401 there is often the
 * preflight's, as a gateway that wants a key on `OPTIONS` answers). The reason is bounded so a paste stays linear.
 */
const corsLineStatus =
  /(?:\(reason: [^()\r\n\u2028\u2029]{1,200}\)\.? ?status code:?|[（(]原因[:：][^()（）\r\n\u2028\u2029]{1,200}[)）][。.]? ?状态码[:：]?)\s?[1-5]\d\d\b/gi

/**
 * dashscope-sdk-java (`com.alibaba.dashscope`, `protocol/okhttp/OkHttpHttpClient.java` `parseFailed`): a failed
 * response that is neither JSON nor an event stream becomes `Status{statusCode=<the status>, code=
 * "response_error", message=<the reason phrase>, isJson=false}`, so only the number is the server's.
 */
const dashscopeSdk = /\bcom\.alibaba\.dashscope\b/i

/**
 * The status of the error a wrapper carries, where the wrapper's own status only says that something inside
 * failed. LiteLLM's `MidStreamFallbackError` is a `ServiceUnavailableError` (503) whose message is
 * `litellm.MidStreamFallbackError: <the provider's error>` (BerriAI/litellm `litellm/exceptions.py`), so the
 * status is read from what follows it. httpx's `raise_for_status` names the status it got (`Client error '404
 * Not Found' for url '…'`, encode/httpx `httpx/_models.py`); a server that re-raises it as its own 500 (Letta's
 * model listing, `letta/llm_api/openai.py`, printed by its client as `ApiError: status_code: 500, body: {…}`)
 * keeps the real status inside.
 */
function wrappedStatus(text: string): number | undefined {
  const midStream = /MidStreamFallbackError:\s?/.exec(text)
  if (midStream) {
    const start = midStream.index + midStream[0].length
    return statusFromText(text.slice(start, start + wrappedTextChars), undefined)?.status
  }
  const httpx = /\b(?:client|server) error '([1-5]\d\d)\b[^'\n]{0,60}' for url\b/i.exec(text)?.[1]
  return httpx && isHttpStatus(Number(httpx)) ? Number(httpx) : undefined
}
/** How much of a wrapped error is read for its status: the provider's error opens it. */
const wrappedTextChars = 2_000

/**
 * A Node client's own failure to send (undici `fetch()`: `Failed to parse URL from <input>`, `fetch failed`;
 * `connect ECONNREFUSED`, `getaddrinfo ENOTFOUND`; the WHATWG URL parser's `Invalid URL`), not OpenAI's
 * `Invalid URL (POST /v1/…)`, which is a server's answer to a path.
 */
const clientFailure =
  /\b(?:failed to parse url from|fetch failed|connect econnrefused|getaddrinfo enotfound|invalid url\b(?! \((?:get|post|put|delete|patch)\b))/i

/**
 * A local router or proxy between the client and the gateway (claude-code-router's `createApiError`, which
 * answers any thrown error as a 500 body; the Anthropic-shaped `internal_error` 500 desktop agents' built-in
 * routers send) that failed to reach the address it was given: its 500 only carries the client-side error,
 * which is what the reader must fix, so the 500 is not read as the gateway's answer.
 */
function wrapsClientFailure(status: number | undefined, messages: string[]): boolean {
  return status !== undefined && status >= 500 && messages.some((message) => clientFailure.test(message))
}

function statusFromText(text: string, htmlTitle: string | undefined): StatusRead | undefined {
  if (htmlTitle) {
    const fromTitle = /\b([1-5]\d\d)\b/.exec(htmlTitle)?.[1]
    if (fromTitle) return { status: Number(fromTitle) }
  }
  for (const pattern of statusPatterns) {
    const found = readStatus(pattern.exec(text))
    if (found) return found
  }
  const status = exceptionStatuses.find(([pattern]) => pattern.test(text))?.[1]
  return status === undefined ? undefined : { status }
}

/** Type and code values too generic to tell anything (every error has `type: error`). */
function isNoise(value: string): boolean {
  return ['error', 'null', 'none', 'object', 'undefined', 'string', 'true', 'false'].includes(value)
}

/**
 * Only statuses servers really send (RFC 9110, plus nginx 499 and Cloudflare 520-530), so a port
 * such as `api.example.com:443` is never read as a status.
 */
function isHttpStatus(value: number): boolean {
  if (!Number.isInteger(value)) return false
  return (
    (value >= 200 && value <= 208) ||
    value === 226 ||
    (value >= 300 && value <= 308) ||
    (value >= 400 && value <= 431) ||
    value === 451 ||
    value === 499 ||
    (value >= 500 && value <= 511) ||
    (value >= 520 && value <= 530)
  )
}

function collect(text: string, patterns: RegExp[]): string[] {
  const found = new Set<string>()
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (match[1]) found.add(match[1])
      if (found.size >= 5) return [...found]
    }
  }
  return [...found]
}

function safe<T>(run: () => T, fallback: T): T {
  try {
    return run()
  } catch {
    return fallback
  }
}
