import type { WizardBranch } from '../wizard.schema.ts'

/**
 * The hub of “no reply, or an error” (and of “it worked before” once a new chat fails too): what
 * the app shows decides which branch the reader goes on to.
 */
export const noReplyBranch: WizardBranch = {
  questions: {
    topup: {
      text: { zh: '最近充值过吗？', en: 'Did you top up recently?' },
      hint: {
        zh: '充值到账后，余额一般要 {syncTypical} 分钟、高峰期最多 {syncPeak} 分钟才会同步到接口。',
        en: 'A top-up usually takes {syncTypical} minutes to reach the API, up to {syncPeak} at busy times.',
      },
      answers: [
        {
          id: 'just-now',
          label: { zh: '充了，还不到 {syncPeak} 分钟', en: 'Yes, less than {syncPeak} minutes ago' },
          next: 'wait-for-sync',
        },
        {
          id: 'earlier',
          label: { zh: '充了，已经超过 {syncPeak} 分钟', en: 'Yes, more than {syncPeak} minutes ago' },
          next: 'app-shows',
        },
        { id: 'no', label: { zh: '没有充值', en: 'No' }, next: 'app-shows' },
      ],
    },
    'new-chat': {
      text: {
        zh: '新建一个对话再发一次，能收到回复吗？',
        en: 'Start a new conversation and send again: does it reply?',
      },
      answers: [
        {
          id: 'new-works',
          label: { zh: '新对话可以回复', en: 'Yes, the new conversation works' },
          next: 'context-too-long',
        },
        {
          id: 'new-fails',
          label: { zh: '新对话也不回复', en: 'No, the new one fails too' },
          next: 'app-shows',
        },
      ],
    },
    'app-shows': {
      text: { zh: '应用里显示了什么？', en: 'What does the app show?' },
      hint: {
        zh: '看看提示里有没有下面这些字眼或数字，选最接近的一项。',
        en: 'Look for these words or numbers in the message and pick the closest one.',
      },
      answers: [
        {
          id: 'key-rejected',
          label: { zh: '密钥无效、未授权，或出现 401', en: 'The key is invalid or unauthorized, or 401' },
          next: 'key-pasted',
        },
        {
          id: 'no-balance',
          label: { zh: '余额不足、额度用尽，或出现 402', en: 'Balance or quota used up, or 402' },
          next: 'console-balance',
        },
        {
          id: 'model-missing',
          label: {
            zh: '模型不存在、无可用渠道、无权使用该模型',
            en: 'Model not found, no available channel, or model not allowed',
          },
          next: 'model-scope',
        },
        {
          id: 'too-many',
          label: { zh: '请求太频繁，或出现 429', en: 'Too many requests, or 429' },
          next: 'rate-quota-words',
        },
        {
          id: 'server-busy',
          label: {
            zh: '服务繁忙、暂不可用，或出现 500、502、503、504',
            en: 'Service busy or unavailable, or 500, 502, 503, 504',
          },
          next: 'other-model',
        },
        {
          id: 'too-long',
          label: {
            zh: '内容太长、超出上下文长度',
            en: 'The input is too long, or exceeds the context length',
          },
          next: 'context-too-long',
        },
        {
          id: 'flagged',
          label: { zh: '内容违规、被安全策略拦截', en: 'The content was flagged or blocked by a safety policy' },
          next: 'content-blocked',
        },
        {
          id: 'region',
          label: {
            zh: '所在国家或地区不受支持',
            en: 'Your country or region is not supported',
          },
          next: 'region-not-supported',
        },
        {
          id: 'bad-params',
          label: { zh: '参数错误，或出现 400', en: 'Invalid parameter, or 400' },
          next: 'param-words',
        },
        {
          id: 'nothing',
          label: {
            zh: '没有具体提示，只说“网络错误”或一直没反应',
            en: 'Nothing specific: only "network error", or no reaction at all',
          },
          next: 'vpn',
        },
      ],
    },
  },
  leaves: {},
}
