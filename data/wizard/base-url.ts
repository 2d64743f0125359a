import type { WizardBranch } from '../wizard.schema.ts'

/** “I just set up an app and it has never worked”: the base URL's ending, the usual first mistake. */
export const baseUrlBranch: WizardBranch = {
  questions: {
    'base-url-ending': {
      text: {
        zh: '应用里“接口地址 / API 地址 / Base URL”一栏，填的地址是怎么结尾的？',
        en: 'In the app\'s "API address" or "Base URL" field, how does the address end?',
      },
      answers: [
        { id: 'ends-v1', label: { zh: '以 /v1 结尾', en: 'It ends in /v1' }, next: 'app-shows' },
        { id: 'no-v1', label: { zh: '没有 /v1', en: 'There is no /v1' }, next: 'missing-v1' },
        { id: 'v1-twice', label: { zh: '/v1 出现了两次', en: '/v1 appears twice' }, next: 'doubled-v1' },
        {
          id: 'full-path',
          label: { zh: '以 /chat/completions 结尾', en: 'It ends in /chat/completions' },
          next: 'full-endpoint-url',
        },
        {
          id: 'console-address',
          label: { zh: '填的是控制台网页的地址', en: "It is the console's web address" },
          next: 'console-url',
        },
        { id: 'unsure', label: { zh: '不确定', en: 'Not sure' }, next: 'base-url-unsure' },
      ],
    },
  },
  leaves: {
    'base-url-unsure': {
      cause: 'base_url',
      title: {
        zh: '最常见的原因是接口地址填得不对，应用连到了别处或拿到了网页而不是接口回复。',
        en: 'The most common reason is a wrong base URL: the app reaches the wrong place, or gets a web page instead of an API reply.',
      },
      steps: [
        {
          zh: '打开客户端配置指南，找到你用的应用，看它要求的地址写法。',
          en: 'Open the client setup guide, find your app and see which form of the address it wants.',
        },
        {
          zh: '照着指南重新填写接口地址，注意 /v1 的有无。',
          en: 'Enter the base URL again as the guide shows, minding whether it ends in /v1.',
        },
        {
          zh: '运行连接测试，已经替你填好正确的地址。',
          en: 'Run the connection test; it is already filled in with the right address.',
        },
      ],
      articles: ['/guide/quickstart#base-url', '/troubleshooting/base-url#html-instead-of-json'],
      connectionTest: { base: true, defaultModel: false },
    },
    'missing-v1': {
      cause: 'base_url',
      title: {
        zh: '接口地址少了 /v1：多数应用需要带 /v1 的完整地址。',
        en: 'The base URL lacks /v1: most apps need the full address ending in /v1.',
      },
      steps: [
        { zh: '在地址末尾加上 /v1。', en: 'Add /v1 to the end of the address.' },
        {
          zh: '少数应用会自己补 /v1，客户端配置指南里写明了是哪些。',
          en: 'A few apps add /v1 themselves; the client setup guide says which.',
        },
        { zh: '运行连接测试确认地址可用。', en: 'Run the connection test to confirm the address works.' },
      ],
      articles: ['/troubleshooting/base-url#missing-v1', '/guide/clients#cherry-studio', '/guide/clients#nextchat'],
      connectionTest: { base: true, defaultModel: false },
    },
    'doubled-v1': {
      cause: 'base_url',
      title: {
        zh: '地址里 /v1 出现了两次：应用自己又补了一个 /v1。',
        en: 'The address has /v1 twice: the app added another /v1 on its own.',
      },
      steps: [
        { zh: '删掉地址里多出来的那个 /v1。', en: 'Remove the extra /v1 from the address.' },
        {
          zh: '对照客户端配置指南，看你的应用是否会自动补 /v1。',
          en: 'Check in the client setup guide whether your app adds /v1 itself.',
        },
        { zh: '运行连接测试确认。', en: 'Run the connection test to confirm.' },
      ],
      articles: ['/troubleshooting/base-url#doubled-v1', '/guide/clients#cherry-studio'],
      connectionTest: { base: true, defaultModel: false },
    },
    'full-endpoint-url': {
      cause: 'base_url',
      title: {
        zh: '地址填到了 /chat/completions：应用会自己再拼一次，结果地址重复。',
        en: 'The address goes all the way to /chat/completions: the app appends it again, so the path repeats.',
      },
      steps: [
        {
          zh: '把 /chat/completions 删掉，只保留到 /v1。',
          en: 'Remove /chat/completions and keep the address up to /v1.',
        },
        { zh: '保存设置后新建一个对话重试。', en: 'Save the setting and retry in a new conversation.' },
        { zh: '运行连接测试确认。', en: 'Run the connection test to confirm.' },
      ],
      articles: ['/guide/quickstart#base-url'],
      connectionTest: { base: true, defaultModel: false },
    },
    'console-url': {
      cause: 'base_url',
      title: {
        zh: '填的是控制台网页的地址，它返回的是网页，不是接口回复。',
        en: "That is the console's web address: it returns a web page, not an API reply.",
      },
      steps: [
        {
          zh: '把接口地址换成快速开始里写的 API 地址。',
          en: 'Replace it with the API address given in the quickstart.',
        },
        { zh: '保存设置后新建一个对话重试。', en: 'Save the setting and retry in a new conversation.' },
        { zh: '运行连接测试确认。', en: 'Run the connection test to confirm.' },
      ],
      articles: ['/troubleshooting/base-url#console-url', '/guide/quickstart#base-url'],
      connectionTest: { base: true, defaultModel: false },
    },
  },
}
