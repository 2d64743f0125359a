import type { ErrorEntry } from '../errors.schema.ts'
import { qianfanCode } from './qianfan-codes.ts'
import { relayKeyWords, vendorKeyVerdicts } from './vendor-key-verdicts.ts'
import { chatLunaErrorCode } from './chatluna-template.ts'

const vendorKeyVerdict = vendorKeyVerdicts.map(({ pattern }) => pattern).join('|')

/** The request itself: too long, refused by policy, wrong parameters, or sent to the wrong address. */
export const requestEntries: ErrorEntry[] = [
  {
    id: 'context-length-exceeded',
    cause: 'context_length',
    layer: 'client',
    // 500: llama.cpp's batch-size overflow and inference servers that raise a bare ValueError
    statuses: [400, 413, 500],
    // round 37 (wrong-en): 403 with its own words: Together AI sends its over-long request as a 403
    // (docs.together.ai/docs/error-codes and support.together.ai/articles/1067567273, row `403 Bad request`: `The combined
    // total of the Input token count and max_tokens parameter must be less than the context length of the model being
    // queried.`; the body `Input token count + max_tokens parameter must be less than the context length of the model being
    // queried.`), read by `input token count`
    statusesWithWording: [403],
    defaultFor: [],
    dialects: ['openai', 'anthropic', 'gemini', 'one-api', 'new-api', 'openrouter'],
    match: {
      codes: [
        'context_length_exceeded',
        // LiteLLM's exception class, whatever the provider's own words inside it
        'contextwindowexceedederror',
        // Codex's codex_error_info for the same overflow
        'context_window_exceeded',
        'string_above_max_length',
        'text_too_long',
        'prompt_too_long',
        'characters_too_long',
        'tokens_too_long',
        'exceededcontextwindow',
        'model_context_window_exceeded',
        // llama.cpp server's error type for every overflow wording it has
        'exceed_context_size_error',
        // DeepSeek's web hint for an over-long prompt, which ds-free-api passes on as `输入内容超长，请缩短后重试`
        'input_exceeds_limit',
        // round 42 (media): GitHub Copilot's API code for a prompt over the model's prompt limit, beside its message
        // `prompt token count of N exceeds the limit of M` (read below), as callers quote the 400 (`{"error":{"message":"prompt
        // token count of 391491 exceeds the limit of 128000","code":"model_max_prompt_tokens_exceeded"}}`, find_string ids
        // 52507083524, 175193925): the code alone when a client prints only it
        'model_max_prompt_tokens_exceeded',
      ],
      patterns: [
        // round 42 (apps): Jan's title for a request longer than the model's context window (janhq/jan web-app/src/utils/error.ts
        // CONTEXT_OVERFLOW_TITLE `Context window full`, shown over CONTEXT_OVERFLOW_MESSAGE, which is read below)
        // (round 42 review: not a changelog's condition, `fix: agent hangs when context window full`)
        '\\bcontext window full\\b(?<!\\b(?:when|if|once|before|until|while)(?: the| its| a)? context window full)(?! of)',
        // round 41 (gateway): OpenRouter's canonical error type for one string field over the provider's limit, as OpenAI's
        // string_above_max_length above (openrouter.ai/docs/client-sdks/typescript/models/apierrortype.md, the canonical
        // ApiErrorType of its SDKs, `stable across all API formats`); round 41 (review): moved from `codes`, as it is also
        // Pydantic's error type for any string field over its max_length (pydantic/pydantic-core src/errors/types.rs
        // StringTooLong `String should have at most {max_length} characters`), which FastAPI gateways and settings print
        // as `"type":"string_too_long","loc":…` or `[type=string_too_long, input_value=…`: a field's length, not the context
        '\\bstring_too_long\\b(?!["\']?\\s*,\\s*(?:"loc"|input_value=))',
        // round 41 (agents): iFlow CLI's other context message, with its trace id (The-Sunder-islands/iflow-cli-ce@be76597
        // modules/app/api/aNr_iflow-api.js, the @iflow-ai/iflow-cli 0.5.19 bundle's openaiContentGenerator.errors
        // .contentLengthExceed `Content length exceed LLM Limit. TraceID: …` / zh-CN `内容长度超出大语言模型限制。TraceID：…`)
        '\\bcontent length exceed llm limit\\b',
        '内容长度超出大语言模型限制',
        // round 36 (gaps-en): Claude Code's own sentence for a compaction that found the conversation too long to summarise
        // (its compact service's ERROR_MESSAGE_PROMPT_TOO_LONG `Conversation too long. Press esc twice to go up a few
        // messages and try again.`, find_string ids 51945103304, 59788860256; code.claude.com/docs/en/errors, Error during
        // compaction: Conversation too long), which it throws as an Error and prints `Error during compaction: Error: …`
        'conversation too long\\. press esc twice to go up a few messages',
        // round 34 (cn-vendors): Model Studio's 400 InvalidParameter for Qwen-Long's file input over its total
        // (help.aliyun.com/zh/model-studio/error-code: `Total message token length exceed model limit (10000000 tokens).`,
        // 原因 输入总长度超过了10,000,000 Token)
        'total message token length exceeds? model limit',
        // Huawei Cloud MaaS 400 ModelArts.81001 from the tokenizer (`the prompt length 151499 must less than the maximum input
        // length 129024`; support.huaweicloud.com/model-call-maas/model-call-035.md)
        'prompt length \\d+ must (?:be )?less than the maximum input length',
        // round 27 (apps): Continue's own check before it sends (core/llm/countTokens.ts `Not enough context available to
        // include the system message, last user message, and tools`)
        'not enough context available to include',
        // Claude Code's compaction that found the conversation too long to summarise (code.claude.com/docs/en/errors.md
        // `Error during compaction: Conversation too long`); round 36 (gaps-en): as Claude Code prints it, with the thrown
        // Error's own name between (`Error during compaction: Error: Conversation too long. …`, anthropics/claude-code#15896)
        'error during compaction: (?:error: )?conversation too long',
        // Jan's title for its context overflow (web-app/src/locales/en/model-errors.json `Out of context error`); not a
        // quotation taken `out of context`
        '\\bout of context error\\b',
        // round 27 (apps): apps' own words for a context overflow (LobeChat locales/en-US/error.json ExceededContextWindow
        // `The current request content exceeds the length that the model can handle`)
        'exceeds? the (?:maximum )?length (?:that )?the model can (?:handle|process|accept)',
        // Kilo Code's notice when the answer stops at the output limit (kilocode.json task.maxCompletionTokens)
        'maximum number of completion tokens was reached',
        '已达到最大完成\\s?token\\s?数量',
        // round 39 (apps-zh): SiYuan's notice when an AI edit stops at finish_reason `length` (siyuan-note/siyuan kernel/model/ai.go
        // chatGPTComplete, `util.PushMsg(Conf.Language(297))`; app/appearance/langs/zh-CN.json _kernel 297 `输出已达到最大补全 Token
        // 数限制`)
        '输出已达到最大补全\\s?token\\s?数限制',
        // round 43 (apps): and its English (siyuan-note/siyuan@eef1056 app/appearance/langs/en.json _kernel 297 `Output reached
        // the max completion tokens limit`)
        '\\boutput reached the max completion tokens limit\\b',
        // round 36 (apps-b): Cline's SDK when the answer stops at the output limit before the turn is done (cline/cline
        // sdk/packages/agents/src/agent-runtime.ts MAX_TOKENS_INCOMPLETE_TURN_MESSAGE `Model reached the maximum output token limit
        // before completing the turn`)
        'reached the maximum output token limit before completing',
        // round 36 (apps-b): coding agents' own names for an overflow: Zed's PromptTooLarge (zed-industries/zed
        // crates/language_model/src/language_model.rs `prompt too large for context window`), Jan's CONTEXT_OVERFLOW_MESSAGE
        // (janhq/jan web-app/src/utils/error.ts `This message — including search results and tool output — is longer than
        // the model can process at once.`) and CodeGPT's TotalUsageExceededException notice (carlrobertoh/CodeGPT
        // src/main/java/ee/carlrobert/codegpt/completions/ToolwindowChatCompletionRequestHandler.java `The length of the
        // context exceeds the maximum limit that the model can handle.`)
        'prompt too large for (?:the )?context window',
        // round 45 (agents): Zed's earlier name for the same overflow, which its older releases still print (zed-industries/zed@9e9192f
        // crates/language_model/src/language_model.rs LanguageModelKnownError `Context window limit exceeded ({tokens})`)
        '\\bcontext window limit exceeded \\(\\d+\\)',
        'is longer than the model can process at once',
        'length of the context exceeds the maximum limit',
        // round 43 (apps): Home Assistant's extended_openai_conversation when the answer stops at finish_reason `length`
        // (jekalmin/extended_openai_conversation custom_components/extended_openai_conversation/exceptions.py
        // TokenLengthExceededError `token length(`{token}`) exceeded. Increase maximum token to avoid the issue.`, and
        // ParseArgumentsFailed `failed to parse arguments `…`. Increase maximum token to avoid the issue.` for a tool call cut off
        // the same way): its "Maximum tokens to return in response" option is too small
        '\\bincrease maximum token to avoid the issue\\b',
        // round 43 (apps): ChatGPT-in-Slack's notices for a prompt over the model's window and for a reasoning model that spent its
        // output budget (seratch/ChatGPT-in-Slack app/bolt_listeners.py `:warning: The previous message is too long
        // ({num_context_tokens}/{max_context_tokens} prompt tokens).`; app/slack_constants.py REASONING_EMPTY_OUTPUT_HINT `The
        // reasoning model used all completion tokens and did not produce visible text. Increase the completion token budget …`)
        '\\bthe previous message is too long \\(\\d+/\\d+ prompt tokens\\)',
        '\\breasoning model used all completion tokens and did not produce visible text\\b',
        // agents that count before sending: Claude Code (`Context low · Run /compact`), Aider (check_tokens,
        // show_exhausted_error), Cline (sdk/packages/llms/src/providers/gateway.ts)
        'context low\\W{1,4}run /compact',
        // ds-free-api (NIyueeE/ds-free-api hint_to_error / check_hint) on DeepSeek's `input_exceeds_limit`
        '输入内容超长',
        'exceeds the [\\d,]+ token limit for',
        'has hit a token limit',
        // LibreChat's own count before sending (client/src/locales en and zh-Hans com_error_input_length)
        'message token count is too long',
        '消息的令牌数过长',
        // RAGFlow's notice when the answer stopped at the length limit (rag/llm/chat_model.py LENGTH_NOTIFICATION_EN, _CN)
        'truncated by your chosen llm due to its limitation on context length',
        '由于大模型的上下文窗口大小限制',
        // Jan's context notices (web-app/src/locales en and zh-CN model-errors.json lastRequestOverflowed,
        // contextOverflowDetail, contextOverflowGeneric)
        'overflowed the context window',
        'context window holds only',
        '上下文窗口仅能容纳',
        // round 34 (apps-zh): Chatbox's tip when the error is a context overflow (chatboxai/chatbox src/renderer/components/chat/
        // MessageErrTips.tsx, locales zh-Hans and en: `您的对话已超过模型的上下文限制。`, `Your conversation has exceeded the
        // model's context limit.`), read until now only as people's own words
        '对话已超过模型的上下文限制',
        "conversation has exceeded the model's context limit",
        '超出了.{0,4}上下文(?:窗口|大小)',
        'possibly exhausted context window',
        "prompt tokens exceed (?:the )?model(?:'s)? context window",
        // `maximum context limit` is LiteLLM's wording for providers that say it so
        'maximum context (?:length|limit)',
        // vLLM's input processor: `The decoder prompt (length 88049) is longer than the maximum model length of 32768.`
        'is longer than the maximum model length',
        'prompt is too long',
        // Zhipu / Z.ai 1261 in English (the Chinese page says `Prompt 超长`)
        'prompt exceeds max length',
        'ran out of room in the model.s context window',
        'model is loaded with context length of only',
        'exceeds the maximum number of tokens',
        'input token count',
        // round 37 (wrong-en): Vertex AI's 400 INVALID_ARGUMENT row (docs.cloud.google.com/vertex-ai/generative-ai/docs/
        // model-reference/api-errors, the example message `Request exceeds the model's input token limit.`, find_string id
        // 55237398548)
        "\\brequest exceeds the model['’]?s input token limit",
        'context (?:length|window) (?:exceeded|is exceeded)',
        // round 11 (English): the same overflow in other apps' and engines' words: an app's own count (`Your conversation is too long
        // for this model`), an agent's classifier (`Request exceeded the context window of 128k tokens`), Bedrock's
        // `Too many input tokens`, llama.cpp's examples (`context size exceeded`)
        'conversation is too long',
        "exceed(?:s|ed) the (?:model'?s )?context window",
        'too many input tokens',
        'context size exceeded',
        // `Prompt too long: 9000 tokens exceeds context size 8192` (with its token count: an app's own `Prompt too long`
        // is as often a character limit), `Your text exceeds the model's token limit of …`
        '\\bprompt too long: \\d+ tokens',
        "exceeds the model'?s token limit",
        'reduce the length of the messages',
        'too many tokens',
        // DashScope states every length limit this way; the input's is the context (the output's, `Range of max_tokens
        // should be`, is a parameter out of range: invalid-parameters, round 37)
        'range of input length should be',
        '超出(?:了)?(?:最大)?上下文',
        // round 45 (zhprose): not a model's spec, one item of a list or a docs note that it fits (Cherry Studio's docs
        // `上下文长度：128K tokens`, `上下文长度扩展至 **128K tokens**`, `任务类型、上下文长度、多模态与工具调用能力`,
        // CherryHQ/cherry-studio-docs; AstrBot's `直到上下文长度符合要求`, AstrBotDevs/AstrBot docs/zh/use/context-compress.md;
        // CowAgent's `上下文长度自动控制在合理范围内`, zhayujie/chatgpt-on-wechat docs/releases/v2.0.8.mdx)
        '(?<!、)上下文长度(?!\\s?[:：]|\\s?扩展|、|[^\\n，。]{0,4}符合|自动控制)',
        'prompt\\s*超长',
        'input is too long',
        'exceeded model token limit',
        'the max input characters is',
        'prompt tokens too long',
        'input token length too long',
        'string too long\\. expected a string with maximum length',
        'max length of current question is',
        // TabbyAPI's ExLlama checks: `Context length 9216 is greater than max_seq_len 8192` (model.py@6a5bbd2),
        // `Request length 3900 + 512 is greater than max_seq_len 4096`, prompt and max_tokens added up, and the
        // same for a CFG negative prompt (backends/exllamav2/model.py@5da335e)
        'is greater than max_seq_len',
        // SiliconFlow's overflow wordings under its code 20015 (`length of prompt_tokens (n) must be less than
        // max_seq_len (m)`, `max_total_tokens (n) must be less than or equal to max_seq_len (m)`). The code alone
        // is not read: SiliconFlow answers 20015 to any invalid parameter (`The parameter is invalid. Please
        // check again.` for an empty model name, an empty rerank list, an over-long embedding input)
        'must be less than (?:or equal to )?max_seq_len',
        // SiliconFlow's count of the input alone: `number of input tokens (n) has exceeded max_prompt_tokens (m) limit.`
        'exceeded max_prompt_tokens',
        // Qwen-Agent's own count before calling DashScope (qwen_agent/llm/base.py, ModelServiceError code 400)
        'has exceed(?:ed)? the maximum input context length',
        'exceeds? max message tokens',
        '输入(?:的)?(?:长度|内容|文本)?(?:超过|超出)(?:了)?(?:最大)?(?:长度)?限制',
        '输入(?:内容|文本)?过长',
        'exceeds? the context window',
        'response exceeded the \\d+ output token maximum',
        'context window is near capacity',
        'input (?:text )?(?:length )?(?:exceeds the maximum|too long)',
        '减少(?:消息|输入|上下文)(?:的)?长度',
        '超(?:出|过)(?:了)?最大\\s?token',
        'token\\s?数(?:量)?超(?:过|出)(?:了)?限制',
        '超过(?:了)?模型(?:的)?最大长度',
        'input (?:text |length )?is too long',
        'token\\s?数(?:量)?超(?:过|出)(?:了)?上限',
        // round 13 (Chinese): the count with its number or without 数, as apps raise it before sending (tbwork/MagicGPT
        // PromptTokensExceedException `对话中的tokens数量（5210）超过了最大限制4096`)
        'tokens?\\s?(?:数量?)?\\s?(?:[（(]\\d+[)）])?\\s?超(?:过|出)了?(?:最大)?(?:限制|上限)',
        // and the verb first, as agents report it (find_string 超出了token限制: an agent's `即使进行记忆压缩后，仍然超出了token限制，
        // 无法继续执行`, id 5337463627; a file tool's `您提供的内容过长，超出了token限制`, id 2122480833)
        '超(?:出|过)了?\\s?tokens?\\s?(?:长度)?(?:限制|上限)',
        'exceed context limit',
        // round 43 (policy-zh): Kimi's Chinese error table (platform.kimi.com/docs/api/errors, 400 invalid_request_error): `Input token
        // length too long` is `请求中的 tokens 长度过长，请求不要超过模型 tokens 的最长限制`, and `Your request exceeded model token limit`
        // is `请求的 tokens 数和设置的 max_tokens 加和超过了模型规格长度`: both the input over the model's context
        '请求中的\\s?tokens?\\s?长度过长',
        '加和超过了?模型规格长度',
        // round 43 (policy-zh): Qianfan's V2 error table in Chinese (cloud.baidu.com/doc/qianfan-api/s/Om9b4yj3w, 400
        // characters_too_long `请求长度不能超过最大字符限制，即用户输入大模型内容过长`, tokens_too_long `请求内容超过大模型内部限制`)
        '用户输入大模型内容过长',
        '请求内容超过大模型内部限制',
        // round 43 (policy-zh): Model Studio's error page for `Range of input length should be [1, xxx]` (help.aliyun.com/
        // document_detail/610266.html, 原因: `调用模型时输入内容长度超过模型上限`)
        '输入内容长度超过模型(?:的)?(?:上限|限制)',
        // round 43 (policy-zh): chatgpt-on-wechat's agent when trimming the history did not bring it under the model's window
        // (zhayujie/chatgpt-on-wechat agent/protocol/agent_stream.py `抱歉，对话历史过长导致上下文溢出。我已清空历史记录，请重新描述你的需求。`)
        '(?:历史|对话)过长导致上下文溢出',
        // LobeHub's current zh-CN error locale (exceededContext, ExceededContextWindowCloud)
        '超出(?:了)?模型(?:的)?上下文窗口',
        '上下文窗口超出限制',
        '对话内容过长',
        'decrease input length',
        'reached max_tokens',
        'finish_reason\\W{1,4}length\\b',
        // round 42 (cnsdk): the same stop as Volcengine Ark's Python SDK raises it on a parsed completion
        // (volcengine/volcengine-python-sdk volcenginesdkarkruntime/_exceptions.py ArkLengthFinishReasonError `Could not parse response
        // content as the length limit was reached - {usage}`, openai-python's LengthFinishReasonError words it the same)
        '\\bcould not parse response content as the length limit was reached\\b',
        // round 11 (Chinese): the other words apps put after 上下文 (find_string 上下文过大: OpenCode plugins'
        // CONTEXT_OVERFLOW_PHRASES `请求上下文过大`, `AI 上下文过大`; 上下文超限 in relays' error tables), never a Docker build context
        '(?<!构建)上下文(?:过长|太长|过大|超限)',
        // the subject first (dimensio providers/classify.ts `上下文超出了模型窗口：先压缩再试`)
        // round 40 (agents-zh): and with 容量 (an agent console's CONTEXT_CAPACITY_EXCEEDED label `上下文超出容量上限，请拆分或精简后再试`,
        // find_string id 59123369041, beside its `AI 上下文超出限制` for AI_CONTEXT_LIMIT_EXCEEDED, id 62629169461)
        '上下文超出了?(?:模型)?(?:的)?(?:窗口|上限|限制|容量)',
        // the prompt check image and chat apps raise (find_string 提示词过长: `提示词过长，最大支持2000字符`)
        '提示词过长',
        // and a chat app's own length check (find_string 消息过长: `消息过长（>8000 字）`, `消息过长，请缩短后重试`)
        '消息过长',
        'token limit exhaustion \\(max_tokens\\)',
        'response truncated due to token limits',
        'truncated because it exceeded the token limit',
        'context window will overflow',
        'stop_reason\\W{1,4}max_tokens',
        'maximum prompt length is \\d+',
        'exceeds (?:the )?maximum allowed input length of',
        // round 23 (English): Amazon Bedrock's ValidationException when a prompt passes the model schema's character cap
        // (`Malformed input request: expected maxLength: 50000, actual: 52611, please reformat your input and try again.`),
        // which apps that size prompts for Bedrock read as characters over the limit (a provider manifest's error
        // patterns, `maxLength.*?(\\d+).*?actual.*?(\\d+)` in chars, find_string id 10977926683); the generic
        // `Malformed input request` alone stays a refused request
        'malformed input request: expected maxlength: \\d+, actual: \\d+',
        "is longer than the model'?s context length",
        'prompt token count of \\d+ exceeds the limit of',
        'exceeds the available context size',
        // round 23 (zh): local runtimes' own length checks, which chat demos and knowledge-base apps built on them print
        // as is: Hugging Face transformers' generate (generation/utils.py: `Input length of input_ids is 2400, but
        // `max_length` is set to 2048. This can lead to unexpected behavior…`, decoder_input_ids for encoder-decoder
        // models) and SGLang's admission check (srt/managers/utils.py: `Input length (40000 tokens) exceeds the maximum
        // allowed length (32762 tokens). Use a shorter input or enable --allow-auto-truncate.`)
        'input length of (?:decoder_)?input_ids is \\d+, but `?max_length`? is set to \\d+',
        'input length \\(\\d+ tokens\\) exceeds the maximum allowed length',
        // the past tense apps print or users write for the same overflow: home-llm's Home Assistant integration
        // (`…and it exceeded the context size for the model. Please reduce the number of entities exposed…`)
        'exceeded the (?:available |max(?:imum)? )?context size',
        // the same count check in llama.cpp-based runtimes and apps without `the available` (find_string "tokens) exceeds
        // context size": `Prompt (N tokens) exceeds context size (N)`, Docker Model Runner's `request (N tokens) exceeds …`)
        '\\(\\d+ tokens\\) exceeds context size',
        // Azure-Samples/azure-search-openai-demo app/backend/error.py ERROR_MESSAGE_LENGTH, its words for context_length_exceeded
        'exceeded the context length limit',
        'greater than the context length',
        'context window exceeds limit',
        'configured context size is',
        'prompt too long; exceeded (?:max )?context length',
        '回复已达到长度上限',
        'reached the length limit for this response',
        // text-generation-inference's validation (also behind Together's and Hugging Face's endpoints)
        '\\binputs\\W{0,2} (?:tokens \\+ \\W?max_new_tokens\\W? )?must (?:be <=|have less than) \\d+',
        // Ollama's server and runners
        '\\b(?:input|prompt)(?: length)?(?: after truncation)? (?:exceeds|is longer than) (?:the )?(?:model.s )?(?:maximum )?context length',
        // llama.cpp's server, at request time and while generating
        'larger than the max context size|context size has been exceeded|too large to process\\. increase the physical batch size',
        // vLLM when images or video push the prompt past max_model_len
        'is too long to fit into the model',
        // Cerebras, and the configured-limit wording LiteLLM lists
        'current length is \\d+ while limit is \\d+',
        'input tokens exceed the configured limit',
        // (the output limit alone is a parameter out of range, invalid-parameters: OpenAI's `max_tokens is too large`,
        // round 37; Anthropic's, TGI's and Vertex AI's own words for it, round 39)
        'finish_?reason\\W{1,4}max_tokens',
        'incomplete_details\\W{1,6}reason\\W{1,4}max_output_tokens',
        // round 14 (English): Plandex's server when the context loaded into a plan already exceeds the model's
        // limit (server/model/plan/tell_exec.go `Token limit exceeded before adding conversation`)
        'token limit exceeded before adding (?:the )?conversation',
        // round 16 (zh-a): chat apps' own words for a conversation past the model's window (find_string 对话过长: a
        // chat page's `'chat.error.context': '对话过长，请开启新对话。'` id 70978337066, a worker's `由于开启了连续对话选项，
        // 导致本次对话过长，超过了模型最大输入限制` id 43423126166, an agent's ContextOverflow notice `对话过长，正在自动压缩...`
        // id 53503835231); not a conversation that lasted too long (`对话过长时间`)
        '对话过长(?!时间)',
        // round 36 (apps-a): LobeHub's current ExceededContextWindow in Chinese (lobehub/lobehub
        // locales/zh-CN/modelRuntime.json `当前请求内容超出了模型可处理的长度。请减少内容量并重试。`, the English read above); Cherry Studio's
        // context diagnosis in English (en-us locale error.diagnosis.context_length `Conversation too long, please
        // clear history or start a new chat`, find_string id 67170962973) and its note when the reply stopped at the
        // length limit (the renderer's classifyError, finish_reason `length`: `回复达到最大长度后被截断`, find_string id
        // 61031368368); Coze Studio's chat_err_702112107 in English (coze-dev/coze-studio
        // frontend/packages/arch/resources/studio-i18n-resource/src/locales/en.json `The model context length limit has
        // been exceeded. …`, its zh-CN read already)
        '超出了?模型可处理的长度',
        '\\bconversation too long, please clear (?:the )?history',
        '回[复覆]达到最大长度后被截断',
        '\\bthe model context length limit has been exceeded\\b',
        // round 36 (gaps-zh): a novel-writing app's error when a completion ends with finish_reason `length`, its own
        // troubleshooting table naming the per-request output cap (find_string ids 59864740243 incompleteCompletionError
        // `AI 输出达到模型最大长度，结果不完整。请提高模型最大输出 Tokens 或缩短本次任务后重试。`, 69218127904 length-limit: `AI 输出连续
        // 达到模型最大长度，已自动续写 N 次仍未完成，结果未被保存。`, `AI output reached the model maximum length and is incomplete.`)
        'ai 输出(?:连续)?达到模型最大长度',
        '\\bai output (?:repeatedly )?reached the model maximum length\\b',
        // round 36 (gaps-zh): a DeepSeek Harness IM bot's words for a turn cut at the output limit (message-failure.mjs,
        // find_string id 68553303870: model-max-tokens → MODEL_OUTPUT_LIMIT `模型达到输出长度上限，但没有生成可显示的结果。`)
        '模型达到输出长度上限',
        // round 39 (agents-src): anomalyco/opencode (sst/opencode) packages/opencode/src/provider/error.ts parseStreamError for a
        // stream's context_length_exceeded (`Input exceeds context window of this model`), QwenLM/qwen-code's context warning
        // (packages/cli/src/i18n/locales/zh.js key `Context exceeds limit! Use /compress or /clear to reduce.`, whose Chinese
        // is read already) and openai/codex codex-rs/codex-api/src/sse/responses.rs on `response.incomplete` (`Incomplete
        // response returned, reason: {reason}`, find_string id 52242348549), which Codex prints as `stream disconnected
        // before completion: …`: at max_output_tokens the answer hit its output limit, as incomplete_details above
        'input exceeds (?:the )?context window of this model',
        'context exceeds limit! use /compress',
        'incomplete response returned, reason: max_output_tokens',
        // round 40 (frameworks): LlamaIndex's PromptHelper when the prompt alone already fills the model's window
        // (run-llama/llama_index llama-index-core/llama_index/core/indices/prompt_helper.py _get_available_context_size,
        // `Calculated available context size {n} was not non-negative.`, find_string id 44118842379)
        '\\bcalculated available context size -?\\d+ was not non-negative\\b',
        // round 40 (frameworks): Instructor's IncompleteOutputException when the answer stops at finish_reason `length`
        // (instructor-ai/instructor instructor/core/exceptions.py, `The output is incomplete due to a max_tokens length limit.`,
        // find_string ids 35387735851, 401079964), as Kilo Code's and Cline's output-limit notices above
        '\\boutput is incomplete due to a max_tokens length limit\\b',
        // round 40 (frameworks): LangChain.js's class for a prompt over the window (langchain-ai/langchainjs
        // libs/langchain-core/src/errors/index.ts ContextOverflowError, `Input exceeded the model's context window.` unless it
        // copies the provider's message, raised by libs/providers/langchain-openai/src/utils/client.ts on
        // `context_length_exceeded` or `maximum context length` and by langchain-anthropic on `prompt is too long`, which
        // appends its `Troubleshooting URL: https://docs.langchain.com/oss/javascript/langchain/errors/CONTEXT_OVERFLOW/`); the
        // class only as an error prints it, before its colon, not `instanceof ContextOverflowError` in code
        '\\bcontextoverflowerror\\]?: ',
        '\\blangchain\\.com/(?:docs/troubleshooting|oss/(?:javascript|python)/langchain)/errors/context_overflow\\b',
        // round 42 (media): llama-cpp-python's own check before it evaluates (abetlen/llama-cpp-python@3691546
        // llama_cpp/llama.py `raise ValueError(f"Requested tokens ({len(prompt_tokens)}) exceed context window of {n_ctx}")`),
        // which its server rewrites to OpenAI's context_length_exceeded (llama_cpp/server/errors.py RouteErrorHandler) but
        // LangChain's LlamaCpp, RAG demos and wrappers print as is, often inside an `invalid_request_error` or a 500
        '\\brequested tokens \\(\\d+\\) exceed context window of \\d+',
        // round 42 (media): DeepInfra's 400 for a prompt over the model's input limit, as OpenAI-compatible clients and
        // OpenRouter (`metadata.raw`) pass it on (UKGovernmentBEIS/inspect_ai@499e615
        // src/inspect_ai/model/_providers/openai_compatible.py handle_bad_request, `# Handle DeepInfra input length errors`,
        // and tests/model/providers/test_openai_compatible.py id deepinfra_model_length: `Requested input length 125000
        // exceeds maximum input length 40000`)
        '\\brequested input length \\d+ exceeds maximum input length \\d+',
        // round 42 (media): LMDeploy's serving errors for a prompt over session_len (InternLM/lmdeploy@1263d5c
        // lmdeploy/serve/core/async_engine.py `Input length ({input_len}) must be smaller than the model context length
        // ({self.session_len}).` and serve/core/exceptions.py ERROR_MESSAGES CONTEXT_LENGTH_EXCEEDED `The request exceeds the
        // model context length.`), sent as a 400 with `invalid_request_error`
        '\\binput length \\(\\d+\\) must be smaller than the model context length\\b',
        '\\bthe request exceeds the model context length\\b',
        // round 42 (media): Xinference's transformers engine when the prompt leaves no room for max_tokens
        // (xorbitsai/inference@7ecec16 xinference/model/llm/transformers/core.py prepare_batch_inference, `r.error_msg =
        // "Max tokens exceeds model's max length"`)
        "\\bmax tokens exceeds model['’]s max length\\b",
        // round 42 (media): Ollama's agent before it sends and after it compacts (ollama/ollama@fb30760 agent/compactor.go:
        // `prompt is too large for the current context (~%d/%d tokens). Reduce the system prompt or message history, …` and
        // `history is still too large after compaction (~%d/%d tokens). Start a fresh request, …`)
        '\\bprompt is too large for the current context \\(~?\\d+/\\d+ tokens\\)',
        '\\bhistory is still too large after compaction \\(~?\\d+/\\d+ tokens\\)',
        // round 42 (media): vLLM's scheduler when a prompt passes the prompt limit, its request then finished unanswered
        // (FINISHED_IGNORED: the API sends back an empty or cut answer, and the log line is what people paste;
        // vllm-project/vllm vllm/core/scheduler.py _schedule_prefills and the V1 scheduler, `logger.warning("Input prompt (%d
        // tokens) is too long and exceeds limit of %d", …)`, find_string ids 8698567144, 54312417296)
        '\\binput prompt \\(\\d+ tokens\\) is too long and exceeds limit of \\d+',
        // round 42 (media): Venice's OpenAI-style overflow, whose message apps print without its code
        // (docs.venice.ai/api-reference/error-codes, Error response format: `Your request exceeds the model's maximum context.
        // Please reduce your prompt or completion length.`, code context_length_exceeded)
        "\\byour request exceeds the model['’]s maximum context\\b",
        // round 42 (media): GPT4All's check of the last message against n_ctx (nomic-ai/gpt4all@cd70db2
        // gpt4all-chat/src/chatllm.cpp `Your message was too long and could not be processed (%1 > %2). Please try again with
        // something shorter.`, and gpt4all-bindings/python/gpt4all/gpt4all.py's ValueError with the same words; its zh_CN
        // translation `您的消息过长，无法处理` is read by 消息过长 above)
        '\\byour message was too long and could not be processed \\(\\d+ > \\d+\\)',
        // round 42 (media): mistral.rs's validation error for a prompt over max_seq_len (EricLBuehler/mistral.rs@9e92262
        // mistralrs-core/src/engine/add_request.rs `Prompt sequence length is greater than {max_seq_len}, perhaps consider
        // using `truncate_sequence`?`) and MLC LLM's serve check (mlc-ai/mlc-llm@79d603f python/mlc_llm/serve/engine_utils.py
        // BadRequestError `Request prompt has {n} tokens in total, larger than the model input length limit {m}.`)
        '\\bprompt sequence length is greater than \\d+',
        '\\blarger than the model input length limit\\b',
        // round 42 (media): text-generation-webui when it had to cut the user's message to fit (oobabooga/text-generation-webui
        // @1dcde41 modules/chat.py generate_chat_prompt: `User message truncated from {n} to {m} tokens. Context full: {n} input
        // tokens ({total} total, {k} for output). Increase ctx-size while loading the model to avoid truncation.`)
        '\\bcontext full: \\d+ input tokens \\(\\d+ total\\b',
        // round 42 (media): KoboldCpp's console warnings when a request asks for more context than it was launched with
        // (LostRuins/koboldcpp@2da346a koboldcpp.py generate: `(Warning! Request max_context_length={n} exceeds allocated
        // context size of {maxctx}. It will be reduced to fit. Consider launching with increased --contextsize …)` and
        // `Warning: You are trying to generate with max_length near or exceeding max_context_length. Most of the context will
        // be removed, …`; gpttype_adapter.cpp `Warning: Too many LLaVA tokens, max context exceeded! They will be ignored!`)
        '\\bmax_context_length=\\d+ exceeds allocated context size of \\d+',
        '\\bmax_length near or exceeding max_context_length\\b',
        '\\btoo many llava tokens, max context exceeded\\b',
        // round 42 (media): IBM watsonx.ai's 400 invalid_input_argument for a prompt over the model's total (`Invalid input
        // argument for Model '…': the number of input tokens 4098 cannot exceed the total tokens limit 4096 for this model`,
        // as a script quotes the body from us-south.ml.cloud.ibm.com/ml/v1/text/generation, find_string id 8875896307, and
        // agno's WatsonX overflow test OVERFLOW_MESSAGE, id 69574086122), read as a bare 400 before
        '\\bthe number of input tokens \\d+ cannot exceed the total tokens limit\\b',
        // round 42 (media): Bedrock's third overflow message beside `Input is too long for requested model` and Anthropic's
        // `input length and max_tokens exceed context limit` (strands-agents/sdk-python@004eaa6 src/strands/models/bedrock.py
        // BEDROCK_CONTEXT_WINDOW_OVERFLOW_MESSAGES `too many total text bytes`, which it raises as ContextWindowOverflowException),
        // read as a rate limit by the guess before
        '\\btoo many total text bytes\\b',
        // round 42 (media): LM Studio's notice when the conversation is over the loaded model's context (lmstudio-ai/localization
        // @a15da90 en/chat.json tokenCount/contextOverflow `The unprocessed context is larger than the maximum token limit of the
        // model. Depending on your Context Overflow Policy, …`; zh-CN `未经处理的上下文大于模型的最大token限制。…`, zh-TW
        // `未處理的上下文超過模型的最大 token 限制。…`, zh-HK `未處理的當前上下文大於模型的最大標記限制。…`, read folded to
        // simplified)
        '\\bunprocessed context is larger than the maximum token limit of the model\\b',
        '未(?:经)?处理的(?:当前)?上下文(?:大于|超过)模型的最大\\s?(?:token|标记)\\s?限制',
      ],
      describes: [
        // round 15 (zh): the conversation grew and then it errors (chathub-dev/chathub#188 当对话进行较多的时候,就会出现错误,
        // ChatGPTNextWeb/NextChat#3285 每次对话内容稍微多了点就会出现下面的错误提示, sjzar/chatlog#30 聊天记录消息太多了,超过上下文);
        // a long chat that only lags or scrolls slowly names no error
        '(?:对话|對話|聊天|会话|會話)[^，。！？\\n]{0,6}(?:较多|較多|多了|太多|过多|過多|太长|太長|过长|過長)[^。！？\\n]{0,10}(?:报错|報錯|出错|出錯|错误|錯誤|超过上下文|超過上下文|超出上下文)',
        // round 15 (en)
        // "After a very long conversation, I found this error" (waylaidwanderer/node-chatgpt-api#293), "After having a too long conversation" (rajatkulkarni95/yack#20)
        '\\bafter (?:having )?(?:a |an )?(?:very |too |really |quite |extremely )?long (?:continuous )?(?:conversation|chat|discussion)s?\\b',
        // "an error of exceeding tokens" (kwaroran/Risuai#307), "errors caused by too many tokens" (openimsdk/chat#607)
        '\\berror(?:s| message)? (?:of |about |caused by |for |due to )?(?:exceeding (?:the )?(?:max(?:imum)? )?tokens?|too many tokens)\\b',
        // round 17 (zh): 超过 (not only 超出) the context, as apps word the refusal (an agent's `throw new
        // Error('当前轮次超过上下文预算，请缩短输入或新建会话。')`, find_string id 70114468805; a builder's `raise
        // ValueError("Mod 建造结果超过上下文预算")`, id 68957846945; qwen-code's issue digest `请求token数超过131072上下文上限`,
        // id 57048162950). Not a sentence that warns or plans (`不超过上下文容量的一半`, `避免超过上下文限制`, `接近或超过上下文
        // 上限的 80%`, `可能超过上下文窗口`, `若 token 超过上下文窗口，先执行压缩`)
        '(?<!不|避免|防止|以免|或|可能|会|會|将|將|接近|(?:若|如果|如|当(?!前)|當(?!前)|一旦)[^，。！？\\n]{0,12})超(?:过|過)了?(?:\\s?\\d+\\s?(?:k|tokens?)?\\s?)?(?:的)?(?:模型(?:的)?)?上下文',
        // the context 超了, as apps and their classifiers say it (an agent's `eprintln!("(joy) 上下文超了，压缩后重试一次")` on a
        // context-overflow error, find_string id 68840117713; a provider-error classifier's `上游说的是「上下文超了」吗`, id
        // 67120265323; a docstring on a bare 400 `是模型没拉取、Key 没配、还是上下文超了`, id 69548679799); not what to do
        // after or when it does (`上下文超了之后…`, `上下文超了也不会自己压`)
        '上下文(?:长度|長度)?(?:又|已经|已經|已)?超了(?!之后|之後|以后|以後|后|後|时|時|的话|的話|也)',
        // round 17 (en): `the context window is full` (the llm crate's `ContextFull` error `#[error("the context window is
        // full")]`, find_string id 10016643631; a chat app's `Your Context Window is full. … click 'Clear Chat'`, id
        // 63372057736; a small GPT's `throw new Error("Context window is full.")`, id 71194642681); not a docs sentence
        // about when or before it fills (`wakes up when the context window is full`)
        '\\bcontext(?<!\\b(?:if|when|whether|once|until|before|after)\\b[^.\\n]{0,40}context) (?:window|length|limit) (?:is|was|gets|got|has been) (?:full|exhausted|used up|maxed out)\\b',
        // round 17 (en): `exceeds the token limit` (a chat client's `The volume of the file content (N tokens) exceeds the token
        // limit (M tokens) and cannot be included in the dialogue.`, find_string id 12272450068; a token counter's `Check if
        // the prompt exceeds the token limit` → LimitError, id 45521819668; agent notes `When context exceeds the token limit:
        // … Context window exceeded`, id 53223945553); not a conditional or a negation (`if the text exceeds`, `no chunk
        // exceeds`), nor a per-minute quota (a rate limit)
        "\\bexceed(?:s|ed|ing)?(?<!\\b(?:if|when|whether|once|until|no|not|never)\\b[^.\\n]{0,40}exceed\\w{0,3}) (?:the |its |your |my |our )?(?:model'?s? )?(?:max(?:imum)? )?(?:token|context) limit\\b(?! (?:per|for tokens per|of \\d+ tokens? per))",
        // round 35 (desc-zh): the reply itself said to be truncated (回答/回复 被截断), which vendors' and gateways' help
        // pages settle as the output limit: SiliconFlow's text-generation guide (docs.siliconflow.com en/userguide/
        // capabilities/text-generation, Model Output Truncation Issues: `Outputs exceeding max_tokens will be truncated.`), a gateway's FAQ (docs.laozhang.ai
        // faq/max-tokens, 设置大小有什么影响: `太小：回答被截断，只拿到一半内容`) and a relay's README troubleshooting table
        // (`模型回答被截断 | 上游「思考」也计入输出 token；…调大输出上下文窗口`, find_string id 69880653034). Only the reply as
        // what was cut; not advice or a plan (`以免回答被截断`, `避免…`, `如果回答被截断`), nor a client timeout said to cut
        // it (`导致正常的长回答被截断`), nor a tool's, a log's or a file's output
        '(?<!以免|避免|防止|免得|不会|不會|(?:导致|導致|如果|若|假如|一旦|当|當)[^，。！？\\n]{0,12})(?:回答|回复|回覆|答案|回應|回应)(?:内容|內容)?(?:总是|總是|经常|經常|老是|又|会|會|都)?被(?:截断|截斷)',
        // round 40 (desc-en): the same in English, a response or answer said to be truncated, which the threads settle as
        // the output limit (openai/openai-python#191 `response is truncated from API`, the completions endpoint's default
        // max_tokens of 16, fixed by `-M 1000`; openai-php/client#47 `But the answers are truncated. What could be the
        // reason?`, the max_tokens attribute; PromtEngineer/Chat-App-OpenAssistant-API#1 `why the response is truncated?`,
        // fixed by setting max_new_tokens). `truncated` first, then a lookbehind for the reply word and is/are/was/gets
        // within three words before it; not a negation or a plan in between (`isn't getting truncated`, `to keep the answer from being truncated`), not
        // after a conditional (`if the response is truncated`), not a log's, a body's, a tool's or a terminal's (`the log
        // response is truncated`, `response body was truncated`), and not a cut for display (`truncated to 500 characters`,
        // `for brevity`)
        "\\btruncated\\b(?<=(?<!\\b(?:log|logged|body|http|error|tool|json|debug|terminal|console|search|cell|command)\\s|\\b(?:if|when|whether|unless|once|until|avoid|prevent|so)\\s(?:(?:the|a|an|your|my|its|their)\\s)?(?:(?:llm|model|ai|gpt|api|assistant)(?:['’]s)?\\s)?)\\b(?:responses?|answers?|repl(?:y|ies)|completions?)(?! (?:body|headers?|logs?|field|preview)\\b)(?: (?!(?:not|never|no|isn|wasn|aren|weren|doesn|didn|don|from|without|avoid|prevent|if|when)\\b)[\\w'’-]+){0,3}? (?:is|are|was|were|gets?|got|getting|keeps? getting|keep being|being)(?: (?:always|often|sometimes|silently|randomly|still|constantly|being))? truncated)(?! (?:to|at|after) (?:\\d|the first)| for (?:brevity|display|readability|logging))",
      ],
    },
    title: { zh: '对话超出上下文长度', en: 'Conversation longer than the context window' },
    meaning: {
      zh: '整段对话（历史消息 + 这次输入 + 预留的输出）超出了模型一次能处理的长度。',
      en: 'The whole conversation (history, this input and the reserved output) is longer than the model can take at once.',
    },
    steps: [
      {
        zh: '新开一个对话，或删掉前面不需要的消息。',
        en: 'Start a new conversation or delete earlier messages you no longer need.',
      },
      {
        zh: '在客户端调小“附带历史消息数”和 max_tokens。',
        en: 'Lower the client’s “history messages sent” and max_tokens.',
      },
      {
        zh: '长文档分段发送，或换上下文更长的模型。',
        en: 'Send long documents in parts, or use a model with a longer context.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#context-length',
    examples: [
      {
        text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"This model's maximum context length is 128000 tokens. However, your messages resulted in 130218 tokens. Please reduce the length of the messages.\", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}",
        source: 'openai/openai-python issues (context_length_exceeded)',
      },
      {
        text: '{"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 214373 tokens > 200000 maximum"}}',
        source: 'Anthropic 400 (anthropics/claude-code issues)',
      },
      {
        text: '{"error":{"code":400,"message":"The input token count (1250134) exceeds the maximum number of tokens allowed (1048576).","status":"INVALID_ARGUMENT"}}',
        source: 'Gemini 400 (google-gemini/gemini-cli issues)',
      },
    ],
  },
  {
    id: 'request-too-large',
    cause: 'context_length',
    layer: 'client',
    statuses: [413, 400],
    // round 42 (cnsdk): Zhipu's 435 for an upload over 100 MB (docs.bigmodel.cn/cn/faq), only with its words
    statusesWithWording: [435],
    defaultFor: [413],
    dialects: ['anthropic', 'one-api', 'new-api', 'client'],
    match: {
      codes: [
        'request_too_large',
        // round 41 (gateway): OpenRouter's canonical error type for a body over the limit (openrouter.ai/docs/client-sdks/typescript/models/apierrortype.md, the canonical ApiErrorType of its SDKs, `stable across all API formats`)
        'payload_too_large',
        // round 34 (en-vendors): the Responses API's codes for an input image over its limits (`image_too_large`,
        // `image_file_too_large` in the OpenAI API reference's ResponseError.code enum, as langchain and openai-client-base generate it)
        'image_too_large',
        'image_file_too_large',
        // round 42 (cnsdk): TencentCloud API 3.0's common RequestSizeLimitExceeded (请求包超过限制大小, in every product's common
        // error-code table, cloud.tencent.com/document/product/1388/114322) and LKEAP's LimitExceeded.TooLargeFileError (文件太大;
        // tencentcloud-sdk-python tencentcloud/lkeap/v20240522/errorcodes.py): the body or the file is over the API's size
        'requestsizelimitexceeded',
        'limitexceeded.toolargefileerror',
        // round 41 (media): fal.ai's model error type for an input file over the endpoint's size (docs.fal.ai/errors
        // file_too_large, a 422 `File too large` with ctx.max_size), beside its image_too_large above
        'file_too_large',
        // round 42 (media): RunningHub's API error code reference (www.runninghub.ai runninghub-api-doc-en, API Error Code Reference;
        // apifox.com/apidoc/docs-site/5441421/doc-6913925), its identifier in `msg`: 809 APIKEY_FILE_SIZE_EXCEEDED `File size
        // exceeds limit`, an uploaded image, video or audio over its size
        'apikey_file_size_exceeded',
        // round 43 (policy-zh): Tencent Hunyuan image generation (cloud.tencent.com/api/error-center?product=aiart):
        // FailedOperation.RequestEntityTooLarge `整个请求体太大(通常主要是图片)。` and FailedOperation.ImageSizeExceed `base64编码后的
        // 图片数据大小不超过10M。`, the body or its image over the API's size
        'failedoperation.requestentitytoolarge',
        'failedoperation.imagesizeexceed',
      ],
      patterns: [
        // round 44 (media): Kling's drama-subtitle task when its source video is over the size limit (klingai.com/document-api/api/
        // ecommerce-replication/drama-subtitle, 任务失败信息: `The source video exceeds the 500MB size limit.`, 中文提示映射 `源视频超过
        // 500MB 大小限制`), the failed task's message; its duration limit is the request's (invalid-parameters)
        '\\bthe source video exceeds the \\d+ ?[mg]b size limit\\b',
        '源视频超过\\s?\\d+\\s?[mg]b\\s?大小限制',
        // round 34 (en-vendors): Cloudflare Workers AI 3006 `Request is too large` (413, developers.cloudflare.com/workers-ai/platform/errors/)
        '\\brequest is too large\\b',
        // round 34 (vendor-zh): Anthropic's 413 request_too_large in its Chinese docs
        // (docs.anthropic.com/zh-CN/api/errors, find_string id 21614530803: `请求超过了允许的最大字节数`)
        '请求超过了?允许的最大字节数',
        // round 42 (cnsdk): Zhipu's HTTP 435 (docs.bigmodel.cn/cn/faq: `文件大小超过100MB`, 使用小于100MB的jsonl文件或分批上传): the
        // upload is over the limit
        // (round 42 review: nor after 如果, `如果文件大小超过100MB，请使用分批上传`, which conditional-clause.ts skips)
        '文件大小超过\\s?\\d+\\s?mb(?![^，。\\n]{0,4}(?:时|則|则|的|请|請))',
        // Claude Code's own notices for an oversized attachment (cli.js LX5, qX5)
        'image was too large',
        'pdf too large',
        // round 27 (apps): Claude Code's own line for an oversized request (code.claude.com/docs/en/errors.md `Request too
        // large`), whole: not `request too large for gpt-4o in organization … on tokens per min`, a rate limit
        '^\\W{0,4}(?:api error: )?request too large\\W{0,4}$',
        'request entity too large',
        'payload too large',
        'request exceeds the maximum allowed number of bytes',
        // round 45 (desc-policy): OpenAI's 413 for an audio upload over Whisper's 25 MB (`Maximum content size limit (26214400)
        // exceeded (222592852 bytes read)`, chidiwilliams/buzz#381, StanGirard/speechdigest#1, WEIFENG2333/VideoCaptioner#703;
        // ZuodaoTech/everyone-can-use-english#413's maintainer: 这就是 OpenAI 的报错，上传的文件太大了), often pasted without its
        // 413: the limit in bytes in brackets, as the server writes it
        '\\bmaximum content size limit \\(\\d+\\) exceeded\\b',
        // round 43 (policy-zh): 太大 as well as 过大: Tencent Hunyuan image generation's FailedOperation.RequestEntityTooLarge
        // `整个请求体太大(通常主要是图片)。` (cloud.tencent.com/api/error-center?product=aiart)
        // (round 43 review: not a conditional or a tip about it, `如果请求体过大，请分批上传` and `可以避免请求体太大的问题`, which
        // conditional-clause.ts skips)
        '请求体(?:过大|太大)(?![时時的])',
        'request body too large',
        'request payload size exceeds the limit',
        '请求(?:内容|数据量?)(?:过大|太大)',
        // new-api: the Jimeng task relay's file limit (relay/channel/task/jimeng/adaptor.go), file and
        // image inputs it downloads (service/file_decoder.go, service/image.go)
        '文件.{1,80}大小超过限制',
        // trueai-org/midjourney-proxy FaceSwapService and VideoFaceSwapService: `目标图片大小超过最大限制`
        // round 43 (policy-zh): and with 了, Kimi's file upload over 100 MB (platform.kimi.com/docs/api/errors, `File size is too
        // large, max file size is 100MB` = `上传的文件大小超过了限制，请重新上传`)
        '(?:图片|文件|视频|音频)大小超过了?(?:最大)?限制',
        '(?:file|image) size (?:\\d+ )?exceeds (?:the )?maximum allowed size',
        // round 23 (English): Anthropic's 400 for an image over its base64 cap (`messages.0.content.1.image.source.base64:
        // image exceeds 5 MB maximum: 5327908 bytes > 5242880 bytes`; the size limits of docs.anthropic.com/en/docs/vision,
        // and Claude Code's constants/apiLimits.ts API_IMAGE_MAX_BASE64_SIZE, `The API rejects images where the base64
        // string length exceeds this value`)
        'image exceeds \\d+ ?mb maximum',
        // round 36 (apps-a): the English of the 413 tips whose Chinese this entry reads: LobeChat (lobehub/lobehub
        // locales/en-US/error.json response.413 `Sorry, your request data is too large for the server to process`) and
        // Cherry Studio (en-us locale error.diagnosis.payload `Request content too large, please reduce file or text
        // size`, find_string id 67170962973)
        '\\brequest data is too large for the server to process\\b',
        '\\brequest content too large, please reduce (?:the )?file or text size\\b',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 for a 413 or a body over the API's limit (`Request too large
        // (max 32MB). Accumulated images and attachments in the conversation pushed the request over the limit. …`, `Request too
        // large for the API's 32MB request limit: this conversation is about …`)
        "request too large (?:\\(max \\d+(?:\\.\\d+)? ?[kmg]i?b\\b|for the api['’]s \\d+(?:\\.\\d+)? ?[kmg]i?b request limit)",
        // round 39 (gateways-b): uni-api when every provider of the model refuses the body's size or its tokens per request
        // (yym68686/uni-api uni_api/routing/core.py, both 413: `The request body is too large for all available providers:
        // <m>`, `The request body is too long, No available providers at the moment: <m>`); not its 404 `No available
        // providers at the moment`, which is the routing (no-available-channel)
        '\\bthe request body is too (?:large for all available providers|long, no available providers at the moment)\\b',
        // round 40 (agents-zh): Kimi Code's 400 for a request body over its 2 MB cap (kimi.com/code/docs/kimi-code/error-reference.html
        // 快速查找 `total message size N exceeds limit 2097152`, 请求格式错误), which Claude Code and other agents on its
        // coding endpoint meet when images and long tool output pile up in the history
        '\\btotal message size \\d+ exceeds limit \\d+',
      ],
    },
    title: { zh: '请求体太大（413）', en: 'Request too large (413)' },
    meaning: {
      zh: '整个请求的字节数超过了上限，通常是附带了大图片、大文件或很长的历史。',
      en: 'The request is more bytes than allowed, usually large images, files or a long history.',
    },
    steps: [
      { zh: '压缩或缩小图片，文件分段上传。', en: 'Compress or shrink images and send files in parts.' },
      { zh: '新开对话，减少附带的历史消息。', en: 'Start a new conversation with less history attached.' },
    ],
    retry: 'no',
    article: '/troubleshooting/timeouts#long-inputs',
    examples: [
      {
        text: '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>',
        source: 'nginx client_max_body_size page (songquanpeng/one-api issues)',
      },
      {
        text: '{"type":"error","error":{"type":"request_too_large","message":"Request exceeds the maximum allowed number of bytes."}}',
        source: 'Anthropic 413 (docs.anthropic.com/en/api/errors)',
      },
    ],
  },
  {
    id: 'content-policy',
    cause: 'content_policy',
    layer: 'provider',
    // round 16 (zh-b): 422 and 500 as well: MiniMax refuses its content check (`input new_sensitive (1026)`, `output
    // new_sensitive (1027)`) with an HTTP 422 on its OpenAI-style endpoint (an app's provider-error table, find_string
    // "input new_sensitive", id 65861953707) and a 500 through its Anthropic one, as Claude Code prints it (`API Error:
    // 500 input new_sensitive (1026)`, id 66752793056)
    statuses: [400, 403, 200, 422, 500],
    // round 39 (gateways-b): gateways' own statuses for a guardrail's block, only with its words: Cloudflare AI Gateway's
    // 424 (`Prompt blocked due to security configurations`, code 2016, as callers log it), read below; Portkey's 446 (`The
    // guardrail checks defined in the config failed`) is no status the extractor reads, so its words alone name it.
    // round 42 (cnsdk, review): 451, StepFun's status for a request or answer its safety review refused
    // (platform.stepfun.com/docs/zh/guide/exception 451 错误: `你的请求内容或大模型响应内容中出现了无法通过安全审核的内容`), only with
    // the entry's words too: 451 is first the status of a legal block (RFC 7725), which unsupported-region reads
    statusesWithWording: [424, 451],
    defaultFor: [],
    dialects: ['openai', 'azure', 'gemini', 'openrouter', 'new-api'],
    match: {
      codes: [
        // round 41 (gateway): LangWatch's AI gateway when a guardrail before or after the call blocks it (langwatch.ai/docs/
        // ai-gateway/api/errors, type guardrail_blocked, a 403 whose message names the guardrail and why)
        'guardrail_blocked',
        // Huawei Cloud MaaS 403 ModelArts.81011 (input or output risk control;
        // support.huaweicloud.com/intl/en-us/usermanual-maas-modelarts/maas-modelarts-0080.html) and Qianfan's video
        // generation 403 `the content of prompt field is unsafe` (cloud.baidu.com/doc/qianfan-api/s/4mwbl4bz4; the code is
        // spelled `genration` there)
        'modelarts.81011',
        'video_genration_prompt_unsafe',
        'content_policy_violation',
        // round 41 (media): video APIs' codes for a prompt or an input the safety filter refused: LTX's 422 type
        // (docs.ltx.video/errors content_filtered_error `Content rejected by safety filters.`) and Luma's async failure_code
        // (docs.agents.lumalabs.ai/guides/error-handling content_moderated `Prompt or input image violated content guidelines`)
        'content_filtered_error',
        'content_moderated',
        'content_filter',
        'sensitive_words_detected',
        'image_safety',
        'moderation_blocked',
        'responsibleaipolicyviolation',
        'datainspectionfailed',
        'data_inspection_failed',
        'inputtextriskdetection',
        'outputtextriskdetection',
        'inputimageriskdetection',
        'outputimageriskdetection',
        'prompt_blocked',
        'image_url_unsafe',
        'violation_fee.grok.csam',
        'sensitivecontentdetected',
        'inputtextsensitivecontentdetected',
        'outputtextsensitivecontentdetected',
        // Google Flow (Imagen, Veo) safety reasons, sent in error.details[].reason
        'public_error_unsafe_generation',
        'public_error_minor',
        'public_error_minor_upload',
        'public_error_sexual',
        'public_error_prominent_people_filter_failed',
        'public_error_violence_filter',
        'public_error_danger_filter',
        // DashScope's copyright check, beside DataInspectionFailed
        'ipinfringementsuspect',
        // Suno task status
        'sensitive_word_error',
        // Vidu err_code values for a refused prompt, input or creation
        'auditsubmitillegal',
        'taskpromptpolicyviolation',
        'creationpolicyviolation',
        // Tencent Cloud (Hunyuan) moderation codes
        'operationdenied.textillegaldetected',
        'operationdenied.imageillegaldetected',
        'failedoperation.generateimagefailed',
        // round 43 (policy-zh): the same product's moderation failure (cloud.tencent.com/api/error-center?product=aiart
        // FailedOperation.ModerationFailed, listed without a message, beside GenerateImageFailed `生成图片审核不通过`)
        'failedoperation.moderationfailed',
        // round 43 (policy-zh): Tencent Hunyuan video generation's text and audio checks (tencentcloud-sdk-python
        // tencentcloud/vclm/v20240523/errorcodes.py: TextModerationNotPass `文本未通过审核，请修改后重新尝试。`, ModerationAudioFailed
        // `音频审核失败`; ModerationFailed there is `内容审核不通过。`)
        'failedoperation.textmoderationnotpass',
        'failedoperation.moderationaudiofailed',
        // Semantic Kernel's exception and enums for an Azure OpenAI content filter (python
        // semantic_kernel/connectors/ai/open_ai/exceptions/content_filter_ai_exception.py), which it raises, or fails
        // to build (`'' is not a valid ContentFilterCodes`), when the filter trips
        'contentfilteraiexception',
        'contentfiltercodes',
        'contentfilterresultseverity',
      ],
      patterns: [
        // round 45 (desc-policy): ModelScope's API-Inference when its safety check refuses the answer or the input (`{"code":555,
        // "message":"output content security inspection failed by Modelscope."}`, agentscope-ai/QwenPaw#3486, whose maintainers
        // settle it as ModelScope's safety filtering; modelscope/evalscope#1294), which the bare 555 left unread
        '\\b(?:input|output) content security inspection failed\\b',
        // round 44 (media): webman-php/midjourney-proxy's refusal of a prompt that holds one of its banned words (src/Controller/Base.php
        // input, `throw new BusinessException('出于政策隐私和安全的考虑，我们无法生成相关内容')` with the word in `ban-words`; src/Server.php
        // answers it as `{"code": 500, "msg": …}`), which the 500 alone read as the gateway's own fault
        '出于政策隐私和安全的考虑[，,]\\s?我们无法生成',
        // round 43 (platforms): UCloud Modelverse's 400s for its content check (UCloudDoc-Team/modelverse api_doc/common/error-code.md:
        // invalid_messages `Sensitive chat messages` 对话内容触发敏感词/合规校验, sensitive_check_error `Sensitive check error`
        // 合规/敏感内容检测失败)
        // (round 43 review: the message alone, as its body carries it, not a setting's `sensitive chat messages are filtered by
        // default`)
        '(?:^|["\':]\\s?)sensitive chat messages(?:["\'.]|\\s*$)',
        '\\bsensitive check error\\b',
        // round 42 (media): Venice's video moderation error (docs.venice.ai/api-reference/error-codes, Error response format:
        // `{"error": "Your generation was blocked due to the model provider's content policies. Credits have been refunded.",
        // "credits_refunded": true}`)
        "\\bgeneration was blocked due to the model provider['’]s content polic(?:y|ies)\\b",
        // round 42 (media): the Gemini Interactions API's generation-blocked codes (ai.google.dev/gemini-api/docs/api-errors,
        // Generation blocked codes, for output a policy, safety or content limit blocked: content_blocked a policy reason
        // not named (zh page: `不明政策原因阻止了请求`), prohibited_content and image_prohibited_content the prohibited-content
        // guidelines, image_recitation the copyright or recitation limit on an image), only as the value of a `code` field:
        // as bare words they are also a moderation result's boolean key (`"content_blocked":false`) and variable names; the
        // short ones (safety, recitation, language, spii, blocklist) are words of too many other things, and image_other
        // names no policy (a failed image, round 39)
        '\\bcode["\']?\\s{0,3}[:=]\\s{0,3}["\'](?:content_blocked|image_prohibited_content|prohibited_content|image_recitation)["\']',
        // round 42 (cnsdk): Volcengine Ark's Python SDK when a parsed completion ended at the content filter
        // (volcengine/volcengine-python-sdk volcenginesdkarkruntime/_exceptions.py ArkContentFilterFinishReasonError `Could not parse
        // response content as the request was rejected by the content filter`, the words of openai-python's own
        // ContentFilterFinishReasonError): the model's output was withheld by moderation
        '\\bcould not parse response content as the request was rejected by the content filter\\b',
        // round 36 (gaps-en): BingImageCreator when Bing refuses the prompt (acheong08/BingImageCreator src/BingImageCreator.py
        // error_blocked_prompt `Your prompt has been blocked by Bing. Try to change any bad words and try again.`)
        'your prompt has been blocked by bing',
        // round 36 (gaps-en): the descriptions of Gemini's PROHIBITED_CONTENT, as SDKs print a block's reason (Vertex AI
        // BlockedReason, cloud.google.com/vertex-ai/generative-ai/docs/reference/nodejs/latest/vertexai/blockedreason
        // `Candidates blocked due to prohibited content.`; google-genai BlockedReason.PROHIBITED_CONTENT,
        // googleapis.github.io/kotlin-genai `The prompt was blocked because it contains prohibited content.`)
        'candidates blocked due to prohibited content',
        'the prompt was blocked because it contains prohibited content',
        // round 41 (media): the other descriptions of @google/genai's enums (its generated types, FinishReason and BlockedReason
        // docstrings, as SDK docs and apps that print a block's description word it): FinishReason BLOCKLIST `Token generation
        // stopped because the content contains forbidden terms.`, PROHIBITED_CONTENT `… for potentially containing prohibited
        // content.`, SPII `… because the content potentially contains Sensitive Personally Identifiable Information (SPII).`,
        // SAFETY `… because the content potentially contains safety violations.`, IMAGE_SAFETY `… because generated images have
        // safety violations.`, IMAGE_PROHIBITED_CONTENT `Image generation stopped because the generated images have prohibited
        // content.`, RECITATION `The token generation stopped because of potential recitation.`; BlockedReason IMAGE_SAFETY,
        // BLOCKLIST, JAILBREAK and MODEL_ARMOR (`The prompt was blocked because it contains content that is unsafe for image
        // generation.`, `… because it contains a term from the terminology blocklist.`, `… as a jailbreak attempt.`, `… by Model
        // Armor.`). Not LANGUAGE (`… because of using an unsupported language.`) nor OTHER, which name no policy
        '\\btoken generation stopped (?:because (?:the content (?:contains forbidden terms|potentially contains (?:safety violations|sensitive personally identifiable))|generated images have safety violations)|for potentially containing prohibited content)',
        '\\bimage generation stopped because the generated images have prohibited content\\b',
        '\\bthe token generation stopped because of potential recitation\\b',
        '\\bthe prompt was blocked (?:because it contains (?:content that is unsafe for image generation|a term from the terminology blocklist)|as a jailbreak attempt|by model armor)\\b',
        // round 34 (lead): a moderation check's refusal worded as text it will not take (`This description contains text that is
        // not allowed`, code moderation_blocked, find_string id 59456897057; `This message content contains text that is not
        // allowed.` from a moderate_text() check, id 68283336699), as relays word their prompt filter too
        '\\b(?:submission|prompt|message|input|content|request|description|text)\\s(?:content\\s)?contains text that is not allowed\\b',
        // Alibaba Bailian's application API 100008/100009/100010/100023/100026 (请求内容没有通过安全策略, 响应内容没有通过自定义策略…;
        // help.aliyun.com/document_detail/2593384.html)
        '内容没有通过(?:安全|自定义)策略',
        // Volcengine Ark / BytePlus ModelArk's moderation family, every input and output kind (text, image, video, audio) and
        // the sub-reasons it appends to the code (`.PrivacyInformation` for a real person in a Seedance reference,
        // `.PolicyViolation` for copyright, `.SevereViolation`, `.Violence`; volcengine.com/docs/82379/1299023): the suffixed
        // code is not one of the codes above, so the family is read from its words
        '\\b(?:(?:input|output)(?:text|image|video|audio))?sensitivecontentdetected\\b',
        // MiniMax video 1026 and 1027 in the Chinese docs' words (视频描述涉及敏感内容，请调整 / 生成视频涉及敏感内容;
        // cloud.baidu.com/doc/qianfan-api/s/4mwbl4bz4 MiniMax相关错误码), which clients print without the code
        '(?:生成视频|视频描述)涉及敏感内容',
        // round 41 (media): and MiniMax's English for its v2 video API (MiniMax-H3), a 422 unprocessable_entity_error
        // (platform.minimaxi.com/docs/api-reference/video-generation-v2-regeneration: `video description contains sensitive content
        // (1026)`; the text check's 1027 `text content contains sensitive content (1027)` with resource_type text, as H3 relays
        // quote it, find_string ids 59052935363, 66416164185), which the 422 alone reads as a bad request
        '\\b(?:video description|text content) contains sensitive content\\b',
        // round 27 (apps): apps' own words for a provider's safety block (LobeChat locales/en-US/error.json
        // GoogleAIBlockReason.*: `Content blocked: SAFETY`, `… may contain prohibited content`, `… blocked for safety
        // reasons`; Roo Code src/i18n/locales gemini.thinking_complete_safety `… blocked due to safety settings` /
        // `由于安全设置输出被阻止`)
        'content blocked: (?:safety|prohibited_content|blocklist|spii|recitation|image_safety|other)\\b',
        'may contain prohibited content',
        'blocked for safety reasons',
        'blocked due to safety (?:settings|policies)',
        '由于安全设置.{0,6}被(?:阻止|拦截|屏蔽)',
        // Aider's ContentPolicyViolationError description (aider/exceptions.py)
        'refused the request due to a safety policy',
        // LibreChat's moderation and refusal notices (client/src/locales en and zh-Hans com_error_moderation, com_error_refusal)
        'refused by safety filters',
        '被我们的审核系统标记',
        // round 40 (workflows): FastGPT's label for a completion that ended with finish_reason content_filter
        // (labring/FastGPT packages/web/i18n en and zh-CN chat.json completion_finish_content_filter `Trigger safe wind
        // control` / `触发安全风控`), shown as the node's 完成原因 / `Reason for completion`: the English is that table's own
        // mistranslation, the Chinese only after its label, as 风控 alone is an account's or a payment's risk control
        '\\btrigger safe wind control\\b',
        '完成原因\\s?[:：]?\\s?触发安全风控',
        'safety system',
        'content management policy',
        // Azure OpenAI's filter wordings open with these, and retry or log wrappers often cut them before
        // `content management policy` (learn.microsoft.com/azure/ai-services/openai/concepts/content-filter)
        'the (?:response|prompt) was filtered due to (?:the prompt )?triggering',
        // how people say it when a filter stops the answer with no error: `content filter is triggered`,
        // `content filtering gets triggered`, `content filter was triggered`
        'content filter(?:ing)?(?: system)? (?:is |was |gets |got )?triggered',
        'content policy',
        'input was flagged',
        'requires moderation',
        // Hunyuan's FinishReason `sensitive` is its streaming moderation stop
        'finish_?reason.{0,6}(?:safety|content_filter|sensitive)',
        // ChatLuna's code 104, API_UNSAFE_CONTENT (packages/core/src/utils/error.ts)
        chatLunaErrorCode(104),
        'blockreason',
        // round 45 (zhprose): not the filter, its word list or its plugin (zhayujie/chatgpt-on-wechat plugins/banwords/README.md
        // `简易的敏感词插件`, `是否对ChatGPT的回复也进行敏感词过滤`, `将消息中的敏感词替换成"*"`; Dify's `调用敏感词库来拒绝用户的请求`)
        '敏感词(?!库|插件|过滤|替换|列表|文件)',
        // round 11 (Chinese): the other word for it (find_string 包含违禁词: `输入内容包含违禁词--…`, a 400 `消息包含违禁词汇`)
        '违禁词',
        // round 25 (zh): 不合规 written out (`内容不符合规范`), as a task's failure message gives its reason
        // round 45 (zhprose): 内容审核 alone is the feature, not a verdict (Dify's docs: `Chatflow 支持内容审核、文字转语音等可选功能`,
        // `为应用添加内容审核或外部数据工具`, langgenius/dify-docs); its failures read as 审核不通过/未通过/失败 below
        '内容(?:违规|不合规|不符合规范)',
        'sensitive words',
        '不安全或敏感内容',
        'may contain inappropriate content',
        'includes sensitive content',
        'considered high risk',
        '涉敏',
        '审核不通过',
        'flagged for possible cybersecurity risk',
        'content filtering policy',
        // Azure-Samples/azure-search-openai-demo app/backend/error.py ERROR_MESSAGE_FILTER, which the app shows for
        // Azure OpenAI's `content_filter` code: `…flagged by the OpenAI content filter`
        'openai content filter',
        'content exists risk',
        'blocked due to safety',
        'blockreason\\W{1,4}(?:safety|prohibited_content|other)',
        'new_sensitive',
        '包含(?:了)?(?:敏感|不当|违规|不安全)',
        '不当内容',
        '\\bflagged (?:as|by)\\b',
        'blocked by (?:our|the) (?:moderation|content|safety)',
        '\\bnsfw\\b',
        'banned prompt',
        // Midjourney's moderation titles in a midjourney-proxy task record (trueai-org DiscordWebSocketService errorTitles)
        '"failreason"\\s*:\\s*"\\[?(?:banned prompt detected|request cancelled due to output filters)',
        'cancelled due to output filters',
        'potentially harmful content',
        'risk control system',
        'job action restricted',
        'safety_filter',
        // an image provider's output check: `image_safety`, `The generated image was filtered by the safety policy`
        'filtered by (?:the|our) safety',
        'finishreason\\W{1,4}(?:recitation|safety|prohibited_content|blocklist|spii)',
        // round 23 (English): the same finish reasons as Google's JS SDK words them when it refuses a blocked candidate
        // (google/generative-ai-js packages/main/src/requests/response-helpers.ts formatBlockErrorMessage, `Candidate was
        // blocked due to ${finishReason}`; its bundles, find_string ids 19273513091, 6132791651; Firebase AI's
        // FirebaseAIException, id 65716951226); not MAX_TOKENS or OTHER, which are no policy
        'candidate was blocked due to (?:recitation|safety|prohibited_content|blocklist|spii|image_safety)',
        // round 29 (lead): the same helper for a prompt blocked before any candidate (formatBlockErrorMessage: `Response was
        // blocked due to ${promptFeedback.blockReason}`, after `Text not available.`); not OTHER, which names no policy
        'response was blocked due to (?:safety|prohibited_content|blocklist|image_safety)',
        '审核(?:未通过|不通过|失败)',
        '被策略阻止',
        'may contain sensitive information',
        'content audit failed',
        'finishreason\\W{1,4}image_(?:safety|prohibited_content|recitation)',
        'violate our usage polic',
        'limited access to this content for safety reasons',
        'advanced moderation failed',
        'contained artist name',
        // round 41 (media): Suno's own refusal of a style or prompt naming an artist, as Suno relays pass it on (cqtai.com/docs/suno
        // Common Errors: 451 `artist name not allowed`, Suno's message `we don’t reference specific artists on Suno`); not the
        // prompting advice to `reference specific artists`
        // round 41 (media): xAI's image and video generation refusing a prompt or its own output, a 400 whose code is only
        // `Client specified an invalid argument` / `invalid_argument` (`{'code': 'Client specified an invalid argument', 'error':
        // 'Generated image rejected by content moderation.', …}`, `{"code": "invalid_argument", "error": "Rejected by content
        // moderation."}`, as callers quote them: find_string ids 56003432525, 71448732710); its words only as xAI puts them, since
        // `rejected by content moderation` alone is many an app's comment or label
        '\\bgenerated (?:image|video)s? (?:was |were )?rejected by content moderation\\b',
        '["\']error["\']\\s*:\\s*["\']rejected by content moderation\\b',
        "\\bwe don['’]t reference specific artists\\b",
        '\\bartist name not allowed\\b',
        'contains? copyrighted material',
        '被安全系统拦截',
        'model stream ended due to (?:safety|recitation) settings',
        'response stopped due to (?:safety reasons|recitation policy|forbidden terms|prohibited (?:image )?content|sensitive personally identifiable|image safety)',
        '"code"\\s*:\\s*"130[01]"',
        'api call blocked by policy',
        'potentially unsafe or sensitive content',
        '内容安全过滤',
        'content safety filter',
        // iFlytek Spark 10019: the conversation leans towards prohibited content (10013/10014 say 审核不通过)
        '涉及违规信息',
        // round 34 (cn-vendors-2): the same 10019 as the older Spark table words it (`该错误码表示返回结果疑似敏感，建议拒绝用户继续交互`;
        // xfyun.cn/doc/spark/Web.html as a Spark SDK README copies it, find_string id 17054291591)
        '返回结果疑似敏感',
        // LLM-Red-Team's *-free-api family (jimeng, kimi, glm, qwen…) exceptions: API_CONTENT_FILTERED (-2006)
        '由于合规问题已被阻止生成',
        // Kling (可灵) API 1301, in both the English and the Chinese docs' words
        'content security policy of the platform',
        // LobeHub's current zh-CN error locale (GoogleAIBlockReason.*, ProviderContentModeration)
        '因(?:安全原因|复述风险)被屏蔽',
        '包含被屏蔽的词语',
        '可能包含禁止内容',
        '内容政策(?:检查失败|拦截)',
        '生图安全拦截',
        '平台的?内容安全策略',
        // round 43 (policy-zh): StepFun's error-code table (platform.stepfun.com/docs/zh/api-reference/error-codes, 451
        // `请求内容或者响应内容未审核通过`); the request's or the answer's content only, not a CMS's `该内容未审核通过，请先审核`
        '(?:请求|响应)内容(?:或者?(?:请求|响应)内容)?未审核通过',
        // round 43 (policy-zh): the same SDK's message for TextModerationNotPass (`文本未通过审核，请修改后重新尝试。`)
        // (round 43 review: not a rule about it, `文本未通过审核的消息将被丢弃`)
        '文本未通过审核(?![的时時后後])',
        // round 43 (policy-zh): AstrBot's own content-safety stage, when its keyword list or Baidu's moderation refuses the message or
        // the answer (AstrBotDevs/AstrBot astrbot/core/pipeline/content_safety_check/stage.py and strategies/{keywords,baidu_aip}.py:
        // the reply `你的消息或者大模型的响应中包含不适当的内容，已被屏蔽。`, the log `内容安全检查不通过，原因：…` with `百度审核服务发现 N
        // 处违规`, in Chinese until 82d1d57fa, then `Your message or the model response contains inappropriate content and has
        // been blocked.` and `Content safety check failed because a blocked keyword was matched.`)
        // (round 43 review: the message's or the answer's content, not a sentence about it: `本插件会过滤回复中包含不适当的内容`,
        // `该文本中包含不适当内容的概率很低`)
        '(?:消息|响应)中包含不适当的?内容(?![的时時后後])',
        '内容安全检查不通过',
        '百度审核服务发现\\s?\\d+\\s?处违规',
        '\\bcontains inappropriate content and has been blocked\\b',
        '\\bcontent safety check failed\\b',
        // round 43 (policy-zh): LangBot's content filter when its banned-word list or Baidu's text moderation blocks a message
        // (langbot-app/LangBot src/langbot/pkg/pipeline/cntfilter/filters/{banwords,baiduexamine}.py user_notice `消息中存在不合适的内容,
        // 请修改`, console_notice `百度云判定结果：{conclusion}` with Baidu's 不合规 or 疑似; 合规 passes)
        // (round 43 review: not a rule about it, `存在不合适的内容时，机器人将不回复`)
        '存在不合适的内容(?![的时時后後])',
        '百度云判定结果\\s?[:：]\\s?(?:不合规|疑似)',
        'blocked_?reason\\W{0,4}(?:prohibited_?content|safety|blocklist|spii|image_?safety|jailbreak|model_?armor)',
        '\\bblocked: (?:prompt|candidate): (?:blockedreason|finishreason)\\w+',
        'has safety measures that flagged',
        'safeguards flagged this (?:message|request|session)',
        // Anthropic's refusal stop and Bedrock's guardrail and content-filter stops
        'stop_?reason\\W{1,4}(?:refusal|guardrail_intervened|content_filtered)',
        'guardrail_intervened|guardrailaction\\W{1,4}intervened',
        // Veo's filtered videos, only when it did filter some
        'raimediafiltered(?:reasons\\W{1,4}\\[\\s*"|count\\W{1,4}[1-9])',
        'suspected of being involved in ip infringement',
        // Volcengine visual (Jimeng) audits before and after generating: Pre Img / Text / Post Video Risk Not Pass
        '\\b(?:pre |post )?(?:img|image|text|video|audio) risk not pass',
        // Qianfan's ERNIE answers a risky input with an empty result and this flag
        '"need_clear_history"\\s*:\\s*true',
        // Midjourney's image filter, in English and in midjourney-proxy's Chinese error-desc
        'request cancelled due to image filters',
        '可能(?:包含)?违规',
        // Imagen (Vertex) predictions that were filtered
        'raifilteredreason',
        // Imagen's filtered-out wording, which apps re-print without the field (Firebase AI SDK's
        // ImagenModel DEFAULT_FILTERED_ERROR: `Unable to show generated images. All images were filtered out …`)
        'unable to show generated images',
        // round 41 (media): the same refusal from Gemini's image models, as the candidate's finishMessage beside finishReason
        // IMAGE_SAFETY (`Unable to show the generated image. The image was filtered out because it violated Google's Generative AI
        // Prohibited Use policy. You will not be charged for blocked images.…`, a response quoted in public code, find_string id
        // 53565859553), and Imagen's raiFilteredReason for a threshold that dropped some (`Your current safety filter threshold
        // filtered out 2 generated images. You will not be charged for blocked images.…`, firebase_ai's test fixture, id
        // 4155268117), which apps print without the field
        // (round 41 review: only as Gemini's sentence, alone or before the filter's, not an app's own `Unable to show the
        // generated image. Please check your network connection`)
        '\\bunable to show the generated images?(?=\\.?\\s*(?:$|["\'“”]|the images? (?:was|were) filtered|all images were filtered))',
        '\\bthe images? (?:was|were) filtered out because (?:it|they) violated\\b',
        '\\byour current safety filter threshold (?:filtered out|prohibited)\\b',
        // Runway task failures: SAFETY.INPUT.*, SAFETY.OUTPUT.*, INPUT_PREPROCESSING.SAFETY.*
        'failurecode\\W{1,4}(?:input_preprocessing\\.)?safety\\.[\\w.]+',
        // OpenRouter's guardrails answer 403 `Request blocked: <reason>` (OpenRouterTeam/docs api_reference/errors-and-debugging.mdx)
        'request blocked: (?:prompt injection|.{0,60}(?:detected|flagged|blocked))',
        // round 14 (English): Black Forest Labs' FLUX API reports a refused prompt or image as the task's status
        // (`Request Moderated`, `Content Moderated`; docs.bfl.ai polling), which apps print after their own words; the
        // bare `Content moderated` is also an app's log line for any moderation, so it counts only as a status or
        // after FLUX/BFL
        '\\brequest moderated\\b',
        '(?:status\\W{1,4}|\\b(?:flux|bfl)\\b.{0,80}?)content moderated\\b',
        // round 16 (en): Vertex AI's Imagen and media reasoning refuse a filtered prompt or output with a 400 INVALID_ARGUMENT
        // whose message ends `The response is blocked, as it may violate our policies.` (Google Cloud's Imagen
        // responsible-AI page; ai-dial-adapter-vertexai maps exactly this sentence to `content_filter`)
        'response is blocked, as it may violate our policies',
        // Google's responsible-AI filters (Imagen, Veo, Gemini image editing) end their refusals with `Support codes:
        // <8 digits>`, each code a safety category (Vertex AI's Imagen and Veo responsible-AI pages, support code tables;
        // apps' copies of the table, find_string ids 59743456706, 1990268425)
        'support codes?:\\s?\\d{7,8}\\b',
        // Gemini's image models answer a refused prompt with text, not an error: `This query violates the policy against
        // generating content that …` (quoted in public code, find_string ids 22480614208, 29336925699)
        'this query violates the policy against',
        // Stability AI's v1 generation API: `invalid_prompts: One or more of the prompts contains filtered words`
        // (its OpenAPI spec as the generated clients carry it), `One or more prompts contains filtered words.` (stability-sdk)
        'one or more (?:of the )?prompts contains? filtered words',
        // imagen3-mcp's error when Imagen returns no predictions (`No images were generated. This might be due to the
        // image not passing Google's safety review.`, its log line says `due to safety filters`)
        'this might be due to (?:the image not passing \\S+ safety review|safety filters)',
        // round 34 (media): Sora video jobs on Azure OpenAI end `failed` with `failure_reason` input_moderation or
        // output_moderation (beside internal_error, which is no policy; Azure/PyRIT pyrit/prompt_target/openai/openai_sora_target.py
        // FailureReason, azure.github.io/PyRIT), which the generic `"status":"failed"` would otherwise name
        'failure_?reason\\W{1,4}(?:input|output)_moderation\\b',
        // round 37 (wrong-zh): the same reasons under a Chinese label, as Sora-image relays answer a chat completion whose
        // task failed (`生成失败 ❌\n失败原因：input_moderation`, quoted by a client that stores it as the task's error,
        // find_string id 39846099086): the prompt or the picture was moderated, not the task service failing
        '失败原因\\s?[:：]\\s?(?:input|output)_moderation\\b',
        // round 34 (media): WaveSpeed AI's task error 1200 Content Moderation (wavespeed.ai/docs/error-codes: `The content
        // contains sensitive information.`, in a `"status": "failed"` prediction)
        '\\bthe content contains sensitive information\\b',
        // round 36 (apps-a): LobeHub's ContentModeration (lobehub/lobehub locales/zh-CN and en-US modelRuntime.json
        // `抱歉，内容被上游安全过滤器拒绝…`, `Sorry, the content was rejected by the upstream safety filter…`) and its Gemini block
        // reasons in English, current and older (locales/en-US/error.json response.GoogleAIBlockReason.BLOCKLIST `The
        // content includes blocked terms` / `Your content contains prohibited terms`, RECITATION `…blocked due to
        // recitation risk` / `…blocked due to potential copyright concerns`, SAFETY `…blocked for safety policy
        // reasons`)
        '内容被上游安全过滤器拒绝',
        '\\brejected by the upstream safety filter\\b',
        '\\bthe content includes blocked terms\\b',
        '\\byour content contains prohibited terms\\b',
        '\\bblocked due to (?:recitation risk|potential copyright concerns)\\b',
        '\\bblocked for safety policy reasons\\b',
        // round 36 (gaps-zh): the same novel-writing app when a completion ends with finish_reason `content_filter`
        // (find_string ids 59864740243 `AI 输出因内容限制而未完成，结果未被保存。`, 69218127904 content-policy: `…输出因内容限制未完成，
        // 结果未保存。`, `…output was stopped by the content policy and was not saved.`), and a DeepSeek Harness IM bot's
        // words for the provider's content filter (message-failure.mjs, find_string id 68553303870: CONTENT_FILTER →
        // MODEL_CONTENT_REJECTED `模型拒绝处理当前内容。请调整问题内容后重试。`)
        '输出因内容限制(?:而)?未完成',
        '\\boutput was stopped by the content policy\\b',
        '模型拒绝处理当前内容',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 when the model ended its turn with stop_reason refusal and
        // no category it names (`API Error: Claude Code can't help with this. Start a new session to continue.`), and its
        // closing sentence after the safeguards' line (`Claude Code can't respond to this message with <model>.`)
        "can['’]t help with this\\. start a new session to continue",
        "\\bclaude(?: code)? can['’]t respond to (?:this|your last) message with\\b",
        // round 39 (media-b): volcengine.com/docs/82379/1299023 (火山方舟错误码) InputImageSensitiveContentDetected.PrivacyInformation
        // and InputVideoSensitiveContentDetected.PrivacyInformation, a Seedance reference that shows a real person (`The request
        // failed because the input image may contain real person.`, `输入图片可能包含真人，请您更换后重试。`), which the task's
        // error.message and relays' fail_reason carry without the suffixed code
        '\\bthe input (?:image|video) may contain real person\\b',
        '输入(?:图片|图像|视频)可能包含真人',
        // round 39 (media-b): Ideogram's generate and edit endpoints (developer.ideogram.ai api-reference, OpenAPI: 422 `Prompt or
        // Initial Image failed the safety checks.`; ImageGenerationObjectV3 `is_image_safe` — `If false, the url field will be
        // empty.`): the prompt was refused, or the picture made was withheld
        '\\bprompt or (?:initial|provided|input) image failed the safety checks?\\b',
        '"is_image_safe"\\s*:\\s*false\\b',
        // round 39 (media-b): Stability AI's v2beta image endpoints (platform.stability.ai/docs/api-reference, response header
        // `finish-reason`: SUCCESS | CONTENT_FILTERED): a 200 whose picture was blurred by moderation, pasted as the header
        // line (`finish-reason: CONTENT_FILTERED`); the JSON `finish_reason` is read above
        '\\bfinish-reason:\\s*content_filtered\\b',
        // round 39 (gateways-b): Higress's ai-security-guard plugin, which answers a blocked prompt or reply as a completion
        // from the model `from-security-guard` (alibaba/higress plugins/wasm-go/extensions/ai-security-guard/config/config.go
        // OpenAIResponseFormat, default status 200) whose content is its deny body (BuildDenyResponseBody `{"code":…,
        // "blockedDetails":[…]}`, with `denyMessage` when one is configured). Its bare DefaultDenyMessage `很抱歉，我无法回答您的
        // 问题` is not read: chatbots and help desks use the same sentence for any question they will not answer (review)
        '"model"\\s*:\\s*"from-security-guard"',
        '\\\\?"blockeddetails\\\\?"\\s*:\\s*\\[',
        // round 39 (gateways-b): Apache APISIX's AI guards (apache/apisix apisix/plugins/ai-prompt-guard.lua, a 400
        // `{"message":"Request contains prohibited content"}` for a deny pattern and `Request doesn't match allow patterns`
        // outside the allow list; ai-aws-content-moderation.lua detect_toxic `request body exceeds <Category> threshold`
        // for the categories its moderation_categories_pattern allows, and `… exceeds toxicity threshold`, not a size
        // threshold; ai-lakera-guard schema defaults `Request blocked by Lakera Guard`, `Response blocked by Lakera Guard`)
        '\\brequest contains prohibited content\\b',
        "\\brequest doesn['’]t match allow patterns\\b",
        '\\b(?:request|response) body exceeds (?:toxicity|profanity|hate_speech|insult|harassment_or_abuse|sexual|violence_or_threat) threshold\\b',
        '\\b(?:request|response) blocked by lakera guard\\b',
        // round 39 (gateways-b): Cloudflare AI Gateway's Guardrails and DLP (developers.cloudflare.com/ai-gateway/guardrails/
        // set-up-guardrail/ 2016 `Prompt blocked due to security configurations`, 2017 `Response blocked …`; the DLP page's 2029
        // `Request content blocked due to DLP policy violations`, 2030 `Response content blocked …`)
        '\\b(?:prompt|response) blocked due to security configurations\\b',
        '\\b(?:request|response) content blocked due to dlp policy violations\\b',
        // round 39 (gateways-b): Portkey's gateway when a guardrail set to deny fails (Portkey-AI/gateway
        // src/handlers/handlerUtils.ts: `The guardrail checks defined in the config failed. You can find more information in
        // the hook_results object.`, the name in backticks)
        '\\bthe guardrail checks defined in the config failed\\b',
        // round 39 (gateways-b): uni-api's moral check on the prompt (yym68686/uni-api uni_api/observability/middleware.py, a
        // 400 `{"error": "Content did not pass the moral check, please modify and try again."}`)
        '\\bcontent did not pass the moral check\\b',
      ],
      describes: [
        // round 15 (zh): the prompt broke the rules (basketikun/chatgpt2api#46 提示词违规了, jeffstric/ZJT#494
        // 因为提示词违规导致的生成失败)
        '(?:提示词|提示詞)[^，。！？\\n]{0,3}(?:违规|違規|涉黄|涉黃|涉政|违禁|違禁|不合规|不合規)',
        // the picture or prompt did not pass review (basketikun/chatgpt2api#56 图生图遇到审核不过, TheSmallHanCat/flow2api#122
        // 上传的图片没通过审核); not a code review, an app store's or an identity check's
        '(?:图片|圖片|图生图|圖生圖|提示词|提示詞|内容|內容|视频|視頻)[^，。！？\\n]{0,6}(?:审核|審核)(?:不通过|不通過|不过|不過|没通过|沒通過|未通过|未通過)|(?:图片|圖片|提示词|提示詞|内容|內容|视频|視頻)[^，。！？\\n]{0,2}(?:没|沒|未)通(?:过|過)(?:安全)?(?:审核|審核)',
        // round 15 (en)
        // a harmless prompt refused: "rejects a completely harmless prompt" (openai/codex#40816), "blocks harmless queries" (anthropics/claude-code#50008)
        '\\b(?:blocks?|blocking|blocked|rejects?|rejecting|rejected|flags?|flagging|flagged|refuses?|refusing)\\b[^.\\n]{0,25}?\\bharmless\\b[^.\\n]{0,15}?\\b(?:prompts?|quer(?:y|ies)|content|requests?|images?|questions?)\\b',
        // a prompt flagged: "my prompt was flagged and blocked" (google-gemini/deprecated-generative-ai-python#276), "getting messages flagged even though the requests are harmless" (anthropics/claude-code#78468), "Prompt content incorrectly flagged as policy violation" (anthropics/claude-code#86721), "the prompt is flagged" (chatgpt-prompts/ChatGPT-Midjourney-Prompt-Generator#5)
        '\\b(?:prompts?|requests?|messages?|quer(?:y|ies)|inputs?)\\b (?:content )?(?:was |were |is |are |gets? |got |getting |being )?(?:incorrectly |wrongly |falsely )?flagged\\b',
        // round 17 (zh): 触发了安全策略, as apps word a refusal (a client's safety_filter branch `安全过滤：内容可能触发了安全策略
        // (HTTP ${response.status})`, find_string id 54027642259; an image tool's `上游模型拒绝处理这张参考图，通常是图片内容触发了
        // 安全策略`, id 69736846157; a bot's `您的消息触发了安全策略。`, id 53557030727; `您的请求或生成的内容触发了安全策略`, id
        // 55688591042); not a question whether it fired (`是否触发了安全策略`), nor a control system's own
        '(?<!是否|避免|防止|以免|不会|不會)(?:触发|觸發)了?(?:内容|內容)?安全策略',
        // round 17 (en): a prompt `blocked` with nothing after it or by a safety or moderation check (an API's documented 400
        // `{ "error": "The prompt was blocked by safety filters." }`, find_string id 69438563853; a Gemini client's `The
        // prompt was blocked by safety filters. Change prompt` on BlockedPromptException, id 41104160088; a metering proxy's
        // `This prompt was blocked by content moderation`, id 71304493173; an image client's `the prompt was blocked by
        // safety settings`, id 9253072248); not a prompt blocked by a token budget or a queue (id 53835036873)
        "\\bprompt (?:was|got|has been|is|were) blocked\\b(?! by (?!(?:the |its |our |a |google'?s? )?(?:safety|content|moderation|responsible)))",
        // round 17 (en): `violates our usage policies` (a chat server's 400 after a flagged moderation check `message: 'Content
        // violates our usage policies'`, find_string id 44360477355; a provider-health classifier's Gemini case `Request
        // violates our usage policies or content safety guidelines.`, id 67224653984; a relay's content-filter list
        // `"violates our usage policies", // OpenAI`, id 71236893402; agents' policy patterns `violates openai's usage
        // policies`, ids 60329706060, 57639331783); as a verdict, not a question or a conditional (`does it violate`)
        "\\bviolat(?:es|ed|ing)(?<!\\b(?:if|when|whether|unless)\\b[^.\\n]{0,40}violat\\w{2,3}) (?:our|openai'?s|the|its|anthropic'?s) usage polic(?:y|ies)\\b",
      ],
    },
    title: { zh: '内容被安全策略拦截', en: 'Blocked by content policy' },
    meaning: {
      zh: '输入或生成的内容触发了模型方或网关的安全审核，这次请求被拒绝。',
      en: 'The input or the output tripped the provider’s or the gateway’s safety filter, so the request was refused.',
    },
    steps: [
      {
        zh: '改写提示词，去掉可能被误判的词句后再试。',
        en: 'Rephrase the prompt, removing wording that may be misread, and retry.',
      },
      {
        zh: '确属误判：换一个模型，或把 request id 发给客服。',
        en: 'A false positive: try another model or send the request id to support.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#content-policy',
    examples: [
      {
        text: "openai.BadRequestError: Error code: 400 - {'error': {'code': 'content_policy_violation', 'message': 'Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.', 'param': None, 'type': 'invalid_request_error'}}",
        source: 'openai/openai-python issues (images content_policy_violation)',
      },
      {
        text: '{"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI\'s content management policy. Please modify your prompt and retry.","type":null,"param":"prompt","code":"content_filter","status":400}}',
        source: 'Azure OpenAI content filter (learn.microsoft.com/azure/ai-services/openai/concepts/content-filter)',
      },
      {
        text: '{"error":{"message":"sensitive words detected: 涉政","type":"new_api_error","code":"sensitive_words_detected"}}',
        source: 'QuantumNous/new-api service/sensitive.go',
      },
    ],
  },
  {
    id: 'invalid-parameters',
    cause: 'bad_request',
    layer: 'client',
    // 501: what self-hosted OpenAI-compatible servers answer for an endpoint or input they were not started for
    // (llama.cpp server's not_supported_error, Ollama's runner passing it on), read with their wording below
    statuses: [400, 422, 501],
    defaultFor: [400, 422],
    dialects: ['openai', 'one-api', 'new-api', 'anthropic', 'gemini', 'openrouter'],
    match: {
      codes: [
        // round 42 (cnsdk): TencentCloud API 3.0's common NoSuchVersion (接口版本不存在) and UnsupportedRegion (接口不支持所传地域) (every
        // product's common error-code table, cloud.tencent.com/document/product/1388/114322, 850/38750): the Version or Region
        // the client passed is not one the API has, a parameter to change (Hunyuan answers in ap-guangzhou and ap-beijing)
        'nosuchversion',
        'unsupportedregion',
        // round 42 (cnsdk): Volcengine's OpenAPI gateway 100008 InvalidActionOrVersion (`Could not find operation %s for version %s`,
        // 请求接口不存在) (volcengine.com/docs/6720/108305, 6664/116016 and 6448/76370 公共错误码, the OpenAPI gateway's common codes every
        // Volcengine API but Ark's inference answers with, Jimeng's visual API among them): the SDK's Action or Version is not one the service has
        'invalidactionorversion',
        // round 34 (en-vendors): the Responses API's error codes for an input image it cannot use (the `ResponseError.code`
        // enum of the OpenAI API reference, as its SDKs generate it: langchain OpenAIClient.Responses.ResponseError,
        // openai-client-base ResponseErrorCode, the Azure agentserver ResponseErrorCode); the two `…too_large` ones are
        // request-too-large's
        'invalid_image',
        'invalid_image_format',
        // round 42 (media): RunningHub's API error code reference (www.runninghub.ai runninghub-api-doc-en, API Error Code Reference;
        // apifox.com/apidoc/docs-site/5441421/doc-6913925), its identifier in `msg`: 433 VALIDATE_PROMPT_FAILED `Workflow
        // validation failed` (the workflow's own reason in the response's msg) and 803 APIKEY_INVALID_NODE_INFO
        // `nodeInfoList does not match the workflow`: the task's inputs, not the key
        'validate_prompt_failed',
        'apikey_invalid_node_info',
        // round 41 (gateway): OpenRouter's canonical error types for an input image it cannot use: its format, or an image URL
        // that is not there or could not be fetched (openrouter.ai/docs/client-sdks/typescript/models/apierrortype.md, the canonical ApiErrorType of its SDKs, `stable across all API formats`)
        'unsupported_image_format',
        'image_not_found',
        'image_download_failed',
        'invalid_base64_image',
        'invalid_image_url',
        'image_too_small',
        'image_parse_error',
        'invalid_image_mode',
        'unsupported_image_media_type',
        'empty_image_file',
        'failed_to_download_image',
        'image_file_not_found',
        // Qianfan's video generation 400 (cloud.baidu.com/doc/qianfan-api/s/4mwbl4bz4) and Huawei Cloud MaaS 400 ModelArts.81118
        // (an image over the pixel limit; support.huaweicloud.com/model-call-maas/model-call-035.md)
        'invalid_video_genration_argument',
        'modelarts.81118',
        // round 34 (cn-vendors): Model Studio's InvalidURL (below), a URL inside the request
        'invalidurl',
        'invalid_request_error',
        'invalid_value',
        'unsupported_parameter',
        'unsupported_value',
        // round 36 (gaps-en): OpenAI's code for a required field left out (its body `Missing required parameter: 'tools'.`,
        // find_string id 70952311370), which OpenAI-compatible servers copy for the same refusal
        'missing_required_parameter',
        // round 39 (media-b): OpenAI's image edit endpoint for an image or mask it cannot use (`{"error":{"code":
        // "invalid_image_file","message":"Invalid image file or mode for image 1, please check your image file."}}`,
        // `{"error":{"code":"invalid_mask_image_format","message":"Invalid mask image format - mask size does not match image
        // size","type":"image_generation_user_error"}}`; the bodies as quoted in find_string ids 68656003937, 57544462828)
        'invalid_image_file',
        'invalid_mask_image_format',
        // round 39 (media-b): Vidu's task and submit codes for an input image it could not fetch or read
        // (platform.vidu.com/docs/error-code: ImageDownloadFailure `Failed to download user image URL. Please check the validity
        // of the link.`, ImageFormatInvalid `Image format does not meet requirements`), as err_code, as the Kratos `reason`, and
        // as the error.code new-api's task relay copies from err_code (relay/channel/task/vidu/adaptor.go ConvertToOpenAIVideo)
        'imagedownloadfailure',
        'imageformatinvalid',
        // round 41 (media): fal.ai's model error types for an input it could not fetch or use (docs.fal.ai/errors, 422s:
        // file_download_error `File download error` — `Make sure the URL is publicly accessible`; image_load_error `Image
        // load error`; face_detection_error `Could not detect face in the image`)
        'file_download_error',
        'image_load_error',
        'face_detection_error',
        // round 41 (media): EvoLink's unified task API, the client errors of its table beside the two round 34 read
        // (docs.evolink.ai/en/api-manual/task-management/error-codes: invalid_parameters `Invalid request parameters`,
        // image_processing_error `Image processing failed` — `Use different image`, image_dimension_mismatch `Image dimensions
        // don't match request`), in a task whose `"status": "failed"` alone reads as a failed job
        'invalid_parameters',
        'image_processing_error',
        'image_dimension_mismatch',
        'invalid_text_request',
        // new-api's other request checks (Calcium-Ion/new-api relay/relay_embedding.go, claude_handler.go,
        // relay-audio.go, relay/relay-image.go)
        'invalid_embedding_request',
        'invalid_claude_request',
        'invalid_audio_request',
        'invalid_field_value',
        'invalid_argument',
        'bind_request_body_failed',
        'invalid_json',
        // round 43 (newapi): new-api's task relays when a multipart body cannot be parsed (QuantumNous/new-api
        // relay/common/relay_utils.go ValidateBasicTaskRequest, a 400 task error `invalid_multipart_form`); its messages below
        'invalid_multipart_form',
        // round 43 (newapi): Laisky's one-api fork on a video task request it cannot take (Laisky/one-api
        // relay/controller/async_video.go: `invalid_async_video_request`, `async video requires a JSON object with model`, a bad
        // Idempotency-Key; `idempotency_conflict`, the same Idempotency-Key sent with another body)
        'invalid_async_video_request',
        // round 44 (media): fal.ai's model error types for an input file or option the endpoint cannot take (docs.fal.ai/errors,
        // 422s, not retryable: video_duration_too_long `Video duration exceeds the maximum allowed. Maximum is 60 seconds,
        // provided is 120 seconds.`, video_duration_too_short, audio_duration_too_long, audio_duration_too_short,
        // unsupported_audio_format `Unsupported audio format. Supported formats are .mp3, .wav, .ogg.`, unsupported_video_format,
        // feature_not_supported `Feature not supported` (a combination of parameters the endpoint has no mode for),
        // invalid_archive, archive_file_count_below_minimum, archive_file_count_exceeds_maximum), beside the image ones
        // round 41 read: the duration of a media input is its length, not the context's, and its format is the request's
        'video_duration_too_long',
        'video_duration_too_short',
        'audio_duration_too_long',
        'audio_duration_too_short',
        'unsupported_audio_format',
        'unsupported_video_format',
        'feature_not_supported',
        'invalid_archive',
        'archive_file_count_below_minimum',
        'archive_file_count_exceeds_maximum',
        // round 44 (media): sync.'s lip-sync refusals of a generation's inputs (docs.sync.so/api-reference/error-handling
        // generation_media_metadata_missing `Required media metadata is missing from the request.`; docs.sync.so/api-reference/error-handling and the `GET /v2/errors` catalogue it points to, as a client transcribes its 62 codes (find_string id 60046722991):
        // generation_audio_length_exceeded, generation_text_length_exceeded, generation_audio_missing, generation_video_missing,
        // generation_model_duration_exceeded; its generation_input_* codes below), which a FAILED status alone read as a failed
        // task, or a too-long audio as the context
        'generation_media_metadata_missing',
        'generation_audio_length_exceeded',
        'generation_text_length_exceeded',
        'generation_audio_missing',
        'generation_video_missing',
        'generation_model_duration_exceeded',
        'idempotency_conflict',
        'invalidparameter',
        'missingparameter',
        'read_request_body_failed',
        'convert_request_failed',
        'bad_request_body',
        'size_not_supported',
        'n_not_within_range',
        'prompt_missing',
        'invalid_image_request',
        'malformed_json',
        'badrequest.emptyinput',
        'invalid_api_platform',
        'missingsessionid',
        'unsupportedparamserror',
        'unknown_parameter',
        'integer_below_min_value',
        // round 30 (gateway): new-api's rerank check (relay/relay_rerank.go `query is empty` as invalid_query; its
        // `documents is empty` is read by the words below) and Suno's task check (relay/channel/task/suno/adaptor.go
        // ValidateRequestAndSetAction `prompt_empty`)
        'invalid_query',
        'prompt_empty',
        // round 24 (en): an API's generic parameter code (WeChat Pay v3 `{"code":"PARAM_ERROR",…}`, find_string ids
        // 2402629599, 56612748901; a relay's `"code":"param_error"` with `Invalid param`)
        'param_error',
        'integer_above_max_value',
        // round 27 (local-sdk): llama.cpp server's 501 type for an endpoint the server was not started for (ggml-org/llama.cpp
        // tools/server/utils.hpp format_error_response ERROR_TYPE_NOT_SUPPORTED: `This server does not support embeddings.
        // Start it with `--embeddings``, reranking, infill, multimodal input)
        'not_supported_error',
        // round 27 (local-sdk): the Vercel AI SDK's own refusals of the request it was asked to build, before or without
        // the gateway (vercel/ai packages/provider/src/errors/{invalid-prompt,invalid-argument,unsupported-functionality,
        // too-many-embedding-values-for-call}-error.ts, packages/ai/src/prompt/{invalid-message-role,invalid-data-content,
        // message-conversion}-error.ts, packages/ai/src/error/invalid-argument-error.ts)
        'ai_invalidprompterror',
        'ai_invalidargumenterror',
        'ai_unsupportedfunctionalityerror',
        'ai_toomanyembeddingvaluesforcallerror',
        'ai_invalidmessageroleerror',
        'ai_invaliddatacontenterror',
        'ai_messageconversionerror',
        // round 36 (apps-a): LobeHub's errorType for a request the provider refused as malformed and for a capability
        // the model lacks (lobehub/lobehub packages/types/src/agentRuntime.ts AgentRuntimeErrorType
        // InvalidRequestFormat, CapabilityNotSupported)
        'invalidrequestformat',
        'capabilitynotsupported',
      ],
      patterns: [
        // round 44 (media): WaveSpeed AI's failed prediction for a request it could not use (wavespeed.ai/docs/error-codes: 1400
        // Missing Parameter `A required parameter is missing.`, 1401 Invalid Parameter `The parameter value is invalid.`, 1402 Media
        // Access Failed `Unable to access the provided media URL.`, its example `"status": "failed", "code": 1402, "error": "Failed
        // to download image from the provided URL."`), which its failed status alone read as a failed job; the code right after
        // the status, since 1400-1402 are other products' numbers too, and its example's words
        '"status"\\s*:\\s*"failed"\\s*,\\s*"code"\\s*:\\s*140[012]\\b',
        '\\bfailed to download image from the provided url\\b',
        // round 44 (media): Volcengine Ark's InvalidParameter messages (volcengine.com/docs/82379/1099476 错误码: `One or more
        // parameters specified in the request are not valid. Request ID: {id}` 请求包含非法参数; `The parameter instructions
        // specified in the request are not valid: …`; and as Ark words it for a named parameter, `The parameter
        // `response_format.type` specified in the request are not valid: invalid value: …`), which the words above missed for
        // the backticked name and the `are`; a Seedance task that failed on one shows only these words beside its failed status.
        // Not the `model` parameter, which Ark words the same way for a model that does not serve the API (`The parameter `model`
        // specified in the request are not valid: the requested model … does not support this api`), the model's problem
        '\\bone or more parameters specified in the request are not valid\\b',
        '\\bthe parameter `?(?!model\\b)[\\w.\\[\\]-]{1,60}`? specified in the request (?:is|are) not valid\\b',
        // round 44 (media): Model Studio's async image and video task (Wan) that failed on a parameter it checked after the
        // submit (help.aliyun.com/zh/model-studio/wan-video-to-video-api-reference 任务执行失败: `"task_status": "FAILED", "code":
        // "InvalidParameter", "message": "The resolution is not valid xxxxxx"`; the English reference's `"The parameter is
        // invalid."`): the request's value, not a job that broke; InvalidParameter alone is a generic code, so only right after
        // the FAILED status in the task's output, and not its dotted sub-codes (InvalidParameter.DataInspection is the policy)
        '"task_status"\\s*:\\s*"failed"\\s*,\\s*"code"\\s*:\\s*"invalidparameter"',
        // round 44 (media): Kling's failed drama-subtitle task for a source video it cannot take (klingai.com/document-api/api/
        // ecommerce-replication/drama-subtitle, 任务失败信息, the message of a task whose status is failed, with its 中文提示映射:
        // `The source video format is not supported. Please provide a decodable video file (MP4 recommended).` 源视频格式不支持;
        // `The source video exceeds the 300-second duration limit.` 源视频超过 300 秒时长限制; `No valid audio or video track
        // detected in the source video.` 源视频缺少可识别的音频轨或视频轨): the input, which the failed status alone read as a failed
        // task and the Chinese duration as the context
        '\\bthe source video format is not supported\\b',
        '\\bthe source video exceeds the \\d+-second duration limit\\b',
        '\\bno valid audio or video track detected in the source video\\b',
        '源视频格式不支持',
        '源视频超过\\s?\\d+\\s?秒时长限制',
        '源视频缺少可识别的音频轨或视频轨',
        // round 44 (media): sync.'s generation_input_* codes, each a refusal of one input of a lip-sync generation
        // (docs.sync.so/api-reference/error-handling and its `GET /v2/errors` catalogue, find_string id 60046722991:
        // generation_input_validation_failed, _video_inaccessible, _audio_inaccessible, _image_inaccessible, _video_invalid,
        // _audio_invalid, _segments_invalid, _trim_invalid, _face_selection_invalid, _resolution_unsupported,
        // _duration_greater_than_max_duration, _asset_type_mismatch, _too_many_visual, _dub_audio_conflict): the prefix is sync.'s own
        '\\bgeneration_input_(?:validation_failed|(?:video|audio|image)_inaccessible|(?:video|audio|segments|trim|face_selection)_invalid|resolution_unsupported|duration_greater_than_max_duration|asset_type_mismatch|too_many_visual|dub_audio_conflict)\\b',
        // round 45 (desc-policy): Anthropic's 400 for a conversation with an empty turn before the last (`messages.1: all
        // messages must have non-empty content except for the optional final assistant message`, dspinellis/ai-cli-lib#16,
        // tidyverse/ellmer#709, anthropics/claude-code#3196; corespeed-io/zypher-agent#122 filters the empty assistant turn an
        // empty answer left in the history): the body's messages, pasted without its 400 or type as often as with them
        '\\ball messages must have non-empty content\\b',
        // round 43 (gateways): Helicone's AI gateway for a body without a model (Helicone/ai-gateway
        // ai-gateway/src/error/invalid_req.rs InvalidRequestError::MissingModelId, a 400 `Missing model id in request body`)
        '\\bmissing model id in request body\\b',
        // round 43 (gateways): AIBrix's gateway plugin on a request it cannot route as sent (vllm-project/aibrix
        // pkg/plugins/gateway, 400s: util.go x-error-no-stream-options-include-usage `include usage for stream options not set`
        // for a streamed request of a user with limits; gateway_req_body.go `incorrect routing strategy <s>` for an unknown
        // routing-strategy header)
        '\\binclude usage for stream options not set\\b',
        '\\bincorrect routing strategy\\b',
        // round 43 (gateways): labring/aiproxy's distributor for a request without a model (labring/aiproxy
        // core/middleware/distributor.go, a 400 `no model provided`), the message alone, not a sentence that mentions it
        '(?:^|["\':]\\s?)no model provided(?:["\'.]|\\s*$)',
        // round 43 (gateways): TensorZero's rate limiter for a request that names no max_tokens under a token limit
        // (tensorzero/tensorzero crates/tensorzero-error/src/lib.rs, `Missing `max_tokens` for request subject to rate limiting rules.`)
        '\\bmissing `max_tokens` for request subject to rate limiting rules\\b',
        // round 42 (agents): the Anthropic SDKs' own refusal to send a non-streaming request whose max_tokens could run past
        // their 10-minute timeout (anthropics/anthropic-sdk-typescript@bfa9197 src/client.ts calculateNonstreamingTimeout,
        // anthropics/anthropic-sdk-python@009b035 src/anthropic/_base_client.py _calculate_nonstreaming_timeout: `Streaming
        // is required for operations that may take longer than 10 minutes. See …#long-requests for more details`): the
        // request's own settings (stream off, a large max_tokens), checked before anything is sent
        '\\bstreaming is required for operations that may take longer than 10 minutes\\b',
        // round 36 (lead): Gemini's 400 INVALID_ARGUMENT for a conversation whose turns do not alternate or end with the
        // user (google.api_core.exceptions.InvalidArgument `400 Please ensure that multiturn requests ends with a user role or
        // a function response.`, find_string id 19656318132; the JS SDK's `GoogleGenerativeAIError: [400 Bad Request] …`,
        // id 20252584173; relays that patch the first turn to avoid it, ids 2506539268, 55597605747)
        'multiturn requests ends? with a user role',
        // round 36 (lead): Anthropic's 400 invalid_request_error for a request that sets both sampling parameters, which
        // its newer models refuse ("temperature and top_p cannot both be specified for this model. Please use only one.",
        // each name in backticks; probed against api.anthropic.com, find_string id 60887066190; Bedrock's
        // ValidationException in the same words, id 71230634251)
        '\\btemperature\\W{0,2} and \\W{0,2}top_p\\W{0,2} cannot both be specified',
        // round 36 (gaps-en): OpenAI's 400 for a required field left out (`Missing required parameter: 'tools'.`, code
        // missing_required_parameter, as a client's test replays OpenAI's body, find_string id 70952311370): the quoted
        // parameter's name after the colon, not botocore's `Missing required parameter in input` (below)
        '\\bmissing required parameter: [\'‘’"][a-z_][\\w.\\[\\]]{0,60}[\'‘’"]',
        // round 36 (gaps-en): 1min-relay (kokofixcomputers/1min-relay main.py ERROR_HANDLER and its forks' longer table,
        // find_string id 53863266997), which logs only `An error has occurred while processing the user's request. Error
        // code: <code>`: 1044 `This model does not support image inputs.`, 1045 `… tool use.`, 1046 `… text-to-speech.`, 1400
        // `Invalid request format`, 1412 `No message provided.`, 1423 `No content in last message.`, 1600 `Unsupported
        // feature`, 1700 `Invalid file format`, all 400 invalid_request_error
        "error has occurred while processing the user['’]s request\\. error code: (?:104[456]|1400|1412|1423|1600|1700)\\b",
        'this model does not support (?:tool use|text-to-speech)\\.',
        // round 36 (gaps-en): the ChatGPT MD Obsidian plugin's words for a 400 (bramses/chatgpt-md src/Utilities/
        // ErrorMessageFormatter.ts getHttpErrorMessage, shown by src/Services/ErrorService.ts handleApiError as
        // `[ChatGPT MD] <service>: <message> - Model: …, URL: …`)
        '\\[chatgpt md\\] [^:\\n]{1,40}: bad request\\. please check your input and try again',
        // round 34 (en-vendors): Cloudflare Workers AI 3003 `Incomplete request` (400, `Request is missing headers or body:
        // {what}`, developers.cloudflare.com/workers-ai/platform/errors/)
        'request is missing headers or body',
        // round 34 (vendor-zh): the Python library's BadRequestError as OpenAI's error-codes guide in Chinese
        // (openai-doc.aihub2022.top/docs/guides/error-codes/ = developer.aliyun.com/article/1512598,
        // chatgpt.cadn.net.cn/docs/guides_error-codes, openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma,
        // gpt.huanp.com/chatgpt/7706.html, the newer page's translations find_string ids 59696096384, 59992588880,
        // 25643759872): `您的请求格式错误或缺少某些必需参数`, `你的请求格式有误或缺少某些必需参数`; and Anthropic's 400 invalid_request_error in its
        // Chinese docs (docs.anthropic.com/zh-CN/api/errors, find_string id 21614530803: `您的请求格式或内容存在问题`)
        '请求格式(?:错误|有误)或缺少(?:某些|一些)?必需的?参数',
        '请求格式或内容存在问题',
        // round 34 (cn-vendors): Model Studio's 400 InvalidURL (help.aliyun.com/zh/model-studio/error-code: `Invalid URL provided
        // in your request.`, `Required URL is missing or invalid, please check the request URL.`, `The request URL is invalid,
        // make sure the url is correct and is an image.`): the image, audio or file URL inside the request, not the API address
        'invalid url provided in your request',
        'required url is missing or invalid, please check the request url',
        'the request url is invalid, (?:make sure the url is correct|please check the request url is available)',
        // round 34 (relay-strings): the relays' own checks of a request, each a 400 of the caller's making:
        // max_tokens out of range (songquanpeng/one-api relay/controller/validator/validation.go, Calcium-Ion/new-api@ef8ae4d
        // relay/relay-text.go, MartialBE/one-hub relay/ `max_tokens is invalid`); more images than a Gemini channel takes, an
        // image or file it cannot fetch or take as a URL (new-api relay/channel/gemini/relay-gemini.go `too many images in
        // the message, max allowed is %d`, `only base64 file is supported in gemini`, service/image.go `fail to get image
        // from url: %s`, relay/channel/{gemini,claude} `get file base64 from url failed: %s`); one-api's image and
        // embedding checks (relay/controller/image.go `invalid value of n`, relay/adaptor/openai/token.go `invalid detail
        // option`, relay/adaptor/zhipu/adaptor.go `invalid input length, zhipu only support one input`); one-hub's
        // (relay/completions.go `the 'stream_options' parameter is only allowed when 'stream' is enabled`, OpenAI's own
        // words too; relay/task/kling/submit.go `action is not text2video or image2video`, `duration is not 5 or 10`)
        '\\bmax_tokens is invalid\\b',
        // round 34 (lead): DeepSeek's 400 for a max_tokens above the model's output limit (`Invalid max_tokens value, the
        // valid range of max_tokens is [1, 8192]`, mnfst/llm-gateway#1177): a value to lower,
        // as this entry's meaning says, not a conversation to shorten
        'invalid max_tokens value, the valid range of max_tokens is',
        // round 37 (wrong-zh): the same output limit in OpenAI's and Model Studio's words, read until now as the context:
        // OpenAI's 400 invalid_request_error, param `max_tokens`, code `invalid_value` (`max_tokens is too large: 10000. This
        // model supports at most 4096 completion tokens, whereas you provided 10000.`; the model's output cap, whatever its
        // context window and the conversation's length, fixed by lowering max_tokens: portkey.ai/error-library
        // token-limit-exceeded-error-10022), and Model Studio's InvalidParameter `Range of max_tokens should be [1, 8192]`
        // (help.aliyun.com/zh/model-studio/error-code; its `Range of input length should be …` stays the context)
        '\\bmax_(?:completion_)?tokens is too large: \\d+',
        'supports at most \\d+ completion tokens',
        'whereas you provided \\d+',
        'range of max_(?:new_)?tokens should be',
        // round 39 (lead): the rule above in the other vendors' words, read until now as the context. Each refuses a
        // requested output longer than the model can write, whatever the conversation's length, and each is fixed by
        // lowering the value: Anthropic's 400 invalid_request_error `max_tokens: 8000 > 4096, which is the maximum allowed
        // number of output tokens for claude-3-haiku-20240307` (docs.anthropic.com models overview, "Max output"; its
        // `input length and max_tokens exceed context limit` is the context and stays there); TGI's
        // ValidationError::MaxNewTokens `\`max_new_tokens\` must be <= {0}. Given: {1}` (huggingface/
        // text-generation-inference router/src/validation.rs; `inputs` tokens + `max_new_tokens` stays the context);
        // Vertex AI's INVALID_ARGUMENT `Unable to submit request because it has a maxOutputTokens value of 131072 but the
        // supported range is from 1 (inclusive) to 65537 (exclusive). Update the value and try again.`
        'maximum allowed number of output tokens',
        '(?<!\\+ \\W?)\\bmax_new_tokens\\W{0,2} must be <= \\d+',
        'maxoutputtokens value of \\d+ but the supported range',
        'too many images in the message, max allowed is \\d+',
        '\\bonly base64 (?:file|audio|image) is supported in gemini\\b',
        '\\bfail(?:ed)? to get image from url\\b',
        '\\bget file base64 from url failed\\b',
        '\\binvalid value of n\\b',
        '\\binvalid detail option\\b',
        'zhipu only supports? one input',
        "\\bthe 'stream_options' parameter is only allowed when 'stream' is enabled",
        '\\baction is not text2video or image2video\\b',
        '\\bduration is not 5 or 10\\b',
        // Qianfan v2 400 `invalid_model` with `model is empty`: the request named no model at all
        // (cloud.baidu.com/doc/qianfan-api/s/Om9b4yj3w), a request fault rather than a wrong name
        '\\bmodel is empty\\b',
        // TencentCloud API 3.0's parameter families, each sub-code a parameter fault (InvalidParameter.ImageCountLimitExceededError,
        // InvalidParameterValue.ParameterValueError, InvalidParameterValue.InvalidImageFormat…; TencentCloud/tencentcloud-sdk-python
        // tencentcloud/{hunyuan,vclm,aiart}/*/errorcodes.py), and Alibaba Model Studio's InvalidParameter.DataInspection
        // (help.aliyun.com/zh/model-studio/error-code); the sub-codes that mean a model or a length sit on their own entries
        '\\binvalidparameter(?:value)?\\.(?!(?:invalid)?model\\b|textlengthexceed)[a-z]{3,}',
        // round 43 (policy-zh): Tencent Hunyuan video and image generation's FailedOperation codes for an input image or video over
        // the API's limits (tencentcloud-sdk-python tencentcloud/vclm/v20240523/errorcodes.py: ImageResolutionExceed `图片分辨率过大。`,
        // VideoDurationExceed `视频时长超限制。`, VideoFpsExceed `视频Fps超限制。`, VideoResolutionExceed and VideoSizeExceed `视频分辨率超
        // 限制。`), which the lookup guessed a rate limit; the byte-size ImageSizeExceed is request-too-large's
        '\\bfailedoperation\\.(?:imageresolution|video(?:duration|fps|resolution|size))exceed\\b',
        // MiniMax 2013 in the Chinese docs' words (传入参数异常，请检查入参是否按要求填写; cloud.baidu.com/doc/qianfan-api/s/4mwbl4bz4)
        '传入参数异常[，,]\\s?请检查入参',
        // round 27 (local-sdk): Ollama's 400 for a model asked what it cannot do (ollama/ollama server/images.go
        // errCapabilities `does not support` joined with the capability: completion, tools, insert, vision, embedding,
        // thinking; server/routes.go `%q does not support generate`, `… thinking`, `this model only supports one image
        // while more than one image requested`)
        '\\bdoes not support (?:tools|insert|vision|embedding|completion|generate|thinking)\\b',
        // round 45 (desc-policy): OpenAI's 400 for `tools` sent to a model without function calling (`tools is not supported
        // in this model. For a list of supported models, refer to …`, sbintuitions/flexeval#242 on gpt-5-chat-latest, which
        // drops the field when it is empty)
        '\\btools is not supported in this model\\b',
        'only supports one image while more than one image requested',
        // round 27 (local-sdk): llama.cpp server started without the flag an endpoint needs (tools/server/server.cpp
        // handle_embeddings_impl `This server does not support embeddings. Start it with `--embeddings``, and reranking),
        // which Ollama's llama-server runner passes on as a bare `{"error": …}` under 501
        'does not support (?:embeddings|reranking)\\. start it with',
        // round 27 (local-sdk): the Vercel AI SDK's UnsupportedFunctionalityError message, which providers raise for an input
        // the model API cannot take (`'image content parts' functionality not supported.`, unsupported-functionality-error.ts)
        "'[^']{1,80}' functionality not supported",
        // round 27 (local-sdk): TGI's ValidationError for a sampling parameter out of range (huggingface/text-generation-inference
        // router/src/validation.rs: `Input validation error: `temperature` must be strictly positive`, `top_p`, `top_k`,
        // `repetition_penalty`, `stop`, `truncate`, `inputs` cannot be empty…, and since round 39 `max_new_tokens` must be
        // <=, the output limit alone); its two length limits (`inputs` tokens + `max_new_tokens` must be <=, `inputs` must
        // have less than) are the context entry's
        'input validation error: `(?!inputs` tokens \\+|inputs` must have less than)',
        // round 27 (en-vendors): Amazon Bedrock's runtime errors (docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html,
        // docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html): ValidationException's
        // general sentence (a model that needs an inference profile's id is the model id's entry, which shares it here)
        'fails to satisfy the constraints specified by amazon bedrock',
        // round 27 (apps): Roo Code webview-ui/src/i18n/locales/en/chat.json apiRequest.errorMessage.400 (`The provider
        // couldn't process the request as made`, zh-CN `提供商无法按此方式处理请求`)
        "(?:couldn't|could not) process the request as made",
        // round 45 (agents): and in its zh-TW locale (RooCodeInc/Roo-Code@cb83656 webview-ui/src/i18n/locales/zh-TW/chat.json
        // `供應商無法按照此方式處理請求`)
        '无法按照?此方式处理请求',
        // SiliconFlow's message under code 20015 for any parameter it refuses (an empty model name, an empty
        // rerank list, an over-long embedding input): it names neither the parameter nor the fault
        'the parameter is invalid\\. please check again',
        // round 34 (cn-vendors-2): MiniMax 1042 (`不可见字符比例超限/非法字符超过10%`, 请检查输入内容; platform.minimaxi.com/docs/
        // api-reference/errorcode, as clients copy the table, find_string ids 70692152744, 62517564858), the input's own
        // characters (a client's label `不可见字符/非法字符比例超限`); its code only in MiniMax's base_resp
        '"status_code"\\s*:\\s*1042\\b',
        '不可见字符(?:\\s?/\\s?非法字符)?比例超限',
        '非法字符超过\\s?10\\s?%',
        // round 34 (cn-vendors-2): iFlytek Spark 10003 `用户的消息格式有错误`, 10004 `用户数据的schema错误`, 10005 `用户参数值有错误`
        // and 10163 `请求引擎的参数异常 引擎的schema 检查不通过` (the Spark error-code table, xfyun.cn/doc/spark/Web.html,
        // find_string id 2795551050)
        '用户(?:的消息格式有|数据的\\s?schema\\s?|参数值有)错误',
        '请求引擎的参数异常',
        // round 24 (Chinese): new-api's channel adaptors answer a request of a kind their channel cannot convert
        // (chat to an image-only model, Responses to a chat-only channel) with `errors.New("not implemented")`, which the
        // relay returns as `convert_request_failed` under a 500 (QuantumNous/new-api relay/channel/*/adaptor.go,
        // relay/relay-text.go); clients print only the message and new-api's request id. A server's `501 Not Implemented`
        // has no request id after it.
        // (round 42 (relays): not one-hub's `channel not implemented`, a model off its endpoint: model-endpoint-mismatch)
        '\\b(?<!channel )not implemented \\(request id: ',
        // round 24 (Chinese): a model asked for an input kind it does not take, as Kimi CLI refuses it (MoonshotAI/kimi-cli
        // src/kimi_cli/tools/file/read_media.py `The current model does not support image input.`, `… video input.`) and
        // its Chinese FAQ words it (docs/zh/faq.md `说明当前模型不支持图片输入`): another model, not another key, is the fix
        '\\bmodel does not support (?:image|video) input',
        // (the input kind ends the phrase: not `不支持图片中的…`)
        '模型不支持(?:图片|图像|视频)(?:输入|识别|理解)?(?![\\u4e00-\\u9fff])',
        // Aider's ImageFetchError description (aider/exceptions.py)
        'unable to fetch one or more images',
        'unrecognized request argument',
        'invalid value for',
        'unsupported parameter',
        'is not of type',
        'field messages is required',
        'extra inputs are not permitted',
        // Moonshot prefixes every 400 with "Invalid request:"; the words after it say which.
        'invalid (?:type|json|request\\b(?!:))',
        'messages: (?:at least one|roles must alternate)',
        // (not `请求参数错误: <the provider's message>`, a client's label for any 400 before the provider's words: a wrapper,
        // read below; round 37)
        '(?<!请求)参数(?:错误|无效|有误)|请求参数(?:错误(?!\\s?[:：]\\s?\\S)|无效|有误)',
        // QChatGPT (now LangBot): [bot]err:API调用参数错误 for InvalidRequestError
        'api调用参数错误',
        // round 42 (apps): MaiBot's word for a 400 (MaiM-with-u/MaiBot src/llm_models/exceptions.py error_code_mapping 400
        // `参数不正确`, printed by RespNotOkException instead of the body)
        '(?:^|[:：]\\s?)参数不正确',
        'param(?:eter)? incorrect',
        'not supported by this model',
        '参数非法',
        // midjourney-proxy's VALIDATION_ERROR (code 4) wordings name the field: `prompt不能为空`, `base64格式错误`, `未知的 Action 类型`
        // (round 42, apps: not an empty base URL, `Base URL 不能为空`, read by invalid-url-client)
        '\\b(?!url\\s?不能为空)[a-z][a-z0-9_]*(?:或[a-z][a-z0-9_]*)?\\s?(?:不能为空|格式错误)',
        '未知的\\s?action',
        // Midjourney's own embed titles, as midjourney-proxy puts them in failReason: `[Invalid parameter] …` (novicezk
        // docs/api.md), `Invalid prompt, …` (trueai-org DiscordWebSocketService errorTitles); the field names the task
        // record, so the words outrank its FAILURE state
        '(?:"failreason"\\s*:\\s*"\\[?|\\[)invalid (?:prompt|parameter|link)(?:\\]|,)',
        // gcui-art/suno-api route checks: `Audio ID is required`, `Clip id is required`, `Song ID is required`
        '\\b(?:audio|clip|song) id is required',
        '参数有误',
        // cc-switch's local proxy refusing what the agent sent (src-tauri/src/proxy/error.rs InvalidRequest)
        '无效的请求[:：]',
        'invalid parameters',
        'missing one or multiple required parameters',
        'missing x-opencode-session',
        "unknown parameter: '",
        // OpenAI's validation wording: Invalid '<parameter>': <what is wrong> (a string too long is the context entry's)
        "\\binvalid '[^'\\s]{1,80}': (?!string too long)",
        // Gemini names the request field it rejects
        'generatecontentrequest\\.\\w+',
        '未指定模型名称',
        'model name not specified',
        '无法解析模型',
        'unable to parse model',
        'invalid midjourney request',
        // new-api's task relays (relay/common/relay_utils.go) and midjourney actions (service/midjourney.go)
        '\\bmodel field is required',
        '\\bprompt (?:field )?is required',
        '\\bunknown_(?:relay_)?action\\b',
        // new-api service/token_counter.go, answered with count_token_failed: the request's tools or images
        'tools: input should be a valid list',
        'fail(?:ed)? to decode image config',
        '\\bimage_url_is_nil\\b',
        // new-api: the playground without a model (controller/playground.go), rerank without a query
        // (relay/relay_rerank.go), midjourney actions missing a field (relay/relay-mj.go)
        '请选择模型',
        '\\bquery is empty\\b',
        // round 30 (gateway): new-api's rerank without documents (relay/relay_rerank.go) and a Suno fetch without its
        // task id (relay/channel/task/suno/adaptor.go `task id is empty`, code invalid_request)
        '\\bdocuments is empty\\b',
        '\\btask id is empty\\b',
        '\\b(?:task_id|custom_id|action|index|content|prompt)_is_required\\b',
        '\\b(?:index|content)_parse_failed\\b',
        // new-api's request checks (relay/helper/valid_request.go): `field model is required`, `model is required`,
        // `input is required` (Responses), `contents is required` (Gemini), `input is empty`
        '\\b(?:field \\w+|model) is required\\b',
        // as the message itself, not a sentence's words (`no input is required`)
        '(?<![a-z] )\\b(?:input|contents) is required\\b',
        '\\binput is empty\\b',
        // round 43 (newapi): new-api's other request checks in the same file (QuantumNous/new-api relay/helper/valid_request.go
        // GetAndValidateTextRequest `invalid search_context_size, must be one of: high, medium, low`, GetAndValidOpenAIImageRequest
        // `failed to parse image edit form request: %w`), and the refusal a channel's parameter override rule answers with when
        // the request meets its conditions (relay/common/override.go return_error, whose default message is `request blocked by
        // param override`, type invalid_request_error, code invalid_request; the older block mode's `request blocked by param
        // override conditions`): the request carries what the channel's rules refuse
        '\\binvalid search_context_size, must be one of\\b',
        '\\bfailed to parse image edit form request\\b',
        '\\brequest blocked by param override\\b',
        // round 43 (newapi): what new-api's multipart checks pass on from Go's net/http (golang/go src/net/http/request.go
        // ErrMissingBoundary `no multipart boundary param in Content-Type`, ErrNotMultipart `request Content-Type isn't
        // multipart/form-data`), under invalid_multipart_form or `failed to parse image edit form request: …`: a Content-Type
        // header set by hand without its boundary, or JSON sent to an endpoint that takes a form
        '\\bno multipart boundary param in content-type\\b',
        "\\brequest content-type isn't multipart/form-data\\b",
        '无效的\\s*midjourney\\s*请求',
        // new-api distributor.invalid_playground_request (i18n/locales) and the body checks its
        // distributor.invalid_request wraps (middleware/distributor.go getModelFromJSONBody)
        '无效的\\s*playground\\s*请求',
        'invalid playground request',
        // OpenAI's answer when it cannot fetch an image URL in the request (invalid_value, param url): `Error while
        // downloading file. Upstream status code: 404.`; the status inside is the image host's, not the API's
        'error while downloading file',
        // round 39 (media-b): the same image edit endpoint's messages, which clients and relays print without the code
        // (`Upstream Images API returned HTTP 400: Invalid mask image format - mask size does not match image size`, the mask
        // without an alpha channel `Invalid mask image format - mask image missing alpha channel`, DALL·E 2's `Invalid input
        // image - format must be in ['RGBA', 'LA', 'L'], got RGB.`; find_string ids 55211622269, 55183050154, 7138260188), and
        // Sora's 400 for an input_reference whose size is not the video's (`Inpaint image must match the requested width and
        // height`, invalid_request_error; find_string id 39730122702)
        '\\binvalid mask image format - mask\\b',
        '\\binvalid image file or mode for image \\d',
        '\\binvalid input image - (?:format must be|expected an image)\\b',
        '\\binpaint image must match the requested width and height\\b',
        // round 39 (media-b): Alibaba Model Studio (DashScope) 400 InvalidParameter.DataInspection for a Wan image or video input
        // (help.aliyun.com/zh/model-studio/error-code: `The media format is not supported or incorrect for the data
        // inspection.`; the download section `Failed to download multimodal content. / Download the media resource timed out
        // during the data inspection process. / Unable to download the media resource during the data inspection process.`:
        // the service could not fetch the URL in the request, an OSS intranet address or a slow cross-region host)
        '\\bthe media format is not supported or incorrect for the data inspection\\b',
        '\\b(?:download the media resource timed out|unable to download the media resource) during the data inspection process\\b',
        '\\bfailed to download multimodal content\\b',
        'invalid json request body',
        'field \\w+ must be a string',
        'size not supported',
        '(?:prompt|task_id|action|index|content)_is_required',
        'base64_is_required',
        'additional properties are not allowed',
        'could not parse the json body of your request',
        'you must provide a model parameter',
        // round 16 (zh-a): a chat API's request check for an empty model field (a Java chat endpoint's
        // `@NotBlank(message = "model参数缺失")`, find_string model参数缺失, ids 12003079804 and 12110050043; a PHP
        // service's `throw new \Exception("model参数缺失")`, id 35347766446); not `SubModel参数缺失`
        '\\bmodel\\s?参数缺失',
        'cannot unmarshal \\S{1,40} into go (?:struct field|value)',
        'length of messages must be an odd number',
        '读取请求体失败',
        '\\binvalid params\\b(?!, context window)',
        'request contains an invalid argument',
        // Go's encoding/json on a request body it cannot read; `'<'` is an HTML page answered instead of
        // JSON (a base URL that is a web page), which the html-instead-of-json entry reads
        "invalid character '(?!<').{1,4}' looking for beginning of (?:object key string|value)",
        'parameter specified in the request is not valid',
        'length of messages (?:is invalid|must be)',
        '\\bmust be (?:in|between) \\[?\\d',
        'does not represent a valid image',
        'malformed input request',
        '请(?:检查|确认)(?:您的)?请求参数',
        '服务器不明白您的请求',
        '含有语义错误',
        'cache_control cannot be set for empty text blocks',
        // Zhipu's request codes (docs.bigmodel.cn/cn/api/api-code: 1210 parameters, 1212 method, 1213 field not received,
        // 1214 field invalid, 1215 two settings at once); not 1211, its `模型不存在` (model-not-found)
        '"code"\\s*:\\s*"121[0345]"',
        'incorrect api call parameters',
        'current model does not support .{1,40} call method',
        'parameter not received properly',
        'cannot be set simultaneously',
        // the docs' template puts a space each side of the name (`当前模型不支持 ${method} 调用方式`)
        '当前模型不支持\\s?\\S{1,40}\\s?调用方式',
        '未正常接收到\\s?\\S{1,40}\\s?参数',
        'input cannot be empty',
        'only support stream mode',
        // round 39 (apps-zh): dify-on-wechat's reply to Dify's 400 `Agent Chat App does not support blocking mode` (hanfangyuan4396/
        // dify-on-wechat bot/dify/dify_bot.py _handle_error_response: `[DIFY] 请把config.json中的dify_app_type修改为agent再重启机器人尝试`):
        // an agent app called in blocking mode, which it must call streaming
        '\\[dify\\] 请把\\S{1,60}修改为agent再重启机器人',
        'does not support enable_search',
        'must be set to false for non-streaming calls',
        'thinking_budget parameter must be',
        'incremental_output parameter (?:must|of this model)',
        'must contain the word .json.',
        '暂时不支持当前设置的语种',
        'required parameter\\(s\\) missing or invalid',
        'missing from request',
        'must exist and cannot both be none',
        'invisible character ratio limit',
        '\\b(?:video|task)_id is required',
        // round 18 (en): DeepSeek's thinking mode wants each earlier assistant turn's `reasoning_content` sent back
        // (api-docs.deepseek.com guides/thinking_mode#tool-calls: `Missing reasoning_content field in the assistant
        // message at message index N`); Kimi's thinking models say the same `… at index N`: the client dropped a field
        'missing `?reasoning_content`? field in the assistant message',
        // round 24 (en): DeepSeek's thinking mode when an earlier turn's `reasoning_content` (or, on its Anthropic
        // endpoint, `content[].thinking`) was not sent back (`The \`reasoning_content\` in the thinking mode must be
        // passed back to the API.`; find_string `must be passed back to the API`, ids 61492277874, 66356457429)
        '\\bin the thinking mode must be passed back to the api',
        // round 37 (wrong-en): Moonshot's (Kimi's) own words for the same dropped field, a 400 invalid_request_error
        // (`thinking is enabled but reasoning_content is missing in assistant tool call message at index N`; OpenRouter
        // passes it on inside `Provider returned error` with provider_name Moonshot AI, find_string id 51877152438; clients'
        // workarounds quote it, ids 53890338497, 54639464117)
        '\\bthinking is enabled but reasoning_content is missing in assistant tool call message',
        // round 37 (wrong-en): Portkey's gateway refusing a request that names neither a config nor a provider, 400 (Portkey-AI/
        // gateway src/middlewares/requestValidator/index.ts: `Either x-portkey-config or x-portkey-provider header is required`;
        // what Claude Code and other clients send through it with a bare model name, find_string id 71551394503)
        '\\beither x-portkey-config or x-portkey-provider header is required',
        // botocore's client-side ParamValidationError (botocore/validate.py: `Parameter validation failed:\nInvalid
        // length for parameter toolConfig.tools[0].toolSpec.description, value: 0, valid min length: 1`, find_string id
        // 113548871), which Bedrock gateways answer as a 500: the request, not the gateway, is wrong
        'parameter validation failed:(?:\\s|\\\\n)+(?:invalid (?:length|type|range|value) for parameter|missing required parameter in|unknown parameter in)',
        // round 18 (zh-b): Qianfan's request codes, whatever the message says (InvalidArgument 336001, InvalidJSON
        // 336002, InvalidParam 336003, InvalidHTTPMethod 336101, InvalidArgumentSystem 336104,
        // InvalidArgumentUserSetting 336105; baidubce/bce-qianfan-sdk python/qianfan/consts.py)
        qianfanCode('336(?:00[123]|10[145])'),
        // round 36 (apps-a): LobeHub's InvalidRequestFormat and CapabilityNotSupported in both languages
        // (lobehub/lobehub locales/zh-CN and en-US modelRuntime.json: `抱歉，上游提供商拒绝了请求，因为格式不正确`, `the upstream provider
        // rejected the request as malformed`; `抱歉，此模型不支持请求的功能（例如视觉输入或工具调用）`, `this model does not support the requested
        // capability`); the English of the 400 tips whose Chinese this entry reads (LobeChat locales/en-US/error.json
        // response.400 `Sorry, the server does not understand your request. Please make sure your request parameters
        // are correct.`; Cherry Studio en-us locale error.http.400 `… If you have changed the model settings, please
        // reset them to the default settings`)
        '上游提供商拒绝了请求[，,]\\s?因为格式不正确',
        '\\bupstream provider rejected the request as malformed\\b',
        '此模型不支持请求的功能',
        '\\bthis model does not support the requested capability\\b',
        '\\bthe server does not understand your request\\. please make sure your request parameters are correct',
        '\\bif you have changed the model settings, please reset them to the default settings\\b',
        // round 36 (gaps-zh): Qianfan's 336006 for a messages list out of turn, the siblings of its odd-length row
        // (ChatGPTNextWeb/NextChat app/client/platforms/baidu.ts quoting `"error_code": 336006, "error_msg": "the role of
        // message with even index in the messages must be user or function"`; bbs.itying.com topic 67bf632f36bb8501316f9569
        // quoting the odd-index row `the role of message with odd index in the messages must be assistant`)
        'the role of message with (?:even|odd) index in the messages must be',
        // round 36 (gaps-zh): DeepSeek's 400 when thinking mode meets a forced tool_choice, as clients that hit it quote it and
        // fix it with `auto` or thinking disabled (find_string ids 66038649157, 70076737567, 69121493362, 68540452282:
        // `Thinking mode does not support this tool_choice`)
        'thinking mode does not support this tool_choice',
        // round 36 (gaps-zh): Alibaba Model Studio's 400 for a request with no user message (help.aliyun.com/zh/model-studio/
        // error-code, find_string ids 3711045017, 55293256595: `The input messages do not contain elements with the role of
        // user.` 调用模型时，未向模型传入 User Message), often `InternalError.Algo.InvalidParameter: …`
        'the input messages do not contain elements with the role of user',
        // round 36 (gaps-zh): vLLM's check of max_tokens against the served length, the output budget alone too large
        // whatever the conversation (`vllm.exceptions.VLLMValidationError: max_tokens=8888 cannot be greater than
        // max_model_len=max_total_tokens=3072.`, `… Please request fewer output tokens.`, find_string ids 67642140540,
        // 53961825538, 69527515530): a value to lower, as this entry's meaning says
        '\\bmax_(?:completion_)?tokens=\\d+ cannot be greater than max_(?:model_len|total_tokens)\\b',
        // round 36 (gaps-zh): a DeepSeek Harness IM bot's words for an option or content the model does not take
        // (message-failure.mjs, find_string id 68553303870: PROVIDER_FAILURES UNSUPPORTED_OPTION,
        // UNSUPPORTED_REASONING_EFFORT, UNSUPPORTED_CONTENT → MODEL_CONFIG `当前模型不支持这类内容或所选配置。请调整内容、模型或推理等级后重试。`)
        '当前模型不支持这类内容或所选配置',
        // round 39 (gateways-b): Kong's ai-proxy on a streaming request to a route that does not allow streaming (Kong/kong
        // kong/llm/plugin/shared-filters/normalize-request.lua, a 400 `response streaming is not enabled for this LLM`)
        '\\bresponse streaming is not enabled for this llm\\b',
        // round 41 (gateway): its other 400s on the body (Kong/kong kong/llm/plugin/shared-filters/normalize-request.lua bail:
        // `content-type header does not match request body, or bad JSON formatting`, `request body doesn't contain valid
        // prompts` (no messages and no prompt), `model parameter not found in request, nor in gateway configuration`)
        '\\bcontent-type header does not match request body, or bad json formatting\\b',
        "\\brequest body doesn't contain valid prompts\\b",
        '\\bmodel parameter not found in request, nor in gateway\\b',
        // round 41 (gateway): uni-api's checks of the body (yym68686/uni-api uni_api/runtime.py, a 422 `Request requires a
        // model` / `Request body requires a model`; uni_api/providers/image_inputs.py, a 400 `Unable to fetch image URL` when
        // the image the request links to cannot be downloaded): the request, not the gateway's address
        '\\brequest (?:body )?requires a model(?=[ \\t]*(?:$|[\\r\\n"\'.,;:)}\\]]))',
        '\\bunable to fetch image url\\b',
        // round 41 (gateway): Portkey's request validator on the provider and config headers (Portkey-AI/gateway
        // src/middlewares/requestValidator/index.ts, each a 400 `{"status":"failure","message":…}`: `Invalid provider passed`,
        // `Invalid config passed`, `Either x-portkey-provider needs to be passed. Or the x-portkey-config header should have a
        // valid config with provider details in it.`, `This version of config is not supported in this route. Please migrate
        // to the latest version`); the `Either x-portkey-config or …` wording is read above
        // (round 42 (relays): and `Invalid content type passed`, a body that is not JSON or multipart)
        '"message"\\s*:\\s*"invalid (?:provider|config|content type) passed\\b',
        '\\bthe x-portkey-config header should have a valid config with provider details\\b',
        // (from `config` on: `version` as a word of the similarity reading tilted unrelated pastes' other causes)
        '\\bof config is not supported in this route\\b',
        // round 39 (gateways-b): Higress's ai-proxy on a body without a model (alibaba/higress plugins/wasm-go/extensions/
        // ai-proxy/provider/provider.go `missing model in request`, sent by main.go onHttpRequestBody as a text/plain 500
        // `failed to process request body: missing model in request`). This entry does not take a 500 (taking one would read
        // relays' own 500s that quote a request's words, new-api's convert_request_error among them, as the request).
        // round 40 (relay-500): only the inner words now; the wrapper before them is gateway-internal-error's `wraps`, which
        // makes the 500 Higress's own, so it no longer sinks this entry under the gateway's status-only reading
        '\\bmissing model in (?:chat completion )?request\\b',
        // round 41 (gateway): LiteLLM's proxy refusing what the request carries, by its own settings (BerriAI/litellm
        // litellm/proxy/auth/auth_checks.py common_checks: `'user' param not passed in. 'enforce_user_param'=True`,
        // `Client-side 'metadata.tags' not allowed in request. …`, a 400 `Requests made with this agent's key must include the
        // x-litellm-trace-id header.`): the request must add or drop that field or header
        "'user' param not passed in\\. 'enforce_user_param'",
        "\\bclient-side 'metadata\\.tags' not allowed in request\\b",
        "\\brequests made with this agent's key must include the x-litellm-trace-id header\\b",
      ],
      describes: [
        // round 45 (desc-policy): a model said not to support tool (function) calling, so a request that carries tools fails:
        // the field, not the key or the model's name (`某些模型不支持工具调用`, agentscope-ai/agentscope#1264; `不支持调用工具的模型`,
        // tashfeenahmed/freellmapi#371; Ollama's own `does not support tools` is a pattern above). Not a rule or a case
        // (`如果模型不支持工具调用，…`, `是否…`), a question (`…吗`), or a model said to support it. English descriptions found
        // were rules (`if model doesnt support tool calling`), left out. `不支持工具调用的模型` (models without tool calling) only
        // as the model used or chosen (round 45 review: a FastGPT troubleshooting note's cause `在oneapi渠道中选择了不支持工具调用的模型`,
        // find_string id 66979579517; `尝试使用不支持工具调用的模型时遇到静默失败`, id 69138845342): bare, nine of ten places find_string
        // gives are docs, settings notes and code comments naming that class of models (`不支持工具调用的模型仅可用于只读问答`,
        // `…请关闭工具能力`, `为不支持工具调用的模型提供了兼容`, ids 57410389368, 54675915137, 38008039022), and a rule against
        // choosing one (`避免使用…`) stays out. No tuning paste: either source's line, as a paste, flipped a bare 403's learned order
        // in retraining (the tie d392d80 and f805f0c met); the unit tests hold both
        '(?<!(?:如果|若|假如|倘若|要是|当(?!前)|當(?!前)|是否)[^，。？?\\n]{0,16})(?:模型|model)\\s?(?:不支持|不支援)(?:工具调用|工具調用|调用工具|調用工具|函数调用|函數調用|function ?call(?:ing)?|tool ?call(?:ing)?|tools)(?![^，。\\n]{0,12}[吗嗎？?])',
        '(?<!(?:如果|若|假如|倘若|要是|当(?!前)|當(?!前)|是否)[^，。？?\\n]{0,16})(?<!避免|不要|请勿|勿|别|以免|防止)(?:使用|选择|选用|选了|用了|换成|切换到|切到)了?\\s?不支持(?:工具调用|工具調用|调用工具|調用工具)的模型(?![^，。\\n]{0,12}[吗嗎？?])',
      ],
      wraps: [
        // round 37 (wrong-zh): LangBot's requesters label every openai.BadRequestError `请求参数错误: {e.message}` (langbot
        // pkg/provider/modelmgr/requesters chatcmpl.py, after its own context check `上文过长，请重置会话`; find_string `请求参数错误:
        // {e.message}`, ids 2209444793, 3041105542, 50445843386), as other apps do around their SDK's 400 (a meal planner's
        // `MealPlanError(f"请求参数错误: {e.message}", status_code=400)`, id 44746471368): the request was refused, and the
        // provider's message after the colon says why (DeepSeek's `Model Not Exist` is the model). Alone it stays a bad request
        '请求参数错误\\s?[:：]\\s?(?=\\S)',
        // round 40 (workflows): n8n's message for any 400 and other 4xx (n8n-io/n8n
        // packages/workflow/src/errors/node-api.error.ts STATUS_CODE_MESSAGES['400'] `Bad request - please check your
        // parameters`, ['4XX'] `Your request is invalid or could not be processed by the service`), shown above the
        // API's own message, which names what was refused (a context too long, a group with no channel)
        'bad request - please check your parameters',
        'your request is invalid or could not be processed by the service',
        // round 40 (workflows): Dify's InvokeBadRequestError around the provider SDK's 400 (langgenius/dify
        // api/core/model_runtime/errors/invoke.py description `Bad Request Error`, model_providers/__base/ai_model.py
        // _transform_invoke_error `[{provider}] {description}, {error}`; the plug-in daemon's PluginInvokeError carries
        // it as error_type InvokeBadRequestError): openai-python's BadRequestError is a context too long or a filtered
        // prompt as much as a bad parameter, so the words after it name the cause (the code was read as the cause until
        // round 40); the class name only as an error, not its definition or a raise (`InvokeBadRequestError(`)
        '\\[[a-z][\\w .-]{0,40}\\] bad request error\\b',
        // (review: nor code that catches or imports it, `except …:`, `isinstance(e, …)`: only before its colon or in quotes,
        // as a traceback or the plug-in daemon's error_type prints it)
        '\\binvokebadrequesterror\\b(?=\\s?:|["\'])(?<!\\bexcept [\\w.]{0,80})',
      ],
    },
    title: { zh: '请求参数有误（400）', en: 'Invalid request parameters (400)' },
    meaning: {
      zh: '请求里某个参数这个模型不认识或取值不对，例如推理模型不支持 temperature、max_tokens 过大。',
      en: 'A parameter is unknown to this model or has a bad value, such as temperature on a reasoning model or an oversized max_tokens.',
    },
    steps: [
      {
        zh: '看报错里的 param 字段或引号里的参数名，在客户端设置里去掉或改回默认值。',
        en: 'Find the parameter named in the error (param or in quotes) and remove it or reset it in the client.',
      },
      {
        zh: '换一个模型试同样的请求，判断是不是这个模型不支持。',
        en: 'Try the same request on another model to see whether this model just lacks support.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#invalid-parameters',
    examples: [
      {
        text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.\", 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'unsupported_parameter'}}",
        source: 'openai/openai-python issues (o1 unsupported_parameter)',
      },
      {
        text: '{"error":{"message":"field messages is required (request id: 20240611174522839123456)","type":"one_api_error","param":"","code":"invalid_text_request"}}',
        source: 'songquanpeng/one-api relay/controller/validator/validation.go',
      },
      {
        text: '{"type":"error","error":{"type":"invalid_request_error","message":"messages: roles must alternate between \\"user\\" and \\"assistant\\", but found multiple \\"user\\" roles in a row"}}',
        source: 'Anthropic 400 (anthropics/anthropic-sdk-python issues)',
      },
    ],
  },
  {
    id: 'html-instead-of-json',
    cause: 'base_url',
    layer: 'client',
    statuses: [200, 404, 405],
    defaultFor: [405],
    dialects: ['client'],
    match: {
      codes: [],
      patterns: [
        // round 42 (apps): Obsidian Copilot's model listing when the address answered 2xx with a body that is no JSON, or JSON
        // without a `data` list (logancyang/obsidian-copilot src/modelManagement/providers/adapters/
        // listOpenAICompatibleModels.ts mapResponse): a web page or another service at the base URL, not the API
        '\\bendpoint returned an unreadable response\\b',
        '\\bendpoint did not return a model list\\b',
        // round 42 (apps): Easydict's reading of a stream request answered with a web page (tisfeng/Easydict Easydict/Swift/
        // Service/OpenAI/StreamService+UpdateResult.swift classifiedQueryError, Localizable.xcstrings error.content_type.html
        // `Endpoint returned an HTML page` / `端点返回了 HTML 页面`, with the suggestion to check that the endpoint URL holds the
        // full API path)
        '\\bendpoint returned an html page\\b',
        '端点返回了\\s?html\\s?页面',
        // round 45 (desc-basenet): apps' own words for an address that answered with a web page where the API's JSON was
        // expected, which most of them settle as the base URL: a relay's channel test (find_string id 58958261002 `上游返回的是
        // HTML 页面而不是 JSON 数据，说明请求没有真正到达接口。常见原因：BaseURL 配置错误（多写或少写 /v1、结尾多了斜杠）…`), an
        // upload client (id 40877078838 `API URL 可能配置错误，服务器返回了 HTML 页面而不是 JSON。`), a relay checker (id 55586660122
        // `上游返回了 HTML 页面而不是 JSON。` … `检查 baseUrl 是否正确（应该是 .../v1 而不是网站首页）`), a video client (id 55826281255
        // `接口返回了 HTML 而不是 JSON，通常是 NewAPI 地址错误`), a Go gateway client (id 69384953652 `returned an HTML page instead of
        // JSON — check that base_url points at the API root`) and a web client (id 41048453742 `Server returned HTML page instead
        // of JSON. Check API endpoint.`); one app names a failed login beside the route (id 15902440282), so the address, the
        // most named, leads. Returned, then an HTML page or HTML, then instead of JSON; not a check or a question on it (`检查接口
        // 是否返回了 HTML 而不是 JSON`, `是不是返回了 HTML 而不是 JSON？`), round 45's second review
        '(?<!(?:是否|是不是|有没有)[^，。！？\\n]{0,6})返回(?:了|的是)?\\s?(?:一个)?\\s?html(?:\\s?(?:页面|网页|错误页))?\\s?[，,]?\\s?(?:而不是|而非)\\s?json',
        '\\breturned (?:an? |the )?(?:frontend )?html (?:page|document|response) instead of json\\b',
        // round 42 (apps): nekro-agent's model listing when the address answered with something that is no model list
        // (KroMiose/nekro-agent nekro_agent/services/agent/openai.py `模型列表响应格式无效`), as Obsidian Copilot's above
        '模型列表响应格式无效',
        "unexpected token '?<'?",
        '<!doctype',
        'is not valid json',
        'expecting value: line 1 column 1',
        'json\\.parse: unexpected character',
        'jsondecodeerror',
        'invalid character .<. looking for beginning of value',
        // .NET System.Text.Json (ExpectedStartOfValueNotFound): `'<' is an invalid start of a value. Path: $ | LineNumber: 0`
        "'<' is an invalid start of a value",
        // the Vercel AI SDK (provider-utils response-handler.ts createJsonResponseHandler) when a 2xx body is not
        // the JSON the provider expects: APICallError `Invalid JSON response`, as apps built on it show it
        'invalid json response',
        // the OpenAI Swift client Easydict pins (tisfeng/OpenAI, a MacPaw/OpenAI fork: HTTPError.incorrectContentType)
        // when a stream request gets no event stream back: `… acceptable type is text/event-stream. This may be
        // caused by a wrong endpoint: <url>`
        'acceptable type is text/event-stream',
        // round 14 (Chinese): a client library naming the HTML it got where JSON was due: the Stainless Go SDKs
        // (openai-go, anthropic-sdk-go internal/requestconfig `expected destination type of 'string' or '[]byte' for
        // responses with content-type '…' that is not 'application/json'`), aiohttp's ClientResponse.json
        // (ContentTypeError `Attempt to decode JSON with unexpected mimetype: …`) and Spring's RestTemplate (`no suitable
        // HttpMessageConverter found for response type […] and content type […]`); only text/html, since text/plain or
        // an empty type is a server that forgot its header, not a web page
        "for responses with content-type '?text/html",
        'unexpected mimetype:? text/html',
        'and content type \\[text/html',
        'unexpected end of json input',
        'method not allowed',
        "cannot read properties of undefined \\(reading '(?:map|content|choices|0)'\\)",
        '不支持您使用的请求方法',
        // LobeHub's current zh-CN error locale (response.405)
        '请求方法不被支持',
        // round 14 (English): aiohttp's ContentTypeError (client_reqrep.py ClientResponse.json) when a web page comes
        // back where JSON was expected: `0, message='Attempt to decode JSON with unexpected mimetype: text/html…'`
        'attempt to decode json with unexpected mimetype: text/html',
        // round 23 (gateway pages dmx-b): Dify's OpenAI-API-compatible provider when the endpoint it checks a key
        // against answers something that is not JSON (langgenius/dify core/model_runtime/model_providers/
        // openai_api_compatible llm.py and text_embedding.py validate_credentials, now the openai_api_compatible
        // plugin: `Credentials validation failed: JSON decode error`, newer ones adding `, response body <page>`)
        'credentials validation failed: json decode error',
        // round 36 (apps-a): the English of LobeChat's 405 tip (lobehub/lobehub locales/en-US/error.json response.405
        // `Sorry, the server does not support the request method you are using…`), whose Chinese this entry reads
        '\\bdoes not support the request method you are using\\b',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 UnexpectedApiResponseError, when a 2xx body is no Anthropic
        // Message (`API returned an empty or malformed response (HTTP 200) — check for a proxy or gateway intercepting the
        // request. Response: content-type text/html, body is an HTML page, …`)
        'api returned an empty or malformed response \\(http (?:\\d{3}|unknown)\\)',
        // round 40 (frameworks): async-openai's JSONDeserialize when the body is not JSON at all (64bit/async-openai
        // async-openai/src/error.rs `failed to deserialize api response: {0}` around serde_json's `expected value at line 1
        // column 1`; 64bit/async-openai#221: a `File Not Found` page from a local server's wrong path)
        '\\bfailed to deserialize api response: (?:error:\\s?)?expected value at line 1 column 1\\b',
        // round 40 (frameworks): Jackson's parse error on a web page where JSON was due (FasterXML/jackson-core
        // ParserMinimalBase._reportUnexpectedChar, `Unexpected character ('<' (code 60)): expected a valid value (JSON String,
        // Number, Array, Object or token 'null', 'true' or 'false')`), which openai-java (and so Spring AI 2.x) prints under its
        // `OpenAIInvalidDataException: Error reading response` (openai/openai-java openai-java-core/src/main/kotlin/com/openai/
        // core/handlers/JsonHandler.kt; that wrapper alone is also a timeout's or an empty body's, so only the `<` is read),
        // as Go's `invalid character '<'` and .NET's `'<' is an invalid start of a value` above
        "\\bunexpected character \\('<' \\(code 60\\)\\)",
      ],
    },
    title: { zh: '收到的是网页（HTML），不是接口数据', en: 'Got a web page (HTML) instead of API data' },
    meaning: {
      zh: '接口地址指向了一个网页（控制台首页、官网或代理的错误页），客户端按 JSON 解析时就报“Unexpected token <”。',
      en: 'The base URL points at a web page (the console, a homepage or a proxy’s error page), so parsing it as JSON fails with “Unexpected token <”.',
    },
    steps: [
      {
        zh: '把客户端的接口地址改成 {{gw.apiBaseUrl}}（注意结尾的 /v1）。',
        en: 'Set the client’s base URL to {{gw.apiBaseUrl}} (note the /v1 at the end).',
      },
      {
        zh: '不要填控制台网址；也不要在结尾加 /chat/completions。',
        en: 'Do not use the console’s address, and do not add /chat/completions at the end.',
      },
      {
        zh: '地址正确仍出现：可能是公司网络或代理返回了拦截页，换网络再试。',
        en: 'Address is right and it persists: a company network or proxy may be serving a block page; try another network.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/base-url#html-instead-of-json',
    examples: [
      {
        text: 'SyntaxError: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON',
        source: 'V8 JSON.parse message (ChatGPTNextWeb/NextChat and lobehub/lobe-chat issues)',
      },
      {
        text: 'Unexpected token < in JSON at position 0',
        source: 'older V8 JSON.parse message (ChatGPTNextWeb/NextChat issues)',
      },
      {
        text: 'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
        source: 'Python json module (openai/openai-python issues behind a proxy)',
      },
    ],
  },
  {
    id: 'console-url-as-base',
    cause: 'base_url',
    layer: 'client',
    statuses: [200],
    defaultFor: [],
    dialects: ['one-api', 'new-api'],
    match: {
      codes: [],
      patterns: [
        'you need to enable javascript to run this app',
        '<div id="root"></div>',
        '<title>(?:one api|new api)</title>',
      ],
    },
    title: { zh: '接口地址填成了控制台网址', en: 'Base URL is the console’s web address' },
    meaning: {
      zh: '请求打到了控制台网页上，收到的是网页的 HTML 外壳。缺了 /v1 时，one-api 类网关也会返回这个页面。',
      en: 'The request hit the console’s web page and got its HTML shell. Without /v1, one-api-style gateways serve this page too.',
    },
    steps: [
      {
        zh: '把接口地址改成 {{gw.apiBaseUrl}}，不是 {{gw.console.home}}。',
        en: 'Use {{gw.apiBaseUrl}} as the base URL, not {{gw.console.home}}.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/base-url#console-url',
    examples: [
      {
        text: '<!doctype html><html lang="zh"><head><meta charset="utf-8"/><title>One API</title></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>',
        source: 'songquanpeng/one-api router/web.go NoRoute serves web/build index.html with HTTP 200',
      },
    ],
  },
  {
    id: 'doubled-v1',
    cause: 'base_url',
    layer: 'client',
    statuses: [404],
    defaultFor: [],
    dialects: ['one-api', 'new-api', 'openai'],
    match: {
      codes: [],
      patterns: [
        // round 27 (apps): LobeChat locales/en-US/error.json ConnectionCheckFailed (`The request returned empty. Please
        // check if the API proxy address does not end with \`/v1\``): the base URL's /v1 suffix
        'api proxy address does not end with',
        '/v1/v1',
        '/chat/completions/chat/completions',
        // round 14 (Chinese): a base_url (or api_base) set to the whole endpoint, which SDKs extend with
        // /chat/completions again, as people report it (`base url是https://…/v1/chat/completions`, PDFMathTranslate
        // #597; `base_url="https://…/v1/chat/completions"`, chatanywhere/GPT_API_free #385; `openai.api_base = url` with
        // url ending /v1/chat/completions, LinLin00000000/vercel-proxy-openai #2); not an app's 接口地址 or API 地址
        // field, which some apps (Immersive Translate, TscanPlus) want with the full path
        '(?<![a-z])(?:base[_ ]?url|api[_ ]?base)\\W{0,4}(?:是|为|填(?:了|的|成)?|设(?:置)?(?:为|成)?)?\\s*[\'"]?https?://[^\\s\'"]+/chat/completions(?![/\\w])',
        // round 36 (apps-a): LobeHub's ConnectionCheckFailed in Chinese (lobehub/lobehub
        // locales/zh-CN/modelRuntime.json `请求返回为空。请检查API代理地址是否未以`/v1`结尾。`), the English read above
        '请检查\\s?api\\s?代理地址是否未以',
      ],
      describes: [
        // round 29 (zh): one v1 too many in the built address (`最终拼接的路径是/v3/v1/chat/completions，多了一个v1`, AmoyLab/Unla
        // #187; `因為在url里多了個v1導致請求失敗`, ding113/claude-code-hub#139); not a version that gained a feature (`v1.5`)
        '多了?(?:一个|一個|个|個)\\s?[`\'"“]?/?v1(?![\\w.])',
        // round 29 (zh): the address joined twice (`智谱API 地址重复拼接导致请求错误`, IndieKKY/bilibili-subtitle#110;
        // `baseUrl 已包含 /v1 时避免重复拼接`, cita-777/metapi#87); not a file path joined twice
        '(?:地址|url|端点|端點|endpoint|/?v1|chat/completions)[^。，,\\n]{0,8}(?:重复|重複)(?:拼接|追加|添加)',
        // round 29 (zh): the client adds /v1 or /chat/completions itself (`一定會在base_url之後加v1`, `都會被加上v1`,
        // ding113/claude-code-hub#139; `回退自动追加`/chat/completions`后缀`, ccfos/nightingale#3316; `非v1的api地址会被强制覆盖为v1`,
        // ztx888/HaloWebUI#10); not a release tag (`自动加上v1.2.3`) or another version (`v1beta`)
        '(?:自动|自動|默认|默認|一定会|一定會|强制|強制|被)[^。，,\\n]{0,12}?(?:加上|加|追加|拼接|补全|補全|添加|补上|補上|覆盖为|覆蓋為)\\s?[`\'"“]?/?(?:v1|api/v1|chat/completions)(?![\\w.])',
        // round 29 (en): a doubled /v1 in people's words (`produces a doubled /v1/v1 (404)`, xiaolai/vmark#1084; `remove
        // duplicate /v1 from groq and openrouter base urls`, lucasnevespereira/nevinho#53; `Fix duplicate /v1 in opencode
        // client URLs`, WayfinderFoundation/wayfinder-paths-sdk#204; `strip duplicate /v1 prefix`, ogx-ai/ogx#6294); not a
        // server's own routes or handlers
        '\\b(?:doubled?|duplicated?|repeated) [`\'"]?/v1\\b(?![\\w/]*[`\'"]? (?:routes?|handlers?|namespaces?)\\b)',
        // round 29 (en): the client appends v1 to the base URL (`appending `v1` to the base url`, Soju06/codex-lb#267;
        // `append '/v1' only to base URLs`, soliplex/soliplex#1295; `appends `/v1/chat/completions` to the base URL`,
        // lucasnevespereira/nevinho#53)
        '\\bappend(?:s|ed|ing)? [`\'"]?/?v1\\b[^.\\n]{0,30}? to (?:the )?base ?urls?\\b',
      ],
    },
    title: { zh: '地址里 /v1 重复了', en: '/v1 appears twice in the address' },
    meaning: {
      zh: '客户端会自己拼接 /v1 或 /chat/completions，你填的地址里已经有了，于是重复。',
      en: 'The client appends /v1 or /chat/completions itself, and the address you entered already had it.',
    },
    steps: [
      {
        zh: '看客户端说明：要求“接口地址”的填 {{gw.apiOrigin}}，要求 base_url 的填 {{gw.apiBaseUrl}}。',
        en: 'Read the client’s hint: a field asking for the host takes {{gw.apiOrigin}}; one asking for base_url takes {{gw.apiBaseUrl}}.',
      },
      { zh: '去掉结尾多余的 /v1 或 /chat/completions。', en: 'Remove the extra /v1 or /chat/completions at the end.' },
    ],
    retry: 'no',
    article: '/troubleshooting/base-url#doubled-v1',
    examples: [
      {
        text: '{"error":{"message":"Invalid URL (POST /v1/v1/chat/completions)","type":"invalid_request_error","param":"","code":""}}',
        source: 'songquanpeng/one-api controller/relay.go RelayNotFound',
      },
    ],
  },
  {
    id: 'wrong-path-404',
    cause: 'base_url',
    layer: 'client',
    statuses: [404],
    // 400 with its own words (round 37, lead): Model Studio answers a model called on a path that does not serve it with a
    // 400 InvalidParameter, `url error, please check url` (below); round 41 (gateway): 500 with its own words, gpt-load's
    // unknown group in the path (below)
    statusesWithWording: [400, 500],
    defaultFor: [404],
    dialects: ['one-api', 'new-api', 'openai', 'client'],
    match: {
      codes: ['api_not_implemented', 'unknown_url'],
      patterns: [
        // round 43 (gateways): Helicone's AI gateway for a router id in the path it has no router for (Helicone/ai-gateway
        // ai-gateway/src/error/invalid_req.rs InvalidRequestError::RouterIdNotFound, a 404 invalid_request_error `Router id not
        // found: <id>`): the base URL names a router that does not exist
        '\\brouter id not found: ',
        // round 42 (apps): Obsidian Copilot's model listing when GET base + `/models` answered 404 on an address without /v1
        // (logancyang/obsidian-copilot src/modelManagement/providers/adapters/listOpenAICompatibleModels.ts, appended to
        // `HTTP 404…`)
        'if your endpoint serves the openai api under /v1, add it to the base url',
        // round 43 (agents): Huawei Cloud MaaS's guide to TRAE's custom models (support.huaweicloud.com/Token-plan-maas/
        // tokenplan-maas-0016.html and access-tools-maas/access-tools-0013.html, 常见报错排查: `404 The API does not exist`,
        // 原因 `Base URL路径不完整`, fixed by completing /chat/completions or /v1/messages when TRAE's full-URL switch is on):
        // its API gateway's answer to a path it does not route. After its status or as a JSON message only, not prose (`the
        // API does not exist yet`)
        '(?:\\b404\\W{1,3}|["\']\\s?)the api does not exist\\b',
        // round 41 (agents): Crush's connection test of a provider, a GET of base_url + `/models` that answered 404
        // (charmbracelet/crush@37f36e9 internal/config/config.go ProviderConfig.TestConnection `failed to connect to provider
        // %s: %s` with resp.Status): it reached a server, the address lacks or misplaces its /v1; 401 is read as a key
        '\\bfailed to connect to provider [\\w.-]{1,40}: 404\\b',
        // round 36 (gaps-en): 1min-relay's 1212 (kokofixcomputers/1min-relay main.py ERROR_HANDLER `Incorrect Endpoint. Please
        // use the /v1/chat/completions endpoint.`, answered to a POST on its root), which its log shows only by the code
        "error has occurred while processing the user['’]s request\\. error code: 1212\\b",
        'incorrect endpoint\\. please use the /v1/chat/completions endpoint',
        'invalid url \\((?:get|post|put|delete) ',
        // round 36 (lead): OpenAI's answer to a path it has no route for, code unknown_url (`Unknown request URL: POST
        // /v1/chat/completion.`, as an OpenAI stub replays it, find_string id 1924101893; a client that takes it for a path
        // to try another way, id 24253860414; a test of a fallback that meets it on /v1/responses with a 400, id 58570209714)
        'unknown request url: (?:get|post|put|delete|patch) /',
        // round 37 (lead): Model Studio's (DashScope's) 400 InvalidParameter for an endpoint that does not serve the model
        // (`url error, please check url！`, help.aliyun.com/zh/model-studio/error-code#error-url; a multimodal model called on
        // the text-generation path, find_string ids 66654961720, 69008509736; a relay's FAQ: the base URL's path does not
        // match the protocol, id 59780742326)
        'url error, please check url',
        // round 42 (relays): Azure API Management when the path matches no API or operation it publishes (MicrosoftDocs/azure-docs articles/api-management/api-management-error-handling-policies.md,
        // OperationNotFound `Unable to match incoming request to an operation.`, a 404): the base URL or the path is wrong
        '\\bunable to match incoming request to an operation\\b',
        // round 42 (relays): one-hub's and done-hub's Midjourney route with a speed mode in the path it does not know
        // (MartialBE/one-hub and deanxv/done-hub middleware/auth.go MjAuth, `midjourneyAbortWithMessage(c, 4, "无效的加速模式")`
        // for a :mode other than mj-fast, mj-turbo or mj-relax, as in `/mj-fast/mj/submit/imagine`): the address is wrong
        '无效的加速模式',
        '404 page not found',
        'cannot (?:post|get) /',
        '^not found$',
        '"detail"\\s*:\\s*"not found"',
        '^\\W{0,3}404 not found\\W{0,3}$',
        '<(?:title|h1)>404 not found',
        // openai-node's message for a 404 that came back without a body (APIError.makeMessage): the route is
        // not served there, as a relay answers a path it does not know
        '\\b404 status code \\(no body\\)',
        'unsupported openapi method',
        'api not implemented',
        '接口(?:地址)?不存在',
        // round 11 (Chinese): a client's words for its 404 (find_string API 地址错误: `AI API 地址错误，请检查 AI_OPENAI_BASE_URL 配置是否正确`)
        // round 27 (apps): and in English with the API named (openai-translator src/common/engines/deepseek.ts and
        // moonshot.ts throw `Invalid API URL` on a 404), or the other way round in Chinese
        '\\binvalid api (?:url|endpoint|address)\\b',
        // Open WebUI's OPENAI_NOT_FOUND (backend/open_webui/constants.py `OpenAI API was not found`) for a 404 from the
        // OpenAI-compatible URL it was given
        '\\bopenai api was not found\\b',
        '(?:api|接口)\\s?地址(?:错误|无效|不正确|有误)',
        '找不到您请求的页面或资源',
        // LobeHub's current zh-CN error locale (response.404)
        '未找到该页面或资源',
        '(?:provider|api) endpoint (?:was )?not found',
        // round 16 (en): FreeGPT35 and the other free ChatGPT relays it was forked from answer any path but
        // /v1/chat/completions with a 404 `The requested endpoint was not found. please make sure to use
        // "http://localhost:3040/v1" as the base URL.` (or `… "/v1/chat/completions" as the endpoint.`)
        'please make sure to use \\S{1,200} as the (?:base url|endpoint)',
        // GitHub Copilot Chat's request log line `ccreq:<id> | <result> | <model> | <ms>ms`, where `notFound` is
        // ChatFetchResponseType.NotFound, its reading of a 404 (microsoft/vscode-copilot-chat chatMLFetcher): for a
        // BYOK model the resolved URL serves no such path
        '\\bccreq: ?\\S+ \\| notfound \\|',
        // Dialoqbase's 404 when `<base URL>/models` gave it no model list (n4ze3m/dialoqbase admin model.handler.ts: before
        // 58e543b `Unable to fetch model. Inputed url is not openai api compatible`, since then `Unable to fetch models.
        // Make sure the url is correct …` and, for Ollama, `… Make sure Ollama is running and the url is correct`)
        'inputed url is not openai api compatible',
        'unable to fetch models?(?: from ollama)?\\. make sure (?:ollama is running and )?the url is correct',
        // round 40 (agents-zh): CC Switch's provider form when no model-list path answered at the base URL it was given
        // (farion1231/cc-switch src/i18n/locales/zh.json fetchModelsEndpointNotFound `未找到可用的模型列表端点，请检查 Base URL 或确认
        // 供应商是否开放该接口`, en.json `No reachable models endpoint found. Please check the Base URL …`)
        '未找到可用的模型列表端点',
        '\\bno reachable models endpoint found\\b',
        // round 18 (en): werkzeug's NotFound description (pallets/werkzeug src/werkzeug/exceptions.py), the 404 body of
        // every Flask- or Connexion-served API (HTML, `{"message": …}` or problem+json `detail`) for a path it does not route
        'the requested url was not found on the server\\.',
        // round 36 (apps-a): the English of LobeChat's 404 tip (lobehub/lobehub locales/en-US/error.json response.404
        // `Sorry, the server cannot find the page or resource you requested. Please make sure your URL is correct.`)
        '\\bcannot find the page or resource you requested\\b',
        // round 36 (gaps-zh): apps' own error when their model listing got a 404 (`Failed to fetch models: ${res.status}`,
        // find_string ids 52589405397, 57619780257, 71551105482; openai-translator's `Failed to fetch models:
        // ${resp.statusText}`): the list is not at the address the base URL leads to
        'failed to fetch models?:\\s?(?:404\\b|not found\\b)',
        // round 39 (gateways-b): gateways naming the path they do not serve: Helicone's AI gateway (Helicone/ai-gateway
        // ai-gateway/src/error/invalid_req.rs InvalidRequestError: `Unsupported endpoint: <path>`, `Missing router id in
        // request path`, both 400) and Envoy AI Gateway's external processor (envoyproxy/ai-gateway internal/extproc/server.go,
        // errNoProcessor: a 404 `unsupported path: <path>`)
        '\\bunsupported endpoint: /',
        '\\bmissing router id in request path\\b',
        // (Envoy's body is the whole message: not a file tool's `unsupported path: /tmp/…` inside a longer error)
        '^(?:\\W*404\\W+)?unsupported path: /\\S*\\s*$',
        // round 40 (frameworks): the Vercel AI SDK's APICallError for an error answer whose body is empty or not the
        // provider's error JSON (vercel/ai packages/provider-utils/src/response-handler.ts createJsonErrorResponseHandler:
        // `message: response.statusText`), so a 404 from a path the gateway does not serve reads `AI_APICallError: Not Found`
        // alone; a gateway's own 404 for a model carries JSON, whose message the SDK shows instead
        '\\bai_apicallerror\\]?:\\s?not found(?=\\s*(?:$|[\\n{\\[(]|at\\s))',
        // round 41 (gateway): gpt-load when the group named in the path (`/proxy/<group>/v1/…`) is not one of its groups
        // (tbphp/gpt-load internal/middleware/middleware.go ProxyAuth: GroupManager.GetGroupByName answers
        // gorm.ErrRecordNotFound for an unknown name, sent as a 500 `{"code":"INTERNAL_SERVER_ERROR","message":"Failed to
        // retrieve proxy group"}`): the base URL's group segment, not the relay's fault
        '\\bfailed to retrieve proxy group\\b',
      ],
      wraps: [
        // round 40 (workflows): n8n's message for any 404 (n8n-io/n8n packages/workflow/src/errors/node-api.error.ts
        // STATUS_CODE_MESSAGES['404'] `The resource you are requesting could not be found`), shown above the API's own
        // message: a wrong path when nothing follows, below a model the gateway says it does not have (`The model `…`
        // does not exist`)
        'the resource you are requesting could not be found',
      ],
      describes: [
        // round 34 (faq-desc): a proxy address set, and the reply comes back empty: LobeChat's FAQ settles it as the address
        // missing its /v1 (lobehub/lobe-chat docs/self-hosting/faq/no-v1-suffix.zh-CN.mdx `配置 OPENAI_PROXY_URL 环境变量但
        // 返回值为空`, its discussions `代理服务器地址填了聊天没任何反应`; docs/self-hosting/environment-variables/
        // model-provider.mdx `If you find that the AI returns an empty message during testing, try adding the /v1
        // suffix`). Only with the address named before it in the same sentence; an empty reply alone has other causes
        '(?:代理|接口|api|中转|中轉|proxy)[\\s_]?(?:服务器|服務器)?\\s?(?:地址|url|base[_ ]?url)[^。！？\\n]{0,30}?(?:返回|回复|回覆)(?:的)?(?:值|消息|内容|內容)?\\s?(?:为空|為空|是空的?|是空白|空白)(?![时時])',
        '(?:代理|接口|中转|中轉)(?:服务器|服務器)?地址填(?:了|好了|上)[^。！？\\n]{0,12}?(?:没|沒)(?:有)?任何(?:反应|反應|回复|回覆|回应|回應)',
        '(?<![a-z])(?:proxy|base)[ _]?url\\b[^.\\n]{0,60}?\\b(?:returns?|returned|getting|got|gives?) (?:an |a )?(?:empty|blank) (?:response|message|reply|answer)s?\\b|\\b(?:empty|blank) (?:response|message|reply)s? after (?:configuring|setting|changing) (?:the |my )?(?:openai_proxy_url|proxy url|base url)\\b',
        // round 44 (desc-en): the address said to be missing its /v1, the cause the threads settle for a 404 from an
        // OpenAI-style client (nomic-ai/gpt4all#3214, the maintainer on `Unknown request URL: POST /chat/completions`:
        // `Looks like you are missing a `/v1/` at the end of the base URL`; huggingface/text-embeddings-inference#213
        // `Incorrect URL for OpenAI compatibility (missing /v1)`, a client's base URL ending in /v1 getting 404 from a
        // server that served the routes without it; cline/cline#240, the maintainer: `You might need to set the base url to
        // end with /v1?`, answered `Yep that worked`). `missing` right before /v1 (an article between), and /v1 itself, not
        // /v1beta or /v1.2; not a conditional or code's own handling (`if the base URL is missing /v1, append it`,
        // `handle base URLs missing /v1`); (round 44 review) nor a server missing a route under /v1 (`Server is missing
        // /v1/models endpoint`)
        '\\bmissing(?= (?:an? |the |its |their )?[`\'"]?/v1)(?<!\\b(?:if|when|whether|unless|in case)\\b[^.\\n]{0,40}missing)(?<!\\b(?:urls|ones|addresses|endpoints) missing) (?:an? |the |its |their )?[`\'"]?/v1/?[`\'"]?(?![\\w.]|/\\w)',
        // round 44 (desc-zh): the address said to lack its /v1, in people's words and in apps' hints under a 404: a
        // dashboard's 404 hint `没有找到这个接口或模型（404），请检查 API 地址（常见是少了 /v1）和模型名称。` (find_string id
        // 70076762552), a plug-in's 404 `端点不存在（多半是 baseUrl 少了 /v1，或不是 OpenAI 兼容口）` (id 71473309969), a
        // checker's 404 `接口不存在（404）：检查 API 地址是否漏了 /v1。` (id 70604026861) and `请确认 base_url 是否漏了 /v1`
        // (id 68836311535), a provider test's non-JSON answer `Base URL 指向的不是 API 端点（返回了非 JSON 内容），请检查是否漏了
        // /v1 等版本段` (id 63129377738), a relay's OpenCode guide `404 … Base URL 写错，或者漏了 /v1` (id 57369819994) and a
        // Kimi Coding guide `坑二：baseUrl 少了 /v1` (id 55205783869). The address first, then 少了/漏了/没加 and /v1 within a
        // short clause; not a conditional or advice before the address (`如果 base_url 漏了 /v1，会 404`), nor another
        // version (`v1beta`, `v1.2`); (round 44 review) nor an address that works without it (`url 没加 /v1 也能正常调用`)
        '(?:地址|url|端点|端點|api_base)(?<!(?:如果|若是|假如|要是|一旦|以免|避免|防止)[^，。！？\\n]{0,12}(?:地址|url|端点|端點|api_base))[^，。！？\\n]{0,12}?(?:少了|漏了|缺了|少写了|少寫了|漏写了|漏寫了|没加|沒加|没有加|沒有加|忘了加|忘记加|忘記加|没带|沒帶)\\s?[`\'"“]?/?v1(?![\\w.])(?![`\'"”]?\\s?(?:也|都|照样|照樣|仍然|依然)(?:能|可以|行|正常|没问题|沒問題))',
        // round 44 (desc-zh): the address said to end in one slash too many, which joins `//chat/completions` and a 404:
        // an app's 404 locale (`代理返回 404：请求到了服务器但没命中路由。最常见的是代理地址末尾多了一个斜杠`, find_string id
        // 69592486342), a base_url checker's finding (`结尾多了一个斜杠`, id 68888738413) and a service's troubleshooting
        // (`日志里出现 404 ERR_NOT_FOUND：几乎总是 gorge.render.uri 结尾多了一个斜杠`, id 65832709617). The address and its end
        // named first, so a closing tag's or a file path's extra slash (`结束标签多了一个斜杠`) is not read; nor a conditional
        '(?:地址|url|端点|端點)(?<!(?:如果|若是|假如|要是|一旦|以免|避免|防止)[^，。！？\\n]{0,12}(?:地址|url|端点|端點))[^，。！？\\n]{0,4}?(?:末尾|结尾|結尾|最后|最後|后面|後面)(?:多了|多出了?|多加了|多带了|多帶了)(?:一个|一個|个|個)?\\s?(?:斜杠|斜槓|斜线|斜線|[`\'"“]/[`\'"”])',
      ],
    },
    title: { zh: '接口路径不存在（404）', en: 'No such API path (404)' },
    meaning: {
      zh: '请求发到了一个不存在的路径：常见是漏了 /v1，或多写了一段路径。',
      en: 'The request went to a path that does not exist: usually /v1 is missing or an extra segment was added.',
    },
    steps: [
      {
        zh: '把接口地址改成 {{gw.apiBaseUrl}}，结尾不要加别的。',
        en: 'Set the base URL to {{gw.apiBaseUrl}} with nothing after it.',
      },
      { zh: '用连接测试检查地址是否正确。', en: 'Run the connection test to check the address.' },
    ],
    retry: 'no',
    article: '/troubleshooting/base-url#missing-v1',
    examples: [
      {
        text: '{"error":{"message":"Invalid URL (POST /v1/chat)","type":"invalid_request_error","param":null,"code":null}}',
        source: 'OpenAI 404 for an unknown route (openai/openai-node issues)',
      },
      { text: '404 page not found', source: 'gin default NoRoute body (QuantumNous/new-api issues)' },
    ],
  },
  {
    id: 'key-sent-to-vendor',
    cause: 'base_url',
    layer: 'client',
    statuses: [401],
    defaultFor: [],
    dialects: ['openai', 'anthropic', 'gemini', 'client'],
    match: {
      codes: [
        // round 42 (cnsdk): Qianfan's plan keys at the wrong address: a Coding Plan or Token Plan key sent to the general /v2
        // endpoint (`coding_plan_api_key_not_allowed`, `token_plan_person_api_key_not_allowed`), or another key sent to the plan's
        // endpoint (`…_api_key_required`); the key and the base URL must be the same plan's, `…/v2/coding` or
        // `…/v2/tokenplan/personal` (a Qianfan client's code table, find_string id 58078353528: `当前 Coding Plan 专属密钥不能调用普通千帆接口，
        // 请检查 Base URL 是否为 /v2/coding`; notes from cloud.baidu.com, ids 60236600826, 56658071074)
        'coding_plan_api_key_not_allowed',
        'coding_plan_api_key_required',
        'token_plan_person_api_key_not_allowed',
        'token_plan_person_api_key_required',
      ],
      patterns: [
        // A vendor's own verdict on a key (vendor-key-verdicts.ts) within 400 characters of a relay's or a plan's key:
        // the request never reached the relay, it went to the vendor's own address, which the client still had. From a
        // relay's word the span holds no second one (and from a verdict no second verdict), so a paste of relay words or
        // of verdicts is read once, not 400 characters from each: the same pastes match, in linear time (a 200 KB paste
        // of verdicts took 12 ms in the second pattern alone before)
        `(?:${relayKeyWords})(?:(?!${relayKeyWords})[\\s\\S]){0,400}?(?:${vendorKeyVerdict})`,
        `(?:${vendorKeyVerdict})(?:(?!${vendorKeyVerdict})[\\s\\S]){0,400}?(?:${relayKeyWords})`,
        // OpenAI echoing the start of a key that is not OpenAI's: a Google key (`AIza`), another service's (OpenRouter
        // `sk-or-`, Anthropic `sk-ant-`, Groq `gsk_`, xAI `xai-`, Perplexity `pplx-`, NVIDIA `nvapi-`, Replicate `r8_`,
        // Hugging Face `hf_`) or a relay's (api2d's `fk`, OpenAI-HK's `hk-`, a bare hex key); a placeholder
        // (`OPENAI_A**_KEY`, `undefined`) is a key never set, not one sent to the wrong place
        'incorrect api key provided: ["\']?(?:aiza|sk-or-|sk-ant-|gsk_|xai-|pplx-|nvapi-|r8_|hf_|hk-|fk\\d|[0-9a-f]{8}\\*)',
        // round 42 (agents): the OpenAI Agents SDK's trace exporter, which posts traces to OpenAI's own servers with
        // OPENAI_API_KEY whatever base URL the model calls use (openai/openai-agents-python@7f7a44f src/agents/tracing/
        // processors.py BackendSpanExporter `[non-fatal] Tracing client error %s: %s`, before March 2025 `Tracing client
        // error {status}: {text}`; openai/openai-agents-js@6d0c61a packages/agents-openai/src/openaiTracingExporter.ts the
        // same words). Its docs settle the 401 (docs/models/index.md, Troubleshooting non-OpenAI providers, Tracing client
        // error 401: `traces are uploaded to OpenAI servers, and you don't have an OpenAI API key`): a gateway's key sent
        // to OpenAI, while the agent's own calls go on. Only the 401, not a trace the endpoint refused for its shape (400).
        // With OpenAI's body after it (pretty-printed over several lines by the Python SDK), the span holds OpenAI's
        // `Incorrect API key provided`, so this reading takes over the refused key's code and status
        '\\btracing client error 401\\b',
        '\\btracing client error 401\\b[\\s\\S]{0,300}?incorrect api key provided',
      ],
      describes: [
        // round 29 (en): a custom base URL set, and the calls still go to OpenAI (`use an custom base url but it still
        // connects to openai`, Significant-Gravitas/AutoGPT#4869; `the app still tries to use api.openai.com`,
        // deiucanta/chatpad#49; `Custom base URL endpoints point to OPENAI`, lukasbach/pensieve#20); not someone who still
        // uses or connects to OpenAI for another task
        '\\b(?:(?<!\\b(?:i|we|you|they) )still (?:connects? to|goes to|sends? (?:the )?requests? to|tries to (?:use|call|connect to|reach)|calls|hits)|(?:base ?url|endpoints?) (?:still )?points? to) (?:the )?(?:api\\.openai\\.com|openai)\\b(?!\\.com(?!/))',
        // round 44 (desc-zh): the request or a relay's key said to have gone to the vendor's own address, in apps' hints and
        // guides that settle it as the base URL: `当前请求发到了官方 OpenAI 端点；如果你使用第三方兼容 key，请把 API Base URL 改成对应服务的
        // /v1 地址。` (find_string id 59403937230, on a 401), `请求被发到了 OpenAI 官方端点，而不是当前配置的网关` (id 68920014139), a
        // guide's `设了 OPENAI_API_KEY 但没设 OPENAI_BASE_URL，请求发到了 OpenAI 官方。在第三方 API（bbgate 等）场景下会失败。` (id
        // 66838706204) and a note's `原因不是 key 一定错误，而是中转站 key 被发到了 OpenAI 官方默认 API 地址` (id 56495893047). The
        // request or the key, then 发到了/发往了 and 官方 within a few characters; not a conditional, not a negation or a wish
        // (`不会发到官方`, no 了), nor a check for calls outside the official host (`请求发往了官方接入点以外的地址`); (round 44
        // review) nor a key posted to the vendor's people (`我把 key 发到了官方群里`, `密钥发到了官方邮箱`)
        '(?:请求|key|密钥|密鑰)(?<!(?:如果|若是|假如|要是|一旦|以免|避免|防止)[^，。！？\\n]{0,8}(?:请求|key|密钥|密鑰))[^，。！？\\n]{0,4}?(?:发到了|发往了|發到了|發往了|打到了)\\s?(?:openai\\s?)?官方(?![^，。！？\\n]{0,12}以外)(?!的?(?:群|客服|邮箱|郵箱|论坛|論壇|社区|社區|工单|工單|微信|公众号|公眾號|频道|頻道|qq))',
        // round 39 (desc-zh): a vendor's Coding Plan key said to be refused (401, 无效, invalid), in people's words
        // (bytedance/deer-flow#1283 `使用火山引擎coding plan API Key报错401`, fixed by the plan's own base URL
        // `…/api/coding/v3`; netease-youdao/LobsterAI#732 `阿里百炼coding plan无法使用：API 密钥无效或已过期`). The vendors
        // settle it as the address: Model Studio's Base URL page (help.aliyun.com/zh/model-studio/base-url: `Base URL必须与同一
        // 计费方案的 API Key 配套使用,否则会报错 401`), MiniMax's Coding Plan FAQ (platform.minimax.io/docs/coding-plan/faq: the
        // Coding Plan key and the Open Platform keys `cannot` be used interchangeably) and Volcengine's Coding Plan guide
        // (developer.volcengine.com/articles/7615528054736945158: use `…/api/coding/v3`, not the online-inference `…/api/v3`).
        // Not the docs' own rule (`否则会报错 401`, `不能混用`), a conditional (`如果 Coding Plan 的 key 无效`) or a negation
        // (`不是无效`)
        '(?<!(?:如果|若|假如|一旦|当|當)[^，。！？\\n]{0,12})(?:coding[ _-]?plan|编程套餐|編程套餐)[^，。！？\\n]{0,12}?(?:api[ _-]?key|apikey|key|密钥|密鑰|秘钥)(?:(?!否则|否則|以免|避免|不能|不可|混用|通用)[^。！？\\n]){0,16}?(?:(?:报错|報錯|报|報|返回|提示)\\s?401(?!\\d)|(?<!不是|并非|並非|不)(?:无效|無效)|\\binvalid\\b)',
        // round 45 (desc-basenet): a key said to be refused by another region's address, in the words of the threads that
        // settle it as the address: can1357/oh-my-pi#6682 `hardcoded Singapore endpoint rejects Beijing (cn-beijing) Token Plan
        // keys with 401`, its #6052 (the maintainer: the bundled provider `defaults to the *international* host
        // \`https://api.moonshot.ai/v1\`, which rejects keys issued on \`api.moonshot.cn\``, fixed by MOONSHOT_BASE_URL),
        // open-octo/octo-agent#1393 (`defaulted to the **international** endpoint \`dashscope-intl.aliyuncs.com\`, which does
        // not accept keys provisioned on the CN console`), modelstudioai/cli#206 (`A valid Personal Edition key is therefore
        // rejected by the Beijing host with HTTP 401 InvalidApiKey`), as Model Studio's own docs word the rule (help.aliyun.com
        // get-api-key: the Base URL `API Key所属地域的`) and a MiniMax maintainer (MiniMax-AI/MiniMax-01#44 `The API key and
        // API host must be regionally aligned`). A region's endpoint or host, then rejects and a key of a region or issued on
        // one; or a key rejected by a region's endpoint. Not a question or a conditional (`Does the China endpoint reject
        // international keys?`, `if the international host rejects your key`), nor requests refused for want of a key,
        // a changelog's fix (`fix: the international endpoint rejects China keys`) or a negation (`no longer rejects China
        // keys`), round 45's second review
        "(?<!\\b(?:does|do|did|will|would|can|could|if|whether|when|unless)\\b[^.\\n]{0,30})(?<!\\bfix(?:e[sd])?(?:\\([\\w-]+\\))?:[^.\\n]{0,30})\\b(?:china|chinese|mainland|beijing|domestic|international|intl|global|singapore|overseas)\\b[*_` ]{0,3}(?:[\\w-]+ ){0,2}?(?:endpoint|host|base ?url)\\b[^\\n]{0,60}?(?<!\\b(?:no longer|not|never) )\\b(?:rejects|rejected|does ?n[o']t accept|won't accept|refuses|never accepts)\\b (?:(?:the|all|any|valid|my|our|such|these|those) )?(?:(?:china|chinese|mainland|cn|beijing|domestic|international|intl|global|singapore|overseas)\\b[^.\\n]{0,25}?\\bkeys?\\b|keys? (?:issued|provisioned|created|generated|obtained) (?:on|in|by|from|at) (?:the )?[^\\n]{0,25}?(?:\\.cn\\b|\\b(?:china|chinese|mainland|cn|beijing|domestic|international|intl|global|singapore|overseas)\\b))",
        '(?<!\\b(?:does|do|did|will|would|can|could|if|whether|when|unless)\\b[^.\\n]{0,30})(?<!\\bfix(?:e[sd])?(?:\\([\\w-]+\\))?:[^.\\n]{0,30})\\bkeys? (?:is|are|was|were|gets?|got)(?: (?:therefore|then|always|still|now))? rejected by the (?:china|chinese|mainland|beijing|domestic|international|intl|global|singapore|overseas)(?: [\\w-]+)? (?:endpoint|host|base ?url)\\b',
      ],
    },
    title: {
      zh: '密钥发到了厂商的官方接口，没有经过网关',
      en: 'The key went to the vendor’s own API, not through the gateway',
    },
    meaning: {
      zh: '报错是模型厂商自己的措辞（OpenAI 的 Incorrect API key provided 等），说明请求没有到网关：客户端还在用厂商的默认地址，厂商不认识网关的密钥。把另一家服务的密钥（如 Google 的 AIza…）发给 OpenAI 也是这个报错。',
      en: 'The error is in the model vendor’s own words (OpenAI’s Incorrect API key provided and the like), so the request never reached the gateway: the client still uses the vendor’s default address, and the vendor does not know the gateway’s key. Sending another service’s key (a Google AIza… key) to OpenAI gives the same error.',
    },
    steps: [
      {
        zh: '在客户端设置里找到“接口地址”“API 地址”“Base URL”或“代理地址”，改成 {{gw.apiBaseUrl}}，保存后重启客户端。',
        en: 'In the client’s settings, find the “API address”, “Base URL” or “proxy address” field, set it to {{gw.apiBaseUrl}}, save and restart the client.',
      },
      {
        zh: '客户端的官方 OpenAI 选项不让改地址时，改用“OpenAI 兼容”或“自定义服务商”，在那里填地址和密钥。',
        en: 'If the client’s official OpenAI option does not let you change the address, use its “OpenAI-compatible” or “custom provider” option and enter the address and key there.',
      },
      {
        zh: '厂商的专用套餐密钥（如 Coding Plan）只能用在该套餐文档给出的地址上。',
        en: 'A vendor’s plan key (such as a Coding Plan key) works only at the address that plan’s documentation gives.',
      },
      {
        zh: '分地域的密钥（阿里云百炼的北京与新加坡、Moonshot 的 .cn 与 .ai、MiniMax 的国内与国际）只在签发它的那一侧的地址上有效：地址和密钥要取自同一地域。',
        en: 'A region’s key (Alibaba Model Studio’s Beijing or Singapore, Moonshot’s .cn or .ai, MiniMax’s China or international site) works only at the address of the region that issued it: take the address and the key from the same region.',
      },
      {
        zh: 'OpenAI Agents SDK 的 Tracing client error 401 只是追踪上传到 OpenAI 失败，经网关的请求不受影响：调用 set_tracing_disabled(True)（JS 版 setTracingDisabled(true)）关掉追踪，或用 set_tracing_export_api_key(...)（JS 版 setTracingExportApiKey(...)）给它一个 OpenAI 的密钥。',
        en: 'The OpenAI Agents SDK’s Tracing client error 401 is only its trace upload to OpenAI failing, the calls through the gateway go on: turn tracing off with set_tracing_disabled(True) (setTracingDisabled(true) in the JS SDK), or give it an OpenAI key with set_tracing_export_api_key(...) (setTracingExportApiKey(...)).',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/base-url#key-sent-to-vendor',
    examples: [
      {
        text: '[20:42:18 ERR] LLM provider gemini API error: Unauthorized { "message": "Incorrect API key provided: AIzaSyBn..." }',
        source:
          'find_string id 70974644153: a deployment log quoted in a fix plan, a Gemini key sent to api.openai.com',
      },
      {
        text: '第三方api接口接入之后显示OpenAI以提供了不正确的API_KEY为由, 拒绝服务.',
        source: 'https://github.com/binary-husky/gpt_academic/issues/1795',
      },
    ],
  },
  {
    id: 'invalid-url-client',
    cause: 'base_url',
    layer: 'client',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      // round 36 (apps-b): LibreChat's error type for a custom endpoint with no URL stored (danny-avila/LibreChat
      // packages/data-provider/src/config.ts ErrorTypes.NO_BASE_URL, `{"type":"no_base_url"}`)
      codes: ['err_invalid_url', 'unsupportedprotocol', 'err_unsupported_protocol', 'ssrf_blocked', 'no_base_url'],
      patterns: [
        // round 42 (apps): 5ire's provider form on an address that does not parse (nanbingxyz/5ire public/locales en and zh
        // translation.json Provider.Tooltip.InvalidAPIEndpoint `The API endpoint must be a valid URL address.` / `API endpoint
        // 必须是合法的 URL 地址`)
        '\\bapi endpoint must be a valid url\\b',
        'api\\s?endpoint\\s?必须是合法的\\s?url',
        // round 43 (apps): SillyTavern's check of the Chat Completion source's proxy or custom address before it connects
        // (SillyTavern/SillyTavern public/scripts/openai.js validateReverseProxy, `new URL(oai_settings.reverse_proxy)` failing:
        // toastr.error `Entered reverse proxy address is not a valid URL`)
        '\\breverse proxy address is not a valid url\\b',
        // round 43 (apps): KISS Translator's request builder with the service's address field empty (fishjar/kiss-translator
        // src/apis/trans.js genInit, `throw new Error("genInit: url is empty")`)
        '\\bgeninit: url is empty\\b',
        // round 42 (apps): Obsidian Copilot's provider checks with the address field empty (logancyang/obsidian-copilot
        // src/modelManagement/providers/adapters listOpenAICompatibleModels.ts `Enter a base URL before fetching models.`,
        // openaiCompatibleAdapter.ts `A base URL is required to verify this OpenAI-compatible provider.`)
        '\\benter a base url before fetching models\\b',
        '\\ba base url is required to verify this\\b',
        // round 42 (apps): AnythingLLM's providers with no address configured (Mintplex-Labs/anything-llm server/utils/
        // AiProviders localAi, ollama, lmStudio, nvidiaNim, foundry … `No LocalAI Base Path was set.`, `No Ollama Base Path was
        // set.`; azureOpenAi `No Azure API endpoint was set.`; TextToSpeech/SpeechToText openaiGeneric `No OpenAI compatible
        // endpoint was set.`), and its model listing refusing a trailing slash (server/utils/helpers/customModels.js
        // `BasePath Cannot end in /!`); not a log that says what it was set to
        // (round 42 review: only after `No`, its own first word: `Ollama base path was set successfully` is a success log)
        '\\bbase path was set\\b(?<=\\bno [\\w .-]{1,30}base path was set)(?! to)',
        '\\bno (?:azure api|openai compatible) endpoint was set\\b',
        '\\bbasepath cannot end in /',
        // round 42 (apps): Obsidian Smart Composer's providers with the address field empty (glowingjade/obsidian-smart-composer
        // src/core/llm openaiCompatibleProvider.ts and others, LLMBaseUrlNotSetException `Provider <id> base URL is missing.
        // Please set it in settings menu.`)
        '\\bbase url is missing\\. please set it\\b',
        // round 42 (apps): nekro-agent's model-group check with the address empty (KroMiose/nekro-agent, its model-group test
        // `error_message="Base URL 不能为空"`)
        'base\\s?url\\s?不能为空',
        // round 42 (apps): HuggingChat's server started with no address for its OpenAI-compatible endpoint (huggingface/chat-ui
        // src/lib/server/models.ts `throw new Error("OPENAI_BASE_URL not set")`)
        // (round 42 review: not an info line that goes on with its default, `OPENAI_BASE_URL not set, using default https://…`;
        // its literal first: a leading `\b\w*` cost ~85 µs in a 20 KB log that held the words)
        '_base_url not set\\b(?![,;:.]?\\s*(?:using|defaulting|falling back|default))',
        // round 41 (agents): Codex at start when `model_provider` in config.toml names no [model_providers.<id>] table, the
        // table that holds its base_url (openai/codex codex-rs/core/src/config/mod.rs, `format!("Model provider
        // `{model_provider_id}` not found")`, find_string ids 63470344203, 60636029119): the provider's address is missing
        // from the configuration, not the model
        'model provider `[^`\\n]{1,60}` not found',
        // round 41 (transport): the same ATS refusal by its number (NSURLErrorAppTransportSecurityRequiresSecureConnection
        // = -1022, developer.apple.com/documentation/foundation/1508628-url_loading_system_error_codes, Foundation NSURLError.h)
        '\\b(?:nsurlerrordomain|kcferrordomaincfnetwork)(?: code=| error )-1022\\b',
        // round 41 (transport): Apple's App Transport Security refusing a plain http:// address (NSURLErrorAppTransportSecurity
        // RequiresSecureConnection, -1022: `The resource could not be loaded because the App Transport Security policy
        // requires the use of a secure connection.`, developer.apple.com/documentation/foundation/urlerror/code/
        // apptransportsecurityrequiressecureconnection): the base URL needs https://
        'app transport security policy requires the use of a secure connection',
        'invalid url',
        // round 27 (apps): Open WebUI backend/open_webui/constants.py INVALID_URL (`The URL you provided is invalid`)
        'url you (?:provided|entered) is (?:invalid|not valid)',
        'failed to parse url',
        "missing an 'http://' or 'https://' protocol",
        'no scheme supplied',
        // an address without http:// or https:// (or with another scheme) as Python's requests words it once the URL parses:
        // psf/requests src/requests/sessions.py Session.get_adapter raises InvalidSchema(`No connection adapters were found for
        // {url!r}`), which openai-python before 1.0 wrapped as `APIConnectionError: Error communicating with OpenAI: …`; and
        // OkHttp's HttpUrl parser (square/okhttp HttpUrl.kt, find_string id 28366970593: `Expected URL scheme 'http' or
        // 'https' but no scheme was found for …`, or `… but was '…'`)
        'no connection adapters were found for',
        "expected url scheme 'http' or 'https' but (?:no scheme was found|was ')",
        'unsupported protocol scheme',
        'only absolute urls are supported',
        // httpx (raise_for_status, follow_redirects off by default) when the base URL is redirected: a trailing
        // slash, http:// for https://, a path the host moves; `Redirect response '307 Temporary Redirect' for url …`
        "redirect response '30[1278]\\b",
        // LibreChat's custom endpoint with no URL stored (client/src/locales en and zh-Hans com_error_no_base_url)
        'no base url found',
        '未找到基础\\s?url',
        // MaxKB's model form when the address answers nothing it can use (django.po `API domain name is invalid`)
        'api domain name is invalid',
        'api\\s?域名无效',
        // round 13 (Chinese): Cursor calls a custom base URL from its own servers, which refuse localhost and LAN
        // addresses (`{"error":{"type":"client","reason":"ssrf_blocked","message":"connection to private IP is blocked"}}`,
        // as relays' Cursor guides quote it, e.g. 170-carry/codex-tools README); only a public address works there
        'connection to private ip is blocked',
        // Bob's OpenAI Translator plugin checks its own settings first (bob-plugin-openai-translator src/main.ts
        // validatePluginConfig): no API URL, or an Azure URL of the wrong shape
        '配置错误\\s?-\\s?(?:请填写\\s?api\\s?url|api\\s?url\\s?格式不正确)',
        // round 34 (lead-transport): curl's CURLE_URL_MALFORMAT (3) and CURLE_UNSUPPORTED_PROTOCOL (1) (lib/strerror.c
        // `URL using bad/illegal format or missing URL`; lib/url.c `Protocol "%s" not supported or disabled in libcurl`,
        // newer curl `Protocol "%s" not supported`): the address, not the network
        'url using bad/illegal format or missing url',
        // round 34 (lead): a client's own refusal when the address field is empty, in Chinese (`自定义AI Base URL 未配置`,
        // find_string id 310061050; `API 端点未配置`, `接口地址未设置`)
        '(?:base[ _-]?url|api\\s?(?:地址|端点)|接口地址)\\s?(?:未配置|未设置|未填写)',
        'protocol "[a-z][\\w+.-]*" not supported\\b',
        // round 36 (gaps-zh): chatgpt-mirai-qq-bot's check of the api_endpoint it was given (lss233/chatgpt-mirai-qq-bot,
        // find_string id 2515780969: against `^https://[^/]+/v1$`, logging `API反代地址填写错误，正确格式应为
        // 'https://<网址>/v1'`): an address with a path after /v1, no https or a trailing part
        'api\\s?反代地址填写错误',
        // round 39 (agents-src): QwenLM/qwen-code packages/cli/src/i18n/locales/zh.js, its auth check for an Anthropic provider
        // with no address (`ANTHROPIC_BASE_URL environment variable not found.` / `未找到 ANTHROPIC_BASE_URL 环境变量。`, `Anthropic
        // provider missing required baseUrl in modelProviders[].baseUrl.`), and MoonshotAI/kimi-cli src/kimi_cli/llm.py
        // create_llm (`Cannot create LLM: missing base_url or model (provider_type=…)`)
        '\\b\\w*base_url environment variable not found\\b',
        '未找到\\s?\\w*base_url\\s?环境变量',
        'provider missing required baseurl\\b',
        // round 45 (agents): the same check in that zh.js's Chinese (QwenLM/qwen-code@82b68ce `Anthropic 提供商缺少必需的 baseUrl，请在
        // modelProviders[].baseUrl 中配置。`), which round 39 left out
        '提供商缺少必需的\\s?baseurl\\b(?!\\s?(?:吗|\\?|？))',
        'cannot create llm: missing base_url\\b',
        // round 41 (gateway): Portkey's gateway refusing the provider address in x-portkey-custom-host (Portkey-AI/gateway
        // src/middlewares/requestValidator/index.ts isValidCustomHost: not http(s), credentials in it, a blocked or private host;
        // a 400 `{"status":"failure","message":"Invalid custom host"}`): the base URL given to it, as the whole message
        '"message"\\s*:\\s*"invalid custom host"|^\\W*invalid custom host\\W*$',
      ],
      describes: [
        // round 15 (en)
        // "custom base URL not working - seems hitting default endpoint" (rcourtman/Pulse#1154), "The baseUrl is not taking effect" (lucagrippa/obsidian-ai-tagger#18)
        '\\b(?:custom )?base ?url\\b[^.\\n]{0,20}?\\b(?:is )?(?:not (?:taking effect|working|being used|used|applied|respected)|ignored)\\b',
      ],
    },
    title: { zh: '接口地址格式不对', en: 'Base URL is not a valid address' },
    meaning: {
      zh: '客户端连请求都没发出：地址少了 https://，带了空格或中文符号，或者是空的。',
      en: 'The client could not even send the request: the address lacks https://, holds a space or a full-width character, or is empty.',
    },
    steps: [
      { zh: '清空地址栏，粘贴 {{gw.apiBaseUrl}}。', en: 'Clear the field and paste {{gw.apiBaseUrl}}.' },
      {
        zh: '确认以 https:// 开头，前后没有空格。',
        en: 'Make sure it starts with https:// and has no spaces around it.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/base-url#wrong-base-url',
    examples: [
      { text: 'TypeError: Invalid URL', source: 'WHATWG URL constructor in Node (nodejs.org/api/url.html)' },
      {
        text: "httpx.UnsupportedProtocol: Request URL is missing an 'http://' or 'https://' protocol.",
        source: 'encode/httpx _urls.py (openai/openai-python issues)',
      },
    ],
  },
]
