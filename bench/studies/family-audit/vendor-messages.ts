import type { AuditMessage } from './messages.ts'

/**
 * Issue #13 family 1: the Chinese model vendors' own error bodies and messages, which gateways pass on unchanged,
 * written down from each vendor's error-code table or SDK (example ids, models and numbers filled in). Each group
 * names its source. The cause follows the catalogue's choices: an overdue account or a plan that ran out is a balance
 * problem, a locked or inactive account a permission one (`account-banned`), a busy model the upstream's, a
 * concurrency, frequency or period cap a rate limit. Zhipu's 1305 reads as two causes: the vendor sends it with a 429
 * and words it both `该 API 已触发流量限制` (a limit) and `该模型当前访问量过大` (a busy model); Qianfan's 4 `Open api
 * request limit reached`, a limit in its words and the cluster's (集群超限额, a system error) in its docs, takes the
 * tuning set's reading, a limit (`test/unit/family-audit.test.ts` holds the two sets to one cause). Some texts
 * are the table's code and meaning put in the vendor's body shape rather than a body copied from a source: DeepSeek's
 * bodies, Kimi's 429, 403 and quota messages, MiniMax 2013 and 2049, Qianfan 17, 18, 111, 336501, 336502 and 336007,
 * SiliconFlow's 30001, 50505, TPM message and `Invalid token`, DashScope's `Model not exist.`; none drove a pattern.
 */
export const vendorMessages: AuditMessage[] = [
  // Zhipu / BigModel: https://docs.bigmodel.cn/cn/api/api-code (and /cn/faq/api-code), the body gateways pass on
  { text: '401 {"error":{"code":"1000","message":"身份验证失败"}}', cause: 'invalid_key' },
  {
    text: '401 {"error":{"code":"1001","message":"Header 中未收到 Authentication 参数，无法进行身份验证"}}',
    cause: 'key_format',
  },
  {
    text: '401 {"error":{"code":"1002","message":"Authentication Token 非法，请确认 Authentication Token 正确传递"}}',
    cause: 'invalid_key',
  },
  {
    text: '401 {"error":{"code":"1003","message":"Authentication Token 已过期，请重新生成/获取"}}',
    cause: 'invalid_key',
  },
  { text: '401 {"error":{"code":"1004","message":"通过 Authentication Token 的验证失败"}}', cause: 'invalid_key' },
  { text: '{"error":{"code":"1110","message":"您的账户当前处于非活动状态。请检查账户信息"}}', cause: 'permission' },
  { text: '{"error":{"code":"1111","message":"您的账户不存在"}}', cause: 'invalid_key' },
  { text: '{"error":{"code":"1112","message":"您的账户已被锁定，请联系客服解锁"}}', cause: 'permission' },
  { text: '429 {"error":{"code":"1113","message":"您的账户已欠费，请充值后重试"}}', cause: 'insufficient_balance' },
  { text: '{"error":{"code":"1120","message":"无法成功访问您的账户，请稍后重试"}}', cause: 'permission' },
  { text: '{"error":{"code":"1121","message":"账户存违规行为，账号已被锁定"}}', cause: 'permission' },
  { text: '400 {"error":{"code":"1210","message":"API 调用参数有误，请检查文档"}}', cause: 'bad_request' },
  { text: '400 {"error":{"code":"1211","message":"模型不存在，请检查模型代码"}}', cause: 'model_not_found' },
  { text: '{"error":{"code":"1212","message":"当前模型不支持 SSE 调用方式"}}', cause: 'bad_request' },
  { text: '{"error":{"code":"1213","message":"未正常接收到 messages 参数"}}', cause: 'bad_request' },
  { text: '{"error":{"code":"1214","message":"temperature 参数非法。请检查文档"}}', cause: 'bad_request' },
  { text: '{"error":{"code":"1215","message":"temperature 与 top_p 不能同时设置，请检查文档"}}', cause: 'bad_request' },
  { text: '{"error":{"code":"1220","message":"您无权访问 glm-4-plus"}}', cause: 'permission' },
  { text: '{"error":{"code":"1221","message":"API chatglm_pro 已下线"}}', cause: 'model_not_found' },
  { text: '400 {"error":{"code":"1261","message":"Prompt 超长"}}', cause: 'context_length' },
  {
    text: '400 {"error":{"code":"1301","message":"系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合"}}',
    cause: 'content_policy',
  },
  {
    text: '429 {"error":{"code":"1302","message":"您当前使用该 API 的并发数过高，请降低并发，或联系客服增加限额"}}',
    cause: 'rate_limit',
  },
  {
    text: '429 {"error":{"code":"1303","message":"您当前使用该 API 的频率过高，请降低频率，或联系客服增加限额"}}',
    cause: 'rate_limit',
  },
  {
    text: '429 {"error":{"code":"1304","message":"该 API 已达今日调用次数限额，如有更多需求，请联系客服购买"}}',
    cause: 'rate_limit',
  },
  { text: '429 {"error":{"code":"1305","message":"该 API 已触发流量限制"}}', cause: 'rate_limit' },
  { text: '429 {"error":{"code":"1302","message":"您的账户已达到速率限制，请您控制请求频率"}}', cause: 'rate_limit' },
  {
    text: '429 {"error":{"code":"1305","message":"该模型当前访问量过大，请您稍后再试"}}',
    cause: 'upstream_unavailable',
  },
  {
    text: '429 {"error":{"code":"1308","message":"已达到 5 小时 的使用上限。您的限额将在 2025-09-01 18:00:00 重置。"}}',
    cause: 'rate_limit',
  },
  {
    text: '{"error":{"code":"1309","message":"您的 GLM Coding Plan 套餐已到期，暂无法使用，前往官方续订后即可恢复 https://bigmodel.cn/claude-code"}}',
    cause: 'insufficient_balance',
  },
  {
    text: '429 {"error":{"code":"1310","message":"您已达到每周/每月使用上限，您的限额将在 2025-09-08 00:00:00 重置"}}',
    cause: 'rate_limit',
  },
  { text: '{"error":{"code":"1311","message":"当前订阅套餐暂未开放glm-4.6权限"}}', cause: 'permission' },
  {
    text: '429 {"error":{"code":"1312","message":"该模型当前访问量过大，请您稍后再试，或切换其他模型如 glm-4.5-air 等"}}',
    cause: 'upstream_unavailable',
  },
  {
    text: '429 {"error":{"code":"1313","message":"您的账户当前使用模式不符合公平使用策略，请求频率已受到限制。"}}',
    cause: 'rate_limit',
  },

  // Alibaba DashScope / Model Studio (Bailian): https://help.aliyun.com/zh/model-studio/developer-reference/error-code
  // and https://help.aliyun.com/en/model-studio/error-code, in the native and the OpenAI-compatible shapes
  {
    text: '{"code":"InvalidParameter","message":"Required parameter(s) missing or invalid, please check the request parameters.","request_id":"a1b2c3d4"}',
    cause: 'bad_request',
  },
  {
    text: '{"error":{"code":"data_inspection_failed","param":null,"message":"Input data may contain inappropriate content.","type":"data_inspection_failed"}}',
    cause: 'content_policy',
  },
  {
    text: '{"code":"DataInspectionFailed","message":"Output data may contain inappropriate content.","request_id":"a1b2c3d4"}',
    cause: 'content_policy',
  },
  {
    text: '{"code":"BadRequest.EmptyModel","message":"Required parameter \\"model\\" missing from request.","request_id":"a1b2c3d4"}',
    cause: 'bad_request',
  },
  {
    text: '{"code":"Arrearage","message":"Access denied, please make sure your account is in good standing.","request_id":"a1b2c3d4"}',
    cause: 'insufficient_balance',
  },
  {
    text: "Error code: 401 - {'error': {'message': 'Incorrect API key provided. ', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
    cause: 'invalid_key',
  },
  {
    text: '{"code":"InvalidApiKey","message":"Invalid API-key provided.","request_id":"a1b2c3d4"}',
    cause: 'invalid_key',
  },
  { text: '{"code":"AccessDenied","message":"Access denied.","request_id":"a1b2c3d4"}', cause: 'permission' },
  {
    text: '{"code":"AccessDenied.Unpurchased","message":"Access to model denied. Please make sure you are eligible for using the model.","request_id":"a1b2c3d4"}',
    cause: 'permission',
  },
  { text: '{"code":"ModelNotFound","message":"Model not exist.","request_id":"a1b2c3d4"}', cause: 'model_not_found' },
  {
    text: '{"code":"RequestTimeOut","message":"Request timed out, please try again later.","request_id":"a1b2c3d4"}',
    cause: 'timeout',
  },
  {
    text: '{"code":"Throttling","message":"Requests throttling triggered.","request_id":"a1b2c3d4"}',
    cause: 'rate_limit',
  },
  {
    text: '{"code":"Throttling.RateQuota","message":"Requests rate limit exceeded, please try again later.","request_id":"a1b2c3d4"}',
    cause: 'rate_limit',
  },
  {
    text: '{"code":"Throttling.AllocationQuota","message":"Allocated quota exceeded, please increase your quota limit.","request_id":"a1b2c3d4"}',
    cause: 'rate_limit',
  },
  {
    text: '{"code":"Throttling.AllocationQuota","message":"Free allocated quota exceeded.","request_id":"a1b2c3d4"}',
    cause: 'insufficient_balance',
  },
  {
    text: '{"code":"InternalError","message":"An internal error has occured, please try again later or contact service support.","request_id":"a1b2c3d4"}',
    cause: 'upstream_unavailable',
  },
  {
    text: '{"code":"InvalidParameter","message":"Range of input length should be [1, 129024]","request_id":"a1b2c3d4"}',
    cause: 'context_length',
  },
  {
    text: '{"code":"InvalidParameter","message":"Either \\"prompt\\" or \\"messages\\" must exist and cannot both be none","request_id":"a1b2c3d4"}',
    cause: 'bad_request',
  },
  {
    text: '{"code":"InvalidParameter","message":"\'messages\' must contain the word \'json\' in some form, to use \'response_format\' of type \'json_object\'.","request_id":"a1b2c3d4"}',
    cause: 'bad_request',
  },
  {
    text: '{"code":"InvalidParameter","message":"parameter.enable_thinking must be set to false for non-streaming calls","request_id":"a1b2c3d4"}',
    cause: 'bad_request',
  },
  {
    text: '{"code":"BadRequest.EmptyInput","message":"Required input parameter missing from request.","request_id":"a1b2c3d4"}',
    cause: 'bad_request',
  },
  {
    text: '{"code":"InvalidParameter.DataInspection","message":"The media format is not supported or incorrect for the data inspection.","request_id":"a1b2c3d4"}',
    cause: 'bad_request',
  },
  // Model Studio Coding Plan FAQ (https://www.alibabacloud.com/help/en/model-studio/coding-plan-faq)
  { text: '401 invalid access token or token expired', cause: 'invalid_key' },
  { text: "model 'qwen3-max-preview' is not supported", cause: 'model_not_found' },

  // DeepSeek: https://api-docs.deepseek.com/quick_start/error_codes (and /zh-cn/), the messages in the
  // OpenAI-compatible body its API returns
  {
    text: "Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****abcd is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}",
    cause: 'invalid_key',
  },
  {
    text: "Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}",
    cause: 'insufficient_balance',
  },
  {
    text: 'DeepSeek API 402 - 余额不足：账号余额不足，请确认账户余额并前往充值页面进行充值',
    cause: 'insufficient_balance',
  },
  { text: '429 - Rate Limit Reached: You are sending requests too quickly.', cause: 'rate_limit' },
  { text: '503 - Server Overloaded: The server is overloaded due to high traffic.', cause: 'upstream_unavailable' },
  { text: 'DeepSeek 503 - 服务器繁忙：服务器负载过高，请稍后重试您的请求', cause: 'upstream_unavailable' },

  // Moonshot / Kimi: https://platform.kimi.com/docs/api/errors and https://platform.kimi.ai/docs/api/errors.md
  {
    text: '{"error":{"type":"content_filter","message":"The request was rejected because it was considered high risk"}}',
    cause: 'content_policy',
  },
  {
    text: '{"error":{"type":"invalid_request_error","message":"Input token length too long"}}',
    cause: 'context_length',
  },
  {
    text: '{"error":{"type":"invalid_request_error","message":"Your request exceeded model token limit : 131072"}}',
    cause: 'context_length',
  },
  {
    text: '{"error":{"type":"invalid_authentication_error","message":"Invalid Authentication"}}',
    cause: 'invalid_key',
  },
  {
    text: '{"error":{"type":"incorrect_api_key_error","message":"Incorrect API key provided"}}',
    cause: 'invalid_key',
  },
  {
    text: '{"error":{"type":"exceeded_current_quota_error","message":"You exceeded your current token quota: <current_tokens> 0, please check your account balance"}}',
    cause: 'insufficient_balance',
  },
  {
    text: '{"error":{"type":"rate_limit_reached_error","message":"Your account org-1234<ak-abcd> request reached organization max concurrency: 3, please try again after 1 seconds"}}',
    cause: 'rate_limit',
  },
  {
    text: '{"error":{"type":"rate_limit_reached_error","message":"Your account org-1234<ak-abcd> request reached organization max RPM: 20, please try again after 1 seconds"}}',
    cause: 'rate_limit',
  },
  {
    text: '{"error":{"type":"engine_overloaded_error","message":"The engine is currently overloaded, please try again later"}}',
    cause: 'upstream_unavailable',
  },
  {
    text: '{"error":{"type":"resource_not_found_error","message":"Not found the model kimi-k3 or Permission denied"}}',
    cause: 'model_not_found',
  },
  {
    text: '{"error":{"type":"permission_denied_error","message":"The API you are accessing is not open"}}',
    cause: 'permission',
  },
  {
    text: '{"error":{"type":"invalid_request_error","message":"File size is too large, max file size is 100MB, please confirm and re-upload the file"}}',
    cause: 'bad_request',
  },
  // Kimi Code's quick lookup (https://www.kimi.com/code/docs/en/kimi-code/error-reference.html)
  { text: "403 You've reached your usage limit for this billing cycle", cause: 'insufficient_balance' },
  { text: '403 Kimi For Coding is currently only available for Coding Agents', cause: 'permission' },
  { text: '403 Access terminated', cause: 'permission' },
  { text: "429 We're receiving too many requests", cause: 'rate_limit' },
  { text: "429 You've reached your usage limit for this period", cause: 'rate_limit' },
  { text: '400 Your request exceeded model token limit: 262144', cause: 'context_length' },
  { text: '400 thinking is enabled but reasoning_content is missing', cause: 'bad_request' },
  { text: '404 Not found the model kimi-for-coding or Permission denied', cause: 'model_not_found' },
  { text: '401 The API Key appears to be invalid or may have expired', cause: 'invalid_key' },

  // MiniMax: https://platform.minimaxi.com/docs/api-reference/errorcode.md and
  // https://platform.minimax.io/docs/api-reference/errorcode.md, the native `base_resp` body
  { text: '{"base_resp":{"status_code":1001,"status_msg":"request timeout"}}', cause: 'timeout' },
  { text: '{"base_resp":{"status_code":1002,"status_msg":"rate limit"}}', cause: 'rate_limit' },
  { text: '{"base_resp":{"status_code":1004,"status_msg":"not authorized"}}', cause: 'invalid_key' },
  { text: '{"base_resp":{"status_code":1004,"status_msg":"token not match group"}}', cause: 'invalid_key' },
  { text: '{"base_resp":{"status_code":1004,"status_msg":"cookie is missing, log in again"}}', cause: 'invalid_key' },
  { text: '{"base_resp":{"status_code":1008,"status_msg":"insufficient balance"}}', cause: 'insufficient_balance' },
  { text: '{"base_resp":{"status_code":1026,"status_msg":"input new_sensitive"}}', cause: 'content_policy' },
  { text: '{"base_resp":{"status_code":1027,"status_msg":"output new_sensitive"}}', cause: 'content_policy' },
  { text: '{"base_resp":{"status_code":1024,"status_msg":"internal error"}}', cause: 'upstream_unavailable' },
  { text: '{"base_resp":{"status_code":2013,"status_msg":"invalid params"}}', cause: 'bad_request' },
  { text: '{"base_resp":{"status_code":2049,"status_msg":"invalid api key"}}', cause: 'invalid_key' },
  { text: 'MiniMax 错误码 1008：余额不足，请检查您的账户余额', cause: 'insufficient_balance' },
  { text: 'MiniMax 错误码 1026：输入内容涉敏，请调整输入内容', cause: 'content_policy' },

  // Volcengine Ark / Doubao: https://www.volcengine.com/docs/82379/1299023 (公共错误码) and /1099476 (错误码)
  {
    text: '{"error":{"code":"MissingParameter","message":"The request failed because it is missing one or multiple required parameters. Request ID: 0217281234","type":"BadRequest"}}',
    cause: 'bad_request',
  },
  {
    text: '{"error":{"code":"InvalidParameter","message":"One or more parameters specified in the request are not valid. Request ID: 0217281234","type":"BadRequest"}}',
    cause: 'bad_request',
  },
  {
    text: '{"error":{"code":"InvalidEndpoint.ClosedEndpoint","message":"The request targeted an endpoint that is currently closed or temporarily unavailable. Request ID: 0217281234","type":"BadRequest"}}',
    cause: 'upstream_unavailable',
  },
  {
    text: '{"error":{"code":"InputTextRiskDetection","message":"The request could not be processed because the input text includes sensitive content that violates ContentSecurityDetection.ARKRequest ID:0217281234;CSDRequestId:abc;Label:x;SubLabel:y","type":"BadRequest"}}',
    cause: 'content_policy',
  },
  {
    text: '{"error":{"code":"AuthenticationError","message":"The API key or AK/SK in the request is missing or invalid. Request ID: 0217281234","type":"Unauthorized"}}',
    cause: 'invalid_key',
  },
  {
    text: '{"error":{"code":"AccountOverdueError","message":"The request failed because your account has an overdue balance. Request ID: 0217281234","type":"Forbidden"}}',
    cause: 'insufficient_balance',
  },
  {
    text: '{"error":{"code":"AccessDenied","message":"The request failed because you do not have access to the requested resource. Request ID: 0217281234","type":"Forbidden"}}',
    cause: 'permission',
  },
  {
    text: '{"error":{"code":"InvalidEndpointOrModel.NotFound","message":"The model or endpoint doubao-pro-32k does not exist or you do not have access to it. Request ID: 0217281234","type":"NotFound"}}',
    cause: 'model_not_found',
  },
  {
    text: '{"error":{"code":"ModelNotOpen","message":"Your account 2100123456 has not activated the model doubao-seed-1-6. Please activate the model service in the Ark Console. Request ID: 0217281234","type":"NotFound"}}',
    cause: 'permission',
  },

  // Baidu Qianfan: baidubce/bce-qianfan-sdk python/qianfan/consts.py (APIErrorCode) and the error-code page
  // (cloud.baidu.com/doc/WENXINWORKSHOP/s/tlmyncueh), the native `error_code`/`error_msg` body
  { text: '{"error_code":110,"error_msg":"Access token invalid or no longer valid"}', cause: 'invalid_key' },
  { text: '{"error_code":111,"error_msg":"Access token expired"}', cause: 'invalid_key' },
  { text: '{"error_code":17,"error_msg":"Open api daily request limit reached"}', cause: 'rate_limit' },
  { text: '{"error_code":18,"error_msg":"Open api qps request limit reached"}', cause: 'rate_limit' },
  { text: '{"error_code":2,"error_msg":"Service temporarily unavailable"}', cause: 'upstream_unavailable' },
  { text: '{"error_code":6,"error_msg":"No permission to access data"}', cause: 'permission' },
  { text: '{"error_code":336000,"error_msg":"Internal error"}', cause: 'upstream_unavailable' },
  { text: '{"error_code":336001,"error_msg":"Invalid Argument"}', cause: 'bad_request' },
  { text: '{"error_code":336002,"error_msg":"Invalid JSON"}', cause: 'bad_request' },
  { text: '{"error_code":4,"error_msg":"Open api request limit reached"}', cause: 'rate_limit' },
  { text: '{"error_code":336003,"error_msg":"messages is not valid"}', cause: 'bad_request' },
  { text: '{"error_code":336100,"error_msg":"try again later"}', cause: 'upstream_unavailable' },
  { text: '{"error_code":336501,"error_msg":"Rate limit reached for RPM"}', cause: 'rate_limit' },
  { text: '{"error_code":336502,"error_msg":"Rate limit reached for TPM"}', cause: 'rate_limit' },
  { text: '{"error_code":336007,"error_msg":"the max length of current question is 2000"}', cause: 'context_length' },

  // Tencent Hunyuan: TencentCloud/tencentcloud-sdk-python tencentcloud/hunyuan/v20230901/errorcodes.py, as the SDK's
  // TencentCloudSDKException prints them
  {
    text: '[TencentCloudSDKException] code:ResourceInsufficient.ChargeResourceExhaust message:计费资源已耗尽。 requestId:6a1b2c3d',
    cause: 'insufficient_balance',
  },
  {
    text: '[TencentCloudSDKException] code:FailedOperation.FreeResourcePackExhausted message:免费资源包余量已用尽，请购买资源包或开通后付费。 requestId:6a1b2c3d',
    cause: 'insufficient_balance',
  },
  {
    text: '[TencentCloudSDKException] code:FailedOperation.ServiceNotActivated message:服务未开通，请前往控制台申请试用。 requestId:6a1b2c3d',
    cause: 'permission',
  },
  {
    text: '[TencentCloudSDKException] code:FailedOperation.ServiceStopArrears message:欠费停服。 requestId:6a1b2c3d',
    cause: 'insufficient_balance',
  },
  {
    text: '[TencentCloudSDKException] code:ResourceUnavailable.InArrears message:账号已欠费。 requestId:6a1b2c3d',
    cause: 'insufficient_balance',
  },
  {
    text: '[TencentCloudSDKException] code:ResourceUnavailable.LowBalance message:余额不足。 requestId:6a1b2c3d',
    cause: 'insufficient_balance',
  },
  {
    text: '[TencentCloudSDKException] code:FailedOperation.EngineRequestTimeout message:引擎层请求超时；请稍后重试。 requestId:6a1b2c3d',
    cause: 'timeout',
  },
  {
    text: '[TencentCloudSDKException] code:FailedOperation.EngineServerError message:引擎层内部错误；请稍后重试。 requestId:6a1b2c3d',
    cause: 'upstream_unavailable',
  },
  {
    text: '[TencentCloudSDKException] code:FailedOperation.EngineServerLimitExceeded message:引擎层请求超过限额；请稍后重试。 requestId:6a1b2c3d',
    cause: 'rate_limit',
  },
  {
    text: '[TencentCloudSDKException] code:InvalidParameterValue.Model message:模型不存在。 requestId:6a1b2c3d',
    cause: 'model_not_found',
  },
  {
    text: '[TencentCloudSDKException] code:OperationDenied.TextIllegalDetected message:文本包含违法违规信息，审核不通过。 requestId:6a1b2c3d',
    cause: 'content_policy',
  },
  {
    text: '[TencentCloudSDKException] code:OperationDenied.ImageIllegalDetected message:图片可能包含敏感信息，请重试 requestId:6a1b2c3d',
    cause: 'content_policy',
  },
  {
    text: '[TencentCloudSDKException] code:AuthFailure.SecretIdNotFound message:The SecretId is not found, please ensure that your SecretId is correct. requestId:6a1b2c3d',
    cause: 'invalid_key',
  },

  // SiliconFlow: https://docs.siliconflow.cn/en/faqs/error-code, the native `code`/`message`/`data` body
  {
    text: '400 {"code":20012,"message":"Model does not exist. Please check it carefully.","data":null}',
    cause: 'model_not_found',
  },
  {
    text: '403 {"code":30001,"message":"Sorry, your account balance is insufficient","data":null}',
    cause: 'insufficient_balance',
  },
  {
    text: '429 Request was rejected due to rate limiting. If you want more, please contact contact@siliconflow.cn. Details:TPM limit reached.',
    cause: 'rate_limit',
  },
  {
    text: '503 {"code":50505,"message":"Model service overloaded. Please try again later.","data":null}',
    cause: 'upstream_unavailable',
  },
  { text: '401 Invalid token', cause: 'invalid_key' },

  // Volcengine's edge model gateway (边缘大模型网关): https://www.volcengine.com/docs/6893/1337011
  { text: '30070011 模型额度已用完。请您在控制台申请扩容或开通后付费密钥。', cause: 'insufficient_balance' },
  { text: '30070012 请求超时。请您在网关控制台上适当增加超时时间后重试。', cause: 'timeout' },
  {
    text: '30070013 已触发 RPM（每分钟请求数）限流。请您稍后重试，或在控制台适当增加 RPM 限流上限。',
    cause: 'rate_limit',
  },
  { text: '30070101 您要访问的模型不存在。', cause: 'model_not_found' },
  { text: '30070010 您使用的第三方大模型提供商密钥不合法。请您检查后重试。', cause: 'invalid_key' },
]
