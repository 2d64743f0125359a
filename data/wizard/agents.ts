import type { WizardBranch } from '../wizard.schema.ts'

/** Coding agents, workflow tools and SDK code: each wants the address in its own form. */
export const agentBranch: WizardBranch = {
  questions: {
    'agent-tool': {
      text: { zh: '你用的是哪一个？', en: 'Which one do you use?' },
      hint: {
        zh: '它们对地址的要求不同：有的要带 /v1，有的不能带。',
        en: 'They want the address in different forms: some with /v1, some without.',
      },
      answers: [
        { id: 'claude-code', label: { zh: 'Claude Code（命令行）', en: 'Claude Code' }, next: 'agent-claude-code' },
        { id: 'codex', label: { zh: 'Codex CLI（命令行）', en: 'Codex CLI' }, next: 'agent-codex' },
        { id: 'gemini-cli', label: { zh: 'Gemini CLI（命令行）', en: 'Gemini CLI' }, next: 'agent-gemini-cli' },
        { id: 'cursor', label: { zh: 'Cursor 编辑器', en: 'Cursor' }, next: 'agent-cursor' },
        {
          id: 'cline',
          label: { zh: 'Cline 或 Roo Code（VS Code 插件）', en: 'Cline or Roo Code (VS Code extensions)' },
          next: 'agent-cline',
        },
        {
          id: 'workflow',
          label: { zh: 'Dify、n8n 等工作流工具', en: 'Dify, n8n or another workflow tool' },
          next: 'agent-workflow',
        },
        {
          id: 'own-code',
          label: { zh: '自己写的代码（OpenAI SDK、LangChain 等）', en: 'My own code (OpenAI SDKs, LangChain…)' },
          next: 'agent-own-code',
        },
        {
          id: 'chat-app',
          label: { zh: '聊天客户端或浏览器插件', en: 'A chat app or a browser extension' },
          next: 'agent-chat-app',
        },
      ],
    },
  },
  leaves: {
    'agent-claude-code': {
      cause: 'base_url',
      title: {
        zh: 'Claude Code 的地址不能带 /v1，密钥放在 ANTHROPIC_AUTH_TOKEN 里。',
        en: 'Claude Code wants the address without /v1, and the key in ANTHROPIC_AUTH_TOKEN.',
      },
      steps: [
        {
          zh: '把 ANTHROPIC_BASE_URL 设成不带 /v1 的地址（见下方文章里的值）。',
          en: 'Set ANTHROPIC_BASE_URL to the address without /v1 (the value is in the article below).',
        },
        {
          zh: '把密钥放进 ANTHROPIC_AUTH_TOKEN，删掉同时设置的 ANTHROPIC_API_KEY。',
          en: 'Put the key in ANTHROPIC_AUTH_TOKEN and remove ANTHROPIC_API_KEY if both are set.',
        },
        {
          zh: '把 ANTHROPIC_MODEL 和 ANTHROPIC_DEFAULT_HAIKU_MODEL 设成模型页上有的名字，重启 claude 后用 /status 核对。',
          en: 'Set ANTHROPIC_MODEL and ANTHROPIC_DEFAULT_HAIKU_MODEL to names from the models page, restart claude and check with /status.',
        },
      ],
      articles: ['/troubleshooting/base-url#agent-base-url', '/agents/claude-code#base-url', '/agents/claude-code#key'],
      console: 'models',
      connectionTest: { base: false, defaultModel: false },
    },
    'agent-codex': {
      cause: 'base_url',
      title: {
        zh: 'Codex 要在 config.toml 里加一个服务商：地址带 /v1，wire_api 用 responses。',
        en: 'Codex needs a provider in config.toml: the address with /v1, and wire_api set to responses.',
      },
      steps: [
        {
          zh: '在 ~/.codex/config.toml 里加 [model_providers.gateway]，base_url 带 /v1，wire_api = "responses"。',
          en: 'Add [model_providers.gateway] to ~/.codex/config.toml, with base_url ending in /v1 and wire_api = "responses".',
        },
        {
          zh: 'env_key 写环境变量的名字，再在终端里把密钥设到这个变量里。',
          en: 'Put the name of an environment variable in env_key, then set the key in that variable in your terminal.',
        },
        {
          zh: '用文章里的 curl 确认流式请求以 response.completed 结束。',
          en: 'Use the curl in the article to check that a streamed request ends with response.completed.',
        },
      ],
      articles: [
        '/troubleshooting/base-url#agent-base-url',
        '/agents/codex#config-toml',
        '/agents/codex#stream-closed',
      ],
      console: 'models',
      connectionTest: { base: true, defaultModel: false },
    },
    'agent-gemini-cli': {
      cause: 'base_url',
      title: {
        zh: 'Gemini CLI 的地址不能带 /v1，而且模型要提供 Gemini 原生格式。',
        en: 'Gemini CLI wants the address without /v1, and a model served in the Gemini native format.',
      },
      steps: [
        {
          zh: '把 GOOGLE_GEMINI_BASE_URL 设成不带 /v1 的地址，GEMINI_API_KEY 设成你的密钥。',
          en: 'Set GOOGLE_GEMINI_BASE_URL to the address without /v1 and GEMINI_API_KEY to your key.',
        },
        {
          zh: '用文章里的 curl 试一次；返回 404 说明这个模型没有 Gemini 格式，换一个模型或联系客服。',
          en: 'Try the curl in the article; a 404 means that model has no Gemini format, so pick another or ask support.',
        },
      ],
      articles: ['/troubleshooting/base-url#agent-base-url', '/agents/gemini-cli#base-url'],
      console: 'models',
      connectionTest: { base: false, defaultModel: false },
    },
    'agent-cursor': {
      cause: 'base_url',
      title: {
        zh: 'Cursor 要打开“覆盖 OpenAI 地址”，填带 /v1 的地址，再手动添加模型。',
        en: 'Cursor needs Override OpenAI Base URL on, with the address ending in /v1, and models added by hand.',
      },
      steps: [
        {
          zh: '在 Settings → Models → API Keys 里打开 OpenAI API Key 并粘贴密钥。',
          en: 'Under Settings → Models → API Keys, turn on OpenAI API Key and paste your key.',
        },
        {
          zh: '打开 Override OpenAI Base URL，填带 /v1 的地址。',
          en: 'Turn on Override OpenAI Base URL and enter the address ending in /v1.',
        },
        {
          zh: '只保留网关上有的模型名，再点 Verify。',
          en: 'Keep only model names the gateway has, then click Verify.',
        },
      ],
      articles: ['/agents/cursor#base-url', '/agents/cursor#verify'],
      console: 'models',
      connectionTest: { base: true, defaultModel: true },
    },
    'agent-cline': {
      cause: 'base_url',
      title: {
        zh: 'Cline 和 Roo Code 选 OpenAI Compatible，地址带 /v1，模型名手动填。',
        en: 'Cline and Roo Code want OpenAI Compatible, the address with /v1, and the model name typed in.',
      },
      steps: [
        {
          zh: 'API Provider 选 OpenAI Compatible，Base URL 填带 /v1 的地址。',
          en: 'Set API Provider to OpenAI Compatible and Base URL to the address ending in /v1.',
        },
        {
          zh: '填上密钥，Model ID 填模型页上的准确名称，保存后发一句话试试。',
          en: 'Enter the key and, as Model ID, the exact name from the models page; save and send a line.',
        },
      ],
      articles: ['/agents/cline#openai-compatible'],
      console: 'models',
      connectionTest: { base: true, defaultModel: true },
    },
    'agent-workflow': {
      cause: 'base_url',
      title: {
        zh: '工作流工具用 OpenAI 兼容的方式接入，地址带 /v1，而且要从它所在的服务器能访问到。',
        en: 'Workflow tools connect the OpenAI-compatible way, with /v1, and must reach the API from their own server.',
      },
      steps: [
        {
          zh: 'Dify 用 OpenAI-API-compatible 供应商，n8n 改 OpenAI 凭据里的 Base URL，都填带 /v1 的地址。',
          en: 'In Dify use the OpenAI-API-compatible provider, in n8n change the Base URL of the OpenAI credential; both take the address ending in /v1.',
        },
        {
          zh: '模型名填模型页上的准确名称，不要填显示名。',
          en: 'Enter the exact model name from the models page, not a display name.',
        },
        {
          zh: '保存时的测试不通过，就在那台服务器上用 curl 试同样的地址和密钥。',
          en: 'If the test on save fails, try the same address and key with curl on that server.',
        },
      ],
      articles: ['/guide/workflows#dify', '/guide/workflows#n8n'],
      console: 'models',
      connectionTest: { base: true, defaultModel: true },
    },
    'agent-own-code': {
      cause: 'base_url',
      title: {
        zh: '代码里的 base_url 要带 /v1，各接口的路径由 SDK 自己拼。',
        en: 'base_url in your code ends in /v1; the SDK adds each endpoint path itself.',
      },
      steps: [
        {
          zh: '把 base_url（Node.js 是 baseURL）或环境变量 OPENAI_BASE_URL 设成带 /v1 的地址。',
          en: 'Set base_url (baseURL in Node.js) or the OPENAI_BASE_URL variable to the address ending in /v1.',
        },
        {
          zh: '先用接口一览里的 curl 确认这个接口和模型能用，再查代码。',
          en: 'Confirm the endpoint and model with the curl in the endpoint reference, then look at your code.',
        },
      ],
      articles: ['/guide/workflows#openai-sdk', '/guide/endpoints#overview'],
      console: 'models',
      connectionTest: { base: true, defaultModel: true },
    },
    'agent-chat-app': {
      cause: 'base_url',
      title: {
        zh: '聊天客户端对地址的理解各不相同：有的要带 /v1，有的只要域名。',
        en: 'Chat apps read the address differently: some want /v1, some only the host.',
      },
      steps: [
        {
          zh: '在客户端配置的一览表里找到你的应用，照它那一行填地址。',
          en: "Find your app in the clients' table and fill in the address its row gives.",
        },
        {
          zh: '再运行连接测试，确认密钥和模型也没问题。',
          en: 'Then run the connection test to check the key and model too.',
        },
      ],
      articles: ['/guide/clients#overview', '/troubleshooting/base-url#missing-v1'],
      connectionTest: { base: true, defaultModel: true },
    },
  },
}
