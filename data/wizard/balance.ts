import type { WizardBranch } from '../wizard.schema.ts'

/** Money: a top-up still syncing, an empty balance, or the key's own quota used up. */
export const balanceBranch: WizardBranch = {
  questions: {
    'console-balance': {
      text: { zh: '在控制台里看，账户余额还有多少？', en: 'What balance does the console show for your account?' },
      answers: [
        { id: 'zero', label: { zh: '0 或负数', en: 'Zero or negative' }, next: 'top-up' },
        { id: 'positive', label: { zh: '还有余额', en: 'There is money left' }, next: 'key-quota-used' },
      ],
    },
  },
  leaves: {
    'wait-for-sync': {
      cause: 'insufficient_balance',
      title: {
        zh: '充值还没同步到接口：到账后要过几分钟，接口才能用上新余额。',
        en: 'The top-up has not reached the API yet: it takes a few minutes after the payment.',
      },
      steps: [
        {
          zh: '从充值算起等满 {syncPeak} 分钟，期间不用反复重试。',
          en: 'Wait until {syncPeak} minutes have passed since the top-up; no need to keep retrying.',
        },
        { zh: '新建一个对话，再发一条短消息。', en: 'Start a new conversation and send a short message.' },
        {
          zh: '还不行就运行连接测试，它会分别检查密钥、余额和模型。',
          en: 'If it still fails, run the connection test: it checks the key, the balance and the model one by one.',
        },
        {
          zh: '不要清除浏览器数据，那只会丢掉聊天记录，解决不了问题。',
          en: 'Do not clear your browser data: it deletes your chats and fixes nothing.',
        },
      ],
      articles: [
        '/troubleshooting/no-reply-after-recharge#wait-for-sync',
        '/faq/billing#balance-arrival-time',
        '/troubleshooting/no-reply-after-recharge#dont-clear-browser-data',
      ],
      console: 'usage',
      connectionTest: { base: false, defaultModel: false },
    },
    'top-up': {
      cause: 'insufficient_balance',
      title: {
        zh: '账户余额用完了，请求因此被拒绝。',
        en: 'Your account balance is used up, so requests are refused.',
      },
      steps: [
        { zh: '在控制台充值。', en: 'Top up in the console.' },
        {
          zh: '等 {syncTypical}–{syncPeak} 分钟，让余额同步到接口。',
          en: 'Wait {syncTypical}–{syncPeak} minutes for the balance to reach the API.',
        },
        {
          zh: '新建一个对话重试；想确认的话，运行连接测试看余额一项。',
          en: 'Retry in a new conversation; to be sure, run the connection test and look at its balance check.',
        },
      ],
      articles: ['/troubleshooting/balance#check-balance', '/faq/billing#balance-arrival-time'],
      console: 'topUp',
      connectionTest: { base: false, defaultModel: false },
    },
    'key-quota-used': {
      cause: 'insufficient_balance',
      title: {
        zh: '这个密钥自己的额度用完了：密钥可以单独设上限，账户有钱也会被拒。',
        en: 'This key has used up its own limit: a key can have its own cap, even when the account has money.',
      },
      steps: [
        {
          zh: '打开控制台的令牌（密钥）页面，找到这个密钥。',
          en: "Open the console's keys (tokens) page and find this key.",
        },
        {
          zh: '把它的额度调高或设为不限额；也可以新建一个密钥。',
          en: 'Raise its limit or make it unlimited, or create a new key.',
        },
        {
          zh: '如果换了新密钥，用“复制”按钮复制，替换应用里的旧密钥。',
          en: 'If you created a new key, copy it with the copy button and replace the old one in the app.',
        },
        { zh: '运行连接测试确认。', en: 'Run the connection test to confirm.' },
      ],
      articles: ['/troubleshooting/auth#key-quota-exhausted', '/troubleshooting/balance#balance-error-forms'],
      console: 'keys',
      connectionTest: { base: false, defaultModel: false },
    },
  },
}
