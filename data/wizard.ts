import type { WizardTree } from './wizard.schema.ts'

/**
 * The troubleshooting wizard: questions anyone can answer, each path ending in one cause and
 * its fix. Ids are in the URLs support staff send (`/tools/wizard?path=symptom.no-reply/…`), so
 * never rename one; add new ids instead. `{syncTypical}` and `{syncPeak}` are the minutes a
 * top-up takes to reach the API, from `data/gateway.ts`. Checked by `data/wizard.schema.ts`.
 */
export const wizardTree: WizardTree = {
  start: 'symptom',
  questions: {
    symptom: {
      text: { zh: '现在遇到的是哪种情况？', en: 'What is happening?' },
      answers: [
        {
          id: 'no-reply',
          label: { zh: '发出消息后 AI 不回复，或者弹出错误', en: 'I send a message and get no reply, or an error' },
          next: 'topup',
        },
        {
          id: 'worked-before',
          label: { zh: '这个对话之前能用，聊着聊着就不回了', en: 'This chat worked before, then it stopped replying' },
          next: 'new-chat',
        },
        {
          id: 'cut-off',
          label: { zh: '回复开始了，但说到一半就停了', en: 'The reply starts, then stops halfway' },
          next: 'cutoff-network',
        },
        {
          id: 'spinning',
          label: { zh: '一直在转圈加载，最后提示超时', en: 'It keeps loading, then says it timed out' },
          next: 'input-size',
        },
        {
          id: 'media',
          label: { zh: '生成图片或视频的任务卡住或失败了', en: 'An image or video task is stuck or failed' },
          next: 'media-state',
        },
        {
          id: 'new-setup',
          label: { zh: '刚配置好的应用，一次都没成功过', en: 'I just set up an app and it has never worked' },
          next: 'base-url-ending',
        },
        {
          id: 'agent-setup',
          label: {
            zh: '我在把密钥接进编程助手、工作流工具或自己的代码',
            en: 'I am putting my key into a coding agent, a workflow tool or my own code',
          },
          next: 'agent-tool',
        },
      ],
    },
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
    'console-balance': {
      text: { zh: '在控制台里看，账户余额还有多少？', en: 'What balance does the console show for your account?' },
      answers: [
        { id: 'zero', label: { zh: '0 或负数', en: 'Zero or negative' }, next: 'top-up' },
        { id: 'positive', label: { zh: '还有余额', en: 'There is money left' }, next: 'key-quota-used' },
      ],
    },
    'rate-quota-words': {
      text: {
        zh: '提示里有没有“quota”“额度”或“余额”这样的字眼？',
        en: 'Does the message mention "quota", "balance" or "credit"?',
      },
      answers: [
        { id: 'mentions-quota', label: { zh: '有', en: 'Yes' }, next: 'console-balance' },
        { id: 'no-quota', label: { zh: '没有', en: 'No' }, next: 'rate-limited' },
      ],
    },
    'model-scope': {
      text: { zh: '是所有模型都这样，还是只有这一个？', en: 'Does it fail for every model, or only one?' },
      answers: [
        { id: 'only-one', label: { zh: '只有这一个模型', en: 'Only this model' }, next: 'model-name-source' },
        { id: 'every-model', label: { zh: '换哪个模型都一样', en: 'Every model I try' }, next: 'model-not-in-group' },
      ],
    },
    'model-name-source': {
      text: { zh: '这个模型名是怎么来的？', en: 'Where did the model name come from?' },
      answers: [
        {
          id: 'typed',
          label: { zh: '自己输入的，或应用自动填的', en: 'I typed it, or the app filled it in' },
          next: 'wrong-model-name',
        },
        {
          id: 'copied',
          label: { zh: '从模型列表或价格页原样复制的', en: 'Copied exactly from the model list or price page' },
          next: 'model-message',
        },
      ],
    },
    'model-message': {
      text: { zh: '提示的原话更接近哪一种？', en: 'Which is closer to the exact message?' },
      answers: [
        {
          id: 'no-channel',
          label: {
            zh: '“无可用渠道”或 no available channel',
            en: '"No available channel" (or the same in Chinese)',
          },
          next: 'no-channel',
        },
        {
          id: 'not-allowed',
          label: { zh: '“不存在”“无权限”或其他说法', en: '"Not found", "not allowed", or something else' },
          next: 'model-not-in-group',
        },
      ],
    },
    'other-model': {
      text: {
        zh: '在应用里换一个模型再试，能用吗？',
        en: 'Switch to another model in the app and try again: does it work?',
      },
      answers: [
        { id: 'other-works', label: { zh: '换了就能用', en: 'Yes, another model works' }, next: 'busy-message' },
        { id: 'none-works', label: { zh: '哪个模型都不行', en: 'No, every model fails' }, next: 'gateway-fault' },
      ],
    },
    'busy-message': {
      text: {
        zh: '原来那个模型的提示里，有“无可用渠道”或 no available channel 吗？',
        en: 'Does the message for the first model say "no available channel"?',
      },
      answers: [
        { id: 'says-no-channel', label: { zh: '有', en: 'Yes' }, next: 'no-channel' },
        {
          id: 'says-busy',
          label: { zh: '没有，只说繁忙或不可用', en: 'No, only busy or unavailable' },
          next: 'model-busy',
        },
      ],
    },
    vpn: {
      text: { zh: '你在用 VPN、代理或加速器吗？', en: 'Are you on a VPN, a proxy or an accelerator?' },
      answers: [
        { id: 'vpn-on', label: { zh: '在用', en: 'Yes' }, next: 'vpn-proxy' },
        { id: 'vpn-off', label: { zh: '没有', en: 'No' }, next: 'other-sites' },
      ],
    },
    'other-sites': {
      text: { zh: '这台设备上，其他网站能正常打开吗？', en: 'Do other websites open normally on this device?' },
      answers: [
        { id: 'sites-fail', label: { zh: '也打不开或很慢', en: 'No, or they are very slow' }, next: 'network-down' },
        { id: 'sites-work', label: { zh: '都正常', en: 'Yes, they work' }, next: 'app-kind' },
      ],
    },
    'app-kind': {
      text: { zh: '你用的是哪一类应用？', en: 'What kind of app do you use?' },
      answers: [
        {
          id: 'web-app',
          label: {
            zh: '在浏览器里打开的网页版，或浏览器插件',
            en: 'A web page in the browser, or a browser extension',
          },
          next: 'browser-blocked',
        },
        {
          id: 'installed-app',
          label: {
            zh: '电脑或手机上安装的应用，或自己写的程序',
            en: 'An app installed on a computer or phone, or my own code',
          },
          next: 'base-url-unsure',
        },
      ],
    },
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
    'media-state': {
      text: { zh: '任务现在显示什么状态？', en: 'What state does the task show?' },
      answers: [
        {
          id: 'queued',
          label: { zh: '一直在排队或处理中', en: 'Still queued or processing' },
          next: 'media-wait',
        },
        { id: 'failed', label: { zh: '显示失败', en: 'Failed' }, next: 'task-failed' },
      ],
    },
    'media-wait': {
      text: { zh: '从提交到现在多久了？', en: 'How long ago did you submit it?' },
      answers: [
        { id: 'under-30', label: { zh: '不到 30 分钟', en: 'Less than 30 minutes' }, next: 'task-queued' },
        { id: 'over-30', label: { zh: '超过 30 分钟', en: 'More than 30 minutes' }, next: 'task-stuck' },
      ],
    },
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
    'wrong-model-name': {
      cause: 'model_not_found',
      title: {
        zh: '模型名和平台上的不一致：手动输入或应用自带的名字常常差一个字符。',
        en: 'The model name does not match ours: typed or app-supplied names are often one character off.',
      },
      steps: [
        {
          zh: '打开控制台的模型列表，找到想用的模型。',
          en: "Open the console's model list and find the model you want.",
        },
        {
          zh: '原样复制模型名，粘贴到应用的模型设置里，注意大小写和连字符。',
          en: "Copy its exact name into the app's model setting, including case and hyphens.",
        },
        {
          zh: '运行连接测试：先用默认模型确认密钥没问题，再填入你的模型名测一次。',
          en: 'Run the connection test: first with the default model to confirm the key works, then with your model name.',
        },
      ],
      articles: ['/guide/clients#openai-sdk'],
      console: 'models',
      connectionTest: { base: false, defaultModel: true },
    },
    'no-channel': {
      cause: 'no_channel',
      title: {
        zh: '这个模型在你的分组下暂时没有可用渠道，不是你的设置出了错。',
        en: 'No channel serves this model for your group right now; nothing is wrong with your settings.',
      },
      steps: [
        {
          zh: '先换一个同类模型继续用，模型列表里能看到你的分组可用的模型。',
          en: 'Switch to a similar model for now; the model list shows which ones your group can use.',
        },
        { zh: '过几分钟再试原来的模型。', en: 'Try the original model again in a few minutes.' },
        {
          zh: '一直不行就联系客服，附上模型名、时间和原始错误信息。',
          en: 'If it keeps failing, contact support with the model name, the time and the exact error.',
        },
      ],
      articles: ['/support/contact#what-to-prepare'],
      console: 'models',
      connectionTest: { base: false, defaultModel: true },
    },
    'model-not-in-group': {
      cause: 'permission',
      title: {
        zh: '你的密钥所在分组没有开通这个模型，或密钥本身限制了可用模型。',
        en: "The model is not enabled for your key's group, or the key itself limits which models it may use.",
      },
      steps: [
        {
          zh: '在控制台的模型列表里查看你的分组能用哪些模型。',
          en: "Check in the console's model list which models your group can use.",
        },
        {
          zh: '在令牌页面查看这个密钥是否设置了模型限制，需要的话放开或新建一个密钥。',
          en: 'On the keys page, check whether this key has a model restriction; lift it or create a new key.',
        },
        {
          zh: '换成分组内的模型，或联系客服开通。',
          en: 'Use a model your group has, or ask support to enable the one you need.',
        },
      ],
      articles: ['/troubleshooting/model-not-found#model-not-allowed'],
      console: 'models',
      connectionTest: { base: false, defaultModel: true },
    },
    'rate-limited': {
      cause: 'rate_limit',
      title: {
        zh: '短时间内请求太多，被限流了；稍等就会恢复。',
        en: 'Too many requests in a short time, so you are rate limited; it clears after a short wait.',
      },
      steps: [
        {
          zh: '停一会儿：提示里有等待时间就按它等，没有就等一分钟。',
          en: 'Pause: wait as long as the message says, or one minute if it says nothing.',
        },
        {
          zh: '关掉同时在用这个密钥的其他应用或插件，比如翻译插件。',
          en: 'Close other apps or extensions using the same key at the same time, such as translation plugins.',
        },
        {
          zh: '如果是自己的程序，出错后按逐步加长的间隔重试，不要立即重发。',
          en: 'In your own code, retry after growing intervals instead of resending at once.',
        },
      ],
      articles: ['/troubleshooting/rate-limits#retry-after', '/troubleshooting/rate-limits#backoff'],
      connectionTest: { base: false, defaultModel: false },
    },
    'model-busy': {
      cause: 'upstream_unavailable',
      title: {
        zh: '这个模型的上游服务商正忙或临时故障，其他模型不受影响。',
        en: "This model's upstream provider is overloaded or briefly down; other models are not affected.",
      },
      steps: [
        { zh: '先换一个同类模型继续用。', en: 'Switch to a similar model for now.' },
        {
          zh: '几分钟后再试原来的模型，间隔逐步拉长。',
          en: 'Try the original model again after a few minutes, waiting longer each time.',
        },
        {
          zh: '查看状态页有没有相关公告。',
          en: 'Check the status page for a notice about it.',
        },
      ],
      articles: [
        '/troubleshooting/service-unavailable#overloaded',
        '/troubleshooting/service-unavailable#retry-with-backoff',
      ],
      console: 'status',
      connectionTest: { base: false, defaultModel: false },
    },
    'gateway-fault': {
      cause: 'gateway_error',
      title: {
        zh: '所有模型都报服务错误，问题多半出在平台这一侧，不在你的设置。',
        en: 'Every model returns a server error, so the fault is most likely on our side, not in your settings.',
      },
      steps: [
        { zh: '查看状态页有没有故障公告。', en: 'Check the status page for an incident.' },
        {
          zh: '等几分钟再试，不要连续快速重发。',
          en: 'Wait a few minutes and retry; do not resend in quick succession.',
        },
        {
          zh: '运行连接测试并复制报告，连同时间一起发给客服。',
          en: 'Run the connection test, copy its report and send it to support with the time.',
        },
      ],
      articles: [
        '/troubleshooting/service-unavailable#status-page',
        '/troubleshooting/service-unavailable#retry-with-backoff',
        '/support/contact#what-to-prepare',
      ],
      console: 'status',
      connectionTest: { base: false, defaultModel: false },
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
    'vpn-proxy': {
      cause: 'network',
      title: {
        zh: 'VPN 或代理挡住了或拖慢了到接口的连接。',
        en: 'The VPN or proxy blocks or slows down the connection to the API.',
      },
      steps: [
        { zh: '暂时关掉 VPN 或代理，再试一次。', en: 'Turn the VPN or proxy off for a moment and try again.' },
        {
          zh: '关掉后能用：把接口域名加入代理的“直连”名单，或换一个节点。',
          en: "If that works, add the API's domain to the proxy's direct list, or switch servers.",
        },
        {
          zh: '运行连接测试，看是哪一步连不上。',
          en: 'Run the connection test to see which step cannot connect.',
        },
      ],
      articles: ['/troubleshooting/network#vpn-and-proxy'],
      connectionTest: { base: true, defaultModel: false },
    },
    'network-down': {
      cause: 'network',
      title: {
        zh: '这台设备的网络本身有问题，不只是这个应用。',
        en: 'The network on this device is the problem, not only this app.',
      },
      steps: [
        {
          zh: '换一个网络试试，比如从 Wi-Fi 切到手机流量。',
          en: 'Try another network, for example mobile data instead of Wi-Fi.',
        },
        { zh: '重启路由器或设备的网络连接。', en: "Restart the router or the device's network connection." },
        {
          zh: '网络恢复后运行连接测试确认。',
          en: 'Once the network is back, run the connection test to confirm.',
        },
      ],
      articles: ['/troubleshooting/network#dns', '/troubleshooting/network#tls-certificate'],
      connectionTest: { base: true, defaultModel: false },
    },
    'browser-blocked': {
      cause: 'cors',
      title: {
        zh: '浏览器拦下了网页对接口的请求（跨域限制），应用里只看到“网络错误”。',
        en: 'The browser blocked the web page from calling the API (CORS), so the app only shows "network error".',
      },
      steps: [
        {
          zh: '确认网页版应用里的接口地址填的是本平台的 API 地址，不是控制台地址。',
          en: "Check the web app's base URL is our API address, not the console's.",
        },
        {
          zh: '关掉可能改写请求的浏览器插件（广告拦截、隐私类）再试。',
          en: 'Turn off browser extensions that may rewrite requests (ad blockers, privacy tools) and retry.',
        },
        {
          zh: '运行连接测试：它会区分跨域拦截和网络不通。',
          en: 'Run the connection test: it tells a CORS block from a network failure.',
        },
      ],
      articles: ['/troubleshooting/base-url#console-url'],
      connectionTest: { base: true, defaultModel: false },
    },
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
    'task-queued': {
      cause: 'task_failed',
      title: {
        zh: '图片和视频任务需要排队，高峰期等十几分钟是正常的，任务还没有失败。',
        en: 'Image and video tasks wait in a queue; ten minutes or more at busy times is normal, and the task has not failed.',
      },
      steps: [
        {
          zh: '不要重新提交：每次提交都会单独计费。',
          en: 'Do not submit it again: every submission is billed on its own.',
        },
        { zh: '隔几分钟刷新一次任务状态。', en: 'Refresh the task status every few minutes.' },
        {
          zh: '超过 30 分钟还在排队，记下任务 ID 联系客服。',
          en: 'If it is still queued after 30 minutes, note the task ID and contact support.',
        },
      ],
      articles: ['/troubleshooting/media-tasks#task-queued', '/troubleshooting/media-tasks#dont-resubmit'],
      console: 'usage',
      connectionTest: { base: false, defaultModel: false },
    },
    'task-stuck': {
      cause: 'task_failed',
      title: {
        zh: '任务排队时间明显过长，可能已在上游失败但状态没有更新。',
        en: 'The task has waited far too long; it may have failed upstream without its status being updated.',
      },
      steps: [
        {
          zh: '在控制台的使用记录里确认这个任务是否已扣费。',
          en: "Check in the console's usage log whether this task was charged.",
        },
        {
          zh: '先不要重新提交，以免重复扣费。',
          en: 'Do not resubmit yet, so you are not charged twice.',
        },
        {
          zh: '把任务 ID 和提交时间发给客服，由客服确认状态或退款。',
          en: 'Send the task ID and submission time to support; they can confirm its state or refund it.',
        },
      ],
      articles: ['/troubleshooting/media-tasks#dont-resubmit', '/support/contact#what-to-prepare'],
      console: 'usage',
      connectionTest: { base: false, defaultModel: false },
    },
    'task-failed': {
      cause: 'task_failed',
      title: {
        zh: '任务在生成过程中失败了，失败原因写在任务详情里。',
        en: 'The task failed while generating; the reason is in the task details.',
      },
      steps: [
        {
          zh: '打开任务详情，看失败原因，常见的是提示词被拦截或参数不支持。',
          en: 'Open the task details and read the reason: often a blocked prompt or an unsupported setting.',
        },
        {
          zh: '在使用记录里确认这次任务有没有扣费、扣了多少，问客服时一并附上。',
          en: 'Check the usage log for whether, and how much, the task was charged, and include it if you ask support.',
        },
        {
          zh: '按失败原因改好后再提交一次，不要原样反复重试。',
          en: 'Fix what the reason names, then submit once more; do not resend it unchanged.',
        },
      ],
      articles: ['/troubleshooting/media-tasks#dont-resubmit'],
      console: 'usage',
      connectionTest: { base: false, defaultModel: false },
    },
  },
}
