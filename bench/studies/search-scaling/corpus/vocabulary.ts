/**
 * Words the synthetic help articles are made of: the clients, models and failures a gateway's
 * users actually write about, each error with the body a gateway really sends (shapes from
 * shared/gateway-facts.md). Fixed lists, so the corpus is the same on every run.
 */
export interface ErrorKind {
  id: string
  status: number
  code: string
  /** `message` may hold `{model}`: gateways name the model in some errors. */
  zh: { title: string; message: string; fix: string }
  en: { title: string; message: string; fix: string }
}

export const clients = [
  'NextChat',
  'LobeChat',
  'LibreChat',
  'Cherry Studio',
  'ChatGPT-Next-Web',
  'Chatbox',
  'Open WebUI',
  'Dify',
  'Immersive Translate',
  'Cursor',
  'openai-python',
  'openai-node',
] as const

export const models = [
  'gpt-4o',
  'gpt-4o-mini',
  'gpt-4.1',
  'gpt-4.1-mini',
  'o3-mini',
  'o4-mini',
  'claude-3-5-sonnet',
  'claude-3-7-sonnet',
  'claude-sonnet-4',
  'claude-opus-4',
  'gemini-2.0-flash',
  'gemini-2.5-pro',
  'gemini-2.5-flash',
  'deepseek-chat',
  'deepseek-reasoner',
  'qwen-max',
  'qwen-plus',
  'qwen-turbo',
  'qwen2.5-72b-instruct',
  'glm-4-plus',
  'glm-4-flash',
  'moonshot-v1-8k',
  'moonshot-v1-128k',
  'kimi-k2',
  'doubao-pro-32k',
  'doubao-lite-4k',
  'ernie-4.0-8k',
  'hunyuan-pro',
  'yi-large',
  'mistral-large',
  'llama-3.1-70b',
  'llama-3.3-70b',
  'grok-3',
  'grok-3-mini',
  'dall-e-3',
  'gpt-image-1',
  'whisper-1',
  'tts-1',
  'text-embedding-3-small',
  'text-embedding-3-large',
] as const

export const settings = [
  { zh: '接口地址', en: 'base URL' },
  { zh: '代理设置', en: 'proxy settings' },
  { zh: '超时时间', en: 'timeout' },
  { zh: '流式输出', en: 'streaming' },
  { zh: '模型列表', en: 'model list' },
  { zh: '令牌分组', en: 'key group' },
  { zh: '上下文长度', en: 'context length' },
  { zh: '重试次数', en: 'retry count' },
  { zh: '请求头', en: 'request headers' },
  { zh: '自定义模型', en: 'custom models' },
] as const

export const errorKinds: ErrorKind[] = [
  {
    id: 'invalid-key',
    status: 401,
    code: 'invalid_api_key',
    zh: { title: '令牌无效', message: '无效的令牌', fix: '在控制台重新复制完整的令牌，注意不要带空格' },
    en: {
      title: 'invalid key',
      message: 'Incorrect API key provided',
      fix: 'copy the whole key again from the console, without spaces',
    },
  },
  {
    id: 'expired-key',
    status: 401,
    code: 'token_expired',
    zh: { title: '令牌已过期', message: '该令牌已过期', fix: '在令牌页面延长有效期或新建一个令牌' },
    en: {
      title: 'expired key',
      message: 'The token has expired',
      fix: 'extend the expiry on the keys page or create a new key',
    },
  },
  {
    id: 'key-quota',
    status: 401,
    code: 'token_quota_exhausted',
    zh: { title: '令牌额度已用尽', message: '该令牌额度已用尽', fix: '提高这个令牌的额度上限，或改为无限额度' },
    en: {
      title: 'key quota used up',
      message: 'token quota is exhausted',
      fix: 'raise the quota of this key or make it unlimited',
    },
  },
  {
    id: 'insufficient-balance',
    status: 403,
    code: 'insufficient_user_quota',
    zh: { title: '余额不足', message: '用户额度不足', fix: '充值后等待一两分钟，余额同步到接口后再试' },
    en: {
      title: 'insufficient balance',
      message: 'user quota is not enough',
      fix: 'top up, wait a minute or two for the balance to sync, then retry',
    },
  },
  {
    id: 'insufficient-quota',
    status: 429,
    code: 'insufficient_quota',
    zh: {
      title: '额度不足（429）',
      message: 'You exceeded your current quota',
      fix: '这是余额问题而不是限流，充值即可',
    },
    en: {
      title: 'quota exceeded (429)',
      message: 'You exceeded your current quota, please check your plan and billing details',
      fix: 'this is a balance problem, not a rate limit: top up',
    },
  },
  {
    id: 'credits',
    status: 402,
    code: '402',
    zh: { title: '积分不足（402）', message: 'Insufficient credits', fix: '在账户里添加积分，或换用免费模型' },
    en: {
      title: 'out of credits (402)',
      message: 'Insufficient credits. Add more using https://example.com/credits',
      fix: 'add credits to the account or switch to a free model',
    },
  },
  {
    id: 'model-not-found',
    status: 404,
    code: 'model_not_found',
    zh: {
      title: '模型不存在',
      message: 'The model `{model}` does not exist or you do not have access to it',
      fix: '从模型列表复制准确的模型名',
    },
    en: {
      title: 'model not found',
      message: 'The model `{model}` does not exist or you do not have access to it',
      fix: 'copy the exact model name from the model list',
    },
  },
  {
    id: 'no-channel',
    status: 503,
    code: 'model_not_found',
    zh: {
      title: '无可用渠道',
      message: '当前分组 default 下对于模型 {model} 无可用渠道',
      fix: '换一个分组，或请管理员为这个分组开通该模型',
    },
    en: {
      title: 'no available channel',
      message: 'No available channel for model {model} under group default',
      fix: 'switch the key to another group or ask for the model to be enabled',
    },
  },
  {
    id: 'rate-limit',
    status: 429,
    code: 'rate_limit_exceeded',
    zh: {
      title: '请求过于频繁',
      message: 'Rate limit reached for requests',
      fix: '按 Retry-After 等待，再用指数退避重试',
    },
    en: {
      title: 'too many requests',
      message: 'Rate limit reached for requests',
      fix: 'wait for Retry-After, then retry with exponential backoff',
    },
  },
  {
    id: 'context-length',
    status: 400,
    code: 'context_length_exceeded',
    zh: {
      title: '上下文超长',
      message: "This model's maximum context length is 128000 tokens",
      fix: '开启新对话，或减少附带的历史消息',
    },
    en: {
      title: 'context too long',
      message: "This model's maximum context length is 128000 tokens",
      fix: 'start a new conversation or send fewer past messages',
    },
  },
  {
    id: 'upstream-timeout',
    status: 504,
    code: 'gateway_timeout',
    zh: { title: '请求超时', message: 'upstream request timeout', fix: '把客户端超时调到 120 秒以上，长输出改用流式' },
    en: {
      title: 'request timeout',
      message: 'upstream request timeout',
      fix: 'raise the client timeout above 120 seconds and stream long outputs',
    },
  },
  {
    id: 'overloaded',
    status: 529,
    code: 'overloaded_error',
    zh: { title: '上游过载', message: 'Overloaded', fix: '稍后重试，或换用同级别的其他模型' },
    en: { title: 'upstream overloaded', message: 'Overloaded', fix: 'retry later or switch to a comparable model' },
  },
  {
    id: 'bad-gateway',
    status: 502,
    code: 'bad_response_status_code',
    zh: {
      title: '网关错误',
      message: 'bad response status code 502',
      fix: '查看状态页；若无故障，带上请求 ID 联系客服',
    },
    en: {
      title: 'bad gateway',
      message: 'bad response status code 502',
      fix: 'check the status page; if all is well, contact support with the request id',
    },
  },
  {
    id: 'html-response',
    status: 200,
    code: 'invalid_json',
    zh: {
      title: '返回了网页而不是 JSON',
      message: 'Unexpected token \'<\', "<!DOCTYPE" is not valid JSON',
      fix: '接口地址填成了控制台网址，改为以 /v1 结尾的接口地址',
    },
    en: {
      title: 'HTML instead of JSON',
      message: 'Unexpected token \'<\', "<!DOCTYPE" is not valid JSON',
      fix: 'the base URL points at the console; use the API address ending in /v1',
    },
  },
  {
    id: 'doubled-v1',
    status: 404,
    code: 'invalid_url',
    zh: {
      title: '接口地址重复 /v1',
      message: 'Invalid URL (POST /v1/v1/chat/completions)',
      fix: '客户端会自动补 /v1，地址里去掉一个',
    },
    en: {
      title: 'doubled /v1 in the base URL',
      message: 'Invalid URL (POST /v1/v1/chat/completions)',
      fix: 'the client adds /v1 itself, so remove one from the address',
    },
  },
  {
    id: 'failed-to-fetch',
    status: 0,
    code: 'network_error',
    zh: { title: '无法连接', message: 'TypeError: Failed to fetch', fix: '检查代理、VPN 和 DNS，再用连接测试确认' },
    en: {
      title: 'cannot connect',
      message: 'TypeError: Failed to fetch',
      fix: 'check the proxy, VPN and DNS, then confirm with the connection test',
    },
  },
  {
    id: 'cors',
    status: 0,
    code: 'cors_blocked',
    zh: {
      title: '跨域被拦截',
      message: "blocked by CORS policy: No 'Access-Control-Allow-Origin' header",
      fix: '改用服务端调用，或使用支持跨域的接口地址',
    },
    en: {
      title: 'blocked by CORS',
      message: "blocked by CORS policy: No 'Access-Control-Allow-Origin' header",
      fix: 'call from a server or use an address that allows browser calls',
    },
  },
  {
    id: 'stream-cut',
    status: 200,
    code: 'stream_interrupted',
    zh: { title: '流式输出中断', message: 'terminated: other side closed', fix: '关闭反向代理的缓冲，并调大空闲超时' },
    en: {
      title: 'stream cut off',
      message: 'terminated: other side closed',
      fix: 'turn off proxy buffering and raise the idle timeout',
    },
  },
  {
    id: 'content-policy',
    status: 400,
    code: 'content_policy_violation',
    zh: {
      title: '内容被拦截',
      message: 'Your request was rejected as a result of our safety system',
      fix: '改写提示词，去掉可能触发审核的内容',
    },
    en: {
      title: 'blocked by content policy',
      message: 'Your request was rejected as a result of our safety system',
      fix: 'rephrase the prompt without the content that trips moderation',
    },
  },
  {
    id: 'task-failed',
    status: 200,
    code: 'task_failed',
    zh: {
      title: '绘图任务失败',
      message: 'task failed: upstream returned no image',
      fix: '不要重复提交排队中的任务，失败的任务会自动退款',
    },
    en: {
      title: 'image task failed',
      message: 'task failed: upstream returned no image',
      fix: 'do not resubmit a queued task; failed tasks are refunded',
    },
  },
]
