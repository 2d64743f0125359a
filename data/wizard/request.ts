import type { WizardBranch } from '../wizard.schema.ts'

/** The request itself: parameters the model refuses, too long an input, content or region refused. */
export const requestBranch: WizardBranch = {
  questions: {
    'param-words': {
      text: { zh: '400 的提示里出现了下面哪些字眼？', en: 'Which of these words appear in the 400 message?' },
      answers: [
        {
          id: 'tool-words',
          label: { zh: 'tool_calls、tool_use 或 tool_result', en: 'tool_calls, tool_use or tool_result' },
          next: 'tool-call-history',
        },
        {
          id: 'reasoning-words',
          label: {
            zh: 'max_tokens、max_completion_tokens、temperature、reasoning_effort 或 budget_tokens',
            en: 'max_tokens, max_completion_tokens, temperature, reasoning_effort or budget_tokens',
          },
          next: 'reasoning-params',
        },
        {
          id: 'format-words',
          label: { zh: 'response_format 或 json_schema', en: 'response_format or json_schema' },
          next: 'structured-output',
        },
        {
          id: 'other-words',
          label: { zh: '都没有，或者看不懂', en: 'None of these, or I cannot tell' },
          next: 'invalid-parameters',
        },
      ],
    },
  },
  leaves: {
    'tool-call-history': {
      cause: 'bad_request',
      title: {
        zh: '会话里的工具调用和工具结果不成对了，整段历史会被拒绝。',
        en: 'A tool call and its result came apart in the session history, so the whole history is refused.',
      },
      steps: [
        {
          zh: '新开一个会话（编程助手里开新任务），旧会话重试不会好。',
          en: 'Start a new session (a new task in a coding agent); retrying the old one will not help.',
        },
        {
          zh: '自己写代码时，让每个工具结果紧跟在它的工具调用后面，裁剪历史时整对删除。',
          en: 'In your own code, put each tool result right after its call, and trim history in pairs.',
        },
      ],
      articles: ['/troubleshooting/bad-request#tool-calling'],
      connectionTest: { base: false, defaultModel: true },
    },
    'reasoning-params': {
      cause: 'bad_request',
      title: {
        zh: '推理模型不接受旧参数：最大长度、温度或思考预算要换个写法。',
        en: 'Reasoning models refuse the old parameters: the length limit, temperature or thinking budget need another form.',
      },
      steps: [
        {
          zh: 'max_tokens 改成 max_completion_tokens，温度恢复默认或删掉。',
          en: 'Use max_completion_tokens instead of max_tokens, and reset or remove temperature.',
        },
        {
          zh: 'reasoning_effort 改成报错里列出的值；Claude 的思考预算要小于 max_tokens。',
          en: 'Set reasoning_effort to a value the error lists; keep the Claude thinking budget below max_tokens.',
        },
      ],
      articles: ['/troubleshooting/bad-request#reasoning-parameters'],
      connectionTest: { base: false, defaultModel: true },
    },
    'structured-output': {
      cause: 'bad_request',
      title: {
        zh: '这个模型不支持结构化输出（json_schema）。',
        en: 'This model does not support structured output (json_schema).',
      },
      steps: [
        {
          zh: '换一个支持结构化输出的模型，或改用 json_object 并在提示词里要求 JSON。',
          en: 'Switch to a model with structured output, or use json_object and ask for JSON in the prompt.',
        },
        {
          zh: '调用 Responses 接口时，把 response_format 改成 text.format。',
          en: 'On the Responses API, move response_format to text.format.',
        },
      ],
      articles: ['/troubleshooting/bad-request#structured-output'],
      console: 'models',
      connectionTest: { base: false, defaultModel: true },
    },
    'context-too-long': {
      cause: 'context_length',
      title: {
        zh: '对话太长，超出了模型一次能读的上下文长度。',
        en: 'The conversation is too long for the amount of text the model can read at once.',
      },
      steps: [
        {
          zh: '新建一个对话继续，需要的话把要点先总结一下贴进去。',
          en: 'Continue in a new conversation; paste a short summary of what matters if needed.',
        },
        {
          zh: '在应用设置里减少“携带的历史消息数”。',
          en: "Lower the app's setting for how many past messages it sends along.",
        },
        {
          zh: '长文档分段发送，或换一个上下文更长的模型。',
          en: 'Send long documents in parts, or use a model with a longer context window.',
        },
      ],
      articles: ['/troubleshooting/timeouts#long-inputs'],
      connectionTest: { base: false, defaultModel: false },
    },
    'content-blocked': {
      cause: 'content_policy',
      title: {
        zh: '这次的内容被模型服务商的安全策略拦截了，换个说法通常就能继续。',
        en: "The provider's safety policy blocked this content; rewording it usually lets you continue.",
      },
      steps: [
        {
          zh: '改写被拦截的那条消息，去掉可能引起误判的内容。',
          en: 'Rewrite the blocked message without the part that may trigger it.',
        },
        {
          zh: '在新对话里发送，避免旧内容再次触发。',
          en: 'Send it in a new conversation so earlier content does not trigger it again.',
        },
        {
          zh: '确实是误判的话，换一个模型试试，或把原始错误发给客服。',
          en: 'If it is a false alarm, try another model or send the exact error to support.',
        },
      ],
      articles: [],
      connectionTest: { base: false, defaultModel: false },
    },
    'region-not-supported': {
      cause: 'region_blocked',
      title: {
        zh: '请求是从模型服务商不支持的国家或地区发出的。',
        en: "The request comes from a country or region the model's provider does not serve.",
      },
      steps: [
        {
          zh: '如果开着 VPN 或代理，关掉它，或换到支持的地区的节点。',
          en: 'If a VPN or proxy is on, turn it off or switch to a server in a supported region.',
        },
        { zh: '换一个没有地区限制的模型试试。', en: 'Try a model without this restriction.' },
        { zh: '仍然不行就联系客服，附上原始错误。', en: 'If it still fails, contact support with the exact error.' },
      ],
      articles: ['/troubleshooting/network#vpn-and-proxy'],
      connectionTest: { base: false, defaultModel: false },
    },
    'invalid-parameters': {
      cause: 'bad_request',
      title: {
        zh: '应用发出的某个参数这个模型不接受，比如温度、最大长度或图片格式。',
        en: 'The app sends a setting this model does not accept, such as temperature, maximum length or an image format.',
      },
      steps: [
        {
          zh: '把应用的模型参数恢复默认，尤其是“最大输出长度”和“温度”。',
          en: "Reset the app's model settings to default, especially maximum output length and temperature.",
        },
        {
          zh: '不支持图片的模型不要发图片，换一个支持图片的模型。',
          en: 'Do not send images to a model without image support; pick one that has it.',
        },
        {
          zh: '用默认模型运行连接测试：通过的话，问题就在应用的设置里。',
          en: "Run the connection test with the default model: if it passes, the problem is in the app's settings.",
        },
      ],
      articles: ['/guide/clients#openai-sdk'],
      connectionTest: { base: false, defaultModel: true },
    },
  },
}
