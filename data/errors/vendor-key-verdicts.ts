/**
 * A vendor's own words for a key it does not know, which a relay never sends about its own keys (chatanywhere's
 * maintainers on OpenAI's wording: `你这报错就是官方的报错…chatanywhere的key错了的报错不是这个提示`,
 * chatanywhere/GPT_API_free#302). Two readings use them: the entry `key-sent-to-vendor` (request.ts) when a relay's
 * or a plan's key is named beside them, and the guess (components/error-lookup/guess.ts), which offers the base URL
 * when a relay's address is. Lowercase regex sources.
 */
export const vendorKeyVerdicts: ReadonlyArray<{ vendor: string; pattern: string }> = [
  // `Incorrect API key provided: sk-…`, and gpt_academic's wrapper of it (`OpenAI以提供了不正确的API_KEY为由, 拒绝服务`);
  // not the key page's address that follows it, which OpenAI's missing-key message (`You didn't provide an API key`)
  // gives too
  { vendor: 'OpenAI', pattern: 'incorrect api key provided|提供了不正确的api_key' },
  // `Authentication Fails, Your api key: ****abcd is invalid` (api-docs.deepseek.com error codes, 401)
  { vendor: 'DeepSeek', pattern: 'authentication fails' },
  // authentication_error `invalid x-api-key` (docs.anthropic.com/en/api/errors)
  { vendor: 'Anthropic', pattern: 'invalid x-api-key' },
  // InvalidApiKey `Invalid API-key provided.` (Alibaba Cloud Model Studio error codes)
  { vendor: 'DashScope', pattern: 'invalid api-?key provided' },
  // invalid_authentication_error `Invalid Authentication` (platform.moonshot.cn error codes)
  { vendor: 'Moonshot', pattern: 'invalid authentication\\b' },
  // API_KEY_INVALID `API key not valid. Please pass a valid API key.` (ai.google.dev troubleshooting)
  { vendor: 'Google', pattern: 'api key not valid' },
]

/** Words that say a key is a relay's or a vendor plan's (Coding Plan), not the vendor's own account key. */
export const relayKeyWords = '中转站?|转发|第三方|代理商|\\brelay\\b|third[- ]party|coding[ _-]?plan|编程套餐'

/** Any vendor's own words for a key it does not know, as one regex source. */
export const vendorKeyWording = vendorKeyVerdicts.map(({ pattern }) => pattern).join('|')
