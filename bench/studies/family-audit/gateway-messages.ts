import type { AuditMessage } from './messages.ts'

/**
 * Issue #13 family 2: what new-api and one-api themselves say to an API caller (auth, quota, channel selection,
 * model, group, IP allow-list, rate limit, request validation, upstream failures, tasks), in both languages they
 * ship, written down from their source. new-api wraps its own aborts as `{"error":{"message":"… (request id: …)",
 * "type":"new_api_error"}}` (middleware/utils.go abortWithOpenAiMessage) and its relay errors with a `code`
 * (service/error.go, types/error.go); one-api the same with `one_api_error` (middleware/utils.go abortWithMessage,
 * relay/adaptor/openai ErrorWrapper). Sources: QuantumNous/new-api (the Calcium-Ion mirror at ef8ae4d for the Go
 * files; i18n/locales/{zh-CN,en}.yaml at df3d693 for the backend's two languages; web/src/i18n/locales/en.json for
 * the console's English of the same Chinese strings) and songquanpeng/one-api at 8df4a26.
 */
const newApi = (message: string, code?: string): string =>
  JSON.stringify({ error: { message, type: 'new_api_error', ...(code ? { param: '', code } : {}) } })
const oneApi = (message: string, code?: string): string =>
  JSON.stringify({ error: { message, type: 'one_api_error', ...(code ? { param: '', code } : {}) } })
const rid = ' (request id: 20250411233132123456789abcdef)'

export const gatewayMessages: AuditMessage[] = [
  // new-api model/token.go ValidateUserToken, i18n token.* (zh-CN.yaml / en.yaml); middleware/auth.go TokenAuth
  { text: newApi('未提供令牌' + rid), cause: 'key_format' },
  { text: newApi('Token not provided' + rid), cause: 'key_format' },
  { text: newApi('无效的令牌' + rid), cause: 'invalid_key' },
  { text: newApi('Invalid token' + rid), cause: 'invalid_key' },
  { text: newApi('该令牌已过期' + rid), cause: 'invalid_key' },
  { text: newApi('This token has expired' + rid), cause: 'invalid_key' },
  { text: newApi('该令牌状态不可用' + rid), cause: 'invalid_key' },
  { text: newApi('This token status is unavailable' + rid), cause: 'invalid_key' },
  { text: newApi('该令牌额度已用尽 TokenStatusExhausted[sk-abcd***wxyz]' + rid), cause: 'insufficient_balance' },
  {
    text: newApi('This token quota is exhausted TokenStatusExhausted[sk-abcd***wxyz]' + rid),
    cause: 'insufficient_balance',
  },
  {
    text: newApi('[sk-abcd***wxyz] 该令牌额度已用尽 !token.UnlimitedQuota && token.RemainQuota = -120' + rid),
    cause: 'insufficient_balance',
  },
  { text: newApi('无效的令牌，数据库查询出错，请联系管理员' + rid), cause: 'gateway_error' },
  { text: newApi('Invalid token, database query error, please contact administrator' + rid), cause: 'gateway_error' },
  // (the account, not the key, is refused: the catalogue's account-banned entry, a permission)
  { text: newApi('用户已被封禁' + rid), cause: 'permission' },
  { text: newApi('User has been banned' + rid), cause: 'permission' },
  // (a key with `-<channel id>` after it, which only admins may send: the key as pasted is the fault)
  { text: newApi('普通用户不支持指定渠道' + rid), cause: 'key_format' },
  // one-api model/token.go ValidateUserToken, middleware/auth.go TokenAuth
  { text: oneApi('令牌验证失败' + rid), cause: 'gateway_error' },
  { text: oneApi('令牌 default（#12）额度已用尽' + rid), cause: 'insufficient_balance' },
  { text: oneApi('该令牌额度已用尽' + rid), cause: 'insufficient_balance' },
  { text: "This token's quota is depleted", cause: 'insufficient_balance' },
  {
    text: oneApi('该令牌只能在指定网段使用：10.0.0.0/8，当前 ip：203.0.113.7' + rid),
    cause: 'permission',
  },
  { text: oneApi('该令牌无权使用模型：gpt-4o' + rid), cause: 'permission' },
  // new-api middleware/distributor.go, i18n distributor.* and channel.*
  { text: newApi('您的 IP 不在令牌允许访问的列表中' + rid), cause: 'permission' },
  { text: newApi('令牌分组 vip 已被禁用' + rid), cause: 'permission' },
  { text: newApi('分组 vip 已被弃用' + rid), cause: 'permission' },
  { text: newApi('无权访问该分组' + rid), cause: 'permission' },
  { text: newApi('No permission to access this group' + rid), cause: 'permission' },
  { text: newApi('该令牌无权访问模型 gpt-4o' + rid), cause: 'permission' },
  { text: newApi('This token has no access to model gpt-4o' + rid), cause: 'permission' },
  { text: newApi('该令牌无权访问任何模型' + rid), cause: 'permission' },
  { text: newApi('This token has no access to any models' + rid), cause: 'permission' },
  // (the same `sk-…-<channel id>` suffix, not a number)
  { text: newApi('无效的渠道 Id' + rid), cause: 'key_format' },
  { text: newApi('Invalid channel ID' + rid), cause: 'key_format' },
  { text: newApi('该渠道已被禁用' + rid), cause: 'no_channel' },
  { text: newApi('This channel has been disabled' + rid), cause: 'no_channel' },
  { text: newApi('当前分组 default 下对于模型 gpt-4o 无可用渠道' + rid), cause: 'no_channel' },
  { text: oneApi('当前分组 default 下对于模型 gpt-4o 无可用渠道' + rid), cause: 'no_channel' },
  { text: newApi('分组 default 下模型 gpt-4o 无可用渠道（distributor）' + rid), cause: 'no_channel' },
  {
    text: newApi('No available channel for model gpt-4o under group default (distributor)' + rid),
    cause: 'no_channel',
  },
  {
    text: newApi('获取分组 default 下模型 gpt-4o 的可用渠道失败（distributor）：record not found' + rid),
    cause: 'no_channel',
  },
  {
    text: newApi(
      'Failed to get available channel for model gpt-4o under group default (distributor): record not found' + rid,
    ),
    cause: 'no_channel',
  },
  { text: newApi('Failed to get available channels for model gpt-4o under group default' + rid), cause: 'no_channel' },
  { text: newApi('获取分组 default 下模型 gpt-4o 的可用渠道失败' + rid), cause: 'no_channel' },
  { text: newApi('数据库一致性已被破坏，请联系管理员' + rid), cause: 'gateway_error' },
  { text: newApi('未指定模型名称，模型名称不能为空' + rid), cause: 'bad_request' },
  { text: newApi('Model name not specified, model name cannot be empty' + rid), cause: 'bad_request' },
  { text: newApi('无效的请求，无法解析模型' + rid), cause: 'bad_request' },
  { text: newApi('Invalid request, unable to parse model' + rid), cause: 'bad_request' },
  { text: newApi("无效的请求，invalid character '}' looking for beginning of value" + rid), cause: 'bad_request' },
  {
    text: newApi("Invalid request: invalid character '}' looking for beginning of value" + rid),
    cause: 'bad_request',
  },
  // newer new-api (middleware/distributor.go, find_string id 59405699850) answers no channel with the code
  // model_not_found and a 503: the words, not the code, say what happened
  {
    text: '{"error":{"message":"分组 default 下模型 gpt-4o 无可用渠道（distributor） (request id: 20250411233132123456789abcdef)","type":"new_api_error","code":"model_not_found"}}',
    cause: 'no_channel',
  },
  {
    text: '{"error":{"message":"No available channel for model gpt-4o under group default (distributor) (request id: 20250411233132123456789abcdef)","type":"new_api_error","code":"model_not_found"}}',
    cause: 'no_channel',
  },
  // new-api i18n channel.* and types/error.go channel codes (controller/relay.go, service/channel_select.go)
  { text: newApi('没有可用的渠道密钥', 'channel:no_available_key'), cause: 'no_channel' },
  { text: newApi('No available channel keys', 'channel:no_available_key'), cause: 'no_channel' },
  { text: newApi('无有效上游渠道' + rid), cause: 'no_channel' },
  { text: newApi('No valid upstream channel' + rid), cause: 'no_channel' },
  { text: newApi('获取重试渠道失败: record not found', 'get_channel_failed'), cause: 'no_channel' },
  // controller/relay.go (both): after the retries, a 429 from every channel is replaced by this
  // (every channel answered 429: a rate limit, waiting is the fix, as the catalogue's upstream-rate-limited reads it)
  { text: newApi('当前分组上游负载已饱和，请稍后再试' + rid), cause: 'rate_limit' },
  {
    text: newApi('Current group upstream load is saturated, please try again later' + rid),
    cause: 'rate_limit',
  },
  { text: oneApi('当前分组上游负载已饱和，请稍后再试' + rid), cause: 'rate_limit' },
  // relay-text.go / relay/controller/helper.go preConsumeQuota; service/pre_consume_quota.go; service/quota.go
  { text: newApi('user quota is not enough', 'insufficient_user_quota'), cause: 'insufficient_balance' },
  { text: oneApi('user quota is not enough', 'insufficient_user_quota'), cause: 'insufficient_balance' },
  {
    text: newApi(
      'chat pre-consumed quota failed, user quota: $0.012000, need quota: $0.024000',
      'insufficient_user_quota',
    ),
    cause: 'insufficient_balance',
  },
  {
    text: newApi(
      'image pre-consumed quota failed, user quota: $0.010000, need quota: $0.040000',
      'insufficient_user_quota',
    ),
    cause: 'insufficient_balance',
  },
  { text: newApi('用户额度不足, 剩余额度: ¥0.000000', 'insufficient_user_quota'), cause: 'insufficient_balance' },
  {
    text: newApi('预扣费额度失败, 用户剩余额度: $0.309854, 需要预扣费额度: $0.800000', 'insufficient_user_quota'),
    cause: 'insufficient_balance',
  },
  {
    text: newApi(
      'token quota is not enough, token remain quota: $0.100000, need quota: $0.500000',
      'pre_consume_token_quota_failed',
    ),
    cause: 'insufficient_balance',
  },
  {
    text: 'user quota is not enough, user quota: $0.010000, need quota: $0.020000',
    cause: 'insufficient_balance',
  },
  // new-api's subscription billing (service/billing_session.go, find_string id 67566092285)
  {
    text: newApi('订阅额度不足或未配置订阅: no active subscription', 'insufficient_user_quota'),
    cause: 'insufficient_balance',
  },
  { text: oneApi('令牌额度不足', 'pre_consume_token_quota_failed'), cause: 'insufficient_balance' },
  { text: oneApi('用户额度不足', 'pre_consume_token_quota_failed'), cause: 'insufficient_balance' },
  { text: 'Insufficient token quota', cause: 'insufficient_balance' },
  { text: 'Insufficient user quota', cause: 'insufficient_balance' },
  // relay/helper/price.go ModelPriceHelper: a model the operator never priced (bilingual in one string)
  {
    // (the operator's configuration, not the caller's: the catalogue's model-price-not-set, a gateway error)
    text: newApi(
      '模型 gpt-5-mini 倍率或价格未配置, 请联系管理员设置；Model gpt-5-mini ratio or price not set, please contact administrator to set',
      'model_price_error',
    ),
    cause: 'gateway_error',
  },
  {
    text: newApi(
      '模型 gpt-5-mini 倍率或价格未配置，请设置或开始自用模式；Model gpt-5-mini ratio or price not set, please set or start self-use mode',
      'model_price_error',
    ),
    cause: 'gateway_error',
  },
  // middleware/model-rate-limit.go, i18n rate_limit.*
  { text: newApi('您已达到请求数限制：1分钟内最多请求60次' + rid), cause: 'rate_limit' },
  { text: newApi('You have reached the request limit: maximum 60 requests in 1 minutes' + rid), cause: 'rate_limit' },
  {
    text: newApi('您已达到总请求数限制：1分钟内最多请求100次，包括失败次数，请检查您的请求是否正确' + rid),
    cause: 'rate_limit',
  },
  {
    text: newApi(
      'You have reached the total request limit: maximum 100 requests in 1 minutes, including failed attempts' + rid,
    ),
    cause: 'rate_limit',
  },
  { text: newApi('rate_limit_check_failed' + rid), cause: 'gateway_error' },
  // upstream failures: service/error.go RelayErrorHandler and OpenAIErrorWrapper (new-api), relay/controller/error.go
  // (one-api)
  {
    text: '{"error":{"message":"bad response status code 503","type":"upstream_error","param":"503","code":"bad_response_status_code"}}',
    cause: 'upstream_unavailable',
  },
  {
    text: '{"error":{"message":"bad response status code 500","type":"upstream_error","param":"500","code":"bad_response_status_code"}}',
    cause: 'upstream_unavailable',
  },
  {
    text: '{"error":{"message":"bad response status code 429","type":"upstream_error","param":"429","code":"bad_response_status_code"}}',
    cause: 'rate_limit',
  },
  // (new-api hides a Post/dial error behind these words: the gateway could not reach its upstream)
  { text: newApi('请求上游地址失败', 'do_request_failed'), cause: 'upstream_unavailable' },
  {
    text: '{"error":{"message":"resp is nil","type":"upstream_error","param":"","code":"bad_response"}}',
    cause: 'upstream_unavailable',
  },
  // request validation: relay-text.go getAndValidateTextRequest / one-api relay/controller/validator, relay-image.go,
  // relay/controller/image.go, relay/controller/audio.go, relay_rerank.go, claude_handler.go
  { text: newApi('field messages is required', 'invalid_text_request'), cause: 'bad_request' },
  { text: newApi('model is required', 'invalid_text_request'), cause: 'bad_request' },
  { text: newApi('max_tokens is invalid', 'invalid_text_request'), cause: 'bad_request' },
  { text: oneApi('field prompt is required', 'invalid_text_request'), cause: 'bad_request' },
  { text: newApi('prompt is required', 'invalid_image_request'), cause: 'bad_request' },
  {
    text: newApi(
      'size must be one of 256x256, 512x512, or 1024x1024, dall-e-3 1024x1792 or 1792x1024',
      'invalid_image_request',
    ),
    cause: 'bad_request',
  },
  { text: oneApi('size not supported for this image model', 'size_not_supported'), cause: 'bad_request' },
  { text: oneApi('invalid value of n', 'n_not_within_range'), cause: 'bad_request' },
  // (text-to-speech input over its limit: shortening it is the fix, as for a context window)
  { text: oneApi('input is too long (over 4096 characters)', 'text_too_long'), cause: 'context_length' },
  { text: newApi('documents is empty', 'invalid_documents'), cause: 'bad_request' },
  { text: newApi('input is empty', 'invalid_embedding_request'), cause: 'bad_request' },
  { text: newApi('sensitive words detected', 'sensitive_words_detected'), cause: 'content_policy' },
  {
    text: '{"error":{"message":"Invalid URL (POST /v1/chat/completion)","type":"invalid_request_error","param":"","code":""}}',
    cause: 'base_url',
  },
  {
    text: '{"error":{"message":"API not implemented","type":"new_api_error","param":"","code":"api_not_implemented"}}',
    cause: 'base_url',
  },
  {
    text: '{"error":{"message":"Panic detected, error: runtime error: invalid memory address or nil pointer dereference. Please submit a issue here: https://github.com/Calcium-Ion/new-api","type":"new_api_panic"}}',
    cause: 'gateway_error',
  },
  // task relays: relay/relay_task.go (suno, video), relay/relay-mj.go and service/midjourney.go (midjourney)
  {
    text: '{"code":"quota_not_enough","message":"user quota is not enough","data":null}',
    cause: 'insufficient_balance',
  },
  { text: '{"code":4,"description":"quota_not_enough","result":""}', cause: 'insufficient_balance' },
  { text: '{"code":"task_not_exist","message":"task_not_exist","data":null}', cause: 'task_failed' },
  { text: '{"code":"task_not_exist","message":"task_origin_not_exist","data":null}', cause: 'task_failed' },
  { text: '{"code":"task_channel_disable","message":"该任务所属渠道已被禁用","data":null}', cause: 'no_channel' },
  { text: '{"code":4,"description":"该任务所属渠道已被禁用","result":""}', cause: 'no_channel' },
  { text: '{"code":"invalid_api_platform","message":"invalid api platform: kling","data":null}', cause: 'bad_request' },
  { text: '{"code":4,"description":"task_no_found","result":""}', cause: 'task_failed' },
  { text: '{"code":4,"description":"midjourney_task_not_found","result":""}', cause: 'task_failed' },
  { text: '{"code":4,"description":"task_status_not_success","result":""}', cause: 'task_failed' },
  { text: '{"code":4,"description":"prompt_is_required","result":""}', cause: 'bad_request' },
  { text: '{"code":4,"description":"sour_base64_and_target_base64_is_required","result":""}', cause: 'bad_request' },
  { text: '{"code":4,"description":"unknown_action:MJ::JOB::upsample::5","result":""}', cause: 'bad_request' },
  { text: newApi('无效的midjourney请求，prompt is required' + rid), cause: 'bad_request' },
  { text: newApi('Invalid Midjourney request: prompt is required' + rid), cause: 'bad_request' },
  // service/midjourney.go DoMidjourneyHttpRequest (code 5, MjErrorUnknown): the midjourney upstream did not answer
  { text: '{"code":5,"description":"do_request_failed","result":""}', cause: 'upstream_unavailable' },
  { text: '{"code":5,"description":"empty_response_body","result":""}', cause: 'upstream_unavailable' },
  // relay/channel/task/suno/adaptor.go ValidateRequestAndSetAction
  { text: '{"code":"invalid_request","message":"task id is empty","data":null}', cause: 'bad_request' },
  { text: '{"code":"invalid_request","message":"prompt_empty","data":null}', cause: 'bad_request' },
  // controller/midjourney.go and controller/task.go, the task record a poll returns
  { text: '{"status":"FAILURE","fail_reason":"上游任务超时（超过1小时）","progress":"100%"}', cause: 'task_failed' },
  {
    // reads as two causes: a failed task (its status) that the gateway failed (its channel record is gone), left unnamed
    text: '{"code":"error","message":"","data":{"status":"FAILURE","fail_reason":"获取渠道信息失败，请联系管理员，渠道ID：12"}}',
    cause: 'gateway_error',
  },
  // one-api middleware/recover.go; relay/adaptor/openai ErrorWrapper around a failed upstream call (do_request_failed
  // carries Go's error: the gateway could not reach its upstream, nothing on the caller's side)
  {
    text: '{"error":{"message":"Panic detected, error: runtime error: index out of range [0] with length 0. Please submit an issue with the related log here: https://github.com/songquanpeng/one-api","type":"one_api_panic"}}',
    cause: 'gateway_error',
  },
  {
    text: oneApi(
      'Post "https://api.openai.com/v1/chat/completions": dial tcp 104.18.6.192:443: i/o timeout' + rid,
      'do_request_failed',
    ),
    cause: 'upstream_unavailable',
  },
  // newer new-api service/sensitive.go through types.ErrorCodeSensitiveWordsDetected
  { text: newApi('sensitive words detected: 某词', 'sensitive_words_detected'), cause: 'content_policy' },
  // the same aborts on Claude's and Gemini's routes (new-api middleware/utils.go abortWithOpenAiMessage, which
  // controller/relay.go rewrites for /v1/messages as {"type":"error","error":{…}})
  {
    text: '{"type":"error","error":{"type":"new_api_error","message":"当前分组 default 下对于模型 claude-sonnet-4 无可用渠道 (request id: 20250411233132123456789abcdef)"}}',
    cause: 'no_channel',
  },
  {
    text: '{"type":"error","error":{"type":"insufficient_user_quota","message":"预扣费额度失败, 用户剩余额度: $0.309854, 需要预扣费额度: $0.800000"}}',
    cause: 'insufficient_balance',
  },
  {
    text: '{"type":"error","error":{"type":"new_api_error","message":"该令牌额度已用尽 TokenStatusExhausted[sk-abcd***wxyz] (request id: 20250411233132123456789abcdef)"}}',
    cause: 'insufficient_balance',
  },
  // i18n quota.insufficient, both languages
  { text: newApi('额度不足' + rid), cause: 'insufficient_balance' },
  { text: newApi('Insufficient quota' + rid), cause: 'insufficient_balance' },
  // one-api's token checks word for word (model/token.go ValidateUserToken), the same words new-api kept
  { text: oneApi('该令牌已过期' + rid), cause: 'invalid_key' },
  { text: oneApi('该令牌状态不可用' + rid), cause: 'invalid_key' },
  { text: oneApi('未提供令牌' + rid), cause: 'key_format' },
  { text: oneApi('无效的令牌' + rid), cause: 'invalid_key' },
  { text: oneApi('用户已被封禁' + rid), cause: 'permission' },
  { text: oneApi('普通用户不支持指定渠道' + rid), cause: 'key_format' },
  { text: oneApi('该渠道已被禁用' + rid), cause: 'no_channel' },
  { text: oneApi('数据库一致性已被破坏，请联系管理员' + rid), cause: 'gateway_error' },
  { text: oneApi('无效的渠道 Id' + rid), cause: 'key_format' },
  // (an image prompt over the model's limit, relay/controller/image.go: shortening it is the fix)
  { text: oneApi('prompt is too long', 'prompt_too_long'), cause: 'context_length' },
  { text: oneApi('model is required', 'invalid_text_request'), cause: 'bad_request' },
  { text: oneApi('field input is required', 'invalid_text_request'), cause: 'bad_request' },
  { text: oneApi('field instruction is required', 'invalid_text_request'), cause: 'bad_request' },
  // new-api web/src/i18n/locales/en.json: the console's English for the same relay strings
  { text: 'Current group upstream load is saturated. Please try again later', cause: 'rate_limit' },
  { text: '无可用渠道', cause: 'no_channel' },
  { text: 'No available channels', cause: 'no_channel' },
  // newer new-api's policy codes (types/error.go): Gemini's prompt feedback (relay/channel/gemini/relay-gemini.go,
  // find_string id 65903844803) and xAI's refusals it charges a violation fee for (service/violation_fee.go, its markers
  // `Failed check: SAFETY_CHECK_TYPE` and `Content violates usage guidelines`, find_string id 57376564706)
  {
    text: '{"error":{"message":"request blocked by Gemini API: PROHIBITED_CONTENT","type":"prompt_blocked","param":"","code":"prompt_blocked"}}',
    cause: 'content_policy',
  },
  {
    text: '{"error":{"message":"Failed check: SAFETY_CHECK_TYPE_CSAM","type":"violation_fee.grok.csam","param":"","code":"violation_fee.grok.csam"}}',
    cause: 'content_policy',
  },
  {
    text: '{"error":{"message":"Content violates usage guidelines","type":"violation_fee.grok.csam","param":"","code":"violation_fee.grok.csam"}}',
    cause: 'content_policy',
  },
]
