import type { WizardBranch } from '../wizard.schema.ts'

/**
 * Models and capacity: a wrong name, no channel, a group without the model, rate limits, a busy
 * model or a fault in the gateway itself.
 */
export const modelBranch: WizardBranch = {
  questions: {
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
  },
  leaves: {
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
  },
}
