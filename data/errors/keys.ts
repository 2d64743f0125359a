import type { ErrorEntry } from '../errors.schema.ts'
import { vendorKeyWording } from './vendor-key-verdicts.ts'
import { qianfanCode } from './qianfan-codes.ts'
import { chatLunaErrorCode } from './chatluna-template.ts'

/**
 * What else a refused key's message shows: a key pasted with a space, a newline, quotes, a `Bearer ` prefix or a
 * full-width character is refused as unknown (gateway-facts, "What users get wrong"), and a vendor's own refusal of a
 * relay's key means the request went to the vendor, not to the relay (vendor-key-verdicts.ts: chatanywhere/
 * GPT_API_free#302).
 */
const keyRefusalShared: ErrorEntry['sharedWith'] = [
  { id: 'key-malformed' },
  { id: 'key-sent-to-vendor', when: vendorKeyWording },
]

/** The key itself: wrong, malformed, expired, disabled, or not allowed to do what was asked. */
export const keyEntries: ErrorEntry[] = [
  {
    id: 'invalid-api-key',
    cause: 'invalid_key',
    layer: 'key',
    statuses: [401, 403],
    // round 37 (wrong-en): 400 with its own words: APIs that refuse an unknown key as a bad request, with wording this entry
    // reads (NCBI E-utilities answers every call with a bad key `HTTP 400 {"error":"API key status invalid"}`, read below;
    // find_string ids 61237168549, 60009060899, 60049925783); Gemini's 400 API_KEY_INVALID has an entry of its own
    // (gemini-api-key-invalid). A bare 400 is a bad request, not this.
    statusesWithWording: [400],
    defaultFor: [401],
    dialects: ['openai', 'one-api', 'new-api', 'openrouter', 'zenmux', 'litellm'],
    match: {
      codes: [
        // round 43 (platforms): the reason Novita AI, PPIO 派欧云 and Jiekou AI (one platform's three storefronts) give a key
        // that failed authentication (docs.jiekou.ai/docs/models/reference-error-code.md: FAILED_TO_AUTH 401 认证失败), in their
        // flat body `{"code":401,"reason":"FAILED_TO_AUTH",…}`
        'failed_to_auth',
        // Huawei Cloud MaaS 401 ModelArts.81003 `Invalid authorization header.`: the API key did not parse (the code, not the
        // words, which also mean a malformed header elsewhere; support.huaweicloud.com/intl/en-us/usermanual-maas-modelarts/maas-modelarts-0080.html)
        'modelarts.81003',
        // round 27 (en-vendors): Amazon Bedrock's runtime errors (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html,
        // docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html): SigV4 credentials AWS
        // does not accept (the access key id unknown, the signature malformed)
        'invalidclienttokenid',
        'incompletesignature',
        'invalid_api_key',
        'invalid_token',
        'token_invalid',
        'invalid_authentication_error',
        // round 42 (cnsdk): Qianfan v2's 401 for a key or token it does not accept (`invalid_iam_token`: a Qianfan v2 caller's
        // measured `HTTP 401 invalid_iam_token` for a legacy access token, find_string id 68828658278; an expired `bce-v3/` key, id
        // 56147340482; a Baidu client's table reading it as the key with `IAM Certification`, id 70250217278)
        'invalid_iam_token',
        'authenticationerror',
        'authfailure.signaturefailure',
        'authfailure.secretidnotfound',
        // (AuthFailure.InvalidSecretId, a SecretId that is no cloud API key at all, is read as a malformed key: round 37)
        'authfailure.invalidauthorization',
        // TencentCloud API 3.0 AuthFailure.TokenFailure (token错误: the temporary credential's token is wrong or expired;
        // TencentCloud/tencentcloud-sdk-python tencentcloud/*/errorcodes.py)
        'authfailure.tokenfailure',
        // round 42 (cnsdk): Volcengine's OpenAPI gateway 100009 InvalidAccessKey (`The accesskey [%s] included in the request is
        // invalid.`, 请求的 Access Key 不合法) (volcengine.com/docs/6720/108305, 6664/116016 and 6448/76370 公共错误码, the OpenAPI gateway's common codes every
        // Volcengine API but Ark's inference answers with, Jimeng's visual API among them)
        'invalidaccesskey',
        'incorrect_api_key_error',
        'invalidproviderapikey',
        'invokeauthorizationerror',
        'unrecognizedclientexception',
        'token_not_found_in_db',
        // RunningHub's API codes for a key it does not know (806) or does not accept (802, 811), which media
        // workflow apps print after their own `Media generation failed` (find_string APIKEY_USER_NOT_FOUND)
        'apikey_user_not_found',
        'apikey_unauthorized',
        'corpapikey_invalid',
        // round 36 (apps-b): LibreChat's error type for a stored user key it cannot read (danny-avila/LibreChat
        // packages/data-provider/src/config.ts ErrorTypes.INVALID_USER_KEY, `{"type":"invalid_user_key"}`, shown as
        // com_error_invalid_user_key `Invalid key provided`, read below)
        'invalid_user_key',
        // round 39 (gateways-b): Bifrost's governance plugin (maximhq/bifrost plugins/governance/resolver.go), see patterns
        'virtual_key_not_found',
      ],
      patterns: [
        // round 44 (media): webman-php/midjourney-proxy when the `mj-api-secret` header is not the secret it was set up with
        // (src/Server.php onMessage: `{"code": 403, "msg": "403 Api Secret 错误", …}`, sent with HTTP 200): the proxy's own key,
        // which the 403 alone read as a quota refusal
        '\\b403 api secret 错误',
        // round 43 (platforms): UCloud Modelverse's 401 auth_error `Validate Certification failed` (token 无效; UCloudDoc-Team/modelverse
        // api_doc/common/error-code.md)
        'validate certification failed',
        // round 41 (agents): the same failure as a non-interactive run prints it on stderr (code.claude.com/docs/en/
        // llm-gateway-connect, Troubleshooting: `apiKeyHelper failed:` — the command gave no usable key, so the request
        // carries a placeholder the gateway refuses)
        '\\bapikeyhelper failed:',
        // round 41 (agents): iFlow CLI's apiKeyError (The-Sunder-islands/iflow-cli-ce@be76597 modules/app/api/
        // aNr_iflow-api.js, the @iflow-ai/iflow-cli 0.5.19 bundle's openaiContentGenerator.errors `apiKey Error, please check
        // your apiKey correct or use /auth to re-login`; the zh-CN `API 密钥错误，…` is read by `密钥错误` already)
        '\\bapikey error, please check your apikey\\b',
        // round 41 (gateway): Langfuse's AI gateway on a key that is missing from its records, expired or disabled
        // (langfuse.com/faq/all/ai-gateway-error-codes, `401 Invalid gateway credential`)
        '\\binvalid gateway credential\\b',
        // round 41 (gateway): sub2api on a key whose user is gone (Wei-Shaw/sub2api backend/internal/server/middleware/
        // api_key_auth.go, a 401 USER_NOT_FOUND `User associated with API key not found`): the key no longer stands for anyone
        '\\buser associated with api key not found\\b',
        // round 42 (relays): LiteLLM's proxy on a key whose user or team was deleted from its database (BerriAI/litellm
        // litellm/proxy/auth/auth_checks.py get_user_object `User doesn't exist in db. 'user_id'=<id>. Create user via
        // `/user/new` call.`, get_team_object a 404 `Team doesn't exist in db. Team=<id>. Create team via `/team/new` call.`,
        // get_org_object likewise), raised while the key is authenticated: the key points at an owner the proxy no longer has
        "\\b(?:user|team|organization) doesn['’]t exist in db\\. (?:'user_id'|team|organization)=",
        // round 36 (gaps-en): 1min-relay's 1020 `Incorrect API key provided: …` and 1021 `Invalid Authentication` (kokofixcomputers/
        // 1min-relay main.py ERROR_HANDLER, both 401), which its log shows only by the code
        "error has occurred while processing the user['’]s request\\. error code: 102[01]\\b",
        // round 34 (vendor-zh): the 401 row `Invalid Authentication` as OpenAI's error-codes guide in Chinese
        // (openai-doc.aihub2022.top/docs/guides/error-codes/ = developer.aliyun.com/article/1512598,
        // chatgpt.cadn.net.cn/docs/guides_error-codes, openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma,
        // gpt.huanp.com/chatgpt/7706.html, the newer page's translations find_string ids 59696096384, 59992588880,
        // 25643759872): `无效身份验证`, `无效的身份验证`, `身份验证无效`, `无效认证`, `认证无效` (not a verification code's or a real-name
        // check's)
        '无效的?\\s?身份(?:验证|认证)|身份(?:验证|认证)(?:凭据)?无效',
        '无效的?认证(?!码)|(?<!实名)认证无效',
        // round 34 (vendor-zh): Anthropic's 401 authentication_error in its Chinese docs
        // (docs.anthropic.com/zh-CN/api/errors, find_string id 21614530803: `您的 API 密钥存在问题`)
        '(?:您|你)的\\s?api\\s?密钥存在问题',
        // round 27 (en-vendors): Cohere's error reference (docs.cohere.com/reference/errors, its example messages): 401 for a wrong key
        'invalid api token',
        'the request signature does not conform to aws standards',
        // round 27 (apps): agents' words for a 401 from the provider (Roo Code webview-ui/src/i18n/locales/en/chat.json
        // apiRequest.errorMessage.401 `Couldn't authenticate with provider`, zh-CN `无法向提供商进行身份验证`)
        "\\b(?:couldn't|could not|unable to|failed to) authenticate with (?:the )?(?:provider|api|server|upstream)\\b",
        '无法向.{1,12}进行身份验证',
        // round 27 (apps): an app's access code refused in place of a key (LobeChat locales/en-US/error.json
        // InvalidAccessCode `Invalid access code or empty`; NextChat app/api/auth.ts `wrong access code`, and its
        // Error.Unauthorized (app/locales/en.ts, cn.ts) `Using a private setup? Click here to enter your key` /
        // `如果你正在使用私有部署版本，点击这里输入访问秘钥`)
        'invalid access code',
        // round 37 (wrong-zh): ChatGPT's backend (chatgpt.com/backend-api, behind revChatGPT, Codex's OAuth and its usage
        // API) on an access token it cannot read, corrupt or expired: a 401 `{"detail":"Could not parse your authentication
        // token. Please try signing in again."}` (find_string ids 23954530814, 63299941513: failover code that blocks the
        // account on it; 68393174037: a stale Codex credential), whatever `invalid_request_error` type a client adds
        '\\bcould not parse your authentication token\\b',
        // round 27 (apps): the hint apps give with a 401, asking whether the key is right (find_string 请检查 API 密钥, 请检查
        // API Key: `OpenAI API 认证失败，请检查 API 密钥是否正确`, id 33367835250; `API Key 无效（HTTP 401），请检查 Key 是否正确`,
        // id 68638027643); not a request to fill it in (`请检查 API Key 是否填写`), a missing key
        '请检查\\s?(?:你的|您的)?\\s?(?:api\\s?)?(?:key|密钥|秘钥)\\s?是否(?:正确|有效)',
        // and in English (find_string `Please check if your API key is correct`: apps' words after a failed call, ids
        // 15866367543, 60560670033, 39757546142); not a setup step (`check that your API key is set`)
        '\\bcheck (?:if|whether|that) (?:your|the) api key is (?:correct|valid)\\b',
        'wrong access code',
        'using a private setup\\? click here to enter your key',
        '私有部署版本.{0,20}输入访问[秘密]钥',
        // round 34 (faq-desc): NextChat's older Error.Unauthorized, which its FAQ (ChatGPTNextWeb/ChatGPT-Next-Web
        // docs/faq-cn.md, 使用时提示“现在是未授权状态，请在设置页输入访问密码”？) answers: the deployment set an access
        // password (CODE) and none was entered. Only with 访问密码 or 访问码: forks reuse the opening for a login or a
        // membership card (`现在是未授权状态，请先登录。`, `请输入会员卡`), which are not the key
        '现在是未授权状态[，,]\\s?请[^。\\n]{0,16}输入访问(?:密码|码)',
        // Claude Code's revoked-login line (cli.js g71) and Aider's AuthenticationError description (aider/exceptions.py)
        'oauth token (?:has been )?revoked',
        // round 14 (English): AWS SigV4 with a wrong secret key (InvalidSignatureException, `The request signature we
        // calculated does not match the signature you provided. Check your AWS Secret Access Key`); the same exception
        // for a skewed clock (`Signature expired: …`) is not the key, so the code alone is not read
        'request signature we calculated does not match the signature you provided',
        'not able to authenticate you',
        // OpenAI `Incorrect API key provided`, and gpt_academic's wrapper of it (…OpenAI以提供了不正确的API_KEY为由, 拒绝服务)
        'incorrect api key',
        '提供了不正确的api_key',
        '无效的令牌',
        // round 11 (Chinese): the same verdict without 的 or in the other order, as apps word a 401
        // (find_string 无效令牌, 令牌无效, 令牌错误: Rust AuthError `无效令牌: …`, new-api reject labels, `令牌无效或缺失`, `请求令牌无效`)
        '无效令牌',
        '令牌无效',
        '令牌错误',
        // and with the English word (find_string token无效: a 401 `Token无效或已过期`, Go `token无效,请重新登录。`, `token不正确`)
        '\\btoken\\s?(?:无效|不正确)',
        // round 42 (cnsdk): Baidu AI's common codes 100 and 110 (Qianfan v1 shares them) as its table words them in Chinese and
        // clients print them: `无效的access_token参数，请检查后重新尝试`, `access_token无效` (the Baidu AI common error-code table,
        // find_string ids 5525152304, 6503677934, 54684025349): the access token got from the AK/SK is wrong or no longer valid
        '无效的\\s?access_token\\s?参数',
        '\\baccess_token\\s?无效',
        // round 42 (cnsdk): and 110 as Baidu's OCR error table words it (`110 | Access token invalid or no longer valid | Access Token失效`,
        // blog.csdn.net/goldDaNiu/article/details/78963356 copying it); not `token已失效`, which expired-key reads
        '\\baccess[_ ]?token\\s?失效',
        // round 42 (cnsdk): and 100 in the native body (`"error_code":100,"error_msg":"Invalid parameter"`, the same table's English
        // `100 | Invalid parameter | 无效的access_token参数`): by its own words a parameter fault, by Baidu's the access token
        '"error_code"\\s*:\\s*100\\s*,\\s*"error_msg"\\s*:\\s*"invalid parameter"',
        // round 42 (cnsdk): iFlytek Spark's handshake refusals (xfyun.cn/doc/spark/Web.html 鉴权结果, find_string id 82433134: 401
        // `{"message":"HMAC signature cannot be verified"}` 签名参数解析失败, 检查…api_key是否正确; 401 `{"message":"HMAC signature does
        // not match"}` 签名校验失败, 检查api_key,api_secret; and iFlytek MaaS's `HMAC signature cannot be verified: apikey not found`,
        // find_string id 56713268399). Not with a comma after it: `…, a valid date or x-date header is required` is the 403 for a
        // skewed clock (时钟偏移校验失败), and Kong's other variants name a header, not the key
        '\\bhmac signature (?:cannot be verified|does not match)\\b(?!,)',
        // round 42 (cnsdk): iFlytek's 10313 when the APIKey is another app's (`your api_key does not belong to app_id`; an
        // iFlytek TTS guide, find_string id 49047561257: API_KEY 和 APPID 不匹配, 确保 API_KEY、API_SECRET 和 APPID 来自同一个应用)
        '\\byour api_key does not belong to app_id\\b',
        // round 42 (cnsdk): Volcengine Ark's 401 AuthenticationError in its error table's Chinese (volcengine.com/docs/82379/1299023
        // 公共错误码: `请求携带的 API Key 或 AK/SK 校验未通过，请您重新检查设置的鉴权凭证`; the English `The API key or AK/SK in the request is
        // missing or invalid` is read already)
        'api\\s?key\\s?或\\s?ak/sk\\s?校验未通过',
        // round 42 (cnsdk): and Volcengine's InvalidAccessKey by its words (above), which SDKs print without the code
        '\\bthe accesskey \\[[^\\]\\n]{0,100}\\] included in the request is invalid\\b',
        // FastAPI gateways' 401 detail (find_string 无效的API密钥)
        '无效的\\s?(?:api\\s?)?[密秘]钥',
        'invalid token',
        // round 43 (newapi): Laisky's one-api fork, English throughout, on a dashboard access token it does not know (Laisky/one-api
        // middleware/auth.go authHelper, a 401 `No permission to perform this operation, access token is invalid`; one-api's
        // 无权进行此操作，access token 无效)
        '\\bno permission to perform this operation, access token is invalid\\b',
        // round 43 (newapi): and its API key check on a key it does not hold (Laisky/one-api model/token.go ValidateUserToken, a 401
        // `token not found for key: %s`, with gorm's `record not found` after it)
        '\\btoken not found for key: ',
        // Tencent Cloud (Hunyuan) AuthFailure.SignatureFailure as its Chinese message reads
        '请求签名验证失败',
        // one-hub (common/user-token.go, model/token.go): a key it cannot verify or does not know
        '签名(?:验证|解码)失败',
        '令牌不存在',
        // LobeHub's image and video tasks (src/server/routers/async/image.ts categorizeError)
        'invalid provider api key',
        // Cherry Studio's painting page on a 401 from the image provider (zh-cn.json paintings.req_error_token)
        '请检查令牌(?:的)?有效性',
        'please check the validity of the token',
        // not `Invalid API key format` (claude-relay-service): a key of the wrong shape, key-malformed
        'invalid api[ -]?key(?! format)',
        // round 24 (en): apps name the vendor in between (`Invalid Gemini API key`, `Invalid OpenAI API key`: find_string
        // `Invalid Gemini API key`, ids 71561242955, 54663320900, 60326298380, each on a 401 or an INVALID_API_KEY)
        // round 45 (desc-models): and `OpenAI-compatible` for a custom provider, as apps answer its 401 (find_string `Invalid
        // OpenAI-compatible API key`: ids 32034757479, 31302891350 on status 401 as OPENAI_COMPATIBLE_UNAUTHORIZED, 56557707301 and
        // 70204399232 as a 401 authentication_error, 52742062441 on the SDK's AuthenticationError); not a Rust client's header
        // building (`invalid OpenAI-compatible API key header: …`, a key with characters a header cannot hold)
        'invalid (?:gemini|google|openai(?:[ -]compatible)?|azure(?: openai)?|anthropic|claude|deepseek|mistral|groq|openrouter|cohere|xai|grok|moonshot|kimi|zhipu|glm|qwen|dashscope|minimax|siliconflow) api[ -]?key(?! format| header)',
        // LobeHub's current zh-CN error locale (NoOpenAIAPIKey, response.401)
        'api key\\s?为空或不正确',
        // round 45 (desc-models): apps' own words for a 401 on their key check (find_string `API Key 验证失败`: a DeepSeek setup
        // script's 401 `API Key 验证失败 (401 Unauthorized)`, id 54526663895; a Bailian client's embedding_auth_failed and
        // embedding_authentication_failed `API Key 验证失败，请检查后重新输入。`, id 58720582580; a Gemini provider's 401 `API Key
        // 验证失败，请检查密钥是否正确`, id 52582036505; ids 70432327805, 61992863330); not a case or a rule (`API Key 验证失败时…`);
        // the gateway's own `令牌验证失败` stays its key lookup's
        'api[ _-]?key\\s?验证失败(?![的时後后])',
        // NextChat's Error.Unauthorized (app/locales/cn.ts), which it appends to every 401, and LobeChat's
        // InvalidAccessCode: the app's access code or the key was refused
        '检测到无效\\s?api\\s?key',
        // round 39 (apps-zh): ChatLunaLab/chatluna packages/core/src/utils/error.ts ChatLunaErrorCode.API_KEY_UNAVAILABLE (100),
        // printed only as `使用 ChatLuna 时出现错误，错误码为 100。…` (zh-CN.yml error_message; en-US `ChatLuna error occurred. Error
        // code: 100. …`), which its error-code table reads `API KEY 无效 | 检查 API KEY 是否可用` (chatluna.chat/guide/faq/error_code.html)
        chatLunaErrorCode(100),
        // chatgpt-on-wechat / CowAgent bot replies (a 401 from MiniMax, Qiniu and other HTTP bots), which its users paste as the error
        '授权失败，请检查\\s?api\\s?key',
        '(?:访问)?密码(?:不正确或为空|为空或不正确)',
        '未通过身份验证',
        // round 34 (apps-zh): Chatbox's tip under a 401 (chatboxai/chatbox src/renderer/i18n/locales/zh-Hans/translation.json
        // `HTTP 错误：未授权 (401)。您的身份验证凭据无效或已过期。请检查您的 API Key 或登录状态。`), which otherwise only its
        // status reads; the English (`Your authentication credentials are invalid or have expired`) carries `Unauthorized`
        '身份验证凭据无效',
        'api key (?:is )?invalid',
        // round 24 (en): a key refused by its status field (NCBI E-utilities' 400 `{"error":"API key status invalid"}`,
        // find_string ids 61237168549, 60009060899; an auth library's `API key status invalid: …`, id 57000712194)
        'api key status invalid',
        // round 11 (English): the same refusal in other words (`The OpenAI API key you provided is invalid`, `API Key is
        // incorrect.`, `Wrong api key.`, `Bad API Key`, `Your token is invalid, expired, or was revoked`); a token only
        // with its owner named, since a CSRF or password-reset token is invalid in a web form too
        'api key (?:you )?provided is invalid',
        'api key is incorrect',
        // `The Anthropic API key was rejected.`, `Your OpenAI API key was rejected.` (apps rewording a 401)
        'api key was rejected',
        // `API key is not valid.`; not `… is not valid for <platform> client`, a key used where its scope does not reach
        'api key is not valid(?! for)',
        '\\b(?:wrong|bad) api key',
        '\\b(?:your|the|api|bearer) token is invalid',
        'authentication fails?',
        // (not hajimi's 401 for an empty key pool, `Unauthorized: No available API keys`: no-available-channel; round 43
        // (gateways): nor LLM Gateway's 401 for a key past its own usage cap, `Unauthorized: LLMGateway API key reached its usage
        // limit.`, theopenco/llmgateway apps/gateway/src/chat/request-validation.ts: key-quota-exhausted. There the word only
        // names the status before the message, and the matcher ranks the message's entry first: `yieldToLongerWording`)
        'unauthorized',
        '身份验证失败',
        'authentication token\\s*(?:非法|的验证失败)',
        'invalid authentication',
        // round 43 (apps): Aria, the Zotero assistant, when OpenAI answers with code invalid_api_key (lifan0127/ai-research-assistant
        // src/views/features/messages/actions/ErrorAction.tsx, case "invalid_api_key": `Valid OpenAI API key is required to use
        // Aria`, then how to enter it in Preferences): the key was sent and refused, despite `required`
        '\\bvalid openai api key is required to use aria\\b',
        // round 43 (apps): Home Assistant's config-flow error invalid_auth in other languages, the whole line, as the OpenAI
        // integrations show it when the key is refused (jekalmin/extended_openai_conversation custom_components/
        // extended_openai_conversation/translations de, fr, it, nl, pt-BR .json config.error.invalid_auth: `Authentifizierung
        // fehlgeschlagen`, `Authentification invalide`, `Autenticazione non valida`, `Ongeldige authenticatie`, `Autenticação
        // inválida`; its config_flow.py sets it on openai's AuthenticationError)
        '^\\W{0,3}(?:authentifizierung fehlgeschlagen|authentification invalide|autenticazione non valida|ongeldige authenticatie|autenticação inválida)\\.?\\s*$',
        'api key appears to be invalid',
        'invalid api-key provided',
        'access token invalid or no longer valid',
        'iam certification failed',
        'api key or ak/sk in the request is missing or invalid',
        'credentials could not be validated',
        '"status_code"\\s*:\\s*1004\\b',
        'token not match group',
        '(?:您的)?账户不存在',
        'authorization token\\s?(?:非法|无效|错误)',
        '(?:api[ _-]?key|apikey|\\bkey|密钥|秘钥)\\s?(?:无效|错误|不正确|有误|非法|不合法)',
        // LibreChat (com_error_invalid_user_key) and FastGPT's OpenAPI key errors (i18n common.json
        // code_error.error_message.514, code_error.openapi_error.api_key_not_exist), en and zh-CN
        'invalid key provided',
        // round 36 (apps-b): Continue's note under a refused key (continuedev/continue gui/src/util/errorAnalysis.ts
        // `This error usually happens when the API key is actually invalid. Check your API key value or try a new one.`)
        'the api key is actually invalid',
        'api\\s?key\\s?不存在',
        // and MaxKB's (apps/locales django.po `APIKey does not exist`)
        'api\\s?key does not exist',
        // round 36 (apps-a): not MaxKB's wrapper of whatever its credential check raised (1Panel-dev/MaxKB
        // apps/models_provider/impl/*/credential/*.py, apps/locales/zh_CN/LC_MESSAGES/django.po `认证失败，请检查参数是否正确：
        // {error}`), which `wraps` reads below
        '认证失败(?![，,]\\s?请检查参数是否正确)|鉴权失败',
        '未提供有效的身份验证',
        '无效的\\s?api\\s?key',
        'incorrect model credentials provided',
        '"code"\\s*:\\s*"100[024]"',
        'authorization token is invalid',
        'authentication failed with the provided authentication token',
        'your account does not exist',
        'the security token included in the request is invalid',
        // uni-api's key check (uni_api/auth/api_keys.py) and LiteLLM's failed key lookup (proxy/auth/user_api_key_auth.py)
        'invalid or missing api key',
        // round 24 (Chinese): the same verdict the other way round, as apps word a 401 they cannot tell apart (a Gemini
        // caller's `AI API key is missing or invalid`, find_string id 66150408332; a SenseNova client's `SenseNova API error
        // 401 — the API key is missing or invalid；SenseNova API 返回 401：密钥缺失或无效`, id 71577305417)
        'api\\s?key is missing or invalid',
        '密钥缺失或无效',
        'invalid proxy server token passed',
        'unable to find token in cache',
        // OpenRouter's authentication failure in its Responses and Messages skins (errors-and-debugging.mdx)
        '\\binvalid credentials\\b',
        // round 16 (zh-b): jimeng's (即梦) `login error` / `check login error` (ret 1015) for a sessionid that expired or is
        // wrong, which the *-free-api family passes on (checkResult: `[请求jimeng失败]: ${errmsg}`, find_string id
        // 14035709534) and another client as `即梦 API 错误 (ret=${retCode}): ${errMsg}`, with `即梦账号已失效(401)` for its
        // own 401 (id 56885550187); the sessionid is the key these relays take
        '请求jimeng失败\\]:\\s?(?:check )?login error',
        '\\(ret=1015\\):\\s?(?:check )?login error',
        '即梦账号已失效',
        // round 36 (apps-a): LobeChat's 401 tip in English (lobehub/lobehub locales/en-US/error.json response.401
        // `Sorry, the server has rejected your request, possibly due to insufficient permissions or invalid
        // authentication.`; its zh-CN wording is read as the key already), which named the permission as much as the
        // key
        'rejected your request, possibly due to insufficient permissions or invalid authentication',
        // round 36 (gaps-zh): the ERNIE Bot SDK's InvalidTokenError from AI Studio (`erniebot.errors.InvalidTokenError:
        // 暂无权限使用，请在 AI Studio 正确获取访问令牌(access token)使用`), which the PP-ChatOCR pipelines catch by that exact
        // message and rewrite as a token to check (find_string ids 14840236894, 6941341671: `暂无权限访问ErnieBot服务，请检查访问令牌。`,
        // `当前选择后端为AI Studio，请正确获取访问令牌(access token)使用`): the access token, not the account's rights
        '请在\\s?ai studio\\s?正确获取访问令牌',
        '暂无权限访问\\s?erniebot\\s?服务，请检查访问令牌',
        '请正确获取访问令牌\\s?\\(access token\\)\\s?使用',
        // round 36 (gaps-zh): a DeepSeek Harness IM bot's words for a missing or refused provider credential
        // (message-failure.mjs, find_string id 68553303870: PROVIDER_FAILURES AUTH, MISSING_CREDENTIAL, INVALID_CREDENTIAL →
        // MODEL_AUTH `模型凭据缺失或已失效。请管理员检查模型配置后重试。`)
        '模型凭据缺失或已失效',
        // round 36 (gaps-zh): Baidu Translate's 54001 签名错误 (api.fanyi.baidu.com error codes; the body
        // `{"error_code":"54001","error_msg":"Invalid Sign"}` as translation clients type and parse it, find_string ids
        // 1670386609, 71432153704, 59944971691): the sign is an MD5 over appid, text, salt and the secret key, so a wrong or
        // mis-pasted key is what breaks it; with its code or field name, as `invalid sign` alone is any signature
        '\\b54001\\b[^\\n]{0,30}\\binvalid sign\\b(?!-)',
        'error_msg\\W{1,6}invalid sign\\b(?!-)',
        // round 45 (desc-models): the same 54001 in the table's own Chinese, 含义 签名错误 and 解决方法 请检查您的签名生成方法
        // (Baidu Translate's error-code tables, apifox.com/apidoc/docs-site/1204592/doc-1007011, doc-1007685, doc-1007610), as
        // clients print the table's row; the solution's sentence is Baidu's alone, `签名错误` only with the code
        '\\b54001\\b[^\\n]{0,30}签名错误',
        '请检查您?的签名生成方法',
        // round 45 (desc-models): TencentCloud API 3.0's common errors in their table's Chinese, read by their codes already
        // (cloud.tencent.com/document/api/1553/75174, /1483/72081 公共错误码: AuthFailure.SignatureFailure `签名错误。签名计算错误，
        // 请对照调用方式中的签名方法文档检查签名计算过程。`, the signature an HMAC of the SecretKey; AuthFailure.SecretIdNotFound `密钥不存在。
        // 请在 控制台 检查密钥是否已被删除或者禁用…`), as clients print the message without its code
        '签名计算错误[，,]\\s?请对照调用方式中的签名方法文档',
        // round 45 (desc-models): Youdao's translation API in its table's words, as its clients map them (108 `应用ID无效，注册账号，
        // 登录后台创建应用并完成绑定…`, find_string ids 47384143741, 55147644856 `case "108": return "应用ID无效"`; 202 `签名检验失败`,
        // ids 1163583936, 43352754111, 26248379841 `202: 签名检验失败(Signature checking failed)`, 55147644856 `签名校验失败`; a config
        // check's `202: 签名检验失败（应用密钥不正确）`, id 68890754285), which a translation plugin's owner answers as the app ID or app
        // secret set wrong (YiiGuxing/TranslationPlugin#116); only with its code or Youdao's own words, as web apps check their
        // own `appId` (`应用ID无效，无法加载变更记录`) and payment callbacks log 签名检验失败 too
        '\\b108\\b[^\\n]{0,20}应用\\s?id\\s?无效',
        '应用\\s?id\\s?无效[，,]\\s?注册账号',
        '\\b202\\b[^\\n]{0,20}签名[检校]验失败',
        '签名检验失败\\s?[，,(（]\\s?(?:请核对签名生成流程|应用密钥不正确|signature checking failed|检查\\s?key\\s?和\\s?secret)',
        '请在\\s?控制台\\s?检查密钥是否已被删除或者?禁用',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 for a 401 or 403 while an apiKeyHelper script supplies the
        // key (`Your apiKeyHelper script is failing · This usually means you need to re-authenticate with your provider · Run
        // /status to see the script's error output`): the key the script gave was refused
        'your apikeyhelper script is failing',
        // round 39 (gateways-b): gemini-balance's Gemini-native routes refusing the key in the header or in `?key=`
        // (snailyp/gemini-balance app/core/security.py verify_goog_api_key `Invalid x-goog-api-key`,
        // verify_key_or_goog_api_key `Invalid key and invalid x-goog-api-key` and `Invalid key and missing x-goog-api-key
        // header`: the URL's key is none of its ALLOWED_TOKENS and no header replaced it)
        '\\binvalid (?:key and (?:invalid|missing) )?x-goog-api-key\\b',
        // round 42 (keys): Hugging Face's Inference API and router on a token they do not accept (`{"error":"Authorization header
        // is correct, but the token seems invalid"}`, as clients replay and map it: LobeHub's huggingface runtime reads it as
        // InvalidProviderAPIKey, find_string id 19423382; a Rust client's InvalidToken, id 47207209484): the header is right, the
        // token is not
        '\\bauthorization header is correct, but the token seems invalid\\b',
        // round 42 (keys): Replicate's 401 for a token it refuses (`{"title":"Unauthenticated","detail":"Invalid or expired API
        // token."}`, find_string id 68840651465, a client test's `both live 401 shapes`), the same words other APIs' 401s use
        // (ids 67173114562, 55282289047)
        '\\binvalid or expired api token\\b',
        // round 39 (gateways-b): Bifrost's governance plugin on a virtual key it does not know (maximhq/bifrost
        // plugins/governance/resolver.go EvaluateVirtualKeyRequest, DecisionVirtualKeyNotFound: a 403 `Virtual key not
        // found`, type virtual_key_not_found)
        '\\bvirtual key not found\\b',
      ],
      wraps: [
        // round 36 (apps-a): MaxKB's wrapper around any failure of its model credential check (1Panel-dev/MaxKB
        // apps/models_provider/impl/*/credential/llm.py, embedding.py…: `Verification failed, please check whether the
        // parameters are correct: {error}`, zh_CN django.po `认证失败，请检查参数是否正确：{error}`): the key when nothing
        // follows, and below whatever the provider's own error after it names (a connection error, a model not found)
        '认证失败[，,]\\s?请检查参数是否正确',
        '\\bverification failed, please check whether the parameters are correct\\b',
        // round 40 (workflows): n8n's message for any 401 (n8n-io/n8n packages/workflow/src/errors/node-api.error.ts
        // STATUS_CODE_MESSAGES['401'] `Authorization failed - please check your credentials`), which its HTTP Request,
        // OpenAI and AI Agent nodes show above the API's own message (NodeApiError keeps that as the description): the
        // key when nothing follows, below what the gateway's own words name (read as an error's wording until round 40)
        'authorization failed - please check your credentials',
      ],
      describes: [
        // round 17 (zh): the key 已失效 or 已过期, as apps say it when a call is refused (`throw new Error(err.error || "API
        // 密钥已失效，请重新输入")`, find_string id 29172358753; `if (response.status === 403) throw new Error('密钥已失效，
        // 请重新配置')`, id 53866415878; `fmt.Errorf("API密钥已过期")`, id 28653252562; `AuthenticationException("API密钥已
        // 过期", TOKEN_EXPIRED)`, id 41887970587). Not the old key a regeneration retired (`旧密钥已失效`, `旧的密钥已失效`,
        // `原密钥已失效`), nor a decryption, signing, form or recovery key, nor the expiry setting (`密钥已过期时间`)
        '(?<!旧|舊|原|旧的|舊的|解密|表单|表單|恢复|恢復|签名|簽名|[a-z])(?:密钥|密鑰|秘钥|秘鑰|key)\\s?(?:已经|已經|已)(?:失效|过期|過期)(?!时间|時間|日期|后|後|前)',
        // round 29 (zh): the app shows 无效的 key (`我设置好key后，提示无效的key？`, AlanDecode/Typecho-Plugin-Tp2MD#4; `不知道为什么
        // 提示无效的key`, AICCOF/chatmoss-ui#171; `会提示无效key`, coolxitech/AutoMihoyoBBS#13); not a cache's stale keys
        // (`删除无效的key`) or a keyword
        '(?:提示|显示|顯示|报|報|返回|总是|一直)\\s?是?(?:无效|無效)的?\\s?(?:api[ _-]?)?key\\b',
      ],
    },
    sharedWith: keyRefusalShared,
    title: { zh: '密钥无效（401）', en: 'Invalid API key (401)' },
    meaning: {
      zh: '网关不认识这个密钥：可能复制错了、少复制了几位，或者密钥已被删除、重新生成过。',
      en: 'The gateway does not recognise this key: it was copied wrong or partly, or it was deleted or regenerated.',
    },
    steps: [
      {
        zh: '打开控制台的令牌页面，确认这个密钥还在列表里。',
        en: 'Open the keys page in the console and check the key is still listed.',
      },
      {
        zh: '点击复制按钮重新复制完整密钥，粘贴到客户端的 API Key 一栏。',
        en: 'Copy the full key with the copy button and paste it into the client’s API key field.',
      },
      {
        zh: '仍然 401：新建一个密钥替换旧的，再试一次。',
        en: 'Still 401: create a new key, replace the old one, and try again.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#invalid-key',
    examples: [
      {
        text: '{"error":{"message":"无效的令牌 (request id: 2024061512000123456789)","type":"one_api_error"}}',
        source: 'songquanpeng/one-api model/token.go ValidateUserToken + middleware/utils.go abortWithMessage',
      },
      {
        text: '{"error":{"message":"Invalid token (request id: 20250301093011512437842Z6kT3jv)","type":"new_api_error"}}',
        source: 'QuantumNous/new-api middleware/auth.go (English locale)',
      },
      {
        text: "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc1***************xyz9. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
        source: 'openai/openai-python AuthenticationError as printed (platform.openai.com/docs/guides/error-codes)',
      },
    ],
  },
  {
    id: 'missing-api-key',
    cause: 'key_format',
    layer: 'client',
    // 403 as well (round 15): Google answers a call that carries no key at all with a 403 PERMISSION_DENIED
    statuses: [401, 403],
    // round 37 (wrong-en): 400 with its own words: Gemini's OpenAI-compatible endpoint answers a call without an
    // `Authorization: Bearer` header (the key left out, or sent as `?key=` the way its native endpoint takes it) with a 400
    // INVALID_ARGUMENT `Missing Authorization header.` / `Missing or invalid Authorization header.` (NVIDIA/NemoClaw#2093,
    // which reproduces it with curl against generativelanguage.googleapis.com/v1beta/openai/; AstrBotDevs/AstrBot#1693;
    // Dokploy/dokploy#3370)
    statusesWithWording: [400],
    defaultFor: [],
    dialects: ['openai', 'one-api', 'new-api', 'openrouter', 'anthropic'],
    match: {
      codes: [
        // round 38 (lead): ElevenLabs' 401 when the request carried no key at all (`{"detail":{"status":"needs_authorization",
        // "message":"Neither authorization header nor xi-api-key received, please provide one."}}`, as its clients' tests replay
        // it, find_string ids 70577540513, 49197264098; a wrong key gets `invalid_api_key` instead, id 68424644885)
        'needs_authorization',
        // Huawei Cloud MaaS 400 ModelArts.81002 `Failed to get the authorization header.` (no Authorization, or not Bearer;
        // support.huaweicloud.com/intl/en-us/usermanual-maas-modelarts/maas-modelarts-0080.html)
        'modelarts.81002',
        'missing_api_key',
        'noopenaiapikey',
        'providertokennotiniterror',
        'provider_not_initialize',
        'ai_loadapikeyerror',
        'api_key_required',
        // round 36 (apps-b): LibreChat's error type for an endpoint whose user-provided key was never saved
        // (danny-avila/LibreChat packages/data-provider/src/config.ts ErrorTypes.NO_USER_KEY, sent as `{"type":"no_user_key"}`
        // and shown as com_error_no_user_key)
        'no_user_key',
        // round 39 (gateways-b): Bifrost's governance plugin (maximhq/bifrost plugins/governance/main.go), see patterns
        'virtual_key_required',
      ],
      patterns: [
        // round 43 (gateways): labring/aiproxy's auth middleware with no key in the request (labring/aiproxy
        // core/middleware/auth.go, a 401 `unauthorized, no access token provided`)
        '\\bunauthorized, no access token provided\\b',
        // round 42 (apps): the key field left empty, as Obsidian Copilot words it before any request (logancyang/obsidian-copilot
        // src/LLMProviders/chatModelManager.ts createModelInstance, MissingApiKeyError `API key is not provided for the model:
        // ${modelKey}.`) and as Text Generator's audio extractor does (nhaouari/obsidian-textgenerator-plugin
        // src/extractors/audio-extractor.ts `OpenAI API Key is not provided.`)
        // (round 42 review: not a docstring's conditional, `If the API key is not provided, it is read from …`)
        '\\bapi key is not provided\\b(?<!\\b(?:if|when|unless)(?: the| an?| your)? api key is not provided)',
        // round 42 (apps): Easydict's query error for a service with no key (tisfeng/Easydict Easydict/Swift/Model/QueryError.swift
        // ErrorType.missingSecretKey, Localizable.xcstrings missing_secret_key_error `Missing secret key` / `缺少密钥`, shown as
        // `💥 Failed, Missing secret key`; doubao.error.missing_api_key `Missing Doubao API Key. …` / `缺少豆包 API Key。…`)
        '\\bmissing secret key\\b',
        // (round 42 review: not another product's key file or key pair, `SSH 连接失败：缺少密钥文件`)
        '缺少密钥(?!文件|对|库|证书|环)',
        // (round 42 review: `缺少豆包 API Key` is read by the keys audit's `缺少.{0,20}api\s?(?:密钥|key)` below, which took in this
        // audit's own `缺少[^\s，。,.]{0,10}\s?api\s?key`)
        // round 42 (apps): Text Generator's model listing with no key set (nhaouari/obsidian-textgenerator-plugin
        // src/LLMProviders/utils.tsx and langchain/chatanthropic.tsx, thrown when `!config.api_key`, shown by main.ts
        // handelError as a Notice `TG Error: …`): despite `valid`, the field is empty; only with its prefix, as other
        // products say `please provide a valid API key` of a key they refused
        '\\btg error: please provide a valid api key\\b',
        // round 43 (apps): the Logseq GPT-3 OpenAI plugin with its key field empty (briansunter/logseq-plugin-gpt3-openai
        // src/lib/rawCommands.ts validateSettings: showMsg `Need openai API key. Add one in plugin settings.`, thrown as `Need
        // API key set in settings.`)
        '\\bneed (?:openai )?api key(?: set in settings|\\. add one in plugin settings)\\b',
        // round 41 (agents): iFlow CLI with no key stored or set (The-Sunder-islands/iflow-cli-ce@be76597 modules/app/api/
        // aNr_iflow-api.js and the bundle's other modules: `未找到心流认证 apiKey，请重新登录`, `Error: IFLOW_API key not
        // found. Please set IFLOW_API environment variable.`)
        '未找到心流认证\\s?apikey',
        '\\biflow_api key not found\\b',
        // round 42 (cnsdk): Baidu's appbuilder-sdk with no token passed or set (baidubce/app-builder python/core/_client.py
        // _init_secret_key: `secret_key is empty, please pass a nonempty secret_key or set a secret_key in environment variable
        // "APPBUILDER_TOKEN"`)
        '\\bsecret_key is empty, please pass a nonempty secret_key\\b',
        // round 42 (cnsdk): Qianfan's SDKs with no AK/SK, access key or token configured (baidubce/bce-qianfan-sdk
        // python/qianfan, its Auth and its IAM signer: `no enough credential found, any one of (access_key, secret_key), (ak, sk),
        // access_token must be provided`, find_string ids 41643426, 1780491325; go/qianfan/error.go CredentialNotFoundError `no
        // enough credentails found. Please set AK and SK or AccessKey and SecretKey`), the misspelling included
        '\\bno enough credent(?:ia|ai)ls? found\\b',
        // round 42 (cnsdk): SenseNova's Python SDK with no key set (the sensenova package's default_access_key_id:
        // `sensenova.error.AuthenticationError: No access key id provided. You can set your access key id in code using
        // 'sensenova.access_key_id = <ACCESS-KEY-ID>'…`, find_string id 32563308176; its secret key's twin)
        '\\bno (?:secret )?access key(?: id)? provided\\. you can set your\\b',
        // round 42 (cnsdk): Volcengine's OpenAPI gateway 100003 MissingAuthenticationToken (`Request is missing Authentication
        // Token.`, 缺少身份认证的必要信息，例如 Auth 信息) (volcengine.com/docs/6720/108305, 6664/116016 and 6448/76370 公共错误码, the OpenAPI gateway's common codes every
        // Volcengine API but Ark's inference answers with, Jimeng's visual API among them); not AWS API
        // Gateway's `Missing Authentication Token`, its answer for a path that does not exist
        '\\brequest is missing authentication token\\b',
        // round 34 (en-vendors): the AI SDK's Vercel AI Gateway without a key (vercel/ai packages/gateway
        // errors/gateway-authentication-error: `Unauthenticated request to AI Gateway. To authenticate, set the
        // AI_GATEWAY_API_KEY environment variable with your API key.`, find_string ids 1960104972, 46248883435; in production
        // `Unauthenticated. Configure AI_GATEWAY_API_KEY or use a provider module.`)
        'unauthenticated request to ai gateway',
        'unauthenticated\\. configure ai_gateway_api_key',
        // round 41 (gateway): its newer contextual wording when neither a key nor an OIDC token was sent (vercel/ai
        // packages/gateway/src/errors/gateway-authentication-error.ts createContextualError: `AI Gateway authentication failed:
        // No authentication provided.`, then how to create a key or pull the OIDC token); a key it refused says `Invalid API key.`
        '\\bai gateway authentication failed: no authentication provided\\b',
        // round 41 (gateway): AxonHub when none of the headers it reads holds a key (looplj/axonhub@2b49b9f
        // internal/server/middleware/header.go ExtractAPIKeyFromRequest, a 401 `{"error":"API key not found in any of the
        // supported headers"}` from middleware/auth.go)
        '\\bapi key not found in any of the supported headers\\b',
        // one-api/new-api's 401 for a call with neither a session nor a token (无权进行此操作，未登录且未提供 access token), and AIHubMix's
        // English for it (`Unauthorized – no access token supplied; …`; docs.aihubmix.com/cn/FAQs/HTTP-Codes)
        '未登录且未提供\\s?access token',
        // round 43 (newapi): the same in Traditional Chinese, as new-api-based AIHubMix words it (docs.aihubmix.com/zh-Hant/FAQs/HTTP-Codes
        // 401 `無權進行此操作,未登入且未提供 access token`): 未登入 for 未登录
        '未登入且未提供\\s?access token',
        'no access token supplied',
        // round 43 (newapi): and Laisky's one-api fork in English (Laisky/one-api middleware/auth.go authHelper, a 401 `No permission
        // to perform this operation, not logged in and no access token provided`)
        '\\bnot logged in and no access token provided\\b',
        // round 34 (cn-vendors): the DashScope Java SDK's NoApiKeyException (help.aliyun.com/zh/model-studio/error-code,
        // NetworkError `NoApiKeyException: Can not find api-key.`, 原因 环境变量配置没有生效): no key reached the call
        'can not find api-key',
        // round 27 (en-vendors): Cohere's error reference (docs.cohere.com/reference/errors, its example messages): 401 with no key
        'no api key supplied',
        // Codex's EnvVarError for the provider's env_key, Qwen Code's missing-key notices (locales/en.js, zh.js)
        'missing environment variable:?\\s?`?\\w*(?:api_key|token)',
        // round 40 (agents-zh): and Codex's same EnvVarError (openai/codex codex-rs core error.rs, `Missing environment variable:
        // `{var}`.`) for the env_key a relay's guide names, which need not say api_key: claude-relay-service's README and the
        // relays' setup scripts (find_string `env_key = "CRS_OAI_KEY"`: ids 21456177047, 57548238983, 54021399948) set
        // env_key = "CRS_OAI_KEY" and ask the user to export it
        'missing environment variable: `(?:\\w{0,60}_)?key`',
        'missing api key for [\\w-]+ auth',
        // round 34 (cn-vendors-2): Baichuan's 10100 `Missing apikey` (its status-code table, 私钥缺失, 请求缺少必要的私钥参数;
        // f8cxtsvnr8.apifox.cn/apidoc/project-3794483/doc-3443253), the key word run together
        '\\bmissing apikey\\b',
        // round 42 (keys): and with the English word, as apps throw it before any call (`throw new Error("缺少API Key")`,
        // find_string ids 27794656787, 53228465897; `raise ValueError(f"缺少API Key。请设置环境变量 …")`, id 55134563387; a proxy's
        // `sendError(res, 400, '缺少API Key')`, id 58246396862)
        // round 45 (desc-keycors): and with the key's parameter name, as scripts print it before any call (`print("缺少api_key，设置
        // GLM_API_KEY 环境变量或传 --api_key")`, find_string id 57403076886; `print("错误: 配置文件中缺少api_key")`, id 36778813101; gpt_academic's
        // `缺少api_key。\n\n1. 临时解决方案：直接在输入区键入api_key…`, id 52055469980); not a list of key ids (`缺少api_key_ids参数`),
        // nor a key said not to be missing or a check for it (`并不缺少api_key`, `检查是否缺少 API Key`)
        '(?<![不否])缺少.{0,20}api[\\s_]?(?:密钥|key)(?!_?ids?\\b)',
        '未找到\\s?\\w*api_key\\s?环境变量',
        '未提供令牌',
        // round 42 (keys): and of an API key, as Python and ComfyUI plug-ins raise it before any call (`raise Exception("未提供API密钥。
        // 请在节点参数中输入API密钥，或…")`, find_string id 141651440; `raise ValueError(f"需要提供 api_key")`, id 26366591742)
        // not a conditional in a comment or doc (`如果未提供API密钥，…`, which conditional-clause.ts skips)
        // (round 42 review: nor a conditional without 如果, `在未提供 API Key 的情况下，…`, `未提供 API Key 时…`, nor a README's
        // `需要提供 API Key 才能使用`)
        '未提供\\s?api\\s?(?:密钥|key)(?![^，。,\\n]{0,6}(?:时|的情况|则))',
        '需要提供\\s?api[_ ]?(?:密钥|key)(?![^，。,\\n]{0,4}(?:才|后|即可|以便))',
        // round 34 (lead): the same refusal written out (`You did not provide an API key. You need to provide your API key in
        // the Authorization header…`, Stripe's and several APIs' 401 body, find_string ids 58537659271, 54907911750), and
        // clients' own `no api_key provided`, `No API_KEY provided` before a request is even sent (find_string ids
        // 22932498131, 59268473081)
        "you did(?:n't| not) provide an api key",
        '\\bno api[_ -]?key (?:was )?provided\\b',
        // round 23 (zh): XUnity.AutoTranslator's endpoints and its LLM plug-ins refuse to start without a key (`The
        // GoogleTranslateLegitimate endpoint requires an API key which has not been provided.`, AutoLLM's and the DeepSeek
        // endpoint's the same), which the plug-in picker wraps as `… cannot be selected because the initialization failed`;
        // read off screenshots, the capital I of API comes out as an l and the space before it goes missing
        'requires ?an ap[il] key which has not been provided',
        'api key is missing\\. pass it using the',
        'no auth credentials found',
        'x-api-key header is required',
        'missing (?:bearer|authorization|api key)',
        'authorization header (?:is )?(?:missing|required)',
        'api_key client option must be set',
        'header\\s*中未收到\\s*authentication',
        'token not provided',
        'you must specify the \\w{1,40}_api_key environment variable',
        'api\\s?密钥未配置',
        // round 34 (lead): clients' own refusal before sending, in Chinese (`API Key 未配置，请在设置中填写`, `LLM API Key
        // 未配置，请先在插件设置中填写。`, `OpenAI API Key 未配置`; find_string ids 55707549730, 53052411895, 62030417785)
        '\\bapi[ _-]?key\\s?(?:未配置|未设置|未填写)',
        // round 42 (keys): and with the English word, as apps throw it (`throw new Error('未配置API Key，请在设置中填写')`,
        // find_string id 56923300148; `throw new Error('未配置API Key')`, id 37832300078; `throw new Error('未设置API Key')`, id
        // 46506239323; `print("❌ 错误：未设置API Key")`, id 69354790378); not a conditional (`如果未设置API Key，跳过审核`: the matcher
        // skips it, conditional-clause.ts)
        // (round 42 review: nor one without 如果, `未配置API Key时将跳过该步骤`)
        '未(?:配置|设置|填写)\\s?api\\s?(?:密钥|key)(?![^，。,\\n]{0,6}(?:时|的情况|则))',
        // round 11 (Chinese): the request the other way round (find_string 请先配置 API Key: `请先配置 API Key` from apps' key checks)
        // round 27 (apps): and in the other verbs apps use (find_string 请先设置 API Key: key checks in chat apps and
        // extensions, `请先设置 API Key（点击扩展图标 → 输入 Key → 保存）`, ids 2486324489, 53254098149)
        // round 42 (keys): and without 先, as servers answer a request or a model test without one (`throw new
        // BusinessException(…, "请配置API Key")`, find_string id 16096998939; `res.status(400).json({ error: '请配置API Key' })`, id
        // 59110739800; `LLM未初始化，请配置API Key后重试。`, id 56130185274); not `请输入API Key`, a field's placeholder, nor `请填写API
        // KEY`, which model-test dialogs show beside the error they report
        // (round 42 review: the bare 请配置 not as a README's step that goes on to say how, `请配置 API Key：在 .env 中填写 …`)
        '请(?:先(?:配置|设置|填写|输入)\\s?api\\s?(?:key|密钥)|配置\\s?api\\s?(?:key|密钥)(?!\\s?[：:]))',
        // round 27 (apps): a key field left empty in apps' words (LobeChat locales/en-US/error.json NoOpenAIAPIKey `OpenAI
        // API Key is empty`; NextChat app/api/auth.ts `empty access code`; find_string API key is not set: `Groq API key is
        // not set. Go to Settings`, `DeepSeek API key is not set. Open Settings`, ids 51919947438, 71585700648); not an
        // env note (`… is not set in environment variables`) that a tool prints before it skips a step
        '\\bapi key is (?:empty|not set)\\b(?! in (?:the )?environment)',
        'empty access code',
        // Claude Code with no credential at all (code.claude.com/docs/en/errors.md `Not logged in · Please run /login`)
        'not logged in\\W{1,4}please run /login',
        // Continue's providers that cannot run without one (core/llm/llms/Replicate.ts, `You need to use an API key`)
        '\\byou need to (?:use|provide|set|enter|add) an api key\\b',
        // and in Chinese (AstrBot astrbot/core/agent/runners/coze/coze_agent_runner.py `Coze API Key 不能为空。`, runners/dashscope
        // `阿里云百炼 API Key 不能为空。`); not `API Key 为空或不正确`, a key refused (read by invalid-api-key)
        // round 42 (keys): and with 密钥 (a Next.js route's 400 `{ error: 'API密钥不能为空', code: 'MISSING_API_KEY' }`, find_string id
        // 43385541474; Go `fmt.Errorf("API密钥不能为空")`, id 29106639219; NarratoAI's `视觉分析 API密钥不能为空`, id 70081050999), and
        // `API Key为空` as apps log it before giving up (`logError("API Key为空，无法创建ChatModel")`, id 46544353986), but not in a
        // conditional (`如果API Key为空，…`: conditional-clause.ts) nor LobeHub's `API Key 为空或不正确`
        'api\\s?(?:key|密钥)\\s?(?:不能为空|未设置|未填写)',
        // (round 42 review: nor a conditional without 如果, `API Key为空时，使用环境变量中的值`)
        'api\\s?(?:key|密钥)\\s?为空(?!或|时|的)',
        // AnythingLLM's provider constructors (server/utils/AiProviders/bedrock/index.js: `AWS_BEDROCK_LLM_API_KEY is required for
        // AWS Bedrock.`): the env variable that holds the key is empty
        '\\b[a-z]\\w{0,40}_api_key is required\\b(?! in)',
        // Chatbox (src/renderer/i18n/locales/en/translation.json, zh-Hans) when a connection check runs with no key:
        // `API Key is required to check connection` / `检查连接需要 API 密钥`; not a header a relay names (read above), nor
        // `No API key is required` for a local model
        // (round 43 (apps): nor Aria's reading of OpenAI's code invalid_api_key, `Valid OpenAI API key is required to use Aria`,
        // a key sent and refused: invalid-api-key's longer wording, which the matcher ranks first, `yieldToLongerWording`)
        '(?<!\\bno |\\bnot )\\bapi key is required(?! in)\\b',
        // (round 45 (zhprose): nor a denial, a habit or a docs note on why (Cherry Studio's `因为 vLLM 不需要 API 密钥`, `云端服务通常需要
        // API Key 或服务地址`, CherryHQ/cherry-studio-docs; Dify's `SerpApi 需要 API Key，因此在 YAML 文件中添加…`, langgenius/dify-docs
        // zh/develop-plugin/dev-guides-and-walkthroughs/tool-plugin.mdx; ChatLuna's table `需要 API KEY，收费`, ChatLunaLab/chatluna)
        '(?<!不|无需|通常)需要\\s?api\\s?(?:密钥|key)(?!\\s?或|\\s?[，,]\\s?(?:因此|所以|收费))',
        'api key is missing or not configured',
        // round 34 (apps-zh): zotero-gpt's notice when its key field is empty (MuiseDestiny/zotero-gpt src/modules/Meet/OpenAI.ts
        // `Your secretKey is not configured.`)
        'your secretkey is not configured',
        'no api key provided',
        // LiteLLM proxy's key check (proxy/auth/user_api_key_auth.py)
        'no api key passed in',
        'malformed api key passed in',
        'litellm virtual key expected',
        'credentials is not initialized',
        '"code"\\s*:\\s*"1001"',
        'authentication parameter not received in header',
        // Kling (可灵) API 1001, in both the English and the Chinese docs' words
        'authorization is empty',
        'authorization\\s?为空',
        // relays' own missing-key answers: sub2api API_KEY_REQUIRED, claude-relay-service, Kong key-auth, Azure API Management
        'api key is required in (?:the )?authorization header',
        'please provide an api key in the',
        'no api key found in request',
        'missing subscription key',
        // round 42 (relays): and its validate-jwt and check-header policies on a request without the token or key header
        // they require (MicrosoftDocs/azure-docs articles/api-management/api-management-error-handling-policies.md: TokenNotPresent `JWT not present.`; HeaderNotFound `Header {header-name} was not found
        // in the request. Access denied.`, only for the headers a key travels in)
        '(?:^|["\'：:]\\s?)jwt not present\\.?\\s?(?:["\']|$)',
        '\\bheader (?:api-key|authorization|x-api-key|ocp-apim-subscription-key) was not found in the request\\. access denied\\b',
        // claude-code-hub's auth guard (src/app/v1/_lib/proxy/auth-guard.ts): no key, or two different keys in two headers
        '未提供认证凭据',
        '提供了多个冲突的\\s?api\\s?密钥',
        'multiple conflicting api keys',
        // LibreChat (client/src/locales en and zh-Hans com_error_no_user_key) and Open WebUI (constants.py API_KEY_NOT_FOUND)
        'no key found\\. please provide a key',
        '未找到密钥',
        // and SillyTavern's server (src/endpoints/backends/chat-completions.js `OpenAI API key is missing.`),
        // AnythingLLM's providers (server/utils/AiProviders/openAi `No OpenAI API key was set.`)
        'api key is missing',
        'no [\\w-]{1,30} api key was set',
        // round 24 (en): LangChain.js's ChatOpenAI constructor with no key (langchain-ai/langchainjs libs/langchain-openai:
        // `OpenAI or Azure OpenAI API key or Token Provider not found`, find_string id 3309111648; older versions without
        // `or Token Provider`) and MiniMax's 401 1004 for a request without the key header (`login fail: Please carry the
        // API secret key in the 'Authorization' field of the request header (1004)`, find_string ids 62225856337, 69699116405),
        // which MiniMax also sends for a key it does not accept (sharedWith below)
        '(?:openai|azure openai) api key (?:or token provider )?not found',
        "please carry the api secret key in the 'authorization' field",
        // round 37 (wrong-en): Azure OpenAI's 401 when the request authenticates with `Authorization: Bearer …` and what it
        // carries is not an Entra ID token for cognitiveservices.azure.com (`Unauthorized. Access token is missing, invalid,
        // audience is incorrect (https://cognitiveservices.azure.com), or have expired.`): an Azure key sent the OpenAI way,
        // as a Bearer token, where Azure wants it in the `api-key` header (devgem.io/posts/troubleshooting-azure-openai-
        // unauthorized-error-401-in-python-script; a real Entra token of the wrong audience, learn.microsoft.com/en-us/
        // answers/questions/5847093, gets the same words); a key in the `api-key` header that Azure refuses is `Access
        // denied due to invalid subscription key` instead (invalid-api-key)
        'access token is missing, invalid, audience is incorrect',
        // Bob's OpenAI Translator plugin with no API Keys in its settings (src/main.ts validatePluginConfig)
        '请确保您在插件配置中填入了正确的\\s?api\\s?keys',
        // Dify's console (api/controllers/console/app/error.py ProviderNotInitializeError)
        'no valid model provider credentials found',
        // round 14 (English): the Stainless-generated SDKs' constructor check (openai-node src/client.ts `The
        // OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client
        // with an apiKey option`, the same sentence for every *_API_KEY) and apps' own checks of a key or token variable
        '(?:api_?key|token)\\w*\\s+environment variable is missing or empty',
        // servers' 401 for a request without a key (FastAPI `HTTPException(401, "API key required")`, Flask
        // `{"error": "API key required"}`, oMLX), but not an app saying a local model needs none
        '(?<!no )\\bapi key required\\b',
        // the key a JavaScript client read from an unset variable: `Bearer undefined`, echoed back by OpenAI's 401
        'incorrect api key provided:\\s*undefined\\b',
        // the SDKs' and frameworks' own words for a key that was never configured: google-genai (_api_client.py
        // `Missing key inputs argument! To use the Google AI API, provide (\`api_key\`) arguments`), LangChain
        // (get_from_dict_or_env `Did not find openai_api_key, please add an environment variable \`OPENAI_API_KEY\``),
        // LlamaIndex (`No API key found for OpenAI.`), and apps' `OPENAI_API_KEY is not set`
        'missing key inputs argument',
        'did not find \\w*(?:api_?key|token)\\w*,? please add',
        'no api key found for (?!request)[\\w/ -]{2,40}',
        // botocore with no AWS credentials at all (NoCredentialsError), as Bedrock clients and agents print it
        'unable to locate credentials',
        '\\w*_api_key (?:environment variable )?is not set',
        // round 14 (matcher): OpenRouter's 401 with no key it can read (`{"error":{"code":401,"message":"Missing
        // Authentication header"}}`, as relays' tests quote it)
        'missing authentication header',
        // round 15 (matcher): Google's 403 for a call that reached it with no key or credential at all (`Method doesn't
        // allow unregistered callers (callers without established identity). Please use API Key or other form of API
        // consumer identity to call this API.`, status PERMISSION_DENIED): the key never got there, so its format or
        // its header, not the project's permissions (find_string "doesn't allow unregistered callers", ids 12044646409,
        // 58098252694: a key present but wrong gets 400 `API key not valid` instead)
        "method doesn't allow unregistered callers",
        // Node's http module when the key variable is unset (lib/_http_outgoing.js setHeader, ERR_HTTP_INVALID_HEADER_VALUE
        // `Invalid value "undefined" for header "Authorization"`)
        'invalid value "(?:undefined|null)" for header "(?:authorization|x-api-key|api-key|x-goog-api-key)"',
        // the other wording Cline reads as a missing key (apps/vscode/src/sdk/provider-credential-error.ts
        // MISSING_AUTH_HEADER, `(?:missing|no) authorization header`), which it rewrites `Missing API key for provider …`
        '\\bno authorization header\\b',
        // round 37 (wrong-zh): the same 401 in Chinese servers' words (find_string 缺少Authorization, 请求头缺少: FastAPI and Spring
        // gateways' `缺少Authorization头` ids 4633991686, 36129631906, `缺少Authorization header` id 1006293781, a Koa API's
        // `缺少Authorization头或access_token参数` id 14976772561, a Go API's `请求头缺少 Authorization` id 53460535018): the key was
        // never sent. Only with the header's own name, not a missing X-API-Key, bucket or device header
        '缺少(?:必要的)?\\s?authorization\\s?(?:请求头|头|header|参数|字段)|请求头(?:中)?缺少(?:必要的)?\\s?authorization\\b',
        // round 36 (apps-b): Cline's legacy OpenAI Compatible provider with its key field empty (cline/cline@791d238~1
        // src/core/api/providers/openai.ts `OpenAI API key or Azure Identity Authentication is required`)
        'api key or azure identity authentication is required',
        // round 36 (apps-b): Continue's reading of a request sent with no key (continuedev/continue gui/src/util/errorAnalysis.ts:
        // `No API key was sent with the request. Add "apiKey" to your model config.`, and `API key secret not found. Add the
        // apiKey to your secrets…` when the config's `secrets.` template did not resolve)
        'no api key was sent with the request',
        'api key secret not found',
        // round 36 (apps-b): Zed's NoApiKey (zed-industries/zed crates/language_model/src/language_model.rs
        // LanguageModelCompletionError `missing {provider} API key`); the provider's name sits in between, but not `missing
        // or invalid API key`, which is either
        '\\bmissing (?:(?!(?:or|and|invalid|valid|wrong)\\b)[a-z][\\w.()-]* ){1,3}api key\\b',
        // round 36 (apps-b): Aider's start-up check listing the key variables it lacks (Aider-AI/aider aider/models.py
        // sanity_check_model: `Warning: <model> expects these environment variables` then `- OPENAI_API_KEY: Not set`)
        'expects these environment variables[\\s\\S]{0,200}?_api_key: not set',
        // round 43 (agents): the same check as Aider's docs show it (Aider-AI/aider aider/website/_includes/model-warnings.md,
        // `Missing environment variables`: `Model azure/gpt-4-turbo: Missing these environment variables:` then the names,
        // `- AZURE_API_BASE`, `- AZURE_API_KEY`): the key or base the model's provider needs is not set where Aider reads it
        // (only with a key's or a base's variable among them, not an app's `Missing these environment variables: DATABASE_URL`)
        '\\bmissing these environment variables:[\\s\\S]{0,200}?_api_(?:key|base)\\b',
        // OpenRouter's 401 when no Authorization header reached it (`No cookie auth credentials found`), and
        // Anthropic's when the key came as `Authorization: Bearer` instead of `x-api-key` (`OAuth authentication is
        // currently not supported.`): both say the key is not where the API reads it
        'no cookie auth credentials found',
        'oauth authentication is currently not supported',
        // round 16 (zh-a): Chinese apps' and SDK wrappers' own check of an empty key before any request (find_string
        // API密钥未设置: an API client's `raise ApiError(401, "API密钥未设置")` id 24099954326, a Qt chat client's
        // `errorOccurred("API密钥未设置")` id 15461914796, `API密钥未设置，请设置DASHSCOPE_API_KEY环境变量` id 69427811636,
        // `OpenAI API密钥未设置` id 10083901616; find_string "API Key 未设置": `⚠️ API Key 未设置！请在设置中填写。` id
        // 55069377071, `供应商 API Key 未设置` id 71071946816, `LLM API Key 未设置` id 53807068751)
        'api\\s?(?:key|密钥)\\s?未设置',
        // round 25 (en): `<vendor> API key not provided` from gateways' and clients' own checks of an empty key (Portkey-AI/
        // gateway plugins/mistral/index.ts `Mistral API key not provided.` when the credentials carry no apiKey,
        // infiniflow/ragflow internal/cli/user_command.go `API key not provided`, common_command.go `api_key not
        // provided`); not a sentence about what happens if none is given
        '(?<!\\bif (?:an? |the |no )?(?:[\\w-]+ )?)\\bapi[ _]key not provided\\b',
        // round 36 (apps-a): Cherry Studio with no key for the provider (CherryHQ/cherry-studio
        // src/renderer/src/i18n/locales/en-us.json error.no_api_key `API key is not configured`, error.chat.no_api_key
        // `You have not configured an API key. Please go to the <provider>…</provider> to obtain an API key.`, the
        // English of `API 密钥未配置`, read already); not a conditional (`if the API key is not configured`)
        // round 42 (keys): and without `is`, as servers answer when their own key variable is empty (`{ error: 'OpenAI API key not
        // configured' }` with a 500, find_string ids 40768185969, 30667784724; FastAPI `HTTPException(500, detail="API key not
        // configured")`, id 53677047564)
        '(?<!\\bif (?:the |your |an? )?)\\bapi key (?:is )?not configured\\b',
        '\\byou have not configured an api key\\b',
        // round 36 (gaps-zh): Google's auth library when no credentials are set up at all
        // (googleapis/google-auth-library-python google/auth/_default.py: DefaultCredentialsError with `Could not
        // automatically determine credentials. Please set GOOGLE_APPLICATION_CREDENTIALS or explicitly create credentials
        // and re-run the application.`, newer releases `Your default credentials were not found. To set up Application
        // Default Credentials, see …`), as Gemini and Vertex clients raise it before any request is sent
        'could not automatically determine credentials\\. please set google_application_credentials',
        'your default credentials were not found',
        // round 39 (agents-src): QwenLM/qwen-code packages/cli/src/i18n/locales/zh.js keys `{{envKeyHint}} environment variable
        // not found.` and `… Please set it in your .env file or environment variables.`, its auth check when the key's variable
        // is unset (`OPENAI_API_KEY environment variable not found.`); its Chinese is read already
        '\\b\\w*api_key environment variable not found\\b',
        // round 39 (gateways-b): Higress's key-auth and ai-quota plugins with no key in the request (alibaba/higress
        // plugins/wasm-go/extensions/key-auth/main.go and ai-quota/main.go deniedNoKeyAuthData, a text/plain 401 `Request
        // denied by Key Auth check. No Key Authentication information found.`), and its jwt-auth plugin with no token
        // (jwt-auth/handler/verify.go deniedJWTMissing `Request denied by JWT Auth check. JWT is missing.`)
        'request denied by (?:key auth|ai quota) check[.,] no key authentication information found',
        'request denied by jwt auth check\\. jwt is missing',
        // round 39 (gateways-b): gemini-balance's Gemini-native routes without the key header (snailyp/gemini-balance
        // app/core/security.py verify_goog_api_key, a 401 `Missing x-goog-api-key header`); not its `Invalid key and missing
        // x-goog-api-key header`, which the refused `?key=` opens (invalid-api-key)
        '(?<!invalid key and )\\bmissing x-goog-api-key header\\b',
        // round 39 (gateways-b): sealos AI Proxy and LLM Gateway with no token at all (labring/aiproxy core/model/token.go
        // GetAndValidateToken `no token provided`, a 401 typed aiproxy_error; theopenco/llmgateway apps/gateway/src/chat/chat.ts
        // `Unauthorized: No token provided`), only as the whole message
        '(?:^|["\':]\\s?)no token provided(?:["\'.]|\\s*$)',
        // round 39 (gateways-b): Bifrost's governance plugin without the virtual key it requires (maximhq/bifrost
        // plugins/governance/main.go, type virtual_key_required: a 401 `virtual key is missing in headers and is mandatory.`,
        // in older versions a 400 `x-bf-vk header is missing`)
        '\\bvirtual key is missing in headers\\b',
        '\\bx-bf-vk header is missing\\b',
        // round 40 (frameworks): Spring AI 1.x's start-up check of its connection properties (spring-projects/spring-ai@75fa844869~1
        // auto-configurations/models/spring-ai-autoconfigure-model-openai/…/OpenAIAutoConfigurationUtil.java, `OpenAI API key must
        // be set. Use the connection property: spring.ai.openai.api-key or spring.ai.openai.chat.api-key property.`; the same
        // sentence in its other starters, find_string ids 3788474371, 268772006, and as users quote it, 52755897220): the key
        // property is empty, so the model bean never builds
        '\\bapi key must be set\\. use the connection property: spring\\.ai\\.',
        // round 40 (frameworks): Haystack's Secret.from_env_var when none of the variables is set (deepset-ai/haystack
        // haystack/utils/auth.py EnvVarSecret.resolve_value, `None of the following authentication environment variables are
        // set: ('OPENAI_API_KEY',)`), raised by every generator and embedder built without a key
        '\\bnone of the following authentication environment variables are set\\b',
        // round 40 (frameworks): PydanticAI's providers without a key (pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/
        // providers/openai.py, a UserError `Set the OPENAI_API_KEY environment variable or pass it via OpenAIProvider(api_key=...)
        // to use the OpenAI provider.`, the names in backticks; the same sentence in each provider module, find_string ids
        // 57354472793, 55895123147)
        '\\benvironment variable or pass it via `?\\w{1,40}provider\\(api_key=',
        // round 40 (frameworks): Semantic Kernel without a key: python's OpenAI connectors (microsoft/semantic-kernel
        // python/semantic_kernel/connectors/ai/open_ai/services/open_ai_config_base.py, `ServiceInitializationError("Please
        // provide an api_key")`; its `The OpenAI API key is required.` is read above) and .NET's argument check on the
        // apiKey parameter (dotnet/src/Connectors/Connectors.OpenAI/Core/ClientCore.cs `Verify.NotNullOrWhiteSpace(apiKey)`,
        // dotnet/src/InternalUtilities/src/Diagnostics/Verify.cs: `Value cannot be null. (Parameter 'apiKey')` or `The value
        // cannot be an empty string or composed entirely of whitespace. (Parameter 'apiKey')`)
        '\\bplease provide an api_key\\b',
        "\\b(?:value cannot be null|cannot be an empty string or composed entirely of whitespace)\\. \\(parameter 'api_?key'\\)",
        // round 42 (keys): Google's front end when a call carries no key and no token at all (`401 Request is missing required
        // authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.`,
        // status UNAUTHENTICATED; a GCP emulator answers exactly this for an absent Authorization header, find_string id
        // 62541605352; a client test replays Google's body, id 16515866217): the key never reached the API; one that did but is
        // wrong gets `API key not valid` (gemini-api-key-invalid) or `Request had invalid authentication credentials`
        '\\brequest is missing required authentication credential\\b',
        // round 42 (keys): google-auth-library-nodejs, under the Vertex AI and googleapis Node clients, before any request when
        // it holds no credential at all (src/auth/oauth2client.ts getRequestMetadataAsync: `No access, refresh token, API key or
        // refresh handler callback is set.`, find_string ids 52348592516, 9815623871)
        '\\bno access, refresh token, api key or refresh handler callback is set\\b',
        // round 42 (keys): Electron's net module when the key's header is set to null or undefined (electron/electron
        // lib/browser/api/net-client-request.ts setHeader: `\`value\` required in setHeader("Authorization", value)`)
        '\\brequired in setheader\\("(?:authorization|x-api-key|api-key|x-goog-api-key)", value\\)',
        // round 42 (keys): Replicate's 401 when the request carried no token (replicate/replicate-python's test with the token
        // unset expects `You did not pass an authentication token`, find_string id 5008488439; its API's `{"title":
        // "Unauthenticated","detail":"You did not pass an authentication token","status":401}`, ids 56845035979, 68840651465)
        '\\byou did not pass an authentication token\\b',
        // round 42 (keys): apps' own checks of an empty key before any call, in the shortest words: `OPENAI_API_KEY not set`
        // (`raise ValueError("OPENAI_API_KEY not set")`, find_string id 205899057; FastAPI `HTTPException(500, detail=
        // "OPENAI_API_KEY not set")`, id 41876702892; Rust `eyre!("ANTHROPIC_API_KEY not set")`, id 11137308430), `api key not set`
        // (Go `errors.New("api key not set")`, id 58767326133; Rust `#[error("API key not set")] ApiKeyNotSet`, id 53902300488;
        // `raise LLMUnavailable("API key not set")`, id 56146385913), `API key missing` (`throw new Error("API Key missing")`, id
        // 15783340; `InvalidOperationException("API Key missing")`, id 53937935140) and `No API key set` (`GroqResult.Failed("No
        // API key set")`, id 55482667580; `No API key set for {provider}. Get a free one at …`, id 59122589330); not a conditional,
        // nor a gateway's `No API key set for provider: anthropic. Please add a provider key …`, its own provider key rather than the
        // caller's (read as no-available-channel)
        // (round 42 review: its literal first, the variable's prefix and the conditional checked behind it: led by `\b\w`, the
        // pattern tried every word of a paste that passed the prefilter, ~70 µs in a 20 KB log)
        'api[_ ]key not set\\b(?<=(?:\\b|_)api[_ ]key not set)(?<!\\bif (?:[a-z]\\w{0,40}_)?api[_ ]key not set)',
        // (round 42 review: nor a changelog's or docstring's condition, `fix: crash when API key missing on first launch`, `If
        // no API key is set, the SDK reads it from …`)
        '(?<!\\bif |\\bif the )\\bapi key missing\\b(?<!\\b(?:when|while|unless)(?: the| an?| your)? api key missing)(?! for provider\\b)',
        '\\bno api key (?:is )?set\\b(?<!\\b(?:if|when|with|without|unless) no api key (?:is )?set)(?! for provider\\b)',
        // round 42 (keys): Kelivo's checks of an empty key field for its speech and search services (Chevey339/kelivo@f3c92eb
        // lib/l10n/app_en.arb asrServicesApiKeyRequired `Enter an API key to use this service.`, app_zh_Hans.arb `请输入 API Key
        // 后再使用此服务。` and searchServicesAddDialogApiKeyRequired `API Key 必填`; its `API Key is required` is read above)
        '\\benter an api key to use this service\\b',
        '请输入\\s?api\\s?(?:key|密钥)\\s?后再使用',
        // (round 42 review: not a settings page's or README's list of fields, `API Key 必填，Base URL 选填`)
        'api\\s?(?:key|密钥)\\s?必填(?!\\s?[，,、；;])',
        // round 42 (keys): Java clients' builders with no key: LangChain4j's ensureNotBlank on the apiKey its provider clients take
        // (langchain4j/langchain4j langchain4j-core/src/main/java/dev/langchain4j/internal/ValidationUtils.java `%s cannot be null
        // or blank`, find_string id 48323275519), and hand-written clients' `throw new IllegalArgumentException("apiKey cannot be
        // null or blank")` (ids 61710346305, 36906995880); not the Amplitude analytics SDK's log line (`Argument apiKey cannot be
        // null or blank in initialize()`)
        '\\bapi_?key cannot be null or blank\\b(?! in initialize)',
        // round 42 (keys): Simon Willison's llm CLI and its plug-ins with no key stored or set (simonw/llm llm/models.py
        // _get_key_mixin.get_key, NeedsKeyException `No key found - add one using 'llm keys set openai' or set the OPENAI_API_KEY
        // environment variable`, find_string ids 512034489, 7250871962; the same sentence in plug-ins, id 3809078357)
        "\\bno key found - add one using 'llm keys set\\b",
        // round 42 (keys): CAMEL's api_keys_required decorator, which its model backends and toolkits (and OASIS simulations on
        // them) raise when the key variable is unset or blank (camel-ai/camel camel/utils/commons.py: `Missing or empty required
        // API keys in environment variables: OPENAI_API_KEY.` then where to obtain one; find_string ids 82328955, 561167168)
        '\\bmissing or empty required api keys in environment variables\\b',
        // round 42 (keys): the key check Google AI Studio writes into the apps it generates on @google/genai (`if
        // (!process.env.API_KEY) { throw new Error("API_KEY environment variable not set"); }`, find_string ids 11588467537,
        // 7212244087, 140056012), which such an app shows once deployed without the variable; the `… is not set` form is read above
        // (round 42 review: without the leading `\b\w*`, which reads the same and cost ~90 µs in a 20 KB log that held the words)
        'api_key environment variable not set\\b',
        // round 42 (keys): requests when the key's header value is None, an unset variable read with os.getenv
        // (psf/requests src/requests/utils.py _validate_header_part: `Header part (None) from ('Authorization', None) must be of
        // type str or bytes, not <class 'NoneType'>`, find_string id 630503685); only the key's headers
        "\\bheader part \\(none\\) from \\('(?:authorization|x-api-key|api-key|x-goog-api-key)', none\\)",
        // round 42 (keys): apps' own error when no key is stored for the provider (`throw new Error(\`No API key configured for
        // ${provider.name}\`)`, find_string id 19345161; an agent's AgentMissingKeyError `No API key configured for the AI
        // provider.`, id 56413729596; a Python helper's `no API key configured for transcription provider …`, id 66805452291);
        // not a sentence about working without one (`with no API key configured`)
        '(?<!\\b(?:when|if|with|without) )\\bno api key (?:is )?configured for\\b',
      ],
    },
    // round 37 (wrong-en): MiniMax's 1004 `login fail: Please carry the API secret key in the 'Authorization' field …` comes
    // with a key present too, for one MiniMax does not accept (find_string id 55491190076: `That message appears even when the
    // request includes an Authorization: Bearer ... header, so in this case it means MiniMax did not accept the supplied key
    // value`; an OpenAI key, an expired or truncated one, id 71104108645; `API密钥无效或过期`, id 10293660371): the wrong key
    // is the other reading of the same words
    sharedWith: [{ id: 'invalid-api-key', when: "please carry the api secret key in the 'authorization' field" }],
    title: { zh: '请求里没有带上密钥', en: 'The request carries no key' },
    meaning: {
      zh: '网关没有在请求头里收到密钥，通常是客户端的 API Key 一栏是空的，或者填到了别的字段。',
      en: 'The gateway received no key in the request header: the client’s API key field is empty or the key went into another field.',
    },
    steps: [
      {
        zh: '在客户端设置里找到 API Key（或“密钥”）一栏，粘贴以 {{gw.keyPrefix}} 开头的完整密钥。',
        en: 'Find the API key field in the client’s settings and paste the full key starting with {{gw.keyPrefix}}.',
      },
      {
        zh: '自己写代码时，请求头应为 Authorization: Bearer 加密钥。',
        en: 'In your own code the header must be Authorization: Bearer followed by the key.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#header-format',
    examples: [
      {
        text: '{"error":{"message":"未提供令牌 (request id: 20240611174522839123456)","type":"one_api_error"}}',
        source: 'songquanpeng/one-api model/token.go ValidateUserToken',
      },
      {
        text: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        source: 'OpenAI API 401 body (platform.openai.com/docs/guides/error-codes)',
      },
      {
        text: '{"error":{"message":"No auth credentials found","code":401}}',
        source: 'OpenRouter 401 (openrouter.ai/docs/api-reference/errors)',
      },
      {
        text: '{"error":{"code":403,"message":"Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","status":"PERMISSION_DENIED"}}',
        source: 'Gemini API 403 (ai.google.dev/gemini-api/docs/troubleshooting)',
      },
    ],
  },
  {
    id: 'key-malformed',
    cause: 'key_format',
    layer: 'client',
    // 400 as well: GitHub's Copilot API answers a badly formed Authorization header with a 400, not a 401; 403 as well
    // (round 15): one-api answers a key with a `-suffix` from an ordinary user with a 403 (`普通用户不支持指定渠道`)
    statuses: [401, 400, 403],
    defaultFor: [],
    dialects: ['client'],
    match: {
      // round 14 (matcher): Rust's http crate's error type, as reqwest's Debug prints it (`reqwest::Error { kind:
      // Builder, source: InvalidHeaderValue }`)
      codes: [
        'invalid_auth_header',
        'invalidheadervalue',
        // round 37 (wrong-zh): TencentCloud API 3.0 AuthFailure.InvalidSecretId, `密钥非法（不是云 API 密钥类型）。` (the
        // common error-code table in Tencent Cloud's API docs and SDKs, find_string 不是云 API 密钥类型: ids 3391183205,
        // 27732791130, 40474412439): what was sent as the SecretId is not a cloud API key (another credential pasted into the
        // field, or a mangled one); a key of the right kind that does not exist is AuthFailure.SecretIdNotFound, a wrong key
        'authfailure.invalidsecretid',
      ],
      patterns: [
        // round 41 (gateway): Langfuse's AI gateway when the Authorization and x-api-key headers carry different keys, as
        // with a leftover ANTHROPIC_API_KEY next to ANTHROPIC_AUTH_TOKEN in Claude Code (langfuse.com/faq/all/
        // ai-gateway-error-codes, `401 Conflicting gateway credentials in the Authorization and x-api-key headers`; fix: unset
        // one, or give both the same value): how the key is sent, not the key
        '\\bconflicting gateway credentials in the authorization and x-api-key headers\\b',
        // round 37 (wrong-zh): the same verdict by its words, as translation and TTS apps print it without the code
        '密钥非法\\s?[（(]\\s?不是云\\s?api\\s?密钥类型',
        // round 34 (lead): gpt_academic's check of a key's shape at start-up (binary-husky/gpt_academic toolbox
        // read_single_conf_with_lru_cache: `[API_KEY] 您的 API_KEY 不满足任何一种已知的密钥格式，请在config文件中修改API密钥之后再运行`,
        // find_string ids 66485283811, 2411593667): a relay's key it does not recognise
        '不满足任何一种已知的密钥格式',
        // round 39 (apps-zh): gpt_academic's check of the key's shape before each call (binary-husky/gpt_academic
        // request_llms/bridge_chatgpt.py generate_payload: `你提供了错误的API_KEY。\\n\\n1. 临时解决方案：直接在输入区键入api_key…` when
        // shared_utils/key_pattern_manager.py is_any_api_key finds no key of a known shape, nothing sent), and its predict()'s
        // reply when select_api_key finds no key of the shape the chosen model's source wants (`您提供的api-key不满足要求，不包含任何
        // 可用于{model}的api-key。您可能选择了错误的模型或请求源。`)
        '你提供了错误的api_key',
        '您提供的api-key不满足要求',
        // round 27 (apps): agents' checks of a key's shape before any call (Continue extensions/cli/src/util/apiKeyValidation.ts
        // `API key must start with "sk-ant-"`, `API key is too short`)
        // round 36 (apps-b): and the plural, as Cline checks a Groq key (cline/cline@791d238~1 src/core/controller/models/
        // refreshGroqModels.ts `Invalid Groq API key format. Groq API keys should start with 'gsk_'`)
        'api keys? (?:must|should) (?:start|begin) with',
        // round 45 (desc-keycors): and of the key, its variable or in brackets after a refusal, as apps word their prefix checks
        // (`Key should start with sk-ant- — double-check and try again.`, find_string id 56163588616; `raise RuntimeError("OPENAI_API_KEY
        // should start with sk-")`, id 53326160461; `That does not look like an OpenRouter key (should start with sk-or-v1-). Nothing
        // saved.`, id 71654620546; `Invalid Claude API key format. Should start with sk-ant-`, id 24145439311; `Key format looks
        // unusual. It should start with sk- for OpenAI.`, id 87842656): the wrong kind of key, or not a key, for the provider
        '(?:\\b(?:key|[a-z]\\w{0,30}_api_key)|\\(|\\bformat\\W{1,3}|\\bunusual\\W{1,3}it) (?:should|must) (?:start|begin) with [`\'"]?sk-|\\((?:should|must) (?:start|begin) with [`\'"]?sk-',
        'api key is too short',
        // Roo Code's key check (common.json errors.api.invalidKeyInvalidChars) and Qwen Code's Coding Plan prefix check (locales)
        'api key contains invalid characters',
        // round 43 (agents): Aider's parse of `--api-key`, which takes `provider=key` (Aider-AI/aider aider/main.py `Invalid
        // --api-key format: {api_setting}` then `Format should be: provider=key`): a bare `sk-…` after the flag is not read
        '\\binvalid --api-key format: ',
        // round 45 (agents): and in its zh-TW locale, Taiwan's words for key and character (RooCodeInc/Roo-Code@cb83656
        // src/i18n/locales/zh-TW/common.json errors.api.invalidKeyInvalidChars `API 金鑰包含無效字元。`)
        'api\\s?(?:密钥|金钥)包含无效(?:字符|字元)',
        // round 45 (desc-keycors): apps' own checks that find a character outside ASCII in the key before sending it (a script's
        // `raise ValueError("API key contains non-ASCII characters. This often happens when placeholder text is used by
        // mistake.")`, find_string id 52588226794; `DeepSeek API key contains non-ASCII characters. Please set a real API key (do
        // not use placeholders like Chinese text).`, id 53748013416; `Perplexity API key contains non-ASCII characters — re-copy
        // from Perplexity dashboard into .env without smart quotes`, id 54520978369), which httpx and requests would otherwise
        // raise as the `'ascii' codec can't encode` read above; not a doc's condition (`Panics if the API key contains non-ASCII
        // characters.`, id 61513354850)
        // and one with a space or a line break, in the same checks' words (`raise ValidationError("API key contains whitespace")`,
        // find_string ids 4349182996, 13148556796; `API key contains whitespace - did a label or a second field get pasted with it?`,
        // id 63139760685; `API key contains whitespace or newlines. Remove all spaces/newlines.`, id 54048458746; Linear's CLI `Linear
        // API key contains whitespace, a newline or a non-ASCII character, which would corrupt the HTTP header`, id 69065410094)
        '\\bapi[ _-]?key contains (?:non-ascii|whitespace)\\b(?<!\\b(?:if|when|unless)(?: the| your| an?)?(?: [\\w.-]+)? api[ _-]?key contains (?:non-ascii|whitespace))',
        // and in Chinese (`throw new Error("GLM API Key 包含非 ASCII 字符，请检查 .env 文件")`, find_string id 547472929;
        // `logger.error(f"❌ API密钥包含非ASCII字符: …")`, id 40633689260; a CLI's `错误原因：密钥包含非 ASCII 字符（如汉字）或长度异常`, id
        // 55172996300; a validator's `API密钥包含非法字符`, ids 60216283236, 10509634729); only an API key's for 非法, not a Base32 or
        // hex secret's (`Base32 密钥包含非法字符`); conditionals (`如果密钥包含非 ASCII 字符…`) are skipped by the matcher, and (round 45 review) a case
        // is not read (`API Key 包含中文字符时会报错`). And a space or a
        // line break in it (`recommendations.push('⚠️ API密钥包含空格、换行符或制表符，请确保密钥是连续的字符串')`, id 32072146740; an i18n table's
        // `'provider_auth.key_has_spaces': 'API 密钥包含空格'`, id 14992546064; `throw new Error('API 密钥包含空格、换行、中文或其它非法字符，请只
        // 填写纯密钥…')`, id 60443923352; `raise RepairError("密钥包含空格、换行或非英文字符，请检查后重新输入。")`, id 70230247641); not git's
        // docs on an SSH signing key (`由于密钥包含空格，因此必须用引号将它括起`, id 9995925380) nor an S3 access key's (`访问密钥包含空格`),
        // nor a PEM key's line breaks, which it holds by design (`RSA 密钥包含换行符，请用 \\n 替换`).
        // And Chinese or full-width characters in it (`raise RuntimeError(f"{config_source} 中的 api_key 包含中文、全角引号或其他非 ASCII 字符，
        // 请填写真实的原始 API Key。")`, id 57360664979; `throw new Error('API Key 包含中文、空格或不可见字符，请重新复制纯英文 Key')`, id
        // 61029095940; `AI API Key 包含中文字符，请在后台管理页面配置正确的 API Key`, id 70070550758), only an API key's (`key 包含中文的行`
        // of an i18n CSV is not)
        'api[\\s_]?(?:key|密钥)\\s?中?(?:包含|含有)了?\\s?(?:(?:非\\s?ascii|非法)\\s?字符|空格|换行|中文|全角)(?![^，,。\\n]{0,4}[时時])|(?<!由于|访问|签名|(?:rsa|pem|ssh|gpg|pgp|jwt)\\s?)密钥中?(?:包含|含有)了?\\s?(?:非\\s?ascii\\s?字符|空格|换行)',
        // round 45 (desc-keycors): apps' check of a key's prefix in Chinese, the wrong kind of key for the provider (`alert('Key
        // 格式不对，应以 sk-ant 开头')`, find_string id 52545997135; `showToast('格式不对，Key 应以 sk-ant 开头','err')`, id 53999779503;
        // `warn('Key 格式看起来不对（通常以 sk-ant 开头），已保存但请核实。')`, id 57649851293): the key's format, then where it should start
        '(?:key|密钥)\\s?格式(?:看起来)?(?:不对|错误|有误|不正确)[^。\\n]{0,16}?以\\s?[`\'"“]?sk-|格式(?:不对|错误|有误|不正确)\\W{0,2}(?:api\\s?)?(?:key|密钥)\\s?应以\\s?[`\'"“]?sk-',
        // round 14 (Chinese): apps that check a key's shape before sending it (find_string Key 格式错误, 密钥格式错误:
        // `智谱 API Key 格式错误，应为 id.secret`, `API Key 格式错误: {format_msg}`, a relay's `ZHIPU_API_KEY 格式错误`,
        // `API密钥格式错误，请使用 AccessKeyId:SecretAccessKey 格式`) and people's 格式有误/不正确/出错 for the same
        // verdict; only an API key's, not a licence key, a wallet's PRIVATE_KEY or a TOTP secret
        '(?:[a-z0-9]+_)*api[\\s_-]?(?:key|密钥)\\s?格式(?:错误|有误|不正确|出错|无效)',
        // round 16 (zh-b): Volcengine Ark's 401 AuthenticationError for a key of the wrong shape (`The API key format is
        // incorrect. Request id: …`, find_string id 61417748955), which apps' own key checks word the same way
        'api key format is incorrect',
        // round 23 (zh): DeepSeek's 401 when the Authorization header is not `Bearer ` and a key (`Authentication Fails
        // (auth header format should be Bearer sk-...)`): an empty key, a key without its prefix, or two auth headers sent
        // at once. A wrong key reads `Authentication Fails, Your api key: ****abcd is invalid` instead
        'auth header format should be bearer',
        'api keys? (?:all )?start with "?sk-',
        '均以\\s?"?sk-[\\w-]*"?\\s?开头',
        'non iso-8859-1 code point',
        'invalid character in header content',
        // round 15 (matcher): one-api and new-api read what follows a `-` in the key as a channel id (middleware/auth.go
        // TokenAuth: `parts := strings.Split(key, "-")`, songquanpeng/one-api@8df4a26): for an ordinary user that is
        // `普通用户不支持指定渠道` (403); for an admin, or when the part is no channel's id, distributor.go answers `无效的渠道 Id`
        // (400; new-api's English `Invalid channel ID`). Either way the key was sent with more than the key: a format fault
        '普通用户不支持指定渠道',
        '无效的渠道 ?id|invalid channel id',
        // round 43 (newapi): new-api's Traditional Chinese locale says 管道 for 渠道 (QuantumNous/new-api
        // i18n/locales/zh-TW.yaml distributor.invalid_channel_id `無效的管道 Id`)
        '无效的管道 ?id',
        // round 43 (newapi): and new-api's 普通用户不支持指定渠道 in Traditional Chinese (docs.aihubmix.com/zh-Hant/FAQs/HTTP-Codes 403
        // `普通使用者不支援指定管道`, 非管理員使用者嘗試指定管道)
        '普通使用者不支[持援]指定[渠管]道',
        // round 43 (newapi): and Laisky's one-api fork in English (Laisky/one-api middleware/auth.go TokenAuth, a 403 `Ordinary users
        // do not support specifying channels` for a key sent with a `-<channel>` suffix by a user who is no admin)
        '\\bordinary users do not support specifying channels\\b',
        // round 15 (matcher): what OpenAI echoes of a key that is not a key string: a JavaScript object sent as the
        // key (`String({})` is `[object Object]`, which OpenAI masks to `[obj*******ect]`), or a key holding its
        // quotes (`docker run --env-file` keeps `KEY="sk-…"`'s quotes in the value, docker/cli#3630), echoed as
        // `Incorrect API key provided: "sk-…`. Read over the generic invalid-key entry by match.ts refinements.
        'incorrect api key provided:\\s?(?:\\[obj[^\\]]{0,12}ect\\]|["\'](?:sk-|[\\w*]))',
        // round 16 (en): a URL pasted into the key field: OpenAI echoes a key's first eight characters, which for an
        // address are its scheme (`Incorrect API key provided: https://****…9KG9`, two public reports, find_string ids
        // 69160488229, 52412053253); the base URL belongs in the other field
        'incorrect api key provided:\\s?https?://',
        'illegal header value',
        'invalid header value',
        "'ascii' codec can't encode character",
        'bearer bearer',
        'headers.+authorization.+not a legal http header value',
        'cannot convert argument to a bytestring',
        "'latin-1' codec can't encode",
        'invalid header field value for "?authorization',
        'unexpected char 0x[0-9a-f]+ at \\d+ in authorization',
        // round 14 (Chinese): requests' InvalidHeader (requests/utils.py _validate_header_part) for a header value with a
        // line break or a leading space, the key pasted with its newline: since 2.28 it quotes the value (`… in header
        // value: '…'`, some releases spell `returncharacter(s)`), before that it named the header; a bad header NAME,
        // or another header than the key's, is not the key
        'reserved character\\(s\\), or ?return ?character\\(s\\) in header value',
        'invalid return character or leading space in header:?\\s*(?:authorization|x-api-key|api-key|x-goog-api-key)\\b',
        // a key present but not in the shape the relay reads: claude-relay-service's length check, sub2api's Bearer check
        'invalid api key format',
        'api key format is invalid',
        'authorization header format must be',
        // round 14 (English): GitHub's Copilot API (api.githubcopilot.com, also behind its MCP server) on a token that
        // is empty, a placeholder or wrapped in a shell line: `bad request: Authorization header is badly formatted`
        'authorization header is badly formatted',
        // round 14 (English and matcher): each runtime's refusal to send a key holding a line break, a space or a
        // non-Latin-1 character, in its own words. undici's dispatcher (lib/core/request.js processHeader `invalid ${key}
        // header`)
        'invalid (?:authorization|x-api-key|x-goog-api-key|api-key) header',
        // requests' InvalidHeader is read above; aiohttp (_http_writer.pyx _safe_header)
        'newline or carriage return character detected in http status message or header',
        // Go net/http names the value (transport.go roundTrip: `invalid header field value %q for key %v`)
        'invalid header field value "[^"]{0,400}" for key (?:authorization|x-api-key|x-goog-api-key|api-key)\\b',
        // the JDK's HttpURLConnection (sun.net.www.protocol.http checkMessageHeader)
        'illegal character\\(s\\) in message header value',
        // .NET System.Net.Http (a non-ASCII value fails at send; CR/LF at AuthenticationHeaderValue; `New-line or NUL
        // characters…` for the other headers), and its header parser (SR net_http_headers_invalid_value `The format of
        // value '{0}' is invalid.`) only where the value shown is a bearer token or a key
        'request headers must contain only ascii characters',
        'new-line characters are not allowed in header values',
        'new-line or nul characters are not allowed in header values',
        "the format of value '\\s*(?:bearer\\b|sk-)",
        // Rust's http crate (InvalidHeaderValue, which reqwest reports as `builder error: failed to parse header value`)
        'failed to parse header value',
        // Blink's XMLHttpRequest.setRequestHeader (only on a bearer token or a key: an app's CSRF header holding an
        // HTML page is refused in the same words), Firefox's ByteString conversion (dom/bindings MSG_INVALID_BYTESTRING)
        // and WebKit's Headers (FetchHeaders.cpp canWriteHeader), which Safari and Bun's fetch share
        "setrequestheader' on 'xmlhttprequest': '(?:authorization:?\\s*)?bearer\\b",
        "'(?:bearer\\s|sk-)[^']{0,300}' is not a valid http header field value",
        'to bytestring because the character at index \\d+ has value \\d+',
        "header '[^'\\n]{1,60}' has invalid value: '\\s*(?:bearer\\s|sk-)",
        // PHP's PSR-7 messages (guzzlehttp/psr7 MessageTrait::assertValue `"%s" is not valid header value.`) and dart:io
        // (http_headers.dart _validateValue `Invalid HTTP header field value: <json>`), on a bearer token or a key only:
        // both refuse a User-Agent or a file name in the same words; Ruby's Net::HTTP (net/http/header.rb)
        '"(?:bearer\\s|sk-)[^"]{0,300}" is not valid header value',
        'invalid http header field value: "(?:bearer\\s|sk-)',
        'header field value cannot include cr/lf',
        // round 42 (keys): aiohttp's header writer, which LiteLLM's and LangChain's aiohttp transports go through
        // (aio-libs/aiohttp aiohttp/http_writer.py _safe_header, `ValueError: Newline or carriage return detected in headers.
        // Potential header injection attack.`, find_string ids 989590999, 1660386086: its test); the C writer's older wording is
        // read above. It names no header, but a request's own headers are what an AI client sets, and the key is the one pasted
        '\\bnewline or carriage return detected in headers\\b',
        // round 42 (keys): Symfony HttpClient (symfony/http-client HttpClientTrait.php normalizeHeaders, `Invalid header: CR/LF/NUL
        // found in "%s".` with the whole `Name: value` line, find_string ids 31807408, 11299481411), only on the key's headers
        '\\binvalid header: cr/lf/nul found in "(?:authorization|x-api-key|api-key|x-goog-api-key):',
        // round 42 (keys): Netty, under Spring WebClient and Reactor Netty (netty/netty codec-http DefaultHttpHeaders and
        // DefaultHttp2Headers value validators, `a header value contains prohibited character 0x%x at index %d.`, find_string
        // ids 304378762, 31279320515): it names no header, so only a line break or carriage return, which a pasted key brings (a
        // leading space, 0x20 at index 0, came from a gateway's response header in find_string id 20318494); and Netty 4.1's older
        // validator, which prints the value (`a header value must not end with '\r' or '\n':` + value, ids 3563836807,
        // 9885513796), only on a bearer token or a key
        '\\ba header value contains prohibited character 0x[ad] at index \\d',
        "\\ba header value must not end with '[^']{1,2}' or '[^']{1,2}':\\s?(?:bearer\\s|sk-)",
        // round 42 (keys): Ktor's client (ktorio/ktor ktor-http/common/src/io/ktor/http/HttpHeaders.kt checkHeaderValue, which
        // throws IllegalHeaderValueException `Header value '<value>' contains illegal character '<c>' (code <n>)` for any control
        // character but a tab; find_string ids 29530001157, 53407934233), only on a bearer token or a key
        "\\bheader value '(?:bearer\\s|sk-)[^']{0,300}' contains illegal character\\b",
        // round 42 (keys): node-fetch 2, which the openai Node SDK 4 and many Node clients send through
        // (node-fetch/node-fetch src/headers.js validateValue: `${value} is not a legal HTTP header value`, find_string ids
        // 7281788433, 1045232042; an app's guard written after an OPENAI_API_KEY from Secret Manager carried a trailing CR/LF, id
        // 67184736017), the value first, so only a bearer token or a key; Bun's wording is read above
        '\\b(?:bearer\\s|sk-)[^\\n]{0,300}\\n?\\s{0,3}is not a legal http header value',
        // round 42 (keys): Electron's net module, which desktop AI clients call from the main process (electron/electron
        // lib/browser/api/net-client-request.ts parseOptions and setHeader: `Invalid value for header '${name}': '${value}'`), only
        // on the key's headers
        "\\binvalid value for header '(?:authorization|x-api-key|api-key|x-goog-api-key)': '",
        // round 42 (keys): Chromium's Headers (chromium/chromium third_party/blink/renderer/core/fetch/headers.cc append and set,
        // `ThrowTypeError("Invalid value")` for a value that still holds CR, LF or NUL after its ends are trimmed), as fetch()
        // words it: `TypeError: Failed to execute 'fetch' on 'Window': Invalid value`; apps' notes trace it to a key pasted into
        // an env variable with a line break or quotes (find_string ids 47241189303, 51970695470, 55384993653); read from the
        // interface name on (`… on 'Window': Invalid value`, `Failed to construct 'Request': Invalid value`). Not `Invalid name`
        "'(?:window|workerglobalscope|serviceworkerglobalscope|headers|request)': invalid value\\b",
        // round 39 (gateways-b): Higress's key-auth plugin when the request carries more than one key (alibaba/higress
        // plugins/wasm-go/extensions/key-auth/main.go deniedMultiKeyAuthData, a 401 `Request denied by Key Auth check. Multi
        // Key Authentication information found.`; the C++ plugin's README rows `Muti API key found in request` and
        // `Multiple API keys found in request`): two of the headers or query parameters it reads were set at once
        'request denied by key auth check\\. (?:multi key authentication information found|mu(?:l)?ti(?:ple)? api keys? found)',
      ],
      describes: [
        // round 16 (en): a space copied with the key, "config allows leading spaces in API key" (d8ahazard/Phlex#418), "a
        // trailing space on the key that you need to delete" (NullArray/AutoSploit#42)
        '\\b(?:leading|trailing)(?:\\s?(?:/|or|and)\\s?(?:leading|trailing))? (?:white ?spaces?|(?:blank )?spaces?) (?:in|on|of) (?:the |my |your )?(?:api[ -]?)?key\\b(?![ _-]?names?\\b)',
        // round 45 (desc-keycors): a space said to sit at an end of the key, or a key said to carry one (jbbandos/calibre-comicvine#3
        // `there was a space \` \` at the end of my API key, deleting that fixed it`, the maintainer then trimming the input;
        // anthropics/claude-quickstarts#90 `the error when i use an API key with a trailing space`). Not an instruction to add or
        // put one (`add a space after the API key`), nor one said to be absent or looked for (`I don't have a space at the end
        // of my API key`, `make sure there isn't…`, `check for a space…`): a reader ruling it out
        "(?<!(?:\\b(?:add|adds|put|insert|type|with|without|no|not|never|for)|n['’]t)(?: (?:have|has|be|include|contain|find|see))? )\\b(?:a|an extra|extra|one) (?:white ?)?spaces?(?: [`'\"] [`'\"])? (?:at the (?:end|start|beginning) of|after|before) (?:the |my |your |an? )?(?:[\\w.]+ )?api[ _-]?key\\b(?![ _-]?(?:names?|label|field|header))|\\bapi[ _-]?key with (?:a |an )?(?:leading|trailing|extra) (?:white ?)?spaces?\\b",
        // round 29 (en): extra spaces pasted into the key (`extra spaces in the copied api-key`, CARTAvis/carta-frontend#296;
        // `handle extra spaces in api key auth line`, cds-snc/notification-api#2150)
        '\\bextra (?:white ?)?spaces? in (?:the |my |your )?(?:copied |pasted )?api[ -]?key\\b',
        // round 29 (en): a newline read or pasted with the key (`newline in api key`, logicalclocks/hopsworks-api#185;
        // `Trailing newline in stripe.api_key`, stripe/stripe-python#334; `API keys contain trailing newlines`,
        // withceleste/celeste-python#116; `an API key from an env variable that includes trailing newlines`,
        // replayio/replay-cli#239); not a list, field or docs section named after the key
        '\\b(?:new ?lines? (?:in|at the end of) (?:the |my |your |an? )?(?:[a-z]+\\.)?api[ _-]?key|api[ _-]?keys?\\b[^.\\n]{0,40}\\btrailing new ?lines?)\\b(?![ _-]?(?:names?|list|field|docs?|section))',
        // round 29 (en): quotes kept around the key, from a .env file or a compose example (`included quotes around my API
        // key and was a bit confused why I was still getting 403s`, martabal/qbittorrent-exporter#259; `Removed quotes around
        // DD_API_KEY`, DataDog/documentation#9774; `Strip quotes from API keys to avoid confusing errors`,
        // datalab-org/datalab-api#14; `strip quotes from .env-parsed API key`, sonichi/sutando#691); not advice to put or
        // add them
        '(?<!\\b(?:put|puts|add|adds|adding|use|keep|need|needs|wrap it in|with) )\\bquotes? (?:around|in) (?:the |my |your )?(?:[a-z_]*api[ _-]?key|auth token)\\b(?![ _-]?(?:names?|list|field|docs?|section))|\\bstrip(?:s|ped|ping)? (?:the )?quotes? from (?:the )?(?:[.\\w-]+ )?api[ _-]?keys?\\b',
        // round 29 (zh): a relay's key the app refuses for not being sk- shaped (`支持非sk-开头的key`, 170-carry/codex-tools#131;
        // `密钥只能填写 sk-的格式吗`, `一定需要是 sk-的格式`, Wei-Shaw/sub2api#922; `现在提的不是sk---格式的可以使用吗`,
        // idootop/mi-gpt#2); not a sentence saying where a key starts (`密钥以 sk- 开头`)
        '(?:不是|不以|非|不包含|只能(?:填写?|是|以)?|必须(?:是|以)?|一定(?:需要|要)是)\\s?[`\'"“「]?sk-+[`\'"”」]?\\s?的?(?:开头|開頭|格式)',
        // round 29 (en): the same in English (`requires the Key to start with 'sk-.'`, BuilderIO/ai-shell#60; `requiring the
        // api key start with `sk-``, zhu327/gemini-openai-proxy#46; `do not have their keys start with sk-`,
        // RageAgainstThePixel/OpenAI-DotNet#114); not a docs sentence (`keys start with sk-`) or a conditional (`if the key
        // does not start with sk-`)
        "(?<!\\bif\\b[^.\\n]{0,30})\\b(?:(?:must|has to|have to|needs? to|do(?:es)?(?:n't| not)(?: have (?:their|its|the) keys?)?|requir(?:es?|ing) (?:the |an? |your )?(?:api[ -]?)?keys?(?: to)?) (?:start|begin)|(?:not|isn't|doesn't) (?:starting|beginning)) with [`'\"]?sk-",
        // round 45 (desc-keycors): a non-ASCII character said to be in the key (a changelog's `A non-ASCII character in the API key
        // field made fetch throw before any request left the browser`, find_string id 61707000632; a client's note `a non-ASCII
        // character in the API key breaking header encoding`, id 56826032289); not one said to be absent or code that strips it
        // (`ensure there are no non-ASCII characters in the API key`)
        '(?<!\\b(?:no|not|any|without|strips?|removes?|for) )\\bnon-?ascii (?:characters?|chars?) (?:in|into) (?:the |my |your |an? )?(?:[\\w.]+ )?api[ _-]?keys?\\b',
        // round 45 (desc-keycors): the Bearer prefix said to be doubled (nuxt-community/auth-module#95 `Double "bearer" prefix` and
        // `The double "Bearer" prefix is causing the error`; a project's notes on an MCP transport `**Double Bearer**: rmcp's
        // transport prepends "Bearer "; setting full header value doubles it`, find_string id 57642099791). Not code that prevents,
        // handles or fixes it (`Prevents double Bearer`, `handles double Bearer prefix`, `Fixed double Bearer prefix`)
        '(?<!\\b(?:prevents?|preventing|avoids?|avoiding|no|without|handles?|handling|fixed|fix(?:es)?|detect(?:s|ed)?) )\\bdouble[d]? ["\'`“]?bearer\\b',
        // and in Chinese (a fork's changelog `问题 4：WebSocket Authorization 重复添加 Bearer` … `因此产生重复前缀`, find_string id
        // 59025465668); not code that checks or avoids it (`// 避免重复添加 Bearer`, id 56207231552; `确保token不重复添加 Bearer 前缀`,
        // id 66840612082; a guide's `Token 不要重复添加 Bearer`, id 66517331006)
        '(?<!(?:避免|防止|不要|不会|不再|不|是否|以免)\\s?)重复(?:添加|加|拼接)了?\\s?(?:前缀\\s?)?[`\'"“]?bearer\\b',
        // round 45 (desc-keycors): an OpenAI project key (sk-proj-…) said to be refused or unsupported by an app whose check knows only
        // the older sk- shape (Beingpax/VoiceInk#5 `a "project key", so of the shape sk-proj-xxxx and it keeps being rejected`;
        // cursor/cursor#1624 `Not supporting sk-proj-xxx api key`; crewAIInc/crewAI-examples#240 `CrewAI does not accept OpenAI API keys
        // that begin with sk-proj-`; di-sukharev/opencommit#328 fixed the same length check). Not a fix or a release note that
        // supports them (`Add support for sk-proj keys`, `sk-proj keys are now accepted`)
        "\\bsk-proj\\b[^.\\n]{0,60}?\\b(?:(?:is|are|was|were|keeps? being|gets?|got) (?:rejected|refused)|(?:is |are )?not (?:accepted|recogni[sz]ed|supported)|(?:does ?n[o']t|doesn't|won't|wouldn't|can't|cannot) (?:be )?(?:accept(?:ed)?|recogni[sz]ed?|support(?:ed)?))\\b|\\b(?:not|does ?n[o']t|doesn't|won't|can't|cannot) (?:accept|support|recogni[sz]e)(?:s|ing)?\\b[^.\\n]{0,60}?\\bsk-proj\\b",
        // and in Chinese, a key the app cannot recognise (binary-husky/gpt_academic#1929 `在OPENAI上申请的API KEY不能被识别`, settled there
        // as the format: `我的key是可用的，只是格式识别不了，用config里的CUSTOM_API_KEY_PATTERN重新定义key的格式就可以了`; #1925 `openai key无法识别
        // 报错 … 密钥格式变了。程序无法识别`): the key, then 无法/不能 (被) 识别, or its format 识别不了; not a licence or serial key
        '(?<!license\\s?|licence\\s?|序列号\\s?)(?:api[\\s_]?)?(?:key|密钥)\\s?(?:的?格式)?\\s?(?:无法|不能|没法)被?(?:正确)?识别|(?:key|密钥)[^。\\n]{0,10}?格式识别不了',
      ],
    },
    title: {
      zh: '密钥里混入了空格、换行、全角字符或多余前缀',
      en: 'Key contains a space, line break, full-width character or extra prefix',
    },
    meaning: {
      zh: '请求还没发出去就失败了：密钥里有空格、换行、中文引号或全角字符，或者多写了一个 Bearer。',
      en: 'The request failed before it was sent: the key holds a space, a line break, curly quotes or full-width characters, or an extra Bearer.',
    },
    steps: [
      {
        zh: '清空客户端的密钥一栏，再从控制台用复制按钮重新粘贴，不要手打。',
        en: 'Clear the key field and paste the key again from the console’s copy button; never type it.',
      },
      {
        zh: '确认密钥以 {{gw.keyPrefix}} 开头，前后没有空格和引号，也没有 Bearer 字样。',
        en: 'Check the key starts with {{gw.keyPrefix}}, with no spaces, quotes or the word Bearer around it.',
      },
      {
        zh: '用输入法时切换到英文半角再粘贴。',
        en: 'If you use an input method, switch it to half-width English before pasting.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#key-format',
    examples: [
      {
        text: "TypeError: Failed to execute 'fetch' on 'Window': Failed to read the 'headers' property from 'RequestInit': String contains non ISO-8859-1 code point.",
        source:
          'Chromium fetch() with a full-width character in the Authorization header (ChatGPTNextWeb/NextChat issues)',
      },
      {
        text: 'TypeError [ERR_INVALID_CHAR]: Invalid character in header content ["Authorization"]',
        source: 'Node.js http (nodejs.org/api/errors.html#err_invalid_char)',
      },
      {
        text: "UnicodeEncodeError: 'ascii' codec can't encode character '\\u201c' in position 7: ordinal not in range(128)",
        source: 'openai-python / httpx with a curly quote pasted into the key (openai/openai-python issues)',
      },
      {
        text: "httpx.LocalProtocolError: Illegal header value b'Bearer sk-abc123 \\n'",
        source: 'encode/httpx h11 header validation (key pasted with a trailing newline)',
      },
    ],
  },
  {
    id: 'expired-key',
    cause: 'invalid_key',
    layer: 'key',
    statuses: [401],
    defaultFor: [],
    dialects: ['one-api', 'new-api'],
    match: {
      // round 14 (English): AWS STS credentials behind Bedrock that ran out (ExpiredTokenException, `The security token
      // included in the request is expired`)
      // round 36 (apps-b): LibreChat's error type for a user-provided key past its expiry (danny-avila/LibreChat
      // packages/data-provider/src/config.ts ErrorTypes.EXPIRED_USER_KEY, `{"type":"expired_user_key","expiredAt":…}`)
      codes: ['token_expired', 'expiredtokenexception', 'expired_user_key'],
      patterns: [
        // round 43 (gateways): claude-code-router's gateway for one of its API keys past its expiry date (musistudio/
        // claude-code-router packages/core/src/gateway/auth/api-key-authorizer.ts, a 401 `API key is expired.`)
        '\\bapi key is expired\\b',
        // round 43 (newapi): Laisky's one-api fork names the key and its id (Laisky/one-api model/token.go ValidateUserToken, a 401
        // `token %s (#%d) has expired`, or `… has expired at timestamp %d` when the expiry passed since the last check)
        '\\(#\\d+\\) has expired\\b',
        // round 41 (agents): iFlow CLI's apiTokenExpired in Chinese (The-Sunder-islands/iflow-cli-ce@be76597 modules/app/api/
        // aNr_iflow-api.js, the @iflow-ai/iflow-cli 0.5.19 bundle's zh-CN openaiContentGenerator.errors `API Token 已过期。API
        // Token 有效期为 7 天。…`; the English `Your API Token has expired` is read by `token has expired`)
        'api token\\s?已过期',
        'security token included in the request is expired',
        '该令牌已过期',
        '令牌已过期',
        'token (?:has )?expired',
        'key (?:has )?expired',
        // round 40 (lead): one key or token, not a cache's `expired keys` (@cacheable/memory's README: `the interval check
        // for expired keys`)
        'expired (?:token|key)\\b',
        'authentication token\\s*已过期',
        'access token expired',
        // round 42 (cnsdk): Baidu AI's common code 111 in its table's Chinese (`111 | Access token expired | access token过期`,
        // find_string ids 5525152304, 6979491735, 54684025349): the access token from the AK/SK is past its 30 days
        // (not the expiry setting: `access token过期时间为30天`)
        // (round 42 review: nor a doc's what-happens-then, `access_token过期后需要重新获取`)
        '\\baccess[_ ]?token\\s?过期(?!时间|日期|后|前|会)',
        'authorization token\\s?(?:已)?过期',
        // Kling (可灵) API 1002 to 1004, in both the English and the Chinese docs' words
        'authorization (?:is invalid|has expired|is not yet valid)',
        'authorization\\s?(?:值非法|已失效|未到有效时间)',
        '"code"\\s*:\\s*"1003"',
        // claude-code-hub's proxy messages (messages/en and messages/zh-CN errors.json, PROXY_API_KEY_EXPIRED)
        'this api key has expired',
        '(?:api\\s?)?密钥已过期',
        // LLM-Red-Team's *-free-api family (jimeng, kimi, glm, qwen…) exceptions: API_TOKEN_EXPIRES (-2002) and the 登录失效 wrapper
        'token\\s?已失效',
        '\\[登录失效\\]',
        // LibreChat's stored-key expiry (client/src/locales en and zh-Hans com_error_expired_user_key)
        'provided key for .{1,60} expired at',
        '密钥已于.{1,60}过期',
        // round 39 (gateways-b): Higress's jwt-auth plugin on a token past its `exp` (alibaba/higress plugins/wasm-go/
        // extensions/jwt-auth/handler/verify.go deniedJWTExpired, a 401 `Request denied by JWT Auth check. JWT is expired.`)
        'request denied by jwt auth check\\. jwt is expired',
      ],
    },
    title: { zh: '密钥已过期', en: 'Key expired' },
    meaning: {
      zh: '这个密钥设置了过期时间，现在已经过了，所以网关拒绝它。',
      en: 'This key had an expiry date and it has passed, so the gateway refuses it.',
    },
    steps: [
      {
        zh: '在控制台的令牌页面找到它，把过期时间改晚或设为永不过期。',
        en: 'Find it on the console’s keys page and move the expiry later or set it to never expire.',
      },
      {
        zh: '或者新建一个密钥，替换客户端里的旧密钥。',
        en: 'Or create a new key and replace the old one in your client.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#expired-key',
    examples: [
      {
        text: '{"error":{"message":"该令牌已过期 (request id: 20240708101530123456789)","type":"one_api_error"}}',
        source: 'songquanpeng/one-api model/token.go ValidateUserToken',
      },
      {
        text: '{"error":{"message":"token expired","type":"new_api_error","code":""}}',
        source: 'QuantumNous/new-api model/token.go (English locale)',
      },
    ],
  },
  {
    id: 'disabled-key',
    cause: 'invalid_key',
    layer: 'key',
    statuses: [401, 403],
    defaultFor: [],
    dialects: ['one-api', 'new-api', 'openrouter'],
    match: {
      // round 15 (matcher): claude-code-hub's 401 for a key whose user is disabled (ding113/claude-code-hub@ccbad37
      // src/app/v1/_lib/proxy/auth-guard.ts `user_disabled`), read by its code rather than its `请联系管理员`
      codes: [
        'token_disabled',
        'user_disabled',
        // round 41 (gateway): LangWatch's AI gateway on a virtual key that exists but was revoked (langwatch.ai/docs/
        // ai-gateway/api/errors, type virtual_key_revoked, a 403)
        'virtual_key_revoked',
        // round 39 (gateways-b): Bifrost's governance plugin (maximhq/bifrost plugins/governance/resolver.go
        // DecisionVirtualKeyBlocked), for a virtual key switched off or past its expiry, see patterns
        'virtual_key_blocked',
      ],
      patterns: [
        // round 43 (newapi): Laisky's one-api fork names the key and its id (Laisky/one-api model/token.go ValidateUserToken, a 401
        // `token %s (#%d) status is not available (status: %d)`)
        '\\(#\\d+\\) status is not available\\b',
        // one-api/new-api say 该令牌状态不可用, one-hub (model/token.go) 令牌状态不可用
        '令牌状态不可用',
        '令牌已(?:被)?禁用',
        'token (?:status )?(?:is )?(?:unavailable|disabled)',
        'key (?:is )?disabled',
        // round 11 (English): `API key has been revoked` (a 401 or 403 REVOKED_API_KEY)
        'api key has been revoked',
        'user not found',
        'this token status is unavailable',
        // claude-code-hub's proxy messages (messages/en and messages/zh-CN errors.json, PROXY_API_KEY_DISABLED)
        'this api key has been disabled',
        // OpenAI for a revoked key, as gpt_academic quotes it (API key has been deactivated. OpenAI以账户失效为由…)
        'api key has been deactivated',
        '(?:api\\s?)?密钥已被禁用',
        // LiteLLM's blocked key; sub2api's suspended subscription
        'key is blocked\\. update via',
        // round 41 (gateway): and its blocked team or project behind the key (BerriAI/litellm litellm/proxy/auth/auth_checks.py
        // common_checks `Team=<id> is blocked. Update via `/team/unblock` if you're an admin.`, earlier `if your admin.`;
        // _run_project_checks `Project=<id> is blocked. Update via `/project/update` …`)
        '\\b(?:team|project)=\\S{1,100} is blocked\\. update via\\b',
        'subscription is suspended',
        // round 39 (gateways-b): Bifrost's governance plugin on a virtual key that is switched off or past its expiry
        // (maximhq/bifrost plugins/governance/resolver.go EvaluateVirtualKeyRequest, DecisionVirtualKeyBlocked: a 403 `Virtual
        // key is inactive` or `Virtual key has expired`, type virtual_key_blocked), and TensorZero's gateway on a key an
        // admin disabled (tensorzero/tensorzero crates/tensorzero-auth/src/middleware.rs `API key was disabled at: <time>`,
        // inside `TensorZero authentication error: Error performing authentication: …`)
        '\\bvirtual key (?:is inactive|has expired)\\b',
        '\\bapi key was disabled at:',
      ],
    },
    title: { zh: '密钥已被禁用', en: 'Key disabled' },
    meaning: {
      zh: '密钥还在，但状态被设为禁用（手动停用，或网关因额度、过期自动停用）。',
      en: 'The key still exists but is switched off, by hand or automatically after it ran out or expired.',
    },
    steps: [
      {
        zh: '在控制台令牌页面查看它的状态，启用它；提示无法启用时先改过期时间或额度。',
        en: 'Check its status on the console’s keys page and enable it; if that is refused, fix its expiry or quota first.',
      },
      { zh: '也可以直接新建一个密钥替换。', en: 'Or simply create a new key and use that.' },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#disabled-key',
    examples: [
      {
        text: '{"error":{"message":"该令牌状态不可用 (request id: 20240708101530123456789)","type":"one_api_error"}}',
        source: 'songquanpeng/one-api model/token.go ValidateUserToken',
      },
      {
        text: '{"error":{"message":"User not found.","code":401}}',
        source: 'OpenRouter 401 for a deleted or disabled key (OpenRouterTeam issues)',
      },
    ],
  },
  {
    id: 'anthropic-authentication-error',
    cause: 'invalid_key',
    layer: 'key',
    statuses: [401],
    defaultFor: [],
    dialects: ['anthropic'],
    match: {
      codes: ['authentication_error'],
      patterns: ['invalid x-api-key', 'invalid bearer token'],
    },
    sharedWith: keyRefusalShared,
    title: {
      zh: 'Claude 接口报密钥无效（authentication_error）',
      en: 'Claude-style endpoint rejects the key (authentication_error)',
    },
    meaning: {
      zh: '通过 Anthropic 格式的接口调用时，密钥不被接受。',
      en: 'The key was refused on an Anthropic-format endpoint.',
    },
    steps: [
      {
        zh: '确认客户端把密钥填在 x-api-key（或 Authorization）里，且是本网关的密钥而不是官方密钥。',
        en: 'Make sure the client sends this gateway’s key (not an official one) in x-api-key or Authorization.',
      },
      { zh: '重新从控制台复制密钥后再试。', en: 'Copy the key again from the console and retry.' },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#invalid-key',
    examples: [
      {
        text: '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}',
        source: 'Anthropic API errors (docs.anthropic.com/en/api/errors)',
      },
    ],
  },
  {
    id: 'gemini-api-key-invalid',
    cause: 'invalid_key',
    layer: 'key',
    statuses: [400, 403],
    defaultFor: [],
    dialects: ['gemini'],
    match: {
      codes: ['api_key_invalid'],
      patterns: [
        'api key not valid',
        'please pass a valid api key',
        'api key expired\\. please renew',
        // round 27 (local-sdk): Google blocks a key found in public and answers 403 PERMISSION_DENIED `Your API key was
        // reported as leaked. Please use another API key.` (ai.google.dev/gemini-api/docs/api-key, blocked keys), which
        // google-genai prints as `ClientError: 403 PERMISSION_DENIED. {…}`: only a new key helps
        'api key was reported as leaked',
        // round 45 (desc-models): the same in apps' and guides' Chinese (find_string 报告为泄露: an app's 403 hint `API Key
        // 已失效或被报告为泄露，请更换 API Key。`, id 23012522532; a client's `API Key 被报告为泄露，请使用新的 API Key` on Google's
        // `leaked`, id 66811039224; a setup guide's heading `问题：API Key 被报告为泄露` over Google's message, id 30641783793);
        // the key as its subject, not an audit reporting a field or an object as a leak
        '(?:api[ _-]?key|密钥)\\s?(?:已失效或)?被报告为泄露',
      ],
    },
    sharedWith: keyRefusalShared,
    title: {
      zh: 'Gemini 接口报密钥无效（API_KEY_INVALID）',
      en: 'Gemini-style endpoint rejects the key (API_KEY_INVALID)',
    },
    meaning: {
      zh: 'Gemini 把无效密钥报成 400 INVALID_ARGUMENT，而不是 401。',
      en: 'Gemini reports an invalid key as 400 INVALID_ARGUMENT rather than 401.',
    },
    steps: [
      {
        zh: '确认客户端用的是本网关的密钥和地址，而不是 Google 官方的。',
        en: 'Make sure the client uses this gateway’s key and address, not Google’s.',
      },
      { zh: '重新复制密钥后再试。', en: 'Copy the key again and retry.' },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#invalid-key',
    examples: [
      {
        text: '{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}',
        source: 'Gemini API troubleshooting (ai.google.dev/gemini-api/docs/troubleshooting)',
      },
    ],
  },
  {
    id: 'azure-access-denied',
    cause: 'invalid_key',
    layer: 'key',
    statuses: [401],
    defaultFor: [],
    dialects: ['azure'],
    match: {
      // round 34 (en-vendors): Azure AI services with key authentication turned off for the resource (code
      // AuthenticationTypeDisabled, `Key based authentication is disabled for this resource.`; OneUptime's Azure OpenAI test
      // replays it, find_string id 70539859771): the key is refused, Entra ID is wanted
      codes: ['authenticationtypedisabled'],
      patterns: [
        'invalid subscription key or wrong api endpoint',
        'access denied due to invalid subscription key',
        'key based authentication is disabled for this resource',
        // round 36 (gaps-zh): the Azure Speech SDK when the service refuses its WebSocket, which the browser reports as a
        // bare 1006: the SDK's own test expects exactly this for a bad key (microsoft/cognitive-services-speech-sdk-js
        // tests/VoiceProfileClientTests.ts `VoiceProfileClient with Bad credentials throws meaningful error`:
        // `SpeechConfig.fromSubscription("BADKEY", region)` → `Unable to contact server. StatusCode: 1006, undefined
        // Reason:  undefined`), and setup notes fix it with a real key for the resource's region (find_string ids
        // 5591248287, 63292866892)
        'unable to contact server\\. statuscode: 1006\\b',
      ],
    },
    title: { zh: 'Azure 格式：密钥或接口地址不对', en: 'Azure-style: wrong key or endpoint' },
    meaning: {
      zh: 'Azure 格式的接口把“密钥错”和“地址错”合成一条 401。',
      en: 'Azure-format endpoints fold a wrong key and a wrong endpoint into one 401.',
    },
    steps: [
      {
        zh: '客户端选择“OpenAI 兼容”而不是 Azure，地址填 {{gw.apiBaseUrl}}。',
        en: 'Pick “OpenAI compatible” rather than Azure in the client and use {{gw.apiBaseUrl}}.',
      },
      { zh: '重新粘贴本网关的密钥。', en: 'Paste this gateway’s key again.' },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#invalid-key',
    examples: [
      {
        text: '{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}',
        source: 'Azure OpenAI 401 (learn.microsoft.com Azure AI services troubleshooting)',
      },
    ],
  },
  {
    id: 'model-not-allowed-for-key',
    cause: 'permission',
    layer: 'key',
    statuses: [403, 401, 400],
    // round 42 (relays): 500 with its own words: done-hub answers its switched-off Gemini route with HTTP 403 but a body
    // whose `code` is 500 (deanxv/done-hub middleware/api-enabled.go), and that body is what clients print
    statusesWithWording: [500],
    defaultFor: [],
    dialects: ['one-api', 'new-api', 'openai'],
    match: {
      codes: [
        // round 43 (platforms): Novita AI's 403 code when the key is valid but its model access does not include the requested
        // model (novita.ai/docs/guides/error, 403 `Model access denied (model_access_denied)`: call a model within the key's
        // access, or have the team admin widen it)
        'model_access_denied',
        'model_not_allowed',
        // round 42 (relays): LiteLLM's proxy error types for a model or vector store outside what the key, its user, team or
        // organization may use (BerriAI/litellm litellm/proxy/_types.py ProxyErrorTypes get_model_access_error_type_for_object and
        // get_vector_store_access_error_type_for_object, sent as the error's `type` with a 401)
        'key_model_access_denied',
        'team_model_access_denied',
        'user_model_access_denied',
        'org_model_access_denied',
        'key_vector_store_access_denied',
        'team_vector_store_access_denied',
        'org_vector_store_access_denied',
      ],
      patterns: [
        // round 45 (agents): Roo Code's and Kilo Code's own notice for a provider's 403 (RooCodeInc/Roo-Code
        // src/i18n/locales/en/common.json errors.cerebras.accessForbidden `Cerebras API access forbidden. Your API key may not
        // have access to the requested model or feature.`, in zh-CN `你的 API 密钥可能无法访问请求的模型或功能。`)
        '\\byour api key may not have access to the requested model\\b',
        'api\\s?密钥可能无法访问请求的模型',
        // round 43 (gateways): LiteLLM's proxy's newer client message for a model outside what the key, team or user may call,
        // which no longer names the allowed list (BerriAI/litellm litellm/proxy/auth/model_access_denied.py
        // MODEL_ACCESS_DENIED_CLIENT_MESSAGE `The requested model '<m>' is not available for this API key, or the model name is
        // invalid. Check the models available to you and try again.`, types key_model_access_denied/team_model_access_denied,
        // 401/403; CUSTOMER_MODEL_ACCESS_DENIED_CLIENT_MESSAGE `… is not in the allowed models for this customer.`)
        '\\bis not available for this api key, or the model name is invalid\\b',
        '\\bcheck the models available to you and try again\\b',
        '\\bis not in the allowed models for this customer\\b',
        // round 43 (gateways): claude-code-router's gateway for a model its agent profile does not allow (musistudio/
        // claude-code-router packages/core/src/gateway/request/pipeline.ts and http/request-handler.ts `Model "<m>" is not
        // allowed for this profile.`)
        '\\bis not allowed for this profile\\.',
        // round 34 (lead): LiteLLM's proxy when a key's user role may not call the model (BerriAI/litellm
        // proxy/auth/user_api_key_auth.py, 403 `User does not have permission to make this model call. Your role=…`,
        // find_string ids 128557184, 56404248276)
        'does not have permission to make this model call',
        // round 41 (gateway): LiteLLM's tool allowlist and guardrail rights for a key or team (BerriAI/litellm
        // litellm/proxy/auth/auth_checks.py check_tools_allowlist, a 403 tool_access_denied `Tool(s) [<names>] are not in the
        // allowed tools list for this key/team.`; _guardrail_modification_check, a 403 `Your team does not have permission to
        // modify guardrails.`): what the key may use, not the request's shape
        '\\bare not in the allowed tools list for this key/team\\b',
        '\\byour team does not have permission to modify guardrails\\b',
        // round 41 (gateway): the AI SDK's error for Vercel AI Gateway's 403, a request its policy refused (a routing rule,
        // `ruleId`), not an authentication failure (vercel/ai packages/gateway/src/errors/gateway-forbidden-error.ts
        // GatewayForbiddenError, type forbidden)
        '\\bgatewayforbiddenerror\\b',
        // round 41 (gateway): Octopus on a model outside the key's own list (bestruirui/octopus internal/relay/handler.go,
        // `rejectRequest(c, inbound, errors.New("model not supported by this api key"))`)
        '\\bmodel not supported by this api key\\b',
        // round 41 (gateway): uni-api on a task queried with another key than the one that created it (yym68686/uni-api
        // uni_api/runtime.py, a 403 `Task belongs to a different API key`)
        '\\btask belongs to a different api key\\b',
        // round 41 (gateway): Higress's ai-quota when the key's consumer is not one it serves (alibaba/higress
        // plugins/wasm-go/extensions/ai-quota/main.go, a text/plain 403 `Request denied by ai quota check. Unauthorized
        // consumer.`; its spent quota and missing key are read by their own entries)
        // (`check` left as \\w+: as a word of the similarity reading it tilted unrelated pastes' guesses)
        '\\bdenied by ai quota \\w+\\. unauthorized consumer\\b',
        // round 41 (gateway): Langfuse's AI gateway on a key whose owner may no longer call it (a role changed to Viewer) or
        // whose organization has no ingestion project (langfuse.com/faq/all/ai-gateway-error-codes, `403 Gateway access
        // forbidden`)
        '\\bgateway access forbidden\\b',
        // round 42 (relays): LiteLLM's proxy on a model outside a project's, an organization's or a team member's own list
        // (BerriAI/litellm litellm/proxy/auth/auth_checks.py _can_object_call_model, a 401 `project not allowed to access
        // model. This project can only access models=[…]. Tried to access <m>` (object_type project, org); and
        // _check_team_member_model_access, `Team member not allowed to access model. User=…, Team=…, Model=…`); the key,
        // team and user wordings are read below (the object left as \\w: `project` as a word of the similarity reading
        // tilted an unrelated paste's other causes)
        '\\bteam member not allowed to access model\\b',
        '\\bnot allowed to access model\\. this \\w{3,8} can only access models=',
        // round 42 (relays): and its router when no deployment of the model carries the tags the key or team is routed by
        // (BerriAI/litellm litellm/types/router.py RouterErrors.no_deployments_with_tag_routing `Not allowed to access model
        // due to tags configuration`, which litellm/proxy/_types.py ProxyException answers as a 401), and its vector-store
        // rights (auth_checks.py _can_object_call_vector_stores, a 401 `User not allowed to access vector store. Tried to
        // access <id>. Only allowed to access […]`)
        '\\bnot allowed to access model due to tags configuration\\b',
        '\\bnot allowed to access vector store\\. tried to access\\b',
        // round 42 (relays): its route checks on a key limited to some routes, or a non-admin key on an admin route
        // (BerriAI/litellm litellm/proxy/auth/route_checks.py is_virtual_key_allowed_to_call_route, a 403 `Virtual key is not
        // allowed to call this route. Only allowed to call routes: […]. Tried to call route: <route>`;
        // _raise_admin_only_route_exception `Only proxy admin can be used to generate, delete, update info for new
        // keys/users/teams. Route=<route>. Your role=…`; custom_admin_only_route_check `user not allowed to access this route.
        // Route=<route> is an admin only route`): the key may not use that endpoint
        '\\bvirtual key is not allowed to call this route\\b',
        // round 42 (relays): and its CommonProxyErrors.not_allowed_access on an admin-only endpoint (BerriAI/litellm litellm/proxy/_types.py, `Admin-only
        // endpoint. Not allowed to access this.`)
        '\\badmin-only endpoint\\. not allowed to access this\\b',
        '\\bonly proxy admin can be used to generate, delete, update info\\b',
        '\\buser not allowed to access this route\\. route=\\S{1,80} is an admin only route\\b',
        // round 42 (relays): done-hub with its native Gemini or Claude route switched off by the operator (deanxv/done-hub
        // middleware/api-enabled.go APIEnabled, a 403 `Gemini API is not supported` / `Claude API is not supported`, type
        // api_not_supported): this gateway serves those models through its OpenAI-style route only; not a region's refusal
        // (round 42 review: only the whole message: `Claude API is not supported by the selected provider` is another tool's
        // protocol refusal)
        '\\b(?:gemini|claude) api is not supported\\b(?!\\s?(?:in|by|for|on|with|yet|when)\\b)',
        // round 34 (cn-vendors): Model Studio's 401 NOT AUTHORIZED (help.aliyun.com/zh/model-studio/error-code: `Access denied:
        // Either you are not authorized to access this workspace, or the workspace does not exist.`, 原因 WorkspaceId值无效，或当前
        // 账号不是该业务空间的成员): the key's account may not use that workspace
        'not authorized to access this workspace',
        // AIHubMix's English for its 403 该令牌无权使用模型 (`Forbidden – key(…) not authorized to access the requested model.`;
        // docs.aihubmix.com/cn/FAQs/HTTP-Codes) and a reseller's 403 2102 (`you do not have access to the requested model`;
        // docs-model.skyengine.com.cn/qa/error-code.md)
        'not authorized to access the requested model',
        // round 37 (wrong-en): gateways' 403 for a model outside what the caller may route to, `<who> is not authorized to access
        // model <id>` (TrueFoundry's AI gateway adds `or model does not exist`, type AuthorizationError, answered when the
        // user's access list holds no such model, find_string id 59749853718; Higress's model-auth plugin `User charlie is not
        // authorized to access model: qwen-max`, id 55058623416; trip-llm-router's unauthorized-model, id 53190039757): the
        // model may exist, the caller's grant does not reach it. Taken whole, with TrueFoundry's tail, so that tail's `model
        // does not exist` does not read as the model name on its own
        '\\bis not authorized to access model:? (?:\\S{1,200} or model does not exist\\b)?',
        '(?:do not|don.t) have access to the requested model',
        '该令牌无权(?:使用|访问)模型',
        '无权(?:使用|访问)(?:该)?模型',
        // FastGPT's 511 (packages/web/i18n zh-CN and en common.json code_error.error_message.511)
        '没有权限操作此模型',
        'do not have permission on the model',
        // round 36 (apps-b): Jan's reading of a provider error for a model the key's allowed-model list leaves out
        // (janhq/jan web-app/src/utils/error.ts MODEL_ACCESS_DENIED_TITLE `Model not available for your API key`,
        // MODEL_ACCESS_DENIED_MESSAGE `This model needs to be enabled in your provider's key settings. Add it to the allowed
        // models list and try again.`)
        'model not available for your api key',
        "needs to be enabled in your provider'?s key settings",
        // MaxKB (apps/locales django.po `No permission to use this model {model_name}`, zh_CN 无权限使用此模型)
        // Qianfan v2 answers a model the account may not call with 401 `invalid_model` and `No permission to use th…`
        // (cloud.baidu.com/doc/qianfan-api/s/Om9b4yj3w): the model exists, so not the code's model-not-found reading
        'no permission to use (?:this|the) model',
        // round 11 (English): `You are not allowed to use this model`, `You don't have access to this model`,
        // `Access denied to model <id>` (Bedrock's AccessDeniedException as clients reword it)
        'not allowed to use this model',
        // round 34 (apps-zh): NextChat's server route when the model is switched off for the deployment (ChatGPTNextWeb/NextChat
        // app/api/openai.ts, anthropic.ts, alibaba.ts…: `you are not allowed to use ${jsonBody?.model} model`, a 403)
        // (a model id, which holds a digit, dot, colon, slash or hyphen: not `the model you like`)
        '\\byou are not allowed to use [\\w.:/-]{0,40}[\\d.:/-][\\w.:/-]{0,40} model\\b',
        "(?:don't|do not) have access to (?:this|the) model",
        'access denied to model',
        // Kie's `The API key is not authorized to use this model.` (sent with code 401), `API key is valid, but it does
        // not have access to this model.`
        'not authorized to use this model',
        // a relay's 403 `model_not_permitted` (`This API key is not permitted to use this model`)
        'not permitted to use this model',
        'does not have access to (?:this|the) model\\b(?! provider| group)',
        '无权限使用此模型',
        // round 11 (Chinese): Chinese clients' 403 wording (find_string 没有权限访问该模型: `API Key 没有权限访问该模型或服务。`)
        '没有权限(?:访问|使用)(?:该|此|这个)?模型',
        'token (?:has no access|is not allowed|not allowed) to (?:use )?model',
        'you are not allowed to sample from this model',
        'does not have access to model',
        '该令牌无权访问(?:任何)?模型',
        // round 43 (newapi): new-api's Traditional Chinese locale says 存取 for 访问 (QuantumNous/new-api
        // i18n/locales/zh-TW.yaml distributor.token_no_model_access `該令牌無權存取任何模型`, token_model_forbidden
        // `該令牌無權存取模型 {{.Model}}`): a key limited to a model list without the model
        '该令牌无权存取(?:任何)?模型',
        'token has no access to (?:any )?models?',
        '(?:key|team|user) not allowed to access model',
        'api key does not have permission to use the model',
        // new-api's console (web/src/i18n/locales/zh.json, en.json): 你的分组无权使用该模型
        '分组无权使用(?:该|此)?模型',
        // one-hub relay/common.go: a key limited to a model list that is empty or lacks the model
        'no available models configured for (?:the )?current token',
        'is not supported for (?:the )?current token',
        'group is not authorized to use this model',
        // claude-relay-service: a key's model blacklist and its per-service permissions (src/routes/api.js, openaiRoutes.js)
        '暂无该模型(?:的)?(?:访问|使用)权限',
        'api key 无权访问 \\S{2,20} 服务',
        // round 41 (gateway): and its newer Droid (Factory) routes on a key without that service switched on
        // (Wei-Shaw/claude-relay-service src/routes/droidRoutes.js, a 403 `此 API Key 未启用 Droid 权限`)
        'api\\s?key\\s?未启用\\s?\\S{2,20}\\s?权限',
        'api key does not have permission to access (?:claude|openai|gemini|droid)',
        // claude-code-hub's model guard answers 400 (src/app/v1/_lib/proxy/model-guard.ts)
        'model not allowed\\. the requested model',
        'is not in the allowed list',
        // round 36 (apps-a): FastGPT's older wording of its 511 (labring/FastGPT
        // packages/global/common/error/errorCode.ts ERROR_RESPONSE unAuthModel `无权操作该模型`)
        '无权操作该模型',
        // round 39 (gateways-b): Bifrost's governance plugin on a model or provider outside the virtual key's configs
        // (maximhq/bifrost plugins/governance/resolver.go EvaluateVirtualKeyRequest: a 403 `Model '<m>' is not allowed for
        // this virtual key`, type model_blocked; `Provider '<p>' is not allowed for this virtual key`, provider_blocked)
        "\\b(?:model|provider) '[^'\\n]{1,100}' is not allowed for this virtual key\\b",
        // round 39 (gateways-b): Kong's ai-proxy on a route pinned to one model when the body names another (Kong/kong
        // kong/llm/plugin/shared-filters/normalize-request.lua, a 400 `{"error":{"message":"cannot use own model - must be:
        // <model>"}}`): the gateway's route allows that model only
        '\\bcannot use own model - must be:',
      ],
    },
    title: { zh: '密钥无权使用这个模型', en: 'Key not allowed to use this model' },
    meaning: {
      zh: '密钥设置了可用模型范围，请求的模型不在里面。',
      en: 'The key is limited to certain models and the requested one is not among them.',
    },
    steps: [
      {
        zh: '在控制台编辑这个密钥，把需要的模型加入允许列表，或取消模型限制。',
        en: 'Edit the key in the console: add the model to its allowed list or remove the restriction.',
      },
      { zh: '或者在客户端改用允许列表里的模型。', en: 'Or switch the client to a model on the allowed list.' },
    ],
    retry: 'no',
    article: '/troubleshooting/model-not-found#model-not-allowed',
    examples: [
      {
        text: '{"error":{"message":"该令牌无权使用模型：gpt-4o (request id: 20240611174522839123456)","type":"one_api_error"}}',
        source: 'songquanpeng/one-api middleware/auth.go TokenAuth',
      },
      {
        text: '{"error":{"message":"You are not allowed to sample from this model","type":"invalid_request_error","param":null,"code":null}}',
        source: 'OpenAI 403 for a model outside the project (community.openai.com)',
      },
    ],
  },
  {
    id: 'group-not-allowed',
    cause: 'permission',
    layer: 'account',
    // 503: sub2api's account picker wraps its Claude-Code-only refusal as `No available accounts: …`; 500: AnyRouter's
    // new-api answers a request it does not take for Claude Code's with a 500 `new_api_error` (round 16, below)
    statuses: [403, 401, 400, 503, 500],
    defaultFor: [],
    dialects: ['new-api', 'one-api'],
    match: {
      codes: [
        'group_not_allowed',
        'access_denied',
        'entitlement_required',
        'entitlement_inactive',
        'client_validation_error',
        'subscription_not_found',
      ],
      patterns: [
        '无权访问.{0,30}分组',
        // round 34 (relay-strings): not new-api's retry loop saying the group has no channel for the model
        // (QuantumNous/new-api controller/relay.go getChannel `分组 %s 下模型 %s 的可用渠道不存在（retry）`), which is
        // no-available-channel's: the group exists, no channel in it serves the model
        '分组(?:(?!下模型|渠道).){0,30}(?:已被弃用|已被禁用|不存在)',
        'no (?:access|permission) to (?:the )?group',
        'group .{1,40} (?:is )?(?:disabled|deprecated|not allowed)',
        'no permission to access this group',
        // one-hub middleware/api-limit.go: the user's group has no API rate limit set, so no API access
        'api requests are not allowed',
        '无权访问该分组',
        // round 43 (newapi): the same in new-api's Traditional Chinese locale (QuantumNous/new-api i18n/locales/zh-TW.yaml
        // distributor.group_access_denied `無權存取該分組`, the playground asked for a group the user may not use)
        '无权存取该分组',
        '无权访问 \\S+ 分组',
        '分组 \\S+ 已被弃用',
        // claude-code-hub's proxy messages (messages/en and messages/zh-CN errors.json, NO_GROUP_PERMISSION, NO_DEFAULT_GROUP_PERMISSION)
        'no permission to use (?:the following groups|default group)',
        '无权使用(?:以下分组| default 分组)',
        // claude-relay-service's client restriction and Claude-Code-only endpoints; sub2api's subscription groups
        'your client is not authorized to use this api key',
        'only accepts requests from claude code',
        // round 13 (Chinese): sub2api's group restriction (backend/internal/service gateway_service.go ErrClaudeCodeOnly,
        // `this group only allows Claude Code clients`), a 403 permission_error from its handler or, wrapped by the account
        // picker, a 503 `No available accounts: this group only allows Claude Code clients`: the client, not capacity
        'only allows claude code clients',
        // round 40 (agents-zh): and a group not opened to the protocol the client speaks, in sub2api-family relays (a handler's
        // 403 permission_error `This group does not allow /v1/messages dispatch`, find_string id 55043959341, which an ops
        // troubleshooting test reads as 当前分组不允许使用该接口或客户端类型, id 63184232316; a relay's error guide, id 58836093007:
        // `This group does not allow ... requests` — 分组不支持你用的协议入口, e.g. an Anthropic-only group called on
        // /v1/chat/completions), and a newer Claude-Code-only wording (`This group is restricted to Claude Code clients
        // (/v1/messages only)`, a relay's isClaudeCodeClientRestrictionError tests, id 56126224187)
        '\\bthis group does not allow /[\\w/.-]{1,40} (?:dispatch|requests)\\b',
        '\\bthis group is restricted to claude code clients\\b',
        'no active subscription found for this group',
        // claude-code-hub's client guard (src/app/v1/_lib/proxy/client-guard.ts), a 400
        'client not allowed\\b',
        // done-hub's distributor (middleware/distributor.go): 无权使用分组 <group>
        '无权使用分组\\s?\\S{1,40}',
        // round 16 (zh-a): relays that serve Claude Code only, refusing any other client: a new-api fork's ClaudeX
        // channel adaptor (relay/channel/claude, `ClaudeX: 请勿在 Claude Code CLI 之外使用接口`, find_string id
        // 28214066866), answered as a 400 `invalid_request` new_api_error (a proxy's test quoting it, id 53324247932;
        // a client's FAQ: the relay checks the User-Agent, id 53358833938); AnyRouter's new-api checking that the
        // request looks like Claude Code's, a 500 `new_api_error` `invalid claude code request` (integration notes,
        // ids 51924557114 and 67385973236; a relay client's FAQ, id 28360625039)
        '请勿在\\s?claude code(?:\\s?cli)?\\s?之外使用',
        '\\binvalid claude code request\\b',
        // round 36 (gaps-zh): a Claude relay's default channel that serves Claude Code only, a 400 to any other client
        // (`默认渠道限制: 请求非法 接口仅可用于Claude Code客户端 (如误判请修改CC客户端版本 其他渠道不限)`, as integration notes quote
        // it and explain it: the relay checks the User-Agent and Claude Code's headers, find_string ids 68309120875,
        // 68330705160, 53821769232, 60206261015)
        '接口仅(?:可)?(?:用于|限)\\s?claude code\\s?客户端',
      ],
      describes: [
        // round 45 (desc-policy): a key or group said to have its Claude Code client restriction switched on, so another client
        // is refused (`开启Claude Code 客户端限制`, Wei-Shaw/sub2api#248, over its 503 `this group only allows Claude Code clients`;
        // the relay's own switch, Wei-Shaw/claude-relay-service#923 `当 API Key 启用客户端限制（如仅允许 Claude Code）时`): the
        // key's client restriction, not the key. Not after a conditional (`如果…`), which descriptions are exempt from in the
        // matcher, nor a question, nor a restriction said to be off. `只允许 Claude Code 使用` alone is left out: its one
        // free source was a sentence about another relay that works, and agents' own rules say it of file edits
        '(?<!(?:如果|若|假如|倘若|要是|是否|没有|沒有|不)[^，。？?\\n]{0,12})(?:开启|開啟|启用|啟用)(?:了)?\\s?claude[\\s-]?code\\s?(?:的)?客户端限制(?![^，。\\n]{0,12}[吗嗎？?])',
      ],
    },
    title: { zh: '密钥的分组不可用', en: 'The key’s group is not available' },
    meaning: {
      zh: '密钥绑定的分组被停用、弃用，或你的账户无权使用它，所以这个密钥的所有请求都会被拒绝。',
      en: 'The group the key is bound to is switched off, deprecated, or not open to your account, so every request with this key is refused.',
    },
    steps: [
      {
        zh: '在控制台编辑这个密钥，把分组改成列表里可选的分组（如 default）。',
        en: 'Edit the key in the console and pick a group the list offers (such as default).',
      },
      {
        zh: '改完后再请求一次；模型列表以新分组为准。',
        en: 'Retry after the change; the model list now follows the new group.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#group-permission',
    examples: [
      {
        text: '{"error":{"message":"分组 vip 已被弃用 (request id: 20250301093011512437842Z6kT3jv)","type":"new_api_error"}}',
        source: 'QuantumNous/new-api middleware/auth.go token group checks',
      },
      {
        text: '会返回，default,vip分组已被禁用',
        source: 'https://github.com/SuperAI-Api/Super-API/issues/2 (new-api fork)',
      },
    ],
  },
  {
    id: 'key-ip-restricted',
    cause: 'permission',
    layer: 'key',
    // 401 as well (round 34, vendor-zh): OpenAI's `IP not authorized` for a project's IP allowlist (error-codes guide)
    statuses: [403, 401],
    defaultFor: [],
    dialects: ['one-api', 'new-api'],
    match: {
      codes: [
        'access_denied',
        // round 43 (gateways): codex-lb's code for it (Soju06/codex-lb app/core/middleware/api_firewall.py, see patterns)
        'ip_forbidden',
      ],
      patterns: [
        // round 43 (gateways): codex-lb's API firewall for a client address not on its allowlist (Soju06/codex-lb
        // app/core/middleware/api_firewall.py, a 403 `openai_error("ip_forbidden", "Access denied for client IP",
        // error_type="access_error")`)
        '\\baccess denied for client ip\\b',
        // round 34 (en-vendors): the 401 row `IP not authorized` in OpenAI's own words (developers.openai.com/docs/guides/error-codes:
        // `Your request IP does not match the configured IP allowlist for your project or organization`); Azure AI services'
        // 403 when the resource's network rules keep the caller out (`Access denied due to Virtual Network/Firewall rules.`,
        // `Public access is disabled. Please configure private endpoint.`; find_string ids 70539859771, 15981517635,
        // 53443367746): the key is fine, the address is not
        '\\bip not authorized\\b',
        'request ip does not match the configured ip allowlist',
        'access denied due to virtual network/firewall rules',
        'public access is disabled\\. please configure private endpoint',
        // round 42 (relays): Azure API Management, the usual front door before an Azure OpenAI deployment, when its ip-filter
        // policy keeps the caller out (MicrosoftDocs/azure-docs articles/api-management/api-management-error-handling-policies.md, Predefined errors for policies: CallerIpNotAllowed `Caller IP address
        // {ip-address} is not allowed. Access denied.`, CallerIpBlocked `Caller IP address is blocked. Access denied.`,
        // FailedToParseCallerIP `Failed to establish IP address for the caller. Access denied.`): the address, not the key
        '\\bcaller ip address (?:[\\d.:a-f]{3,45} is not allowed|is blocked)\\. access denied\\b',
        '\\bfailed to establish ip address for the caller\\. access denied\\b',
        // round 34 (vendor-zh): the newer 401 row `IP not authorized` as OpenAI's error-codes guide in Chinese
        // (openai-doc.aihub2022.top/docs/guides/error-codes/ = developer.aliyun.com/article/1512598,
        // chatgpt.cadn.net.cn/docs/guides_error-codes, openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma,
        // gpt.huanp.com/chatgpt/7706.html, find_string ids 59696096384, 59992588880, 25643759872): `IP 未授权`, `未经授权的 IP`
        '\\bip\\s?未(?:经)?授权|未经授权的\\s?ip\\b',
        // AIHubMix's English for its 403 该令牌只能在指定网段使用 (`Forbidden – key(…) allowed only from approved IP ranges.`;
        // docs.aihubmix.com/cn/FAQs/HTTP-Codes)
        'allowed only from approved ip ranges',
        '该令牌只能在指定网段使用',
        '只能在指定(?:网段|ip)',
        'ip (?:address )?not (?:allowed|in whitelist)',
        // one-hub middleware/auth.go: `IP <address> is not allowed to access`
        'ip \\S{2,45} is not allowed to access',
        '不在(?:白名单|允许的ip)',
        // round 11 (Chinese): with the word IP between (find_string 不在IP白名单: `不在IP白名单内`, `不在ip白名单中`)
        '不在\\s?ip\\s?白名单',
        '无法解析客户端 ip 地址',
        '不在令牌允许访问的列表',
        'ip address is not allowed',
        // Kling (可灵) API 1304, in both the English and the Chinese docs' words
        'ip whitelisting policy',
        'ip\\s?白名单策略',
        // round 39 (gateways-b): sealos AI Proxy on a token bound to subnets the caller is outside (labring/aiproxy
        // core/middleware/auth.go, a 403 `token (<name>[<id>]) can only be used in the specified subnets: [<cidr>], current
        // ip: <ip>`)
        '\\bcan only be used in the specified subnets\\b',
        // round 43 (newapi): Laisky's one-api fork in English for one-api's 该令牌只能在指定网段使用 (Laisky/one-api middleware/auth.go
        // TokenAuth, a 403 `This API key can only be used in the specified subnet: %s, current IP: %s`)
        '\\bthis api key can only be used in the specified subnet\\b',
      ],
    },
    title: { zh: '密钥限制了可用 IP', en: 'Key restricted to certain IP addresses' },
    meaning: {
      zh: '这个密钥只允许从指定的网段调用，而当前请求来自其他 IP（换了网络或开了代理）。',
      en: 'The key only accepts calls from set address ranges and this one came from elsewhere (a new network or a proxy).',
    },
    steps: [
      {
        zh: '在控制台编辑密钥，把当前 IP 加入允许网段，或清空限制。',
        en: 'Edit the key in the console: add your current IP to the allowed ranges or clear the limit.',
      },
      { zh: '用了代理或 VPN 时，关掉后再试。', en: 'If you use a proxy or VPN, turn it off and retry.' },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#group-permission',
    examples: [
      {
        text: '{"error":{"message":"该令牌只能在指定网段使用：10.0.0.0/8，当前 ip：203.0.113.7 (request id: 20240611174522839123456)","type":"one_api_error"}}',
        source: 'songquanpeng/one-api middleware/auth.go TokenAuth',
      },
    ],
  },
  {
    id: 'account-banned',
    cause: 'permission',
    layer: 'account',
    statuses: [403, 400],
    defaultFor: [],
    dialects: ['one-api', 'new-api', 'openrouter'],
    match: {
      codes: [
        // round 27 (en-vendors): Groq's 400 for an organisation it has restricted (console.groq.com/docs/errors;
        // `Organization has been restricted. Please reach out to support…`, code `organization_restricted`)
        'organization_restricted',
        'user_banned',
        'account_deactivated',
        'access_terminated_error',
        'accountdeactivated',
        // round 45 (desc-policy): OpenAI's own type for an account it cut off for a policy breach (`"type": "access_terminated"`
        // beside `Your access was terminated due to violation of our policies…`, as ChatGPTNextWeb/NextChat#1719 and
        // binary-husky/gpt_academic#985 paste it; NextChat's maintainer: 你被 openai 封了)
        'access_terminated',
      ],
      patterns: [
        'organization has been restricted',
        // round 45 (desc-policy): OpenAI's message for that account (openai-php/client#57, TheoKanning/openai-java#176,
        // likvidera/GhidraChatGPT#8, ChatGPTNextWeb/NextChat#1719): the account, not the prompt, so every key is refused;
        // the sentence as the vendor writes it, not a rule that names policies
        '\\byour access was terminated due to violation of our policies\\b',
        // round 40 (agents-zh): Kimi Code's 403 for an account its risk control has blocked (kimi.com/code/docs/kimi-code/
        // error-reference.html 快速查找 `Access terminated`, 权限错误; forum.moonshot.ai/t/quota-exceeded-please-upgrade-your-plan-or-
        // retry-later/421: `Access terminated. Review our Community Guidelines(…) or contact … for assistance.`, type
        // access_terminated_error, which its staff answer as a risk-control flag, not the quota); only as the whole message or
        // with that sentence after it
        // (review: the whole message starts the line, a quote or the 403, as an SSH or session log's `…, access terminated`
        // ends a line of its own)
        '\\baccess terminated\\. review our community guidelines|(?:^|["\']|\\b403\\W{1,4})\\s?access terminated\\.?\\s*(?:["\'}]|$)',
        '用户已被封禁',
        'user (?:has been |is )?banned',
        'account (?:has been )?(?:deactivated|suspended|disabled)',
        // round 41 (gateway): sub2api on a key whose user is switched off (Wei-Shaw/sub2api
        // backend/internal/server/middleware/api_key_auth.go, a 401 USER_INACTIVE `User account is not active`)
        // (where the message ends, not a sentence that goes on: `… is not active until verified by email`)
        '\\buser account is not active(?=[ \\t]*(?:$|[\\r\\n"\'.,;:)}\\]]))',
        '账户已被锁定',
        '账户存违规行为',
        'this user has been disabled',
        '该用户已被禁用',
        // round 43 (newapi): new-api's Traditional Chinese locale says 使用者 for 用户 (QuantumNous/new-api
        // i18n/locales/zh-TW.yaml user.disabled `該使用者已被禁用`, oauth.user_banned `使用者已被封禁`, also the end of
        // user.username_or_password_error `使用者名或密碼錯誤，或使用者已被封禁`)
        '该使用者已被禁用',
        '使用者已被封禁',
        '账户当前处于非活动状态',
        'account is blocked',
        'account associated with this api key has been deactivated',
        '(?:账号|账户|帐号|帐户)(?:已)?被(?:冻结|封禁|禁用|停用)',
        'organization has been disabled',
        '(?:账户|账号|帐户|帐号)(?:因\\S{1,8})?(?:已)?被锁定',
        '(?:账户|账号)当前无法(?:成功)?访问',
        '"code"\\s*:\\s*"11(?:1[02]|2[01])"',
        // OpenAI: `This key is associated with a deactivated account`
        'associated with a deactivated account',
        'your account is currently inactive',
        'your account has been locked',
        'account has irregular activities',
        'unable to successfully access your account',
      ],
    },
    title: { zh: '账户已被停用', en: 'Account suspended' },
    meaning: {
      zh: '不是密钥的问题：整个账户被停用了，所有密钥都会被拒绝。',
      en: 'Not the key: the whole account is suspended, so every key is refused.',
    },
    steps: [
      { zh: '登录控制台查看账户通知。', en: 'Sign in to the console and read the account notices.' },
      {
        zh: '联系客服 {{gw.support.email}}，附上报错里的 request id。',
        en: 'Contact support at {{gw.support.email}} with the request id from the error.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#disabled-key',
    examples: [
      {
        text: 'API Error: 403 {"error":{"code":"","message":"用户已被封禁 (request id: 202604121530581841273208268d9d6BphFOjmu)","type":"new_api_error"}}',
        source: 'QuantumNous/new-api middleware/auth.go, as pasted from Claude Code (public GitHub note)',
      },
    ],
  },
  {
    id: 'provider-permission-denied',
    cause: 'permission',
    layer: 'provider',
    // 400 as well (round 16, en): OpenAI refuses streaming a verification-gated model from an unverified organization with
    // a 400 (`Your organization must be verified to stream this model`, code `unsupported_value`, param `stream`)
    statuses: [403, 400],
    // round 42 (cnsdk): Zhipu's 434 for an API not yet open to the account (docs.bigmodel.cn/cn/faq), only with its words
    statusesWithWording: [434],
    defaultFor: [],
    dialects: ['anthropic', 'gemini', 'openai'],
    match: {
      codes: [
        // round 43 (platforms): the same platform's ACCESS_DENY 403 无权限访问 (docs.jiekou.ai/docs/models/reference-error-code.md;
        // novita.ai/docs/guides/error row 403: the account may not use the model, some models requiring identity verification),
        // which a 403's default read as money
        'access_deny',
        // Huawei Cloud MaaS (support.huaweicloud.com/intl/en-us/usermanual-maas-modelarts/maas-modelarts-0080.html,
        // model-call-maas/model-call-035.html): 81004 the preset service is not enabled, 81015 the key's IP, model or
        // endpoint allowlist refused the call, 81109 no permission to query the task; ModelArts.4204 an API not subscribed in
        // this region (support.huaweicloud.com/image_faq/image_01_0028.html)
        'modelarts.81004',
        'modelarts.81015',
        'modelarts.81109',
        'modelarts.4204',
        // TencentCloud API 3.0 (TencentCloud/tencentcloud-sdk-python tencentcloud/{aiart,vclm,hunyuan}/*/errorcodes.py): a CAM
        // policy without the action (无权执行该操作，请检查您的CAM策略), and a service never opened in the console
        // (计费状态未知，请确认是否已在控制台开通服务)
        'authfailure.unauthorizedoperation',
        'unauthorizedoperation',
        'resourceunavailable.notexist',
        // round 42 (cnsdk): Hunyuan's FailedOperation.PartnerAccountUnSupport (合作伙伴账号不允许开通，请更换账号;
        // TencentCloud/tencentcloud-sdk-python tencentcloud/hunyuan/v20230901/errorcodes.py): this kind of account may not open the service
        'failedoperation.partneraccountunsupport',
        // round 42 (cnsdk): Qianfan's Coding Plan model refusal and Token Plan without a subscription (`coding_plan_model_not_supported`:
        // the model is not in the plan, find_string id 56658071074; `token_plan_person_not_subscribed` 当前百度账号尚未订阅 Token Plan,
        // id 58078353528): the plan does not cover the call, not a wrong name or key
        'coding_plan_model_not_supported',
        'token_plan_person_not_subscribed',
        // round 42 (cnsdk): Volcengine's OpenAPI gateway 100012 LackPolicy (`Request was rejected because of lack of policy.`, 子用户缺少权限)
        // (volcengine.com/docs/6720/108305, 6664/116016 and 6448/76370 公共错误码, the OpenAPI gateway's common codes every
        // Volcengine API but Ark's inference answers with, Jimeng's visual API among them)
        'lackpolicy',
        // round 27 (en-vendors): Amazon Bedrock's runtime errors (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html,
        // docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html): FTUFormNotFilled
        // (Anthropic's use-case form not submitted) and MPAgreementBeingCreated (the Marketplace subscription still processing)
        'ftuformnotfilled',
        'mpagreementbeingcreated',
        'permission_error',
        'permission_denied',
        'permission_denied_error',
        'accessdenied',
        'modelnotopen',
        'no_parameter_permission',
        'invalidendpointormodel.modelidaccessdisabled',
        'permissiondenied',
        'accessdeniedexception',
        'freetiererror',
      ],
      patterns: [
        // round 43 (gateways): LiteLLM's proxy for a virtual key used outside the weekly time windows it may be used in, or
        // with a schedule it cannot read (BerriAI/litellm litellm/proxy/auth/access_schedule.py evaluate_access_schedule
        // `request is outside the key's allowed access_schedule (timezone <tz>)`, `key has an invalid access_schedule and is
        // denied (fail closed): …`)
        "\\boutside the key's allowed access_schedule\\b",
        '\\bkey has an invalid access_schedule and is denied\\b',
        // round 37 (lead): GitHub's 403 when the workflow's or app's token lacks the permission the call needs, as GitHub
        // Models answers a token without `models: read` (github.blog changelog 2025-05-15 `models:read now required for GitHub
        // Models access`; `Resource not accessible by integration` is an authorization problem, not a bad token: a missing
        // `permissions:` scope, per GitHub's Actions guides quoted in the search corpus `docs`)
        'resource not accessible by integration',
        // round 36 (gaps-en): the ChatGPT MD Obsidian plugin's words for a 403 (bramses/chatgpt-md src/Utilities/
        // ErrorMessageFormatter.ts getHttpErrorMessage `Access forbidden. Please check your API key and permissions.`, shown
        // by src/Services/ErrorService.ts handleApiError as `[ChatGPT MD] <service>: <message> - Model: …, URL: …`)
        '\\[chatgpt md\\] [^:\\n]{1,40}: access forbidden\\. please check your api key and permissions',
        // round 37 (wrong-en): W&B (CoreWeave) Serverless Inference when the organization has not turned its gateway on
        // (docs.wandb.ai/support/inference/articles/api-error-code-403-the-inference-gateway: a 403 `The inference gateway is
        // not enabled for your organization`, fixed by an organization administrator, not by another key)
        'the inference gateway is not enabled for your organization',
        // round 34 (cn-vendors): Qianfan's PermissionError, 336004 (baidubce/bce-qianfan-sdk python/qianfan/consts.py APIErrorCode)
        qianfanCode('336004'),
        // round 42 (cnsdk): Baidu AI's common code 6 in its table's Chinese (`6 | No permission to access data | 无权限访问该用户数据`,
        // find_string id 5525152304, a copy of the Baidu AI common error-code table; the English is read already): the app has
        // not been granted this API in the console
        '无权限访问该用户数据',
        // round 42 (cnsdk): Volcengine's LackPolicy by its words (its code is read above)
        '\\brequest was rejected because of lack of policy\\b',
        // round 42 (cnsdk): Zhipu's HTTP 434 (docs.bigmodel.cn/cn/faq: `暂无API权限，微调API及文件管理API为内测阶段，我们会尽快开放`, 等待接口
        // 正式开放或请联系平台客服申请内测): the account may not call that API yet
        '暂无\\s?api\\s?权限',
        // round 34 (en-vendors): Vertex AI's 400 FAILED_PRECONDITION for a publisher model the project may not use
        // (`Project `…` is not allowed to use Publisher Model `projects/…/publishers/google/models/…``,
        // cloud.google.com/vertex-ai/generative-ai/docs/model-reference/api-errors)
        'is not allowed to use publisher model',
        // round 34 (vendor-zh): Anthropic's 403 permission_error in its Chinese docs
        // (docs.anthropic.com/zh-CN/api/errors, find_string id 21614530803: `您的 API 密钥没有使用指定资源的权限`), which a 403 alone
        // would read as the balance
        'api\\s?密钥没有使用指定资源的权限',
        // round 34 (vendor-zh): the Python library's PermissionDeniedError in the newer translations (ids 59696096384,
        // 59992588880: `你没有访问所请求资源的权限`; the older `您无权访问所请求的资源` is read already)
        '(?:您|你)没有访问所请求的?资源的权限',
        // MiniMax's CLI for status 2061, a model its Token Plan tier does not include (`This model is not available on your
        // current Token Plan.`; MiniMax-AI/cli src/errors/api.ts)
        'not available on your current token plan',
        // round 34 (cn-vendors-2): Volcengine Ark's 404 UnsupportedModel for a model its Coding Plan does not include (`The
        // {{model_name}} model does not support the coding plan feature. Please refer to the documentation at {{doc_url}} to
        // select a compatible model.`, 当前模型不支持 Coding Plan; volcengine.com/docs/82379/1299023): the plan, not the name
        'model does not support the coding plan feature',
        '当前模型不支持\\s?coding\\s?plan',
        // round 34 (cn-vendors-2): Volcengine Ark's 403 AccessDenied (`The request failed because you do not have access to the
        // requested resource.`, 没有访问该资源的权限，请检查权限设置，或联系管理员添加白名单; volcengine.com/docs/82379/1299023),
        // which a 403 alone would read as the balance
        'you do not have access to the requested resource',
        '没有访问该资源的权限',
        // round 27 (en-vendors): Hugging Face's 403 for a token without the Inference Providers permission (`This authentication
        // method does not have sufficient permissions to call Inference Providers on behalf of user <name>`; find_string ids
        // 61608536555, 68500296543)
        'does not have sufficient permissions to call inference providers',
        // round 27 (en-vendors): Google Cloud IAM's 403 PERMISSION_DENIED naming the permission the caller lacks (`Permission
        // 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/…' (or it may not exist).`, reason
        // IAM_PERMISSION_DENIED; www.volcengine.com/article/1166062 quotes Vertex AI's body whole)
        "permission '[\\w.]{3,80}' denied on resource",
        // round 27 (en-vendors): Amazon Bedrock's runtime errors (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html,
        // docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html): the account must
        // submit Anthropic's use-case form, finish its Marketplace subscription, or get the IAM permission first
        // (`\\w+` for `details`: a word `details` field in any JSON body shares, which would lend this entry its votes)
        'model use case \\w+ have not been submitted',
        'aws marketplace subscription for the model is still being processed',
        'your aws account is not authorized to invoke this api operation',
        // round 27 (en-vendors): Cloudflare Workers AI's error table (developers.cloudflare.com/workers-ai/platform/errors/): 5018/3041 and
        // 5016, a model the account may not use or whose terms it has not accepted
        'the account is not allowed to access this model',
        'user has not agreed to [\\w .-]{1,40} model terms',
        // round 27 (apps): Codex CLI's UsageNotIncluded (openai/codex codex-rs/core/src/error.rs `To use Codex with your
        // ChatGPT plan, upgrade to Plus`): the plan does not include the product
        'with your chatgpt plan, upgrade to',
        // round 27 (apps): the English `You do not have permission to access` read already, in Chinese (Chatbox
        // src/renderer/i18n/locales/zh-Hans/translation.json, its 403 notice `您没有权限访问此资源。请检查您的 API Key 权限`)
        '(?:您|你)没有权限访问(?:此|该|这个)(?:资源|服务|接口)',
        '请检查(?:您的|你的)?\\s?api\\s?key\\s?权限',
        // round 27 (apps): a plan or subscription that does not reach the model or product, as coding agents word it
        // (Roo Code src/i18n/locales/en/common.json openAiCodex.accessDenied `Your ChatGPT subscription may not include
        // Codex access`, claudeCode.apiKeyModelPlanMismatch `Make sure the selected model is included in your plan`)
        // Claude Code when the organisation turned subscription use off (code.claude.com/docs/en/errors.md `Your
        // organization has disabled Claude subscription access`)
        'organization has disabled claude subscription access',
        'subscription may not include',
        'selected model is included in your plan',
        // round 45 (agents): the same check in Roo Code's zh-TW locale (RooCodeInc/Roo-Code@cb83656 src/i18n/locales/zh-TW/
        // common.json errors.claudeCode.apiKeyModelPlanMismatch `API 金鑰和訂閱方案允許不同的模型。請確保所選模型包含在您的方案中。`)
        '所选模型包含在您的方案中',
        // agents' own words for a 403: Claude Code (cli.js OX5), Roo Code (chat.json apiRequest.errorMessage.403),
        // Aider (aider/exceptions.py PermissionDeniedError), Continue (StreamError.tsx), Gemini CLI (useQuotaAndFallback.ts)
        'does not have access to claude code',
        'api key is valid, but the provider refused',
        // round 45 (agents): Roo Code's zh-TW locale says key and provider in Taiwan's words (RooCodeInc/Roo-Code@cb83656
        // webview-ui/src/i18n/locales/zh-TW/chat.json apiRequest.errorMessage.403 `您的 API 金鑰有效，但供應商拒絕完成此請求`)
        'api\\s?(?:密钥|金钥)有效，但(?:提供商|供应商)拒绝',
        'permission was denied\\. check your api key',
        // round 36 (apps-b): Cline's words for a provider's 403 (cline/cline@791d238~1 src/core/api/providers/cerebras.ts
        // `Cerebras API access denied. Please check your API key permissions.`, src/core/controller/models/refreshGroqModels.ts
        // `Access forbidden. Please verify your Groq API key has the correct permissions.`)
        'api access denied\\. please check your api key permissions',
        'please verify your [\\w .-]{0,40}api key has the correct permissions',
        'not authorized to access the model deployment',
        "it seems like you don't have access to",
        'does not have permission to use the specified resource',
        'permission denied',
        // round 24 (en): Google Cloud's SERVICE_DISABLED, a 403 PERMISSION_DENIED (gRPC `StatusCode.PERMISSION_DENIED`)
        // whose message names the API to enable: `Generative Language API has not been used in project 123 before or it
        // is disabled. Enable it by visiting …` (find_string ids 59498207765, 71424472310, 67331680775)
        'api(?: \\([\\w ]{1,20}\\))? has not been used in project \\S{1,40} before or it is disabled',
        'statuscode\\.permission_denied\\b',
        // and Google's 403 for a project the key or account may not use (Gemini, Vertex AI, Cloud Code: `Permission denied
        // on resource project <id>.`; find_string ids 70375559265, 53808071399, 57906553410)
        'permission denied on resource project\\b',
        // Amazon Bedrock's AccessDeniedException for a model whose Marketplace subscription the IAM role may not manage
        // (`Model access is denied due to IAM user or service role is not authorized to perform the required AWS
        // Marketplace actions …`), which LiteLLM passes on inside an APIConnectionError
        'model access is denied due to iam user or service role is not authorized',
        'insufficient permissions',
        '您无权访问',
        'has not activated the model',
        'no permission to access data',
        // Moonshot's 403 permission_denied_error: the endpoint is not open to this account (embeddings, /responses)
        'the api you are accessing is not open',
        '当前订阅套餐暂未开放',
        // round 45 (desc-policy): a model the account's subscription does not include: Ollama Cloud's 403 `this model requires a
        // subscription, upgrade for access: https://ollama.com/upgrade` (diegosouzapw/OmniRoute#3001 and #3027, whose maintainer
        // settles it as Ollama Cloud's own subscription gate on a paid model), and a model `not available for (on) your
        // subscription tier` (github/gh-aw#28235's reading of Copilot CLI's `The requested model is not supported`; Mistral's
        // 403 cause as www.developersdigest.tech/errors/api/mistral-api/403-forbidden lists it)
        '\\bthis model requires a subscription\\b',
        '\\bmodel (?:is )?not available (?:for|on|in) your (?:subscription|plan)(?: tier| plan)?\\b',
        // round 36 (apps-b): and `for this feature`, as Continue rewords it (continuedev/continue gui/src/util/errorAnalysis.ts
        // `Your OpenAI organization must be verified for this feature.`)
        'organization must be verified (?:to (?:use|stream|generate|access)|for this feature)',
        // round 45 (desc-policy): the same OpenAI message as a Chinese page gives it translated (hackernews-cn.vercel.app/item/
        // 44837367: `您的组织必须经过验证才能流式使用此模型。请访问…并点击“验证组织”`): the organization, not the key
        '组织必须经过验证才能',
        'free tier can only be used from within',
        '(?:模型)?服务(?:尚)?未开通|未开通(?:该)?(?:模型)?服务|请先开通(?:模型)?服务',
        '(?:无|没有)(?:该模型的)?访问权限',
        // round 11 (Chinese): a 403 in the plainest words (find_string 权限不足: API docs' `403 Forbidden - 权限不足`)
        '权限不足',
        // round 40 (agents-zh): and Anthropic's wording for a Claude subscription's OAuth token sent by anything but Claude Code,
        // which relays pooling such accounts pass on (`OAuth token is only authorized for use with Claude Code and cannot be used
        // for other API requests`, a permission_error: relays' isClaudeCodeClientRestrictionError and gateway tests, find_string
        // ids 56126224187, 69872035392)
        '(?:credential|oauth token) is only authorized for use with claude code',
        // round 30 (vendors): Kimi Code's 403 for a client not on its list of coding agents (`Kimi For Coding is currently only
        // available for Coding Agents such as Kimi CLI, Claude Code, …`, kimi.com/code/docs/en/kimi-code/error-reference.html)
        'kimi for coding is currently only available for coding agents',
        'not authorized to access this model',
        'not available for free users',
        'real name authenticated|实名认证',
        'licc failed',
        '禁止访问[，,。]',
        '没有访问此内容的权限',
        '"code"\\s*:\\s*"1220"',
        'you do not have permission to access',
        // Kling (可灵) API 1103, in both the English and the Chinese docs' words
        'unauthorized access to requested resource',
        '请求的资源无权限',
        // iFlytek Spark 11200 (header.message `AppIdNoAuthError`): the AppID is not licensed for this model or version
        'appidnoautherror',
        '该appid没有相关功能的授权',
        // round 34 (cn-vendors-2): iFlytek Spark 10015 `appid在黑名单中` and 10016 `appid授权类的错误。比如：未开通此功能，未开通对应版本，
        // token不足，并发超过授权 等等` (the Spark error-code table, xfyun.cn/doc/spark/Web.html, find_string ids 17054291591,
        // 56725105313): the AppID is barred or not licensed
        'appid\\s?在黑名单中',
        'appid\\s?授权类的错误',
        // round 42 (cnsdk): iFlytek's common 11200 in its own words (`auth no license` 功能未授权: 请先检查appid是否正确，并且确保该appid下添加了
        // 相关服务…查看是否使用了未授权的功能; the xfyun error-code table as SDK READMEs copy it, find_string ids 17081433754, 56959712311),
        // which Spark appends to AppIdNoAuthError (`AppIdNoAuthError:(11200)auth no license`); not 11201's `auth no enough license`,
        // the daily limit
        '\\bauth no license\\b',
        // Zhipu / Z.ai 1311: the subscription plan does not include this model, in the code or in any wording of it
        '"code"\\s*:\\s*"1311"',
        '暂未开放.{0,40}(?:模型)?权限',
        // Zhipu 1315: a key issued for the enterprise coding plan used elsewhere
        '仅限.{0,20}套餐场景使用',
        // round 36 (apps-a): Cherry Studio's 403 tips in English: error.http.403 `Access denied. Please check if your
        // account is verified, or contact the service provider for more information` (its zh-CN `禁止访问…` is read
        // already) and the diagnosis of a refusal that is not the key (error.diagnosis.permission `The provider refused
        // this request. Check the error details, your account plan, API key permissions, or access to this resource`,
        // zh-TW `提供者拒絕了此要求…`; CherryHQ/cherry-studio locales as its built bundle holds them, find_string ids
        // 67170962973, 67130913650)
        'access denied\\. please check if your account is verified',
        'the provider refused this request\\. check the error details',
        '提供者拒绝了此要求',
        // round 36 (gaps-zh): Gemini CLI's Google login for a Workspace or Code Assist licence, which is served only
        // inside a Cloud project the user names (google-gemini/gemini-cli packages/core/src/code_assist/setup.ts
        // ProjectIdRequiredError: `This account requires setting the GOOGLE_CLOUD_PROJECT or GOOGLE_CLOUD_PROJECT_ID env
        // var. See https://goo.gle/gemini-cli-auth-docs#workspace-gca`, earlier `…the GOOGLE_CLOUD_PROJECT env var.`)
        'this account requires setting the google_cloud_project\\b',
        // round 39 (agents-src): anomalyco/opencode (sst/opencode) packages/opencode/src/provider/error.ts message, for a 403
        // whose body is a gateway's or proxy's HTML page (`Forbidden: request was blocked by a gateway or proxy. You may not
        // have permission to access this resource — check your account and provider settings.`), and
        // @anthropic-ai/claude-code 2.1.332 for a 403 from the gateway it is set to (`Gateway refused the request · signing
        // in again won't change this — check with your gateway administrator · API Error: 403 …`; `Your organization's
        // gateway refused the request … · if the credential is current, check your access with your gateway administrator`)
        'forbidden: request was blocked by a gateway or proxy',
        "\\bgateway refused the request\\W{1,5}signing in again won['’]t change this",
        'gateway refused the request[^\\n]{0,300}if the credential is current, check your access',
        // round 39 (gateways-b): hajimi when its WHITELIST_USER_AGENT is set and the client's User-Agent is not on it
        // (wyeeeee/hajimi app/api/routes.py verify_user_agent, a 403 `{"detail":"Not allowed client"}`), in that shape
        '"detail"\\s*:\\s*"not allowed client"',
      ],
      wraps: [
        // round 40 (workflows): n8n's message for any 403 (n8n-io/n8n packages/workflow/src/errors/node-api.error.ts
        // STATUS_CODE_MESSAGES['403'] `Forbidden - perhaps check your credentials?`), shown above the API's own
        // message: a refusal when nothing follows, below what the gateway's words after it name (a relay's 403 for a
        // used-up key, `该令牌额度已用尽`, is the balance)
        'forbidden - perhaps check your credentials',
      ],
      describes: [
        // round 29 (desc-b): the account or key has not had the model enabled, as apps explain a 403 or Volcengine's
        // ModelNotOpen (find_string ids 71090762973 `访问被拒绝（403）：密钥权限不足，或当前账号未开通该模型。`, 63092092668
        // `权限被拒绝。可能原因：1) API Key 错误 2) 账户未开通该模型`, 56541244715 `Key 过期、无余额、或账号未开通该模型`,
        // 69000261828 `改用正确 id … 后仍报 404，实际是账号未开通该模型（ModelNotOpen）`, 68310130264 `Key 未开通该模型`); the
        // entry's `未开通(该)(模型)服务` already reads the service. Not a model's own settings (`未开通该模型的自动续费`)
        '(?:账号|账户|帳號|帳戶|key|密钥|密鑰)\\s?(?:尚|还|還)?(?:未|没有?|沒有?)(?:开通|開通)(?:该|此|这个|該|這個)?模型(?!的|服务|服務)',
        // an API key or account that does not have access to a model (find_string id 38081356687 `The API key doesn't
        // have access to GPT-4 Vision capabilities`, id 20018411182 `API key doesn't have access to gpt-4o-mini`;
        // nhaouari/obsidian-textgenerator-plugin#178 `my OpenAI account doesn't yet have access to GPT-4`). Not a reader
        // told what to do if they lack it (`If you don't have access to GPT-4, please change the model`): the key or
        // account must be the subject
        "\\b(?:api key|key|account|organization|org)\\s(?:does ?n[o']t|does not)\\s(?:yet\\s)?have\\s(?:api\\s)?access\\sto\\s(?:the\\s)?(?:gpt|o\\d|claude|opus|sonnet|haiku|gemini|this model|that model|the model|model)",
        // round 34 (faq-desc): the same said as the account not supporting the model, as Chatbox's FAQ words it and
        // settles it (chatboxai/chatbox doc/FAQ.md 1003 `your OpenAI API account does not support GPT-4`, doc/FAQ-CN.md
        // `OpenAI API 账户不支持 GPT-4`: the account had not been granted GPT-4). The account or key must be the
        // subject and a model named after it; not a feature (`account does not support streaming`)
        "\\b(?:api )?(?:account|key)\\s(?:does ?n[o']t|does not|did ?n[o']t)\\s(?:yet\\s)?support\\s(?:the\\s)?(?:gpt-?[\\w.-]*\\d|o\\d\\b|claude|opus|sonnet|gemini)",
        '(?:账户|账号|帳戶|帳號|api\\s?key|密钥|密鑰)\\s?(?:还|還|尚)?不支持\\s?(?:使用\\s?)?(?:gpt-?[\\w.-]*\\d|o\\d(?![\\d])|claude|gemini)',
        // round 40 (desc-en): an OpenAI organization said not to be verified, or the writer told they need to verify it,
        // which OpenAI's Organization Verification gate settles (help.openai.com/en/articles/10910291-api-organization-
        // verification, cited in danny-avila/LibreChat#6926; the error's own `organization must be verified` is a pattern
        // above): continuedev/continue#5251 `Unable to work with O3 becuase it is saying the organiztion is not verified`,
        // home-assistant/core#160212 `If an organization is not verified … there is no way to re-verify` (a conditional,
        // so not read), SuperDataScience-Community/ai-engineering#3 `I found that I need to **Verify Organization** through
        // Persona to use o3 model`, continuedev/continue#9067 `this is an openai error, you will need to verify your
        // organization to use this model`. `verified`/`verify` first, then a lookbehind for the organization and a negated
        // `is … verified` within 30 characters, or `need(s) to` / `asks me to` before `verify`; not after a conditional
        // (`if your organization is not verified`), not a relative clause (`an organization that is not verified`), not a
        // domain's, an e-mail's or another product's organization (GitHub's, Slack's), and not negated (`I didn't need to verify my organization`)
        // (review: another product's named after it too, `… is not verified on GitHub`, `verify your organization on Slack`)
        "\\bverified\\b(?<=(?<!\\b(?:if|when|whether|unless|once|until)\\b[^.\\n]{0,40}|\\b(?:github|gitlab|bitbucket|slack|apple|google|microsoft|npm|docker hub|hugging ?face)\\s)\\b(?:org|organi[sz]a?tion)\\b(?:(?!\\b(?:that|which|who|domain|e-?mail|github|gitlab|bitbucket|slack|apple)\\b)[^.\\n]){0,30}? (?:is|was|are)(?: not| still not| not yet|n['’]t)(?: yet)? verified)(?![^.\\n]{0,30}?\\b(?:on|in|with|for|at) (?:github|gitlab|bitbucket|slack|apple|google|microsoft|npm|docker hub|hugging ?face)\\b)",
        "\\bverify (?:my |our |your |the )?(?:openai )?(?:org|organi[sz]a?tion)\\b(?<=(?<!\\b(?:if|when|whether|unless|once|until)\\b[^.\\n]{0,20}|n['’]t |\\bnot |\\bno longer |\\bnever )\\b(?:(?:need|needs|needed|have|has|had) to|ask(?:s|ed|ing)?(?: me| us)? to) \\**verify (?:my |our |your |the )?(?:openai )?(?:org|organi[sz]a?tion))(?![^.\\n]{0,30}?\\b(?:on|in|with|for|at) (?:github|gitlab|bitbucket|slack|apple|google|microsoft|npm|docker hub|hugging ?face)\\b)",
      ],
    },
    title: { zh: '没有权限访问这个接口或资源', en: 'No permission for this endpoint or resource' },
    meaning: {
      zh: '密钥有效，但它所在的分组或项目不能调用这个接口或模型。',
      en: 'The key is valid, but its group or project may not call this endpoint or model.',
    },
    steps: [
      {
        zh: '在控制台的模型列表里确认你的分组能用这个模型。',
        en: 'Check in the console’s model list that your group may use this model.',
      },
      {
        zh: '换一个分组有权限的模型，或联系客服开通。',
        en: 'Pick a model your group has, or ask support to enable it.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#group-permission',
    examples: [
      {
        text: '{"type":"error","error":{"type":"permission_error","message":"Your API key does not have permission to use the specified resource."}}',
        source: 'Anthropic API errors (docs.anthropic.com/en/api/errors)',
      },
    ],
  },
  {
    // round 43 (platforms): ModelScope API-Inference (魔搭) refuses every call of a token whose ModelScope account is not yet
    // bound to an Alibaba Cloud account with real-name verification, with a 401 (`Please bind your Alibaba Cloud account before
    // use.`; modelscope.cn/docs/model-service/API-Inference/intro 前提条件 asks for the binding first; the message as clients
    // record it, FreeLLMAPI's provider registry among them). The token is real and the account may not call the
    // API yet: its rights, not a wrong key. An entry of its own for the reason openai-no-organization has one: a 401 on
    // provider-permission-denied would take Azure's `401 (PermissionDenied)` for a wrong key from invalid-api-key
    id: 'vendor-account-not-bound',
    cause: 'permission',
    layer: 'provider',
    statuses: [401, 403],
    defaultFor: [],
    dialects: ['openai'],
    match: {
      codes: [],
      patterns: ['please bind your alibaba cloud account'],
    },
    title: {
      zh: '厂商账户尚未完成绑定或实名',
      en: 'The vendor account is not yet bound or verified',
    },
    meaning: {
      zh: '这是模型平台（如魔搭 ModelScope）自己的话：令牌本身没错，但它所属的账户还没绑定阿里云账号并完成实名认证，所以平台拒绝所有 API 调用。直接用平台令牌时是你的账户；通过网关调用时是网关在该平台的账户。',
      en: 'These are the model platform’s own words (ModelScope, for one): the token is real, but its account is not yet bound to an Alibaba Cloud account with real-name verification, so the platform refuses every API call. With the platform’s own token it is your account; through the gateway it is the gateway’s account there.',
    },
    steps: [
      {
        zh: '直接用魔搭令牌：登录 modelscope.cn，在账号设置中绑定阿里云账号并完成实名认证，然后重新生成访问令牌再试。',
        en: 'Using a ModelScope token directly: sign in at modelscope.cn, bind an Alibaba Cloud account in the account settings and complete its real-name verification, then create a new access token and retry.',
      },
      {
        zh: '通过本网关调用时出现：这是网关上游账户的设置问题，请把报错原文发给 {{gw.support.email}}。',
        en: 'Through this gateway: the gateway’s upstream account needs this step; send the full error to {{gw.support.email}}.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#group-permission',
    examples: [
      {
        text: '401 please bind your alibaba cloud account before use',
        source:
          "ModelScope API-Inference's 401 for a token whose account is not bound, as FreeLLMAPI's provider registry records it (providers/index.ts, its ModelScope note); modelscope.cn/docs/model-service/API-Inference/intro, 前提条件",
      },
    ],
  },
  {
    // round 34 (vendor-zh): OpenAI's 401 for an account in no organization, which its error-codes guide tells apart from
    // a wrong key (platform.openai.com/docs/guides/error-codes): a 401 with this wording is not the key, so it has an
    // entry of its own rather than a 401 on provider-permission-denied (which would take Azure's 401 `Access denied due
    // to invalid subscription key` from invalid-api-key)
    id: 'openai-no-organization',
    cause: 'permission',
    layer: 'provider',
    statuses: [401],
    defaultFor: [],
    dialects: ['openai'],
    match: {
      codes: [],
      patterns: [
        // round 34 (vendor-zh): the 401 row `You must be a member of an organization to use the API` (Cause: the
        // account is not part of an organization; Solution: get added to one or invited by its manager, so the key is
        // real but the account may not use the API: permission, as the lookup already guessed for the English) in
        // English and as OpenAI's error-codes guide in Chinese (openai-doc.aihub2022.top/docs/guides/error-codes/ =
        // developer.aliyun.com/article/1512598, chatgpt.cadn.net.cn/docs/guides_error-codes,
        // openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma, gpt.huanp.com/chatgpt/7706.html, the newer page's translations
        // find_string ids 59696096384, 59992588880, 25643759872): `您必须是组织的成员才能使用API`, `必须是组织成员才能使用 API`,
        // `你必须是某个组织的成员才能使用 API`, `您一定要是组织的成员`
        'must be a member of an organi[sz]ation to use the api',
        '(?:必须|一定要)是(?:某个|一个)?组织的?成员才能使用\\s?api',
      ],
    },
    title: { zh: '账户不属于任何组织', en: 'Account belongs to no organization' },
    meaning: {
      zh: '密钥本身没错，但它所属的 OpenAI 账户已不在任何组织里（离开或被移出组织，或组织已删除），所以不能调用 API。',
      en: 'The key itself is fine, but its OpenAI account is in no organization (it left or was removed, or the organization was deleted), so it may not call the API.',
    },
    steps: [
      {
        zh: '如果是直连 OpenAI 时出现：请组织管理员重新邀请你，或新建一个组织，然后在新组织下生成密钥。',
        en: 'If it came from calling OpenAI directly: ask the organization owner to invite you again, or create an organization, then make a key in it.',
      },
      {
        zh: '如果你本想通过本网关调用：客户端的接口地址可能填成了 OpenAI 官方地址，改成 {{gw.apiBaseUrl}} 并使用控制台里的密钥。',
        en: 'If you meant to go through this gateway: the client’s base URL may point at OpenAI itself; set it to {{gw.apiBaseUrl}} and use a key from the console.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#group-permission',
    examples: [
      {
        text: '401 - 您必须是组织的成员才能使用API 原因：您的账户不属于任何组织。',
        source:
          'OpenAI error-codes guide in Chinese (openai-doc.aihub2022.top/docs/guides/error-codes/, API错误 table)',
      },
    ],
  },
  {
    id: 'unsupported-region',
    cause: 'region_blocked',
    layer: 'provider',
    statuses: [403, 400],
    // RFC 7725's 451 Unavailable For Legal Reasons, a service refusing on legal grounds, with the entry's own words (`HTTP
    // 451: User location is not supported for the API use` lost its entry to the status mismatch); bare, it is also
    // StepFun's moderation refusal (content-policy reads that one, with its words)
    statusesWithWording: [451],
    defaultFor: [],
    dialects: ['openai', 'gemini', 'openrouter', 'anthropic'],
    match: {
      codes: [
        'unsupported_country_region_territory',
        // round 36 (lead): OpenAI's sign-in refusing the reader's country, which ChatGPT-web relays and their guides print as
        // `OpenAI's services are not available in your country. (error=unsupported_country)` (find_string ids 25064910059,
        // 1702532302, 49193476415), after `access_denied` when the relay passes the OAuth error on
        'unsupported_country',
        'unsupported_region',
        'locationnotsupporterror',
        // round 29 (lead): Google's Gemini SDKs' class for the 400 `User location is not supported for the API use.`
        // (google-gemini/generative-ai-dart lib/src/error.dart `final class UnsupportedUserLocation`, which has no
        // toString, so Dart prints `Instance of 'UnsupportedUserLocation'`; the Android and Firebase SDKs'
        // UnsupportedUserLocationException, find_string ids 43255471660, 2928609538, 17152827473)
        'unsupporteduserlocation',
        'unsupporteduserlocationexception',
        // round 43 (platforms): Xiaomi MiMo's 403 type (`{"error":{"code":"403","message":"Illegal access","type":"illegal_access"}}`,
        // as its users paste it, XiaomiMiMo/MiMo-Code issues #1126, #1410), which its error-code page explains first as the
        // service not being available in the caller's region (platform.xiaomimimo.com/docs/en-US/quick-start/error-codes row
        // 403 Forbidden: `The service is currently not available in the current region, or the API Key has been restricted by
        // risk control`); its users got past it by changing network
        'illegal_access',
      ],
      patterns: [
        // round 34 (vendor-zh): the 403 row `Country, region, or territory not supported` as OpenAI's error-codes guide
        // in Chinese (openai-doc.aihub2022.top/docs/guides/error-codes/ = developer.aliyun.com/article/1512598,
        // chatgpt.cadn.net.cn/docs/guides_error-codes, openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma,
        // gpt.huanp.com/chatgpt/7706.html, the newer page's translations find_string ids 59696096384, 59992588880,
        // 25643759872): `不支持的国家、地区或领土`, cadn's `不支持国家、区域或区域`, the newer `国家、地区或领土不受支持`, and the cause
        // `您正在从不受支持的国家、地区或领土访问
        // API`; the list with any separator
        '(?:不支持的?|不受支持的)国家[、，,/\\s]{0,2}(?:地区|区域)[、，,/\\s]{0,2}或\\s?(?:领土|区域|地区)',
        '国家[、，,/\\s]{0,2}(?:地区|区域)[、，,/\\s]{0,2}或\\s?(?:领土|区域|地区)不受支持',
        // round 34 (vendor-zh): Gemini's 400 FAILED_PRECONDITION in Chinese
        // (ai.google.dev/gemini-api/docs/troubleshooting?hl=zh-cn: the free tier is not available in your country; an
        // app quotes the API's message `Gemini API 免费层级尚未在您所在的国家/地区推出。请在 Google
        // AI Studio 中为您的项目启用结算功能。`, find_string id 47653118670)
        '免费层级(?:尚未|未)?在(?:您|你)所在的国家(?:/|或|、)?地区(?:不可用|推出|提供|不受支持)',
        // round 27 (apps): LobeChat locales/en-US/error.json LocationNotSupportError (`your current location does not
        // support this model service. This may be due to regional restrictions`)
        'location does not support this (?:model )?service',
        // Codex's Cloudflare block (codex-rs/core/src/error.rs CLOUDFLARE_BLOCKED_MESSAGE)
        'connecting from a restricted region',
        'country, region, or territory not supported',
        // round 25 (zh): OpenAI's code for it (`unsupported_country_region_territory`, platform.openai.com/docs/guides/
        // error-codes, 403 `Country, region, or territory not supported`) written in prose rather than in a JSON `code`,
        // whole or cut after `region` as people quote it
        '\\bunsupported_country_region(?:_territory)?\\b',
        'user location is not supported',
        'not available in your (?:region|country)',
        'request not allowed from this region',
        // round 23 (English): Amazon Bedrock's ValidationException when the model's vendor does not serve the caller's
        // country (`Access to Anthropic models is not allowed from unsupported countries, regions, or territories. Please
        // refer to https://www.anthropic.com/supported-countries …`, the same for Meta Llama and OpenAI models, through
        // LiteLLM's BedrockException too; find_string ids 57926359310, 8986579751, 59203644934, 68402897428)
        'is not allowed from unsupported countries, regions,? or territories',
        // round 14 (English): Anthropic's own 403 `{"type":"forbidden","message":"Request not allowed"}` (not one of its
        // documented error types) is its refusal of an unsupported country, as the threads that fixed it with a VPN or
        // a proxy show (enricoros/big-AGI#485, corbt/agent.exe#15, stackblitz/bolt.new#57, anthropics/claude-code#1613);
        // apps print it as JSON or as `Error type: forbidden, Message: request not allowed.`
        '"request not allowed"',
        'forbidden\\W{1,40}(?:message\\W{1,10})?request not allowed',
        '(?:不支持|暂不支持)(?:您|你)?(?:所在|当前)的?(?:地区|国家)',
        '地区不受支持',
        '(?:所在|当前)的?地区(?:不可用|不支持)',
        // round 34 (apps-zh): openai-translator's notice on a direct connection from an unsupported country
        // (openai-translator/openai-translator src/common/i18n/locales/zh-Hans/translation.json and en "Country Not Supported":
        // `您正在直接连接至 OpenAI，而您的 IP 属地为 {{name}}，不在 OpenAI <0>支持的地区</0> 范围内`, `You are directly connecting
        // to OpenAI from {{name}}, which is not a <0>supported region</0> of OpenAI`), with or without the link tags
        '不在\\s?openai\\s?(?:的\\s?)?(?:<0>)?支持的地区',
        'which is not a (?:<0>)?supported region(?:</0>)? of openai',
        '由于区域限制',
        // round 36 (apps-a): LobeHub's current LocationNotSupportError in Chinese (lobehub/lobehub
        // locales/zh-CN/modelRuntime.json `抱歉，您当前的位置不支持此模型服务。这可能是由于地区限制或服务不可用。…`), where 位置 replaced 地区 and the
        // sentence names 服务不可用 and 此模型 too
        '(?:所在|当前)的?(?:位置|地点)不支持此模型服务',
        '由于地区限制或服务(?:未开通|不可用)',
        // round 36 (apps-a): Cherry Studio's region diagnosis in English (CherryHQ/cherry-studio en-us locale
        // error.diagnosis.region `Service unavailable in your region. Configure a proxy or switch to a provider
        // available in your area`, find_string id 67170962973; the zh-CN `服务在你所在的地区不可用` is read already), which
        // upstream-failed's `service unavailable` no longer claims
        '\\bservice unavailable in your region\\b',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 for a 403 Anthropic's edge sent before the API saw the
        // request (`API Error: Request blocked before it reached Anthropic's API (HTTP 403) · the network this request came
        // from isn't allowed: usually an unsupported region, or a VPN, proxy or hosting network · …`)
        "request blocked before it reached anthropic['’]s api",
        "the network this request came from isn['’]t allowed",
        // round 45 (desc-models): Cursor's notice when the chosen model's provider does not serve the account's or the
        // address's region (`Model not available` / `This model provider doesn't serve your region. Visit
        // https://docs.cursor.com/account/regions for more information.`; cursor.com/docs/account/regions: some model
        // providers have location-based restrictions; setup guides and FAQs quote it as the region block, find_string ids
        // 17085243974, 7780930654, 20154339016, 52710635752)
        "\\bthis model provider doesn['’]t serve your region\\b",
        // round 45 (desc-models): the Gemini app's page for a country it does not serve (`Gemini isn't currently supported in
        // your country.`), which region checkers read as the region block (find_string ids 69148636510, 65884013773,
        // 56217508199, 69477572156, 66870989277); `currently` keeps other products' `not supported in your country` out, and
        // not a rule or a case (`if Gemini isn't currently supported in your country, …`)
        "(?<!\\b(?:if|when|whether|unless)\\b[^.\\n]{0,40})\\b(?:isn['’]t|is not) currently supported in your (?:country|region)\\b",
        // round 45 (desc-models): OpenAI's June 2024 notice before it blocked API traffic from unsupported countries on July 9
        // (`Our data shows that your organization has API traffic from a region that OpenAI does not currently support.`, as
        // Vercel's changelog quotes it for Functions in Hong Kong, find_string ids 53089536626, 62696989581; research notes
        // citing The Register, ids 70121962793, 58117422923)
        '\\btraffic from a region that openai does not currently support\\b',
        // round 45 (desc-models): claude.com's app-unavailable-in-region page (`App unavailable` / `Unfortunately, Claude is only
        // available in certain regions right now. Please contact support if you think you're getting this message in error.`),
        // which Claude Code's installer downloads instead of a script and region checkers match (find_string ids 60955582149,
        // 70732292984, 69304048753; guides quoting it for mainland China, ids 61909226590, 68624985990, 69460472342)
        '\\bclaude is only available in certain regions right now\\b',
      ],
      describes: [
        // round 29 (desc-b): the country refused, in people's words: after a reporting verb (qxzg/Actions#25 `OpenAI
        // 显示所在国家不支持`, pengzhile/pandora#640 `怎么会国家不支持呀`) or asking what to do (stormzhang/free-programming-books#18
        // `国家不支持怎么办呢`, james-6-23/codex2api#56 `国家地区不支持是怎么回事？`). Not the bare words, which payment, tax
        // and map code say of their own countries (`部分国家不支持`, `// 国家不支持，返回 0`, `发卡行国家不支持`)
        '(?:显示|顯示|提示|报|報|说|說|怎么会|怎麼會|突然)[^，。！？\\n]{0,6}?国家(?:/|／|和|或|、)?(?:地区)?(?:不支持|不受支持)',
        '国家(?:/|／|和|或|、)?(?:地区)?(?:不支持|不受支持)(?:怎么办|怎麼辦|是怎么回事|是怎麼回事|怎么解决|怎麼解決|咋办|咋辦)',
        // a named AI service or model not available, unsupported or blocked in the writer's own country
        // (zed-industries/zed#16844 `Claude 3.5 Sonnet not available in my country.`, williamfzc/chat-gpt-ppt's changelog
        // `OpenAI's services are not available in my country.` find_string id 32507336280; an example's `// open ai is blocked
        // in my country so i use socks5 proxy`, id 7867081313; a marketing list's `LLM API that works when OpenAI is blocked
        // in my country?`, id 55646336707). Not a video, a track, a payment, a TV standard or a torrent provider (`DVB-C is
        // not available in my country`, `Apple Pay not available in my country`, `Provider X is blocked in my country`)
        '\\b(?:open ?ai|claude|anthropic|gemini|chatgpt|gpt[\\w.-]*|sonnet|opus|apis?|models?|services?)\\b[^.\\n]{0,40}?\\b(?:not available|unavailable|not supported|blocked|banned) in my (?:country|region)\\b',
        // round 40 (desc-en): the same service said to be unavailable in some or certain regions, in Europe or the EU, or
        // not everywhere or worldwide, rather than `in my country` (alexfazio/viral-clips-crew#9 `Gemini's API is not
        // supported in some regions`; google-gemini-php/laravel#8 `gemini isn't available in some regions (in my case:
        // germany)`, answered with a proxy; CommandDash/commanddash#122 `Gemini is not available worldwide (for exemple in
        // France we can't access the API without VPN)`), which the Gemini API's list of supported countries settles
        // (ai.google.dev/gemini-api/docs/available-regions; its `User location is not supported` is a pattern above). The
        // place first, then a lookbehind for an AI service, an API or a model and `not available/supported` within 40
        // characters, with no other negation in between; not after a conditional (`if Gemini is not available in the EU`),
        // and not a cloud's region (`… in some regions on Bedrock`, `europe-west4`)
        "\\b(?:in (?:the eu|the european union|europe|(?:some|certain|many|several|other|unsupported) (?:countries|regions|areas|territories))|worldwide|everywhere)(?![\\w-])(?<=(?<!\\b(?:if|when|whether|unless|once|until)\\b[^.\\n]{0,40})\\b(?:open ?ai|claude|anthropic|gemini|chatgpt|gpt[\\w.-]*|apis?|models?|services?)\\b(?:(?!not\\b|n['’]t\\b)[^.\\n]){0,40}?(?:\\bnot (?:yet )?(?:available|supported)|n['’]t (?:yet )?(?:available|supported)|\\bunavailable) (?:in (?:the eu|the european union|europe|(?:some|certain|many|several|other|unsupported) (?:countries|regions|areas|territories))|worldwide|everywhere))(?![^.\\n]{0,30}?\\b(?:bedrock|azure|vertex|aws|gcp|google cloud|[a-z]{2}-[a-z]+-?\\d)\\b)",
      ],
    },
    title: { zh: '所在地区不受支持', en: 'Region not supported' },
    meaning: {
      zh: '上游模型方拒绝了来自这个地区的请求；直连官方接口时常见，经网关转发时一般不会出现。',
      en: 'The model provider refuses requests from this region; common when calling the official API directly, rare through the gateway.',
    },
    steps: [
      {
        zh: '确认客户端的接口地址是 {{gw.apiBaseUrl}}，而不是官方地址。',
        en: 'Make sure the client’s base URL is {{gw.apiBaseUrl}}, not the official one.',
      },
      {
        zh: '已经在用本网关仍出现：换同类的其他模型，并把 request id 发给客服。',
        en: 'Already on this gateway: try a similar model and send the request id to support.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/network#region-blocked',
    examples: [
      {
        text: '{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}',
        source: 'OpenAI 403 (platform.openai.com/docs/supported-countries; openai/openai-python issues)',
      },
      {
        text: '{"error":{"code":400,"message":"User location is not supported for the API use.","status":"FAILED_PRECONDITION"}}',
        source: 'Gemini API (ai.google.dev/gemini-api/docs/troubleshooting)',
      },
    ],
  },
]
