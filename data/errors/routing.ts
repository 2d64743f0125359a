import type { ErrorEntry } from '../errors.schema.ts'
import { chatLunaErrorCode } from './chatluna-template.ts'
import { qianfanCode } from './qianfan-codes.ts'

/** The model name and which channel serves it. */
export const routingEntries: ErrorEntry[] = [
  {
    id: 'model-not-found',
    cause: 'model_not_found',
    layer: 'routing',
    // 403 as well (round 15): LiteLLM answers a model name it does not serve with a 400 (`<route>: Invalid model
    // name passed in model=…`, litellm/proxy/route_llm_request.py), which a proxy in front passes on as a 403
    // (Codex's `unexpected status 403 … Invalid model name passed in model=`); the words name the model, and a 403
    // must not sink them below a 403's default reading
    statuses: [404, 400, 200, 403],
    // round 43 (gateways): 410 and 500 with its own words: LLM Gateway answers a retired model with a 410 (`Model <m> has
    // been deactivated and is no longer available`) and a routed model it has no definition of with a 500 (`Could not
    // find model definition for <m>`) (theopenco/llmgateway apps/gateway/src/chat/request-validation.ts, model-routing.ts)
    // round 43 (platforms): 410 Gone, only with this entry's words or codes: SambaNova Cloud's status for a model it retired
    // (docs.sambanova.ai/docs/en/api-reference/using-the-api/api-error-codes: 410 `The requested model is no longer available
    // (deprecated or removed)`, code model_deprecated); and 503, Qiniu AI's status for a model id it does not list (below)
    statusesWithWording: [410, 500, 503],
    defaultFor: [],
    dialects: ['openai', 'one-api', 'new-api', 'anthropic', 'litellm'],
    match: {
      codes: [
        // round 44 (media): RunningHub's 380 WORKFLOW_NOT_EXISTS `The specified workflow does not exist` (apifox.com/apidoc/docs-site/
        // 5441421/doc-6913925, API Error Code Reference, its identifier in `msg`): the workflowId of a task, which is what a model
        // name is elsewhere, is not one it has; not the key (it has its own codes for that)
        'workflow_not_exists',
        // round 44 (media): sync.'s generation_unsupported_model `The requested model is not supported for this operation.`
        // (docs.sync.so/api-reference/error-handling), in a FAILED generation whose status alone reads as a failed task
        'generation_unsupported_model',
        // Huawei Cloud MaaS 404 ModelArts.81009 `Invalid model.` (support.huaweicloud.com/intl/en-us/usermanual-maas-modelarts/maas-modelarts-0080.html)
        'modelarts.81009',
        // round 27 (en-vendors): Groq's 400 for a retired model (`The model `…` has been decommissioned and is no longer
        // supported. Please refer to https://console.groq.com/docs/deprecations …`, code `model_decommissioned`; find_string
        // ids 42694071427, 58601285001, 69328429956)
        'model_decommissioned',
        // round 43 (platforms): SambaNova Cloud's code for a retired model (its error-code reference, 410 model_deprecated `The
        // requested model has been deprecated`; use a currently supported model)
        'model_deprecated',
        // round 34 (cn-vendors): Model Studio's 403 Endpoint.AccessDenied (help.aliyun.com/zh/model-studio/error-code, `Workspace
        // endpoint access denied.`, 原因 可能调用了已下线的模型, e.g. a retired snapshot such as qwen-max-2025-01-25): the model's
        // endpoint is gone, not a permission the account lacks
        'endpoint.accessdenied',
        // round 29 (lead): GitHub Copilot's API for a model it does not serve on that endpoint (`{"error":{"message":"The
        // requested model is not supported.","code":"model_not_supported"}}`, a 400; find_string id 52491669873), which
        // copilot proxies pass on
        'model_not_supported',
        // round 40 (workflows): LibreChat's violation for a model its endpoint does not list (danny-avila/LibreChat
        // packages/data-provider/src/config.ts ViolationTypes.ILLEGAL_MODEL_REQUEST, sent as `{ "type":
        // "illegal_model_request", "info": "<endpoint>|<model>" }` by its agent model check, validateAgentModel; for a
        // custom endpoint the list is what the base URL's /v1/models answered or librechat.yaml names), and the text
        // api/server/middleware/validateModel.js answers with (patterns)
        'illegal_model_request',
        'model_not_found',
        'not_found_error',
        'invalid_model',
        'modelnotfound',
        'invalidendpointormodel.notfound',
        'invalidendpoint.notfound',
        'ai_nosuchmodelerror',
        // round 27 (local-sdk): the Vercel AI SDK's provider registry given a `provider:model` id whose provider it does
        // not hold (vercel/ai packages/ai/src/registry/no-such-provider-error.ts `No such provider: …`)
        'ai_nosuchprovidererror',
        // round 15 (matcher): opencode's NamedError for a provider/model pair its config does not hold
        // (opencode packages/opencode/src/provider/provider.ts `NamedError.create("ProviderModelNotFoundError", …)`,
        // find_string ProviderModelNotFoundError, id 60785180689)
        'providermodelnotfounderror',
        // round 14 (Chinese): the error type relays give a model they do not serve (Qoder's upstream `{"code":
        // "invalid_model_error","message":"Unsupported model …"}`, airgate-sdk gateways' Anthropic-format 422, a Kotlin
        // relay's `The model '…' does not exist`)
        'invalid_model_error',
        // round 41 (gateway): ngrok's AI Gateway when no model of its configuration matches the one asked for, a typo or a
        // model outside its catalogue (ngrok.com/docs/ai-gateway/reference/error-codes ERR_NGROK_3804, a 422)
        'err_ngrok_3804',
      ],
      patterns: [
        // round 45 (agents): Cline's guidance it adds to a model-not-found answer, Anthropic's bare 404 `model: <id>` among them
        // (cline/cline@21cb8d2 apps/vscode/src/sdk/message-translator.ts describeModelNotFoundError, MODEL_NOT_FOUND_GUIDANCE
        // `Model "<id>" was not found. This model may be retired or unavailable on your account. Switch to a different model in
        // API Configuration settings, then retry.`)
        '\\bthis model may be retired or unavailable on your account\\b',
        '^\\W*model "[^"\\n]{1,80}" was not found\\.',
        // round 43 (gateways): LLM Gateway for a model it retired and a routed model it has no definition of (theopenco/llmgateway
        // apps/gateway/src/chat/request-validation.ts, a 410 `Model <m> has been deactivated and is no longer available`;
        // model-routing.ts, a 500 `Could not find model definition for <m>`)
        '\\bhas been deactivated and is no longer available\\b',
        '\\bcould not find model definition for\\b',
        // round 43 (gateways): AIBrix's gateway plugin for a model it has no deployment of (vllm-project/aibrix
        // pkg/plugins/gateway/gateway_req_body.go, a 400 model_not_found `model <m> does not exist`, logged as `probably wrong
        // model name`)
        '\\bmodel [\\w./:-]{1,80} does not exist\\b',
        // round 43 (gateways): Envoy AI Gateway's direct response when no route rule matches the request's model header
        // (envoyproxy/ai-gateway internal/controller/ai_gateway_route.go, a 404 `No matching route found. It is likely because the
        // model specified in your request is not configured in the Gateway.`)
        '\\bno matching route found\\. it is likely because the model\\b',
        // round 43 (gateways): claude-code-router's route diagnostics when a custom router or router script names a model no
        // provider is configured with (musistudio/claude-code-router packages/core/src/gateway/claude-code-router-plugin.ts
        // `Custom router returned unconfigured model "<provider,model>".`; src/routing/route-script-result.ts `Router script
        // returned unconfigured model …`)
        '\\b(?:custom router|router script) returned unconfigured model\\b',
        // round 43 (platforms): Qiniu AI (七牛云 AI 大模型推理)'s 503 for a model id it does not list, which its FAQ answers as the
        // model field spelled wrong, not a price to set (developer.qiniu.com/aitokenapi/13462/aitoken-use-faq Q6: `Error code: 503 -
        // {'error': {'message': 'the price of the model is not set (model: deepseek-r1:671b)', 'type': 'quota_exceeded_error'}}`,
        // 解决: model 字段的值传错了，需要严格和 AI大模型广场 中的模型名称一致); one-api's own `price not set` stays the gateway's
        'the price of the model is not set \\(model:',
        // round 43 (platforms): Together AI's 400 model_not_available for a catalogue model it does not serve without a dedicated
        // endpoint (`Unable to access non-serverless model <id>. Please visit https://api.together.ai/models/<id> to create and
        // start a new dedicated endpoint for the model.`, as clients record the body, find_string ids 65963667923, 58142474107,
        // 3820896191): the id is not served on the shared endpoint, so a serverless model id is needed
        'unable to access non-serverless model',
        // round 42 (cnsdk): Qianfan's APINameNotExist, 336005 (baidubce/bce-qianfan-sdk python/qianfan/consts.py APIErrorCode; its
        // error-code table `336005 | API name not exist | Custom model service apiname does not exist`, find_string id 10270529851):
        // the model's endpoint name in the URL names no service
        qianfanCode('336005'),
        // round 41 (agents): iFlow CLI's modelNotSupport (The-Sunder-islands/iflow-cli-ce@be76597 modules/app/api/
        // aNr_iflow-api.js, the @iflow-ai/iflow-cli 0.5.19 bundle's openaiContentGenerator.errors: `The specified model is not
        // supported` / zh-CN `心流不支持当前模型，请更换模型后重试。`): the name the CLI sent is not one the service knows
        '\\bthe specified model is not supported\\b(?! for (?:this|the) (?:operation|endpoint|api))',
        '不支持当前模型[，,]\\s?请更换模型',
        // round 36 (gaps-en): OpenAI's model_not_found of 2023 with a colon after `model` (`The model: `gpt-4` does not
        // exist`, code model_not_found, as clients matched it then: find_string ids 3029896898, 41213102543, 27277166974,
        // 66672603279), which the pattern below misses; the backticks optional, as Markdown swallows them
        '\\bthe model: `?[a-z0-9][\\w.:/-]{0,79}`? does not exist\\b',
        // round 45 (desc-models): OpenAI's model_not_found as its Responses API and Codex word it now, with the name in single
        // quotes (`The requested model 'gpt-5.3' does not exist.`, code model_not_found, a 400), which Hugging Face's router
        // answers too (`The requested model 'not-a-real/model-name' does not exist.`) and clients paste without its code
        // (find_string ids 56690601320, 55408620305, 68919292100; an AI SDK app's `Error: The requested model 'gemini-1.5-flash'
        // does not exist` against OpenAI's endpoint, id 17439751055); the quoted name is what the other patterns miss
        '\\bthe requested model [\'"`‘’][\\w./:@-]{1,80}[\'"`‘’] does not exist\\b',
        // round 45 (desc-models): apps' and SDK wrappers' words for a 404 on the model or its Azure deployment (find_string `Model/deployment
        // not found`: Continue's error locale `modelNotFound`, id 70939606295, as a user's agent quotes it for an OpenRouter model id
        // that does not exist, id 46069449916; an app on Azure's DeploymentNotFound `⚠️ Model/Deployment Not Found`, id 7784258428;
        // a client's 404 `Model/deployment not found at …`, id 65753476726; an Azure AI Foundry check, id 70163735882)
        '\\bmodel/deployment not found\\b',
        // round 36 (gaps-en): 1min-relay's 1002 (kokofixcomputers/1min-relay main.py ERROR_HANDLER `The model {model} does not
        // exist.`, model_not_found), which its log shows only by the code
        "error has occurred while processing the user['’]s request\\. error code: 1002\\b",
        // round 34 (cn-vendors): Model Studio's Endpoint.AccessDenied in its own words (above)
        'workspace endpoint access denied',
        // (the model named: a storage service `has been decommissioned and is no longer supported` too)
        'model `[^`\\n]{1,80}` has been decommissioned',
        // round 27 (en-vendors): Amazon Bedrock's runtime errors (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html,
        // docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html): a wrong or retired model id
        'this model version has reached the end of its life',
        // round 27 (en-vendors): Cohere's error reference (docs.cohere.com/reference/errors, its example messages): 404 for a model id
        'not found, make sure the correct model id was used',
        // round 27 (en-vendors): Cloudflare Workers AI's error table (developers.cloudflare.com/workers-ai/platform/errors/): 3042
        'aierror: the model name is invalid',
        // round 27 (apps): LobeChat locales/en-US/error.json ModelNotFound (`Sorry, the requested model could not be found.
        // It may not exist or …`), the way apps reword a 404 model_not_found
        'requested model (?:could not|cannot|can\\x27t) be found',
        // Ollama's 404 for a model not pulled (server/routes.go: `model %q not found, try pulling it first`), which
        // apps calling it through an OpenAI SDK print inside NotFoundError
        'not found, try pulling it first',
        // round 27 (local-sdk): Ollama's plain 404 for a model it does not hold (ollama/ollama server/routes.go
        // `model '%s' not found` in GenerateHandler, ChatHandler, EmbedHandler, ShowHandler…), quotes single or double
        '\\bmodel [\'"][^\'"]{1,80}[\'"] not found\\b',
        // Gemini CLI's model dialog (useQuotaAndFallback.ts)
        'model "[^"]{1,80}" was not found or is invalid',
        // Open WebUI (backend/open_webui/constants.py MODEL_NOT_FOUND) and LibreChat's zh-Hans
        // com_error_illegal_model_request (模型 “…” 不可用于 …: a model the endpoint does not list)
        "model '[^']{1,80}' was not found",
        '模型\\s?[“"][^”"]{1,80}[”"]\\s?不可用于',
        // round 40 (workflows): LibreChat's answer for a model its endpoint does not list (danny-avila/LibreChat
        // api/server/middleware/validateModel.js `handleError(res, { text: 'Illegal model request' })`, the violation
        // type illegal_model_request read among the codes)
        '\\billegal model request\\b',
        // AnythingLLM's generic OpenAI provider with no model name (server/utils/AiProviders/genericOpenAi)
        'must have a valid model set',
        // round 36 (apps-b): Roo Code's check of the model ID against the list the base URL returns (RooCodeInc/Roo-Code@cb83656
        // webview-ui/src/i18n/locales zh-CN settings.json validation.modelAvailability `模型ID {{modelId}} 不可用，请重新选择`, its
        // English read above; validation.modelDeprecated `This model is no longer available. Please select a different
        // model.` / `此模型不再可用，请选择其他模型。`) and CodeGPT's (carlrobertoh/CodeGPT src/main/resources/messages/
        // codegpt.properties validation.error.model.notExists `'%s' is not available, please select another model`)
        '模型\\s?id\\s?\\S{1,80}\\s?不可用[，,]\\s?请重新选择',
        'this model is no longer available\\. please select a different model',
        '此模型不再可用[，,]\\s?请选择其他模型',
        'is not available, please select another model',
        // round 36 (apps-b): Open Interpreter's reading of OpenAI's `does not exist or you do not have access to it` (read
        // above), printed instead of it (OpenInterpreter/open-interpreter interpreter/core/respond.py: `You do not have access
        // to {model}. If you are using an OpenAI model, you may need to add a payment method…`, `… Please check with Groq
        // for more details.`)
        'you do not have access to \\S{1,80}\\. (?:if you are using an openai model|please check with groq)',
        // Bob's OpenAI Translator plugin set to a custom model with no name (src/main.ts validatePluginConfig)
        '请确保(?:你|您)在插件配置中填入了正确的自定义模型名称',
        'the model .{1,80} does not exist',
        // OpenAI's answer for a retired model, with code model_not_found
        'the model .{1,80} has been deprecated',
        'does not exist or you do not have access to it',
        // Volcengine Ark's InvalidEndpoint.NotFound (404): the model field holds no inference endpoint (ep-…) it knows
        'targeted an endpoint that does not exist or is invalid',
        // round 34 (relay-strings): not new-api's retry loop saying the group has no channel for the model
        // (QuantumNous/new-api controller/relay.go getChannel `分组 %s 下模型 %s 的可用渠道不存在（retry）`), which is
        // no-available-channel's
        '模型(?:(?!的可用渠道).){0,40}不存在',
        // round 39 (apps-zh): ChatLunaLab/chatluna packages/core/src/utils/error.ts ChatLunaErrorCode.MODEL_NOT_FOUND (301), which
        // the bot prints only as `使用 ChatLuna 时出现错误，错误码为 301。…` (zh-CN.yml error_message; en-US `ChatLuna error occurred.
        // Error code: 301. …`): the adapters' _createModel finds no such name among the models the platform listed
        // (chatluna.chat/guide/faq/error_code.html 301 模型未找到); its log says so in English (`The model gpt-4o is not found in
        // the models: [...]`, find_string ids 67568676562, 112999036)
        chatLunaErrorCode(301),
        '\\bthe model \\S{1,80} is not found in the models\\b',
        // round 39 (apps-zh): siyuan-note/siyuan app/appearance/langs/zh-CN.json testConnectionFailModelNotFound, which
        // app/src/config/tabs/aiUi.ts shows when the provider's model list does not hold the name typed (`该模型不在可用模型列表中（…）`)
        '该模型不在可用模型列表中',
        // round 43 (apps): and its English, added in 2026 (siyuan-note/siyuan@eef1056 app/appearance/langs/en.json
        // testConnectionFailModelNotFound `This model is not in the available model list`, shown with the first ten names)
        '\\bthis model is not in the available model list\\b',
        // round 24 (en): Zhipu / Z.ai 1211 (docs.bigmodel.cn/cn/api/api-code `模型不存在，请检查模型代码`, docs.z.ai `Unknown
        // Model`) by its code in an error's JSON or Python dict (find_string ids 71255146393, 57167581789; not a chart of
        // accounts' `{'code': '1211', 'name': …}`), or as clients print it (`Error Code 1211`)
        'error\\W.{0,80}["\']code["\']\\s*:\\s*["\']1211["\']',
        '\\berror code 1211\\b',
        // round 11 (Chinese): not found in its other words (find_string 模型未找到, 未找到模型, 找不到模型, 无效的模型:
        // `404 模型未找到`, `Ollama 模型未找到: …`, `未找到模型：…`, `找不到模型或接口地址`, `无效的模型: …`), never a local model file
        '模型未找到',
        '未找到模型(?!文件|目录|配置|适配器|信息|样板)',
        '找不到模型(?!文件|檔|目录|資料)',
        // round 45 (desc-models): the same with 这个/该 between, as apps word their own 404 hint (find_string 找不到这个模型: a voice
        // client's modelNotFound `找不到这个模型，请检查模型名称。`, id 70149338758; a bot's 404 `找不到这个模型，请核对模型名称（如
        // deepseek-chat）。`, id 69396934304; an Anthropic SDK app's NotFoundError `找不到这个模型，请在设置里换一个模型。`, id 71009266574;
        // id 61063800957; an image relay's guide `填错会报「找不到这个模型」`, id 61398395308); not an app's own saved model
        // configuration, a file, a model repository's ID or what belongs to the model (`找不到这个模型配置`, `找不到该模型文件`, `提示找不到这个模型
        // ID`, `找不到该模型的渠道`: no channel)
        '找不到(?:这个|该|此)模型(?!的|配置|文件|檔|目录|資料|路径|\\s?id\\b)',
        // round 37 (wrong-zh): and with the choice in between, as apps word a requested model their list does not hold
        // (find_string 找不到选择的模型: a TTS API's `raise Exception('找不到选择的模型')` for a voice model it does not serve, id
        // 38498022744; a chat service's `找不到选择的模型: ${modelId}` among the user's models, id 60908309650); not a local file
        // (`找不到选择的模型文件`, id 65780471181)
        '找不到(?:(?:所|您|你)?选择的|选中的|指定的)模型(?!文件|檔|目录|資料)',
        '无效的模型(?:名称|[:：])',
        // a client's or proxy's model allow-list (find_string 不支持的模型: `不支持的模型: {model}。支持的模型: …`), not a
        // training script's model type or format
        '不支持的模型(?!类型|格式|版本|提供商)',
        // (round 43 (newapi): not a key's or a pinned channel's refusal that ends in the model, Laisky/one-api middleware/auth.go
        // `This API key does not have permission to use the model: %s` and distributor.go `Channel #%d does not support the
        // requested model: %s`, read by model-not-allowed-for-key and no-available-channel, whose longer wording the matcher ranks
        // first: `yieldToLongerWording`)
        // (round 43 review: nor a log or settings line that names the model in use, `INFO Using model: gpt-4o`, `Default model: qwen-max`)
        'model(?<!\\b(?:using|default|current|selected|active|loaded|loading) model): [a-z0-9._-]+$',
        'invalid model',
        'unknown model',
        // round 11 (English): `no such model: llama3.2:latest`, `unsupported model: <id>` inside a JSON body
        'no such model\\b',
        // `Requested model is not available` (a 400 for a model the app does not offer)
        'requested model is not available',
        'unsupported model: ?[\'"]?[a-z0-9]',
        'model not found',
        // Moonshot's 404 resource_not_found_error: `Not found the model {model} or Permission denied`
        'not found the model',
        'model not exist',
        'model does not exist',
        'invalid model name passed in model=',
        '模型(?:名称|名)?(?:错误|有误|不正确)',
        // round 36 (apps-a): not LobeChat's region notice (`不支持此模型服务`, lobehub/lobe-chat locales/zh-CN/error.json
        // LocationNotSupportError), which unsupported-region reads
        '(?:暂)?不支持(?:该|此|这个)模型(?!服务)',
        'issue with the selected model',
        '已下线',
        // LobeHub's current zh-CN error locale (LobeHubModelDeprecated)
        '模型.{0,60}已下架',
        '\\bapi \\S{1,60} 不存在',
        '\\bmodel disabled\\b',
        '"code"\\s*:\\s*"12(?:11|21|22)"',
        'api \\S{1,60} has been taken offline',
        // uni-api: the model is not configured for the key (uni_api/runtime.py)
        'no matching model found',
        // round 36 (apps-a): Cherry Studio's diagnosis of a 404 or model_not_found (its renderer classifyError; zh-CN
        // locale error.diagnosis.model `模型不存在或你没有访问权限`), which named the permission as much as the model, and its
        // diagnosis of a retired model in English (en-us locale error.diagnosis.deprecated `This model has been
        // retired, please switch to another model`, find_string id 67170962973); LobeHub's LobeHubModelDeprecated in
        // English (locales/en-US/error.json `The model "{{model}}" is no longer available. Please pick a current model
        // from the model selector.`); Dify's LLM node when the model is not in the provider's list (langgenius/dify
        // api/core/workflow/nodes/llm/llm_utils.py ModelNotExistError `Model {name} not exist.`)
        '模型不存在或你没有访问权限',
        // round 41 (gateway): Volcengine's edge LLM gateway 30070001, a third-party model it does not offer (volcengine.com/docs/
        // 6893/1337011 错误码: `您请求的第三方模型暂不支持`)
        // (the qualifier left open, \\S{2,4}: as a word of the similarity reading, 第三方 tilted unrelated pastes' guesses);
        // round 41 (review): only as the message's end, not a model that does not support a parameter or a mode
        // (`请求的视觉模型暂不支持该参数`, `…暂不支持流式输出`), which is the request's shape, not the model's availability
        '请求的\\S{2,4}模型暂不支持(?=[ \\t]*(?:$|[\\r\\n"\'.,;:)}\\]。，；！!]))',
        '\\bthis model has been retired, please switch\\b',
        '\\bis no longer available\\. please pick a current model from the model selector\\b',
        '\\bmodel [\\w.:/-]{1,80} not exist\\.',
        // round 39 (gateways-b): gpt-load's strict model redirect, which refuses any model its group has no rule for
        // (tbphp/gpt-load internal/channel/base_channel.go ApplyModelRedirect, a 400 `model '<m>' is not configured in redirect
        // rules`; its UI: 严格模式：拒绝未配置的模型请求): the group does not offer that model name
        "\\bmodel '[^'\\n]{1,100}' is not configured in redirect rules\\b",
        // round 39 (gateways-b): LLM Gateway's model checks (theopenco/llmgateway apps/gateway/src/chat/chat.ts, each a 400:
        // `Requested model <m> not supported`, `Model <m> must be requested with a provider prefix. Use the format: <p>/<m>`,
        // `Provider <p> does not support model <m>`)
        '\\brequested model \\S{1,100} not supported\\b',
        '\\bmust be requested with a provider prefix\\b',
        // not another tool's feature (`provider ollama does not support model pulling`, review)
        '\\bprovider [\\w.-]{1,40} does not support model\\b(?! (?:listing|list|pulling|pull|fetching|loading|downloads?|discovery)\\b)',
        // round 39 (gateways-b): hajimi's check of the model against its list (wyeeeee/hajimi app/api/routes.py, a 400
        // `{"detail":"无效的模型"}`), only as the whole message
        '"detail"\\s*:\\s*"无效的模型"|^\\s*无效的模型\\s*$',
        // round 41 (gateway): CLIProxyAPI's router when no provider it runs serves the model name (router-for-me/CLIProxyAPI
        // sdk/api/handlers/handlers_routing.go, a 404-style `{"error":{"message":"unknown provider for model <m>","type":
        // "invalid_request_error","code":"model_not_found","param":"model"}}`) and AIClient-2-API's auto-routing on a model
        // name without its `provider:` prefix (justlovemaki/AIClient-2-API src/services/service-manager.js
        // `[API Service] Auto-routing failed: Model name must include a provider prefix (e.g., 'provider:model'). Received: …`)
        '\\bunknown provider for model\\b',
        '\\bauto-routing failed: model name must include a provider prefix\\b',
        // round 41 (gateway): ngrok's ERR_NGROK_3804 in its later words (`Unable to route request - no models matched both
        // your gateway configuration and client request`); not its older `No matching models found: <err>`, a model picker's
        // empty search too, which only the code names
        '\\bunable to route request - no models matched\\b',
      ],
      describes: [
        // round 29 (desc-b): people saying the service answered that it has no such model, after a reporting verb
        // (UfoMiao/zcf#195 `运行cc就会报错说模型没有找到`, justlovemaki/AIClient2API#389 `配置了api及key后，出现无该模型`; apps
        // answering so: a Slack bot's `"❌ 没有这个模型"`, find_string id 3002065201, a provider registry's
        // `LLMError(f"没有这个模型：{model_key}")`, id 68359286251). Not a conditional or an ORM's lookup without a
        // reporting verb (`如果模型没有找到，使用 cl100k_base`), nor what follows the model: a file, a permission (a 403
        // `无该模型权限` is the key's), a price, a log's records (`无该模型的调用记录`)
        '(?:报错|報錯|提示|显示|顯示|报|報|说|說|出现|出現)[^，。！？\\n]{0,4}?(?:模型没有?找到|模型沒有?找到|无该模型|無該模型|没有(?:这个|该|此)模型|沒有(?:這個|該|此)模型)(?!的|文件|檔|权限|權限|定价|結果|结果|最优|可靠|两个)',
        // the model name said to be wrong in plain words (模型名称不对): apps word a 404 so (find_string ids 70191290172
        // `if (status === 404) return '接口地址或模型名称不对（404）'`, 63113655931 `接口地址或模型名称不对，请检查后再试。`,
        // 25991013702 `❌ 模型名称不对 (404)，跳过。`), and guides say a 404 means it (id 67361117504 `如果返回404错误，说明模型
        // 名称不对`, id 68310130264 `模型名对不上（404 Model not found / model_not_exists）`); round 17 had found one thread only
        '模型(?:名称|名字|名|名稱)\\s?(?:不对|不對|对不上|對不上)',
        // round 45 (desc-models): and said to be written wrong (模型名写错/填错了), as gateways' and apps' FAQs name the cause of a
        // `model not found` or a 404 (find_string 模型名称填错: a relay FAQ's `| model not found | 模型名称填错 | 调用 /v1/models，复制返回的
        // id |`, id 61247123511; a guide's `错误：API 404 (Model not found) 原因：模型名称填错了`, id 13755061749; Zotero GPT's guide `模型
        // 名称填错了 … Model not found`, id 505721370; 模型名写错: an app's 404 hint `可能是模型名写错了`, id 66705797839; a new-api
        // deployment FAQ's `调用404 | 模型名写错或渠道没加这个模型`, id 69648926764); not a case or a rule (`模型名写错时…`, `如果模型名称
        // 填错`, `以免模型名写错`), which descriptions do not skip by themselves, nor (round 45 review) a warning of what it would
        // do (a settings help's `模型名称填错可能导致聊天时报错`, find_string id 55667591212; `模型名写错会返回 404`)
        '(?<!(?:如果|若|假如|倘若|万一|萬一|以免|避免|防止)[^，。！？\\n]{0,12})模型(?:名称|名字|名|名稱)\\s?(?:写|寫|填|拼)错了?(?![时時的]|[^，。\\n]{0,2}(?:可能|会|會|将|將))',
        // `wrong model name / id` (github/copilot-cli#4680 `CLI sends wrong model ID to custom OpenAI-compatible endpoint`;
        // find_string ids 63133445852 `404 = wrong model name.`, 59807925467 `(c) wrong model name — `ollama list` to see
        // exact tags`, 53851791617 `model 'X' does not exist — wrong model name`). Not a script's own argument check
        // (`Wrong Model Name, has to be one of FC, CNN, …`) nor an ORM test's (`must clean the wrong model name`)
        '(?<!clean (?:the )?)\\bwrong model (?:name|id)\\b(?!,? (?:has to|must) be| format)',
      ],
    },
    title: { zh: '模型名称不存在', en: 'Model name does not exist' },
    meaning: {
      zh: '请求里的模型名在网关上不存在：手打错了，或者客户端自动填了一个网关没有的名字。',
      en: 'The model name in the request does not exist on the gateway: a typo, or a name the client filled in by itself.',
    },
    steps: [
      {
        zh: '打开控制台的模型列表，复制准确的模型名（区分大小写和连字符）。',
        en: 'Open the console’s model list and copy the exact name (case and hyphens matter).',
      },
      {
        zh: '在客户端的自定义模型一栏粘贴它，并选中它。',
        en: 'Paste it into the client’s custom model field and select it.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/model-not-found#wrong-model-name',
    examples: [
      {
        text: '{"error":{"message":"The model `gpt-5-turbo` does not exist or you do not have access to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}}',
        source: 'OpenAI 404 (platform.openai.com/docs/guides/error-codes)',
      },
      {
        text: '{"type":"error","error":{"type":"not_found_error","message":"model: claude-3-5-sonnet"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}',
        source: 'Anthropic 404 (docs.anthropic.com/en/api/errors; anthropics/anthropic-sdk-python issues)',
      },
      {
        text: '{"error":{"message":"The model \'gpt-4-all\' does not exist","type":"invalid_request_error","param":"model","code":"model_not_found"}}',
        source: 'songquanpeng/one-api controller/model.go RetrieveModel (answers HTTP 200)',
      },
    ],
  },
  {
    id: 'gemini-model-not-found',
    cause: 'model_not_found',
    layer: 'routing',
    statuses: [404],
    defaultFor: [],
    dialects: ['gemini'],
    match: {
      codes: [],
      patterns: [
        // round 34 (lead): Gemini's 404 for a model withdrawn from keys created after its retirement date (`This model
        // models/gemini-2.5-flash is no longer available to new users.`; find_string ids 69364038003, 57493221153: Google
        // pulls model ids early for new keys, the fix is a newer model id)
        'is no longer available to new users',
        // round 27 (en-vendors): Vertex AI's 404 NOT_FOUND for a model id its region or project does not serve (`Publisher
        // Model `projects/…/publishers/google/models/…` was not found or your project does not have access to it. Please ensure
        // you are using a valid model version.`; find_string ids 57048905357, 1328536862, 60343696007)
        'was not found or your project does not have access to it',
        'is not found for api version',
        // round 36 (lead): the same 404 cut after its first clause, as apps and logs shorten it (`models/gemini-1.5-flash is
        // not found`): Gemini names the model by its resource name, `models/` and the id (a dot only before a version
        // digit, so a model file, `models/llama-7b.gguf is not found`, is not read as one)
        '(?<![\\w/.-])models/[a-z0-9][\\w:-]{0,60}(?:\\.\\d[\\w:-]{0,40}){0,3} is not found\\b',
        'is not supported for generatecontent',
        'call listmodels to see the list',
      ],
    },
    title: { zh: 'Gemini 格式：模型不存在或不支持这个接口', en: 'Gemini-style: model unknown or not supported here' },
    meaning: {
      zh: '模型名写错，或这个模型不支持所调用的方法（例如 generateContent）。',
      en: 'The model name is wrong, or the model does not support the method called (such as generateContent).',
    },
    steps: [
      {
        zh: '从控制台模型列表复制准确名字，不要带 models/ 前缀。',
        en: 'Copy the exact name from the console’s model list, without a models/ prefix.',
      },
      {
        zh: '用 OpenAI 兼容方式调用：地址 {{gw.apiBaseUrl}}。',
        en: 'Call it the OpenAI-compatible way at {{gw.apiBaseUrl}}.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/model-not-found#wrong-model-name',
    examples: [
      {
        text: '{"error":{"code":404,"message":"models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.","status":"NOT_FOUND"}}',
        source: 'google-gemini/generative-ai-python issues (404 model not found)',
      },
    ],
  },
  {
    id: 'invalid-model-id',
    cause: 'model_not_found',
    layer: 'routing',
    statuses: [400],
    defaultFor: [],
    dialects: ['openrouter', 'zenmux'],
    // Bedrock's on-demand-throughput refusal is a ValidationException too: the request's parameters come second
    sharedWith: [{ id: 'invalid-parameters', when: 'on-demand throughput' }],
    match: {
      codes: [],
      patterns: [
        // round 34 (en-vendors): Cloudflare Workers AI 3042 (developers.cloudflare.com/workers-ai/platform/errors/: `Invalid
        // model ID`, 404, `The model name is invalid`)
        'the model name is invalid',
        'is not a valid model id',
        // round 27 (en-vendors): Amazon Bedrock's 400 ValidationException for a model id it does not know
        // (repost.aws/knowledge-center/bedrock-validation-exception-errors, `The provided model identifier is invalid`)
        'the provided model identifier is invalid',
        // the model's name, bare or quoted: any run of words let `o3-mini: Unsupported parameter: 'temperature' is not
        // supported` read as an unknown model, and the matcher ranks the longer wording over invalid-parameters' own
        'model (?:\\S{1,80}|[`\'"][^`\'"\\r\\n]{1,80}[`\'"]) is not (?:available|supported)',
        // round 34 (lead): Amazon Bedrock's 400 ValidationException for a bare model ID that only an inference profile serves
        // (`Invocation of model ID anthropic.claude-… with on-demand throughput isn't supported. Retry your request with the ID
        // or ARN of an inference profile`; the fix is the profile's ID, `us.anthropic.…`; find_string ids 56718114008,
        // 22751118878, 68561851928)
        "with on-demand throughput isn[’']?t supported",
      ],
    },
    title: { zh: '模型 ID 无效（400）', en: 'Not a valid model ID (400)' },
    meaning: {
      zh: '聚合平台的模型 ID 通常带厂商前缀（如 openai/gpt-4o），少了或写错都会 400。',
      en: 'Aggregator model IDs usually carry a vendor prefix (like openai/gpt-4o); a missing or wrong one gives 400.',
    },
    steps: [
      {
        zh: '从控制台模型列表复制完整 ID（包括斜杠前的部分）。',
        en: 'Copy the full ID from the console’s model list, including the part before the slash.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/model-not-found#wrong-model-name',
    examples: [
      {
        text: '{"error":{"message":"gpt-4o-mini-2024 is not a valid model ID","code":400},"user_id":"user_2abc"}',
        source: 'OpenRouter 400 (OpenRouterTeam/openrouter-runner issues; LobeChat issues)',
      },
    ],
  },
  {
    // round 40 (lead): the framework, not the gateway, refuses the model name: its client keeps its own table of a
    // vendor's models and raises before any request leaves the program, so the gateway's model list is not the fix but
    // the framework's class or option for an OpenAI-compatible server (the frameworks audit's suggestion)
    id: 'framework-unknown-model',
    cause: 'model_not_found',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['client', 'litellm'],
    match: {
      codes: [],
      patterns: [
        // LlamaIndex's OpenAI class (run-llama/llama_index llama-index-integrations/llms/llama-index-llms-openai/
        // llama_index/llms/openai/utils.py openai_modelname_to_contextsize: `Unknown model {modelname!r}. Please provide a
        // valid OpenAI model name in: …`, find_string id 1879246; reports with glm-4.6, deepseek-chat, qwen-flash, all fixed
        // with OpenAILike, ids 59103640794, 56193169615, 66441816119)
        'please provide a valid openai model name in\\b',
        // round 40 (frameworks): AutoGen's clients on a model name outside their own table (microsoft/autogen
        // python/packages/autogen-ext/src/autogen_ext/models/openai/_openai_client.py and ollama/_ollama_client.py,
        // `ValueError("model_info is required when model name is not a valid OpenAI model")`; anthropic/_anthropic_client.py
        // `… is not recognized`; the Gemini client `… not a known Gemini model`, find_string id 30669646193): a gateway's model
        // name the framework does not know, as LlamaIndex's above
        '\\bmodel_info is required when model name is not (?:a valid openai|a known \\w{1,20}|known|recognized)\\b',
        // round 23 (English): LiteLLM when the model name carries no provider prefix it knows (BerriAI/litellm
        // litellm/litellm_core_utils/get_llm_provider_logic.py get_llm_provider: `LLM Provider NOT provided. Pass in the
        // LLM provider you are trying to call. You passed model=…`, a 400 BadRequestError); for a gateway the prefix is
        // `openai/` before the gateway's model name (its docs' "OpenAI-Compatible Endpoints")
        'llm provider not provided',
        // round 43 (agents): Crush's check of `--model`/`-m` and of a provider's default models against the models its
        // config lists, before any request (charmbracelet/crush@37f36e9 internal/app/provider.go findModels `large model:
        // provider "<id>" not found in configuration. Use 'crush models' to list available models`, validateMatches `large
        // model "<id>" not found`; internal/config/load.go `default large model <id> not found for provider <id>`): the
        // name is not in the `models` list the user gave the relay's provider entry. With Crush's `large`/`small` only
        '\\b(?:large|small) model: provider "[^"\\n]{1,80}" not found in configuration\\b',
        // (not a cache's or a disk's `… not found in cache`, `… not found on disk`)
        '\\b(?:large|small) model "[^"\\n]{1,120}" not found(?! (?:in|on|at)\\b)',
        '\\bdefault (?:large|small) model \\S{1,120} not found for provider\\b',
        // round 43 (agents): Kimi CLI's check of its config file, before any request (MoonshotAI/kimi-cli@4a550ef
        // src/kimi_cli/config.py Config.validate_model `Default model {default_model} not found in models`, printed by
        // pydantic as `Value error, Default model … not found in models`): default_model names no [models.…] table,
        // often a relay's model name written there without its own table
        '\\bdefault model \\S{1,120} not found in models\\b',
        // round 43 (apps): n3d1117/chatgpt-telegram-bot's own token counting for a model outside its tables (bot/openai_helper.py
        // __max_model_tokens `Max tokens for model {model} is not implemented yet.`, __count_tokens `num_tokens_from_messages()
        // is not implemented for model {model}.`, __count_tokens_vision `count_tokens_vision() is not implemented for model
        // {model}.`, sent to the chat inside its `⚠️ _An error has occurred._ ⚠️` wrapper): a gateway's model name that the bot's
        // GPT_ALL_MODELS list lacks, refused before any request is sent
        '\\b(?:num_tokens_from_messages|count_tokens_vision)\\(\\) is not implemented for model\\b',
        '\\bmax tokens for model \\S{1,80} is not implemented yet\\b',
      ],
    },
    title: {
      zh: '框架不认识这个模型名（请求没有发出）',
      en: 'The framework does not know the model name (nothing was sent)',
    },
    meaning: {
      zh: '报错来自你用的框架或 SDK，不是网关：它不知道该怎样调用这个模型名（名字不在它内置的厂商模型表里，或者缺少它认识的厂商前缀），请求根本没有发出去。',
      en: 'The error comes from your framework or SDK, not the gateway: it does not know how to call a model by that name (the name is not in its own table of a vendor’s models, or lacks a provider prefix it knows), so no request was sent.',
    },
    steps: [
      {
        zh: '改用框架接 OpenAI 兼容服务的方式：LlamaIndex 用 OpenAILike（设 is_chat_model=True）；AutoGen 传 model_info；LiteLLM 在模型名前加 openai/ 并设置 api_base。',
        en: 'Use the framework’s way to reach an OpenAI-compatible server: LlamaIndex’s OpenAILike (with is_chat_model=True), AutoGen’s model_info, or LiteLLM’s openai/ prefix before the model name with api_base set.',
      },
      {
        zh: '模型名照网关模型列表原样填写，不要改成厂商的名字。',
        en: 'Keep the model name exactly as the gateway’s model list spells it; do not swap in the vendor’s name.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/model-not-found#wrong-model-name',
    examples: [
      {
        text: "ValueError: Unknown model 'glm-4.6'. Please provide a valid OpenAI model name in: o1, o1-2024-12-17, o1-pro, o1-pro-2025-03-19, o1-preview",
        source:
          'LlamaIndex OpenAI class with a non-OpenAI model (llama_index/llms/openai/utils.py; fixed with OpenAILike)',
      },
      {
        text: 'ValueError: model_info is required when model name is not a valid OpenAI model',
        source: 'microsoft/autogen autogen_ext/models/openai/_openai_client.py',
      },
    ],
  },
  {
    id: 'azure-deployment-not-found',
    cause: 'model_not_found',
    layer: 'routing',
    statuses: [404],
    defaultFor: [],
    dialects: ['azure'],
    match: {
      codes: ['deploymentnotfound'],
      // Azure names the deployment in the sentence when it knows it (`The API deployment 'sora-2' for this resource does
      // not exist`, its video endpoint's video_generation_user_error)
      patterns: ["api deployment (?:'[^']{1,80}' )?for this resource does not exist"],
    },
    title: { zh: 'Azure 格式：找不到部署', en: 'Azure-style: deployment not found' },
    meaning: {
      zh: 'Azure 格式按“部署名”找模型，客户端填的部署名不存在。',
      en: 'Azure-format endpoints look models up by deployment name and this one does not exist.',
    },
    steps: [
      {
        zh: '客户端改选“OpenAI 兼容”，地址填 {{gw.apiBaseUrl}}，模型名从控制台复制。',
        en: 'Switch the client to “OpenAI compatible” with {{gw.apiBaseUrl}} and a model name copied from the console.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/model-not-found#wrong-model-name',
    examples: [
      {
        text: '{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}}',
        source: 'Azure OpenAI 404 (openai/openai-python issues; learn.microsoft.com)',
      },
    ],
  },
  {
    id: 'no-available-channel',
    cause: 'no_channel',
    layer: 'routing',
    statuses: [503, 500, 429, 404],
    // round 39 (gateways-b): 401 and 400 with its own words: relays that answer an empty key pool or a provider with no
    // key behind it as an authentication or request error (hajimi's `Unauthorized: No available API keys`, Helicone's
    // `Provider key not found`, TensorZero's `API key missing for provider …`, read below). A bare 401 is the key
    statusesWithWording: [401, 400],
    defaultFor: [503],
    dialects: ['one-api', 'new-api'],
    match: {
      codes: [
        // round 43 (gateways): codex-lb when none of its ChatGPT accounts has a plan that serves the model (Soju06/codex-lb
        // app/modules/proxy/load_balancer.py NO_PLAN_SUPPORT_FOR_MODEL, `No accounts with a plan supporting model '<m>'`), one
        // of its unavailable-selection codes with no_accounts (`No available accounts`, read below)
        'no_plan_support_for_model',
        'no_available_channel',
        'model_not_found',
        'no_available_candidate',
        'channel:no_available_key',
        'get_channel_failed',
        'task_channel_disable',
        'channel_no_available_key',
        'no_active_keys',
        'no_keys_available',
        // round 16 (zh-a): codex-proxy-rs gateway_error_contract (NoAvailableProvider, a 503)
        'no_available_provider',
        // round 36 (apps-a): LobeHub's errorType when the proxy or router has no channel for the model (lobehub/lobehub
        // packages/types/src/agentRuntime.ts AgentRuntimeErrorType NoAvailableChannel)
        'noavailablechannel',
        // round 40 (agents-zh): CC Switch's local proxy, which Claude Code and Codex reach at 127.0.0.1 when its routing is on,
        // with no provider it may send the request to: none configured for the app, none left after its filters, or every one
        // tripped by its circuit breaker (farion1231/cc-switch src-tauri/src/proxy/handlers.rs codex_proxy_error_code, the
        // 503s of ProxyError NoProvidersConfigured, NoAvailableProvider, AllProvidersCircuitOpen in proxy/error.rs)
        'cc_switch_no_providers_configured',
        'cc_switch_no_available_provider',
        'cc_switch_all_providers_circuit_open',
        // round 41 (gateway): claude-relay-service when the account a key is bound to is inactive, in error, not schedulable
        // or resting, with no fallback allowed (Wei-Shaw/claude-relay-service src/services/relay/claudeRelayService.js, a 503
        // `{"error":"dedicated_account_unavailable","message":"该 API Key 绑定的专属账号当前不可用（<reason>），请稍后重试。"}`)
        'dedicated_account_unavailable',
        // round 41 (gateway): ngrok's AI Gateway with no provider key for the request: none attached to the access key's
        // configuration for that provider, or all filtered out (ngrok.com/docs/ai-gateway/reference/error-codes ERR_NGROK_3802,
        // a 400 `No API key found. Check your SDK / AI Gateway configuration, or add API keys to your AI Gateway.`; its
        // debugging guide: `No API key found (3802)`, configuration missing routing rule or provider keys)
        'err_ngrok_3802',
      ],
      patterns: [
        // round 43 (gateways): its words (Soju06/codex-lb app/modules/proxy/load_balancer.py, see codes)
        '\\bno accounts with a plan supporting model\\b',
        // round 43 (gateways): vLLM production-stack's router when no engine it discovered serves the model (vllm-project/
        // production-stack src/vllm_router/services/request_service/request.py, a 404 `{"error": "No backend for model <m>"}`)
        '\\bno backend for model\\b',
        // round 43 (platforms): 302.AI's 503 err_code -10008 (当前无可用渠道) for a model id it has no channel for (`{"error":
        // {"err_code":-10008,"message":"No available models currently"}}`, as its clients capture it, find_string ids 57947144851,
        // 60986343995; 302ai app code tables map -10008 to no available channels, id 67420706634)
        // (the sentence ends there: not a model picker's `No available models currently match …`)
        '\\bno available models currently(?![ \\t]+[a-z])',
        // AIHubMix's 503 for a model no channel of the key's group serves, in both its languages
        // (模型名字错误请求进入模型广场查看或当前分组下对于模型无使用权限 / `Incorrect model ID. Please request to view the model page…`;
        // docs.aihubmix.com/cn/FAQs/HTTP-Codes: 没有可用的渠道处理请求)
        '模型名字错误请求进入模型广场',
        'incorrect model id\\. please request to view the model page',
        '无可用渠道',
        // cc-switch's local proxy with every provider filtered out (src-tauri/src/proxy/error.rs NoAvailableProvider)
        '无可用的?\\s?provider',
        // round 40 (agents-zh): and its 503 when the app has no provider at all (proxy/error.rs NoProvidersConfigured `未配置供应商`,
        // sent as `{"error":{"message":"未配置供应商","type":"proxy_error"}}`); only as the whole message, not a settings label
        '(?:^|["\'：:]\\s?)未配置供应商\\s?(?:["\']|$)',
        'no available channel',
        '没有可用(?:的)?渠道',
        'distributor',
        '无有效上游渠道',
        'no valid upstream channel',
        'no available channel keys?',
        'channel associated with this task has been disabled',
        '可用渠道(?:失败|不存在)',
        '(?:该)?渠道已被禁用',
        // round 43 (newapi): new-api's Traditional Chinese locale says 管道 for 渠道 (QuantumNous/new-api
        // i18n/locales/zh-TW.yaml distributor.channel_disabled `該管道已被禁用`, channel.no_available_key `沒有可用的管道密鑰`,
        // channel.no_valid_upstream `無有效上游管道`, channel.get_available_failed `獲取分組 {{.Group}} 下模型 {{.Model}} 的可用
        // 管道失敗`, distributor.no_available_channel `分組 … 下模型 … 無可用管道（distributor）`; new-api-based AIHubMix's
        // docs.aihubmix.com/zh-Hant/FAQs/HTTP-Codes 常見原因 `沒有可用的管道處理請求`); only in its sentences, a pipeline (also 管道)
        // of a CI or a data tool is no channel
        '该管道已被禁用',
        '没有可用的管道(?:密钥|处理请求)',
        '无有效上游管道',
        '下模型 \\S{1,80} (?:的可用管道失败|无可用管道)',
        // round 43 (newapi): Laisky's one-api fork when the channel an admin's key pins does not serve the model, or no channel can
        // take a Responses websocket (Laisky/one-api middleware/distributor.go Distribute `Channel #%d does not support the requested
        // model: %s`, `Channel #%d does not support Response API websocket transport`, selectResponseWebSocketChannelWithoutModel
        // `no endpoint-compatible channel found for websocket request`)
        '\\bchannel #\\d+ does not support (?:the requested model\\b|response api websocket transport\\b)',
        '\\bno endpoint-compatible channel found for websocket request\\b',
        '获取渠道失败',
        'failed to get available channels? for model',
        // AIHubMix's English for its 403 该渠道已被禁用 drops the `this` (`Forbidden – channel has been disabled.`,
        // docs.aihubmix.com/cn/FAQs/HTTP-Codes)
        '(?:this )?channel has been disabled',
        '下模型 \\S{1,80} 的可用渠道',
        'the channel of the origin task is disabled',
        // round 34 (relay-strings): new-api's retry loop finding no further channel (Calcium-Ion/new-api@ef8ae4d
        // controller/relay.go getChannel `获取重试渠道失败: %s`, code get_channel_failed) and the channel a request or task
        // was pinned to gone from the cache (model/cache.go CacheGetChannel `当前渠道# %d，已不存在`)
        '获取重试渠道失败',
        '当前渠道#\\s?\\d+\\s?[，,]\\s?已不存在',
        'no available upstream candidate',
        // relays that schedule accounts instead of channels: claude-relay-service's schedulers, sub2api's gateway handler, gpt-load's key pool, uni-api's routing
        // (not when sub2api names the client restriction after it: that is the key's group, read by group-not-allowed)
        'no available (?:\\w+ ){0,2}accounts?\\b(?!: this group only allows)',
        // round 24 (Chinese): reverse proxies that pool logged-in web accounts (a Perplexity pool's `{"error": "No
        // available clients", "done": true}`, find_string id 13867230099; a CLI proxy's `no available clients for any model
        // in handler type: %s`, id 17093908165): no account of the pool can take the request, not a list in a UI
        'no available clients\\b(?!\\s+(?:found|to add))',
        'no active api keys available',
        'no available sub-groups',
        // not the 413 that opens `The request body is too long, …` (request-too-large, review)
        '(?<!too long, )no available providers? at the moment',
        // round 16 (zh-a): codex-proxy-rs's routing with no account or endpoint able to serve the request
        // (zyycn/codex-proxy-rs@fbd92211 backend/crates/gateway-core/src/engine/execution.rs map_routing_error and
        // gateway-api/src/openai/error.rs gateway_error_from_engine, GatewayErrorKind::NoAvailableProvider: a 503
        // `server_error` with code `no_available_provider`)
        'no provider can execute this request',
        'no upstream provider is currently available for this request',
        // round 36 (apps-a): LobeHub's NoAvailableChannel in Chinese (lobehub/lobehub locales/zh-CN/modelRuntime.json
        // `抱歉，代理或路由器没有可用的通道来请求此模型。…`; the English `no available channel` is read already)
        '代理或路由器没有可用的通道',
        // round 39 (gateways-b): Gemini key pools with every key disabled or spent (snailyp/gemini-balance
        // app/router/gemini_routes.py, a 503 `No valid API keys available to fetch models.`; wyeeeee/hajimi app/api/routes.py,
        // a 401 `No valid API keys available.` and `Unauthorized: No available API keys`): the relay has no upstream key left
        '\\bno valid api keys available(?: to fetch models)?\\.?(?:["\']|\\s*$)',
        '\\bunauthorized: no available api keys\\b',
        // round 41 (gateway): CLIProxyAPI when none of its logged-in accounts or keys can take the model: none registered for
        // the model's provider, every one disabled or blocked (router-for-me/CLIProxyAPI sdk/cliproxy/auth/selector.go and
        // conductor_selection.go, `&Error{Code: "auth_unavailable", Message: "no auth available"}`; conductor.go `auth_not_found`
        // with `no auth available`, `no auth candidates`, `selector returned no auth`; conductor_stream.go `no upstream model
        // available`), sent as a 500 `{"error":{"message":"auth_unavailable: no auth available","type":"server_error"}}`
        // (sdk/api/handlers/handlers.go BuildErrorResponseBody; router-for-me/CLIProxyAPI#949). Only with its code before the
        // words: every account cooling down is its model_cooldown 429 (upstream-rate-limited)
        '\\bauth_(?:not_found|unavailable): (?:no auth (?:available|candidates)|selector returned no (?:eligible )?auth|no (?:upstream|execution) models? available)\\b',
        // round 41 (gateway): AIClient-2-API's provider pool with no healthy account for the model (justlovemaki/AIClient-2-API
        // src/services/service-manager.js getApiService: `[API Service] No healthy provider found in pool for <provider>
        // supporting model: <model>`, a 500 from src/utils/common.js handleError)
        '\\bno healthy provider found in pool for\\b',
        // round 41 (gateway): claude-relay-service's dedicated account unavailable (its message, codes above)
        '绑定的专属账号当前不可用',
        // round 41 (gateway): uni-api's video tasks with no provider of the requested name configured (yym68686/uni-api
        // uni_api/runtime.py, a 404 `No available provider for video task: <provider>`)
        '\\bno available provider for video task\\b',
        // round 41 (gateway): ngrok's ERR_NGROK_3802 in its words, both versions (the older `No API key was provided in the
        // request or in the provider configuration` is read as a missing key already)
        // (its closing words only: `check` and `configuration` in a pattern tilt the similarity reading of unrelated pastes)
        '\\bor add api keys to your ai gateway\\b',
        // round 39 (gateways-b): sealos AI Proxy when no channel of the model can be picked, none configured or every one
        // over its error rate (labring/aiproxy core/controller/relay-controller.go relay, getInitialChannel failing: a 503
        // `the upstream load is saturated, please try again later`, in the OpenAI or the Anthropic shape)
        '\\bthe upstream load is saturated, please try again later\\b',
        // round 39 (gateways-b): gateways with no provider key of their own for the provider the request routes to: Helicone's
        // AI gateway (Helicone/ai-gateway ai-gateway/src/error/auth.rs AuthError::ProviderKeyNotFound, a 401 `Provider key not
        // found`), TensorZero's (tensorzero/tensorzero crates/tensorzero-error/src/lib.rs ErrorDetails::ApiKeyMissing, a 400
        // `API key missing for provider <name>: Environment variable <VAR> is missing`, the name in backticks, often inside
        // `All model providers failed to infer with errors: …`) and LLM Gateway's in its api-keys mode (theopenco/llmgateway
        // apps/gateway/src/chat/chat.ts, a 400 `No API key set for provider: <p>. Please add a provider key in your settings
        // …` and `No provider key set for any of the providers that support model <m>. …`). Not a client's own unset key
        // variable (missing-api-key): the gateway's side lacks it
        '^\\W*provider key not found\\W*$|"message"\\s*:\\s*"provider key not found"',
        '\\bapi key missing for provider [\\w.-]{1,40}: environment variable\\b',
        '\\bno api key set for provider: [\\w.-]{1,40}\\. please add a provider key\\b',
        '\\bno provider key set for any of the providers that support model\\b',
        // round 42 (relays): done-hub's balancer with no channel of the group serving the model (deanxv/done-hub
        // model/balancer.go ErrNoChannelsAvailable `no channels available for model`, which relay/common.go fetchChannelByModel
        // wraps as `… (group=<g> model=<m>)` and relay/main.go answers as a 503 service_unavailable); its sibling `no
        // available channels after filtering` is read by `no available channel` already
        '\\bno channels available for model\\b',
        // round 42 (relays): LiteLLM's proxy with no model list at all, started without a config's model_list or with its
        // router not set up (BerriAI/litellm litellm/proxy/_types.py CommonProxyErrors.no_llm_router `No models configured on proxy`, a 500)
        '\\bno models configured on proxy\\b',
        // round 42 (relays): one-hub's and done-hub's Midjourney routes when the channel picked for the Midjourney model is
        // not a Midjourney channel (MartialBE/one-hub and deanxv/done-hub relay/midjourney/relay-mj.go getMJProvider,
        // `无效的请求, 无法获取midjourney provider`); its `无法获取provider:` is followed by the picker's own error, which the
        // entries read (`… 无可用渠道` here, `model not found` as the model name) (from 获取 on: 无法 as a word of the
        // similarity reading tilted unrelated Chinese pastes' other causes)
        '获取\\s?midjourney\\s?provider',
        // round 42 (relays): LiteLLM's router when the model group has no deployment left to call, none configured under
        // that name or every one filtered out before the call (BerriAI/litellm litellm/types/router.py
        // RouterErrors.no_healthy_deployments, a 400 `litellm.BadRequestError: You passed in model=<m>. There are no healthy
        // deployments for this model`); its cooldown's `No deployments available …` is a wait (rate-limit-exceeded)
        '\\bthere are no healthy deployments for this model\\b',
      ],
      describes: [
        // round 29 (desc-b): every channel of the model unavailable, as relays word a model no channel can serve
        // (find_string 所有渠道均不可用: a relay's `errorResponse(c, 503, 'no_available_channel', `模型「${model}」所有渠道均不可用`)`,
        // id 61508141263; a Rust relay's `format!("模型 {model} 所有渠道均不可用")`, id 60261187482; a Java relay's
        // `BusinessException(502, "所有渠道均不可用，最后错误: " …)`, id 59673045852; a relay pool's `所有中转站渠道均不可用`,
        // id 58537644912). Not a notification, payment or collector's channels (`所有通知渠道均不可用`, `两渠道均不可用`,
        // `所选渠道均不可用`), nor a docs sentence on what happens then (`所有渠道均不可用时返回 null`)
        '所有(?:上游|中转站?|中轉站?)?渠道(?:均|都|全部)不可用(?![时時的])',
        // round 34 (faq-desc): the model's channel not found, as FastGPT's FAQ words it and settles it
        // (labring/FastGPT document/content/docs/introduction/development/faq.mdx 三、常见的 OneAPI 错误, `xxx渠道找不到`: the
        // model in FastGPT's config has no channel in OneAPI, or that channel is disabled). Only after a model name or
        // 模型 (or the FAQ's own placeholder xxx), or 找不到 before the model's channel: not a payment, notification or
        // sales channel (`找不到支付渠道`, `wechat渠道找不到`)
        '(?:[a-z][\\w.:]*[\\d-][\\w.:-]*|x{3,}|模型)\\s?(?:的)?渠道(?:找不到|找不著|未找到|没有找到|沒有找到)|(?:找不到|未找到|没有找到|沒有找到)(?:该|該|这个|這個|对应|對應)?(?:的)?模型(?:的|对应的|對應的)?(?:可用)?渠道',
      ],
    },
    title: { zh: '当前分组没有可用渠道（503）', en: 'No channel for this model in your group (503)' },
    meaning: {
      zh: '不是服务宕机：你的密钥所在分组里，没有渠道提供这个模型（模型名不对，或该分组未开通它）。',
      en: 'Not an outage: no channel in your key’s group serves this model (wrong name, or not enabled for that group).',
    },
    steps: [
      {
        zh: '核对模型名：从控制台模型列表复制，确认它在你的分组下可用。',
        en: 'Check the model name: copy it from the console’s model list and confirm your group has it.',
      },
      {
        zh: '换一个列表里有的模型，或在密钥设置里换到有该模型的分组。',
        en: 'Use a model on the list, or move the key to a group that has this model.',
      },
      {
        zh: '模型确实在列表里仍报错：稍等几分钟（渠道可能在维护），再把 request id 发给客服。',
        en: 'The model is listed and it persists: wait a few minutes (a channel may be under maintenance), then send the request id to support.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/model-not-found#no-available-channel',
    examples: [
      {
        text: '{"error":{"message":"当前分组 default 下对于模型 gpt-4o 无可用渠道 (request id: 2024061512000123456789)","type":"one_api_error"}}',
        source: 'songquanpeng/one-api middleware/distributor.go Distribute',
      },
      {
        text: "{'error': {'code': 'model_not_found', 'message': 'No available channel for model omni_flash-10s under group default (distributor)', 'type': 'new_api_error'}}",
        source:
          'QuantumNous/new-api middleware/distributor.go, as logged by a Python client (public GitHub test fixture)',
      },
    ],
  },
  {
    id: 'no-provider-endpoints',
    cause: 'no_channel',
    layer: 'routing',
    // 503 as well (round 34, en-vendors): OpenRouter's row for no provider meeting the routing requirements
    statuses: [404, 400, 503],
    defaultFor: [],
    dialects: ['openrouter', 'zenmux'],
    match: {
      codes: [],
      patterns: [
        // round 43 (gateways): LLM Gateway's auto routing asked for free models only when none can serve the request
        // (theopenco/llmgateway apps/gateway/src/chat/model-routing.ts, a 400 `No free models are available for auto routing.
        // Remove free_models_only parameter or use a specific model.`)
        '\\bno free models are available for auto routing\\b',
        // round 34 (en-vendors): OpenRouter's 503 row (openrouter.ai/docs/api-reference/errors: `There is no available model
        // provider that meets your routing requirements`)
        'no available model provider that meets your routing requirements',
        'no endpoints found',
        // round 14 (English): OpenRouter's 404 when the account's privacy or guardrail settings exclude every provider
        // of the model (`No endpoints available matching your guardrail restrictions and data policy. Configure:
        // https://openrouter.ai/settings/privacy`), the same routing dead end as `No endpoints found matching your data policy`
        'no endpoints available matching your',
        'no allowed providers are available',
        'no providers? (?:available|found)',
        'no available model provider',
        // round 39 (gateways-b): LLM Gateway when no provider of the model is left to route to (theopenco/llmgateway
        // apps/gateway/src/chat/chat.ts, a 400 `No available provider could be found for model <m>`)
        '\\bno available provider could be found for model\\b',
      ],
    },
    title: { zh: '没有能处理这个请求的上游', en: 'No provider can serve this request' },
    meaning: {
      zh: '模型存在，但没有上游支持这次请求用到的功能（如工具调用、图片输入、超长上下文），或被你的路由设置排除了。',
      en: 'The model exists, but no provider supports what this request uses (tools, images, a long context), or your routing settings excluded them.',
    },
    steps: [
      {
        zh: '去掉工具调用或图片等附加功能再试，确认问题出在哪一项。',
        en: 'Retry without tools or images to see which feature is the problem.',
      },
      { zh: '换一个支持该功能的模型。', en: 'Pick a model that supports that feature.' },
    ],
    retry: 'no',
    article: '/troubleshooting/model-not-found#no-available-channel',
    examples: [
      {
        text: '{"error":{"message":"No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing","code":404}}',
        source: 'OpenRouter 404 (OpenRouterTeam issues; lobehub/lobe-chat issues)',
      },
      {
        text: '{"error":{"message":"No endpoints found for deepseek/deepseek-r1:free.","code":404}}',
        source: 'OpenRouter 404 (cline/cline issues)',
      },
    ],
  },
]
