import type { Locale } from '@data/locale.ts'
import { protocolMessages } from './protocol-messages.ts'
import type { CheckId, CheckStatus } from './types.ts'

/** Every label the tester's page, report and command line show, in each language. */
export interface UiMessages {
  checkTitle: Record<CheckId, string>
  status: Record<CheckStatus, string>
  form: {
    label: string
    baseUrl: string
    baseUrlHint: string
    apiKey: string
    apiKeyHint: string
    model: string
    modelHint: string
    show: string
    hide: string
    remember: string
    rememberWarning: string
    forget: string
    forgotten: string
    run: string
    running: string
    /** On the run button while the tester's code is still downloading (its fields are disabled). */
    loading: string
    cancel: string
    badTimeout: (given: string, seconds: number) => string
    keyInUrlRemoved: string
    secretInBaseRemoved: string
  }
  results: {
    heading: string
    timeline: string
    verdictOk: string
    verdictFail: (title: string) => string
    howToFix: string
    cancelled: string
    serverSaid: string
    errorEntry: string
    curl: string
    copy: string
    copied: string
    copyFailed: string
    copyReport: string
    unreachableTitle: string
    unreachableBody: string
    cliIntro: string
    crashed: string
    httpStatus: string
    requestId: string
  }
  report: {
    /** `：` in Chinese, `: ` in English. */
    colon: string
    title: string
    time: string
    baseUrl: string
    model: string
    client: string
    key: string
    verdict: string
    verdictOk: string
    checks: string
    durationMs: (ms: number) => string
  }
}

export const uiMessages = {
  zh: {
    checkTitle: {
      'key-format': '密钥格式',
      'base-url': '接口地址',
      reach: '能否连上网关',
      auth: '密钥验证',
      models: '模型是否可用',
      balance: '余额',
      chat: '对话请求',
      stream: '流式输出',
      ...protocolMessages.zh.checkTitle,
    },
    status: { pending: '等待', running: '进行中', pass: '通过', warn: '注意', fail: '失败', skip: '跳过' },
    form: {
      label: '连接测试',
      baseUrl: '接口地址（Base URL）',
      baseUrlHint: '填在应用“接口地址”或 base_url 里的那个地址，通常以 /v1 结尾。',
      apiKey: 'API 密钥',
      apiKeyHint: '只在你的浏览器里使用，直接发给上面的接口地址，不经过本站。',
      model: '模型',
      modelHint: '你的应用里填写的模型名称。',
      show: '显示',
      hide: '隐藏',
      remember: '在这台设备上记住密钥',
      rememberWarning:
        '密钥将以明文保存在这个浏览器的本地存储（localStorage）里，用这台电脑的人都可能看到。公用电脑上请不要勾选。',
      forget: '忘记密钥',
      forgotten: '已从这台设备上删除保存的密钥。',
      run: '开始测试',
      running: '测试中…',
      loading: '正在加载测试工具…',
      cancel: '取消',
      badTimeout: (given, seconds) => `链接里的超时时间 “${given}” 无效，已改用 ${seconds} 秒。`,
      keyInUrlRemoved: '链接里带了密钥，已从地址栏删除且没有使用。请不要把密钥放进链接。',
      secretInBaseRemoved:
        '接口地址里带了账号密码或密钥参数（user:pass@、?api_key= 等），已去掉。密钥只填在“API 密钥”一栏。',
    },
    results: {
      heading: '检查结果',
      timeline: '请求时间线',
      verdictOk: '全部正常：网关、密钥、模型和流式输出都可以使用。',
      verdictFail: (title) => `问题出在：${title}`,
      howToFix: '查看解决办法',
      cancelled: '测试已取消。',
      serverSaid: '网关原话',
      errorEntry: '错误速查条目',
      curl: '同样的请求（curl）',
      copy: '复制',
      copied: '已复制',
      copyFailed: '复制失败，请手动选中复制。',
      copyReport: '复制报告（发给客服）',
      unreachableTitle: '浏览器连不上这个网关',
      unreachableBody:
        '这不一定代表你的应用也连不上：下面的命令在终端里运行，不受浏览器限制。把 $API_KEY 换成你的密钥，或先执行 export API_KEY=你的密钥。',
      cliIntro: '或者在项目目录里运行完整的命令行测试：',
      crashed: '测试意外中断，你填写的内容都还在，请再试一次。',
      httpStatus: 'HTTP',
      requestId: '请求 ID',
    },
    report: {
      colon: '：',
      title: '连接测试报告',
      time: '时间',
      baseUrl: '接口地址',
      model: '模型',
      client: '浏览器',
      key: '密钥（仅前 8 位）',
      verdict: '结论',
      verdictOk: '全部正常',
      checks: '各项检查',
      durationMs: (ms) => `${ms} 毫秒`,
    },
  },
  en: {
    checkTitle: {
      'key-format': 'Key format',
      'base-url': 'Base URL',
      reach: 'Gateway reachable',
      auth: 'Key accepted',
      models: 'Model available',
      balance: 'Balance',
      chat: 'Chat request',
      stream: 'Streaming',
      ...protocolMessages.en.checkTitle,
    },
    status: { pending: 'waiting', running: 'running', pass: 'pass', warn: 'warning', fail: 'fail', skip: 'skipped' },
    form: {
      label: 'Connection test',
      baseUrl: 'Base URL',
      baseUrlHint: 'What your app calls “API address” or base_url; it usually ends in /v1.',
      apiKey: 'API key',
      apiKeyHint: 'Used only in your browser and sent straight to the base URL above, never to this site.',
      model: 'Model',
      modelHint: 'The model name your app uses.',
      show: 'Show',
      hide: 'Hide',
      remember: 'Remember the key on this device',
      rememberWarning:
        'The key will be stored as plain text in this browser’s localStorage, where anyone using this computer can read it. Do not tick this on a shared computer.',
      forget: 'Forget key',
      forgotten: 'The saved key was removed from this device.',
      run: 'Run test',
      running: 'Testing…',
      loading: 'Loading the tester…',
      cancel: 'Cancel',
      badTimeout: (given, seconds) => `The link’s timeout “${given}” is not valid; using ${seconds} s.`,
      keyInUrlRemoved:
        'The link held a key; it was removed from the address bar and not used. Never put a key in a link.',
      secretInBaseRemoved:
        'The base URL held credentials or a key parameter (user:pass@, ?api_key=…); they were removed. The key goes only in the API key field.',
    },
    results: {
      heading: 'Results',
      timeline: 'Request timeline',
      verdictOk: 'All good: the gateway, key, model and streaming all work.',
      verdictFail: (title) => `The problem: ${title}`,
      howToFix: 'How to fix it',
      cancelled: 'Test cancelled.',
      serverSaid: 'The gateway said',
      errorEntry: 'Error reference entry',
      curl: 'The same request (curl)',
      copy: 'Copy',
      copied: 'Copied',
      copyFailed: 'Copy failed; select the text and copy it by hand.',
      copyReport: 'Copy report (for support)',
      unreachableTitle: 'This browser cannot reach the gateway',
      unreachableBody:
        'That does not mean your app cannot: these commands run in a terminal, outside the browser’s rules. Replace $API_KEY with your key, or run export API_KEY=your-key first.',
      cliIntro: 'Or run the full test from the command line in the project folder:',
      crashed: 'The test stopped unexpectedly; everything you typed is still here. Please try again.',
      httpStatus: 'HTTP',
      requestId: 'Request id',
    },
    report: {
      colon: ': ',
      title: 'Connection test report',
      time: 'Time',
      baseUrl: 'Base URL',
      model: 'Model',
      client: 'Browser',
      key: 'Key (first 8 characters only)',
      verdict: 'Verdict',
      verdictOk: 'All good',
      checks: 'Checks',
      durationMs: (ms) => `${ms} ms`,
    },
  },
} satisfies Record<Locale, UiMessages>
