/**
 * Codes and types that many different errors share (`invalid_request_error` covers a bad
 * parameter, a long prompt and, on Anthropic, an empty balance). The lookup counts them as weak
 * evidence, so a specific code or the message wording decides.
 */
export const genericErrorCodes: ReadonlySet<string> = new Set([
  'invalid_request_error',
  'api_error',
  'authentication_error',
  'server_error',
  'upstream_error',
  'invalid_argument',
  'timeout',
  'rate_limit',
  'internal_error',
  'service_unavailable',
  'bad_response',
  // one-api wraps every non-200 upstream answer in this code; the status and message say why.
  'bad_response_status_code',
  // DashScope and Volcengine Ark send this for a bad parameter and for an over-long input alike.
  'invalidparameter',
  // new-api answers `model_not_found` for an unknown model, for no channel in the group and for a
  // saturated group alike (middleware/distributor.go); the message says which.
  'model_not_found',
  // new-api's task relay (relay/relay_task.go) wraps any failure to build the upstream request in
  // it: a file over the vendor's size limit as much as a broken channel; the message says which.
  'build_request_failed',
  // round 41 (media): and its task adaptors answer a submit the provider refused under this code with the provider's own
  // message (relay/channel/task/kling/adaptor.go DoResponse `TaskErrorWrapperLocal(fmt.Errorf("%s", kResp.Message),
  // "task_failed", http.StatusBadRequest)`, the same in the Vidu, LiblibAI and other adaptors): Kling's `Account balance not
  // enough` or its content check as much as a job that failed; the message says which.
  'task_failed',
  // new-api counts a request's tokens before sending it and answers this code when it cannot: for
  // tools that are not a list or an image it cannot read as much as for its own failure
  // (service/token_counter.go); its message is the one new-api never masks, since it says which.
  'count_token_failed',
  // OpenAI's code for any out-of-range value: a bad temperature and a max_tokens above the model's
  // output limit alike; the message says which.
  'invalid_value',
  // OpenAI's code for a value it will not take: a parameter a model does not support (`temperature` on a
  // reasoning model) as much as `stream` refused to an unverified organization (`Your organization must be
  // verified to stream this model`, a 400 with `"param":"stream"`); the message says which (round 17).
  'unsupported_value',
  // openai-python, anthropic-sdk-python and LiteLLM raise AuthenticationError for every 401 (`_make_status_error`,
  // LiteLLM's exception mapping): a missing key or one in the wrong header as much as a wrong key; the message says which.
  'authenticationerror',
  // Google's PERMISSION_DENIED status (Gemini, Vertex, every googleapis.com API) covers a call with no key at all
  // (`Method doesn't allow unregistered callers`), a project that has not enabled the API, a key restricted to
  // other referrers or apps and a key reported as leaked; the message says which (round 15).
  'permission_denied',
  // Anthropic's 403 type, which Kimi's Anthropic-style endpoint also sends for its concurrency limit (`You've reached your
  // concurrent request limit`, Wei-Shaw/sub2api#6955, #6203) and for a spent billing cycle (`You've reached your usage
  // limit for this billing cycle`, NanmiCoder/cc-haha#1208) as much as for a permission; the message says which (round 16).
  'permission_error',
  // round 37 (wrong-en): Google's RESOURCE_EXHAUSTED status (Gemini, Vertex, every googleapis.com API, google/rpc/code.proto
  // `Some resource has been exhausted, perhaps a per-user quota, or perhaps the entire file system is out of space`) covers
  // a per-minute rate limit as much as a daily quota, depleted Prepay credits (`Your prepayment credits are depleted`,
  // discuss.ai.google.dev/t/170005) and a project's monthly spend cap (`Your project has exceeded its monthly spending cap`,
  // discuss.ai.google.dev/t/189883); the message says which.
  'resource_exhausted',
  // round 42 (cnsdk): the TencentCloud SDK's ClientNetworkError wraps whatever its HTTP layer raised (tencentcloud-sdk-python
  // tencentcloud/common/http/request.py send_request): a read timeout as much as a refused connection; the message says which.
  'clientnetworkerror',
])
