import type { ErrorEntry } from '../errors.schema.ts'
import { qianfanCode } from './qianfan-codes.ts'
import { geminiQuotaLinks, geminiWithin } from './gemini-quota.ts'
import { chatLunaErrorCode } from './chatluna-template.ts'

const retryWithBackoff = {
  zh: '等几秒后重试，每次失败把等待时间加倍（如 2、4、8 秒），最多试 3–5 次。',
  en: 'Wait a few seconds and retry, doubling the wait after each failure (2, 4, 8 s), 3–5 tries at most.',
}
const checkStatusPage = {
  zh: '持续几分钟以上：查看状态页或控制台公告，或换一个同类模型。',
  en: 'Lasting more than a few minutes: check the status page or console notices, or switch to a similar model.',
}

/** Load, outages and time: the request was fine but could not be served now. */
export const serviceEntries: ErrorEntry[] = [
  {
    id: 'rate-limit-exceeded',
    cause: 'rate_limit',
    layer: 'gateway',
    statuses: [429, 403, 500, 503],
    // round 37 (wrong-en): 413 with its own words: Groq sends a request bigger than its tokens-per-minute allowance as a
    // 413 with code rate_limit_exceeded (`Request too large for model \`llama-3.1-8b-instant\` in organization … service
    // tier \`on_demand\` on tokens per minute (TPM): Limit 6000, Requested 6294, please reduce your message size and try
    // again.`; elizaOS/eliza#4040, console.groq.com/docs/rate-limits), read below. A bare 413 is a request too large.
    statusesWithWording: [413],
    defaultFor: [429],
    dialects: ['openai', 'one-api', 'new-api', 'openrouter', 'zenmux', 'anthropic', 'gemini', 'azure'],
    match: {
      codes: [
        // round 34 (en-vendors): OpenAI's `rate_limit_error` code `slow_down`, the body of the error-codes guide's row `503 -
        // Slow Down` (developers.openai.com/docs/guides/error-codes: `A sudden increase in your request rate is impacting service
        // reliability`); Cerebras' 429 codes for its per-minute request and token quotas (inference-docs.cerebras.ai/support/error,
        // `Requests per minute limit exceeded - too many requests sent.`, `Tokens per minute limit exceeded - too many tokens
        // processed.`: without the code the second one tied with the context window's `too many tokens`)
        'slow_down',
        'request_quota_exceeded',
        'token_quota_exceeded',
        // round 27 (en-vendors): Mistral's 429 when the key's service tier has no room left for the model (`Service tier
        // capacity exceeded for this model.`, type `service_tier_capacity_exceeded`, code 3505; find_string ids 71378495986,
        // 13436912019, 39720895773: its clients wait and retry or move to a lighter model or a higher tier)
        'service_tier_capacity_exceeded',
        // round 27 (en-vendors): Amazon Bedrock's runtime errors (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html,
        // docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html)
        'throttlingexception',
        'servicequotaexceededexception',
        'rate_limit_exceeded',
        'rate_limit_error',
        'rate_limit',
        'resource_exhausted',
        'too_many_requests',
        'token_concurrency_limit_reached',
        'token_concurrency_unavailable',
        'daily_cost_limit_exceeded',
        'weekly_opus_cost_limit_exceeded',
        'usage_limit_reached',
        'upstream_rate_limited',
        // round 39 (gateways-b): uni-api's admission control at its own concurrency or body budget (yym68686/uni-api
        // uni_api/middleware/admission.py, uni_api/observability/middleware.py: type local_overload), see patterns
        'local_overload',
      ],
      patterns: [
        // round 45 (agents): Roo Code's and Kilo Code's own 429 notices in their Chinese locale (RooCodeInc/Roo-Code and
        // Kilo-Org/kilocode src/i18n/locales/zh-CN/common.json: errors.cerebras.rateLimitExceeded `Cerebras API 速率限制已超出。
        // 请稍等后再发起另一个请求。`, Kilo's errors.geminiCli.rateLimitExceeded `API 请求频率限制已超出。免费层级限制已达到。`)
        '(?:速率|请求频率)限制已超出',
        // round 43 (gateways): codex-lb when every ChatGPT account that may serve a model has used its extra per-model quota
        // window (Soju06/codex-lb app/modules/proxy/load_balancer.py, codes quota_exhausted and
        // no_additional_quota_eligible_accounts: `Additional quota exhausted for model '<m>'`, `No accounts with available
        // additional quota for model '<m>'`); those windows reset, like its usage_limit_reached (codes above)
        '\\badditional quota exhausted for model\\b',
        '\\bno accounts with available additional quota for model\\b',
        // round 43 (gateways): AIBrix's per-model requests-per-second limit (vllm-project/aibrix pkg/plugins/gateway/
        // gateway_ratelimit.go, a 429 rate_limit_exceeded with header x-error-model-rps-exceeded `model: <m> has exceeded RPS: <n>`)
        '\\bhas exceeded rps: \\d',
        // round 43 (gateways): claude-code-router's gateway at a limit set on one of its API keys (musistudio/claude-code-router
        // packages/core/src/gateway/auth/api-key-authorizer.ts, a 429 rate_limit_exceeded `API key <limit name> limit exceeded.`)
        '\\bapi key [\\w.-]{1,60} limit exceeded\\.',
        // round 42 (apps): Obsidian Copilot's check of a provider that answered 429 (logancyang/obsidian-copilot
        // src/modelManagement/providers/adapters/verifyViaListModels.ts mapResponse, code rate_limited)
        '\\brate limited [—–-]{1,2} try again in a moment\\b',
        // round 41 (agents): iFlow CLI's two 429 notices, the model's rate and the account's concurrency, each retried by
        // the CLI (The-Sunder-islands/iflow-cli-ce@be76597 modules/app/api/aNr_iflow-api.js, the @iflow-ai/iflow-cli 0.5.19
        // bundle's openaiContentGenerator.errors modelRateLimitReached `This model has reached the platform rate limit, the
        // system will retry the request. …` / `当前模型已达到平台速率限制，系统将重试请求，…` and rateLimitReached `Your account
        // has reached the platform concurrency limit, …` / `您当前的账号已达到平台并发限制，…`)
        '\\bhas reached the platform (?:rate|concurrency) limit\\b',
        '已达到平台(?:速率|并发)限制',
        // round 34 (en-vendors): the same 503 row in OpenAI's own words (developers.openai.com/docs/guides/error-codes `503 -
        // Slow Down`, cause `A sudden increase in your request rate is impacting service reliability.`); the status must lead
        // right before it, `slow down` alone is prose
        '\\b503\\b\\s?[-–:]?\\s?slow down\\b',
        'sudden increase in your request rate',
        // round 34 (en-vendors): Vertex AI's 429 (cloud.google.com/vertex-ai/generative-ai/docs/error-code-429: the shared
        // capacity or the project's quota; `Resource exhausted. Please try again later. Please refer to
        // https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.`, find_string ids 54591633723,
        // 69747902600; and its per-project quota `Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute…`)
        'resource exhausted\\. please try again later',
        'vertex-ai/generative-ai/docs/error-code-429',
        'quota exceeded for aiplatform\\.googleapis\\.com/',
        // round 34 (en-vendors): Azure OpenAI's short 429 (`Rate limit is exceeded. Try again in 20 seconds.`, the API
        // Management form of the token/call limits; learn.microsoft.com Azure OpenAI quota troubleshooting)
        'rate limit is exceeded\\. try again in \\d+ seconds?',
        // round 34 (vendor-zh): the 429 row `Rate limit reached for requests` as OpenAI's error-codes guide in Chinese
        // (openai-doc.aihub2022.top/docs/guides/error-codes/ = developer.aliyun.com/article/1512598,
        // chatgpt.cadn.net.cn/docs/guides_error-codes, openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma,
        // gpt.huanp.com/chatgpt/7706.html, the newer page's translations find_string ids 59696096384, 59992588880,
        // 25643759872): `请求速率达到限制`, `达到请求的速率限制`, `请求已达到速率限制`, `请求速率限制已达到`, `请求的速率限制已达上限`; the newer 429 slow_down
        // `请求过快`
        '请求的?速率(?:已)?达到了?限制',
        '达到了?请求的?速率限制',
        '请求(?:已经?)?达到了?速率限制',
        '请求的?速率限制已达(?:到|上限)',
        '请求过快',
        // round 34 (vendor-zh): the Python library's RateLimitError in the same translations (`您已达到指定的速率限制`,
        // `你已达到分配给你的速率限制`, `你已触及所分配 API 的速率限制`) and Anthropic's rate_limit_error in its Chinese docs
        // (docs.anthropic.com/zh-CN/api/errors `您的账户已达到速率限制`, and `您的账户达到了速率限制` as find_string ids 7672443498,
        // 17093651251 quote it)
        '已(?:达到|触及|触达)了?(?:指定|所?分配)[^，。,.\\n]{0,10}速率限制',
        '账户(?:已经?)?达到了?速率限制',
        // MiniMax's CLI (MiniMax-AI/cli src/errors/api.ts mapApiError) for any 429 from its API: `Rate limit or quota exceeded. <msg>`
        'rate limit or quota exceeded',
        // Alibaba Bailian's application API 200002 (大模型请求用量受限; help.aliyun.com/document_detail/2593384.html)
        '大模型请求用量受限',
        'service tier capacity exceeded for this model',
        // round 27 (en-vendors): Azure OpenAI's 429 for the deployment's requests-per-minute, worded as its tokens-per-minute
        // twin (`Requests to the … Operation under Azure OpenAI API version … have exceeded call rate limit of your current
        // OpenAI S0 pricing tier`; huggingface.co/spaces/microsoft-cognitive-service/mm-react/discussions/4)
        // (without `exceeded` and `current`, which the context window's entries need to stay telling in the similarity
        // reading)
        'call rate limit (?:of|for) your',
        // round 27 (en-vendors): Amazon Bedrock's runtime errors (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html,
        // docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html): ThrottlingException's
        // and ServiceQuotaExceededException's sentences, which gateways pass on under a 400 or a 500
        'exceeding the account quotas for amazon bedrock',
        'exceeds the service quota for your account',
        // round 27 (en-vendors): Cohere's error reference (docs.cohere.com/reference/errors, its example messages): a trial key's per-minute
        // limits (429)
        // (`You are using a Trial key, which is limited to N API calls / minute`: the words after the key, since `key`
        // would lend this entry a key problem's votes)
        'which is limited to \\d+ api calls',
        'you are past the per minute request limit',
        'trial token rate limit exceeded',
        // round 27 (en-vendors): Cloudflare Workers AI's error table (developers.cloudflare.com/workers-ai/platform/errors/): 3036, the
        // account's daily free allocation, read as OpenRouter's free-models-per-day is: a daily cap that lifts by itself
        'used up your daily free allocation of',
        // round 27 (apps): a 429 as apps word it, the requests `too frequent` (LobeChat locales/en-US/error.json
        // response.429 `your request is too frequent and the server is a bit tired`); not a retry hint's `… too frequently`
        '\\brequests? (?:is |are )?too frequent\\b(?!ly)',
        // LiteLLM's router when every deployment of the model is cooling down after failures or limits:
        // RouterRateLimitError (litellm/types/router.py, `No deployments available for selected model, Try again in
        // N seconds`), which its proxy answers as a 429 RateLimitError; the wait, not the configuration, is the fix
        'no deployments available for selected model',
        // round 42 (relays): and its other waits on the router's own limits (BerriAI/litellm litellm/types/router.py
        // RouterErrors: user_defined_ratelimit_error `Deployment over user-defined ratelimit.`, the rpm/tpm the operator set on
        // the deployment; max_parallel_requests_exceeded `Deployment has all max_parallel_requests slots in use.`;
        // all_deployments_in_cooldown `All deployments for selected model are in cooldown`), and the proxy's older wording
        // that litellm/proxy/_types.py ProxyException turns into a 429 with `No deployments available` (`No healthy deployment
        // available`)
        '\\bdeployment over user-defined ratelimit\\b',
        '\\bdeployment has all max_parallel_requests slots in use\\b',
        '\\ball deployments for selected model are in cooldown\\b',
        '\\bno healthy deployment available\\b',
        // round 42 (relays): LiteLLM's dynamic rate limiter when the key's share of the model's TPM or RPM is used up
        // (BerriAI/litellm litellm/proxy/hooks/dynamic_rate_limiter.py, a 429 `Key=<key> over available TPM=0. Model TPM=<n>,
        // Active keys=<n>` and the RPM twin; docs/my-website/docs/proxy/team_budgets.md, its expected response)
        '\\bover available [rt]pm=\\d+\\. model [rt]pm=',
        // round 42 (relays): and the proxy's own limit message for a key, user or team over its TPM, RPM or parallel-request
        // limit (BerriAI/litellm litellm/proxy/_types.py CommonProxyErrors.max_parallel_request_limit_reached `Crossed TPM / RPM / Max Parallel Request Limit`)
        '\\bcrossed tpm / rpm / max parallel request limit\\b',
        // Kilo Code's reading of an empty answer (kilocode.json task.noAssistantMessages), in both languages
        'may be a sign of rate limiting',
        'api\\s?请求频率限制的迹象',
        // Aider's RateLimitError description (aider/exceptions.py), Gemini CLI's usage-limit dialog (useQuotaAndFallback.ts)
        'rate limited you',
        'usage limit reached for',
        'rate limit (?:reached|exceeded)',
        // LiteLLM proxy's parallel-request limiter
        'max parallel request limit reached',
        // round 36 (apps-b): chat front-ends' own per-user limits, which lift by themselves: LibreChat's concurrency and message
        // limiters (danny-avila/LibreChat client/src/components/Messages/Content/Error.tsx errorMessages concurrent `Only N
        // messages at a time. Please allow any other responses to complete before sending another message, or wait one
        // minute.`, message_limit `You hit the message limit. You have a cap of N messages per N minutes.`) and AnythingLLM's
        // daily cap (Mintplex-Labs/anything-llm server/endpoints/chat.js `You have met your maximum 24 hour chat quota of N
        // chats. Try again later.`)
        'please allow any other responses to complete before sending another message',
        'you hit the message limit\\. you have a cap of',
        'you have met your maximum 24 hour chat quota',
        // (round 40 (workflows): not inside n8n's 429 wrapper, `The service is receiving too many requests from you`,
        // read under wraps, so a used-up quota named after it ranks first)
        '(?<!service is receiving )too many requests',
        // round 11 (English): Discord's and Cloudflare's 1015 `You are being rate limited`, `Request limit reached`,
        // `AI rate limit hit`, express-rate-limit's `…, please slow down`
        'you are being rate limited',
        'request limit reached',
        'rate limit hit\\b',
        'please slow down',
        // Django REST framework's Throttled (`Request was throttled. Expected available in N seconds.`), an agent's
        // `I've hit the rate limit`
        'request was throttled(?:[.,]|$)',
        // round 24 (Chinese): Bing Chat's `Throttled` result, in the words its Chinese clients give it
        // (`这真是愉快，但你已达到每日限制。是否明天再聊？`, find_string id 2644486522; BingGPT shows Bing's own `…但你已达到每日限制。请明天再试。`)
        // and Bing's English (`…but you've hit your daily limit`): a per-day cap that lifts by itself
        '你已达到每日限制',
        "\\byou've hit your daily limit\\b",
        // round 24 (Chinese): Tencent CodeBuddy/WorkBuddy's code 6004 (`429 您的使用量已超出频率限制，将在 <time> UTC+8 重置，您也
        // 可以切换其他模型继续使用。`, find_string id 57931532836; its clients' classifiers read it as a rate limit, id 68456301542)
        '使用量已超出频率限制',
        "(?:'ve|have) hit the rate limit",
        'requests per min',
        'tokens per min',
        // round 37 (wrong-en): Groq's opening words for that 413 (above), which clients cut before `tokens per minute`
        // (`Error code: 413 - {'error': {'message': 'Request too large for model …`); OpenAI words its own `Request too large
        // for gpt-4o on tokens per min` without `model`, read by `tokens per min`
        '\\brequest too large for model\\b',
        // round 14 (English): Anthropic's rate_limit_error sentence (`This request would exceed the rate limit for your
        // organization (…) of N input tokens per minute`, docs.claude.com/en/api/rate-limits), which the AI SDK's
        // AI_APICallError and agents' logs print without its type, often wrapped across lines
        'would exceed the rate limit for your organization',
        '请求(?:过于|太)频繁',
        // round 11 (Chinese): apps' 429 toasts in other words (find_string 请求次数过多, 操作过于频繁, 被限流, 并发超限,
        // 无效的模型: `请求次数过多`, `操作过于频繁，请稍后再试`, `被限流了`, `即梦API并发超限`, `API调用频率超限`)
        '请求次数过多',
        '操作过于频繁',
        // round 34 (apps-zh): AstrBot's notice when a 429 makes it switch keys (AstrBotDevs/AstrBot astrbot/core/provider/sources/
        // openai_source.py `API 调用过于频繁，尝试使用其他 Key 重试。`)
        'api\\s?调用(?:过于|太)频繁',
        // SillyTavern's server log for every 429 it retries (SillyTavern/SillyTavern src/endpoints/backends/chat-completions.js
        // `Out of quota, retrying in ${…}s`): despite its words, printed on any 429, not on a quota body
        'out of quota, retrying in \\d+\\s?s\\b',
        '被限流',
        // round 45 (desc-models): `rate limited` as the whole message of a 429, in a JSON field or after an error's label
        // (find_string `"detail":"rate limited"`: ChatGPT's Codex backend as a relay's account pool meets it, id 53918933295;
        // ElevenLabs' 429 in a TTS client's tests, id 52734812521; ids 61780739342, 55741558532; `Error: rate limited`: apps'
        // 429 messages `Error: Rate limited. Please wait and try again.`, id 56278245361, `Error: Rate limited (429) even after
        // retries`, id 67422358561, `RateLimitError: rate limited`, id 52737978136); not a sentence that goes on (`rate limited
        // requests are retried`)
        '"(?:detail|error|message)"\\s?:\\s?"rate[ -]?limited\\b',
        '\\b(?:error|api error|ratelimiterror)\\s?:\\s?rate[ -]?limited\\b(?! (?:requests?|calls?|clients?|users?) )',
        '并发超限',
        '调用频率超限',
        // round 45 (desc-models): the same 429 in `访问` rather than `请求` (find_string 访问过于频繁: an API's express-rate-limit
        // message `{ error: 'too_many_requests', message: '访问过于频繁，请稍后再试' }`, id 59099565881; a client's 429 `访问过于频繁：… 秒后可重试`,
        // id 55993515851; a server's 43003 `对不起，您访问过于频繁，请稍后再试。`, id 14277487466; scrapers' block signals, ids 66991225241,
        // 71490512711); not a question, a check or a rule (`判断接口是否访问过于频繁`, `访问过于频繁的用户将被封禁`), nor (round 45
        // review) an instruction or a denial (`不要访问过于频繁`, `不是访问过于频繁`)
        '(?<!是否|判断|检查|不要|请勿|不是|并非|没有)访问(?:过于|太)频繁(?![的时])',
        // round 45 (desc-models): a concurrency limit said to be exceeded (超出并发限制): DeepSeek's 2026 notice that going past the
        // per-account concurrency returns HTTP 429 (`超出并发限制会返回 HTTP 429 错误`, find_string id 58522425866), a client
        // retrying a cloudbase group's `超出并发限制` as a 429 (id 70165936825), Dreamina's ret=1310 (id 55382042951); not a check,
        // a rule or queued work (`检查是否超出并发限制`, `超出并发限制的任务进入等待队列`, `超出并发限制时…`)
        // and `并发数超过限制` as vendors' tables word it (find_string 并发数超过限制: Volcengine's TTS `quota exceeded for types:
        // concurrency | 并发限流，请求并发数超过限制`, id 52885498797; its podcast API's 702322003 `并发数超过限制 … 稍后重试`, id
        // 68346475586; an API table's 105 `请求并发数超过限制`, id 10014160885); not a check or a case (`当并发数超过限制时抛出`), nor (round
        // 45 review) a limit said not to be reached (`没有超出并发限制`, `未超出RPM限制`), here and in the RPM/TPM pattern below
        '(?<!是否|没有?|未|不会|并未)(?:超出了?并发数?限制|并发数超过了?限制)(?![的时后会])',
        // round 45 (desc-models): a per-minute request or token limit said to be exceeded in its abbreviation: Volcengine Ark's
        // AccountRateLimitExceeded `请求超出RPM / TPM限制。` (its error-code table as clients map it, find_string ids 68511854237,
        // 71402626887), a gateway's `rate_limit_exceeded | 429 | 超出RPM/TPM限制` (id 55184991163), a Gemini client's 429 `Gemini API
        // 速率限制（超出RPM/TPM配额）` (id 65739330275); not a rule, a check or a channel skipped for it (`禁止…超出RPM限制`,
        // `跳过超出RPM/TPM限制的渠道`), nor a motor's `超出RPM上限`
        '(?<!是否|没有?|未|不会|并未|禁止[^，。\\n]{0,20})超出\\s?(?:rpm|tpm)(?:\\s?/\\s?(?:rpm|tpm))?\\s?(?:限制|限额|配额|峰值)(?![的时后])',
        '\\bquota exceeded for types?:\\s?concurrency\\b',
        // find_string 请求过多，请稍后: 429 toasts `请求过多，请稍后再试`, `线路请求过多`, `服务器当前请求过多`; 超过速率限制: an API's
        // error table for rate_limit_exceeded, and a client's `触发速率限制，等待重试`
        '请求过多',
        '(?:超过|触发)速率限制',
        '达到请求数限制',
        '请求数限制',
        '请求速率超过限制',
        'rejected due to rate limiting',
        '(?:tpm|rpm) limit',
        'resource has been exhausted',
        'exceeded (?:the )?(?:token )?rate limit',
        'you have reached the (?:total )?request limit',
        '(?:5-hour|weekly|daily) limit reached',
        '您的请求太多',
        // DeepChat's notice for a 429 (common.error.error429)
        '请求速度过快',
        // round 41 (gateway): Volcengine's edge LLM gateway (边缘大模型网关) 30070005, a 429 (volcengine.com/docs/6893/1337011
        // 错误码: `请求数量过多,大模型暂时无法服务。请稍后重试`)
        '请求数量过多[,，]\\s?大模型暂时',
        // round 41 (gateway): Higress's ai-load-balancer at a backend's request cap (alibaba/higress
        // plugins/wasm-go/extensions/ai-load-balancer/global_least_request/lb_policy.go, a 429 `Exceeded maximum request limit
        // from ai-load-balancer.`)
        '\\bexceeded maximum request limit from ai-load-balancer\\b',
        // claude-code-hub's proxy messages (messages/en and messages/zh-CN errors.json, RATE_LIMIT_RPM_EXCEEDED, RATE_LIMIT_CONCURRENT_SESSIONS_EXCEEDED)
        '请求频率超限',
        // round 43 (newapi): new-api-based AIHubMix's 429 in both its Chinese pages (docs.aihubmix.com/cn/FAQs/HTTP-Codes and
        // zh-Hant `請求頻率超過限制`, its English `The xx model Too many requests; please try again later.`)
        '请求频率超过限制',
        // chatgpt-on-wechat / CowAgent bot replies (RateLimitError), which its users paste as the error
        '提问太快啦',
        // its windowed spend limits (5 h, daily, weekly, monthly) answer 429 rate_limit_error and reset by themselves
        '(?:5-hour|weekly|monthly|24-hour) (?:rolling window )?cost limit exceeded',
        'daily quota exceeded: \\$',
        '(?:5小时|24小时)(?:滚动窗口)?消费超限',
        '(?:周|月)消费超限',
        '每日额度超限',
        'concurrent sessions limit exceeded',
        '并发\\s?session\\s?超限',
        // relays' per-key windows and queues: claude-relay-service (src/middleware/auth.js), sub2api, gpt-load, Codex plans through a relay, Azure API Management quota policy
        '已达到(?:请求次数|\\s?token 使用|费用)限制',
        '已达到(?:每日|每周)?费用限制',
        '(?:周|每日)(?:费用|使用)限制',
        '触发.{0,20}限流',
        'reached their concurrency limit',
        // round 16 (zh-b): Kimi's 403 permission_error when a key's requests in flight exceed its concurrency (`You've
        // reached your concurrent request limit. Please wait for your ongoing requests to finish`, Wei-Shaw/sub2api#6955;
        // sub2api keeps that account usable, PR #6204)
        '\\bconcurrent request limit\\b',
        'too many concurrent requests',
        'concurrency (?:limit exceeded|queue full)',
        'request timed out waiting for concurrency slot',
        'queue is overloaded',
        '(?:daily|weekly|monthly) usage limit exceeded',
        'the usage limit has been reached',
        'too many pending requests',
        'out of call volume quota',
        // round 42 (relays): its bandwidth twin from Azure API Management's quota policy (MicrosoftDocs/azure-docs articles/api-management/api-management-error-handling-policies.md, QuotaExceeded `Out of
        // call volume quota. Quota will be replenished in xx:xx:xx. -or- Out of bandwidth quota. Quota will be replenished in
        // xx:xx:xx.`, a 403 with Retry-After); not GitHub LFS's own bandwidth quota, which has no replenish time
        '\\bout of bandwidth quota\\. quota will be replenished in\\b',
        // round 18 (zh-a): apps' and bots' own reply to a 429 or their own limiter, `问得/问的太频繁了` then a wait or a rest
        // (a chat client's toast on isRateLimited `问得太频繁了，稍等一下再问`, find_string id 71472399350; a Q&A server's
        // `{"code": 429, "data": "问得太频繁了,歇一歇吧~"}`, id 58206991916; a balance script's `问得太频繁了，歇会儿再问 (429)`,
        // id 70381458996; a bot's limiter `问得太频繁啦，10 分钟内最多 N 次`, id 62054891375, and `你问的太频繁了，我暂时要休息一会`,
        // id 71243214981). Not design notes about an agent that asks too often (`澄清问得太频繁。`, `它问得太频繁，没人回答`)
        '问(?:的|得)太频繁(?:了|啦)\\s?[，,]\\s?(?:请?稍(?:候|后|等)|歇|我暂时|\\d+\\s?分钟内)',
        // round 36 (apps-a): LobeHub's RateLimitExceeded, the short-window limit it split from QuotaLimitReached
        // (lobehub/lobehub locales/zh-CN and en-US modelRuntime.json `抱歉，此密钥的令牌使用量或请求次数已达到速率限制…`, `Sorry, the token
        // usage or request count has reached the rate limit for this key…`; packages/types/src/agentRuntime.ts
        // `Short-window rate limit (RPM / TPM / concurrency)`)
        '请求次数已达到速率限制',
        '\\brequest count has reached the rate limit for this key\\b',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 on a 429 (`API Error: Request rejected (429) · this may be a
        // temporary capacity issue. If it persists, check your inference gateway (<host>).`, or the body's message after the dot)
        'api error: request rejected \\(429\\)',
        // round 39 (agents-src): google-gemini/gemini-cli packages/core/src/utils/errorParsing.ts getRateLimitErrorMessageDefault
        // and QwenLM/qwen-code's RATE_LIMIT_ERROR_MESSAGE_DEFAULT (the same file), the line both add under a 429 when no quota
        // page fits the login (`Possible quota limitations in place or slow response times detected. Switching to the
        // gemini-2.5-flash model for the rest of this session.` / `… Please wait and try again later.`)
        'possible quota limitations in place or slow response times detected',
        // round 39 (agents-src): anomalyco/opencode (sst/opencode) packages/opencode/src/session/retry.ts retryable, its retry
        // line for a stream error typed rate_limit (`Rate Limited`) alone on its line; and MoonshotAI/kimi-cli
        // src/kimi_cli/ui/shell/visualize/_live_view.py _format_step_retry for a 429 (`Retrying after rate limit · attempt 2/3
        // · 4s`, _step_retry_reason)
        '^\\W{0,4}rate limited\\W{0,4}$',
        'retrying after rate limit\\W{1,5}attempt \\d+/\\d+',
        // round 39 (gateways-b): uni-api shedding load at its own limits (yym68686/uni-api uni_api/middleware/admission.py, a
        // 503 `Service is at its bounded local capacity; retry later` with retry-after; uni_api/observability/middleware.py
        // `Upstream concurrency is at local capacity`): the relay's concurrency cap, as gpt-load's `Too many concurrent
        // requests` above
        '\\bservice is at its bounded local capacity\\b',
        '\\bupstream concurrency is at local capacity\\b',
      ],
      wraps: [
        // round 34 (lead): n8n's node error for a 429 (n8n-io/n8n packages/workflow/src/errors/node-api.error.ts
        // STATUS_CODE_MESSAGES['429'] `The service is receiving too many requests from you`); round 40 (workflows): a
        // wrapper, as n8n shows it above the API's own message (NodeApiError keeps that as the description), which may
        // name a used-up quota (OpenAI's insufficient_quota is a 429 too)
        'the service is receiving too many requests from you',
        // round 40 (workflows): Dify's InvokeRateLimitError (langgenius/dify api/core/model_runtime/errors/invoke.py
        // description `Rate Limit Error`, model_providers/__base/ai_model.py _transform_invoke_error `[{provider}] Rate
        // Limit Error, {error}`, and the plug-in daemon's error_type InvokeRateLimitError), raised for openai-python's
        // RateLimitError, which a used-up quota is too: rate limiting when nothing follows, below the provider's own
        // words after it (the code was read as the cause until round 40); the class name only as an error, not its
        // definition or a raise (`InvokeRateLimitError(`)
        '\\[[a-z][\\w .-]{0,40}\\] rate limit error\\b',
        // (review: nor code that catches or imports it, `except …:`, `isinstance(e, …)`: only before its colon or in quotes,
        // as a traceback or the plug-in daemon's error_type prints it)
        '\\binvokeratelimiterror\\b(?=\\s?:|["\'])(?<!\\bexcept [\\w.]{0,80})',
      ],
      describes: [
        // round 17 (zh): a rate limit was hit, in apps' words (a Semantic Scholar client on a 429 `触发频率限制，跳过引用抓取。`,
        // find_string id 3176858072; a C# client before it honours Retry-After `触发频率限制，等待 {retryAfter} 秒后继续...`, id
        // 55294033457; a bot's `被拉黑或触发频率限制`, id 34749531632). Not a client pacing itself so as not to hit it
        // (`避免触发频率限制`, `防止触发频率限制`, `太多会触发频率限制`, `可能触发频率限制`)
        '(?<!避免|防止|以免|不会|不會|会|會|可能|是否)(?:触发|觸發)了?[^，。！？\\n]{0,12}?(?:频|頻|速)率限制',
        // 请求频率过快 as a refusal (`您的发送请求频率过快，请稍后再试。`, id 8037848888; a WeChat bot's `请求频率过快，请稍后重试`,
        // id 38925510668; an API's code 50011 `用户请求频率过快，超过该接口允许的限额 / Rate limit reached`, id 17107250678); not a
        // client keeping itself below it (`避免对api 服务器的请求频率过快`)
        '(?<!(?:避免|防止|以免|不要|检查|檢查)[^，。！？\\n]{0,12})(?:请求|請求|访问|訪問|调用|調用)(?:频|頻)率(?:过|過)快',
        // round 17 (en): rate limited as a participle after any auxiliary, not only `you are being rate limited` (a pattern
        // above): a scraper's `[RECOVERABLE] Got rate limited. Backoff and retrying ${url} after ${retryDelay} sec`,
        // find_string id 7119625074; `Immediate group vote got rate limited or failed`, id 57067247814; people's `I keep
        // getting rate limited`); not advice (`to avoid being rate limited`)
        '\\b(?:being|been|got|get|gets|getting)(?<!\\b(?:avoid|prevent|stop|without|from|not)\\s\\w{3,7}) rate[ -]?limited\\b',
        // `You have reached the rate limit` (apps' 429 wordings: `You've reached the rate limit. Please try again in a few
        // moments.`, find_string id 57353641; `You have reached the rate limit. Please wait a moment before sending another
        // message.`, id 42083756971; a 429 body `You have reached the rate limit for today`, id 3130960201; an alert on 429
        // `Error: You've reached the rate limit for the API`, id 44524182751), and `keep hitting`; only as a thing that
        // happened (`'ve`, `have`, `just`, `keep`), not `Don't hit the rate limit` or `should hit the rate limit`
        "\\b(?:'ve|have|has|had|just|keep|kept|keeps) (?:hitting|reached) (?:the|a|my|our|your) rate limits?\\b",
        // round 17 (en): `concurrency limit reached` (an API's 429 `Organization concurrency limit reached. Please wait for
        // in-flight tasks to complete.`, find_string id 71642150944; a client library's `Concurrency limit reached:
        // {current}/{max_concurrent}`, id 53258628274); not an app's own pool of processes, PTYs, tools or workers
        '\\bconcurrency(?<!\\b(?:pty|process|tool|worker|workers|task|queue|global|subagent)\\sconcurrency) limit (?:reached|exceeded|hit)\\b',
        // round 40 (desc-en): a rate limit error as people report it, getting, got or hitting one (cline/cline#5301 `Even
        // after adding 10 credits i am getting the rate limit error`, OpenRouter's free-models-per-day 429;
        // PJLab-ADG/DriveLikeAHuman#16 `tried it yesterday and got the Rate Limit Error from the Openai API after running up to
        // 10 frames`, the key's requests per minute; stanford-crfm/helm#97 `Hitting a Rate Limit error for OpenAI`, tokens per
        // minute). Noun first (the literal `rate limit error` is where the regex starts, so a long line of prose costs no more
        // than any pattern's scan), then a lookbehind for the reporting verb a few words before it; not after a negation, a
        // conditional, a modal or advice (`no longer getting rate limit errors`, `I don't get rate limit errors`, `if you're
        // getting rate limit errors`, `you may hit rate limit errors`, `to avoid getting…`), a lookbehind nested before the verb;
        // nor a question or advice (`Are you getting a rate limit error?`, `the fix for getting …`: round 40's review)
        "\\brate[ -]?limit errors?\\b(?<=(?<!\\b(?:not|never|longer|stop|stopped|avoid|avoids|avoiding|prevent|preventing|without|from|handle|handles|handling|if|when|whenever|once|unless|upon|to|may|might|could|would|will|can|should)(?: (?:i|you|we|they|it|users?)(?:['’](?:re|ve|m|s)| (?:am|are|is|was|were|keep|kept|still|also|start|started))?)?\\s|n['’]t |['’]ll |\\b(?:are|do|does|did|were|is) (?:you|they|users?|anyone)\\s|\\b(?:for|about)\\s)\\b(?:getting|get|gets|got|hitting|hit|hits|receiving|received|ran into|running into|run into|encountering|encountered)(?: (?:always|constantly|still|again|repeatedly|frequently))? (?:a |an |the |this |that |these |those |constant |frequent |repeated |many |some |lots of |a lot of )?(?:429 )?rate[ -]?limit errors?)",
      ],
    },
    title: { zh: '请求过于频繁（429）', en: 'Too many requests (429)' },
    meaning: {
      zh: '短时间内请求太多，超过了密钥或账户的速率限制；等一会儿就会恢复。',
      en: 'Too many requests in a short time for the key or account limit; it recovers after a short wait.',
    },
    steps: [
      {
        zh: '响应里有 Retry-After 时，按它给的秒数等待。',
        en: 'If the response has Retry-After, wait that many seconds.',
      },
      retryWithBackoff,
      {
        zh: '批量任务降低并发数；翻译插件调低每秒请求数。',
        en: 'Lower the concurrency of batch jobs; lower requests per second in translation plugins.',
      },
    ],
    retry: 'later',
    article: '/troubleshooting/rate-limits#too-many-requests',
    examples: [
      {
        text: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29812, Requested 1450. Please try again in 2.524s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}",
        source: 'openai/openai-python issues (RateLimitError rate_limit_exceeded)',
      },
      {
        text: '{"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}',
        source: 'Anthropic 429 (docs.anthropic.com/en/api/errors)',
      },
      {
        text: '{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}',
        source: 'Gemini 429 (ai.google.dev/gemini-api/docs/troubleshooting)',
      },
      {
        text: '{"error":{"code":"429","type":"rate_limit","message":"Rate limit exceeded, please retry later"}}',
        source: 'ZenMux-style error envelope (gateway-facts.md)',
      },
      {
        text: '您已达到请求数限制：1分钟内最多请求60次',
        source: 'QuantumNous/new-api middleware/model-rate-limit.go',
      },
    ],
  },
  {
    id: 'gateway-rate-limit-empty',
    cause: 'rate_limit',
    layer: 'gateway',
    statuses: [429],
    defaultFor: [],
    dialects: ['one-api', 'new-api'],
    match: {
      codes: [],
      patterns: ['429 (?:\\(no body\\)|status code \\(no body\\))', 'status code 429(?: \\(no body\\))?$'],
    },
    title: { zh: '网关限流：429 且没有内容', en: 'Gateway rate limiter: bare 429 with no body' },
    meaning: {
      zh: '网关自己的限流器只回一个空的 429，不带 Retry-After；说明一分钟内请求太多。',
      en: 'The gateway’s own limiter answers an empty 429 without Retry-After: too many requests this minute.',
    },
    steps: [
      { zh: '停 1 分钟再试。', en: 'Pause for a minute, then retry.' },
      {
        zh: '检查是否有插件或脚本在后台反复请求（如自动翻译整页）。',
        en: 'Look for a plugin or script firing requests in the background (such as whole-page translation).',
      },
    ],
    retry: 'later',
    article: '/troubleshooting/rate-limits#retry-after',
    examples: [
      {
        text: 'Error: 429 status code (no body)',
        source: 'openai/openai-node APIError message for an empty 429 (songquanpeng/one-api middleware/rate-limit.go)',
      },
    ],
  },
  {
    id: 'upstream-rate-limited',
    cause: 'rate_limit',
    layer: 'provider',
    statuses: [429],
    defaultFor: [],
    dialects: ['openrouter', 'new-api', 'zenmux'],
    match: {
      codes: [
        'throttling.ratequota',
        'throttling.burstrate',
        'limit_burst_rate',
        'rate_limit_reached_error',
        'rpm_rate_limit_exceeded',
        'tpm_rate_limit_exceeded',
        'limitexceeded',
        'model_capacity_exhausted',
        'requestlimitexceeded',
        'quotalimitreached',
        // round 45 (desc-models): Volcengine Ark's 429s for the account's per-minute requests or tokens and for its concurrency at
        // its top-up level (volcengine.com/docs/82379/1299023 公共错误码; clients' maps of them, find_string ids 68511854237,
        // 71402626887: AccountRateLimitExceeded `请求超出RPM / TPM限制。`, InflightBatchsizeExceeded `您已经达到当前充值金额下的最大并发数
        // 限制，您可以充值解锁更大并发额度或降低并发数。`): waits, not the balance
        'accountratelimitexceeded',
        'inflightbatchsizeexceeded',
        // Tencent Cloud Hunyuan: 引擎层请求超过限额 (chat) and 提交任务数超过最大并发 (image and video jobs)
        'failedoperation.engineserverlimitexceeded',
        'failedoperation.jobnumexceed',
        // round 44 (media): RunningHub's task queue at its limit (apifox.com/apidoc/docs-site/5441421/doc-6913925, API Error Code
        // Reference, its identifier in `msg`: 421 TASK_QUEUE_MAXED `Concurrency limit reached for shared API`, 415
        // TASK_INSTANCE_MAXED `No available dedicated instances`): the account's concurrent tasks, submit again when one ends
        'task_queue_maxed',
        'task_instance_maxed',
        // round 42 (cnsdk): Volcengine's OpenAPI gateway FlowLimitExceeded (请求过于频繁，超出了基本限速, a 429) (volcengine.com/docs/6720/108305, 6664/116016 and 6448/76370 公共错误码, the OpenAPI gateway's common codes every
        // Volcengine API but Ark's inference answers with, Jimeng's visual API among them)
        'flowlimitexceeded',
        // round 16 (zh-a): codex-proxy-rs when every account it may use is at its concurrency or cooling down
        // (zyycn/codex-proxy-rs@fbd92211 gateway-api/src/openai/error.rs gateway_error_contract AccountCapacityUnavailable,
        // a 503 `server_error`, message `all eligible upstream accounts are temporarily busy`)
        'account_capacity_unavailable',
        // round 41 (gateway): CLIProxyAPI when every account of the model is cooling down after the provider's limits
        // (router-for-me/CLIProxyAPI sdk/cliproxy/auth/selector.go modelCooldownError, a 429 with Retry-After)
        'model_cooldown',
      ],
      patterns: [
        // AIHubMix's 503 when the vendor rate-limits its channel, in both its languages (该模型遇到官方限速，联系客服增加并发或请稍后重试 /
        // `Rate limited by provider – contact support…`; docs.aihubmix.com/cn/FAQs/HTTP-Codes)
        '遇到官方限速',
        'rate limited by provider\\b',
        'rate-limited upstream',
        'upstream.{0,30}(?:rate limit|429)',
        '上游.{0,20}(?:限流|请求过多)',
        '负载已饱和',
        // aiproxy's `the upstream load is saturated, please try again later` is its empty pool, no channel (round 39, review)
        '(?<!the )upstream load is saturated',
        // round 16 (zh-a): codex-proxy-rs AccountCapacityUnavailable (above)
        'all eligible upstream accounts are temporarily busy',
        // round 41 (gateway): CLIProxyAPI's model_cooldown message (sdk/cliproxy/auth/selector.go modelCooldownError.Error:
        // `All credentials for model <m> are cooling down[ via provider <p>]`, with reset_time and reset_seconds): every
        // account it holds for the model is resting after the provider's 429s or quota answers
        '\\ball credentials for model (?:requested model|\\S{1,100}) are cooling down\\b',
        'error code: 1015',
        // round 37 (wrong-zh): with the subject Zhipu's and relays' messages give it (Zhipu 1302 `您当前使用该API的并发数过高，请降低并发，
        // 或联系客服增加限额`, docs.bigmodel.cn error codes; its free tier's 429 `该模型当前并发数过高`, find_string ids 54804369226,
        // 54917686626; relays' tests of a 429 `当前并发数过高，已触发限流` read as a rate limit, ids 70245347078, 70185547323): the
        // whole verdict, so an instruction after it (`…，请联系管理员`) does not outrank it as the gateway's own words
        '(?:当前(?:使用该\\s?api\\s?的)?|该模型当前)?并发数过高',
        // Zhipu 1302 in Z.AI's English (`High concurrency usage of this API, please reduce concurrency…`,
        // docs.z.ai/api-reference/api-code), which agents shorten to `Error 1302: High concurrency usage`
        'high concurrency usage',
        '频率过高',
        '调用次数限额',
        '使用上限',
        '触发流量限制',
        'requests rate limit exceeded',
        '(?<!free )allocated quota exceeded',
        'requests throttling triggered',
        // Model Studio's Throttling.BurstRate: a sudden burst below the RPM/TPM limits
        'request rate increased too quickly',
        'organization max rpm',
        'open api (?:qps|daily) request limit reached',
        '"status_code"\\s*:\\s*1002\\b',
        'rate limit reached for (?:rpm|tpm)',
        'open api (?:total )?request limit reached',
        'limit of (?:requests|token usage) per minute has been reached',
        '并发超额',
        '不符合公平使用策略',
        'request tokens has exceeded your per-minute rate limit',
        '当前api请求过多',
        '超过(?:了)?配额限制',
        'exhausted your (?:daily )?(?:capacity|quota) on this model',
        'quota exceeded for (?:quota )?metric',
        // Gemini's 429 RESOURCE_EXHAUSTED for a free-tier limit (ai.google.dev/gemini-api/docs/rate-limits): it opens
        // with OpenAI's `You exceeded your current quota` but names a per-minute metric and a wait, so it is a rate limit
        'generate_content_free_tier_\\w+',
        'please retry in \\d+(?:\\.\\d+)?s\\b',
        // round 34 (lead): the same 429 when the metric is cut off: its links to the rate-limit page and the usage tab
        // (`head to: https://ai.google.dev/gemini-api/docs/rate-limits`, `https://ai.dev/usage?tab=rate-limit`), or
        // OpenAI's sentence after Gemini's name, as clients that wrap it print it
        geminiQuotaLinks,
        `${geminiWithin(80)}you exceeded your current quota`,
        // round 27 (apps): and Claude Code's session and weekly windows and its server-side throttle
        // (code.claude.com/docs/en/errors.md, Usage limits: `You've hit your session limit`, `You've hit your weekly
        // limit`, `Server is temporarily limiting requests (not your usage limit)`), all waits that lift by themselves
        "you've hit your (?:usage|session|weekly|5-hour) limit",
        'server is temporarily limiting requests',
        // round 40 (agents-zh): Kimi Code's 429s for its plan windows (kimi.com/code/docs/kimi-code/error-reference.html
        // 快速查找, 限流与配额: `You've reached your usage limit for this period`, `You've reached kimi monthly usage limit`; its
        // forum, forum.moonshot.ai/t/on-99-plan-but-ran-out-of-quota-in-3-days/287: a 5-hour rolling window and a weekly quota);
        // not its 403 `… for this billing cycle`, which is the plan used up (vendor-account-overdue)
        "you['’]ve reached your usage limit for this period\\b",
        "you['’]ve reached kimi monthly usage limit\\b",
        // round 45 (desc-models): a day's allowance of requests spent, which lifts by itself the next day: Khoj's 429 for a user's
        // daily requests (`You've exceeded your usage limit for today. Come back tomorrow or subscribe to increase your usage
        // limit`, find_string ids 534418936, 204350829, 1181745286), which agent supervisors count as a usage limit with a retry
        // time (`You have exceeded your usage limit for today. Retry in 1m30s.`, ids 60978069967, 41647471405, 71574454230); not
        // (round 45 review) a limit said not to be reached (`You haven't exceeded your usage limit for today`)
        "(?<!(?:n['’]t|\\bnot|\\bnever)(?: yet)? )\\bexceeded your usage limit for today\\b",
        'no capacity available for model',
        'capacity exhausted',
        '队列已满',
        // Midjourney's `Queue full` title in a midjourney-proxy task record (trueai-org DiscordWebSocketService errorTitles)
        '"failreason"\\s*:\\s*"\\[?queue full\\b',
        // trueai-org/midjourney-proxy SubmitController: per-user, guest and total drawing counts, concurrency and queue caps
        '(?:次数|并发数|队列数)已达上限',
        'job queue is full',
        // round 44 (media): the English port of midjourney-proxy's QUEUE_REJECTED 23 (cipher-x-sudo/midjourney-proxy
        // src/loadbalancer/discordInstanceImpl.ts submitTask: `Queue is full, please try again later`, novicezk's `队列已满，请稍后尝试`)
        '\\bqueue is full, please try again later\\b',
        '超过了频率限制',
        // round 45 (desc-models): TencentCloud's RequestLimitExceeded.GlobalRegionUinLimitExceeded in its table's Chinese
        // (cloud.tencent.com/document/api/1553/75174 公共错误码 `主账号超过频率限制。`), beside RequestLimitExceeded's `请求的次数超过了
        // 频率限制` read above
        '主账号超过频率限制',
        'usage limit exceeded',
        'licc limit|no enough license',
        'claude ai usage limit reached',
        '"code"\\s*:\\s*"13(?:0[2348]|10)"',
        'high (?:concurrency|frequency) usage of this api',
        'daily call limit for this api reached',
        'usage limit reached for \\d',
        'weekly/monthly limit exhausted',
        'throttling error: too many tokens',
        'please wait before trying again',
        '"status_code"\\s*:\\s*10(?:39|41)\\b',
        // round 34 (cn-vendors-2): MiniMax 2045 (`请求频率增长超限`, 请避免请求骤增骤减) and 2056 (`超出 Token Plan 资源限制`,
        // 等待下一时间段资源释放; an older copy says M Plan) in its base_resp (platform.minimaxi.com/docs/api-reference/errorcode,
        // as clients copy the table, find_string ids 70692152744, 58691438504): a growth limit and a plan window, both waits
        '"status_code"\\s*:\\s*20(?:45|56)\\b',
        '请求频率增长超限',
        '超出\\s?(?:token|m)\\s?plan\\s?资源限制',
        // round 34 (cn-vendors-2): iFlytek Spark 10006 `用户并发错误：当前用户已连接，同一用户不能多处同时连接。` (the Spark
        // error-code table, xfyun.cn/doc/spark/Web.html, find_string id 2795551050), by its second clause (`用户并发错误` alone
        // tipped the similarity reading's order for an unrelated paste)
        '同一用户不能多处同时连接',
        // round 34 (cn-vendors-2): Volcengine Ark's Coding Plan 429 AccountQuotaExceeded (`You have exceeded the 5-hour usage
        // quota. It will reset at 2026-08-03 23:59:59 +0800 CST.`; developer.volcengine.com/articles/7618480646865682473,
        // and as a client's test replays it, find_string id 63176215309): a window that resets by itself, read as Zhipu's
        // 1308 is
        'you have exceeded the (?:5-hour|weekly|monthly) usage quota',
        // iFlytek Spark 11201/11202/11203 (daily, per-second, concurrency limits) and 10007 (one question at a time)
        '(?:日|秒级|并发)流控超限',
        // round 42 (cnsdk): Spark's 11202 by its header.message name, which Spark clients retry on (`AppIdQpsOverFlowError`:
        // a relay adapter's isQPSOverLimit for its SparkDesk models, find_string ids 24769735121, 2212028412; a client's
        // `讯飞星火 QPS 超限：11202 / AppIdQpsOverFlowError`, id 66950459293): the AppID's per-second limit, a wait
        '\\bappidqpsoverflowerror\\b',
        // round 42 (cnsdk): Baidu AI's common codes 4, 17, 18 and 19 in its table's Chinese (`集群超限额`, `每天请求量超限额`, `QPS超限额`,
        // `请求总量超限额`; the Baidu AI / Qianfan v1 common error-code table, find_string ids 5525152304, 1032422243; the English
        // `Open api … request limit reached` is read already)
        // (not an alert set on it: `QPS超限额告警`)
        '(?:集群|每天请求量|每天流量|qps|请求总量)超限额(?!告警|报警|提醒|通知|阈值)',
        '用户流量受限',
        '请求超过限额',
        '提交任务数超过最大并发',
        // Kling (可灵) API 1302 and 1303, in both the English and the Chinese docs' words
        'api request is too fast',
        // Zhipu 1231: a request with the same id is still running
        '您已有请求',
        // LLM-Red-Team's *-free-api family (jimeng, kimi, glm, qwen…) exceptions: API_CHAT_STREAM_PUSHING (-2005): one conversation at a time
        '已有对话流正在输出',
        // one-hub middleware/api-limit.go
        '速率达到上限',
        'api\\s?请求过快',
        'concurrency or qps exceeds',
        '并发或\\s?qps超出',
        // round 34 (media): Volcengine visual (Jimeng) 50429 and 50430, its QPS and concurrency limits (volcengine.com/docs/85621
        // 即梦 AI 业务错误码: `Request Has Reached API Limit, Please Try Later`, `Request Has Reached API Concurrent Limit, Please
        // Try Later`, both 可重试)
        'request has reached api (?:concurrent )?limit',
        // round 36 (gaps-zh): Coze's per-user message limit and its traffic check (deanxv/coze-discord-proxy
        // common/constants.go CozeUserDailyLimitErrorMessages `You have exceeded the daily limit for sending messages to
        // the bot. Please try again later.`, CozeOtherErrorMessages `We've detected unusual traffic from your network, so
        // Coze is temporarily unavailable.`): Coze holding back this account or address for a while
        'you have exceeded the daily limit for sending messages to the bot',
        "we've detected unusual traffic from your network, so coze is temporarily unavailable",
        // round 36 (gaps-zh): a DeepSeek Harness IM bot's words for the provider's rate limit (message-failure.mjs,
        // find_string id 68553303870: PROVIDER_FAILURES RATE_LIMIT → MODEL_RATE_LIMIT `模型服务正在限流，本次任务未完成。请稍后重试。`)
        '模型服务正在限流',
        // round 36 (gaps-zh): Baidu Translate's 54003 访问频率受限 (api.fanyi.baidu.com error codes, its body
        // `{"error_code":"54003","error_msg":"Invalid Access Limit"}` as translation clients parse and retry it,
        // find_string ids 70765555681, 59944971691, 53171543251 `54003 Invalid Access Limit：调用频率受限，稍后重试`); with
        // its code, as a validator's own `invalid access limit: …` is no rate limit
        '\\b54003\\b[^\\n]{0,30}\\binvalid access limit\\b',
        // round 45 (desc-models): the same 54003 in the table's own Chinese, 含义 访问频率受限 and 解决方法 请降低您的调用频率
        // (Baidu Translate's error-code tables, apifox.com/apidoc/docs-site/1204592/doc-1007011, doc-1007685, doc-1007610), the
        // words Youdao's tables give its 112 and 411 too (clients' maps, find_string ids 14491483011, 68890754285, 46237625856);
        // not a case (`访问频率受限时…`); a denial (`不是访问频率受限`) is left
        // read: a lookbehind's words join the entry's similarity wording (`similar.ts`), and 不是/没有 there cost a dev paste
        // its cause among the three shown (round 45 review)
        '访问频率受限(?![的时])',
        '请降低您?的调用频率',
      ],
    },
    title: { zh: '上游模型方在限流', en: 'Rate limited by the upstream provider' },
    meaning: {
      zh: '不是你的密钥超限，而是提供这个模型的上游此刻太忙；免费或热门模型常见。',
      en: 'Not your key’s limit: the provider behind this model is busy right now; common for free or popular models.',
    },
    steps: [
      retryWithBackoff,
      { zh: '换一个同类模型，或避开高峰时段。', en: 'Switch to a similar model or avoid peak hours.' },
    ],
    retry: 'later',
    article: '/troubleshooting/rate-limits#backoff',
    examples: [
      {
        text: '{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"deepseek/deepseek-chat-v3-0324:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations","provider_name":"Chutes"}}}',
        source: 'OpenRouter 429 (cline/cline and RooCodeInc/Roo-Code issues)',
      },
      {
        text: '{"error":{"message":"当前分组上游负载已饱和，请稍后再试 (request id: 20250301093011512437842Z6kT3jv)","type":"new_api_error","code":"upstream_error"}}',
        source: 'QuantumNous/new-api relay error for a saturated upstream (new-api issues)',
      },
    ],
  },
  {
    id: 'provider-overloaded',
    cause: 'upstream_unavailable',
    layer: 'provider',
    // LiteLLM passes Anthropic's 529 on as a 500 InternalServerError (its exception mapping)
    // 498 as well (round 34, en-vendors): Groq's own status for its flex tier at capacity (console.groq.com/docs/errors)
    statuses: [529, 503, 500, 498],
    defaultFor: [529],
    dialects: ['anthropic', 'openai', 'gemini'],
    match: {
      codes: [
        // round 34 (en-vendors): Groq's 498 Flex Tier Capacity Exceeded (console.groq.com/docs/errors; console.groq.com/docs/flex-processing
        // `If flex capacity is unavailable, requests will fail quickly with status 498 and error capacity_exceeded`): Groq has
        // no room on the flex tier for anyone, not this caller's limit; retry with backoff or use the on-demand tier
        'capacity_exceeded',
        // round 44 (media): fal.ai's request error type when no machine could take the request (docs.fal.ai/documentation/
        // model-apis/request-errors, runner_scheduling_failure `No runner could be allocated to handle the request.`, a 503 it
        // lists as retryable): fal's capacity for that model, not the caller's limit
        'runner_scheduling_failure',
        // round 44 (media): and sync.'s generation_infra_resource_exhausted (docs.sync.so/api-reference/error-handling and the `GET /v2/errors` catalogue it points to, as a client transcribes its 62 codes (find_string id 60046722991)), its machines out of room
        'generation_infra_resource_exhausted',
        // round 41 (gateway): OpenRouter's canonical error type for a provider out of capacity (openrouter.ai/docs/client-sdks/typescript/models/apierrortype.md, the canonical ApiErrorType of its SDKs, `stable across all API formats`)
        'provider_overloaded',
        // round 27 (local-sdk): llama.cpp server's 503 type while the model loads or no slot is free (ggml-org/llama.cpp
        // tools/server/utils.hpp, examples/server before the move, format_error_response ERROR_TYPE_UNAVAILABLE, `Loading model`)
        'unavailable_error',
        'overloaded_error',
        'engine_overloaded',
        'server_overloaded',
        'engine_overloaded_error',
        'serveroverloaded',
        // round 34 (cn-vendors): Model Studio's 500/503 ModelServingError (help.aliyun.com/zh/model-studio/error-code,
        // `Too many requests. Your requests are being throttled due to system capacity limits.`, 原因 网络资源目前处于饱和状态):
        // the vendor's capacity, not the caller's rate limit
        'modelservingerror',
        // round 36 (apps-a): LobeHub's errorType for a provider's 503 or overload (lobehub/lobehub
        // packages/types/src/agentRuntime.ts AgentRuntimeErrorType ProviderServiceUnavailable)
        'providerserviceunavailable',
      ],
      patterns: [
        // round 42 (cnsdk): the zhipuai SDK's exception for any 503 from Zhipu (MetaGLM/zhipuai-sdk-python-v4 zhipuai/core/_errors.py
        // APIServerFlowExceedError, raised by zhipuai/core/_http_client.py _make_status_error as `Error code: 503, with error text
        // …`): the server's own flow control, not the caller's limit (a 429 is its APIReachLimitError)
        '\\bapiserverflowexceederror\\b',
        // round 34 (vendor-zh): the 503 (formerly 429) row `The engine is currently overloaded, please try again later`
        // as OpenAI's error-codes guide in Chinese (openai-doc.aihub2022.top/docs/guides/error-codes/ =
        // developer.aliyun.com/article/1512598, chatgpt.cadn.net.cn/docs/guides_error-codes,
        // openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma, gpt.huanp.com/chatgpt/7706.html, the newer page's translations
        // find_string ids 59696096384, 59992588880, 25643759872): `引擎当前过载，请稍后再试`, `发动机当前过载，请稍后重试`, `引擎目前负载过高`, `引擎当前超载`
        // (find_string id 38482195767);
        // Moonshot's engine_overloaded_error in its Chinese table (`引擎当前过载，请稍后重试`, id 21612867735)
        '(?:引擎|发动机)(?:当前|目前)?(?:过载|超载|负载过高)',
        // round 34 (vendor-zh): Anthropic's 529 overloaded_error in its Chinese docs
        // (docs.anthropic.com/zh-CN/api/errors, find_string id 21614530803, claude.apifox.cn/doc-3091301: `API 暂时过载`,
        // `Anthropic 的 API 暂时过载`)
        '\\bapi\\s?暂时过载',
        // round 34 (cn-vendors): Model Studio's ModelServingError in its own words (above); its batch row says `Batch
        // requests are being throttled`, a 429 quota, so only `Your requests`
        'your requests are being throttled due to system capacity limits',
        // round 27 (local-sdk): Ollama's 503 once OLLAMA_MAX_QUEUE requests wait (ollama/ollama server/sched.go ErrMaxQueue
        // `server busy, please try again.  maximum pending requests exceeded`)
        'busy, please try again\\.\\s+maximum pending requests',
        // round 37 (wrong-en): Chutes' answer when every instance of the model is at capacity (chutesai/chutes-api
        // api/invocation: infra_overload `Infrastructure is at maximum capacity, try again later`; find_string ids 34355682381,
        // 44106232730) and a single instance's (`Instance is at maximum capacity, try again later`, id 53879914925): the
        // provider has no room, as Cloudflare's `Out of capacity` below. Chutes sends them with a 429, which this entry does not
        // list (SiliconFlow's `System is too busy` under a 429 is a limit, see below), so with that status they still read as a
        // rate limit; the words alone, or with a 503, read here
        '\\b(?:infrastructure|instance) is at maximum capacity\\b',
        // round 27 (en-vendors): Cloudflare Workers AI's error table (developers.cloudflare.com/workers-ai/platform/errors/): 3040 `Out of
        // capacity`, a 429 that means the provider, not the caller, has no room
        'no more data centers to forward the request to',
        // round 27 (apps): a 503 as apps word it (LobeChat locales/en-US/error.json response.503 `…, possibly due to
        // overload or maintenance`; its zh-CN `过载或正在进行维护` is read already)
        'due to (?:server )?overload or (?:under )?maintenance',
        // Claude Code's Opus notice (cli.js y2A)
        'is experiencing high load',
        // round 40 (lead): a word programmers also use for functions (`Overloaded functions`, expect-type's README; `syntax
        // is overloaded in ways that…`, acorn's): 11 of 16,759 README paragraphs under node_modules named this entry
        // (review: nor an identifier it starts, property-information's `overloadedBoolean`, the one README paragraph study:prose
        // still read as this entry; an SDK's OverloadedError still reads)
        '\\boverloaded(?!(?!error|exception)[a-z])(?![ _-](?:functions?|methods?|signatures?|operators?|constructors?|in ways)\\b)(?<!(?:function|method|operator|syntax) (?:is |are )?overloaded)',
        // round 11 (English): `The AI service is currently at capacity`, `This model is temporarily unavailable.` (a
        // 503's body), `The model provider is temporarily unavailable.`; a channel or an executor at capacity is not a provider, so the noun is required
        '(?:model|service|server|provider|ai) is (?:currently )?at capacity',
        '(?:model|ai)(?: provider)? is temporarily unavailable',
        // round 13 (Chinese): the same for the inference behind it (find_string inference is temporarily unavailable: a
        // provider client's ProviderError `Live inference is temporarily unavailable.`, code live_inference_unavailable)
        '\\binference is temporarily unavailable',
        // round 18 (zh-b): Qianfan's ServerHighLoad, 336100, which every Qianfan SDK retries by default (go/README.md,
        // javascript/src/Fetch/nodeFetch.ts); its message is only `high load` (python/qianfan/tests/utils/mock_server.py)
        qianfanCode('336100'),
        // Apache's 503 page (`The server is temporarily unable to service your request due to maintenance downtime or
        // capacity problems.`), Hugging Face's `Model … is currently loading`, `Server is experiencing high traffic`
        'temporarily unable to service your request',
        '\\bmodel (?:\\S{1,80} )?is currently loading',
        '(?:servers?|service|api|provider|model) (?:is|are) (?:currently )?experiencing (?:high|heavy) traffic',
        'server is overloaded or not ready',
        'the engine is currently overloaded',
        // round 34 (en-vendors): the same Groq 498 in words (`flex tier capacity exceeded`)
        'flex tier capacity exceeded',
        '(?:模型|服务器?)(?:暂时)?(?:过载|负载过高|繁忙)',
        // round 11 (Chinese): relays' word for a busy provider (find_string 上游繁忙: `上游繁忙，已重试 3 次仍失败`, `上游繁忙或过载`)
        '上游繁忙',
        '访问量过大',
        'experiencing high demand',
        '负载(?:较|过)高',
        '系统繁忙',
        'server is busy',
        // SiliconFlow 50508 / 50609 `System is too busy now`: a 503 is capacity, the same words with a 429 a limit
        'system is too busy',
        // round 34 (cn-vendors-2): Volcengine Ark's 429 ServerOverloaded in its own words (`The service is currently unable
        // to handle additional requests.`, type TooManyRequests; volcengine.com/docs/82379/1299023, as Ark clients' tests
        // replay the body, find_string ids 69272922906, 60616830440): the vendor's capacity, read so far only by its code
        'the service is currently unable to handle additional requests',
        // round 34 (cn-vendors-2): iFlytek Spark 10008 `服务容量不足，联系工作人员` (the Spark error-code table,
        // xfyun.cn/doc/spark/Web.html, as Spark clients copy it, find_string ids 17054291591, 2795551050)
        '服务容量不足',
        // round 38 (lead): iFlytek Spark's 10110 `ServiceIsBusyError:Engine Busy` (服务忙，可重试), as a Xunfei client's retry table
        // reads it beside 10010's `Engine Busy` (find_string id 57369780908): the engine's capacity, not the caller's rate
        'serviceisbusyerror:\\s?engine busy',
        '由于过载或正在进行维护',
        // round 13 (Chinese): OpenAI's `That model is currently overloaded with other requests` as apps translate it
        // (find_string 而过载: a chat app's 模型过载 notice `当前模型因其他请求而过载。您可以重试您的请求…`, id 4566815752)
        '因(?:处理)?其他请求而过载',
        // Kling (可灵) API 5001, in both the English and the Chinese docs' words
        'server temporarily unavailable',
        '服务器暂时不可用',
        // round 36 (apps-a): LobeHub's ProviderServiceUnavailable in Chinese (lobehub/lobehub
        // locales/zh-CN/modelRuntime.json `提供商暂时过载或不可用。请稍后重试。`, the English `overloaded` read already) and its
        // QuotaLimitReachedCloud in English (locales/en-US/error.json `The model service is currently under heavy
        // load…`, the zh-CN `负载较高` read already)
        '提供商暂时过载或不可用',
        '\\bmodel service is currently under heavy load\\b',
        // round 36 (gaps-zh): Coze's busy reply (deanxv/coze-discord-proxy common/constants.go CozeOtherErrorMessages:
        // `There are too many users now. Please try again a bit later.`)
        'there are too many users now\\. please try again a bit later',
      ],
    },
    title: { zh: '上游过载（529/503）', en: 'Provider overloaded (529/503)' },
    meaning: {
      zh: '模型方的服务器暂时满载，和你的密钥、余额无关；通常几分钟内恢复。',
      en: 'The provider’s servers are full for now; nothing to do with your key or balance, usually over within minutes.',
    },
    steps: [retryWithBackoff, checkStatusPage],
    retry: 'later',
    article: '/troubleshooting/service-unavailable#overloaded',
    examples: [
      {
        text: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":null}',
        source: 'Anthropic 529 (docs.anthropic.com/en/api/errors; anthropics/claude-code issues)',
      },
      {
        text: 'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}',
        source: 'Anthropic streaming error event (docs.anthropic.com/en/api/messages-streaming)',
      },
      {
        text: '{"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}',
        source: 'Gemini 503 (google-gemini/gemini-cli issues)',
      },
      {
        text: "openai.InternalServerError: Error code: 503 - {'error': {'message': 'The server is overloaded or not ready yet.', 'type': 'server_error', 'param': None, 'code': None}}",
        source: 'openai/openai-python issues (503 overloaded)',
      },
    ],
  },
  {
    id: 'upstream-failed',
    cause: 'upstream_unavailable',
    layer: 'provider',
    statuses: [500, 502, 503, 520, 521, 523, 525, 526],
    defaultFor: [502, 520, 521, 523],
    dialects: ['one-api', 'new-api', 'openrouter', 'zenmux', 'openai'],
    match: {
      codes: [
        // round 44 (media): fal.ai's request error types for a queued request whose runner failed it (docs.fal.ai/documentation/
        // model-apis/request-errors and docs.fal.ai/errors, Request Error Type Reference: runner_connection_timeout `The connection
        // to the runner timed out.`, runner_disconnected `The runner disconnected unexpectedly during processing.`,
        // runner_connection_refused `The runner refused the connection.`, runner_connection_error `A general connection error
        // occurred with the runner.` (503s), runner_incomplete_response `The runner sent an incomplete response payload.` (502),
        // runner_server_error `The runner encountered an internal server error.` (500)), in the body's `error_type`, the
        // `X-Fal-Error-Type` header and the queue status of a failed request: fal's own machines, transient, which its queue
        // retries up to 10 times before it gives the error back
        'runner_connection_timeout',
        'runner_disconnected',
        'runner_connection_refused',
        'runner_connection_error',
        'runner_incomplete_response',
        'runner_server_error',
        // round 44 (media): sync.'s infrastructure failures of a generation (docs.sync.so/api-reference/error-handling and the `GET /v2/errors` catalogue it points to, as a client transcribes its 62 codes (find_string id 60046722991):
        // generation_infra_service_unavailable, generation_infra_storage_error, controller_unavailable,
        // controller_dependency_error; generation_database_error as clients list it beside them), retryable
        'generation_infra_service_unavailable',
        'generation_infra_storage_error',
        'generation_database_error',
        'controller_unavailable',
        'controller_dependency_error',
        // round 43 (gateways): codex-lb when the ChatGPT account that holds a conversation's previous response cannot be
        // reached (Soju06/codex-lb app/modules/proxy/_service/http_bridge/helpers.py, a 502 `Previous response owner account is
        // unavailable; retry later.`, type server_error)
        'previous_response_owner_unavailable',
        // round 34 (en-vendors): Amazon Bedrock's ModelStreamErrorException (`An error occurred while streaming the response.
        // Retry your request.`, docs.rs aws-sdk-bedrockruntime Error::ModelStreamErrorException): the model failed mid-stream
        'modelstreamerrorexception',
        // round 41 (media): fal.ai's model error type when a partner API the model runs through failed (docs.fal.ai/errors
        // downstream_service_error `Downstream service error`; its downstream_service_unavailable is read by its words)
        'downstream_service_error',
        // round 40 (agents-zh): CC Switch's local proxy when every provider of the app's failover queue failed
        // (farion1231/cc-switch src-tauri/src/proxy/handlers.rs codex_proxy_error_code for ProxyError::MaxRetriesExceeded, a 503)
        'cc_switch_max_retries_exceeded',
        // round 41 (gateway): ngrok's AI Gateway when the provider could not be reached or every model it tried failed
        // (ngrok.com/docs/ai-gateway/reference/error-codes: ERR_NGROK_3800, a 502 `Could not reach the AI provider. The upstream
        // request failed.`, earlier `The request could not be proxied to the AI provider successfully`; ERR_NGROK_3807 `All AI
        // providers failed to respond successfully.`, ngrok.com/docs/ai-gateway/guides/debugging)
        'err_ngrok_3800',
        'err_ngrok_3807',
        // round 41 (gateway): OpenRouter's canonical error type for a provider that is down or answered nothing usable, its 502
        // (openrouter.ai/docs/client-sdks/typescript/models/apierrortype.md, the canonical ApiErrorType of its SDKs, `stable across all API formats`; openrouter.ai/docs/api/reference/errors-and-debugging `502: Your chosen model is down or we received an invalid
        // response from it`)
        'provider_unavailable',
        // Qianfan's video generation 500 (`video generation service interal error`; cloud.baidu.com/doc/qianfan-api/s/4mwbl4bz4)
        'video_genration_interal_error',
        // round 42 (cnsdk): TencentCloud API 3.0 faults on Tencent's side: Hunyuan's FailedOperation.ConsoleServerError (控制台服务异常;
        // tencentcloud-sdk-python tencentcloud/hunyuan/v20230901/errorcodes.py) and LKEAP's (Tencent's DeepSeek API)
        // FailedOperation.UnKnowError (内部未知错误; tencentcloud/lkeap/v20240522/errorcodes.py)
        'failedoperation.consoleservererror',
        'failedoperation.unknowerror',
        // round 42 (cnsdk): Volcengine's OpenAPI gateway FailToConnect (服务连接错误, 502) and ServiceUnavailableTemp (服务暂时不可访问, 503)
        // (volcengine.com/docs/6720/108305, 6664/116016 and 6448/76370 公共错误码, the OpenAPI gateway's common codes every
        // Volcengine API but Ark's inference answers with, Jimeng's visual API among them)
        'failtoconnect',
        'serviceunavailabletemp',
        // round 27 (en-vendors): Amazon Bedrock's runtime errors (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html,
        // docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html): ModelErrorException
        // (424), the model failed while processing a valid request
        'modelerrorexception',
        // LiteLLM's exception class for a 502 from the provider (docs.litellm.ai/docs/exception_mapping), whatever
        // follows `OpenAIException -`
        'badgatewayerror',
        'do_request_failed',
        'bad_response_status_code',
        'upstream_error',
        'bad_response',
        'service_unavailable',
        'invalidendpoint.closedendpoint',
        'empty_response',
        // round 30 (gateway): new-api's midjourney relay when the midjourney upstream answered nothing
        // (service/midjourney.go DoMidjourneyHttpRequest, `{"code":5,"description":"empty_response_body"}`)
        'empty_response_body',
        // round 27 (local-sdk): the Vercel AI SDK's leaf error for an answer with no body at all (vercel/ai
        // packages/provider/src/errors/empty-response-body-error.ts `Empty response body`, thrown by its response handlers)
        'ai_emptyresponsebodyerror',
        // new-api relay/channel/openai/relay-openai.go: the upstream's answer had no usable body
        'invalid_response',
        'xunfei_empty_response_detected',
        'emptymodeloutputerror',
        'unexpected_response_format',
        'internalserviceerror',
        'bad_response_body',
        'channel:aws_client_error',
        'aws_invoke_error',
        'read_response_body_failed',
        'failedoperation.engineservererror',
        'serviceunavailableexception',
        // round 16 (zh-a): codex-proxy-rs's upstream and provider-infrastructure failures (zyycn/codex-proxy-rs@fbd92211
        // gateway-api/src/openai/error.rs gateway_error_contract: UpstreamUnavailable, a 502 `upstream service is
        // unavailable`; ProviderInfrastructureUnavailable, a 503 `provider account infrastructure is temporarily unavailable`)
        'upstream_unavailable',
        'provider_infrastructure_unavailable',
        'modelnotreadyexception',
        'unmarshal_response_body_failed',
        'copy_response_body_failed',
      ],
      patterns: [
        // round 45 (desc-models): the code above in plain words, as relays and model clients answer when the provider behind
        // them cannot be reached (find_string `upstream unavailable`: a model-list route's `new Response("upstream unavailable",
        // { status: 503 })`, id 58292718826; a voice relay's 503 `{ error: 'voice upstream unavailable', reason: 'cannot reach
        // …' }`, id 56503348771; an AI client's 503 `busy` transport failure, id 54621762511; a model client's `503 upstream
        // unavailable`, id 68885314861); not a rule or a case (`if the upstream is unavailable, fall back …`)
        '(?<!\\b(?:if|when|whenever|whether|unless|once|while)\\b[^.\\n]{0,40})\\bupstream (?:(?:is|was) )?(?:currently |temporarily )?unavailable\\b',
        // round 43 (gateways): codex-lb's 502/`response.failed` wordings for an upstream it cannot use right now: its circuit
        // breaker open, every account tried and failed, the owner account of a previous response unreachable (Soju06/codex-lb
        // app/core/clients/proxy.py CircuitBreakerOpenError `Upstream circuit breaker is open`; app/modules/proxy/_service/
        // compact.py `All account attempts exhausted` and `Previous response owner account is unavailable; retry later.`)
        '\\bupstream circuit breaker is open\\b',
        '\\ball account attempts exhausted\\b',
        '\\bprevious response owner account is unavailable\\b',
        // round 43 (gateways): AIBrix's gateway plugin when the model has no ready pod or the router picked none
        // (vllm-project/aibrix pkg/plugins/gateway/gateway_req_body.go, a 503 service_unavailable with header
        // x-error-no-model-backends `error on getting pods for model <m>`, and x-error-routing `error on selecting target pod`)
        '\\berror on getting pods for model\\b',
        '\\berror on selecting target pod\\b',
        // round 43 (gateways): vLLM production-stack's router for a model whose engines are all asleep or draining and for a
        // disaggregated deployment with no prefill or decode engine found (vllm-project/production-stack
        // src/vllm_router/services/request_service/request.py, a 503 `Model '<m>' is temporarily unavailable. Please try again
        // later.`; src/vllm_router/routers/routing_logic.py, a 503 `PREFILL_SERVICE_UNAVAILABLE: No prefill endpoints discovered`, DECODE_ likewise)
        "\\bmodel '[^']{1,120}' is temporarily unavailable\\. please try again later",
        '\\b(?:prefill|decode)_service_unavailable: no (?:prefill|decode) endpoints discovered',
        // round 43 (platforms): UCloud Modelverse's 500 model_server_error `Request llm server Error` (LLM 服务异常;
        // UCloudDoc-Team/modelverse api_doc/common/error-code.md)
        'request llm server error',
        // round 42 (cnsdk): TencentCloud API 3.0's common InternalError (内部错误, in every product's common error-code table:
        // cloud.tencent.com/document/product/1388/114322 and 850/38750 公共错误码) as the SDKs print it (tencentcloud-sdk-python
        // tencentcloud/common/exception/tencent_cloud_sdk_exception.py `[TencentCloudSDKException] code:%s message:%s requestId:%s`,
        // the Go SDK's `[TencentCloudSDKError] Code=…`): Tencent's side failed. Only after the SDK's mark: `InternalError` alone is
        // many APIs' code, a relay's own among them
        '\\[tencentcloudsdk(?:exception|error)\\] code[:=]internalerror\\b',
        // round 42 (cnsdk): Volcengine's OpenAPI gateway 100014 InternalError and 100015 FailToConnect by their words (`Service has
        // some internal Error. Pls Contact With Admin.`, `Top Fail to Connect to Internal Service`) (volcengine.com/docs/6720/108305, 6664/116016 and 6448/76370 公共错误码, the OpenAPI gateway's common codes every
        // Volcengine API but Ark's inference answers with, Jimeng's visual API among them)
        '\\bservice has some internal error\\. pls contact with admin\\b',
        '\\btop fail to connect to internal servic',
        // round 41 (agents): iFlow CLI's check of a 2xx answer without choices, as langchain-openai's below
        // (The-Sunder-islands/iflow-cli-ce@be76597 modules/app/api/aNr_iflow-api.js, the @iflow-ai/iflow-cli 0.5.19 bundle's
        // openaiContentGenerator.errors.invalidResponseFormat `Invalid OpenAI response format - missing or empty choices
        // array. TraceID: …` / zh-CN `OpenAI 响应格式无效 - 缺少或空的 choices 数组。…`)
        '\\binvalid openai response format - missing or empty choices array\\b',
        '缺少或空的\\s?choices\\s?数组',
        // round 41 (transport): nginx's error log when the server behind it closed the connection or none was up before an
        // answer (nginx/nginx src/http/ngx_http_upstream.c `upstream prematurely closed connection` with the action `while
        // reading response header from upstream`; ngx_http_upstream_round_robin.c `no live upstreams`), the line behind its
        // 502 page
        'upstream prematurely closed connection while reading response header from upstream\\b',
        '\\bno live upstreams while connecting to upstream\\b',
        // round 41 (transport): Cloudflare's 520, 521 and 523 pages and plain bodies (developers.cloudflare.com/support/
        // troubleshooting/http-status-codes/cloudflare-5xx-errors/: `Web server is returning an unknown error` 520, `Web
        // server is down` 521, `Origin is unreachable` 523, each with `Error code 52x` or `error code: 52x`): the origin
        // behind Cloudflare failed, in words and not the status alone
        '\\berror code:? 52[013]\\b',
        // round 40 (agents-zh): CC Switch's words for the same (src-tauri/src/proxy/error_mapper.rs get_error_message
        // `所有 Provider 都失败，重试耗尽`; proxy/error.rs `超过最大重试次数` is its plain Display, too general to read alone)
        '所有\\s?provider\\s?都失败[，,]\\s?重试耗尽',
        // round 36 (gaps-en): Cursor's error when it cannot get an answer from the model's provider (the detail under
        // `{"error":"ERROR_OPENAI","details":{"title":"Unable to reach the model provider","detail":"We're having trouble
        // connecting to the model provider. This might be temporary - please try again in a moment."}}`), which Figma's MCP
        // troubleshooting explains (developers.figma.com/docs/figma-mcp-server/tools-not-loading: `usually means your AI
        // assistant (like Cursor, Copilot or Claude Code) can't reach the model, or the connection timed out. Try again`);
        // the automations that click Cursor's Resume match the same words (find_string ids 26366823885, 54003008996). Not
        // the title, which Cursor puts over the provider's own refusals too (a setup guide quoting Cursor, find_string id
        // 39795182890: `"title":"Unable to reach the model provider","detail":"… Provider returned 400 … Model Not Exist"`)
        "\\bwe['’]re having trouble connecting to the model provider\\b",
        // round 39 (apps-zh): zhayujie/chatgpt-on-wechat models/chatgpt/chat_gpt_bot.py _handle_reply_error: the bot's reply
        // `请再问我一次` for an APIError (models/openai/openai_compat.py map_http_error: a status of 500 or more, logged as
        // `[CHATGPT] Bad Gateway`), and `请再问我一次吧` from models/linkai/link_ai_bot.py once its retries of a 5xx are spent;
        // only as the whole reply on its line, since the words are a chat turn's anywhere else
        '^[\\s\\[\\]【】>:：]{0,4}请再问我一次吧?[\\s。.!！~]{0,3}$',
        // round 36 (gaps-en): the ChatGPT MD Obsidian plugin's words for a 500, 502 or 503 from the provider it calls
        // (bramses/chatgpt-md src/Utilities/ErrorMessageFormatter.ts getHttpErrorMessage `Server error. Please try again
        // later.`, shown by src/Services/ErrorService.ts handleApiError as `[ChatGPT MD] <service>: <message> - Model: …`);
        // only with the plugin's prefix, since apps everywhere word their own 500 so
        '\\[chatgpt md\\] [^:\\n]{1,40}: server error\\. please try again later',
        // round 36 (gaps-en): 1min-relay's 1500 (kokofixcomputers/1min-relay forks' ERROR_HANDLER, find_string id
        // 53863266997: `1minAI API error: {detail}`, a 500 api_error when 1min.ai's own API failed), which its log shows only
        // by the code
        "error has occurred while processing the user['’]s request\\. error code: 1500\\b",
        // round 34 (en-vendors): Amazon Bedrock's 500 InternalServerException as botocore prints it (`An error occurred
        // (InternalServerException) when calling the InvokeModel operation: An internal server error occurred. Retry your
        // request.`; docs.rs aws-sdk-bedrockruntime Error::InternalServerException, Bedrock troubleshooting-api-error-codes
        // InternalFailure): Bedrock's own fault, which `internal server error` alone ranked as the gateway's. Not the class
        // name alone: the OpenAI Java SDK's InternalServerException is any 500, the relay's included
        '\\(internalserverexception\\) when calling the \\w+ operation',
        'an internal server error occurred\\. retry your request',
        // round 34 (media): Volcengine visual (Jimeng) faults on its own side (volcengine.com/docs/85621 即梦 AI 业务错误码:
        // 50520 `Risk Internal Error` 审核服务异常, 50521 `Antidirt Internal Error` 版权词服务异常, 50522 `Image Copyright Internal
        // Error` 版权图服务异常, 50501 `Internal RPC Error` 内部算法错误): its moderation or model service failed, not the prompt
        '\\b(?:risk|antidirt|image copyright) internal error\\b|\\binternal rpc error\\b',
        // round 34 (cn-vendors-2): iFlytek Spark's engine-side failures (the Spark error-code table, xfyun.cn/doc/spark/Web.html,
        // as Spark clients copy it, find_string ids 17054291591, 56725105313, 2795551050): 10009 `和引擎建立连接失败`, 10010
        // `接收引擎数据的错误`, 10011 `发送数据给引擎的错误` / `向引擎发送数据的错误`, 10012 `引擎内部错误`, 10222 `引擎网络异常`,
        // 10223 `LB找不到引擎节点`; Tencent Hunyuan's FailedOperation.EngineServerError says `引擎层内部错误`
        '和引擎建立连接失败',
        '(?:接收引擎数据|发送数据给引擎|向引擎发送数据)的错误',
        '引擎层?内部错误',
        '引擎网络异常',
        'lb\\s?找不到引擎节点',
        // round 34 (cn-vendors-2): MiniMax 1033 `系统错误/下游服务错误` (platform.minimaxi.com/docs/api-reference/errorcode,
        // as clients copy the table, find_string ids 70692152744, 62517564858)
        '系统错误\\s?/\\s?下游服务错误',
        // round 34 (vendor-zh): the 500 row `The server had an error while processing your request` as OpenAI's
        // error-codes guide in Chinese (openai-doc.aihub2022.top/docs/guides/error-codes/ =
        // developer.aliyun.com/article/1512598, chatgpt.cadn.net.cn/docs/guides_error-codes,
        // openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma, gpt.huanp.com/chatgpt/7706.html, the newer page's translations
        // find_string ids 59696096384, 59992588880, 25643759872): `服务器在处理您的请求时发生错误`, `服务器在处理您的请求时出错`,
        // `服务器处理您得请求时发生错误`; with 您/你, so a web app's own 500 text is not read
        '服务器(?:在)?处理(?:您|你)(?:的|得)?请求时(?:发生了?错误|出错|出现了?错误)',
        // round 27 (local-sdk): self-hosted servers whose engine died, behind a gateway's channel or called directly:
        // vLLM's EngineDeadError (vllm-project/vllm vllm/v1/engine/exceptions.py, a 500 `EngineCore encountered an issue.
        // See stack trace (above) for the root cause.`), Ollama's runner (ollama/ollama llm/llama_server.go `llama-server
        // process has terminated: …`, `llama runner process has terminated` before the rename) and TGI's GenerationError
        // (huggingface/text-generation-inference router/src/infer/mod.rs `Request failed during generation: {0}`)
        'enginecore encountered an issue',
        // (`llama-server` and `llama runner` spelt past their second word, and Ollama's queue by its own words below, so the
        // similarity reading does not take `server` for these entries' word: it weighs the guess for unmatched pastes)
        'llama\\W(?:se|ru)\\w+ process has terminated',
        'request failed during generation: ',
        // round 27 (en-vendors): Amazon Bedrock's runtime errors (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html,
        // docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html)
        'the request failed due to an error while processing the model',
        // Gemini CLI's retry log for a 5xx (packages/core/src/utils/retry.ts)
        'attempt \\d+ failed with 5xx error',
        'bad gateway',
        // round 34 (apps-zh): Chatbox's tip under a 502 (chatboxai/chatbox src/renderer/i18n/locales/zh-Hans/translation.json
        // `HTTP 错误：错误的网关 (502)。服务器从上游服务收到了无效响应。`), which otherwise only its status reads
        '从上游服务收到了无效响应',
        'provider returned error',
        'chosen model is down',
        // not as a wrapper's link before the provider's own error (opencode's `Upstream request failed: [code] …`)
        'upstream (?:api )?request failed(?![:：]\\s?\\S)',
        'upstream connect error',
        // OpenAI's server_error wordings (500), passed through by Codex and relays: OpenAI's servers failed, not
        // the gateway, which words its own failures in its own error types
        'an error occurred while processing your request\\. you can retry your request',
        'the server had an error (?:while )?processing your request',
        // round 23 (gateway pages dmx-b): Cerebras's own server_error, a 500 body or an in-stream error after a 200
        // (`{"status_code":500,"error":{"message":"Encountered a server error, please try again.","type":"server_error"…}}`,
        // as a relay's OpenAI provider parses it: find_string `Encountered a server error, please try again`, id
        // 56710706877); a web app's own `…please try again later.` is not a provider
        'encountered a server error, please try again(?!\\s*later)',
        // Google's canonical DEADLINE_EXCEEDED text (googleapis google/rpc/code.proto, every gRPC library's status
        // string): under Gemini's 503 UNAVAILABLE it is the provider timing itself out; under a 504 the status
        // reads it as a timeout
        'deadline expired before operation could complete',
        'bad response status code',
        // round 36 (apps-a): not Cherry Studio's region diagnosis (`Service unavailable in your region`, en-us locale
        // error.diagnosis.region), which unsupported-region reads and the matcher ranks first: `yieldToLongerWording`
        'service (?:temporarily )?unavailable',
        '上游(?:服务)?(?:错误|不可用|异常)',
        'no healthy upstream',
        'endpoint that is currently closed or temporarily unavailable',
        'empty response detected',
        'no available account instance',
        // midjourney-proxy (SubmitResultVO.fail NOT_FOUND) when no Discord account instance is alive, as new-api relays it
        '无可用的?(?:账号|帐号)实例',
        // novicezk/midjourney-proxy TaskServiceImpl `账号不可用: <id>`, trueai-org's `实例不存在或不可用` / `实例不可用`
        '(?:账号|帐号)不可用:\\s*\\d',
        '实例(?:不存在或)?不可用',
        // one-hub relay/midjourney: 当前MJ无帐号可用
        '无(?:账|帐)号可用',
        // claude-code-hub ALL_PROVIDERS_UNAVAILABLE_MESSAGE (503): every provider it routes to is down or tripped
        '所有供应商暂时不可用',
        // Zhipu 1230 and 1260: the API failed while running the call
        'api\\s?(?:调用流程出错|运行错误)',
        '网络错误[,，]\\s*错误\\s*id',
        '上游返回(?:了)?错误',
        'upstream error: do request failed',
        'did not provide any assistant messages',
        // round 15 (matcher): Roo Code's current wording of the same empty answer (RooCodeInc/Roo-Code@cb83656
        // webview-ui/src/i18n/locales/en and zh-CN chat.json noAssistantMessages)
        'did not provide any response content',
        '模型未提供任何响应内容',
        'returned an empty response',
        // round 36 (apps-b): coding agents' own words for an answer that came back empty: Cline's SDK (cline/cline
        // sdk/packages/agents/src/agent-runtime.ts `Model returned empty response`) and Aider (Aider-AI/aider
        // aider/coders/base_coder.py `Empty response received from LLM. Check your provider account?`)
        'model returned empty response',
        // round 43 (apps): Khoj's OpenAI-compatible client when the stream ended with no text (khoj-ai/khoj
        // src/khoj/processor/conversation/openai/utils.py `raise ValueError(f"Empty or no response by {model_name} over API.
        // Retry if needed.")`, and `… over Responses API. …` for the Responses endpoint)
        '\\bempty or no response by \\S{1,80} over (?:responses )?api\\b',
        // round 43 (apps): KISS Translator's words for an AI service's answer with no text (fishjar/kiss-translator src/apis/trans.js
        // `translate got empty response`, `dictionary got empty response`, `dictionary got empty content`)
        '\\b(?:translate|dictionary) got empty (?:response|content)\\b',
        // round 43 (apps): Page Assist when the stream ended without a single chunk (n4ze3m/page-assist src/libs/mcp/normal-chat.ts,
        // `if (count === 0) throw new Error("The model did not return any response.")`); the whole line, as it shows it, not a
        // person's sentence about a request that hung (gateway-timeout's description)
        '(?:^|error:\\s*)the model did not return any response\\.?$',
        'empty response received from llm',
        // round 43 (agents): Roo Code's Responses-API and Codex handlers when a 200 came with no body to read
        // (RooCodeInc/Roo-Code@cb83656 src/api/providers/openai-native.ts `Responses API error: No response body`,
        // src/i18n/locales/en/common.json errors.openAiCodex.noResponseBody `Codex API error: No response body`): the
        // same empty answer, seen before any byte. Only after those prefixes: `No response body` alone is any HTTP log's
        '\\b(?:responses|codex) api error: no response body\\b',
        '引擎层内部错误',
        '网关错误',
        '服务器似乎迷失了方向',
        '服务(?:暂时|暂)?不可用',
        'model stream ended with empty response text',
        // AstrBot's EmptyModelOutputError (astrbot/core/provider/sources/openai_source.py)
        'completion has no usable output',
        // ChatLuna's code 309, MODEL_RESPONSE_IS_EMPTY (packages/core/src/utils/error.ts)
        chatLunaErrorCode(309),
        'the provider returned an empty or unparsable response',
        // round 40 (workflows): FastGPT's words when the model's stream ended with no text, no reasoning and no tool
        // call (labring/FastGPT packages/web/i18n zh-CN and en chat.json LLM_model_response_empty `模型流响应为空，请检查模型流输出是否
        // 正常` / `The model flow response is empty, please check whether the model flow output is normal.`, raised as
        // `chat:LLM_model_response_empty`; its older `core.chat.Chat API is error or undefined`, raised on the same
        // empty answer, packages/service/core/workflow/dispatch/chat/oneapi.ts; with a key and base URL of the user's
        // own, packages/service/core/ai/llm/request.ts getEmptyResponseTip `您的 OpenAI key 没有响应: {body}`) and RAGFlow's
        // for a reasoning model that answered nothing (infiniflow/ragflow rag/llm/chat_model.py `**ERROR**: Empty
        // response from reasoning model`)
        '模型流响应为空',
        '您的\\s?openai\\s?key\\s?没有响应',
        '\\bthe model flow response is empty\\b',
        '\\bllm_model_response_empty\\b',
        '\\bchat api is error or undefined\\b',
        '\\*\\*error\\*\\*: empty response from reasoning model',
        // round 42 (apps): MaiBot's EmptyResponseException (MaiM-with-u/MaiBot src/llm_models/exceptions.py `响应内容为空，这可能是
        // 一个临时性问题`) and nekro-agent's stream that ended before its first chunk (KroMiose/nekro-agent
        // nekro_agent/services/agent/openai.py `流式响应在返回首个数据块前已结束，API 供应商返回了空流`)
        '响应内容为空[，,]\\s?这可能是一个临时性问题',
        'api\\s?供应商返回了空流',
        '\\bdo request failed\\b',
        'new proxy http client failed',
        '\\bdial failed to ',
        '"status_code"\\s*:\\s*10(?:00|24|33)\\b',
        // Kong's 503 body and balancer (kong/error_handlers.lua, runloop/balancer); Cloudflare's origin TLS errors 525/526
        'upstream server is currently unavailable',
        'failure to get a peer from the ring-balancer',
        'invalid response was received from the upstream server',
        // round 24 (Chinese): in any framing of the number (`HTTP 525（Cloudflare SSL Handshake Failed）`), and as
        // Cloudflare's own error page lays it out, the title before `Error code 525` (developers.cloudflare.com
        // troubleshooting-cloudflare-5xx-errors, error 525/526): the origin's TLS, not the caller's
        '52[56]\\s?[:：(（]?\\s?(?:cloudflare\\s)?(?:ssl handshake failed|invalid ssl certificate)',
        '(?:ssl handshake failed|invalid ssl certificate)\\s+error code 52[56]\\b',
        // round 16 (en): Cloudflare AI Gateway's error 2005 (`{"code":2005,"message":"Failed to get response from
        // provider"}`, an AiGatewayError): the provider behind it did not answer usably
        'failed to get response from provider',
        // Google's own 500 INTERNAL for Gemini, as google-api-core and @google/generative-ai print it: Google's servers
        // failed, not the gateway (the same URL follows Google's 400s, so only this sentence)
        'an internal error has occurred\\. please retry or report in https://developers\\.generativeai\\.google',
        // round 18 (zh-a): image and comic translators' LLM modules (one retry loop copied into their OpenAI, DeepSeek,
        // Gemini and Ollama translators): on the SDK's APIError or a 5xx they log `Restarting request due to a server error.
        // Attempt: N`, then `<Vendor> encountered a server error, possibly due to high server load. Use a different
        // translator or try again later.` (find_string ids 9916471780, 15500305966, 20123438437, 55667673165) or `The
        // upstream model service encountered a server error.` (id 55188978009): the provider's servers, whichever vendor
        '\\bencountered a server error, possibly due to high server load\\b',
        'the upstream model service encountered a server error',
        // round 30 (vendors): Model Studio's 500 InternalError (help.aliyun.com/zh/model-studio/developer-reference/error-code,
        // spelled `occured`) and Qianfan's 336000 InternalError (baidubce/bce-qianfan-sdk python/qianfan/consts.py): the
        // vendor's servers failed, not the gateway
        // (the same words inside an async task's output, beside `"task_status":"FAILED"`, are the task's: task-failed)
        '(?<!task_status.{0,120})an internal error has occured, please try again later or contact service support',
        qianfanCode('336000'),
        // round 34 (cn-vendors): the rest of Model Studio's server rows (help.aliyun.com/zh/model-studio/error-code:
        // 500-InternalError.Algo `inference internal error.`, `An error occurred in model serving, error message is: [Request
        // rejected by inference engine!]`, `An internal error has occured during algorithm execution.`, `An internal error has
        // occured during execution, please try again later or contact service support.`, `An internal error occurs during
        // computation, please try this model later.`; 500-SystemError `An system error has occured, please try again later.`;
        // 500-ModelServiceFailed `Failed to request model service.`; 503-ModelUnavailable `Model is unavailable, please try
        // again later.`), each 原因 服务异常 / 内部算法错误 / 模型暂时无法提供服务 and 请稍后重试: the vendor's model service, not the
        // request (again not inside an async task's output, which is the task's)
        '(?<!task_status.{0,120})an internal error has occured during (?:algorithm )?execution',
        '(?<!task_status.{0,120})\\binference internal error\\b',
        'request rejected by inference engine',
        'an internal error occurs during computation',
        'an system error has occured',
        'failed to request model service',
        '\\bmodel is unavailable, please try again later',
        '\\brestarting request due to a server error\\b',
        // round 36 (apps-a): the English of the 502 tips whose Chinese this entry reads: LobeChat (lobehub/lobehub
        // locales/en-US/error.json response.502 `Sorry, the server seems to be lost and is temporarily unable to
        // provide service…`) and Cherry Studio (CherryHQ/cherry-studio en-us locale error.http.502 `Gateway error.
        // Please try again later`, find_string id 67170962973); LobeHub's ModelEmptyCompletion in Chinese
        // (locales/zh-CN/modelRuntime.json `模型供应商返回了空内容。…`, the English `returned an empty response` read already)
        '\\bthe server seems to be lost and is temporarily unable to provide service\\b',
        '\\bgateway error\\. please try again later\\b',
        '模型供应商返回了空内容',
        // round 36 (gaps-zh): Coze's own failure replies, which coze-discord-proxy passes on as errors and answers by
        // trying another bot (deanxv/coze-discord-proxy common/constants.go CozeOtherErrorMessages: `Something wrong
        // occurs, please retry. If the error persists, please contact the support team.`, `Some error occurred. Please
        // try again or contact the support team in our communities.`): Coze failing, not the request
        'something wrong occurs, please retry\\. if the error persists',
        'some error occurred\\. please try again or contact the support team in our communities',
        // round 36 (gaps-zh): a DeepSeek Harness IM bot's words for the provider's server failure (message-failure.mjs,
        // find_string id 68553303870: PROVIDER_FAILURES SERVER → MODEL_SERVICE `模型服务暂时异常，本次任务未完成。请稍后重试。`)
        '模型服务暂时异常',
        // round 39 (agents-src): MoonshotAI/kimi-cli src/kimi_cli/ui/shell/visualize/_live_view.py _format_step_retry for a
        // 5xx or an APIEmptyResponseError (`Retrying after server error · attempt 2/3 · 4s`, `Retrying after empty response ·
        // …`, _step_retry_reason)
        'retrying after (?:server error|empty response)\\W{1,5}attempt \\d+/\\d+',
        // round 40 (frameworks): agent frameworks' own check of an empty answer: CrewAI (crewAIInc/crewAI
        // src/crewai/utilities/agent_utils.py get_llm_response, `ValueError("Invalid response from LLM call - None or empty.")`
        // after `Received None or empty response from LLM call.`, find_string id 1062153223) and PydanticAI
        // (pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/_agent_graph.py, `UnexpectedModelBehavior('Received empty model
        // response')`, id 218141781), as Aider's and Cline's empty-response notices above
        '\\binvalid response from llm call - none or empty\\b',
        '\\breceived none or empty response from llm call\\b',
        '\\breceived empty model response\\b',
        // round 40 (frameworks): langchain-openai's check of a 2xx body without choices (langchain-ai/langchain
        // libs/partners/openai/langchain_openai/chat_models/base.py _create_chat_result, `TypeError: Received response with null
        // value for 'choices'. Full response keys: […]`, earlier with the name in backticks; find_string ids 7911662,
        // 65847360578): the relay answered 200 with no completion in it, which projects retry as a passing fault (ids
        // 42554815183, 66562145353), as the empty answers above
        "\\breceived response with null value for [`']choices[`']",
        // round 41 (gateway): clients' and relays' own check of a 2xx body with an empty choices array, as langchain's above
        // (MartialBE/one-hub relay/search.go `fmt.Errorf("no choices in response")`; the same words in Go, Python, Kotlin
        // and TypeScript clients and converters, find_string ids 29793645883, 55885123378, 58567434373, 54003381553): the
        // relay or provider answered without a completion
        '\\bno choices in response\\b',
        // round 41 (gateway): Octopus's check of the upstream's answer before it commits it (bestruirui/octopus
        // internal/relay/protocol.go validateResponse, `upstream response is empty`), where the message ends, not advice that
        // goes on (`retry when the upstream response is empty or slow`)
        // round 41 (gateway): uni-api when the provider's stream ended before its first chunk, a 502 (yym68686/uni-api
        // uni_api/runtime.py `{"detail":"Upstream closed stream without data"}`): nothing came from the provider at all, its
        // failure rather than a stream cut in the middle
        // (`without` left as \\w{7}: as a word of the similarity reading it tilted unrelated pastes' other causes)
        '\\bupstream closed stream \\w{7} data\\b',
        '\\bupstream response is empty(?=[ \\t]*(?:$|[\\r\\n"\'.,;:)}\\]]))',
        // round 41 (gateway): ngrok's AI Gateway ERR_NGROK_3800 in its older words and ERR_NGROK_3807 (codes above)
        '\\bthe request could not be proxied to the ai provider successfully\\b',
        '\\ball ai providers failed to respond successfully\\b',
      ],
      wraps: [
        // round 40 (relay-500): relays' own 500 around whatever failed beneath them, moved here from `patterns` (round 39
        // (gateways-b) read them there, as their 500 then ranked the gateway's status-only reading above the cause beneath):
        // alone they name the upstream, and an entry whose own words follow them (a timeout, a refused key) ranks first.
        // gemini-balance's route guard turns whatever its retries with every key ended in into a 500 `Internal server error
        // during <operation>` (snailyp/gemini-balance@5512f7f app/handler/error_handler.py handle_route_errors; its log line
        // `<operation> request failed: (<status>, '<Gemini's body>')` carries the upstream answer, app/service/client/api_client.py;
        // snailyp/gemini-balance#327: Gemini's 429 arrives as this 500)
        '\\binternal server error during (?:chat_completion|embedding|gemini_\\w{1,40}|generate_image|text_to_speech|list_(?:gemini_)?models)\\b',
        // hajimi after every key of its pool failed (wyeeeee/hajimi@3712ba4 app/api/nonstream_handlers.py and
        // stream_handlers.py, sent as the reply's text: `所有API密钥均请求失败\n具体错误请查看轮询日志`; each key's failure is
        // in its log, app/utils/error_handling.py handle_gemini_error: `API 密钥配额已用尽或其他原因`, `请求超时: …`)
        '所有\\s?api\\s?密钥均请求失败',
        // AxonHub after its retries used every channel of the model (looplj/axonhub@2b49b9f internal/server/chat/outbound.go
        // TransformRequest `all channels exhausted`, a 500 `{"error":{"message":"all channels exhausted","type":"internal_server_error"}}`)
        '\\ball channels exhausted\\b',
        // round 40 (relay-500): gpt-load's last retry when the upstream's answer was not JSON or there was none (tbphp/gpt-load
        // internal/proxy/server.go executeRequestWithRetry: `NewAPIErrorWithUpstream(statusCode, "UPSTREAM_ERROR",
        // errorMessage)`, a 500 for a transport error, sent as internal/response/response.go ErrorResponse
        // `{"code":"UPSTREAM_ERROR","message":"<err.Error()>"}`): Go's own words for what failed follow in the message
        '"code"\\s?:\\s?"upstream_error"\\s?,\\s?"message"\\s?:',
        // round 40 (relay-500): LiteLLM's class for a 5xx from the provider that it does not map further (BerriAI/litellm
        // litellm/exceptions.py InternalServerError, `litellm.InternalServerError: {message}` with status 500;
        // docs/my-website/docs/exception_mapping.md: `>=500 InternalServerError … If any unmapped 50x …`), before the
        // provider's own words (`AnthropicException - Overloaded`, `OpenAIException - Connection error.`)
        '\\blitellm\\.internalservererror\\b',
        // round 40 (workflows): n8n's message for any 5xx it has no row for (n8n-io/n8n
        // packages/workflow/src/errors/node-api.error.ts STATUS_CODE_MESSAGES['5XX'] `The service failed to process
        // your request`), shown above the API's own message
        'the service failed to process your request',
        // round 40 (workflows): Dify's InvokeServerUnavailableError (langgenius/dify
        // api/core/model_runtime/errors/invoke.py description `Server Unavailable Error`, `[{provider}] Server
        // Unavailable Error, {error}`; error_type InvokeServerUnavailableError from the plug-in daemon), raised for
        // openai-python's InternalServerError, a relay's own 5xx among them (a 503 for a group with no channel): the
        // upstream when nothing follows, below the words after it (read as the cause until round 40); the class name
        // only as an error, not its definition or a raise
        // (review: Dify's words with its provider tag before them, as its other wrappers, not any server's `Server Unavailable
        // Error` page title)
        '\\[[\\w.-]{1,40}\\] server unavailable error',
        // (review: nor code that catches or imports it, `except …:`, `isinstance(e, …)`: only before its colon or in quotes,
        // as a traceback or the plug-in daemon's error_type prints it)
        '\\binvokeserverunavailableerror\\b(?=\\s?:|["\'])(?<!\\bexcept [\\w.]{0,80})',
      ],
      describes: [
        // round 17 (en): `The service is currently unavailable.` (Google's 503 UNAVAILABLE, as an agent tracer's test raises it,
        // `RuntimeError("503 The service is currently unavailable")`, find_string id 58966111239; apps' 503 wording `AI service
        // is currently unavailable. Please try again later.`, id 9874176864, and `The AI service is currently unavailable`,
        // id 52474887834); not a conditional (`when the service is temporarily unavailable`)
        '\\bservice is(?<!\\b(?:if|when|whether|once|until|while)\\b[^.\\n]{0,40}service is) (?:currently |temporarily )?unavailable\\b',
      ],
    },
    title: { zh: '上游暂时不可用（502/503）', en: 'Upstream temporarily unavailable (502/503)' },
    meaning: {
      zh: '网关收到了请求，但转发给模型方时失败（对方出错、断开或暂时下线）。',
      en: 'The gateway got your request, but passing it to the provider failed (an error, a dropped connection or a short outage).',
    },
    steps: [
      retryWithBackoff,
      checkStatusPage,
      {
        zh: '反复出现：把 request id 和时间发给客服。',
        en: 'Keeps happening: send support the request id and the time.',
      },
    ],
    retry: 'later',
    article: '/troubleshooting/service-unavailable#upstream-unavailable',
    examples: [
      {
        text: '{"error":{"message":"Post \\"https://api.openai.com/v1/chat/completions\\": dial tcp 104.18.7.192:443: i/o timeout (request id: 20240611174522839123456)","type":"one_api_error","param":"","code":"do_request_failed"}}',
        source: 'songquanpeng/one-api relay/adaptor/common.go DoRequestHelper',
      },
      {
        text: '{"error":{"message":"bad response status code 503 (request id: 20240611174522839123456)","type":"upstream_error","param":"503","code":"bad_response_status_code"}}',
        source: 'songquanpeng/one-api relay/controller/error.go RelayErrorHandler',
      },
      {
        text: 'API Error: 502 Upstream API request failed',
        source: 'Claude Code through a new-api gateway (public GitHub test fixture)',
      },
      {
        text: "openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error while processing your request. Sorry about that!', 'type': 'server_error', 'param': None, 'code': None}}",
        source: 'openai/openai-python issues (InternalServerError 500)',
      },
    ],
  },
  {
    id: 'gateway-internal-error',
    cause: 'gateway_error',
    layer: 'gateway',
    statuses: [500],
    defaultFor: [500],
    dialects: ['one-api', 'new-api', 'openai', 'anthropic', 'openrouter'],
    match: {
      codes: [
        'internal_error',
        'api_error',
        'get_user_quota_failed',
        // round 16 (zh-a): codex-proxy-rs with its runtime configuration not loaded (zyycn/codex-proxy-rs@fbd92211
        // gateway-api/src/openai/error.rs runtime_unavailable_response, a 503 `Gateway runtime configuration is
        // temporarily unavailable`): the relay's own state, not the provider
        'runtime_configuration_unavailable',
        'decrease_user_quota_failed',
        'update_user_quota_failed',
        'count_token_failed',
        'query_data_error',
        'update_data_error',
        'invalid_api_type',
        'json_marshal_failed',
        'gen_relay_info_failed',
        'channel:param_override_invalid',
        'channel:header_override_invalid',
        'channel:model_mapped_error',
        'channel:invalid_key',
        'new_request_failed',
        'new_request_body_failed',
        'marshal_response_body_failed',
        'write_response_body_failed',
        'model_mapping_failed',
        // round 43 (newapi): Laisky's one-api fork when its own task store cannot be read or written (Laisky/one-api
        // relay/controller/async_video.go, a 503 `async_task_store_unavailable`, `Task state is temporarily unavailable; generation
        // must not be resubmitted.`)
        'async_task_store_unavailable',
        'build_request_failed',
        'convert_to_openai_video_failed',
        'marshal_response_failed',
        // new-api middleware/model-rate-limit.go: the limiter's store (Redis) failed, not the limit
        'rate_limit_check_failed',
        // new-api's own steps around the upstream call (Calcium-Ion/new-api relay/relay-mj.go,
        // relay/relay-text.go, controller/playground.go): none of them is the user's request
        'get_channel_info_failed',
        'insert_midjourney_task_failed',
        'insert_task_failed',
        'close_response_body_failed',
        'param_override_unmarshal_failed',
        'param_override_marshal_failed',
        'get_request_body_failed',
        'get_playground_channel_failed',
        'unmarshal_model_mapping_failed',
        'no_db_connection',
        // round 41 (gateway): gpt-load's code for its own database failing (tbphp/gpt-load internal/errors/errors.go
        // ErrDatabase, a 500 `{"code":"DATABASE_ERROR","message":"Database operation failed"}`)
        'database_error',
        // the gateway's own panic guard answers 500 with these types: one-api and one-hub
        // (middleware/recover.go), new-api (main.go CustomRecovery, middleware/recover.go)
        'one_api_panic',
        'new_api_panic',
      ],
      patterns: [
        // round 45 (agents): Roo Code's notice for a provider's HTTP 500, shown only for that status (RooCodeInc/Roo-Code@cb83656
        // webview-ui/src/components/chat/ChatRow.tsx picks apiRequest.errorMessage.<status>; chat.json en `Provider server
        // error. Something is wrong on the provider side, there's nothing wrong with your request.`, zh-TW `供應商伺服器錯誤。`):
        // the gateway's own 500 when the gateway is the provider, as a bare 500 reads
        '\\bprovider server error\\. something is wrong on the provider side\\b',
        '供应商伺服器错误',
        // round 36 (gaps-en): LiteLLM's management endpoints with no database connected (BerriAI/litellm
        // litellm/proxy/management_endpoints/*.py `if prisma_client is None: raise Exception("Not connected to DB!")`, which
        // their except clauses wrap as ProxyException `Authentication Error, ` + str(e)): the proxy runs without a
        // DATABASE_URL, so its admin UI and key calls fail (a deployment's note, find_string id 69860304348: `without a
        // DATABASE_URL every UI request 500s with "Not connected to DB!"`), not a key that was judged
        '\\bauthentication error, not connected to db\\b',
        // round 42 (relays): Portkey's gateway when a handler fails on its side, whatever threw: every route's catch answers
        // a 500 `{"status":"failure","message":"Something went wrong"}` (Portkey-AI/gateway src/handlers/completionsHandler.ts,
        // chatCompletionsHandler.ts, embeddingsHandler.ts and the rest); only in that shape, the words alone are everyone's
        '"status"\\s*:\\s*"failure"\\s*,\\s*"message"\\s*:\\s*"something went wrong"',
        // round 36 (gaps-en): LiteLLM's Prisma tables missing from its database (BerriAI/litellm schema.prisma model names
        // LiteLLM_*, and PostgreSQL's 42P01 `relation "<name>" does not exist`): the proxy's migrations did not run
        '\\brelation "litellm_\\w{1,60}" does not exist\\b',
        // round 39 (gateways-b): not gemini-balance's `Internal server error during <operation>`, its wrapper of an upstream
        // failure (upstream-failed)
        'internal server error(?! during (?:chat_completion|embedding|gemini_\\w|generate_image|text_to_speech|list_(?:gemini_)?models))',
        // round 34 (apps-zh): Chatbox's tip under a 500 (chatboxai/chatbox src/renderer/i18n/locales/zh-Hans/translation.json
        // `HTTP 错误：内部服务器错误 (500)。服务器遇到意外错误。`), the same words as `internal server error`
        '内部服务器错误',
        // round 16 (en): not Google's own 500 for Gemini, which names Google's servers (upstream-failed, whose longer wording the
        // matcher ranks first: `yieldToLongerWording`)
        'an internal error has occurred',
        '服务器内部错误',
        // round 42 (apps): MaiBot's word for a 500 (MaiM-with-u/MaiBot src/llm_models/exceptions.py error_code_mapping 500
        // `服务器内部故障`, which RespNotOkException prints instead of the body)
        '服务器内部故障',
        // round 11 (Chinese): apps' plain word for a 500 (find_string 服务器开小差: `服务器开小差了，请稍后再试` on status 500)
        '服务器开小差',
        '数据库(?:错误|异常)',
        'database (?:query )?error',
        // round 36 (lead): SQLite's SQLITE_BUSY in its own words (sqlite.org/rescode.html#busy, `database is locked`), the
        // default database of one-api and new-api and of many a self-hosted app: writers queued behind a long transaction
        // (find_string ids 55583731904, 45430287449)
        'database is locked',
        // round 45 (desc-models): MySQL's 1406 (22001) when a value outgrows its column, which one-api's tables answered when a
        // token or a channel was saved with many models or groups (songquanpeng/one-api#628 `给渠道添加太多 Group 时报错：Error
        // 1406: Data too long for column 'group' at row 1`, acknowledged by its maintainer; #1683, #2184 `models`, widened by
        // #1761): the gateway's own schema, not the request; not a rule or a fix (`to avoid Data too long for column …`)
        '(?<!\\b(?:if|when|whether|avoid|prevent)\\b[^.\\n]{0,40})\\bdata too long for column\\b',
        '数据库(?:查询出错|错误)',
        'please contact (?:the )?administrator',
        // round 34 (media): new-api's task poller when the task's channel is gone (QuantumNous/new-api service/task_polling.go
        // updateVideoTasks `Failed to get channel info, channel ID: %d`, beside its Chinese `获取渠道信息失败，请联系管理员`)
        'failed to get channel info, channel id',
        '请联系管理员',
        '数据库一致性(?:已)?被破坏',
        // round 43 (newapi): new-api's Traditional Chinese locale says 資料庫 for 数据库 (QuantumNous/new-api
        // i18n/locales/zh-TW.yaml common.database_error `資料庫錯誤，請稍後重試`, token.db_error `無效的令牌，資料庫查詢出錯，請聯繫
        // 管理員`, ability.db_corrupted `資料庫一致性被破壞`): the gateway's own database, not the key
        '资料库(?:错误|查询出错)',
        '资料库一致性(?:已)?被破坏',
        // round 43 (newapi): new-api's Kling task channel holding a key that is not `accessKey|secretKey` (QuantumNous/new-api
        // relay/channel/task/kling/adaptor.go createJWTTokenWithKey `invalid api_key, required format is accessKey|secretKey`,
        // which reaches the caller inside `setup request header failed: failed to create JWT token: …`): the gateway's
        // channel configuration, not the caller's key
        '\\binvalid api_key, required format is accesskey\\|secretkey\\b',
        // round 45 (desc-models): copilot-api relays with no GitHub token of their own in memory (find_string ids 67115101467,
        // 67171633202: accountFromState `throw new Error("GitHub token not set in state")`, reached before any upstream call): the
        // relay's own sign-in to its upstream, as 'channel:invalid_key' is a channel's, not the caller's key
        '\\bgithub token not set in state\\b',
        // round 16 (zh-a): codex-proxy-rs runtime_unavailable_response (codes, above), which it sends with a 503
        'gateway runtime configuration is temporarily unavailable',
        // one-hub model/token.go ErrTokenQuotaGet: reading the key's quota failed (database or cache)
        '获取令牌额度失败',
        'database consistency has been compromised',
        '服务器(?:错误|异常)[，,。]',
        '服务器似乎遇到了一些困难',
        'get request url failed',
        '\\bnew request failed\\b',
        // one-api relay/controller/helper.go: billing the request in the database failed after the answer
        'error consuming token remain quota',
        'setup request header failed',
        // LiteLLM without its database (ProxyErrorTypes.no_db_connection)
        'no connected db',
        // round 41 (gateway): and its wording where a team, user or access group is looked up (BerriAI/litellm
        // litellm/proxy/auth/auth_checks.py get_team_object, get_access_object: `No DB Connected. See -
        // https://docs.litellm.ai/docs/proxy/virtual_keys`): keys and teams need the proxy's database
        '\\bno db connected\\. see - https://docs\\.litellm\\.ai\\b',
        // round 42 (relays): and its CommonProxyErrors.db_not_connected_error, older and newer (BerriAI/litellm litellm/proxy/_types.py, `DB not connected.
        // See https://docs.litellm.ai/docs/proxy/virtual_keys`, `DB not connected. This endpoint needs a database; set
        // DATABASE_URL …`)
        '\\bdb not connected\\. (?:see https://docs\\.litellm\\.ai\\b|this endpoint needs a database\\b)',
        // round 37 (lead): LiteLLM's own database layer failing (BerriAI/litellm litellm/proxy/utils.py PrismaClient: `LiteLLM
        // Prisma Client Exception get_generic_data: …`, `[Non-Blocking]LiteLLM Prisma Client Exception - update spend logs: …`,
        // find_string ids 4040823922, 60243704173; its guide for `All connection attempts failed`, id 24105111946)
        'litellm prisma client exception',
        // one-api, one-hub and new-api recovery middleware: `Panic detected, error: … Please submit an issue …`
        '\\bpanic detected, error\\b',
        // round 24 (en): Cloudflare's 1101 page when the Worker behind a relay or AI Gateway throws (developers.cloudflare.com
        // support/troubleshooting/cloudflare-errors/troubleshooting-cloudflare-1xxx-errors error 1101, `Worker threw exception`;
        // find_string ids 53485834801, 63462074341): the relay's own code failed, not the provider. Only with its number
        // 1101 before it, as the page and its title print it: a thread pool's `worker threw exception: …` is not Cloudflare
        '\\b1101\\b[\\s\\S]{0,300}?\\bworker threw (?:a javascript )?exception\\b',
        // round 18 (zh-a): a protocol-translating relay that could not rewrite the client's request or the provider's
        // answer into the other protocol (lich0821/ccNexus internal/proxy/proxy_request.go `[%s] Failed to transform
        // request: %v`, response.go `Failed to transform response: %v`, streaming.go `Failed to transform SSE event`; another
        // Anthropic-to-OpenAI proxy's `❌ Failed to transform request: %v` with a 500 `Request transformation failed`,
        // find_string id 35065200386): the relay's own step, with a Go or JS error after the colon. Not a client's plugin
        // hook (`Failed to transform request with plugins`), nor the provider's own error that ccNexus's response
        // converters return as `upstream error: %s` (convert/openai_openai2.go), whose words decide
        '\\bfailed to transform (?:the )?(?:request|response|sse event)(?: body)?:(?!\\s?upstream error)',
        '\\brequest transformation failed\\b',
        // round 18 (zh-a): copilot-api (ericc-ch/copilot-api and its forks, src/services/copilot/create-chat-completions.ts
        // and create-embeddings.ts `if (!state.copilotToken) throw new Error("Copilot token not found")`, sent by
        // src/lib/error.ts forwardError as a 500 `{"error":{"message":…,"type":"error"}}`): the relay never got its
        // Copilot token from GitHub (its own login), so no call of the user's can succeed. The whole message only: not
        // an editor's own sign-in state (`Copilot token not found in keychain, please sign in`)
        '\\bcopilot token not found\\b(?![ \\t]*[a-z])',
        // round 36 (apps-a): the English of the 500 tips whose Chinese this entry reads: LobeChat (lobehub/lobehub
        // locales/en-US/error.json response.500 `Sorry, the server seems to be experiencing some difficulties…`) and
        // Cherry Studio (en-us locale error.http.500 `Server error. Please try again later`, error.diagnosis.server
        // `Server error, please retry later`, find_string id 67170962973); only as the tip's whole opening, not a
        // provider's error an app quotes after the provider's name
        '\\bthe server seems to be experiencing some difficulties\\b',
        // round 41 (gateway): Volcengine's edge LLM gateway's own 500, 30070000 (volcengine.com/docs/6893/1337011 错误码:
        // `内部服务错误,请联系技术支持`); with the request to contact support, not a provider's words quoted after it
        '内部服务错误[,，]\\s?请联系技术支持',
        '^\\s*server error(?:\\. please try again later|, please retry later)\\b',
        // round 39 (gateways-b): Higress's ai-proxy when its own modelMapping maps the requested model to nothing
        // (alibaba/higress plugins/wasm-go/extensions/ai-proxy/provider/provider.go, a text/plain 500 `failed to process
        // request body: model becomes empty after applying the configured mapping`): the gateway's configuration
        '\\bmodel becomes empty after applying the configured mapping\\b',
        // round 41 (gateway): claude-relay-service's own fault taking a concurrency slot for the key (Wei-Shaw/claude-relay-service
        // src/middleware/auth.js, a 503 `{"error":"Service temporarily unavailable","message":"Failed to acquire concurrency
        // slot due to internal error"}` when its Redis call throws): the relay, not the key's concurrency limit
        '\\bfailed to acquire concurrency slot due to internal error\\b',
        // round 41 (gateway): Kong's ai-proxy when its own cloud identity for the provider (AWS, Azure or GCP native auth)
        // failed before it sent anything (Kong/kong kong/llm/plugin/shared-filters/normalize-request.lua, a 500 `{"error":
        // {"message":"LLM request failed before proxying"}}`): the gateway's credentials setup
        '\\bllm request failed before proxying\\b',
        // round 41 (gateway): gpt-load's own faults (tbphp/gpt-load internal/errors/errors.go ErrDatabase, a 500 code
        // DATABASE_ERROR `Database operation failed`; internal/proxy/server.go, a 500 `Failed to get channel for group '<g>':
        // <err>` when the group's channel type cannot be built from its configuration)
        "\\bfailed to get channel for group '[^'\\n]{1,100}':",
      ],
      wraps: [
        // round 40 (relay-500): Higress's ai-proxy around whatever its provider's request-body handler refused (alibaba/higress
        // plugins/wasm-go/extensions/ai-proxy/main.go onHttpRequestBody `fmt.Errorf("failed to process request body: %v", err)`,
        // sent by util/http.go ErrorHandler as the whole text/plain body of a 500): the gateway alone, and below what its words
        // after the colon name (provider/provider.go `missing model in request`: the request). Only at the start of a line or
        // right after the 500, as the body stands, not inside another program's log line (Coraza's `Failed to process request
        // body: %v` after a timestamp)
        '(?:^|\\b500\\b[^\\w\\n]{1,4})failed to process request body: (?=\\S)',
        // round 40 (workflows): n8n's message for any 500 (n8n-io/n8n packages/workflow/src/errors/node-api.error.ts
        // STATUS_CODE_MESSAGES['500'] `The service was not able to process your request`), shown above the API's own
        // message, which may name the cause (read as one until round 40)
        'the service was not able to process your request',
      ],
      describes: [
        // round 29 (desc-b): the relay itself down, in the words its users and guides use (中转站挂了: a sync tool's
        // `每次换 Provider（中转站挂了、Key 没额度了）`, find_string id 56946910799; a client's 502 explanation `这几乎总是服务端的
        // 事：中转站挂了、上游供应商不通`, id 62019499094; a setup guide's `你得能分清是 Claudian 挂了还是中转站挂了`, id
        // 55378918341). Not a writer who thought so and was wrong (`以为是中转站挂了`, `症状与"中转站挂了"一模一样`), and not
        // 挂 meaning mounted (`中转站挂了两个上游`)
        '(?<!(?:以为|以為|以为是|以為是|与|與)["“「]?)["“「]?(?:中转站|中轉站|中转服务|中轉服務)["”」]?\\s?(?:挂了|掛了|崩了|宕机了|宕機了)(?![两二多几幾\\d一个個])',
      ],
    },
    title: { zh: '网关内部错误（500）', en: 'Gateway internal error (500)' },
    meaning: {
      zh: '处理请求的服务器出错了，和你的设置无关。',
      en: 'The server handling the request failed; your settings are not the cause.',
    },
    steps: [
      retryWithBackoff,
      {
        zh: '仍然失败：记下时间、模型和 request id，联系客服 {{gw.support.email}}。',
        en: 'Still failing: note the time, the model and the request id and contact {{gw.support.email}}.',
      },
    ],
    retry: 'later',
    article: '/troubleshooting/service-unavailable#gateway-error',
    examples: [
      {
        text: '{"error":{"message":"get user quota failed: sql: database is closed","type":"one_api_error","code":"get_user_quota_failed"}}',
        source: 'songquanpeng/one-api relay/controller/helper.go',
      },
      {
        text: '{"type":"error","error":{"type":"api_error","message":"Internal server error"}}',
        source: 'Anthropic 500 (docs.anthropic.com/en/api/errors)',
      },
    ],
  },
  {
    // A 401 that is not the key's fault: the generic gateway entry cannot take a 401, or any 401 whose words it
    // shares (`请联系管理员`, `internal server error`) would read as the gateway instead of the key.
    id: 'gateway-key-lookup-failed',
    cause: 'gateway_error',
    layer: 'gateway',
    statuses: [401],
    defaultFor: [],
    dialects: ['one-api', 'new-api'],
    match: {
      codes: [],
      patterns: [
        // one-api's ValidateUserToken (model/token.go, songquanpeng/one-api@8df4a26) says `无效的令牌` when the key is
        // not found and `令牌验证失败` for any other failure of the key lookup (its cache or database), logged as
        // `CacheGetTokenByKey failed`; TokenAuth (middleware/auth.go) sends it with a 401, but the key was never judged
        '令牌验证失败',
      ],
    },
    title: { zh: '网关查不到密钥（401，网关故障）', en: 'Gateway could not look up the key (401, gateway fault)' },
    meaning: {
      zh: '网关在核对密钥时自己的数据库或缓存出错，还没判断密钥对不对。虽然是 401，但不是密钥的问题。',
      en: 'The gateway’s own database or cache failed while it checked the key, before it could judge it. It is a 401, but the key is not the cause.',
    },
    steps: [
      retryWithBackoff,
      {
        zh: '不要换密钥或重新生成：密钥没有被判为无效。',
        en: 'Do not replace or regenerate the key: it was not judged invalid.',
      },
      {
        zh: '仍然失败：记下时间和 request id，联系客服 {{gw.support.email}}。',
        en: 'Still failing: note the time and the request id and contact {{gw.support.email}}.',
      },
    ],
    retry: 'later',
    article: '/troubleshooting/service-unavailable#gateway-error',
    examples: [
      {
        text: '{"error":{"message":"令牌验证失败","type":"one_api_error"}}',
        source:
          'songquanpeng/one-api model/token.go ValidateUserToken, sent by middleware/auth.go TokenAuth with a 401',
      },
    ],
  },
  {
    id: 'model-price-not-set',
    cause: 'gateway_error',
    layer: 'gateway',
    statuses: [500, 400, 403],
    defaultFor: [],
    dialects: ['new-api'],
    match: {
      codes: ['model_price_error', 'get_image_cost_ratio_failed'],
      patterns: [
        '(?:倍率|价格).{0,10}未(?:设置|配置)',
        'price (?:or ratio )?(?:is )?not (?:set|configured)',
        'ratio or price not set',
        'model ratio not found',
        // round 43 (newapi): new-api's newer wording of the same refusal, the one a user who is not an admin reads (QuantumNous/new-api
        // relay/helper/price.go modelPriceNotConfiguredError `模型 %s 的价格尚未由管理员配置，暂时无法使用，请联系站点管理员开启该模型；
        // Model %s has not been priced by the administrator yet. Please contact the site administrator to enable this model.`), and
        // its tiered billing with no expression or one that fails to run (modelPriceHelperTiered `model %s is configured as
        // tiered_expr but has no billing expression`, `model %s tiered expr run failed: %w`): the price cannot be computed
        '\\bhas not been priced by the administrator\\b',
        '价格尚未由管理员配置',
        '\\bis configured as tiered_expr but has no billing expression\\b',
        '\\btiered expr run failed\\b',
      ],
    },
    title: { zh: '模型价格未配置', en: 'Model price not configured' },
    meaning: {
      zh: '网关还没有给这个模型设置价格，无法计费，所以拒绝请求。这是网关配置问题，不是你的设置问题。',
      en: 'The gateway has no price set for this model, so it cannot bill and refuses the request. This is the gateway’s configuration, not yours.',
    },
    steps: [
      {
        zh: '先换一个控制台模型列表里标有价格的模型。',
        en: 'Switch to a model that shows a price in the console’s model list.',
      },
      {
        zh: '把模型名和 request id 发给客服 {{gw.support.email}}，请他们配置价格。',
        en: 'Send the model name and request id to {{gw.support.email}} so they can set a price.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/service-unavailable#gateway-error',
    examples: [
      {
        text: '{"error":{"message":"模型 gpt-4.1-nano 倍率或价格未配置，请联系管理员设置或开始自用模式；Model gpt-4.1-nano ratio or price not set, please set or start self-use mode (request id: 20250512093312345678901AbCdEf)","type":"new_api_error","code":"model_price_error"}}',
        source: 'QuantumNous/new-api relay/helper/price.go ModelPriceHelper',
      },
    ],
  },
  {
    id: 'gateway-timeout',
    cause: 'timeout',
    layer: 'gateway',
    statuses: [504, 524, 408, 522],
    defaultFor: [504, 524, 408, 522],
    dialects: ['one-api', 'new-api', 'openrouter', 'openai', 'client'],
    match: {
      codes: [
        // round 43 (gateways): codex-lb's code when its own per-request time budget ran out before the upstream answered
        // (Soju06/codex-lb app/core/clients/proxy.py, `openai_error("upstream_request_timeout", "Proxy request budget exhausted")`
        // and `Compact upstream call timed out`; the budget is settings.proxy_request_budget_seconds, a total timeout)
        'upstream_request_timeout',
        // round 42 (cnsdk): Volcengine's OpenAPI gateway InternalServiceTimeout (内部服务超时, a 504) (volcengine.com/docs/6720/108305, 6664/116016 and 6448/76370 公共错误码, the OpenAPI gateway's common codes every
        // Volcengine API but Ark's inference answers with, Jimeng's visual API among them)
        'internalservicetimeout',
        // TencentCloud API 3.0 FailedOperation.RequestTimeout (后端服务超时; TencentCloud/tencentcloud-sdk-python
        // tencentcloud/vclm/v20240523/errorcodes.py, tencentcloud/aiart/v20221229/errorcodes.py)
        'failedoperation.requesttimeout',
        // round 34 (cn-vendors): Model Studio's 500 InternalError.Timeout (help.aliyun.com/zh/model-studio/error-code: `An
        // internal timeout error has occured during execution, please try again later or contact service support.`, an async
        // task with no result within 3 hours)
        'internalerror.timeout',
        'request_timeout',
        // round 44 (media): and fal.ai's beside it for a runner that did not start in time (docs.fal.ai/documentation/model-apis/
        // request-errors, startup_timeout `The runner did not start within the allowed time`, a 504 it retries), the cold start
        // of the model's machine outliving the request's start timeout
        'startup_timeout',
        // round 40 (agents-zh): CC Switch's local proxy when the provider did not answer in time, before the first byte or
        // while its stream stayed silent (farion1231/cc-switch src-tauri/src/proxy/handlers.rs codex_proxy_error_code for
        // ProxyError Timeout and StreamIdleTimeout, both 504 in proxy/error_mapper.rs)
        'cc_switch_timeout',
        // round 36 (lead): Vercel's 504 when the serverless function in front of the model (a chat app's API route, a
        // relay on Vercel) outlives its time limit (vercel.com/docs/errors/FUNCTION_INVOCATION_TIMEOUT; the page prints
        // `An error occurred with your deployment` and the code; a Vercel error catalogue, find_string id 456169745; apps
        // that read it as their time limit, ids 71494257305, 43332852800)
        'function_invocation_timeout',
        'edge_function_invocation_timeout',
        // round 37 (lead): the same limit in the words of Vercel's runtime log for an Edge Function or middleware that sent
        // nothing in its first 25 s (`Your function was stopped as it did not return an initial response within 25s`,
        // find_string ids 46935891463, 23752700525, 60290383714)
        'middleware_invocation_timeout',
        'timeout',
        'deadline_exceeded',
        'channel:response_time_exceeded',
        'modeltimeoutexception',
        // round 16 (zh-b): chatgpt2api's relay timed out reading the image result stream (its FailurePolicy
        // image_stream_timeout, a 502; find_string image_stream_timeout, ids 67167379124, 56636767825)
        'image_stream_timeout',
      ],
      patterns: [
        // round 43 (gateways): codex-lb's words for that timeout (Soju06/codex-lb app/core/clients/proxy.py, see codes)
        '\\bproxy request budget exhausted\\b',
        // round 43 (gateways): TensorZero's gateway at a configured timeout of a provider, model or variant (tensorzero/tensorzero
        // crates/tensorzero-error/src/lib.rs ErrorDetails::ModelProviderTimeout, ModelTimeout, VariantTimeout `… timed out due to
        // configured `non_streaming.total_ms` timeout (…)`, and InferenceTimeout `Inference timed out for variant: <name>`)
        '\\btimed out due to configured `[\\w.]{1,40}` timeout\\b',
        '\\binference timed out for variant: ',
        // round 41 (transport): Ollama's server when the model runner did not come up within its load timeout
        // (ollama/ollama llm/server.go WaitUntilRunning `timed out waiting for llama runner to start - progress %0.2f - `,
        // OLLAMA_LOAD_TIMEOUT), sent as its 500 (`Error: 500 Internal Server Error: timed out waiting for llama runner to
        // start - progress 0.28`): the local server's own wait ran out, not the caller's connection
        '\\btimed out waiting for llama runner to start\\b',
        // round 41 (transport): nginx's error log when the server behind it did not answer within proxy_read_timeout (or
        // connect or send in theirs) (nginx/nginx src/http/ngx_http_upstream.c `upstream timed out`, with the OS's ETIMEDOUT
        // `(110: Connection timed out)` and the action: `upstream timed out (110: Connection timed out) while reading
        // response header from upstream`): the proxy's wait, not the caller's connection, ran out (a 504)
        'upstream timed out \\(110: (?:connection|operation) timed out\\) while\\b',
        // round 41 (transport): Cloudflare's 522 page and plain body (developers.cloudflare.com/support/troubleshooting/
        // http-status-codes/cloudflare-5xx-errors/error-522/, `Connection timed out` `Error code 522`, `error code: 522`):
        // Cloudflare could not reach the origin, not the caller's own connection
        '\\berror code:? 522\\b',
        'gateway time-?out',
        // round 40 (agents-zh): CC Switch's 504 when a provider's stream stayed silent past its idle limit before anything was
        // sent on (src-tauri/src/proxy/error.rs StreamIdleTimeout `流式响应空闲超时: {0}秒无数据`; zh.json proxyConfig
        // streamingIdle `流式静默超时`, its setting)
        '流式响应空闲超时[:：]\\s?\\d+\\s?秒无数据',
        // round 37 (lead): Vercel's runtime log for a function that sent nothing within its first-response limit (above)
        'did not return an initial response within \\d{1,3} ?s\\b',
        // round 34 (cn-vendors): Model Studio's InternalError.Timeout in its own words (above)
        'an internal timeout error has occured during execution',
        // round 34 (relay-strings): one-api's and new-api's channel test when the channel answered slower than the
        // threshold set for it (songquanpeng/one-api controller/channel-test.go, QuantumNous/new-api
        // controller/channel-test.go `响应时间 %.2fs 超过阈值 %.2fs`, new-api's code channel:response_time_exceeded above)
        '响应时间\\s?[\\d.]+\\s?s\\s?超过阈值',
        // round 11 (English): `The AI service did not respond in time.`, `The language model did not respond in time`: the
        // service behind the app was too slow, as a 504 says (kept here, where the word `time` already is, so it stays a
        // rare word for the similarity reading)
        '(?:service|model|server|runtime|api|provider) did not respond in time',
        'a timeout occurred',
        // Cloudflare's 524 page (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524):
        // `The origin web server timed out responding to this request.` and, for the site owner, `…timed out before responding`
        'origin web server timed out',
        'error code 524',
        // round 25 (zh): 524's status text, `Origin Time-out`, as a proxy's log or a relay's provider chain shows it
        // beside the code (ding113/claude-code-hub src/lib/utils/provider-chain-formatter.test.ts: statusCode 524,
        // statusText `Origin Time-out`, printed as `timeline.error [error=Origin Time-out]`)
        'origin time-?out',
        // round 43 (agents): not Qwen Code's own deadline (`Request timeout after 64s. Try reducing input length or
        // increasing timeout in config.`, QwenLM/qwen-code errorHandler.ts), whose longer wording client-timeout reads and the
        // matcher ranks first (`yieldToLongerWording`)
        'request time-?out',
        'deadline exceeded',
        // round 45 (zhprose): not a timeout setting (Dify's env table `请求超时（秒）。`, its tools page `调高请求超时时间`), as
        // client-timeout's 请求超时 below
        '(?:请求|上游|响应)超时(?!时间|時間|\\s?[（(](?:毫秒|秒|ms))',
        'upstream server is timing out',
        '网关超时',
        '没有等到上游服务器的回应',
        '服务器在等待请求时超时',
        'gateway timed out',
        // Kling (可灵) API 5002, in both the English and the Chinese docs' words
        'server internal timeout',
        '服务器内部超时',
        // round 16 (zh-a): a service's 504 body and the apps that word a 504 or a give-up so (find_string
        // 处理超时，请稍后重试: an API's timeout middleware `res.apiError('请求处理超时，请稍后重试', 'REQUEST_TIMEOUT', …, 504)`
        // id 56425690516, a page mapping a 504 to `处理超时，请稍后重试` id 61963017781, an agent's SSE `{'message': '处理超时'}`
        // after its event stream went silent id 66547986556); not after a task or media word (`视频任务处理超时`): the
        // catalogue reads a media job that timed out as a failed task (`视频生成超时`, `绘图超时`), not as this entry
        '(?<!任务|视频|图片|图像|绘图|音频)处理超时',
        // round 36 (apps-a): the English of LobeChat's 504, 524 and 408 tips (lobehub/lobehub locales/en-US/error.json
        // response.504 `Sorry, the server did not receive a response from the upstream server…`, response.524 `…the
        // server timed out while waiting for a response, possibly due to a slow reply…`, response.408 `Sorry, the
        // server timed out while waiting for the request…`), read only as a description before
        '\\bthe server did not receive a response from the upstream server\\b',
        '\\bthe server timed out while waiting for (?:a response|the request)\\b',
        // round 39 (gateways-b): Portkey's gateway when the request_timeout its config or x-portkey-request-timeout set runs
        // out (Portkey-AI/gateway src/handlers/retryHandler.ts, a 408 typed timeout_error: `Request exceeded the timeout sent
        // in the request: <n>ms`)
        '\\brequest exceeded the timeout sent in the request\\b',
        // round 43 (desc-zh): gpt_image_playground's hint under a browser's `Failed to fetch` once it has timed the failed
        // request (CookSleep/gpt_image_playground getApiRequestNetworkErrorHint, src/store.ts in the versions and forks the code
        // index holds, e.g. find_string id 65811575284; the 120 s hint is quoted whole in its issue #82:
        // 55–75 s `提示：请求等待约 60 秒后被断开，这通常是 Nginx 等反向代理的默认超时，而非接口本身报错。可调大代理的超时时间（如
        // proxy_read_timeout）…`, 110–140 s `提示：请求等待约 120 秒后被断开，这通常是 Cloudflare 等 CDN/网关的超时限制，而非接口
        // 本身报错`): a proxy in between gave up waiting (nginx.org ngx_http_proxy_module, proxy_read_timeout: default 60s;
        // its issue #40, settled as Cloudflare's cut). Both halves of the hint, so the two outweigh the `Failed to fetch`
        // above them; not the app's other hints, `请求立即失败` (under 15 s: an unreachable address or CORS) nor
        // `请求等待较长时间后被断开` (any other wait: its issue #65, cut after 21 s, was a refused prompt, the maintainer says)
        '请求等待约\\s?\\d{2,3}\\s?秒后被断开',
        '这通常是\\s?(?:nginx\\s?等\\s?反向代理的默认超时|cloudflare\\s?等\\s?cdn\\s?/\\s?网关的超时限制)',
        // round 45 (desc-basenet): a relay's own answer to a non-streaming call that outlasted it, as a DingTalk bot's user
        // quotes it from a third-party compatible API (eryajf/chatgpt-dingtalk#226 `由于未使用流式响应导致超时，请务必使用流式响应以避免再次
        // 出现这种情况！`, on questions the model thinks long about)
        '由于未使用流式响应导致超时',
      ],
      describes: [
        // round 45 (desc-basenet): an app said to work locally but not once on Vercel, or to time out deployed there, which
        // the maintainers settle as Vercel's function time limit (mandarini/openai-assistant-demo#1 `deployed on vercel often
        // leads to timeout` … `so you project works well on local, but cannot work on vercel, because it exceeds 25s very
        // easily`; memochou1993/gpt-ai-assistant#302 `unless you have purchased Vercel's Team Plan, you will encounter a timeout
        // limit of 10 seconds`; blrchen/chatgpt-lite#52 and mostafasadeghi97/design2code#1 on maxDuration;
        // behappy-project/behappy-chatgpt-assistant#3 `目前vercel可支持的执行时间为10s内，导致一些openai的请求都无法正常响应`, fixed by
        // streaming). Not a conditional, nor a build or deployment that fails on Vercel (`the build fails on Vercel`), a key or variable
        // missing there (`the API key is undefined on vercel`) or a question on hosting (`but how do I host it on Vercel?`)
        '(?<!\\b(?:if|when|whether|unless)\\b[^.\\n]{0,30})\\b(?:works?|worked|working|runs?|ran)(?: (?:fine|well|correctly|great|perfectly))?(?: (?:on|in) (?:my |the )?(?:localhost|local(?: dev(?:elopment)?)?(?: environment)?)| locally)\\b[^.\\n]{0,20}?(?:but|however)\\b(?:(?!build|deploy|install|env|domain|dns|variable|secret|undefined|missing|\\b(?:keys?|how|want|plan|should)\\b)[^.\\n]){0,40}?\\b(?:on|in|to) vercel\\b',
        '\\b(?:deployed|hosted|deploying|hosting) (?:it |the app |my app )?(?:on|to) vercel\\b[^.\\n]{0,30}?\\b(?:leads? to (?:a )?timeouts?|times? out|timed out|timing out|504)\\b',
        'vercel[^。！？\\n]{0,12}?(?:执行时间|运行时间|时长)[^。！？\\n]{0,8}?(?:10|十|25|60)\\s?(?:s|秒)',
        // round 45 (desc-basenet): a non-streaming call said to time out or be cut, in people's words, which CloudBase's FAQ
        // settles as a gateway's timeout on a long generation without streaming (docs.cloudbase.net/en/faq/knowledge/
        // ai-http-streaming-response-timeout `AI 生文模型 HTTP 调用超时问题 … 如果不启用流式响应，服务端需要等待所有内容生成完毕后才能
        // 一次性返回。当生成时间过长时，可能触发网关的默认超时限制`): router-for-me/CLIProxyAPI#775 `在非流式传输的情况下生成长内容时，
        // 因为等待时间过长，会导致链接被cdn掐断，返回timeout错误`, shskjw/astrbot_plugin_shoubanhua#15 `默认非流模式情况下经常在120秒
        // 左右报http code 524错误`. Non-streaming first, then a timeout or a cut in the same sentence; not when the words between
        // say it works or turn to streaming (`非流式正常，流式超时`), not a feature that prevents it (`非流式防超时`), a timeout
        // setting (`非流式超时时间`, `支持设置超时`, `timeout 参数`, `超时默认为 600 秒`), nor a conditional
        '(?<!(?:如果|若是?|假如|要是|一旦|万一|以免|避免|防止)[^，。！？\\n]{0,8})(?:非流式|非流模式|非流|未(?:开启|启用|使用)流式|没(?:有)?(?:开|开启|启用|使用|用)流式)(?:(?!正常|没问题|没有问题|可以|成功|流式|防|避免|以免|防止|不会|设置|配置|支持|自定义)[^。！？\\n]){0,40}?(?:超时|掐断|timeout|\\b524\\b)(?!\\s?(?:时间|设置|配置|参数|阈值|上限|默认|时长))',
        // round 15 (en)
        // waiting for minutes with no reply: "kept spinning for over 6 minutes" (microsoft/vscode-copilot-release#3782), "it just spins for minutes on end" (craft-ai-agents/craft-agents-oss#79)
        '\\b(?:kept|keeps|keep|just|is|was|it) (?:spins?|spinning|loading|waiting|thinking)\\b[^.\\n]{0,40}?\\bminutes\\b',
        // "never provided a response" (microsoft/vscode-copilot-release#3782), "doesn't give me any response" (craft-ai-agents/craft-agents-oss#79)
        "\\b(?:never|does ?n[o']t|did ?n[o']t|won't) (?:provided?|give|gives|gave|get|return|returned|receive|send)\\b[^.\\n]{0,10}?\\b(?:any |a )?responses?\\b",
        // slow replies: "The responses take minutes to return" (josephrocca/OpenCharacters#15), "Takes too long to load the answer" (nisabmohd/openapi-wrapper#11)
        '\\b(?:takes?|took|taking)\\b[^.\\n]{0,10}?\\b(?:minutes|too long|forever|ages) to (?:respond|return|load|answer|reply|come back)\\b',
        // the same, subject first: "answer took 30 minutes" (nextcloud/integration_openai#168), "The responses take minutes" (josephrocca/OpenCharacters#15)
        '\\b(?:responses?|answers?|repl(?:y|ies))\\b (?:takes?|took|taking) (?:\\d+ |several |many |a few )?minutes\\b',
        // round 17 (zh): the bare word 超时 after a verb that reports it or an adverb of how often (提示超时: an app's
        // dialog shown when a call got no answer in time `默认15s后无响应提示超时`, find_string id 34723225399; a prompt
        // manager's fix note `后端实际已经完成写库，但前端仍提示超时`, id 66430605649; 经常超时: a rewrite tool's
        // troubleshooting `批量改写经常超时 … API响应时间过长`, id 67001844732, an LLM timeout setting's note `意图识别经常超时 →
        // 上调`, id 58504741917). Not the setting (`超时时间`, `超时设置`, `超时 (毫秒)`), not a prompt that timed out
        // (`密码提示超时`), and not after a media, task or connection word in the same clause: a media job that timed out
        // is a failed task, a connection that did is the network
        '(?<!密码|密碼|操作|语音|語音|输入|輸入|登录|登錄|(?:任务|任務|生成|绘图|繪圖|出图|出圖|生图|生圖|视频|視頻|图片|圖片|图像|圖像|轮询|輪詢|连接|連接|下载|下載|clone|push|pull)[^，。！？\\n]{0,6})(?:提示|报|報|显示|顯示|出现|出現|总是|總是|经常|經常|一直|老是|频繁|頻繁)(?:了|会|會)?超(?:时|時)(?!时间|時間|设置|設置|设定|設定|配置|重试|重試|\\s?[(（]?\\s?(?:毫秒|秒|ms))',
        // 超时 followed by an error word (超时报错: `又直连 huggingface.co 超时报错`, find_string id 66562592589; barman's
        // notes `由于 streaming 延迟，经常超时报错`, id 52289728929; 超时错误: a transfer script's `转存API返回超时错误，第 {attempt +
        // 1} 次重试`, id 58583794400, a fallback spec's `主模型调用返回超时错误时`, id 53384489270); not told not to (`不要超时报错`,
        // `防止超时报错`), and not after a media, task or connection word
        '(?<!不要|不会|不會|防止|避免|以免|(?:任务|任務|生成|绘图|繪圖|出图|出圖|生图|生圖|视频|視頻|图片|圖片|图像|圖像|轮询|輪詢|连接|連接)[^，。！？\\n]{0,4})超(?:时|時)(?:报错|報錯|错误|錯誤)',
        // round 17 (en): the bare verb, as products word a call that gave up (`Request timed out after ${SEND_TIMEOUT_MS}ms`,
        // find_string id 54791211880; Notifox's `Request timed out after {self.timeout} seconds`, id 40726363555; a
        // Codewars client's `Request timed out after 10 seconds`, id 13100500; agents' `LLM call timed out after 60s`, ids
        // 65727383619, 58206107064, 61363620894) and as agents tell it (`If it keeps timing
        // out, the work is probably too big for one run`, id 63215403106, itself a conditional, so not read); not a connection, handshake or DNS lookup
        // (the network entries), a tool, test, login session, lock (`Lock wait timed out`) or media task, nor a conditional (`if it times out`); `timed out waiting for
        // <something>` is a browser driver's or a lock's wait (`timed out waiting for a response` is the client-timeout entry's)
        '\\btim(?:ed|es|ing) out\\b(?<!\\b(?:if|when|whether|once|until|in case)\\b[^.\\n]{0,40}tim\\w{2,3} out)(?<!\\b(?:connect(?:ion)?|handshake|dns|lookup|socket|tool|test|session|login|task|job|lock|wait|generation)\\s(?:(?:keeps?|kept|has|have|had|is|was|just)\\s)?tim\\w{2,3} out)(?! waiting for)',
        // `<call> timeout after <n><unit>` (`Request timeout after 30 seconds`, id 51992069202; an ArcGIS bridge's
        // `ArcGIS bridge timeout after {bridge_timeout}s`, id 39164277807; `Timeout after 60s - Backend may be sleeping`,
        // id 54216717867); not a connection's, and not a setting (`set a timeout after`, `to timeout after`)
        '\\btimeout(?<!\\b(?:connect(?:ion)?|handshake|to|a|set|sets|setting)\\stimeout) after \\d+(?:\\.\\d+)? ?(?:ms|s|secs?|seconds?|mins?|minutes?)\\b',
        // round 41 (desc-zh): a complex or long question or answer said to time out, in people's words with 就/会 before 超时
        // (Tencent/WeKnora#953 `智能体读取数据超时时间是 120s，当解决复杂回答时会超时`, a 120 s read timeout the maintainers
        // then made a setting; lich0821/BotFlow#101 `复杂问题或需要较多推理的问题总是出现请求超时`, where the maintainer sends
        // the reporter to the model's speed and the timeout setting): the answer takes longer than some wait in between. A
        // complex or long subject first, then 就/会 and 超时 within a short clause; not a negation (`复杂问题也不会超时`), a
        // question (`复杂问题会超时吗`) or a setting (`会超时时间`)
        '(?:复杂|複雜|较长|較長|比较长|比較長|很长|很長|过长|過長|太长|太長)(?:的)?(?:问题|問題|回答|回复|回覆|内容|內容|文字|文本|任务|任務|推理|提问|提問)(?:(?!不|没|沒|未|无|無)[^。！？\n，,]){0,8}?(?:就|会|會|便)(?:出现|出現|提示|报|報)?(?:请求|請求|响应|響應)?超(?:时|時)(?!吗|嗎|么|麼|时间|時間|设置|設置)',
        // round 43 (desc-zh): a request said to fail on the dot at a fixed wait, or once past a number of seconds, as people
        // tell a proxy's cut (CookSleep/gpt_image_playground#40 `如果本次请求需要较长等待时间(超过2分06秒)，总是会在2分06秒准时提前报
        // 失败`, which its reporter settles: `是上游 Cloudflare 代理把请求掐了`; basketikun/chatgpt2api#75 `图片生成超过120秒就超时了`,
        // the relay's own 120 s wait in its log, `image_poll_timeout … timeout_secs: 120.0`; the app's hint above words the
        // same wait `请求等待约 120 秒后被断开`). A wait first (总是/每次 … 在 <time> 准时, or 超过 <n> 秒 then 就), then the cut
        // right after; not a schedule that fires on time (`每 60 秒准时刷新`), a setting (`超过 60 秒就重试`), or a negation
        // (`超过 120 秒也不会超时`)
        '(?:总是|總是|每次|都)(?:会|會)?在\\s?\\d{1,3}\\s?(?:分(?:钟|鐘)?\\s?\\d{1,2}\\s?秒?|秒|s)(?:左右)?准时(?:提前)?(?:报|報)?(?:失败|失敗|超时|超時|断开|斷開|掐断|掐斷)',
        '(?:超过|超過|超出)\\s?\\d{2,3}\\s?(?:秒|s)(?:钟|鐘)?(?:后|後|之后|之後)?(?:就|便)(?:会|會)?(?:被)?(?:超时|超時|断开|斷開|掐断|掐斷)',
        // round 40 (desc-en): a timeout error as people report it, getting or receiving one (ollama/ollama#2424 `Always getting a
        // timeout error while querying using mistral using Ollama`, `whenever I am trying to generate a long response I am
        // getting the time out error`, httpx's read timeout on a long generation; OpenHands/OpenHands#8768 `I tried but i get
        // always the timeout error`, long local generations over the default timeout, which LLM_TIMEOUT raises;
        // alduzzen1985/Audit-History-Extractor#10 `We are receiving a timeout error`, fixed by a longer service timeout;
        // jamesctucker/teach-yourself-code#28 `I'm getting timeout errors too often`, a 2500 ms request timeout). Noun first
        // (`timeout error`), then a lookbehind for the verb right before it, so a connection's (`a connection timeout error`,
        // the network entries) does not read; not after a negation, a conditional, a modal or advice (`if you get a timeout
        // error`, `no longer getting timeout errors`, nor a question or advice, `are you getting…`, `the fix for getting…`: round
        // 40's review), and not a media job's (`… for the video task`: a failed task)
        "\\btime ?-?out errors?\\b(?<=(?<!\\b(?:not|never|longer|stop|stopped|avoid|avoids|avoiding|prevent|preventing|without|from|handle|handles|handling|if|when|whenever|once|unless|upon|to|may|might|could|would|will|can|should)(?: (?:i|you|we|they|it|users?)(?:['’](?:re|ve|m|s)| (?:am|are|is|was|were|keep|kept|still|also|start|started))?)?\\s|n['’]t |['’]ll |\\b(?:are|do|does|did|were|is) (?:you|they|users?|anyone)\\s|\\b(?:for|about)\\s)\\b(?:getting|get|gets|got|receiving|received)(?: me)?(?: (?:always|constantly|still|again|repeatedly|frequently))? (?:a |an |the |this |that |these |those |constant |frequent |repeated )?time ?-?out errors?)(?![^.\\n]{0,40}?\\b(?:image|video|picture|midjourney|render\\w*|task|job|upload|download)s?\\b)",
      ],
    },
    title: { zh: '网关或上游超时（504/524/408）', en: 'Gateway or upstream timeout (504/524/408)' },
    meaning: {
      zh: '模型生成太久，中间的代理（如 Cloudflare 的 100 秒上限）先断开了；长文本、推理模型和非流式请求最常见。',
      en: 'The model took too long and a proxy in between (Cloudflare stops at 100 s) gave up first; typical of long inputs, reasoning models and non-streaming calls.',
    },
    steps: [
      {
        zh: '在客户端开启流式输出（stream），让内容边生成边返回。',
        en: 'Turn on streaming in the client so output arrives as it is generated.',
      },
      {
        zh: '缩短输入或调小 max_tokens，长文档分段处理。',
        en: 'Shorten the input or lower max_tokens; split long documents.',
      },
      retryWithBackoff,
    ],
    retry: 'later',
    article: '/troubleshooting/timeouts#request-timeout',
    examples: [
      {
        text: '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>',
        source: 'nginx default 504 page (seen in ChatGPTNextWeb/NextChat issues)',
      },
      {
        text: 'Error code 524: A timeout occurred',
        source:
          'Cloudflare 524 page (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524)',
      },
    ],
  },
  {
    id: 'client-timeout',
    cause: 'timeout',
    layer: 'client',
    statuses: [],
    // round 42 (apps): 500 with its own words: chatgpt-on-wechat reports its own client timeout with a made-up status 500
    // (`Request timeout (Status: 500, …`, read below); a bare 500 is a server error
    statusesWithWording: [500],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [
        // round 41 (transport): undici's code for an answer whose headers did not come in headersTimeout (nodejs/undici
        // lib/core/errors.js HeadersTimeoutError `Headers Timeout Error`, code UND_ERR_HEADERS_TIMEOUT)
        'und_err_headers_timeout',
        'apitimeouterror',
        'econnaborted',
      ],
      patterns: [
        // round 43 (transport): Apple's NSURLErrorTimedOut (-1001) in zh-Hant (`要求逾時。`, a uni-app request:fail table beside the
        // zh-Hans `请求超时。`, find_string id 4686562987)
        '要求逾时',
        // round 43 (transport): WeChat mini programs' wx.request when its own networkTimeout ran out (errMsg `request:fail
        // timeout`, and the Android client's `request:fail socket time out timeout:60000` from AppBrandNetworkRequest's
        // `"socket time out timeout:" + …`: find_string ids 15525055857, 2643261492, 21698893084, 7168294691)
        '\\brequest:fail (?:timeout|socket time out timeout:\\d+)\\b',
        // round 43 (transport): Go's net.OpError for a read whose deadline passed (golang/go src/net/net.go OpError.Error over
        // internal/poll's DeadlineExceededError `i/o timeout`: `read tcp <local>-><remote>: i/o timeout`): the connection
        // was made and the answer did not come in time; a dial's `i/o timeout` is read by connect-timeout
        '\\bread tcp \\S{1,60}->\\S{1,60}: i/o timeout\\b',
        // round 43 (transport): httpx's and httpcore's PoolTimeout (encode/httpx httpx/_exceptions.py `Timed out waiting to
        // acquire a connection from the pool.`, find_string id 6749786226), only by its module (a database pool's PoolTimeout
        // is not the client's)
        '\\b(?:httpx|httpcore)\\.pooltimeout\\b',
        // round 43 (transport): tokio's timeout() running out around a request (tokio-rs/tokio tokio/src/time/error.rs Display
        // for Elapsed `deadline has elapsed`, find_string id 70240592056), as Rust clients print it; a connect that ran out is
        // read by connect-timeout, whose longer wording the matcher ranks first (`yieldToLongerWording`)
        '(?:^|[:：(]\\s?)deadline has elapsed\\b',
        // round 43 (transport): .NET Framework's WebException Timeout in zh-CN (`操作超时`, the Chinese of `The operation has
        // timed out` read below: a launcher's list of network failures, find_string id 1630527), only after WebException
        '\\bwebexception[:：]\\s?操作已?超时',
        // round 43 (transport): the same Spring wrapping when OkHttp's own clock ran out (square/okhttp's
        // SocketTimeoutException and InterruptedIOException, whose message is just `timeout`): `I/O error on POST request for
        // \"https://…\": timeout`
        '\\bi/o error on [a-z]{3,7} request for "[^"\\n]{1,500}": ?timeout(?:$|;)',
        // round 43 (transport): kotlinx.coroutines' withTimeout running out around a call (Kotlin/kotlinx.coroutines
        // kotlinx-coroutines-core/common/src/Timeout.kt `TimeoutCancellationException(\"Timed out waiting for $time ms\",
        // coroutine)`, find_string id 1602644865): the app's own clock; by the class alone, as its `timed out waiting for`
        // words moved the similarity reading's third cause on an unrelated paste (a curl timeout labelled network)
        '\\btimeoutcancellationexception\\b',
        // round 42 (apps): nonebot-plugin-deepseek's reply when its stream gave nothing before the client stopped waiting
        // (KomoriDev/nonebot-plugin-deepseek nonebot_plugin_deepseek/apis/request.py stream_request, RequestException
        // `Oops! 网络超时，请稍后重试`, sent to the chat by __init__.py); not the setting's name (`网络超时时间`)
        // (round 42 review: nor a settings page's field, `网络超时（秒）：60`, `网络超时重试次数：3`)
        '网络超时(?!时间|设置|重试|阈值|\\s?[（(]\\s?(?:秒|毫秒|s\\b|ms\\b)|\\s?[：:=]\\s?\\d)',
        // round 42 (apps): Easydict's query error for a timed-out request (tisfeng/Easydict Easydict/Swift/Model/QueryError.swift
        // ErrorType.timeout, Localizable.xcstrings timeout_error `Timeout error` / `超时错误`, shown after query_failed as
        // `💥 Failed, Timeout error` / `💥 失败, 超时错误`); with that prefix only, as `timeout error` alone names no phase
        '\\bfailed, timeout error\\b',
        '失败[,，]\\s?超时错误',
        // round 42 (apps): nekro-agent's wait for a stream's first chunk (KroMiose/nekro-agent nekro_agent/services/agent/openai.py
        // `等待流式响应首个数据块超时，已超过 {timeout_seconds} 秒`): the answer did not start in time
        '等待流式响应首个数据块超时',
        // round 42 (apps): Raycast's OpenAI Translator extension when its 60 s wait for the answer's headers ran out
        // (raycast/extensions extensions/openai-translator/src/providers/utils.ts fetchSSE, `throw new Error("Connection
        // Timeout")` once its AbortController fired): the whole request, not the connect phase; only as the whole message
        // (round 42 review: the whole paste, not a line of it: the flags are `m`, and a settings page lists `Connection timeout`
        // on a line of its own above its value)
        'connection timeout(?=\\W*(?![\\s\\S]))(?<=(?<![\\s\\S])\\W*(?:error:\\s*)?connection timeout)',
        // round 42 (apps): chatgpt-on-wechat's own timeout, which its DeepSeek/OpenAI-compatible bots report with a made-up
        // status 500 (zhayujie/chatgpt-on-wechat models/deepseek/deepseek_bot.py `{"message": "Request timeout", "status_code":
        // 500}`, raised by agent/protocol/agent_stream.py as `{error_msg} (Status: {status_code}, Code: …` and replied as
        // `Agent error: …` by bridge/agent_bridge.py): the client's timeout, not a server error
        '\\brequest timeout \\(status: 500, code: ',
        // round 43 (apps): ChatGPT-in-Slack's reply when its own OPENAI_TIMEOUT_SECONDS ran out (seratch/ChatGPT-in-Slack
        // app/slack_constants.py TIMEOUT_ERROR_MESSAGE `:warning: Apologies! It seems that OpenAI didn't respond within the
        // {N}-second timeframe. … If you wish to extend the timeout limit, …`) and Alfred's ChatGPT workflow when its stream file
        // stopped growing for the configured seconds before any text came (alfredapp/openai-workflow Workflow/chatgpt,
        // `${responseText} [Connection Stalled]` with responseText empty; its FAQ.md `[Connection Stalled]`: `the workflow takes
        // too long to receive a reply from the API. Try increasing the timeout`); after some text it is stream-interrupted's
        "\\bdidn['’]t respond within the \\d{1,4}-second timeframe\\b",
        '^\\s?\\[connection stalled\\]',
        // round 41 (agents): Goose's deadline for reading an answer's body (block/goose crates/goose/src/providers/utils.rs
        // read_response_body_with_limit `Response body timed out — check your network connection and try again.`, its
        // request deadline beside it is `Request timed out — …`, read already)
        '\\bresponse body timed out\\b',
        // round 43 (agents): Qwen Code's own deadline for an OpenAI-compatible call (QwenLM/qwen-code packages/core/src/
        // core/openaiContentGenerator/errorHandler.ts EnhancedErrorHandler.buildErrorMessage `Streaming request timeout
        // after ${s}s. Try reducing input length or increasing timeout in config.`, `Request timeout after …` when not
        // streaming, followed by getTimeoutTroubleshootingTips `- Increase timeout in config: contentGenerator.timeout`):
        // the CLI's timeout ran out, not a gateway's 504. With its advice only, as `request timeout after 30s` alone is
        // any client's or server's
        '\\brequest timeout after \\d+s\\. try reducing input length or increasing timeout in config\\b',
        '\\bincrease timeout in config: contentgenerator\\.timeout\\b',
        // round 41 (transport): Apple's URLSession error by its number, which holds whatever the description's language or
        // a `"(null)"` description (NSURLErrorTimedOut = -1001, developer.apple.com/documentation/foundation/1508628-url_loading_system_error_codes, Foundation NSURLError.h; printed `Error Domain=NSURLErrorDomain
        // Code=-1001 …`, or `(NSURLErrorDomain error -1001.)`)
        '\\b(?:nsurlerrordomain|kcferrordomaincfnetwork)(?: code=| error )-1001\\b',
        // round 41 (transport): .NET Framework's WebException when HttpWebRequest.Timeout (100 s) ran out
        // (microsoft/referencesource System/System.txt net_webstatus_Timeout `The operation has timed out`)
        '\\bwebexception: the operation has timed out\\b',
        // round 41 (transport): Symfony HttpClient when no byte came for its timeout option (symfony/symfony
        // src/Symfony/Component/HttpClient/Response/TransportResponseTrait.php stream(): TimeoutException `Idle timeout reached
        // for "<url>".`)
        '\\bidle timeout reached for "https?://',
        // round 41 (transport): the client's own timeout in the runtimes' words. Reactor's timeout() operator, which Spring
        // WebClient and Spring AI use (reactor/reactor-core reactor-core/src/main/java/reactor/core/publisher/FluxTimeout.java
        // `Did not observe any item or terminal signal within 60000ms in 'flatMap' (and no fallback has been configured)`);
        // Go's HTTP/2 transport and net/http (golang/net http2/transport.go errTimeout `http2: timeout awaiting response
        // headers`; golang/go src/net/http/client.go `(Client.Timeout exceeded while reading body)`, a long stream outliving
        // http.Client.Timeout); Ruby's net/http write_timeout (ruby/net-http lib/net/protocol.rb `Net::WriteTimeout`);
        // undici's HeadersTimeoutError (`Headers Timeout Error`)
        'did not observe any item or terminal signal within \\d+ ?ms\\b',
        '\\bhttp2: timeout awaiting response headers\\b',
        '\\(client\\.timeout exceeded while reading body\\)',
        '\\bnet::writetimeout\\b',
        '\\bheaders timeout error\\b',
        // Aider's Timeout description (aider/exceptions.py): the words `down or overloaded` follow, the timeout is what happened
        'api provider timed out without returning a response',
        // ChatLuna (Koishi) prints only its error code: 102 is API_REQUEST_TIMEOUT (packages/core/src/utils/error.ts)
        chatLunaErrorCode(102),
        'request timed out',
        // round 11 (English): `Took too long to respond` (a 504 around an SDK timeout), `Timed out waiting for response`
        'took too long to respond',
        'timed out waiting for (?:a )?response',
        'timeout of \\d+ms exceeded',
        'the operation was aborted due to timeout',
        'read timed? ?out',
        'readtimeout',
        'timeouterror',
        // round 37 (wrong-zh): Python's ssl module when the socket's timeout runs out on a connection already made (CPython
        // Modules/_ssl.c, as PyPy's and RustPython's ssl repeat it: `The read operation timed out`, `The write operation
        // timed out`, find_string ids 395753997, 66320223444), raised as TimeoutError and which requests wraps as
        // `ConnectionError: ('Connection aborted.', TimeoutError('The write operation timed out'))` (a client test, id
        // 60988198375): the request's own timeout, uploading or waiting, not a dropped connection. The handshake's is the
        // connect phase (connect-timeout)
        '\\bthe (?:read|write) operation timed out\\b',
        // round 45 (zhprose): not the setting (Dify's env table `请求超时（秒）。`, `请求超时（毫秒）。`, its tools page `服务器响应缓慢时
        // 调高请求超时时间`, langgenius/dify-docs)
        '请求超时(?!时间|時間|\\s?[（(](?:毫秒|秒|ms))',
        // round 11 (Chinese): a client's own wrapper for a timed-out call (find_string 调用超时: `API调用超时，请稍后重试`, `VL 调用超时`)
        // round 45 (zhprose): not the setting (AstrBot's `tool_call_timeout=60, # 工具调用超时时间`, `支持配置工具调用超时时间`,
        // AstrBotDevs/AstrBot docs/zh/dev/star/guides/ai.md, changelogs/v4.3.5.md)
        '调用超时(?!时间)',
        // the JDK's, except for the connect phase (`SocketTimeoutException: Connect timed out`: no connection, see
        // connect-timeout)
        'sockettimeoutexception(?!:\\s*connect timed out)',
        // round 29 (lead): Go's net/http when the Client's Timeout ran out with a connection made, waiting for the answer
        // (golang/go src/net/http/client.go: `… (Client.Timeout exceeded while awaiting headers)` after the transport's
        // `request canceled` or `context deadline exceeded`; not `request canceled while waiting for connection`, see
        // connect-timeout), and the Transport's own ResponseHeaderTimeout (transport.go `net/http: timeout awaiting
        // response headers`)
        '(?<!waiting for connection )\\(client\\.timeout exceeded while awaiting headers\\)',
        'net/http: timeout awaiting response headers',
        // round 29 (lead): OkHttp's call timeout (okio AsyncTimeout newTimeoutException: `java.io.InterruptedIOException:
        // timeout`) and Dart's Future.timeout (dart:async TimeoutException toString `TimeoutException after 0:00:30.000000:
        // Future not completed`), which http clients in Dart and Flutter throw when the answer does not come in time
        'interruptedioexception: timeout',
        'timeoutexception after \\d+:\\d\\d:\\d\\d',
        'operation timed out after',
        // round 25 (zh): iFlytek's Spark SDK when no frame of the answer came within its wait (iflytek/spark-ai-python
        // sparkai/llm/llm.py subscribe: `TimeoutError(f"SparkLLMClient wait LLM api response timeout {timeout} seconds")`,
        // logged with logger.error(e), which prints the message without the class name)
        '\\bwait llm api response timeout\\b',
        // chatgpt-on-wechat / CowAgent bot reply for openai's Timeout
        '我没有收到(?:你的)?消息',
        // round 41 (desc-zh): WeChat's own line in an official account's chat when the account's server did not answer its
        // message push in time (developers.weixin.qq.com offiaccount Message_Management/Passive_user_reply_message.html, as
        // the WeChat community's answer quotes it: `一旦遇到以下情况，微信都会在公众号会话中，向用户下发系统提示“该公众号暂时无法
        // 提供服务，请稍后再试”：1、开发者在5秒内未回复任何内容 2、开发者回复了异常数据`; WeChat waits five seconds and retries three
        // times), and the older wording bots behind ChatGPT report (csxiefc/gptchat-wx#1 `该公众号提供的服务出现故障,请稍后再试`,
        // the maintainer: the question took the model too long and WeChat's call to the server had already timed out;
        // mic1on/chatGPT-web#32 `怎么解决5s内回复不了，出现“该公众号提供的服务出现故障，请稍后再试”`). A model's reply
        // seldom comes in five seconds, so for a bot the wait is what ran out; the page's second case, a malformed
        // reply, is a bug of the bot's own code and fails on every message, not on long ones
        '该公众号(?:暂时无法提供服务|提供的服务出现故障)',
        // a Chinese client's word for undici UND_ERR_HEADERS_TIMEOUT (public GitHub source, find_string 域名解析暂时失败)
        '响应头超时',
        // round 16 (zh-a): agent runners and chat bridges giving up on an agent (and the model behind it) that is
        // still working: Tao's SessionTimeoutError `agent session timed out after %s` (find_string "agent session
        // timed out", id 71220134821), a Rust runner's `Agent session timed out after {timeout_ms}ms` (id 62474253824),
        // an opencode executor's `agent session timed out after ${timeoutMs}ms` (id 55407624015)
        '\\bagent session timed out\\b',
        // and cc-connect's bridge when an agent's turn (Claude Code, Codex…) goes silent or runs past its cap
        // (chenhg5/cc-connect@3727b7402 core/engine.go: `agent session timed out (no response)` on its event idle
        // timeout, `agent turn exceeded maximum time (%v), stopping` on max_turn_time, inside `❌ 错误: %v`)
        '\\bagent turn exceeded maximum time\\b',
        // round 16 (zh-a): model clients' idle watchdogs, which count a stream that goes quiet as a TIMEOUT and say so
        // (find_string "stream idle timeout after ${": `Codex stream idle timeout after …ms` raised as an LlmError of
        // kind "TIMEOUT" id 58539897075, the same for Bedrock id 71052999555 and another provider id 60936702015, a NIM
        // proxy's 504
        // `Stream idle timeout after … ms` with code `timeout` id 52012690455, `Governed stream idle timeout after …ms`
        // category `timeout`, status 504 id 61796085465); only as the verdict (`after N`, `(N…)`, or the line's end), not a
        // setting's description. Watchdogs that say their model stream `stalled` are read as a cut stream (round 14)
        '\\bstream idle timeout(?: after \\d|\\s?\\(\\d|\\s*$|[.,)\\]"\'])',
        // round 18 (en): reqwest's own timeout (seanmonstar/reqwest src/error.rs: the internal source `TimedOut`, Display
        // `operation timed out`) as its Debug prints it, flat or nested (`kind: Decode, source: reqwest::Error { kind: Body,
        // source: TimedOut }`); a connect timeout reads `source: hyper_util::…Error(Connect, …)` and stays a network fault
        'reqwest::error \\{[\\s\\S]{0,800}?\\bsource: timedout\\b',
        // round 23 (gateway pages dmx-b): .NET's HttpClient when its Timeout elapses (dotnet/runtime System.Net.Http
        // Strings.resx net_http_request_timedout, a TaskCanceledException: `The request was canceled due to the configured
        // HttpClient.Timeout of 100 seconds elapsing.`), and the shorter `…canceled due to timeout` that .NET clients
        // (translators, bots) print for it; not a bare `A task was canceled`, which a user's own cancel also throws
        'the request was canceled due to (?:the configured httpclient\\.timeout\\b|timeout\\b)',
        // round 25 (en): LiteLLM's Timeout exception, the time limit its caller set running out (`timeout=` on
        // completion, the proxy's request_timeout): callers read it as the request timing out, not a connection
        // refused (langbot-app/LangBot src/langbot/pkg/provider/modelmgr/requesters/litellmchat.py maps
        // `litellm.Timeout` to `请求超时`; Aider-AI/aider aider/exceptions.py lists it as `Timeout`, retried, `timed out
        // without returning a response`), whatever its message says about the connection
        '\\blitellm\\.(?:exceptions\\.)?timeout\\b(?!\\s*=)',
        // round 34 (lead-transport): Dart's Dio when the answer did not come (or the upload did not go) in time (cfug/dio
        // dio/lib/src/dio_exception.dart: `DioException [receive timeout]: The request took longer than … to receive
        // data.`, the same for `send timeout`, Dio 4's DioErrorType.receiveTimeout), and Rust's reqwest when its own
        // timeout ran out (src/error.rs TimedOut, `error sending request for url (…): operation timed out`)
        '\\bdioexception \\[(?:receive|send) timeout\\]',
        'the request took longer than \\S+ to (?:receive|send) data',
        '\\bdio(?:exception|error)type\\.(?:receive|send) ?timeout\\b',
        'error sending request for url \\([^)\\s]*\\): operation timed out',
        // round 45 (agents): Goose's form of the same reqwest error, the details it appends when reqwest says it timed out
        // (block/goose@4e38b52 crates/goose/src/providers/errors.rs From<anyhow::Error>: `Request failed: {err} (timeout)`)
        'error sending request for url \\([^)\\s]*\\) \\(timeout\\)',
        // round 36 (apps-a): Coze Studio's chat_err_702112101 in English (coze-dev/coze-studio
        // frontend/packages/arch/resources/studio-i18n-resource/src/locales/en.json `Model timeout, please try again
        // later.`, its zh-CN `模型调用超时` read already)
        '\\bmodel timeout, please try again later\\b',
        // round 36 (gaps-zh): Alibaba Cloud Function Compute's log line when the caller hung up before the function
        // returned (help.aliyun.com/zh/functioncompute/fc/ FAQ 客户端断开连接，报错Invocation canceled by client怎么办？:
        // `FC Invoke End RequestId: …, Error: Invocation canceled by client (duration: 4912ms, …)`, 发起调用的客户端主动取消了请求;
        // its fix is a longer client timeout): a bot on FC behind a platform that waits 60 s
        '\\binvocation canceled by client\\b',
        // round 36 (gaps-zh): a DeepSeek Harness IM bot's message when its wait for the model's reply ran out, the turn
        // still running (message-failure.mjs FAILURE_MESSAGES.MODEL_REPLY_TIMEOUT, find_string id 68553303870:
        // `等待模型回复超时，任务可能仍在运行。请先等待或发送 /stop，不要立即重复提交。`, then `错误码：MODEL_REPLY_TIMEOUT；参考号：…`)
        '等待模型回复超时',
        '错误码[:：]\\s?model_reply_timeout\\b',
        // round 36 (gaps-zh): Bob (the macOS translator) when a plugin has not called back in 60 s: the app stops waiting
        // (ripperhe/Bob#473 `插件60秒未响应`; its plugins' trackers, akl7777777/bob-plugin-akl-chatgpt-free-translate#6
        // `请求错误“插件 60 秒未响应”`, fixed in the plugin, and vacuityv/bob-plugin-vac-gptranslate#5, where the maintainer asks
        // whether the plugin's server answers curl)
        '插件\\s?60\\s?秒未响应',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 when its first-byte window ran out with nothing back
        // (StreamNoResponseError `No response from API within the first-byte window`, shown as `API Error: No response from
        // API (waited 5m 0s). If a proxy or gateway on your network holds responses until they complete, raise
        // API_TIMEOUT_MS or CLAUDE_STREAM_FIRST_BYTE_TIMEOUT_MS to wait longer.`)
        'no response from api (?:\\(waited\\b|within the first-byte window)',
        // round 39 (agents-src): MoonshotAI/kimi-cli src/kimi_cli/ui/shell/visualize/_live_view.py _format_step_retry for an
        // APITimeoutError (`Retrying after timeout · attempt 2/3 · 4s`, _step_retry_reason)
        'retrying after timeout\\W{1,5}attempt \\d+/\\d+',
      ],
      describes: [
        // round 41 (desc-zh): the same five-second wait in people's words, an official account's bot that cannot answer
        // within 5 s (mic1on/chatGPT-web#32 `公众号搭建chatGPT，请问怎么解决5s内回复不了`; zhayujie/bot-on-anything#178, a
        // user explaining the bot's instant `正在思考中...`: `微信公众号有5秒不返回就断开链接的问题`), which WeChat's
        // passive-reply doc settles (`开发者在5秒内未回复任何内容` is what shows 该公众号暂时无法提供服务). 公众号 first, then
        // five seconds and a failure to answer or a cut right after; not a statement that it does answer in time (`公众号
        // 5秒内回复成功`), nor a rule followed by its consequence (`5秒内回复，否则超时`), nor a negation (`5秒内不会超时`)
        '公众号[^。！？\\n]{0,20}?(?:5|五)\\s?(?:s|秒)(?:钟|鐘)?(?:内|內|之内|之內)?(?:(?!不会|不會|没有超|沒有超|未超)[^。！？\\n，,]){0,3}?(?:回复不了|回覆不了|回不了|无法回复|無法回覆|不返回|未回复|未回覆|没有?回复|沒有?回覆|超时|超時|断开|斷開)',
        // round 43 (desc-zh): the same wait said of WeCom's or WeChat's server, which did not get the bot's answer within five
        // seconds: WeCom's callback rule as users quote it (GentleCP/corpwechatbot#25, a callback that calls a model and
        // `超时就不返回数据了`, settled with the rule `企业微信服务器在五秒内收不到响应会断掉连接，并且重新发起请求，总共重试三次`;
        // WeChat's passive-reply rule, mp.weixin.qq.com wiki as node-webot/co-wechat#6 quotes it, `微信服务器在五秒内收不到响应会断掉
        // 连接`), and people's words for it (mostlittlebee/chatgpt-on-wecom#13 `因为企业微信5秒内没有收到服务端的响应，会进行断连重试`;
        // easy-wx/wecom-app-svr#1, a slow handler WeCom never shows, the maintainer: `都是3个5秒的尝试，也就是说超过15秒就没有自动回`).
        // WeCom, WeChat or an official account first, then five seconds and no answer received; not an answer that came
        // (`企业微信5秒内收到了响应`), nor the rule said as advice (`需要在5秒内回复`)
        '(?:企业微信|企業微信|微信|公众号|公眾號)(?:服务器|服務器|服务端|服務端)?[^。！？\\n，,]{0,4}?(?:5|五)\\s?(?:s|秒)(?:钟|鐘)?(?:内|內|之内|之內)(?:没有?|沒有?|未|收不到)(?:收到)?(?:服务端|服務端|服务器|服務器|开发者|開發者)?的?(?:响应|響應|回复|回覆)',
        // round 44 (desc-en): the answer said to take longer than the client's time limit, in the words the threads use and
        // settle by raising that limit: OpenHands/OpenHands#8768 (`long generations from local models can exceed the
        // default timeout. This causes OpenHands to disconnect before the response is ready`, fixed with LLM_TIMEOUT);
        // ollama/ollama#12291, the maintainer on a long system prompt (`it's taking longer to generate a response than the
        // client timeout`, `the **client** has a 5 minute timeout`, set in httpx or requests). `timeout` first, then, behind
        // it, `exceed(s/ed/ing)` or `longer (to generate a response) than` with the timeout's article and kind or size (`the
        // default`, `the client`, `the 60-second`); not a conditional or advice (`if a request exceeds the timeout`, `to avoid
        // exceeding the timeout`), a rule in docs (`requests that exceed the timeout are retried`), a negation (`no longer
        // exceeds the timeout`), nor a task, job, tool, test or connection's timeout (the media and network entries)
        "\\btimeout\\b(?<=\\b(?:exceed(?:s|ed|ing)?|longer(?: to [a-z]+(?: (?:a|an|the|its|my))?(?: [a-z]+)?)? than)(?: the| its| our| my| a| your| their)?(?: (?:default|configured|built-in|hard-?coded|fixed|request|client(?:['’]s)?|\\d+(?:\\.\\d+)?[- ]?(?:s|secs?|seconds?|ms|mins?|minutes?|m)))* timeout)(?<!\\b(?:if|when|whether|once|unless|in case|avoid|prevent|that|which|will|would|(?:going|likely|able|how|not) to|not|never|no longer|n['’]t|without)\\b[^.\\n]{0,40}timeout)(?<!\\b(?:tasks?|jobs?|tools?|tests?|builds?|locks?|query|queries|handshakes?|connections?|sockets?|videos?|images?|polls?|polling)\\b[^.\\n]{0,30}(?:exceed|longer)[^.\\n]{0,50}timeout)",
      ],
    },
    title: { zh: '客户端等得不耐烦，先放弃了', en: 'The client gave up waiting' },
    meaning: {
      zh: '客户端自己的超时设置比模型生成所需的时间短，请求其实可能还在处理。',
      en: 'The client’s own time limit was shorter than the model needed; the request may still have been running.',
    },
    steps: [
      {
        zh: '在客户端或 SDK 里把超时调长（如 120–600 秒）。',
        en: 'Raise the timeout in the client or SDK (120–600 s).',
      },
      {
        zh: '开启流式输出，首个字到达后就不会再触发超时。',
        en: 'Turn on streaming so the first tokens arrive before the limit.',
      },
    ],
    retry: 'yes',
    article: '/troubleshooting/timeouts#client-timeout-settings',
    examples: [
      {
        text: 'openai.APITimeoutError: Request timed out.',
        source: 'openai/openai-python _exceptions.py APITimeoutError',
      },
      {
        text: 'AxiosError: timeout of 60000ms exceeded (code: ECONNABORTED)',
        source: 'axios/axios lib/adapters/http.js timeout message',
      },
      {
        text: 'DOMException [TimeoutError]: The operation was aborted due to timeout',
        source: 'AbortSignal.timeout in Node/undici (nodejs/undici issues)',
      },
    ],
  },
]
