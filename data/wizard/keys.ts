import type { WizardBranch } from '../wizard.schema.ts'

/** The key: pasted wrong, expired, disabled or no longer listed in the console. */
export const keyBranch: WizardBranch = {
  questions: {
    'key-pasted': {
      text: { zh: '密钥是怎么填进应用里的？', en: 'How did you put the key into the app?' },
      answers: [
        {
          id: 'copy-button',
          label: { zh: '在控制台点“复制”按钮后直接粘贴', en: "With the console's copy button, pasted straight in" },
          next: 'key-status',
        },
        {
          id: 'by-hand',
          label: {
            zh: '手动选中复制，或从聊天记录、文档里转贴',
            en: 'Selected it by hand, or copied it from a chat or a document',
          },
          next: 'key-malformed',
        },
      ],
    },
    'key-status': {
      text: {
        zh: '在控制台的令牌（密钥）列表里，这个密钥是什么状态？',
        en: "In the console's list of keys (tokens), what status does this key have?",
      },
      answers: [
        { id: 'enabled', label: { zh: '已启用', en: 'Enabled' }, next: 'key-replace' },
        { id: 'expired', label: { zh: '已过期', en: 'Expired' }, next: 'key-expired' },
        { id: 'disabled', label: { zh: '已禁用', en: 'Disabled' }, next: 'key-disabled' },
        { id: 'quota-used', label: { zh: '额度已用尽', en: 'Quota used up' }, next: 'key-quota-used' },
        { id: 'not-listed', label: { zh: '列表里找不到它', en: 'It is not in the list' }, next: 'key-replace' },
      ],
    },
  },
  leaves: {
    'key-malformed': {
      cause: 'key_format',
      title: {
        zh: '密钥很可能带进了多余的字符：空格、换行、引号、“Bearer ”前缀或全角字符。',
        en: 'The key probably picked up extra characters: a space, a line break, quotes, a "Bearer " prefix or full-width characters.',
      },
      steps: [
        {
          zh: '删掉应用里的密钥，确认输入框是空的。',
          en: 'Delete the key in the app and make sure the field is empty.',
        },
        {
          zh: '在控制台的令牌页面点“复制”按钮，直接粘贴进去，不要手动补改。',
          en: "On the console's keys page, press the copy button and paste straight in; do not edit it by hand.",
        },
        {
          zh: '运行连接测试，它会指出密钥里多出的字符。',
          en: 'Run the connection test: it points out any extra characters in the key.',
        },
      ],
      articles: ['/troubleshooting/auth#header-format', '/faq/security#key-safety'],
      console: 'keys',
      connectionTest: { base: false, defaultModel: false },
    },
    'key-replace': {
      cause: 'invalid_key',
      title: {
        zh: '接口不认这个密钥：它可能已被删除、重置过，或者填的不是这个平台的密钥。',
        en: 'The API does not accept this key: it may have been deleted or reset, or it is not a key from this service.',
      },
      steps: [
        { zh: '在控制台新建一个密钥。', en: 'Create a new key in the console.' },
        {
          zh: '用“复制”按钮复制，替换应用里的旧密钥。',
          en: 'Copy it with the copy button and replace the old key in the app.',
        },
        {
          zh: '确认应用的接口地址也是本平台的地址，别的平台的地址不认我们的密钥。',
          en: "Check the app's base URL points to this service too: another service's address rejects our keys.",
        },
        { zh: '运行连接测试，确认密钥一项通过。', en: 'Run the connection test and check that the key passes.' },
      ],
      articles: ['/troubleshooting/no-reply-after-recharge#regenerate-key', '/faq/security#regenerate-key-effects'],
      console: 'keys',
      connectionTest: { base: true, defaultModel: false },
    },
    'key-expired': {
      cause: 'invalid_key',
      title: { zh: '密钥已过期，过期后的请求都会被拒绝。', en: 'The key has expired, and expired keys are refused.' },
      steps: [
        {
          zh: '在控制台的令牌页面修改这个密钥的过期时间，或新建一个不过期的密钥。',
          en: "On the console's keys page, extend the key's expiry, or create a key that never expires.",
        },
        {
          zh: '如果是新密钥，用“复制”按钮复制，替换应用里的旧密钥。',
          en: 'If it is a new key, copy it with the copy button and replace the old one in the app.',
        },
        { zh: '运行连接测试确认。', en: 'Run the connection test to confirm.' },
      ],
      articles: ['/troubleshooting/auth#expired-key'],
      console: 'keys',
      connectionTest: { base: false, defaultModel: false },
    },
    'key-disabled': {
      cause: 'invalid_key',
      title: {
        zh: '密钥被禁用了，禁用的密钥不能调用任何模型。',
        en: 'The key is disabled, and a disabled key cannot call any model.',
      },
      steps: [
        {
          zh: '在控制台的令牌页面重新启用它；如果不是你自己禁用的，新建一个密钥更稳妥。',
          en: "Enable it again on the console's keys page; if you did not disable it yourself, create a new key instead.",
        },
        {
          zh: '如果换了新密钥，用“复制”按钮复制，替换应用里的旧密钥。',
          en: 'If you created a new key, copy it with the copy button and replace the old one in the app.',
        },
        { zh: '运行连接测试确认。', en: 'Run the connection test to confirm.' },
      ],
      articles: ['/troubleshooting/auth#disabled-key', '/faq/security#key-safety'],
      console: 'keys',
      connectionTest: { base: false, defaultModel: false },
    },
  },
}
