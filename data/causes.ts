/**
 * Every error entry, wizard leaf and tester verdict names exactly one of these
 * (`shared/content-map.md`). Adding one is a public change: articles and support replies use them.
 * Plain data, so widgets import it without zod; the schema is in causes.schema.ts.
 */
export const causes = [
  'invalid_key',
  'key_format',
  'insufficient_balance',
  'model_not_found',
  'no_channel',
  'permission',
  'rate_limit',
  'upstream_unavailable',
  'gateway_error',
  'timeout',
  'context_length',
  'content_policy',
  'bad_request',
  'base_url',
  'network',
  'cors',
  'stream_interrupted',
  'task_failed',
  'region_blocked',
] as const
export type Cause = (typeof causes)[number]

/**
 * The article section that explains and fixes each cause. Widgets link here, and the link
 * checker proves every one of these anchors exists in both languages.
 */
export const causeArticle = {
  invalid_key: '/troubleshooting/auth#invalid-key',
  key_format: '/troubleshooting/auth#key-format',
  insufficient_balance: '/troubleshooting/balance#insufficient-balance',
  model_not_found: '/troubleshooting/model-not-found#wrong-model-name',
  no_channel: '/troubleshooting/model-not-found#no-available-channel',
  permission: '/troubleshooting/auth#group-permission',
  rate_limit: '/troubleshooting/rate-limits#too-many-requests',
  upstream_unavailable: '/troubleshooting/service-unavailable#upstream-unavailable',
  gateway_error: '/troubleshooting/service-unavailable#gateway-error',
  timeout: '/troubleshooting/timeouts#request-timeout',
  context_length: '/troubleshooting/bad-request#context-length',
  content_policy: '/troubleshooting/bad-request#content-policy',
  bad_request: '/troubleshooting/bad-request#invalid-parameters',
  base_url: '/troubleshooting/base-url#wrong-base-url',
  network: '/troubleshooting/network#network-failure',
  cors: '/troubleshooting/network#cors',
  stream_interrupted: '/troubleshooting/streaming#stream-interrupted',
  task_failed: '/troubleshooting/media-tasks#task-failed',
  region_blocked: '/troubleshooting/network#region-blocked',
} as const satisfies Record<Cause, `/${string}#${string}`>

/** A short name for each cause, as users would say it. */
export const causeTitle = {
  invalid_key: { zh: '密钥无效、过期或已禁用', en: 'Key invalid, expired or disabled' },
  key_format: { zh: '密钥格式有误（多了空格、引号或前缀）', en: 'Key malformed (extra space, quote or prefix)' },
  insufficient_balance: { zh: '余额或额度不足', en: 'Balance or quota used up' },
  model_not_found: { zh: '模型名称不存在', en: 'Model name not found' },
  no_channel: { zh: '当前分组没有可用渠道', en: 'No channel serves this model for your group' },
  permission: { zh: '密钥无权使用该模型或接口', en: 'Key not allowed to use this model or endpoint' },
  rate_limit: { zh: '请求过于频繁（限流）', en: 'Too many requests (rate limited)' },
  upstream_unavailable: { zh: '上游服务暂时不可用', en: 'Upstream provider temporarily unavailable' },
  gateway_error: { zh: '网关内部错误', en: 'Gateway internal error' },
  timeout: { zh: '请求超时', en: 'Request timed out' },
  context_length: { zh: '对话超出上下文长度', en: 'Conversation exceeds the context window' },
  content_policy: { zh: '内容被安全策略拦截', en: 'Blocked by content policy' },
  bad_request: { zh: '请求参数有误', en: 'Invalid request parameters' },
  base_url: { zh: '接口地址填写错误', en: 'Wrong base URL' },
  network: { zh: '网络连接失败（DNS、代理、TLS）', en: 'Network failure (DNS, proxy, TLS)' },
  cors: { zh: '浏览器跨域（CORS）拦截', en: 'Blocked by the browser (CORS)' },
  stream_interrupted: { zh: '流式输出中断', en: 'Stream interrupted' },
  task_failed: { zh: '图片或视频任务失败', en: 'Image or video task failed' },
  region_blocked: { zh: '所在地区不受支持', en: 'Region not supported' },
} as const satisfies Record<Cause, { zh: string; en: string }>
