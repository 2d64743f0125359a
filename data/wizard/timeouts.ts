import type { WizardBranch } from '../wizard.schema.ts'

/** “It keeps loading, then times out”: a long input, or every model slow (then the network branch). */
export const timeoutBranch: WizardBranch = {
  questions: {
    'input-size': {
      text: {
        zh: '这次发的内容长吗？比如长文档、很长的聊天记录或多张图片',
        en: 'Is what you send long? A long document, a long chat history or several images',
      },
      answers: [
        { id: 'long-input', label: { zh: '挺长的', en: 'Yes, quite long' }, next: 'long-input-timeout' },
        { id: 'short-input', label: { zh: '不长，就一两句话', en: 'No, a sentence or two' }, next: 'slow-every-model' },
      ],
    },
    'slow-every-model': {
      text: { zh: '换一个模型，也一样转圈吗？', en: 'Does another model keep loading too?' },
      answers: [
        { id: 'only-this-slow', label: { zh: '只有这个模型慢', en: 'Only this model' }, next: 'model-busy' },
        { id: 'all-slow', label: { zh: '所有模型都一样', en: 'Every model' }, next: 'vpn' },
      ],
    },
  },
  leaves: {
    'long-input-timeout': {
      cause: 'timeout',
      title: {
        zh: '内容越长，模型处理越久，超过了应用等待的时间。',
        en: 'The longer the input, the longer the model takes, and it ran past the time the app waits.',
      },
      steps: [
        {
          zh: '在应用设置里把请求超时调长，比如 300 秒。',
          en: "Raise the app's request timeout, to 300 seconds for example.",
        },
        {
          zh: '把长文档拆成几段分别发送。',
          en: 'Split the long document into parts and send them one at a time.',
        },
        {
          zh: '打开应用的“流式输出”，回复会边生成边显示，不容易超时。',
          en: 'Turn on streaming in the app: the reply shows as it is written and times out less.',
        },
      ],
      articles: ['/troubleshooting/timeouts#long-inputs', '/troubleshooting/timeouts#client-timeout-settings'],
      connectionTest: { base: false, defaultModel: false },
    },
  },
}
