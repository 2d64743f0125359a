import type { Cause } from '@data/causes.ts'
import type { Locale } from '@data/locale.ts'
import type { BaseUrlProblem } from './base-url.ts'
import type { KeyProblem } from './key-format.ts'

/** The explanations checks write into their results, in each language. */
export interface CheckMessages {
  key: Record<KeyProblem, string> & { pass: (masked: string, length: number) => string; repaired: string }
  url: Record<Exclude<BaseUrlProblem, 'console'>, string> & {
    console: (api: string) => string
    pass: (url: string) => string
    repaired: (url: string) => string
  }
  reached: (status: number, ms: number) => string
  cors: string
  corsWithKey: string
  network: string
  timeout: (seconds: number) => string
  cancelled: string
  notRun: { url: string; key: string; reach: string; auth: string; models: string }
  auth: { pass: (count: number) => string; notList: string; html: string }
  refused: (title: string, status: number) => string
  redirected: (origin: string) => string
  advice: Partial<Record<Cause, string>>
  models: {
    pass: (model: string) => string
    missing: (model: string, count: number) => string
    closest: (names: string) => string
    missingButAnswered: (model: string) => string
    empty: string
    partial: (kib: number) => string
  }
  balance: {
    unlimited: string
    remaining: (remaining: string, total: string) => string
    remainingOnly: (remaining: string) => string
    usedUp: string
    expired: (date: string) => string
    expires: (date: string) => string
    unreadable: (console: string) => string
    quotaUnit: string
  }
  chat: { pass: (ms: number) => string; noChoices: string }
  stream: {
    pass: (firstTokenMs: number, chunks: number) => string
    noDone: string
    buffered: string
    notStream: string
    errorEvent: (title: string) => string
    cut: (chunks: number) => string
    endless: string
  }
}

export const checkMessages = {
  zh: {
    key: {
      pass: (masked, length) => `密钥格式正常：${masked}（${length} 个字符）。`,
      repaired: '本次测试已自动修正；请在你的应用里也改正（到控制台重新复制密钥最稳妥）。',
      whitespace: '密钥前后或中间有空格、换行。',
      quotes: '密钥带了引号。',
      bearer: '密钥前面多了 “Bearer ”，应用会自己加上它。',
      invisible: '密钥里有看不见的字符（零宽空格等），浏览器会拒绝发送。',
      fullwidth: '密钥里有全角字符（中文输入法打出的字母或符号），浏览器会拒绝发送。',
      empty: '请填写 API 密钥。',
      'inner-space': '密钥中间有空格：可能粘贴了两段内容，请到控制台重新复制完整的密钥。',
      'non-ascii': '密钥里有中文或其他非英文字符，这不是有效的密钥，浏览器也无法发送。请重新复制。',
      placeholder: '这是示例里的占位符，不是你的密钥。请到控制台复制真实密钥。',
      prefix: '密钥的开头和本站密钥不同，请确认复制的是本站控制台里的密钥。',
      length: '密钥长度不常见，可能复制得不完整或多复制了内容。',
    },
    url: {
      pass: (url) => `接口地址格式正常：${url}`,
      repaired: (url) => `本次测试使用 ${url}，请把应用里的接口地址也改成它。`,
      'no-scheme': '接口地址缺少 https://，已补上。',
      'missing-v1': '接口地址缺少 /v1，已补上。',
      'double-v1': '接口地址里 /v1 重复了，已去掉一个。',
      'endpoint-suffix': '接口地址不应以 /chat/completions 或 /models 结尾（应用会自己拼上），已去掉。',
      query: '接口地址里的 ? 或 # 之后的部分已去掉。',
      'unusual-path': '接口地址通常以 /v1 结尾；如果下面的检查出现 404，请在末尾加上 /v1。',
      empty: '请填写接口地址。',
      invalid: '这不是一个有效的网址。',
      scheme: '接口地址必须以 http:// 或 https:// 开头。',
      'mixed-content':
        '本页是 https，浏览器会直接拦截发往 http:// 地址的请求。请改用 https 地址，或在终端里用 curl / 命令行测试。',
      console: (api) => `这是控制台网页的地址，不是 API 地址。请填写 ${api}`,
    },
    reached: (status, ms) => `网关有响应（HTTP ${status}，${ms} 毫秒）。`,
    cors: '网关有响应，但浏览器的跨域（CORS）规则不允许本页读取结果。这只影响网页里的调用：桌面应用、SDK 和 curl 不受影响。请复制下面的 curl 命令，或在终端运行命令行测试。',
    corsWithKey:
      '带密钥的请求被浏览器拦截（CORS）：网关的跨域设置不允许 Authorization 请求头，或限流在跨域处理之前就拒绝了请求。请用 curl 或命令行测试确认。',
    network:
      '完全连不上网关：可能是地址写错、DNS 解析失败、代理或 VPN 拦截、证书错误或网络不通。请核对地址、关掉或换一个代理再试，或用 curl 测试。',
    timeout: (seconds) => `${seconds} 秒内没有响应，请求超时。`,
    cancelled: '已取消。',
    notRun: {
      url: '未运行：请先改正接口地址。',
      key: '未运行：请先改正密钥。',
      reach: '未运行：浏览器连不上网关。',
      auth: '未运行：前一步（用密钥获取模型列表）没有成功。',
      models: '未运行：没有拿到模型列表。',
    },
    auth: {
      pass: (count) => `密钥有效，可用模型 ${count} 个。`,
      notList: '网关的回答不是模型列表，接口地址可能指向了别的服务。',
      html: '这个地址返回的是网页而不是 API 的 JSON：接口地址填错了（常见于少了 /v1 或填了控制台网址）。',
    },
    refused: (title, status) => `网关拒绝了请求（HTTP ${status}）：${title}。`,
    redirected: (origin) =>
      `网关把请求重定向到了另一个地址 ${origin}。客户端跨域名重定向时会丢掉密钥（Authorization 头），真实的应用可能因此失败：请在应用里直接填写重定向后的地址，或请网关取消这个重定向。`,
    advice: {
      invalid_key: '到控制台确认密钥未过期、未禁用，必要时重新生成并复制。',
      insufficient_balance: '充值后等一两分钟再试；也检查这个密钥自己的额度上限。',
      model_not_found: '从模型列表里复制准确的模型名。',
      no_channel: '你的分组暂时没有渠道提供这个模型：换一个模型，或联系客服开通。',
      permission: '这个密钥或分组无权使用它：换一个模型，或在控制台调整密钥权限。',
      rate_limit: '请求太频繁：等几秒再试，并在应用里加上退避重试。',
      upstream_unavailable: '上游服务暂时不可用：稍后重试或换一个模型，并查看状态页。',
      gateway_error: '网关内部出错：稍后重试；反复出现请带上请求 ID 联系客服。',
      timeout: '稍后重试；如果总是超时，检查网络或代理。',
      base_url: '核对接口地址：它应以 /v1 结尾，且是 API 地址而不是控制台网址。',
      stream_interrupted: '流式输出中途断开：检查代理或网络，或在应用里暂时关闭流式输出。',
      region_blocked: '当前网络所在地区不被上游支持：换一个网络环境或模型。',
      context_length: '内容超出模型的上下文长度：开启新对话或缩短输入。',
      content_policy: '内容被安全策略拦截：修改输入后再试。',
      bad_request: '请求参数不被接受：检查应用里的模型参数设置。',
    },
    models: {
      pass: (model) => `模型 ${model} 在可用列表里。`,
      missing: (model, count) => `模型 ${model} 不在这个密钥的 ${count} 个可用模型里。`,
      closest: (names) => `最接近的名称：${names}。`,
      missingButAnswered: (model) => `模型 ${model} 不在列表里，但对话请求成功了：列表可能不完整。`,
      empty: '模型列表是空的：这个密钥可能没有开通任何模型。',
      partial: (kib) => `模型列表超过 ${kib} KB，只读取了前面一部分；列表这么长会让一些应用加载很慢。`,
    },
    balance: {
      unlimited: '额度不限。',
      remaining: (remaining, total) => `剩余 ${remaining}，总额 ${total}。`,
      remainingOnly: (remaining) => `剩余 ${remaining}。`,
      usedUp: '额度已用完：请充值，或在控制台提高这个密钥的额度，然后等一两分钟。',
      expired: (date) => `密钥已于 ${date} 过期：请在控制台延长有效期或新建密钥。`,
      expires: (date) => `有效期至 ${date}。`,
      unreadable: (console) => `这个网关不支持用密钥查询余额，请到控制台查看：${console}`,
      quotaUnit: '点',
    },
    chat: {
      pass: (ms) => `对话请求成功，用时 ${ms} 毫秒。`,
      noChoices: '网关返回了 200，但回答里没有内容。',
    },
    stream: {
      pass: (firstTokenMs, chunks) => `流式输出正常：首字 ${firstTokenMs} 毫秒，共 ${chunks} 段，以 [DONE] 结束。`,
      noDone: '流式输出没有以 [DONE] 结束，有些应用会因此一直等待。',
      buffered: '所有内容是在最后一次性到达的：中间的代理或 CDN 可能缓冲了流式输出，应用会像卡住一样。',
      notStream: '请求了流式输出，网关却一次性返回了整段 JSON。',
      errorEvent: (title) => `HTTP 200 的流里出现了错误事件：${title}。`,
      cut: (chunks) => `流式输出在第 ${chunks} 段后中断，没有正常结束。`,
      endless: '流式输出一直没有结束，已停止读取。',
    },
  },
  en: {
    key: {
      pass: (masked, length) => `Key format looks right: ${masked} (${length} characters).`,
      repaired: 'Repaired for this test; fix it in your app too (copying the key again from the console is safest).',
      whitespace: 'The key has spaces or line breaks around or inside it.',
      quotes: 'The key is wrapped in quotes.',
      bearer: 'The key starts with “Bearer ”; your app adds that itself.',
      invisible: 'The key holds invisible characters (zero-width spaces); a browser refuses to send them.',
      fullwidth:
        'The key holds full-width characters (typed with a Chinese input method); a browser refuses to send them.',
      empty: 'Enter your API key.',
      'inner-space':
        'The key has a space in the middle: two things may have been pasted. Copy the whole key again from the console.',
      'non-ascii':
        'The key holds non-Latin characters, so it is not a valid key and a browser cannot send it. Copy it again.',
      placeholder: 'That is the placeholder from an example, not your key. Copy your real key from the console.',
      prefix: 'The key does not start like keys from this gateway; make sure you copied it from this console.',
      length: 'The key has an unusual length; it may be cut off or have something extra.',
    },
    url: {
      pass: (url) => `Base URL looks right: ${url}`,
      repaired: (url) => `Tested with ${url}; put exactly that into your app.`,
      'no-scheme': 'The base URL had no https://; added.',
      'missing-v1': 'The base URL was missing /v1; added.',
      'double-v1': 'The base URL had /v1 twice; removed one.',
      'endpoint-suffix': 'A base URL must not end in /chat/completions or /models (apps add it); removed.',
      query: 'Removed the part after ? or #.',
      'unusual-path': 'Base URLs usually end in /v1; if the checks below get 404, add /v1.',
      empty: 'Enter the base URL.',
      invalid: 'That is not a valid web address.',
      scheme: 'The base URL must start with http:// or https://.',
      'mixed-content':
        'This page is https, so the browser blocks any request to an http:// address. Use the https address, or test with curl or the command line.',
      console: (api) => `That is the console's web address, not the API. Use ${api}`,
    },
    reached: (status, ms) => `The gateway answered (HTTP ${status}, ${ms} ms).`,
    cors: 'The gateway answered, but its CORS rules do not let this page read the answer. Only web pages are affected: desktop apps, SDKs and curl are not. Copy the curl commands below or run the command-line test.',
    corsWithKey:
      'The browser blocked the request carrying the key (CORS): the gateway does not allow the Authorization header, or its rate limiter answered before CORS. Confirm with curl or the command-line test.',
    network:
      'The gateway cannot be reached at all: a wrong address, DNS, a proxy or VPN, a TLS certificate, or no network. Check the address, try without the proxy, or test with curl.',
    timeout: (seconds) => `No answer within ${seconds} s: the request timed out.`,
    cancelled: 'Cancelled.',
    notRun: {
      url: 'Not run: fix the base URL first.',
      key: 'Not run: fix the key first.',
      reach: 'Not run: the browser cannot reach the gateway.',
      auth: 'Not run: the step before it (the model list with your key) did not succeed.',
      models: 'Not run: no model list.',
    },
    auth: {
      pass: (count) => `Key accepted; ${count} models available.`,
      notList: 'The answer is not a model list; the base URL may point at another service.',
      html: 'This address answers with a web page, not the API’s JSON: the base URL is wrong (usually a missing /v1 or the console’s address).',
    },
    refused: (title, status) => `The gateway refused the request (HTTP ${status}): ${title}.`,
    redirected: (origin) =>
      `The gateway redirected the request to another origin, ${origin}. Clients drop the key (the Authorization header) on a redirect to another origin, so real apps may fail: put the address it redirects to in your app, or ask the gateway to stop redirecting.`,
    advice: {
      invalid_key: 'Check in the console that the key is not expired or disabled; regenerate and copy it if needed.',
      insufficient_balance: 'Top up, wait a minute or two, retry; also check this key’s own quota limit.',
      model_not_found: 'Copy the exact model name from the model list.',
      no_channel: 'No channel serves this model for your group right now: pick another model or ask support.',
      permission: 'This key or group may not use it: pick another model or change the key’s permissions.',
      rate_limit: 'Too many requests: wait a few seconds and add backoff to your app.',
      upstream_unavailable: 'The provider is briefly unavailable: retry later or switch models; see the status page.',
      gateway_error: 'The gateway failed: retry later; if it repeats, contact support with the request id.',
      timeout: 'Retry later; if it always times out, check your network or proxy.',
      base_url: 'Check the base URL: it ends in /v1 and is the API’s address, not the console’s.',
      stream_interrupted:
        'The stream broke off: check your proxy or network, or turn streaming off in your app for now.',
      region_blocked: 'The provider does not serve your network’s region: use another network or model.',
      context_length: 'Too long for the model’s context window: start a new conversation or shorten the input.',
      content_policy: 'Blocked by the content policy: change the input and retry.',
      bad_request: 'A parameter was refused: check your app’s model settings.',
    },
    models: {
      pass: (model) => `Model ${model} is available.`,
      missing: (model, count) => `Model ${model} is not among the ${count} models this key may use.`,
      closest: (names) => `Closest names: ${names}.`,
      missingButAnswered: (model) =>
        `Model ${model} is not listed, yet the chat request worked: the list may be incomplete.`,
      empty: 'The model list is empty: this key may have no models enabled.',
      partial: (kib) =>
        `The model list is longer than ${kib} KB; only its start was read. Lists this long make some apps load slowly.`,
    },
    balance: {
      unlimited: 'Unlimited quota.',
      remaining: (remaining, total) => `${remaining} left of ${total}.`,
      remainingOnly: (remaining) => `${remaining} left.`,
      usedUp: 'The quota is used up: top up or raise this key’s limit in the console, then wait a minute or two.',
      expired: (date) => `The key expired on ${date}: extend it or create a new one in the console.`,
      expires: (date) => `Valid until ${date}.`,
      unreadable: (console) => `This gateway does not show the balance to a key; check it in the console: ${console}`,
      quotaUnit: 'points',
    },
    chat: {
      pass: (ms) => `Chat request answered in ${ms} ms.`,
      noChoices: 'The gateway answered 200, but with no reply in it.',
    },
    stream: {
      pass: (firstTokenMs, chunks) =>
        `Streaming works: first token after ${firstTokenMs} ms, ${chunks} chunks, ended with [DONE].`,
      noDone: 'The stream did not end with [DONE]; some apps keep waiting for it.',
      buffered:
        'Everything arrived at once at the end: a proxy or CDN in between may buffer the stream, so apps look frozen.',
      notStream: 'A stream was asked for, but the gateway sent the whole answer as one JSON.',
      errorEvent: (title) => `An error event arrived inside an HTTP 200 stream: ${title}.`,
      cut: (chunks) => `The stream broke off after ${chunks} chunks without finishing.`,
      endless: 'The stream never ended; stopped reading it.',
    },
  },
} satisfies Record<Locale, CheckMessages>
