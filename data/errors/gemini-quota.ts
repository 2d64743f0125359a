/**
 * Gemini's free-tier 429 opens with OpenAI's quota sentences (`You exceeded your current quota, please check your plan
 * and billing details`) but links its rate-limit page and usage tab (ai.google.dev/gemini-api/docs/troubleshooting):
 * a rate limit, not a spent balance. The balance entry reads those sentences only without these marks around them, the
 * rate-limit entry reads them with them: both use these two, so the two readings cannot drift apart.
 */
/** The links the Gemini 429 carries: its rate-limit page and its usage tab, old and new. */
export const geminiQuotaLinks = 'gemini-api/docs/rate-limits|ai\\.dev/(?:usage\\?tab=)?rate-limit|ai\\.dev/usage'

/**
 * Gemini named up to `chars` characters before a sentence on the same line, as clients that wrap the 429 print it: 80
 * before the first sentence, 120 before the second, which follows it.
 */
export const geminiWithin = (chars: number): string => `\\bgemini\\b[^\\n]{0,${chars}}`
