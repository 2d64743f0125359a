import type { ErrorEntry } from '../errors.schema.ts'
import { geminiQuotaLinks, geminiWithin } from './gemini-quota.ts'

/** Money: the account's balance or the key's own quota, in every form gateways report it. */
export const accountEntries: ErrorEntry[] = [
  {
    id: 'insufficient-user-quota',
    cause: 'insufficient_balance',
    layer: 'account',
    statuses: [403, 429],
    defaultFor: [403],
    dialects: ['one-api', 'new-api'],
    match: {
      codes: [
        'insufficient_user_quota',
        'entitlement_daily_limit_exceeded',
        'entitlement_total_limit_exceeded',
        'insufficientquota',
        'ai_points_not_enough',
        'aipointsnotenough',
        'provider_quota_exceeded',
        // round 36 (apps-b): LibreChat's own balance check before a call (danny-avila/LibreChat packages/data-provider/src/
        // config.ts ViolationTypes.TOKEN_BALANCE, `{"type":"token_balance","balance":…,"tokenCost":…,"promptTokens":…}`):
        // the user's token credits in the app
        'token_balance',
        // round 39 (gateways-b): sealos AI Proxy's type for a group (the account) without balance (labring/aiproxy
        // core/middleware/distributor.go GroupBalanceNotEnough), see patterns
        'group_balance_not_enough',
      ],
      patterns: [
        // round 43 (platforms): Novita AI's (and PPIO 派欧云's, the same platform) flat 403 body for an account without balance
        // (`{"code":403,"reason":"NOT_ENOUGH_BALANCE","message":"not enough balance"}`, as clients log it, find_string ids
        // 57364876604, 55358587462, 61202851574; novita.ai/docs/guides/error names only a 403 for permissions): the reason token or
        // its words
        '\\bnot[ _]enough[ _]balance\\b',
        '用户额度不足',
        'user quota is not enough',
        // round 41 (gateway): sub2api's balance mode on a user with nothing left (Wei-Shaw/sub2api
        // backend/internal/server/middleware/api_key_auth.go, a 403 `{"code":"INSUFFICIENT_BALANCE","message":"Insufficient
        // account balance"}`)
        '\\binsufficient account balance\\b',
        // round 43 (platforms): Xiaomi MiMo's Token Plan endpoint's 402 in other words (`402: {"type":"server_error","message":
        // "Upstream request failed: Insufficient account funds"}`, XiaomiMiMo/MiMo issue #99; its error-code page's 402 is
        // Insufficient Balance, platform.xiaomimimo.com/docs/en-US/quick-start/error-codes)
        '\\binsufficient account funds\\b',
        // round 34 (relay-strings): new-api's pre-consumption refusal, a 403 insufficient_user_quota when the balance
        // cannot cover the request's hold (QuantumNous/new-api service/pre_consume_quota.go PreConsumeQuota `pre-consume
        // quota failed, user quota: %s, need quota: %s`, later `预扣费额度失败, 用户剩余额度: %s, 需要预扣费额度: %s`; the
        // older relay/relay-text.go `chat pre-consumed quota failed, …` and relay/relay-image.go `image pre-consumed quota
        // failed, …`); not the log line for handing a hold back (`返还预扣费额度失败`)
        '\\bpre-consumed? quota failed\\b',
        '(?<!返还|退还|返還|退還)预扣费额度失败',
        // round 43 (newapi): new-api's subscription plans (套餐), when the plan has no item for the model or its item is spent
        // (QuantumNous/new-api model/subscription.go PreConsumeUserSubscription `no active subscription item for this model`,
        // `subscription quota insufficient, remain=%d need=%d`; later the sentinel `subscription quota insufficient`), which
        // service/billing.go and billing_session.go answer as a 403 insufficient_user_quota `订阅额度不足或未配置订阅: %s`
        // (read already by 额度不足); the English alone, as logs and translated pastes carry it
        '\\bsubscription quota insufficient\\b',
        '\\bno active subscription item for this model\\b',
        // round 43 (newapi): Laisky's one-api fork throttling a user whose balance fell below its threshold (Laisky/one-api
        // middleware/rate-limit.go LowBalanceRelayRateLimit, a 429 `rate limit exceeded: your account balance ($%.4f) is below the
        // $%.2f minimum, so a stricter limit of %d requests per %d seconds applies; please top up your account to restore the
        // standard rate limit`): a rate limit in form, the balance in cause, which a top-up lifts
        '\\bis below the \\$[\\d.]+ minimum, so a stricter limit of\\b',
        '\\bplease top up your account to restore the standard rate limit\\b',
        // one-api forks (Shell API, APIYI) print the balance and the hold: `quota [814] preConsumedQuota [113605] is not enough`
        'preconsumedquota \\[-?\\d+\\] ?is not enough',
        '余额不足',
        'insufficient (?:user )?(?:quota|balance)',
        '剩余额度',
        'balance is insufficient',
        '额度不足',
        'quota_not_enough',
        // FastGPT's team AI points (i18n common.json code_error.team_error.ai_points_not_enough: AI 积分不足,
        // Credits are insufficient) and Dify's hosted trial quota (console/app/error.py ProviderQuotaExceededError)
        // round 36 (apps-b): LibreChat's message for that type (client/src/components/Messages/Content/Error.tsx errorMessages
        // token_balance: `Insufficient Funds! Balance: ${balance}. Prompt tokens: ${promptTokens}. Cost: ${tokenCost}.`)
        'insufficient funds! balance: -?[\\d.]+\\. prompt tokens:',
        'ai\\s?积分不足',
        'credits are insufficient',
        'quota for .{1,60} has been exhausted',
        '额度已(?:用完|用尽|耗尽)',
        // round 11 (Chinese): 不够 for 不足 and 用完 without 已 (find_string 额度不够: a new-api fork's
        // strictBalanceInsufficientPhrases; 余额不够: `余额不够，还差 …`; dimensio `账户欠费或额度用完`)
        '余额不够',
        '额度不够',
        '额度用完',
        // round 36 (apps-a): Cherry Studio's quota diagnosis in English (CherryHQ/cherry-studio en-us locale
        // error.diagnosis.quota `Account quota exhausted, please recharge or switch provider`, find_string id
        // 67170962973; the zh-CN `账户额度已用完` is read already); Dify's model status when its hosted quota is spent
        // (langgenius/dify api/core/entities/model_entities.py ProviderModelWithStatusEntity.raise_for_status
        // QUOTA_EXCEEDED `Model quota has been exceeded`)
        '\\baccount quota exhausted, please recharge',
        '\\bmodel quota has been exceeded\\b',
        // round 39 (gateways-b): Higress's ai-quota plugin once the consumer's quota in Redis is at or below zero
        // (alibaba/higress plugins/wasm-go/extensions/ai-quota/main.go, code detail ai-quota.noquota: a text/plain 403
        // `Request denied by ai quota check, No quota left`)
        'request denied by ai quota check, no quota left',
        // round 39 (gateways-b): sealos AI Proxy before and at the call when the group's balance is below what the request
        // needs (labring/aiproxy core/middleware/distributor.go checkGroupBalance, `group <id> balance not enough` with the id
        // in backticks; core/controller/relay-controller.go `group (<id>) balance not enough`; both a 403 typed
        // group_balance_not_enough)
        '\\bgroup [`(][^`()\\n]{1,80}[`)] balance not enough\\b',
      ],
      describes: [
        // round 15 (zh): paid, and the balance did not move (QuantumNous/new-api#5691 充值未到账，已扣款，余额未补充,
        // ZuodaoTech/everyone-can-use-english#470 充值完成后，余额过大半天都没有变化, #790 支付…但是余额没有发生变化,
        // QuantumNous/new-api#1687 充值成功…余额未变)
        '(?:充值|儲值|支付|付款)[^。！？\\n]{0,24}(?:余额|餘額)[^，。！？\\n]{0,6}(?:未变|未變|没变|沒變|没有变化|沒有變化|没有发生变化|沒有發生變化|无变化|無變化|不增加|未增加|没有增加|沒有增加|未补充|未補充)',
        // round 44 (desc-zh): a top-up said not to have arrived (`到账`), as gateways' FAQs word it and settle it as the balance
        // reaching the API late (jiekouai/jiekou-skills skills/jiekou-docs/references/faq.md 充值与计费 1 `充值后余额未实时到账怎么办?
        // 正常情况下充值是随充随到账。如遇到账延迟…`, the entry's own meaning: minutes from a top-up to the API; QuantumNous/new-api#5691
        // `充值未到账`). Not a support page's advice (`如有充值未到账请联系在线客服`), nor a negation after it (`充值已到账`);
        // (round 44 review) nor Alipay's or a payment's withdrawal or refund (`支付宝提现未到账`, `微信支付退款还没到账`)
        '(?:充值|儲值|付款|支付)(?!宝|寶)(?<!(?:如有|如果|若有|假如|若)(?:充值|儲值|付款|支付))(?:后|後|了|成功)?(?:(?!提现|提現|退款|退费|退費|退回)[^，。！？\\n]){0,8}?(?:未|没有?|沒有?|还没|還沒)(?:实时|實時)?(?:到账|到賬)',
        // round 44 (desc-zh): balance left, yet the calls fail, which gateways' FAQs settle as the request's pre-charge being
        // more than what is left (docs.apiyi.com/faq/balance-insufficient 为什么还有余额跑不通？ `API易采用请求预扣机制…如果当前余额
        // 不足以支持这个请求，即使账户中还有一些余额，也会导致请求失败`, the same page at docs.laozhang.ai/faq/balance-insufficient
        // `账户还有少量余额但请求失败，常见原因是本次请求的预估费用超过可用余额`; jiekouai/jiekou-skills faq.md 充值与计费 7
        // `为什么代金券/余额还有,却提示余额不足(403)?`). 还有 or 仍有 with the balance, then the failure within a few characters;
        // not a question whether any is left (`还有余额吗`)
        '(?:还有|還有|仍有|尚有)(?:少量|一些|一点|一點)?(?:余额|餘額|额度|額度)[^，。！？\\n]{0,4}?(?:跑不通|(?:却|卻|但)?(?:请求|請求|调用|調用)失败|(?:却|卻|但)?用不了)|(?:余额|餘額|额度|額度)(?:还有|還有|仍有)[^，。！？\\n]{0,4}?(?:跑不通|(?:却|卻|但)?(?:请求|請求|调用|調用)失败|(?:却|卻|但)?用不了)',
        // round 15 (en)
        // a paid top-up that does not arrive: "Payment done yet credits not received" (code100x/photo-ai#30), "Payment completed but credits were not added" (ogkalu2/comic-translate#371), "the payment was successfully processed, but my API credits were not updated" (SEC-API-io/sec-api-python#19)
        '\\b(?:payment|paid|purchased?|bought|topped up|top-?up)\\b[^\\n]{0,60}?\\bcredits?\\b[^.\\n]{0,20}?\\b(?:are |is |were |was )?(?:still )?not (?:loading|showing|updated|updating|added|arriving|received|reflected|appearing|registered|credited)\\b',
        // "I never received the credits" (MiniMax-AI/MiniMax-M2.7#37), "Charged for credits never received" (openai/codex#21973)
        '\\bcredits? (?:were |was )?never (?:received|arrived|added|showed up|updated)\\b|\\bnever (?:received|got) (?:the |my |any )?credits\\b',
        // "added 20 credits … but it just won't see the credits" (agent0ai/agent-zero#749), "I purchased more credits, and I was still getting this message" (OpenHands/OpenHands-Cloud#15)
        "\\b(?:added|bought|purchased|paid for|topped up)\\b (?:more |additional |\\$?\\d+ )?credits\\b[^.\\n]{0,100}?\\b(?:won't|doesn't|does not|didn't|still|not) (?:see|show|recogni[sz]e|getting|being)\\b",
        // round 17 (zh): the balance 用完 or 耗尽 without 已 (`余额用完了`), as apps and their error tables word it (a
        // provider-error classifier's `/账户余额已用完|余额不足|账户已欠费|欠费停服/`, find_string id 53804871916; a DeepSeek
        // client's `DeepSeek 账户余额已用完，请前往 DeepSeek 开放平台充值后重试。`, id 70869261211; a gateway's docs `402
        // 响应表示余额耗尽`, id 60062912766; an agent failure table's `HTTP 402/余额耗尽`, id 61499995911). Not what happens
        // after or when it does (`余额耗尽自动下机`, `余额用完后会自动续费`), nor a classifier told not to read it so
        // (`误判为余额耗尽`), nor a redeem code's balance
        '(?<!避免|误判为|誤判為|误判|誤判|兑换码|兌換碼)(?:余额|餘額)(?:已经|已經|已)?(?:用完|耗尽|耗盡)(?!后|後|时|時|之后|之後|以后|以後|前|的话|的話|自动|自動|即|就|则|則)',
        // round 17 (en): `no credits left` (a Laravel chatbot's `You have no credits left. Please consider upgrading your plan.`,
        // find_string id 337352677; `No credits left. Please purchase more`, id 19228727302; a provider's 402 body `no credits
        // left`, as an error classifier's test replays it, id 69093992842); not a paywall's or a function's description
        // (`shown when the user has no credits left`, `false if the user had no credits left`)
        '\\bno(?<!\\b(?:if|when|whether|once|until)\\b[^.\\n]{0,40}no) (?:more )?credits? (?:left|remaining)\\b',
        // round 45 (desc-balstream): an account or key said to have no credits, without `left`, as apps' hint tables settle a
        // 402 or OpenAI's `insufficient_quota` (`→ Your OpenAI account has no credits.`, find_string id 55933364114; Claude's
        // `credit balance too low`: `the account has no credits. Go to console.anthropic.com → Settings → Billing to add
        // credits`, id 6187248899; a docs table's `insufficient_credits | 402 | Account has no credits`, id 60155972639). Not a
        // conditional, a question, nor a list of possible causes (`Possible Causes: … 2. OpenRouter account has no credits`); nor a
        // card on file (`has no credit card`) or a rule (`has no credits until you add a payment method`), round 45's second review
        '\\b(?:account|key|wallet)(?<!\\b(?:if|when|whether|unless|once|until|maybe|perhaps|possibly|might|may|could)\\b[^.\\n]{0,40}(?:account|key|wallet))(?<!\\b(?:causes?|reasons?)\\b[^\\n]{0,80}(?:account|key|wallet)) (?:has|had|have) (?:no|zero) credits?\\b(?! (?:left|remaining|card|until|unless)\\b)(?!\\?)',
        // round 45 (desc-balstream): 没有额度了, the quota said to be gone, as apps and their users word it (an app's
        // `InsufficientTokenLeftCreditError("当前用户没有额度了")`, find_string id 1294080117; a batch script's `候选模型都没有额度了，
        // 本轮停止。…补额度或加模型后重跑即可`, id 59664570795; an agent's diagnosis of MiniMax's `usage limit exceeded`: `MiniMax TTS
        // 账号没有额度了` and `充值 MiniMax 账号`, id 52871990846). Not a question (`还有没有额度了？`), nor a hedge that lists
        // it among causes (`可能是密钥填错、过期，或这个账号已经没有额度了`), a negation (`不是没有额度了`), what someone only thought (`以为没有额度了`) or a conditional (`如果已经没有额度了`)
        '(?<!(?:或|或者|可能|还是|還是|是否|不是|并非|並非|以为|以為|如果|若|假如|要是|一旦)[^，。！？\\n]{0,10})(?<!有)(?:没有?|沒有?)(?:可用的?)?(?:额度|額度)了(?![吗嗎么麼？?])',
        // round 35 (desc-en): credits there, and the quota error stays, as pages that settle it word it: the credit had not
        // reached the API yet (hal.netsack.org blog/posts/2026-02-05-the-five-dollar-wall: `So $5 gets deposited into the
        // OpenAI account. Credit confirmed, visible in the dashboard, everything looks green. Still getting quota errors.`,
        // fixed by waiting for billing to propagate), or billing was not active (zidooka.com archives/2553 `why the quota
        // error persists even after paying`). Credits or a payment and then the quota error in the same or the next
        // sentence; not a rate limit's quota (Google's `RESOURCE_EXHAUSTED`, a per-minute or per-day quota), and not a
        // conditional (`if you have credits but still get quota errors`)
        "\\b(?<!\\b(?:if|when|whether|unless)\\b[^.\\n]{0,30})(?:credits?|paid|paying|payment|deposited|topped up)\\b[^\\n]{0,80}?\\bstill\\b[^.\\n]{0,15}?\\b(?:getting|get|gets|got|seeing|see|receiving|receive|hitting|throws?|returns?|shows?) (?:the |a |this |these |an? )?(?:insufficient[_ ])?quota (?:errors?|exceeded)\\b(?![^\\n]{0,60}?(?:resource_exhausted|per (?:minute|day|second)|\\brp[md]\\b|\\btpm\\b|rate limit))|\\bquota errors? (?:persists?|still (?:shows?|appears?|happens?)|(?:does ?n[o']t|won't) go away) (?:even )?after (?:paying|payment|adding (?:the |more )?credits?|topping up)\\b",
      ],
    },
    title: { zh: '账户余额不足（403）', en: 'Account balance too low (403)' },
    meaning: {
      zh: '账户余额不够这次请求的预扣费。刚充值的话，余额同步到接口通常要 {{gw.balanceSyncMinutes.typical}} 分钟，高峰期最多 {{gw.balanceSyncMinutes.peak}} 分钟。',
      en: 'The balance does not cover this request’s pre-charge. Right after a top-up it usually takes {{gw.balanceSyncMinutes.typical}} minutes to reach the API, up to {{gw.balanceSyncMinutes.peak}} at peak.',
    },
    steps: [
      { zh: '在控制台确认余额；不足就充值。', en: 'Check the balance in the console; top up if it is low.' },
      {
        zh: '充值后等 {{gw.balanceSyncMinutes.typical}}–{{gw.balanceSyncMinutes.peak}} 分钟再试，不用换密钥，也不要清除浏览器数据。',
        en: 'After a top-up wait {{gw.balanceSyncMinutes.typical}}–{{gw.balanceSyncMinutes.peak}} minutes and retry; no new key needed, and do not clear browser data.',
      },
      {
        zh: '余额充足仍报错：运行连接测试，把报告发给客服。',
        en: 'Balance is fine but it persists: run the connection test and send the report to support.',
      },
    ],
    retry: 'later',
    article: '/troubleshooting/balance#insufficient-balance',
    examples: [
      {
        text: '{"error":{"message":"user quota is not enough (request id: 20240611174522839123456)","type":"one_api_error","param":"","code":"insufficient_user_quota"}}',
        source: 'songquanpeng/one-api relay/controller/helper.go preConsumeQuota',
      },
      {
        text: '{"error":{"message":"用户额度不足, 剩余额度: ＄0.012000 (request id: 2025030112000111)","type":"new_api_error","code":"insufficient_user_quota"}}',
        source: 'QuantumNous/new-api relay/relay-text.go preConsumeQuota (Chinese locale)',
      },
    ],
  },
  {
    id: 'key-quota-exhausted',
    cause: 'insufficient_balance',
    layer: 'key',
    statuses: [401, 403],
    defaultFor: [],
    dialects: ['one-api', 'new-api'],
    match: {
      codes: [
        'pre_consume_token_quota_failed',
        'token_quota_exhausted',
        // round 41 (gateway): claude-relay-service's key spent up to its total cost limit (Wei-Shaw/claude-relay-service
        // src/middleware/auth.js, a 402 type insufficient_quota), which unlike its daily and weekly limits never resets
        'total_cost_limit_exceeded',
      ],
      patterns: [
        // round 43 (gateways): LLM Gateway for a key past the usage limit set on it (theopenco/llmgateway
        // apps/gateway/src/chat/request-validation.ts validateRequest, a 401 `Unauthorized: LLMGateway API key reached its usage
        // limit.`): the key's own cap, not the organization's credits
        '\\bapi key reached its usage limit\\b',
        // round 43 (newapi): Laisky's one-api fork names the key and its id (Laisky/one-api model/token.go ValidateUserToken, a 401
        // `API Key %s (#%d) quota has been exhausted` for a key marked spent, `token %s (#%d) quota has been used up (remaining: %d)`
        // for one found spent at the call)
        '\\(#\\d+\\) quota has been (?:exhausted|used up)\\b',
        // round 41 (gateway): and its message (`已达到总费用限制 ($<limit>)`): the key's lifetime budget, raised only by its owner
        '已达到总费用限制',
        // round 41 (gateway): Octopus on a key whose spend passed its own max cost (bestruirui/octopus
        // internal/server/middleware/auth.go, a 401 `API key has reached the max cost`)
        '\\bapi key has reached the max cost\\b',
        // round 39 (gateways-b): sealos AI Proxy on a token whose own limit is spent (labring/aiproxy core/model/token.go
        // GetAndValidateToken: a 401 `token (<name>[<id>]) total quota is exhausted`, or `period quota is exhausted` until
        // its period resets)
        '\\btoken \\([^)\\n]{1,100}\\) (?:total|period) quota is exhausted\\b',
        // round 27 (apps): LobeChat locales/en-US/error.json InsufficientQuota (`the quota for this key has been reached.
        // Please check your account balance or increase the key quota`)
        'quota for this key has been reached',
        '该令牌额度已用尽',
        '令牌.{0,40}额度已用尽',
        '令牌额度不足',
        'token quota is not enough',
        'key limit exceeded',
        'token (?:quota )?(?:is )?exhausted',
        // round 24 (en): one-api's and new-api's key check (model/token.go ValidateUserToken: `[sk-%s***%s] 该令牌额度已用尽
        // !token.UnlimitedQuota && token.RemainQuota = %d`, find_string id 65745793416) and an English-language fork's
        // wording of it (`Token amount has been exhausted token.RemainQuota = 0`)
        'token\\.remainquota = -?\\d',
        'token amount has been exhausted',
        // new-api's console (web/src/i18n/locales/en.json) for 该令牌额度已用尽 and 令牌额度不足
        "token'?s quota is depleted",
        // round 11 (English): a one-api fork's `This token's quota has been exhausted.`
        "token'?s quota has been exhausted",
        'insufficient token quota',
        'tokenstatusexhausted',
        '已达该秘钥的配额',
        // round 36 (apps-a): LobeHub's InsufficientQuota in Chinese, current and older (lobehub/lobehub
        // locales/zh-CN/modelRuntime.json `抱歉，此密钥的配额已用尽。请检查您的账户余额是否充足…`; lobehub/lobe-chat locales/zh-CN/error.json
        // `很抱歉，该密钥的配额(quota)已达上限，请检查账户余额是否充足…`), the English of which this entry reads already
        '此密钥的配额已用尽',
        '该[密秘]钥的配额(?:\\s?\\(quota\\))?已达上限',
      ],
    },
    title: { zh: '这个密钥自己的额度用完了', en: 'This key’s own quota is used up' },
    meaning: {
      zh: '账户可能还有钱，但这个密钥设置了额度上限，已经用完。',
      en: 'The account may still have money, but this key has its own limit and has used it up.',
    },
    steps: [
      {
        zh: '在控制台令牌页面编辑这个密钥，调高额度或设为无限额度。',
        en: 'Edit the key on the console’s keys page: raise its quota or make it unlimited.',
      },
      {
        zh: '如果令牌显示“已耗尽”并被停用，改完额度后再启用它。',
        en: 'If it shows as exhausted and switched off, enable it again after raising the quota.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#key-quota-exhausted',
    examples: [
      {
        text: '{"error":{"message":"该令牌额度已用尽 (request id: 20240611174522839123456)","type":"one_api_error"}}',
        source: 'songquanpeng/one-api model/token.go ValidateUserToken',
      },
      {
        text: '{"error":{"message":"令牌 NextChat（#12）额度已用尽 (request id: 20240611174522839123456)","type":"one_api_error"}}',
        source: 'songquanpeng/one-api model/token.go ValidateUserToken (exhausted status)',
      },
      {
        text: '{"error":{"message":"token quota is not enough, token remain quota: ＄0.001200, need quota: ＄0.004500","type":"new_api_error","code":"pre_consume_token_quota_failed"}}',
        source: 'QuantumNous/new-api service/quota.go PreConsumeTokenQuota',
      },
    ],
  },
  {
    id: 'openai-insufficient-quota',
    cause: 'insufficient_balance',
    layer: 'account',
    statuses: [429],
    defaultFor: [],
    dialects: ['openai', 'azure'],
    match: {
      // billing_hard_limit_reached: the organisation's spend limit, which image generation hits as often as chat
      codes: [
        // round 27 (en-vendors): OpenAI's billing codes under the `insufficient_quota` type (help.openai.com/en/articles/6614457,
        // "Troubleshooting API usage and spend limits"): retrying does not help, the credits or the limit must change
        'credit_balance_exhausted',
        'organization_spend_limit_exceeded',
        'project_spend_limit_exceeded',
        'organization_usage_limit_exceeded',
        'insufficient_quota',
        'billing_hard_limit_reached',
      ],
      patterns: [
        // round 36 (gaps-en): OpenAI's own words for insufficient_quota on its site and Playground (`You've reached your usage
        // limit. See your usage dashboard and billing settings for more details. If you have further questions, please
        // contact us through our help center at help.openai.com.`), which apps reuse for that error type (find_string id
        // 30581423370: `case "insufficient_quota": setError(`You've reached your usage limit. See your <a …>usage
        // dashboard</a> and <a …>billing settings</a> …`)`)
        "\\byou['’]ve reached your usage limit\\. see your \\[?usage dashboard\\]?(?:\\([^)\\s]{1,80}\\))? and \\[?billing settings",
        // round 34 (en-vendors): the same Gemini Prepay answer before it moved to 402 (discuss.ai.google.dev/t/183654; reports
        // of `429 RESOURCE_EXHAUSTED "Your prepayment credits are depleted"`, discuss.ai.google.dev/t/170005, /t/170374)
        'prepayment credits are depleted',
        // round 37 (wrong-en): Gemini's 429 RESOURCE_EXHAUSTED once a project reaches the monthly spend cap set for it in AI Studio
        // (`Your project has exceeded its monthly spending cap. Please go to AI Studio at https://ai.studio/spend …`, find_string
        // ids 69308798404, 61931778124; `Your billing account has exceeded …` as well): the money allowed, not the request rate,
        // is used up until the cap is raised or the month turns (discuss.ai.google.dev/t/189883 lists spend caps beside
        // depleted prepay funds)
        'has exceeded its monthly spending cap',
        // round 34 (vendor-zh): the 429 row `You exceeded your current quota, please check your plan and billing
        // details` as OpenAI's error-codes guide in Chinese (openai-doc.aihub2022.top/docs/guides/error-codes/ =
        // developer.aliyun.com/article/1512598, chatgpt.cadn.net.cn/docs/guides_error-codes,
        // openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma, gpt.huanp.com/chatgpt/7706.html, the newer page's translations
        // find_string ids 59696096384, 59992588880, 25643759872): `您超出了当前配额，请检查您的计划和结算详情`, `您已超出当前配额，请检查计划和账单详情`,
        // `您超越了当前配额,请检查您的计划和帐单详细信息`, `您已超过当前配额`, `请检查您的计划和帐单详细信息` (apps' Java enums OPENAI_LIMIT_ERROR, find_string
        // ids 14300567800, 42161808468); either half alone, as people quote it. Moonshot's Chinese table words its
        // exceeded_current_quota_error `您超出了当前代币额度` (find_string id 21612867735)
        '(?:超出|超越|超过)了?(?:您的)?当前的?(?:使用)?配额',
        '请检查(?:您的|你的)?(?:计划|套餐)(?:和|与)(?:结算|账单|帐单|计费)(?:详情|详细信息|明细)',
        '超出了?当前代币额度',
        // round 34 (vendor-zh): the newer rows (ids 59696096384, 59992588880): 429 credit_balance_exhausted `信用额度已用尽` /
        // `信用余额已用完` / `积分余额已用尽`, and the spend and usage limits `已达到组织支出上限`, `项目支出限额已达上限`, `组织消费限额已达到`, `已达到组织用量限制`:
        // retrying does not help, the credits or the limit must change
        '(?:信用|积分)(?:额度|余额)已用(?:尽|完)',
        '已达到(?:组织|项目)(?:支出|消费|用量|使用)(?:上限|限额|限制)|(?:组织|项目)(?:支出|消费|用量|使用)(?:上限|限额|限制)已达(?:到|上限)',
        // round 34 (lead): not Gemini's 429, which opens with the same two sentences but links its rate-limit page and
        // usage tab (ai.google.dev/gemini-api/docs/troubleshooting: 429 RESOURCE_EXHAUSTED `You've exceeded the rate
        // limit`; the body `You exceeded your current quota, please check your plan and billing details. For more
        // information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.`), read by the rate
        // limit's entry
        `(?<!${geminiWithin(80)})you exceeded your current quota(?![^\\n]{0,200}(?:${geminiQuotaLinks}))`,
        'billing hard limit has been reached',
        `(?<!${geminiWithin(120)})check your plan and billing details(?![^\\n]{0,160}(?:${geminiQuotaLinks}))`,
        'your account is not active, please check your billing details',
        // round 39 (apps-zh): and as gpt_academic quotes it (binary-husky/gpt_academic request_llms/bridge_chatgpt.py handle_error,
        // `account is not active` → `[Local Message] Your account is not active. OpenAI以账户失效为由, 拒绝服务.`), with a full stop
        // where OpenAI has a comma
        '\\byour account is not active\\.\\s?(?:openai|cohere)以账户失效为由',
        // round 34 (apps-zh): SillyTavern's popup for OpenAI's insufficient_quota 429 (SillyTavern/SillyTavern public/scripts/
        // openai.js checkQuotaError `Check you have credits available on your OpenAI account`)
        'check you have credits available on your openai account',
        // round 36 (apps-b): LibreChat's message for OpenAI's insufficient_quota (client/src/components/Messages/Content/Error.tsx
        // errorMessages insufficient_quota: `The default API key has reached its limit. To continue using this service, please
        // set up your own API key.`) and CodeGPT's for the same 429 (carlrobertoh/CodeGPT src/main/resources/messages/
        // codegpt.properties settings.openaiQuotaExceeded `OpenAI quota exceeded.`)
        'the default api key has reached its limit',
        '\\bopenai quota exceeded\\b',
        // round 43 (apps): the Logseq GPT-3 OpenAI plugin's reading of a 429 with type insufficient_quota
        // (briansunter/logseq-plugin-gpt3-openai src/lib/rawCommands.ts handleOpenAIError: showMsg `OpenAI Quota Reached`,
        // its console `Exceeded OpenAI API quota. Or your trial is over. You can buy more at …`); its other 429s are `OpenAI
        // Rate Limited`
        '\\bopenai quota reached\\b',
        '\\bexceeded openai api quota\\. or your trial is over\\b',
      ],
      describes: [
        // round 40 (desc-en): the writer says they have or pay for ChatGPT Plus and the API still fails, which the threads
        // settle as API credit bought apart from the subscription (carlrobertoh/ProxyAI#74 `I have a ChatGPT plus plan and can
        // use the service as normal by their website` beside `You exceeded your current quota`, answered `ChatGPT Plus and
        // ChatGPT/OpenAI API are 2 different things`; openai/openai-cookbook#288 `My account is ChatGPT plus account. I got
        // the error message when running a discord bot to access openai api`, answered `ChatGPT plus and Openai API are two
        // separate accounts. Did you add a payment method`; carlrobertoh/ProxyAI#798 `(subscribed as a ChatGPT+) … it tells
        // i already exceed current quota`; help.openai.com/en/articles/6950777-what-is-chatgpt-plus, quoted in
        // alfredapp/openai-workflow#65: `API usage is separate and billed independently`). `ChatGPT Plus` first, then a
        // lookbehind for the writer having, paying for or being subscribed to it (not `I don't have`), and an error, a quota,
        // a 429 or `can't use` within 120 characters (not `no error`, `no quota error`: round 40's review); not when GPT-4 or access to a model is what fails (Plus never gave API
        // access to a model: the permission entries)
        "\\bchat ?gpt ?(?:plus|\\+)(?<=(?<!n['’]t |\\bnot |\\bnever )\\b(?:i|we) (?:(?:already|also|do|still) )?(?:have|had|got|pay for|paid for|bought|purchased|subscribed to|upgraded to)(?: a| an| the| my)? chat ?gpt ?(?:plus|\\+)|\\b(?:i|we)['’]ve got (?:a |the )?chat ?gpt ?(?:plus|\\+)|\\bmy account is (?:a )?chat ?gpt ?(?:plus|\\+)|\\bsubscribed as a chat ?gpt ?(?:plus|\\+))(?=[^\\n]{0,120}?(?:(?<!\\b(?:no|without|any) (?:[\\w-]+ )?)\\berror|(?<!\\b(?:no|without|any) )\\bquota\\b|\\bexceed|\\b429\\b|\\bcan(?: ?not|['’]t) use|\\bdoes(?: not|n['’]t) work|\\bnot working))(?![^\\n]{0,120}?\\b(?:access to|gpt-?4)\\b)",
        // round 44 (desc-en): the free trial's credit said to have expired or run out, which the threads settle as the cause
        // of OpenAI's `You exceeded your current quota` on an account that looks unused: OpenAI's help article as
        // carlrobertoh/ProxyAI#2's maintainer quotes it (`As a free trial user, you receive an initial credit of $18 that
        // expires after three months`); joschan21/quill#89 (`My Account was so old, that my free 18$ were expired. So i had
        // to charge my account with 5 or 10$`); Fernando-Fernandez/SalesforceFlowExtension#2, the maintainer on a screenshot
        // of the usage page (`you had a credit of $18 but it expired …, so you ran out of credits`); briansunter/logseq-openai
        // #69 (`This trial time expires even though when looking casually at the usage on open.ai it looks like you have an
        // unused credit`, added to the README); enterprise-ai.io's page on the OpenAI free trial (`Free trial credits expire
        // after 3 months`, and `Insufficient Quota` errors are fixed by buying credits). `trial` then what it granted
        // (credits, quota, grant) and a past or perfect verb (expired, ran out, used up), or a free dollar amount that
        // expired; not a conditional, a question or a guess (`check if your free trial quota has expired`, `it could be that
        // your trial credits expired`, `Have my trial credits expired?`), a future (`will expire`, `expire after three
        // months`) or a negation (`have not expired`), and not a bare `free trial has ended` or `trial period is over`, an
        // app's own subscription. What follows `trial` is checked before the conditional, so a long line of `trial` alone
        // costs one look ahead per word
        '\\btrial(?= (?:credits?|quota|grant|balance|tokens)\\b)(?<!\\b(?:if|whether|when|once|unless|check|see|could be|might|may|maybe|perhaps|probably)\\b[^.\\n]{0,40}trial) (?:credits?|quota|grant|balance|tokens)\\b(?: (?:of )?\\$\\s?\\d+(?:\\.\\d+)?)? (?:(?:have|has|had|were|was|are|is) )?(?:all |already |now |just )?(?:been )?(?:expired|ran out|run out|used up|exhausted|gone|over)\\b(?!\\s?\\?)',
        '\\bfree (?=\\$|\\d)(?<!\\b(?:if|whether|when|once|unless|check|see|could be|might|may|maybe|perhaps|probably)\\b[^.\\n]{0,40}free )(?:\\$\\s?\\d+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?\\s?\\$)(?: (?:of )?(?:credits?|grant|usage))? (?:(?:have|has|had|were|was) )?(?:all |already )?(?:been )?expired\\b(?!\\s?\\?)',
        // round 44 (desc-en): the quota error said to come although the writer has credit or money on the account, which
        // the threads settle as no usable credit (expired trial credit, nothing paid in): Fernando-Fernandez/
        // SalesforceFlowExtension#2 (`I use an api key under an org that still with 120 USD this month, which should not
        // exceed the limit, but I still received … You exceeded your current quota`, answered: the $18 credit had expired,
        // `They're not going to let you use their API if you have $0 credits`); finaldie/auto-news#88, the maintainer
        // pointing to the OpenAI forum's `… exceeded your current quota … even though my account has sufficient credits`,
        // and the reporter's `I finally put 10 bucks on OpenAi and here we go.... I thought free account would work`;
        // enricoros/big-AGI#104 (`insufficient quota` on a key said to be free, answered: the key has `run out of credits`).
        // `quota` first, said as an error (`exceeded … quota`, `insufficient quota`, `quota error`, `quota exceeded`), then
        // within 60 characters of the same sentence `even though / although / though` and the writer or the account
        // having credits, a balance, funds or a dollar amount; not `no credits`, not a rate limit's quota
        // (RESOURCE_EXHAUSTED, per minute or day, RPM/TPM: Gemini's free tier words its limits so; checked last, over the
        // match and just after it, so only a full match pays for it), and not a conditional before `quota` (`if you get a
        // quota error even though you have credits, wait`)
        "\\bquota\\b(?:(?<=\\b(?:exceed\\w*|insufficient|out of|over|reached)(?: (?:my|your|the|their|its|our|current|api|openai))* quota)|(?=[ _-]?(?:errors?|exceeded|reached|issues?|problems?|messages?|exhausted)\\b))(?<!\\b(?:if|whether|when|unless|in case)\\b[^.\\n]{0,40}quota)[^.\\n]{0,60}?\\b(?:even though|although|though) (?:i|we|my (?:account|org(?:ani[sz]ation)?)|the (?:account|org(?:ani[sz]ation)?)|it)(?:['’]ve| (?:still|clearly|definitely|do|does|already))* (?:ha(?:ve|s|d)|having|got|shows?)\\b(?: (?:still|plenty of|enough|sufficient|some|an?|unused|remaining|positive|more than))* ?(?:\\$\\s?\\d|\\d+(?:\\.\\d+)?\\s?(?:\\$|usd|dollars)\\b|(?:credits?|credit balance|balance|funds)\\b)(?<!(?:resource_exhausted|per (?:minute|day|second|hour)|\\b(?:rpm|tpm|rpd)\\b|rate[ -]?limit)[^\\n]{0,160})(?![^\\n]{0,80}?(?:resource_exhausted|per (?:minute|day|second|hour)|\\b(?:rpm|tpm|rpd)\\b|rate[ -]?limit))",
      ],
    },
    title: { zh: '额度用完，却报成 429', en: 'Quota used up, reported as 429' },
    meaning: {
      zh: 'OpenAI 格式把“没钱了”也报成 429，看起来像限流，其实等多久都不会好。',
      en: 'The OpenAI format reports “no money left” as 429 too: it looks like a rate limit, but waiting does not help.',
    },
    steps: [
      { zh: '在控制台查看余额并充值。', en: 'Check the balance in the console and top up.' },
      {
        zh: '充值后等 {{gw.balanceSyncMinutes.typical}} 分钟左右再试。',
        en: 'Wait about {{gw.balanceSyncMinutes.typical}} minutes after topping up, then retry.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/balance#balance-error-forms',
    examples: [
      {
        text: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
        source: 'openai/openai-python issues (RateLimitError insufficient_quota)',
      },
    ],
  },
  {
    id: 'payment-required',
    cause: 'insufficient_balance',
    layer: 'account',
    statuses: [402],
    defaultFor: [402],
    dialects: ['openrouter', 'zenmux'],
    match: {
      codes: [
        'insufficient_credits',
        'payment_required',
        // round 34 (en-vendors): Vercel AI Gateway's billing types (vercel/ai-gateway lib/gateway/check-billing.ts, find_string
        // id 62460315651)
        'insufficient_funds',
        'customer_verification_required',
        // round 41 (media): video APIs' words for a balance too low for the job: LTX's 402 type (docs.ltx.video/errors
        // insufficient_funds_error `Insufficient funds. Required: 120 credits`) and Luma's async failure_code when the credits ran
        // out mid-generation (docs.agents.lumalabs.ai/guides/error-handling budget_exhausted `Credits ran out mid-generation`)
        'insufficient_funds_error',
        'budget_exhausted',
        // round 41 (media): MiniMax's v2 video API (MiniMax-H3), a 402 `insufficient balance (1008)` under this type
        // (platform.minimaxi.com/docs/api-reference/video-generation-v2-regeneration)
        'insufficient_balance_error',
        // round 44 (media): HeyGen's failure code for a render the API credits cannot pay for (`MOVIO_PAYMENT_INSUFFICIENT_CREDIT:
        // Insufficient credit. This operation requires 'api' credits.`, the failure_code/failure_message, or the error.code, of a
        // video whose status is failed; find_string MOVIO_PAYMENT_INSUFFICIENT_CREDIT, ids 57979074800, 59340671027): the submit is
        // accepted and the status poll fails it, so its `"status": "failed"` alone read as a failed task
        'movio_payment_insufficient_credit',
        // round 44 (media): sync.'s lip-sync API when the plan or the bill stops a generation (docs.sync.so/api-reference/error-handling and the `GET /v2/errors` catalogue it points to, as a client transcribes its 62 codes (find_string id 60046722991):
        // free_tier_generations_exhausted, account_payment_required; its 402 `The account cannot start another generation because
        // of billing or plan state`)
        'free_tier_generations_exhausted',
        'account_payment_required',
      ],
      patterns: [
        // round 43 (gateways): LLM Gateway's 402s for a feature of its paid plan (theopenco/llmgateway apps/gateway/src/chat/
        // model-routing.ts `API Keys mode requires a Pro plan. Please upgrade to Pro or switch to Credits mode.`;
        // request-validation.ts `Custom headers (X-LLMGateway-*) require a Pro plan. Please upgrade to Pro or remove these headers.`)
        '\\brequires? a pro plan\\. please upgrade to pro\\b',
        // round 43 (platforms): Together AI's 402 once the account's credit limit is reached (docs.together.ai/docs/error-codes
        // row 402 `Payment Required`; the body `Credit limit exceeded. Please navigate to https://api.together.xyz/settings/billing
        // to add credit or upgrade your plan.` as a provider test replays it, find_string id 70481886491)
        'credit limit exceeded\\. please navigate to',
        // round 34 (en-vendors): Gemini's depleted Prepay balance (ai.google.dev/gemini-api/docs/generate-content/api-errors row
        // `402 RESOURCE_EXHAUSTED`; the body `Your prepayment credits are depleted. Please go to AI Studio at
        // https://ai.studio/projects to manage your project and billing.`, discuss.ai.google.dev/t/183654 `API update: Depleted
        // prepay credits now return HTTP 402 instead of 429`): money, which RESOURCE_EXHAUSTED alone read as a rate limit
        'prepayment credits are depleted',
        'prepay(?:ment)? credit balance is depleted',
        // round 34 (en-vendors): Vercel AI Gateway's billing answers (vercel/ai-gateway lib/gateway/check-billing.ts as an
        // agent's quota classifier quotes it, find_string id 62460315651; a test's replay of the body, id 61409180806): 402
        // `Insufficient funds. Please add credits to your account to continue using AI services.` (type insufficient_funds)
        // and 403 `AI Gateway requires a valid credit card on file to service requests.` (customer_verification_required)
        'insufficient funds\\. please add credits',
        'ai gateway requires a valid credit card on file',
        // round 27 (en-vendors): Hugging Face's other wording of the same 402 (`You have depleted your monthly included credits`,
        // find_string id 70830145125)
        'depleted your monthly included credits',
        // round 27 (en-vendors): 402s of hosted model platforms when the prepaid credit is gone: Replicate's
        // `{"title":"Insufficient credit","detail":"You have insufficient credit to run this model. Go to
        // https://replicate.com/account/billing#billing to purchase credit."}` (find_string ids 1714337055, 56293694775) and Hugging
        // Face Inference Providers' `You have exceeded your monthly included credits for Inference Providers. Subscribe to PRO…`
        // (find_string ids 28708748233, 67158067004)
        'insufficient credit to run this model',
        // (without `exceeded`, which the context window's entries need to stay telling in the similarity reading)
        'monthly included credits for inference providers',
        'insufficient credits',
        'requires more credits',
        'can only afford',
        'add more credits',
        'payment required',
        'negative credit balance',
        // round 11 (English): `Your OpenAI account has run out of credits`, `Your workspace is out of credits` (Codex),
        // `Not enough credits to start this render`
        // round 27 (apps): and of funds (Roo Code webview-ui/src/i18n/locales/en/chat.json apiRequest.errorMessage.402
        // `You seem to have run out of funds/credits in your account`)
        '\\b(?:run|ran|is|are) out of (?:credits|funds)\\b',
        // round 45 (agents): the same notice in Roo Code's zh-TW locale (RooCodeInc/Roo-Code@cb83656
        // webview-ui/src/i18n/locales/zh-TW/chat.json apiRequest.errorMessage.402 `您的帳戶資金／額度似乎已用盡`)
        '资金[／/]额度似乎已用尽',
        // round 44 (desc-en): the same said with credits as the subject, `… credits have run out`, as apps word a 402 and
        // people repeat it (find_string `credits have run out`: `else if (res.status === 402) msg = "AI credits have run out
        // for this workspace. Please add credits to continue."`, id 70312168405; `if (res.status === 402) throw new Error("AI
        // credits have run out for this workspace.")`, id 70578724870; `if (res.status === 402) throw new Error("AI credits
        // have run out. Add credits to keep reading documents.")`, id 69428699065; a chat proxy's 402 `Your OpenAI API
        // credits have run out. Please check your OpenAI account.`, id 21276362575). `have/had` required, so a rule (`when
        // credits run out`) is not read; not a conditional (`a 402 … if credits have run out`, id 5052127195) nor SMS or
        // text credits (`SMS credits have run out`, id 59715745120). The words after `credits` are looked at first
        '\\bcredits(?= ha(?:ve|d) (?:all |now |already )?run out\\b)(?<!\\b(?:if|when|once|until|whether|unless)\\b[^.\\n]{0,40}credits)(?<!\\b(?:sms|text|message|email) credits) ha(?:ve|d) (?:all |now |already )?run out\\b',
        'not enough credits',
        // round 27 (apps): SillyTavern's word for a 402 with no body (src/endpoints/backends/chat-completions.js
        // handleErrorResponse statusMessages, shown under its `API returned an error` toast)
        'credit limit reached',
        // OpenAI's `credit_balance_exhausted` (`You have no credits remaining. Add credits to continue …`), an app's
        // `AI service credits have been exhausted.` on a 402
        'no credits remaining',
        '\\b(?:your|ai|api|service|account)(?: \\w+)? credits have been exhausted',
        'payment required - perhaps check your payment details',
        // round 39 (agents-src): anomalyco/opencode (sst/opencode) packages/opencode/src/session/retry.ts retryable, when its
        // own Zen gateway answers FreeUsageLimitError (`Free usage exceeded, add credits https://opencode.ai/zen`)
        'free usage exceeded, add credits',
      ],
    },
    title: { zh: '余额不足（402）', en: 'Out of credits (402)' },
    meaning: {
      zh: '账户余额不够这次请求可能花费的最大金额，max_tokens 设得很大时也会出现。',
      en: 'The credits do not cover the most this request could cost; a very large max_tokens can trigger it too.',
    },
    steps: [
      { zh: '在控制台充值，或把 max_tokens 调小后再试。', en: 'Top up in the console, or lower max_tokens and retry.' },
      {
        zh: '充值后等 {{gw.balanceSyncMinutes.typical}} 分钟左右再试。',
        en: 'Wait about {{gw.balanceSyncMinutes.typical}} minutes after topping up.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/balance#balance-error-forms',
    examples: [
      {
        text: '{"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 16384 tokens, but can only afford 2233. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account","code":402,"metadata":{"provider_name":null}}}',
        source: 'OpenRouter 402 (openrouter.ai/docs/api-reference/errors; OpenRouterTeam issues)',
      },
      {
        text: '{"error":{"code":"402","type":"insufficient_credits","message":"Insufficient credits"}}',
        source: 'ZenMux-style error envelope (gateway-facts.md: code as a string holding a number)',
      },
    ],
  },
  {
    id: 'vendor-account-overdue',
    cause: 'insufficient_balance',
    layer: 'account',
    statuses: [400, 401, 402, 403, 429],
    // round 43 (platforms): Fireworks AI's 412 for an account suspended for billing (docs.fireworks.ai/guides/inference-error-codes
    // row 412 Precondition Failed `Account is suspended or there's an issue with account status`), only with its words
    statusesWithWording: [412],
    defaultFor: [],
    dialects: ['openai', 'one-api', 'new-api'],
    match: {
      codes: [
        // round 43 (platforms): Tencent CloudBase AI's code when a model's free or gifted token quota is used up (docs.cloudbase.net/
        // faq/knowledge/ai-429-error-and-token-quota: `{"code": "EXCEED_TOKEN_QUOTA_LIMIT", "message": "Token usage exceeded quota
        // limit."}`, 原因一 Token 额度用完; a bare 429 there is its concurrency limit, read as a rate limit)
        'exceed_token_quota_limit',
        // Huawei Cloud MaaS 401 ModelArts.81005 `The free quota has been used up.` (免费额度已用完;
        // support.huaweicloud.com/intl/en-us/usermanual-maas-modelarts/maas-modelarts-0080.html)
        'modelarts.81005',
        'arrearage',
        'accountoverdueerror',
        'exceeded_current_quota_error',
        'resourceinsufficient.chargeresourceexhaust',
        'operationdenied.resourcepackexhausted',
        'prepaidbilloverdue',
        'allocationquota.freetieronly',
        'postpaidbilloverdue',
        'failedoperation.servicestop',
        // Tencent Cloud Hunyuan (tencentcloud-sdk hunyuan errors): 欠费停服 and the common arrears codes
        'failedoperation.servicestoparrears',
        'resourceunavailable.inarrears',
        // round 34 (cn-vendors-2): Hunyuan's ResourceUnavailable.StopUsing (账号已停服) and ResourceUnavailable.LowBalance (余额不足)
        // (TencentCloud/tencentcloud-sdk-python tencentcloud/hunyuan/v20230901/errorcodes.py)
        'resourceunavailable.stopusing',
        'resourceunavailable.lowbalance',
        // round 42 (cnsdk): LKEAP's (Tencent's DeepSeek API) ResourceUnavailable.ResourcePackageRunOut (账号资源包耗尽) and
        // ResourcesSoldOut.ChargeStatusException (计费状态异常) (TencentCloud/tencentcloud-sdk-python tencentcloud/lkeap/v20240522/
        // errorcodes.py): the pack is spent or billing is stopped, which paying or topping up the account lifts
        'resourceunavailable.resourcepackagerunout',
        'resourcessoldout.chargestatusexception',
        // RunningHub 812: the enterprise (shared) API key's wallet is empty
        'corpapikey_insufficient_funds',
        // round 18 (zh-a): OpenCode Zen and Go (the opencode console's zen handler, find_string ids 854111806, 70413781015)
        // answer `{"type":"error","error":{"type":"CreditsError",…}}` with a 401 when the workspace has no balance or no
        // payment method; relays that bind an OpenCode key as a channel pass it on
        'creditserror',
        // round 39 (media-b): Vidu's CreditInsufficient `insufficient credits` (platform.vidu.com/docs/error-code), as a submit's
        // Kratos `reason`, a task's err_code, or the error.code of new-api's task relay (relay/channel/task/vidu/adaptor.go copies
        // err_code into code and message): the Vidu account behind the channel is out of credits
        'creditinsufficient',
      ],
      patterns: [
        // round 44 (media): a Midjourney relay's failReason when Midjourney answered the job with its `Credits exhausted` embed
        // (zenghr0820/midjourney-proxy, a trueai-org fork, src/Midjourney.Infrastructure/Wss/Handle/EmbedDataHandler.cs
        // HandleCreditsExhausted: `task.Fail("账号用量已经用完")`, then the Discord account is switched to relax mode or disabled
        // with the same reason): the relay's Midjourney account has no fast hours left, its account at the vendor, not the task
        '账号用量已经用完',
        // and as the failReason of the FAILURE task it is, so it outweighs the failed status beside it
        '"failreason"\\s*:\\s*"账号用量已经用完',
        // round 43 (platforms): and its message without the code
        'token usage exceeded quota limit',
        // round 43 (platforms): Fireworks AI's 412 body (`Account <name> is suspended, possibly due to reaching the monthly
        // spending limit or failure to pay past invoices. Please go to https://fireworks.ai/account/billing for more
        // information.`, as clients record it, find_string ids 52575041629, 55735367464, 57915960908): billing, not a ban
        'is suspended, possibly due to reaching the monthly spending limit',
        // Alibaba Bailian's application API 100011 (无可用额度; help.aliyun.com/document_detail/2593384.html)
        '无可用额度',
        '账户已欠费',
        '欠费停服',
        // Kling (可灵) API 1101 and 1102, in both the English and the Chinese docs' words
        'account in arrears',
        'resource pack depleted or expired',
        '资源包已用完',
        // LobeHub's current zh-CN error locale (SubscriptionPlanLimit)
        '积分已用尽',
        // LLM-Red-Team's *-free-api family (jimeng, kimi, glm, qwen…) exceptions: API_IMAGE_GENERATION_INSUFFICIENT_POINTS (-2009)
        '积分(?:可能)?不足',
        // Cherry Studio zh-cn.json error.chat.quota_exceeded and error.chat.insufficient_balance
        '(?:免费)?配额已用尽',
        '请前往\\s?\\S{1,30}\\s?充值',
        // API2D points, as gpt_academic words it (Not enough point. API2D账户点数不足)
        'not enough point',
        '点数不足',
        // QChatGPT (now LangBot) pkg/openai/manager.py: its [bot]err replies and admin notices for exceeded your current quota
        '调用额度超(?:额|限)',
        '(?:帐|账)号已欠费',
        '(?:账户|账号)欠费',
        'overdue balance',
        'account is in good standing',
        'suspended due to insufficient balance',
        'free allocated quota exceeded',
        // Zhipu 1309 (套餐已到期) and 1314 (企业套餐已失效)
        '套餐已(?:到期|失效)',
        'usage limit for this billing cycle',
        'subscription has expired',
        'token plan quota has been exhausted',
        '余额已用完',
        '计费资源已耗尽',
        '资源包(?:余量)?(?:已)?(?:用尽|耗尽)',
        'bill is overdue',
        '欠费状态',
        'free trial quota .{0,30}exhausted',
        '"code"\\s*:\\s*"1113"',
        // Zhipu / Z.ai 1113 as the error-code pages word it today; gateways pass it on with a 429
        '余额不足或无可用资源包',
        'insufficient balance or no resource package',
        // Model Studio's AllocationQuota.FreeTierOnly: free quota used up while "use free tier only" is on
        'free tier of the model has been exhausted',
        'your account is in arrears',
        'glm coding plan package has expired',
        // round 18 (zh-a): OpenCode Zen's CreditsError messages (the console's `Insufficient balance. Manage your billing
        // here: https://opencode.ai/workspace/<id>/billing` and `No payment method. Add a payment method here: …`, as
        // its clients' tests and classifiers replay them, find_string ids 12527804007, 61109897967, 70283649084)
        'insufficient balance\\. manage your billing here',
        'no payment method\\. add a payment method here',
        // round 36 (apps-a): Cherry Studio's balance and free-quota notices in English (CherryHQ/cherry-studio
        // src/renderer/src/i18n/locales/en-us.json error.chat.insufficient_balance `Please go to the
        // <provider>{{provider}}</provider> to recharge.`, error.chat.quota_exceeded `Your daily {{quota}} free quota
        // has been exhausted. Please go to the …`), the English of the zh-CN ones read above; the provider's name in
        // place of the tags
        '\\bplease go to the (?:<provider>)?\\S[^.\\n]{0,40}?(?:</provider>)? to recharge\\b',
        '\\bfree quota has been exhausted\\. please go to the\\b',
        // round 36 (gaps-zh): Coze's credits running out, the user's free allowance or the bot developer's
        // (deanxv/coze-discord-proxy common/constants.go CozeUserDailyLimitErrorMessages `Hi there! You've used up your
        // free chat credits. …`, `… You've used up your credits for today. …`, CozeCreatorDailyLimitErrorMessages
        // `… due to the developer's message credits being exhausted, the bot is temporarily unavailable.`)
        "you've used up your (?:free chat )?credits(?: for today)?\\. to continue enjoying our service",
        "developer's message credits being exhausted",
      ],
    },
    title: {
      zh: '模型厂商的账户欠费或套餐到期',
      en: 'The model vendor’s account is overdue or its plan has run out',
    },
    meaning: {
      zh: '这段报错是模型厂商（智谱、阿里云百炼、火山方舟、Kimi 等）自己的话，经网关原样转发：厂商那边的账户欠费了，或者免费额度、编程套餐已用完。直接用厂商的密钥时，说的是你在厂商的账户；通过网关调用时，说的是网关在厂商那里的账户。',
      en: 'These are the model vendor’s own words (Zhipu, Alibaba Model Studio, Volcengine Ark, Kimi and others), passed on unchanged: the account at the vendor is overdue, or its free quota or coding plan is used up. With the vendor’s own key it is your account there; through the gateway it is the gateway’s account at that vendor.',
    },
    steps: [
      {
        zh: '直接用厂商密钥：到厂商控制台充值或续订套餐，几分钟后再试。',
        en: 'Using the vendor’s own key: top up or renew the plan in the vendor’s console, then retry after a few minutes.',
      },
      {
        zh: '通过 {{gw.apiHost}} 调用：先在控制台确认自己的余额；余额充足仍出现，就是上游账户的问题，把报错和 request id 发给客服（{{gw.support.email}}），或暂时换一个模型。',
        en: 'Calling through {{gw.apiHost}}: check your own balance in the console first; if it is fine, the upstream account is at fault: send the error and the request id to support ({{gw.support.email}}), or switch to another model meanwhile.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/balance#balance-error-forms',
    examples: [
      {
        text: "{'code': 'Arrearage', 'param': None, 'message': 'Access denied, please make sure your account is in good standing.', 'type': 'Arrearage'}",
        source: 'https://help.aliyun.com/en/model-studio/error-code',
      },
      {
        text: '429 {"error":{"code":"1113","message":"您的账户已欠费，请充值后重试。"}}',
        source: 'https://docs.bigmodel.cn/cn/api/api-code',
      },
      {
        text: '{"error":{"code":"AccountOverdueError","message":"The request failed because your account has an overdue balance. Request ID: 021728","type":"Forbidden"}}',
        source: 'https://www.volcengine.com/docs/82379/1299023',
      },
    ],
  },
  {
    id: 'anthropic-credit-too-low',
    cause: 'insufficient_balance',
    layer: 'account',
    statuses: [400],
    defaultFor: [],
    dialects: ['anthropic'],
    match: {
      codes: [],
      patterns: [
        // Claude Code renders the billing error as `Credit balance too low · Add funds` (cli.js b71)
        'credit balance (?:is )?too low',
      ],
    },
    title: { zh: '余额不足，却报成 400', en: 'Out of credit, reported as 400' },
    meaning: {
      zh: 'Anthropic 格式把余额不足报成 400 invalid_request_error，容易误当成参数错误。',
      en: 'The Anthropic format reports low credit as 400 invalid_request_error, easy to mistake for a bad parameter.',
    },
    steps: [
      { zh: '在控制台查看余额并充值。', en: 'Check the balance in the console and top up.' },
      {
        zh: '充值后等 {{gw.balanceSyncMinutes.typical}} 分钟左右再试。',
        en: 'Wait about {{gw.balanceSyncMinutes.typical}} minutes after topping up.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/balance#balance-error-forms',
    examples: [
      {
        text: '{"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."}}',
        source: 'anthropics/anthropic-sdk-python issues (BadRequestError credit balance)',
      },
    ],
  },
  {
    id: 'budget-exceeded',
    cause: 'insufficient_balance',
    layer: 'account',
    // 401 (round 18, zh-a): OpenCode Zen sends its workspace's and its members' monthly spending limits
    // (MonthlyLimitError, UserLimitError) with a 401, as it does its CreditsError (the console's zen handler)
    statuses: [400, 429, 401],
    defaultFor: [],
    dialects: ['litellm'],
    match: {
      codes: [
        // round 34 (en-vendors): Vercel AI Gateway's 429 for a spend quota set on a key or project (type
        // quota_for_entity_exceeded, `Quota limit exceeded for "<id>". Current spend: $X, limit: $Y.`; vercel/ai-gateway
        // check-quota-entity.ts as quoted in find_string id 62460315651)
        'quota_for_entity_exceeded',
        // Volcengine Ark 429 SetLimitExceeded: the account's own inference cap under "Safe Experience Mode" paused the model
        // until the cap is raised or the mode closed (volcengine.com/docs/82379/1299023), a spending limit rather than a rate
        'setlimitexceeded',
        'budget_exceeded',
        // round 34 (lead): LiteLLM's exception class for it, as apps print it alone (BerriAI/litellm litellm/exceptions.py
        // `class BudgetExceededError`, whose message is the `Budget has been exceeded!` read below)
        'budgetexceedederror',
        // round 18 (zh-a): OpenCode Zen's error types for a monthly spending limit (find_string ids 854111806, 70413781015)
        'monthlylimiterror',
        'userlimiterror',
      ],
      patterns: [
        // round 27 (en-vendors): a spending limit the account set or reached, in the vendor's words: Anthropic's 400 `You have
        // reached your specified API usage limits. You will regain access on <date>` (and its workspace form; find_string ids
        // 70691240895, 67237080090) and xAI's 403/429 `Your team <id> has either used all available credits or reached its
        // monthly spending limit` (find_string ids 60119036296, 71461022101)
        'reached your specified (?:workspace )?api usage limits',
        'used all available credits or reached its monthly spending limit',
        'budget has been exceeded',
        'exceededbudget',
        'over budget',
        'max budget',
        // claude-code-hub's proxy messages (messages/en and messages/zh-CN errors.json, RATE_LIMIT_TOTAL_EXCEEDED: the key's total spend)
        'total spending limit exceeded',
        '总消费上限已达到',
        'crossed budget',
        'exceeded budget for (?:deployment|model|key|user|team|end user)',
        // round 18 (zh-a): OpenCode Zen's MonthlyLimitError (`Your workspace has reached its monthly spending limit of $N.
        // Manage your limits here: …`) and UserLimitError (`You have reached your monthly spending limit of $N. …`), the
        // console's zen handler and a port of it (find_string ids 854111806, 12527804007)
        'reached (?:its|your) monthly spending limit of \\$',
        // round 39 (agents-src): openai/codex codex-rs/protocol/src/error.rs UsageLimitReachedError for a workspace's spend
        // cap (WorkspaceOwnerUsageLimitReached `You hit your spend cap set in your workspace. Increase your spend cap to
        // continue.`, WorkspaceMemberUsageLimitReached `You hit your spend cap set by the owner of your workspace. …`)
        'you hit your spend cap set (?:in|by the owner of) your workspace',
        // round 43 (apps): n3d1117/chatgpt-telegram-bot's reply when a user's spend passes the budget its admin set
        // (USER_BUDGETS / BUDGET_PERIOD; bot/telegram_bot.py budget_limit_message, translations.json budget_limit: en `Sorry,
        // you have reached your usage limit.`, de `Sorry, du hast dein Benutzungslimit erreicht`, es `Lo siento, has alcanzado
        // tu límite de uso.`, it `Spiacente, hai raggiunto il limite di utilizzo`, pt-br `Desculpe, você atingiu seu limite de
        // uso.`, ru `Извини, ты достиг предела использования`, uk `Вибачте, ви вичерпали ліміт використання.`, zh-cn
        // `对不起，您已经达到了使用限制。`, zh-tw `抱歉，已達到用量上限。`): the bot's own spending budget, not a rate; each after the
        // bot's apology, the whole line
        '\\bsorry, you have reached your usage limit\\.?$',
        '\\bsorry, du hast dein benutzungslimit erreicht\\.?$',
        '\\blo siento, has alcanzado tu límite de uso\\.?$',
        '\\bspiacente, hai raggiunto il limite di utilizzo\\.?$',
        '\\bdesculpe, você atingiu seu limite de uso\\.?$',
        'извини, ты достиг предела использования\\.?$',
        'вибачте, ви вичерпали ліміт використання\\.?$',
        // (round 43 review: the whole line, as the comment says and the English do, not another app's `抱歉，已达到用量上限，请明天再试`)
        '对不起[，,]\\s?您已经达到了使用限制[。.]?$',
        '抱歉[，,]\\s?已达到用量上限[。.]?$',
      ],
    },
    title: { zh: '预算上限已用完', en: 'Budget limit reached' },
    meaning: {
      zh: '密钥或账户设置了消费预算，已经花完；和余额是两回事。',
      en: 'The key or account has a spending budget and it is spent; this is separate from the balance.',
    },
    steps: [
      {
        zh: '在控制台调高预算，或等预算周期重置。',
        en: 'Raise the budget in the console or wait for the budget period to reset.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/balance#balance-error-forms',
    examples: [
      {
        text: 'litellm.BudgetExceededError: Budget has been exceeded! Current cost: 10.02, Max budget: 10.0',
        source: 'BerriAI/litellm proxy budgets (docs.litellm.ai/docs/proxy/users)',
      },
      {
        text: '{"error":{"message":"ExceededTokenBudget: Current spend for token: 5.12; Max Budget for Token: 5.0","type":"budget_exceeded","param":null,"code":"400"}}',
        source: 'BerriAI/litellm proxy/auth (docs.litellm.ai/docs/proxy/virtual_keys)',
      },
    ],
  },
]
