import type { WizardBranch } from '../wizard.schema.ts'

/**
 * “The reply starts, then stops halfway”: a proxy holding the stream back, an error mid-way, a
 * dropped connection.
 */
export const streamBranch: WizardBranch = {
  questions: {
    'cutoff-network': {
      text: {
        zh: '你在用 VPN、代理，或者公司、学校的网络吗？',
        en: 'Are you on a VPN, a proxy, or a company or school network?',
      },
      answers: [
        { id: 'proxy-yes', label: { zh: '是', en: 'Yes' }, next: 'stream-proxy' },
        { id: 'proxy-no', label: { zh: '不是', en: 'No' }, next: 'cutoff-error' },
      ],
    },
    'cutoff-error': {
      text: { zh: '回复停下时，有没有显示错误？', en: 'When the reply stops, does an error appear?' },
      answers: [
        {
          id: 'error-shown',
          label: { zh: '有，停下的地方出现了错误', en: 'Yes, an error appears where it stopped' },
          next: 'stream-error',
        },
        { id: 'no-error', label: { zh: '没有，就是停住了', en: 'No, it just stops' }, next: 'stream-dropped' },
      ],
    },
  },
  leaves: {
    'stream-proxy': {
      cause: 'stream_interrupted',
      title: {
        zh: '代理或公司网络会缓冲或掐断长时间的流式连接，回复因此中断。',
        en: 'The proxy or company network buffers or cuts long streaming connections, so the reply stops.',
      },
      steps: [
        { zh: '换一个网络，或关掉代理再试。', en: 'Try another network, or turn the proxy off.' },
        {
          zh: '不行的话，在应用里关闭“流式输出”，回复会一次性出现。',
          en: 'If that is not possible, turn off streaming in the app: the reply then arrives all at once.',
        },
        {
          zh: '运行连接测试，它会单独检查流式输出。',
          en: 'Run the connection test: it checks streaming on its own.',
        },
      ],
      articles: ['/troubleshooting/streaming#buffering-proxy', '/troubleshooting/network#vpn-and-proxy'],
      connectionTest: { base: false, defaultModel: false },
    },
    'stream-error': {
      cause: 'stream_interrupted',
      title: {
        zh: '回复途中出了错，错误信息夹在回复里送达，常见原因是中途余额用完或上游断开。',
        en: 'Something failed mid-reply and the error arrived inside the reply; often the balance ran out or the provider dropped.',
      },
      steps: [
        {
          zh: '读一下停下处的错误文字；提到余额或额度，就先充值。',
          en: 'Read the error where it stopped; if it mentions balance or quota, top up first.',
        },
        { zh: '新建一个对话重试一次。', en: 'Retry once in a new conversation.' },
        {
          zh: '反复出现就换一个模型，并把错误原文发给客服。',
          en: 'If it keeps happening, switch models and send the exact error to support.',
        },
      ],
      articles: ['/troubleshooting/streaming#error-inside-stream', '/troubleshooting/balance#balance-error-forms'],
      connectionTest: { base: false, defaultModel: false },
    },
    'stream-dropped': {
      cause: 'stream_interrupted',
      title: {
        zh: '流式连接中途断了，没有留下错误：多半是应用的超时设置太短或网络抖动。',
        en: 'The streaming connection dropped without an error: usually an app timeout that is too short, or an unstable network.',
      },
      steps: [
        {
          zh: '在应用设置里调长请求超时时间（比如 120 秒以上）。',
          en: "Raise the app's request timeout (120 seconds or more, for example).",
        },
        { zh: '让模型分段回答，或请它“继续”。', en: 'Ask for the answer in parts, or ask the model to "continue".' },
        {
          zh: '运行连接测试，看流式输出一项是否通过。',
          en: 'Run the connection test and see whether its streaming check passes.',
        },
      ],
      articles: ['/troubleshooting/timeouts#client-timeout-settings'],
      connectionTest: { base: false, defaultModel: false },
    },
  },
}
