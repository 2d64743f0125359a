import type { ReplyTemplate } from './reply-templates.schema.ts'

/**
 * Replies support staff paste into tickets (shown on /support/playbook). Each ends with a link
 * to the section that answers the ticket; the widget adds it with the site's address.
 */
export const replyTemplates: ReplyTemplate[] = [
  {
    id: 'recharge-not-arrived',
    title: { zh: '刚充值，接口仍报余额不足', en: 'Just topped up, API still says no balance' },
    text: {
      zh: '充值已经到账，只是同步到接口需要一点时间：通常 {syncTypical} 分钟，高峰期最多 {syncPeak} 分钟。请等满 {syncPeak} 分钟后再试一次，期间不用重复支付。如果之后还是不行，请按下面链接里的步骤跑一次连接测试，把报告发给我们。',
      en: 'Your payment has arrived; it just takes a moment to reach the API: usually {syncTypical} minutes, up to {syncPeak} at peak times. Please wait the full {syncPeak} minutes and try again, and there is no need to pay twice. If it still fails after that, run the connection test as described at the link below and send us its report.',
    },
    link: '/faq/billing#balance-arrival-time',
  },
  {
    id: 'no-reply-after-recharge',
    title: { zh: '充值后 AI 还是不回复', en: 'Topped up, AI still does not reply' },
    text: {
      zh: '我们按这个顺序排查：先跑一次连接测试，它会告诉你是密钥、地址、余额还是模型的问题。请不要清除浏览器数据，那样会丢掉聊天记录，也解决不了问题。测试报告里的密钥已自动打码，可以直接发给我们。',
      en: "Let's go step by step: first run the connection test, which tells you whether the key, the address, the balance or the model is at fault. Please don't clear your browser data; it deletes your chat history and fixes nothing. The test report masks your key, so you can send it to us as it is.",
    },
    link: '/troubleshooting/no-reply-after-recharge#run-connection-test',
  },
  {
    id: 'invalid-key',
    title: { zh: '401：密钥无效', en: '401: invalid key' },
    text: {
      zh: '401 表示网关没认出这个密钥：可能填错了、已被删除或禁用。请到控制台的密钥页面（{keys}）确认它还在、是启用状态，再重新复制粘贴一次。',
      en: 'A 401 means the gateway did not recognise the key: it may be mistyped, deleted or disabled. Please check on the keys page ({keys}) that it still exists and is enabled, then copy and paste it again.',
    },
    link: '/troubleshooting/auth#invalid-key',
  },
  {
    id: 'key-format',
    title: { zh: '密钥多了空格、引号或 Bearer', en: 'Key pasted with a space, quote or Bearer' },
    text: {
      zh: '从报错看，密钥前后多了字符。密钥应以 {keyPrefix} 开头，前后不能有空格、换行、引号，也不要自己加 “Bearer ”。请删掉整个输入框里的内容，从控制台重新复制一次。',
      en: 'From the error, there are extra characters around your key. It should start with {keyPrefix}, with no spaces, line breaks or quotes around it, and no "Bearer " added by hand. Please clear the field completely and copy the key from the console again.',
    },
    link: '/troubleshooting/auth#key-format',
  },
  {
    id: 'insufficient-balance',
    title: { zh: '余额或额度不足', en: 'Balance or quota used up' },
    text: {
      zh: '这次是余额或密钥额度用完了。请先看控制台的余额；如果余额还有，可能是这个密钥单独设置的额度上限到了，可以在密钥页面调高。充值在这里：{topUp}。',
      en: "This time the balance or the key's quota ran out. Please check your balance in the console first; if there is money left, the key may have hit its own spending cap, which you can raise on the keys page. You can top up here: {topUp}.",
    },
    link: '/troubleshooting/balance#insufficient-balance',
  },
  {
    id: 'model-not-found',
    title: { zh: '模型名称不存在', en: 'Model name not found' },
    text: {
      zh: '请求里的模型名和我们的列表对不上。模型名要一字不差，建议直接从模型页面（{models}）复制，不要手打或用客户端自动补全的名字。',
      en: 'The model name in your request does not match our list. It has to match exactly, so please copy it from the models page ({models}) rather than typing it or using a name your app filled in.',
    },
    link: '/troubleshooting/model-not-found#wrong-model-name',
  },
  {
    id: 'no-channel',
    title: { zh: '当前分组无可用渠道（503）', en: 'No available channel for your group (503)' },
    text: {
      zh: '这个 503 不是故障：你的分组里暂时没有能提供这个模型的渠道。请先换一个列表里的模型试试；如果一定要用这个模型，告诉我们你的密钥前 8 位，我们帮你看分组设置。',
      en: "This 503 is not an outage: no channel in your group serves that model right now. Please try another model from the list first; if you need this one, send us the first 8 characters of your key and we will check your group's settings.",
    },
    link: '/troubleshooting/model-not-found#no-available-channel',
  },
  {
    id: 'rate-limited',
    title: { zh: '429：请求过于频繁', en: '429: too many requests' },
    text: {
      zh: '你的请求频率超过了限制。请降低并发，失败后等几秒再重试，每次失败把等待时间加倍。翻译插件请把每秒请求数调低。',
      en: 'Your requests went over the rate limit. Please lower the concurrency and wait a few seconds before retrying, doubling the wait after each failure. For translation plugins, lower the requests-per-second setting.',
    },
    link: '/troubleshooting/rate-limits#too-many-requests',
  },
  {
    id: 'upstream-outage',
    title: { zh: '上游故障（502/503/504）', en: 'Provider outage (502/503/504)' },
    text: {
      zh: '这段时间这个模型的上游厂商不稳定，不是你的设置问题。我们在跟进，进展会发在状态页上，下面的链接里有入口。请稍后重试，或先换一个模型。',
      en: 'The provider behind this model has been unstable; nothing is wrong with your setup. We are on it and post updates on the status page, linked from the page below. Please retry a little later, or switch to another model for now.',
    },
    link: '/troubleshooting/service-unavailable#upstream-unavailable',
  },
  {
    id: 'doubled-v1',
    title: { zh: '地址里多了一个 /v1', en: 'Base URL has /v1 twice' },
    text: {
      zh: '报错里的地址有两个 /v1，说明客户端自己会补 /v1，而你填的地址里也带了。请把接口地址改成 {apiOrigin} 再试。',
      en: 'The address in the error has /v1 twice: your app adds /v1 by itself and the address you entered has it too. Please change the base URL to {apiOrigin} and try again.',
    },
    link: '/troubleshooting/base-url#doubled-v1',
  },
  {
    id: 'client-setup',
    title: { zh: '客户端地址怎么填', en: 'What to enter in an app' },
    text: {
      zh: '不同客户端对接口地址的要求不一样：多数填 {apiBaseUrl}，NextChat、Cherry Studio 这类会自己补 /v1 的只填 {apiOrigin}。下面的表格列出了常见客户端各自的填法。',
      en: 'Apps differ in what they want as the base URL: most take {apiBaseUrl}, while NextChat, Cherry Studio and others that add /v1 themselves take just {apiOrigin}. The table at the link below lists what each common app needs.',
    },
    link: '/guide/clients#overview',
  },
  {
    id: 'ask-for-details',
    title: { zh: '请用户补充信息', en: 'Ask for details' },
    text: {
      zh: '为了帮你查到这次调用，请补充：出错时间（精确到分钟）、模型名、状态码、完整的报错原文、请求 ID，以及连接测试的报告。密钥只需要前 8 位，请不要发完整密钥。',
      en: 'To find this call on our side, please send: the time it failed (to the minute), the model name, the status code, the full error message, the request ID, and the connection test report. We only need the first 8 characters of your key; please never send the whole key.',
    },
    link: '/support/contact#what-to-prepare',
  },
  {
    id: 'full-key-posted',
    title: { zh: '用户发来了完整密钥', en: 'User sent a full key' },
    text: {
      zh: '你发来的消息里有完整的密钥。为了安全，请现在就到密钥页面（{keys}）禁用它并新建一个，再把新密钥换到你的应用里。以后联系我们只需要前 8 位。',
      en: 'Your message contains a full key. To be safe, please disable it now on the keys page ({keys}), create a new one, and put the new key into your apps. Next time, the first 8 characters are all we need.',
    },
    link: '/faq/security#key-leaked',
  },
  {
    id: 'regenerate-effects',
    title: { zh: '重新生成密钥后别的应用坏了', en: 'Other apps broke after regenerating' },
    text: {
      zh: '重新生成密钥后，旧密钥会立刻失效，所有还在用旧密钥的应用都会报 401。请把新密钥逐个换到这些应用里；以后每个应用单独建一个密钥，就不会互相影响。',
      en: 'Regenerating a key stops the old one at once, so every app still using it gets 401 errors. Please put the new key into each of those apps; with one key per app from now on, replacing one never breaks the others.',
    },
    link: '/faq/security#regenerate-key-effects',
  },
  {
    id: 'media-task-queued',
    title: { zh: '图片/视频任务卡住，别重复提交', en: 'Image/video task stuck: do not resubmit' },
    text: {
      zh: '任务还在排队处理中，重新提交会再扣一次费用。请用原来的任务 ID 查询进度；超过页面里说的时间仍没结果，把任务 ID 发给我们。',
      en: 'The task is still queued, and submitting it again would charge you twice. Please check its progress with the original task ID; if there is still no result after the time given at the link, send us the task ID.',
    },
    link: '/troubleshooting/media-tasks#dont-resubmit',
  },
  {
    id: 'context-length',
    title: { zh: '对话太长，超出上下文', en: 'Conversation too long for the context window' },
    text: {
      zh: '这次的对话加上历史记录超出了模型能处理的长度。最简单的办法是新开一个对话；也可以在客户端里减少附带的历史消息条数，或换一个上下文更长的模型。',
      en: "This conversation, with its history, is longer than the model can handle. The simplest fix is to start a new chat; you can also send fewer past messages in your app's settings, or pick a model with a longer context window.",
    },
    link: '/troubleshooting/bad-request#context-length',
  },
  {
    id: 'invoice',
    title: { zh: '申请发票', en: 'Invoice request' },
    text: {
      zh: '{invoiceAnswer}',
      en: '{invoiceAnswer}',
    },
    link: '/faq/billing#invoices',
  },
]
