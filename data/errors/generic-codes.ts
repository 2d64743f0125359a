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
  // OpenAI's code for any out-of-range value: a bad temperature and a max_tokens above the model's
  // output limit alike; the message says which.
  'invalid_value',
])
