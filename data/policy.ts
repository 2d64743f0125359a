import type { GatewayPolicy } from './gateway.schema.ts'
import type { Locale } from './locale.ts'
import type { LocalizedText } from './locale.ts'

/**
 * What the site says about each operator policy (`policy` in the gateway config), one answer per
 * possible value. Markdown with `{{gw.*}}` tokens, filled like any page text (page-tokens.ts); pages
 * write `{{gw.policy.failedRequests}}` and never state a policy themselves, so a second operator's
 * config changes every such sentence. `unstated` says so plainly and names where to ask.
 */
type Answers<Value extends string> = Record<Value, LocalizedText>

const askSupport = {
  zh: '[问客服](/support/contact#how-to-reach-us)',
  en: '[ask support](/en/support/contact#how-to-reach-us)',
}

export const policyAnswers: {
  balanceExpiry: Answers<'never' | 'months' | 'unstated'>
  invoices: Answers<GatewayPolicy['invoices']>
  failedRequests: Answers<GatewayPolicy['failedRequests']>
  channelRetry: Answers<GatewayPolicy['channelRetry']>
  duplicateMediaTasks: Answers<GatewayPolicy['duplicateMediaTasks']>
  mainlandChina: Answers<GatewayPolicy['mainlandChina']>
  keyOrigin: Answers<GatewayPolicy['keyOrigin']>
} = {
  balanceExpiry: {
    never: {
      zh: '不会。充值的余额没有有效期，用完为止。',
      en: 'No. Topped-up balance has no expiry date; it lasts until you use it.',
    },
    // `{months}` is filled from the config (see policyAnswer).
    months: {
      zh: '会。充值的余额自到账之日起 {months} 个月内有效，到期没用完的部分作废。充值前可以在 [充值页面]({{gw.console.topUp}}) 看到这条说明。',
      en: 'Yes. Topped-up balance is valid for {months} months from the day it arrives; whatever is left after that lapses. The [top-up page]({{gw.console.topUp}}) says so too.',
    },
    unstated: {
      zh: `本站没有写明余额是否有有效期。充值前请看 [充值页面]({{gw.console.topUp}}) 上的说明，或${askSupport.zh}。`,
      en: `This site does not state whether balance expires. Before topping up, read the notes on the [top-up page]({{gw.console.topUp}}), or ${askSupport.en}.`,
    },
  },
  invoices: {
    issued: {
      zh: '可以。通过 [工单]({{gw.support.ticketUrl}}) 或邮件 {{gw.support.email}} 联系客服，写明充值订单号、金额和开票信息（抬头、税号、接收邮箱）。',
      en: 'Yes. Contact support by [ticket]({{gw.support.ticketUrl}}) or email at {{gw.support.email}} with the top-up order number, the amount and your billing details (company name, tax ID, and where to send it).',
    },
    'not-issued': {
      zh: '不能，{{gw.name}} 不开具发票。需要付款记录时，可以在 [充值页面]({{gw.console.topUp}}) 查看每一笔充值订单。',
      en: '{{gw.name}} does not issue invoices. For a record of what you paid, the [top-up page]({{gw.console.topUp}}) lists every top-up order.',
    },
    unstated: {
      zh: '本站没有写明能否开发票。请通过 [工单]({{gw.support.ticketUrl}}) 或邮件 {{gw.support.email}} 问客服，附上充值订单号和金额。',
      en: 'This site does not state whether invoices are issued. Ask support by [ticket]({{gw.support.ticketUrl}}) or email at {{gw.support.email}}, with the top-up order number and amount.',
    },
  },
  failedRequests: {
    'not-billed': {
      zh: '返回错误、没有生成内容的请求不扣费。已经开始生成的内容会按实际产生的 token 计费，比如中途断开的流式输出。',
      en: 'A request that returns an error without generating anything is not billed. Output that was already generated is billed by the tokens produced, as with a stream that breaks off half-way.',
    },
    billed: {
      zh: '可能扣费。请求一旦转给了上游，即使最后返回错误，也按上游已经计入的用量扣费；请求在网关这一层就被拒绝（密钥无效、余额不足）时不扣费。每一笔扣费都能在 [使用记录]({{gw.console.usage}}) 里看到。',
      en: 'It can be. Once a request has been passed upstream it is billed for what the upstream counted, even if it ends in an error; a request the gateway itself refuses (invalid key, no balance) is not. Every charge shows in your [usage log]({{gw.console.usage}}).',
    },
    unstated: {
      zh: `本站没有写明失败的请求是否扣费。每次调用扣没扣费、扣了多少，都能在 [使用记录]({{gw.console.usage}}) 里逐条看到；有疑问把那一条的时间和请求 ID 发给客服，或${askSupport.zh}。`,
      en: `This site does not state whether failed requests are billed. Your [usage log]({{gw.console.usage}}) shows, call by call, whether and how much you were charged; if a line looks wrong, send its time and request ID, or ${askSupport.en}.`,
    },
  },
  duplicateMediaTasks: {
    refunded: {
      zh: '图片和视频任务提交后就在排队处理，重复提交的任务会各扣一次费用；误重复提交的，把两个任务 ID 发给客服，多扣的那一次会退回。任务久久不动时，先看 [不要重复提交](/troubleshooting/media-tasks#dont-resubmit)。',
      en: 'Image and video tasks queue as soon as they are submitted, and each copy of a task submitted twice is charged; send both task IDs to support and the second charge is refunded. When a task seems stuck, first read [don’t resubmit](/en/troubleshooting/media-tasks#dont-resubmit).',
    },
    'not-refunded': {
      zh: '图片和视频任务提交后就在排队处理，重复提交会扣两次费用，多扣的不退。任务久久不动时，先看 [不要重复提交](/troubleshooting/media-tasks#dont-resubmit)。',
      en: 'Image and video tasks queue as soon as they are submitted, so submitting one twice is charged twice, and the second charge is not refunded. When a task seems stuck, first read [don’t resubmit](/en/troubleshooting/media-tasks#dont-resubmit).',
    },
    unstated: {
      zh: '图片和视频任务提交后就在排队处理，重复提交的任务会各扣一次费用；本站没有写明多扣的能否退回，请把任务 ID 发给客服询问。任务久久不动时，先看 [不要重复提交](/troubleshooting/media-tasks#dont-resubmit)。',
      en: 'Image and video tasks queue as soon as they are submitted, and each copy of a task submitted twice is charged; this site does not state whether the second charge is refunded, so send the task IDs to support and ask. When a task seems stuck, first read [don’t resubmit](/en/troubleshooting/media-tasks#dont-resubmit).',
    },
  },
  channelRetry: {
    automatic: {
      zh: '网关会把请求分给当前可用的渠道；某条渠道出错或超时，会自动换一条重试，你不需要改任何设置。',
      en: 'The gateway sends each request to a channel that is up; when one fails or times out, it retries on another by itself, with nothing for you to set.',
    },
    none: {
      zh: '网关会把请求分给当前可用的渠道。某条渠道出错时，这次请求直接返回错误，网关不会替你换一条重试；稍后重发，通常会分到另一条渠道。',
      en: 'The gateway sends each request to a channel that is up. When that channel fails, the request returns the error; the gateway does not retry it elsewhere for you, and sending it again usually lands on another channel.',
    },
    unstated: {
      zh: '网关会把请求分给当前可用的渠道；某条渠道出错时会不会自动换一条重试，本站没有写明，所以请在客户端或代码里保留一两次 [退避重试](/troubleshooting/rate-limits#backoff)。',
      en: 'The gateway sends each request to a channel that is up; whether it retries on another channel when one fails is not stated on this site, so keep one or two [retries with backoff](/en/troubleshooting/rate-limits#backoff) in your app or code.',
    },
  },
  mainlandChina: {
    direct: {
      zh: '不需要。{{gw.apiHost}} 在中国大陆可以直接访问。开着 VPN 或代理反而可能把请求绕远或中途截断；连不上时先关掉它们试一次，见 [VPN 和代理](/troubleshooting/network#vpn-and-proxy)。',
      en: 'No. {{gw.apiHost}} is reachable directly from mainland China. A VPN or proxy can even send requests the long way round or cut them off; if you cannot connect, try once with them off, see [VPNs and proxies](/en/troubleshooting/network#vpn-and-proxy).',
    },
    'proxy-needed': {
      zh: '需要。从中国大陆访问 {{gw.apiHost}} 要经过代理或 VPN：把 {{gw.apiHost}} 加到代理规则里，并让客户端走这个代理，见 [VPN 和代理](/troubleshooting/network#vpn-and-proxy)。',
      en: 'Yes. From mainland China, {{gw.apiHost}} is reached through a proxy or VPN: add {{gw.apiHost}} to your proxy rules and make your app use that proxy, see [VPNs and proxies](/en/troubleshooting/network#vpn-and-proxy).',
    },
    unstated: {
      zh: '本站没有写明从中国大陆能否直连 {{gw.apiHost}}。在 [连接测试](/tools/connection-test) 里分别开着和关掉 VPN 各测一次，哪种能通就用哪种，见 [VPN 和代理](/troubleshooting/network#vpn-and-proxy)。',
      en: 'This site does not state whether {{gw.apiHost}} is reachable directly from mainland China. Run the [connection test](/en/tools/connection-test) once with your VPN on and once with it off, and use whichever works; see [VPNs and proxies](/en/troubleshooting/network#vpn-and-proxy).',
    },
  },
  keyOrigin: {
    'gateway-issued': {
      zh: '不是官方接口。{{gw.name}} 是聚合多家模型厂商的转发服务：你的密钥由 {{gw.name}} 发放，只能和 `{{gw.apiBaseUrl}}` 一起用，填到 OpenAI、Anthropic 等官方地址会报密钥无效；反过来，官方的密钥也不能用在这里。请求经我们的渠道转给模型厂商，所以报错里有时会出现厂商的原话。',
      en: 'It is not the official API. {{gw.name}} is a gateway that passes requests on to many model vendors: your key is issued by {{gw.name}} and works only with `{{gw.apiBaseUrl}}`; at OpenAI’s, Anthropic’s or another vendor’s official address it is rejected as invalid, and an official key does not work here either. Requests reach the vendor through our channels, so an error sometimes quotes the vendor’s own words.',
    },
    'official-upstream': {
      zh: '密钥是模型厂商官方发放的，{{gw.name}} 负责购买和售后；你仍然按本站的说明把接口地址填成 `{{gw.apiBaseUrl}}`，计费和限额按厂商的规则。',
      en: 'The keys are official keys issued by the model vendors; {{gw.name}} buys them for you and supports you. Still set your base URL to `{{gw.apiBaseUrl}}` as this site shows; billing and limits follow the vendor’s rules.',
    },
    unstated: {
      zh: `本站没有写明密钥是否由模型厂商官方发放。能确定的是：密钥要和 \`{{gw.apiBaseUrl}}\` 一起用，报错里出现厂商的原话是正常的。想了解更多，请${askSupport.zh}。`,
      en: `This site does not state whether the keys are official vendor keys. What holds either way: use the key with \`{{gw.apiBaseUrl}}\`, and an error quoting the vendor’s own words is normal. For more, ${askSupport.en}.`,
    },
  },
}

/** What the invoice reply template says: plain text with reply `{placeholders}`, no markdown. */
export const invoiceReply: Answers<GatewayPolicy['invoices']> = {
  issued: {
    zh: '可以开票。请发邮件到 {email}（或提交工单），写明充值订单号、金额和开票信息（抬头、税号、接收邮箱），我们核对后开出。',
    en: 'Yes, we can invoice you. Please email {email} (or open a ticket) with the top-up order number, the amount and your billing details (company name, tax ID, and where to send it), and we will issue it once checked.',
  },
  'not-issued': {
    zh: '抱歉，{name} 不开具发票。需要付款记录的话，充值页面 {topUp} 列有每一笔充值订单。',
    en: 'Sorry, {name} does not issue invoices. For a record of what you paid, the top-up page {topUp} lists every top-up order.',
  },
  unstated: {
    zh: '开票的事需要核对一下：请发邮件到 {email}（或提交工单），写明充值订单号和金额，我们确认后答复你能否开出。',
    en: 'Invoices need a check on our side: please email {email} (or open a ticket) with the top-up order number and amount, and we will tell you whether we can issue one.',
  },
}

export type PolicyField = keyof typeof policyAnswers

/** The answer a page shows for one policy field under a config, in one language (markdown, tokens unfilled). */
export function policyAnswer(policy: GatewayPolicy, field: PolicyField, locale: Locale): string {
  if (field === 'balanceExpiry') {
    const value = policy.balanceExpiry
    if (typeof value === 'object')
      return policyAnswers.balanceExpiry.months[locale].replace('{months}', String(value.months))
    return policyAnswers.balanceExpiry[value][locale]
  }
  const answers = policyAnswers[field] as Record<string, LocalizedText>
  const answer = answers[policy[field] as string]
  if (!answer) throw new Error(`policy.${field}: no answer for ${JSON.stringify(policy[field])}`)
  return answer[locale]
}
