import type { ErrorEntry } from '../errors.schema.ts'

/**
 * What coding agents (Claude Code, Codex CLI) and the newer endpoints (Responses, Messages,
 * embeddings, images) answer when the request itself is wrong for the model or the protocol:
 * tool-call history out of pairs, reasoning-model parameters, structured output, sizes and
 * dimensions. Each example is quoted from the issue tracker named in its source.
 */
export const agentEntries: ErrorEntry[] = [
  {
    id: 'claude-code-count-tokens-404',
    cause: 'base_url',
    layer: 'gateway',
    statuses: [404],
    defaultFor: [],
    dialects: ['anthropic', 'new-api', 'litellm', 'client'],
    match: {
      codes: [],
      patterns: ['/v1/messages/count_tokens', 'count_tokens\\?beta=true', '/v1/v1/messages'],
    },
    title: {
      zh: 'Claude Code 的计数或对话地址返回 404',
      en: 'Claude Code gets a 404 on count_tokens or messages',
    },
    meaning: {
      zh: 'Claude Code 会请求 /v1/messages 和 /v1/messages/count_tokens。ANTHROPIC_BASE_URL 多写了 /v1，或者这里没有提供计数接口，就会返回 404。',
      en: 'Claude Code calls /v1/messages and /v1/messages/count_tokens. An extra /v1 in ANTHROPIC_BASE_URL, or no counting endpoint at this address, answers 404.',
    },
    steps: [
      {
        zh: '把 ANTHROPIC_BASE_URL 改成 {{gw.apiRoot}}，不要带 /v1。',
        en: 'Set ANTHROPIC_BASE_URL to {{gw.apiRoot}}, without /v1.',
      },
      {
        zh: '只有 count_tokens 返回 404 时，对话一般仍可进行；把时间和请求地址发给客服确认。',
        en: 'If only count_tokens answers 404, chats mostly still work; send the time and address to support.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/base-url#agent-base-url',
    examples: [
      {
        text: 'litellm/v1/messages/count_tokens?beta=true HTTP/1.1" 404 22 "-" "claude-cli/1.0.67 (external, cli)"',
        source: 'BerriAI/litellm#13252 (Claude Code count_tokens not implemented in the proxy)',
      },
    ],
  },
  {
    id: 'claude-code-no-credentials',
    cause: 'key_format',
    layer: 'client',
    statuses: [],
    defaultFor: [],
    dialects: ['anthropic', 'client'],
    match: {
      codes: [],
      patterns: [
        'could not resolve authentication method',
        'expected either apikey or authtoken to be set',
        'no api key available',
      ],
    },
    title: {
      zh: 'Claude Code 没读到密钥',
      en: 'Claude Code found no key',
    },
    meaning: {
      zh: 'ANTHROPIC_AUTH_TOKEN 和 ANTHROPIC_API_KEY 都没有设置（或没在当前终端、settings.json 里生效），Claude Code 发不出带密钥的请求。',
      en: 'Neither ANTHROPIC_AUTH_TOKEN nor ANTHROPIC_API_KEY is set where Claude Code reads it (this terminal or settings.json), so it cannot send a key.',
    },
    steps: [
      {
        zh: '在 ~/.claude/settings.json 的 env 里加上 ANTHROPIC_AUTH_TOKEN，值为你的密钥。',
        en: 'Add ANTHROPIC_AUTH_TOKEN with your key to the env block of ~/.claude/settings.json.',
      },
      {
        zh: '重新启动 claude，用 /status 确认认证来源。',
        en: 'Restart claude and check the auth source with /status.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#header-format',
    examples: [
      {
        text: 'Error: Could not resolve authentication method. Expected either apiKey or authToken to be set. Or for one of the "X-Api-Key" or "Authorization" headers to be explicitly omitted',
        source: 'anthropics/claude-code#6893 (Missing API key · Run /login)',
      },
    ],
  },
  {
    id: 'claude-code-auth-conflict',
    cause: 'key_format',
    layer: 'client',
    statuses: [],
    defaultFor: [],
    dialects: ['anthropic', 'client'],
    match: {
      codes: [],
      patterns: [
        // round 41 (agents): Claude Code's start-up warning when two credentials are set at once (code.claude.com/docs/en/
        // llm-gateway-connect, Troubleshooting: a warning naming two credential sources and ending `auth may not work as
        // expected`; @anthropic-ai/claude-code's bundle `Both ${token source} and ${key source} set · auth may not work as
        // expected`, find_string id 55015259923): a stale login or a second variable may be the one that is sent
        '\\bset\\W{1,5}auth may not work as expected',
        // round 41 (agents): the same warning in versions before it (the same docs row: `Auth conflict: Both a token (SOURCE)
        // and an API key (SOURCE) are set`; the bundle's `Auth conflict: Both a token (…) and an API key (…) are set. This
        // may lead to unexpected behavior.`, find_string ids 55931151854, 47540431111)
        'auth conflict: both a token \\(',
      ],
    },
    title: {
      zh: 'Claude Code 同时设置了两种凭据',
      en: 'Claude Code has two credentials set',
    },
    meaning: {
      zh: 'ANTHROPIC_AUTH_TOKEN 和 ANTHROPIC_API_KEY（或 apiKeyHelper、claude.ai 登录）同时生效，Claude Code 可能发出的不是你以为的那个密钥，那样请求就可能被拒。这只是启动时的警告，请求本身未必失败。',
      en: 'ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY (or apiKeyHelper, or a claude.ai login) are both active, so Claude Code may send another credential than the one you meant and the request may then be refused. It is a start-up warning: the request itself need not fail.',
    },
    steps: [
      {
        zh: '只保留 ANTHROPIC_AUTH_TOKEN（值为你的密钥），删掉或 unset ANTHROPIC_API_KEY；~/.claude/settings.json 的 env 里也一样。',
        en: 'Keep only ANTHROPIC_AUTH_TOKEN (your key) and remove or unset ANTHROPIC_API_KEY, in the shell and in the env block of ~/.claude/settings.json.',
      },
      {
        zh: '以前登录过 claude.ai 的，运行 /logout，再重新启动 claude，用 /status 确认认证来源。',
        en: 'If you once logged in to claude.ai, run /logout, restart claude and check the auth source with /status.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/auth#header-format',
    examples: [
      {
        text: '⚠ Both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY set · auth may not work as expected',
        source:
          'code.claude.com/docs/en/llm-gateway-connect (Troubleshooting) and the @anthropic-ai/claude-code bundle',
      },
    ],
  },
  {
    id: 'codex-stream-closed',
    cause: 'stream_interrupted',
    layer: 'network',
    statuses: [],
    defaultFor: [],
    dialects: ['openai', 'client'],
    match: {
      codes: [],
      patterns: ['stream closed before response\\.completed', 'before response\\.completed'],
    },
    title: {
      zh: 'Codex 流在 response.completed 之前断开',
      en: 'Codex stream closed before response.completed',
    },
    meaning: {
      zh: 'Codex 要收到 Responses 流的结束事件 response.completed 才算一轮完成。代理切断长连接、上游出错，或这个模型的 Responses 流不完整，都会在结束前断开。',
      en: 'Codex needs the Responses stream to end with response.completed. A proxy cutting the long connection, an upstream failure, or an incomplete Responses stream for this model all end it early.',
    },
    steps: [
      {
        zh: '用 curl 发一次流式 /v1/responses 请求，看最后有没有 response.completed。',
        en: 'Send one streaming /v1/responses request with curl and see whether it ends with response.completed.',
      },
      {
        zh: '换一个网络或关掉代理再试；同一模型反复出现就换一个模型。',
        en: 'Try another network or without the proxy; if one model keeps doing it, switch models.',
      },
    ],
    retry: 'yes',
    article: '/troubleshooting/streaming#stream-interrupted',
    examples: [
      {
        text: 'stream disconnected before completion: stream closed before response.completed',
        source: 'openai/codex#41340 (custom OpenAI-compatible provider, Responses API)',
      },
      {
        text: '■ stream disconnected before completion: stream closed before response.completed',
        source: 'router-for-me/CLIProxyAPI#1407 (Codex v0.94.0 through a proxy)',
      },
    ],
  },
  {
    id: 'codex-wire-api-chat-removed',
    cause: 'bad_request',
    layer: 'client',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [],
      patterns: ['wire_api = \\\\?"chat\\\\?"`? is no longer supported', 'set `?wire_api = \\\\?"responses'],
    },
    title: {
      zh: 'Codex 不再支持 wire_api = "chat"',
      en: 'Codex no longer supports wire_api = "chat"',
    },
    meaning: {
      zh: '新版 Codex 只支持 Responses 接口，config.toml 里写 wire_api = "chat" 会在启动时被拒绝。',
      en: 'Current Codex speaks only the Responses API, and wire_api = "chat" in config.toml is refused at start.',
    },
    steps: [
      {
        zh: '把 [model_providers.…] 里的 wire_api 改成 "responses"，base_url 保持 {{gw.apiBaseUrl}}。',
        en: 'Set wire_api = "responses" in your [model_providers.…] table and keep base_url at {{gw.apiBaseUrl}}.',
      },
      {
        zh: '确认所选模型能通过 /v1/responses 调用。',
        en: 'Check that the chosen model answers on /v1/responses.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/base-url#agent-base-url',
    examples: [
      {
        text: 'Error loading config.toml: `wire_api = "chat"` is no longer supported.\nHow to fix: set `wire_api = "responses"` in your provider config.\nMore info: https://github.com/openai/codex/discussions/7782',
        source: 'openai/codex codex-rs/model-provider-info/src/lib.rs CHAT_WIRE_API_REMOVED_ERROR',
      },
    ],
  },
  {
    id: 'codex-websocket-unsupported',
    cause: 'base_url',
    layer: 'client',
    statuses: [404, 405, 426],
    defaultFor: [],
    dialects: ['openai', 'client'],
    match: {
      codes: [],
      patterns: [
        // round 41 (agents): Codex's notice when the Responses WebSocket would not carry the turn and it goes on over
        // HTTPS (openai/codex#10139 `Fall back to http when websockets fail`; the warning `Falling back from WebSockets to
        // HTTPS transport. <reason>` that openai/codex#19821 and coder/coder#26565 quote: a gateway or proxy that does not
        // serve WebSockets, fixed by `supports_websockets = false` on the provider)
        'falling back from websockets to https transport',
        // round 41 (agents): the log line of the failed upgrade (openai/codex codex-rs/codex-api/src/endpoint/
        // responses_websocket.rs connect_websocket `failed to connect to websocket: {err}, url: {url}`), with its target
        'responses_websocket: failed to connect to websocket',
        // round 41 (agents): the upgrade refused with a status (responses_websocket.rs map_ws_error → TransportError::Http,
        // shown as codex-rs/protocol/src/error.rs UnexpectedResponseError `unexpected status 405 Method Not Allowed: …, url:
        // wss://…/v1/responses`, fawney19/Aether#214); only with a wss:// address, the HTTP path's own 404 is wrong-path-404's
        'unexpected status (?:400|404|405|426)\\b[^\\n]{0,300}?, url: wss://',
      ],
    },
    title: {
      zh: 'Codex 的 WebSocket 连接被拒，退回 HTTPS',
      en: 'Codex WebSocket refused, falling back to HTTPS',
    },
    meaning: {
      zh: '新版 Codex 默认先用 WebSocket（wss://…/v1/responses）连接 Responses 接口。这里或你的代理不支持 WebSocket 时，它会先重试几次（Reconnecting... 1/5 …），再退回 HTTPS，所以每轮开头都慢。',
      en: 'Recent Codex first opens the Responses API over a WebSocket (wss://…/v1/responses). When this address or your proxy does not carry WebSockets, it retries (Reconnecting... 1/5 …) and then falls back to HTTPS, so each turn starts slowly.',
    },
    steps: [
      {
        zh: '在 ~/.codex/config.toml 的 [model_providers.…] 里加上 supports_websockets = false，base_url 保持 {{gw.apiBaseUrl}}。',
        en: 'Add supports_websockets = false to your [model_providers.…] table in ~/.codex/config.toml and keep base_url at {{gw.apiBaseUrl}}.',
      },
      {
        zh: '改完后新开一个会话，确认不再出现 Reconnecting 和 Falling back 提示。',
        en: 'Start a new session and check that the Reconnecting and Falling back notices are gone.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/base-url#agent-base-url',
    examples: [
      {
        text: 'warning: Falling back from WebSockets to HTTPS transport. stream disconnected before completion: websocket closed by server before response.completed',
        source:
          'openai/codex codex-rs/codex-api/src/endpoint/responses_websocket.rs (close frame before response.completed) and openai/codex#10139',
      },
      {
        text: 'Unexpected status 405 Method Not Allowed: {"detail":"Method Not Allowed"}, url: wss://relay.example.com/v1/responses',
        source: 'fawney19/Aether#214 (Codex with responses_websockets on, relay without WebSocket support)',
      },
    ],
  },
  {
    id: 'responses-parameter-moved',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai'],
    match: {
      codes: [],
      patterns: ['in the responses api, this parameter has moved', "has moved to '?text\\.format"],
    },
    title: {
      zh: 'Responses 接口里参数换了位置',
      en: 'A parameter moved in the Responses API',
    },
    meaning: {
      zh: '把对话接口的参数原样发给了 /v1/responses：例如 response_format 在 Responses 里叫 text.format。',
      en: 'A chat-completions parameter was sent to /v1/responses as is: response_format, for one, is text.format there.',
    },
    steps: [
      {
        zh: '按报错提示改成新的参数位置，例如 text: {"format": {…}}。',
        en: 'Move the parameter where the error says, such as text: {"format": {…}}.',
      },
      {
        zh: '输出上限在 Responses 里叫 max_output_tokens。',
        en: 'The output limit is max_output_tokens in the Responses API.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#structured-output',
    examples: [
      {
        text: "OpenAI API returned an 400 (Bad Request) Error: Unsupported parameter: 'response_format'. In the Responses API, this parameter has moved to 'text.format'. Try again with the new parameter.",
        source: 'mkht/PSOpenAI#44',
      },
    ],
  },
  {
    id: 'responses-input-shape',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai', 'client'],
    match: {
      codes: [],
      patterns: [
        'input must be a list',
        "invalid type for '?input'?",
        "'input' must be (?:a )?(?:string|text|list|array)",
      ],
    },
    title: {
      zh: 'Responses 请求的 input 格式不对',
      en: 'Wrong shape for input in a Responses request',
    },
    meaning: {
      zh: '/v1/responses 的 input 要是一段文字或一个输入项数组；有的网关或转换层只认其中一种，或者收到了对象。',
      en: 'input on /v1/responses is a string or an array of input items; some gateways or converters accept only one form, or got an object.',
    },
    steps: [
      {
        zh: '先用最简单的 "input": "ping" 试，能通再换成数组。',
        en: 'Try the simplest "input": "ping" first, then the array form.',
      },
      {
        zh: '两种写法都失败时，把请求体（去掉密钥）发给客服。',
        en: 'If both forms fail, send the request body (without the key) to support.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#invalid-parameters',
    examples: [
      {
        text: '400 {"detail":"Input must be a list"}',
        source: 'router-for-me/CLIProxyAPI#1403 (/v1/responses rejects a string input)',
      },
    ],
  },
  {
    id: 'tool-message-without-tool-calls',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai', 'one-api', 'new-api'],
    match: {
      codes: [],
      patterns: [
        'messages? with role \'?"?tool\'?"? must be a response to a prece+ding message with \'?"?tool_calls',
        "assistant message with '?tool_calls'? must be followed by tool messages",
        // the Responses API's word for the same broken pair
        'no tool output found for function call',
      ],
    },
    title: {
      zh: '工具结果前面缺少对应的工具调用',
      en: 'A tool result without its tool call',
    },
    meaning: {
      zh: '历史消息里有 role 为 tool 的结果，但它前面没有带 tool_calls 的助手消息：截断历史、换模型或删消息把一对拆开了。',
      en: 'The history holds a role "tool" result with no assistant message carrying tool_calls before it: trimming, a model switch or a deleted message split the pair.',
    },
    steps: [
      {
        zh: '新开一个会话，旧会话的历史已经拆开了。',
        en: 'Start a new session; the old history is already split.',
      },
      {
        zh: '自己写代码时，让每条 tool 消息紧跟在带 tool_calls 的助手消息后面，裁剪历史时整对删除。',
        en: 'In your own code, put each tool message right after the assistant message with tool_calls, and trim pairs together.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#tool-calling',
    examples: [
      {
        text: '{"error":{"message":"Invalid parameter: messages with role \'tool\' must be a response to a preceeding message with \'tool_calls\'. (request id: 2024051116100984850589317176109)","type":"invalid_request_error","param":"messages.[3].role","code":null}}',
        source: 'miurla/morphic#136 (through a one-api style gateway)',
      },
      {
        text: "API error: Error code: 400 - {'error': {'message': \"Messages with role 'tool' must be a response to a preceding message with 'tool_calls'\", 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}",
        source: 'FoundationAgents/OpenManus#23',
      },
    ],
  },
  {
    id: 'tool-use-without-tool-result',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['anthropic'],
    match: {
      codes: [],
      patterns: [
        '`?tool_use`? ids were found without `?tool_result`? blocks',
        'must have a corresponding `?tool_result`? block',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332's own lines for the 400s of a broken tool history (`API Error:
        // 400 due to tool use concurrency issues.` for tool_use ids without their tool_result, `… orphaned tool_result in
        // conversation history.` for an unexpected tool_use_id, `… duplicate tool_use ID in conversation history.`, each
        // followed by ` Run /rewind to recover the conversation.`)
        'api error: 400 due to tool use concurrency issues',
        'orphaned tool_result in conversation history',
        'duplicate tool_use id in conversation history',
      ],
    },
    title: {
      zh: 'tool_use 后面没有对应的 tool_result',
      en: 'tool_use without a matching tool_result',
    },
    meaning: {
      zh: 'Anthropic 格式要求每个 tool_use 块的结果出现在紧接着的下一条消息里。会话被中断、压缩或恢复时，这一对被拆开了。',
      en: 'The Anthropic format wants the result of each tool_use block in the very next message. An interrupted, compacted or resumed session split the pair.',
    },
    steps: [
      {
        zh: '在 Claude Code 等工具里新开一个会话。',
        en: 'Start a new session in Claude Code or your tool.',
      },
      {
        zh: '自己写代码时，把 tool_result（tool_use_id 对应）放进下一条 user 消息。',
        en: 'In your own code, put the tool_result (matching tool_use_id) in the next user message.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#tool-calling',
    examples: [
      {
        text: 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.22: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_01Gho1LhNQt7FjqEiiHkrVMK. Each `tool_use` block must have a corresponding `tool_result` block in the next message."}}',
        source: 'anthropics/claude-code#1237',
      },
    ],
  },
  {
    id: 'thinking-signature-mismatch',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['anthropic', 'client'],
    match: {
      codes: [],
      patterns: [
        // round 40 (agents-zh): the Messages API's 400s for thinking blocks in the history that this upstream will not take
        // back, as CC Switch's thinking-signature rectifier lists them (farion1231/cc-switch src-tauri/src/proxy/
        // thinking_rectifier.rs should_rectify_thinking_signature, its cases and tests: `messages.1.content.0: Invalid
        // `signature` in `thinking` block`, `Expected `thinking` or `redacted_thinking`, but found `tool_use`` (or `text`),
        // `a final `assistant` message must start with a thinking block`, `… signature: Field required`, `… signature: Extra
        // inputs are not permitted`, `… blocks … cannot be modified`, Gemini's `Thought signature is not valid`), which it
        // answers by stripping the thinking blocks and retrying the same provider; its zh locale (src/i18n/locales/zh.json
        // thinkingSignatureDescription) calls them `thinking 签名不兼容`: blocks signed elsewhere, as when a session moves
        // between providers. Not its last case (`非法请求`, `invalid request`), which is any refusal. A relay that re-serialises
        // the body changes the blocks too (sub2api commit ad90bb46 `修复 thinking 块被意外修改导致的 400 错误`: `thinking or
        // redacted_thinking blocks in the latest assistant message cannot be modified`, Claude 对 thinking 块进行字节级验证)
        'invalid `?signature`? in `?thinking`? block',
        'expected `?thinking`? or `?redacted_thinking`?, but found `?(?:tool_use|text)\\b',
        'final `?assistant`? message must start with a thinking block',
        // (review: the block's own field, `thinking.signature` or `content.N.signature`, or its path as relays and CC Switch's
        // tests mask it, `***.***.signature`, `xxx.signature`; not any `.signature` a schema checks)
        '(?:thinking|content\\.\\d{1,3}|\\*{3}|\\bxxx)\\.signature\\W{0,3}(?:field required|extra inputs are not permitted)',
        'redacted_thinking`? blocks in the (?:latest assistant message|response) cannot be modified',
        // (review: not a sentence about parsing one, `… is not valid JSON`)
        '\\bthought signature is not valid\\b(?! (?:json|base64|utf))',
      ],
    },
    title: {
      zh: '历史里的思考块（thinking）签名不被接受',
      en: 'Thinking blocks in the history are refused',
    },
    meaning: {
      zh: '打开思考的会话里，每个 thinking 块都带着生成它的上游的签名，必须原样发回。会话中途换了供应商、中转渠道或模型，或者中转改写了请求体，旧的 thinking 块就会被拒绝；中断后残缺的历史也会这样。',
      en: 'In a session with thinking on, each thinking block carries the signature of the upstream that wrote it and must go back unchanged. Switching provider, relay channel or model mid-session, or a relay that rewrites the body, gets the old blocks refused; a history cut short by an interruption does the same.',
    },
    steps: [
      {
        zh: '新开一个会话或对话再试：Claude Code 里用 /clear，或用 /rewind 回到报错之前；其他客户端直接新建对话。',
        en: 'Start a new session or conversation and try again: in Claude Code run /clear, or /rewind to before the error; in other clients open a new chat.',
      },
      {
        zh: '同一个会话里不要切换供应商、渠道或模型；CC Switch 用户可打开它的 thinking 签名整流器。',
        en: 'Keep one provider, channel and model for a session; CC Switch users can turn on its thinking-signature rectifier.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#reasoning-parameters',
    examples: [
      {
        text: 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.1.content.0: Invalid `signature` in `thinking` block"}}',
        source:
          'farion1231/cc-switch src-tauri/src/proxy/thinking_rectifier.rs (tests of should_rectify_thinking_signature)',
      },
    ],
  },
  {
    id: 'max-completion-tokens-required',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai', 'azure'],
    match: {
      codes: [],
      patterns: ["'max_tokens' is not supported with this model", "use 'max_completion_tokens' instead"],
      describes: [
        // round 16 (en): "OpenAI o1 models require `max_completion_tokens` instead of `max_tokens`" (simonw/llm#724),
        // "models require max_completion_tokens instead of max_tokens" (sherifkozman/the-llm-council#13), "need
        // "max_completion_tokens" instead" (IBM/chuk-llm#3), "Must use max_completion_tokens for o3" (PipedreamHQ/pipedream#17082)
        '\\b(?:requir(?:e|es|ed|ing)|needs?|must use)\\b[^.\\n]{0,12}?max_completion_tokens',
      ],
    },
    title: {
      zh: '推理模型要用 max_completion_tokens',
      en: 'Reasoning models want max_completion_tokens',
    },
    meaning: {
      zh: 'o 系列、GPT-5 等推理模型不接受 max_tokens，输出上限要写成 max_completion_tokens（Responses 接口是 max_output_tokens）。',
      en: 'Reasoning models such as the o-series and GPT-5 refuse max_tokens; the output limit is max_completion_tokens (max_output_tokens on the Responses API).',
    },
    steps: [
      {
        zh: '把请求里的 max_tokens 改名为 max_completion_tokens，或在客户端里清空“最大 token 数”。',
        en: 'Rename max_tokens to max_completion_tokens, or clear the client’s max tokens setting.',
      },
      {
        zh: '上限要留足：推理过程也算输出 token。',
        en: 'Leave room: reasoning counts as output tokens too.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#reasoning-parameters',
    examples: [
      {
        text: "Error code: 400 - {'error': {'message': \"Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.\", 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'unsupported_parameter'}}",
        source: 'griptape-ai/ComfyUI-Griptape#312 (gpt-5)',
      },
      {
        text: "[Error: 400 Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.]",
        source: 'Natively-AI-assistant/natively-cluely-ai-assistant#20',
      },
    ],
  },
  {
    id: 'temperature-default-only',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai', 'azure'],
    match: {
      codes: [],
      patterns: [
        "'temperature' does not support [\\d.]+ with this model",
        'only the default \\(1\\) value is supported',
      ],
      describes: [
        // round 29 (desc-b): a model said not to support temperature, the words people and code use for it: a
        // reasoning or GPT-5-class model named before `doesn't support temperature` (find_string ids 10274400138
        // `o1 doesn't support temperature`, 71437540953 `Opus 4.7 doesn't support temperature`, 65764108938 `GPT-5
        // doesn't support temperature parameter`, 27480983403 `o1-mini doesn't support temperature`, 2069330403
        // `DeepSeek reasoner doesn't support temperature`). Not a sensor, a thermostat or a unit converter
        "\\b(?:o\\d[\\w-]*|gpt-?[\\w.-]+|opus[\\w. -]{0,8}|sonnet[\\w. -]{0,8}|reason(?:er|ing)(?: models?)?|models?|deepseek[\\w-]*|r1)\\s+(?:does ?n[o']t|does not) support (?:the )?temperature\\b",
        // the same in Chinese (ai-goofish-monitor#394 `三方中转站api，不支持temperature参数，导致无法配置`; code comments
        // find_string ids 46436120559 `o1/o3/o4推理模型不支持temperature参数`, 26473589332 `GPT-5不支持temperature参数`,
        // 56959793876 `R1不支持temperature等采样参数`, 45194967191 `o1模型不支持temperature调节`)
        '不支持\\s?temperature(?:\\s?(?:参数|參數|调节|調節|等|和|设置|設置|=)|[，,。\\s]|$)',
      ],
    },
    title: {
      zh: '这个模型的 temperature 只能是默认值 1',
      en: 'This model only takes the default temperature (1)',
    },
    meaning: {
      zh: '推理模型不允许改 temperature（top_p 同理），客户端发了 0、0.7 之类的值就会被拒绝。',
      en: 'Reasoning models do not let you change temperature (nor top_p); a client sending 0 or 0.7 is refused.',
    },
    steps: [
      {
        zh: '在客户端里把温度恢复默认，或从请求里删掉 temperature。',
        en: 'Reset the temperature in the client, or remove temperature from the request.',
      },
      {
        zh: '需要固定输出时换一个普通模型。',
        en: 'If you need deterministic output, use an ordinary model.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#reasoning-parameters',
    examples: [
      {
        text: 'Request failed with status code 400: {\n  "error": {\n    "message": "Unsupported value: \'temperature\' does not support 0 with this model. Only the default (1) value is supported.",\n    "type": "invalid_request_error",\n    "param": "temperature",\n    "code": "unsupported_value"\n  }\n}',
        source: 'gabrii/Cursor-Azure-GPT-5#33',
      },
      {
        text: "[API Error: 400 Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.]",
        source: 'QwenLM/qwen-code#921 (gpt-5-mini)',
      },
    ],
  },
  {
    id: 'reasoning-effort-unsupported',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai'],
    match: {
      codes: [],
      patterns: [
        // round 41 (agents): an upstream behind a gateway whose model build does not know adaptive thinking, which Claude Code
        // asks of Claude 4.6 and later (code.claude.com/docs/en/llm-gateway-connect, Troubleshooting: a 400 naming `thinking` or
        // `adaptive`, such as `Input tag 'adaptive' found`; fixed by upgrading the upstream or CLAUDE_CODE_DISABLE_ADAPTIVE_THINKING)
        "\\binput tag '?adaptive'? found\\b",
        "'reasoning_effort' does not support",
        'reasoning_effort is not supported',
        'unrecognized request argument supplied: reasoning_effort',
        'does not support reasoning(?: effort)?',
        // round 16 (zh-a): the Go litellm (github.com/voocel/litellm) OpenAI provider's request builder refuses, before
        // sending anything, a thinking setting for a model it does not count as a reasoning model (`openai: thinking is
        // only supported for reasoning chat models`) and an effort it does not list (`openai: unsupported
        // reasoning_effort "…"; use low, medium, high, xhigh, max`) (find_string ids 70991659275 and 55772568901;
        // agents built on it quote the first, id 58621243395)
        'thinking is only supported for reasoning (?:chat )?models',
        '\\bunsupported reasoning_effort\\b',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 on the Messages API's 400 for an effort level the model
        // takes only with thinking on (the API's `effort 'max' is not supported when thinking is disabled`, which its rKn
        // reads, shown as `API Error: Effort 'max' isn't available with thinking turned off on this model · …`)
        "effort '[a-z]+' (?:is not supported when thinking is disabled|isn['’]t available with thinking turned off)",
        // round 40 (agents-zh): a thinking mode the model does not take: Claude Opus 4.7 and later refuse extended thinking
        // (platform.claude.com/docs/en/build-with-claude/thinking-troubleshooting: `"thinking.type.enabled" is not supported for
        // this model. Use "thinking.type.adaptive" and "output_config.effort" …`; Claude Code's error reference, zh-CN 请求错误
        // `thinking.type.enabled is not supported for this model`, fixed by updating Claude Code; CherryHQ/cherry-studio#15933
        // through a relay that masks the field as `***.***.enabled`), and DeepSeek's Anthropic endpoint when Claude Code turns
        // thinking off for a reasoning model (aicoding.csdn.net/6a29515b10ee7a33f27a8b53.html: `API Error: 400 thinking options
        // type cannot be disabled when reasoning_effort is set`, CLAUDE_CODE_DISABLE_EXPERIMENTAL_BETAS with deepseek-v4-pro)
        // (review: only the thinking field, or the relay's mask of it; any other setting's `.enabled` — `web_search.enabled`
        // — is refused for another reason than the thinking mode)
        '(?:thinking\\.type|\\*{3}\\.\\*{3})\\.enabled\\W{0,3}is not supported for this model',
        '\\bthinking options type cannot be disabled when reasoning_effort is set\\b',
      ],
    },
    title: {
      zh: 'reasoning_effort 的取值不被支持',
      en: 'reasoning_effort value not supported',
    },
    meaning: {
      zh: '每个推理模型接受的推理强度不同；普通模型根本不认这个参数。',
      en: 'Each reasoning model takes its own set of effort values; ordinary models do not know the parameter at all.',
    },
    steps: [
      {
        zh: '改成报错里列出的值（如 low、medium、high）。',
        en: 'Use one of the values the error lists (such as low, medium, high).',
      },
      {
        zh: '普通模型就删掉这个参数；Codex 里对应的是 model_reasoning_effort。',
        en: 'For an ordinary model remove it; in Codex it is model_reasoning_effort.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#reasoning-parameters',
    examples: [
      {
        text: "{\"error\":{\"message\":\"Unsupported value: 'reasoning_effort' does not support 'none' with this model. Supported values are: 'minimal', 'low', 'medium', and 'high'.\",\"type\":\"invalid_request_error\"}}",
        source: 'Kilo-Org/cloud#3807',
      },
    ],
  },
  {
    id: 'thinking-budget-exceeds-max-tokens',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['anthropic'],
    match: {
      codes: [],
      patterns: [
        '`?max_tokens`? must be greater than `?thinking\\.budget_tokens',
        // round 45 (zhprose): not the parameter's docs (new-api's `` `budget_tokens`: 必需，整数。决定 Claude 可以用于内部推理过程的
        // token 数 ``, QuantumNous/new-api-docs docs/api/anthropic-chat.md; one-hub's `目前特指 budget_tokens。`, MartialBE/one-hub
        // docs/use/reasoning.md); a request that sends it (`"budget_tokens": 0`) still reads
        'budget_tokens(?!`\\s?[:：]\\s?(?:必需|必须|可选)|。)',
      ],
    },
    title: {
      zh: '思考预算不能大于 max_tokens',
      en: 'The thinking budget must be below max_tokens',
    },
    meaning: {
      zh: 'Anthropic 格式打开思考（thinking）时，budget_tokens 算在 max_tokens 里，必须小于它，且最少 1024。',
      en: 'With thinking on in the Anthropic format, budget_tokens counts inside max_tokens, so it must be smaller, and at least 1024.',
    },
    steps: [
      {
        zh: '调大 max_tokens，或调小 thinking.budget_tokens。',
        en: 'Raise max_tokens or lower thinking.budget_tokens.',
      },
      {
        zh: '思考打开时不要再改 temperature。',
        en: 'Leave temperature alone while thinking is on.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#reasoning-parameters',
    examples: [
      {
        text: '{"type":"error","error":{"type":"invalid_request_error","message":"`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size"},"request_id":"req_vrtx_011CXysPoC8LTxjk47JUjfVN"}',
        source: 'liuw1535/antigravity2api-nodejs#149',
      },
    ],
  },
  {
    id: 'structured-output-unsupported',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai', 'one-api', 'new-api', 'azure'],
    match: {
      codes: [],
      patterns: [
        "'response_format' of type '?(?:json_schema|json_object)'? is not supported",
        'invalid value: `?json_schema`?, supported values are',
        'response_format parameter is unsupported',
      ],
    },
    title: {
      zh: '模型不支持结构化输出（response_format）',
      en: 'The model does not support structured output (response_format)',
    },
    meaning: {
      zh: 'json_schema（结构化输出）只有部分模型支持；有的服务只认 json_object 或 text。',
      en: 'json_schema (Structured Outputs) works only on some models; some services take only json_object or text.',
    },
    steps: [
      {
        zh: '换一个支持结构化输出的模型，或改用 json_object 并在提示词里要求 JSON。',
        en: 'Switch to a model with structured output, or use json_object and ask for JSON in the prompt.',
      },
      {
        zh: 'LangChain 的 with_structured_output 可以传 method="function_calling"。',
        en: 'With LangChain’s with_structured_output, pass method="function_calling".',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#structured-output',
    examples: [
      {
        text: "Error code: 400 - {'error': {'message': \"Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model. Learn more about supported models at the Structured Outputs guide: https://platform.openai.com/docs/guides/structured-outputs (request id: 20241022210315850288268h2ZnBgbC)\", 'type': 'invalid_request_error', 'param': '', 'code': None}}",
        source: 'AgnostiqHQ/multi-agent-llm#2 (gpt-4o-mini through a gateway)',
      },
      {
        text: "{'error': {'code': 'InvalidParameter', 'message': 'The parameter `response_format.type` specified in the request are not valid: invalid value: `json_schema`, supported values are: `json_object` and `text`.', 'param': 'response_format.type', 'type': 'BadRequest'}}",
        source: 'agno-agi/agno#2553',
      },
    ],
  },
  {
    id: 'embedding-dimension-mismatch',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai', 'client'],
    match: {
      codes: [],
      patterns: [
        'expected \\d+ dimensions, not \\d+',
        'has dimension \\d+, expected \\d+',
        'does not support specifying dimensions',
        '向量维度(?:不一致|不匹配)',
      ],
    },
    title: {
      zh: '向量维度和知识库不一致',
      en: 'Embedding size does not match the index',
    },
    meaning: {
      zh: '向量数据库里存的是旧模型的向量，新的向量模型（或 dimensions 参数）给出的维度不同；旧模型也可能不支持 dimensions 参数。',
      en: 'The vector store holds vectors from the old model, and the new embedding model (or the dimensions parameter) gives another size; older models may not accept dimensions at all.',
    },
    steps: [
      {
        zh: '换回建库时用的向量模型，或用新模型重建索引。',
        en: 'Go back to the embedding model the index was built with, or rebuild the index with the new one.',
      },
      {
        zh: '旧模型报不支持 dimensions 时，把这个参数去掉。',
        en: 'If an older model refuses dimensions, drop the parameter.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#embeddings-and-images',
    examples: [
      {
        text: 'WARN narsil_mcp::index: Failed to batch index neural embeddings: Embedding at index 0 has dimension 3072, expected 1536',
        source: 'postrv/narsil-mcp#14 (text-embedding-3-large into a 1536-dimension index)',
      },
    ],
  },
  {
    id: 'image-size-unsupported',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai', 'one-api', 'new-api'],
    match: {
      codes: ['invalid_size', 'size_not_supported'],
      patterns: [
        'size is not supported by this model',
        'size must be one of',
        // round 43 (newapi): new-api's check of an image size written with the multiplication sign (QuantumNous/new-api
        // relay/helper/valid_request.go GetAndValidOpenAIImageRequest `size an unexpected error occurred in the parameter,
        // please use 'x' instead of the multiplication sign '×'`): `1024×1024` for `1024x1024`
        "\\bplease use 'x' instead of the multiplication sign\\b",
        // round 43 (newapi): new-api's Sora check of a video size the model does not take (QuantumNous/new-api
        // relay/common/relay_utils.go ValidateMultipartDirect, a 400 invalid_size `sora-2 size is invalid`, for sora-2 other than
        // 720x1280 or 1280x720, for sora-2-pro also 1792x1024 and 1024x1792)
        '\\bsora-2 size is invalid\\b',
        'size not supported for this image model',
        "'\\d+x\\d+' is not one of",
        '(?:图片)?尺寸不(?:支持|合法)',
      ],
    },
    title: {
      zh: '图片尺寸这个模型不支持',
      en: 'Image size not supported by this model',
    },
    meaning: {
      zh: '每个图片模型只接受几种固定尺寸，例如 1024x1024；客户端默认的 512x512 之类的尺寸会被拒绝。',
      en: 'Each image model accepts only a few sizes, such as 1024x1024; a client default such as 512x512 is refused.',
    },
    steps: [
      {
        zh: '把 size 改成报错或模型说明里列出的尺寸。',
        en: 'Set size to one the error or the model notes list.',
      },
      {
        zh: '被拒绝的请求不会生成图片，改好后再发即可。',
        en: 'A refused request makes no image, so send it again once fixed.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#embeddings-and-images',
    examples: [
      {
        text: "openai.BadRequestError: Error code: 400 - {'error': {'message': 'size not supported for this image model (request id: 202405051132032498639127349253)', 'type': 'one_api_error', 'param': '', 'code': 'size_not_supported'}}",
        source: 'songquanpeng/one-api#1411 (Azure dall-e-3)',
      },
      {
        text: "openai error: '512x512' is not one of ['1024x1024', '1792x1024', '1024x1792'] - 'size'",
        source: 'coaidev/coai#280',
      },
      {
        text: 'data:{error: {code: invalid_size, message: The size is not supported by this model., param: null, type: invalid_request_error}}',
        source: 'redevrx/chat_gpt_sdk#93 (dall-e-3 with 256x256)',
      },
    ],
  },
  {
    id: 'model-endpoint-mismatch',
    cause: 'bad_request',
    layer: 'client',
    statuses: [404, 400],
    // round 42 (relays): 503 with its own words: one-hub's and done-hub's `channel not implemented` channel_error (below)
    statusesWithWording: [503],
    defaultFor: [],
    dialects: ['openai', 'client'],
    match: {
      codes: [
        // round 27 (en-vendors): Azure OpenAI's 400 for a deployment whose model does not serve the operation called (`{'code':
        // 'OperationNotSupported', 'message': 'The chatCompletion operation does not work with the specified model, gpt-4o. Please
        // choose different model and try again.'}`; find_string ids 47105988558, 68502098, 53720076092)
        'operationnotsupported',
        // round 43 (newapi): Laisky's one-api fork when the channel chosen for a video model has no durable video API
        // (Laisky/one-api relay/controller/async_video.go RelayAsyncVideoHelper, a 400 `unsupported_async_video_provider`
        // `channel does not implement durable async video`)
        'unsupported_async_video_provider',
      ],
      patterns: [
        // round 43 (gateways): Apache APISIX's ai-proxy when the route's provider cannot take the protocol the client spoke and
        // no converter bridges them (apache/apisix apisix/plugins/ai-proxy/base.lua, a 400 `provider <p> does not support <proto>
        // protocol (supported: …)`), e.g. Anthropic Messages sent to an OpenAI-only route
        '\\bprovider [\\w.-]{1,40} does not support [\\w.-]{1,40} protocol \\(supported: ',
        'operation does not work with the specified model',
        // n8n's OpenAI node (nodes-langchain OpenAi helpers/error-handling.ts) when the model only speaks Responses
        'this model requires the responses api',
        'only supported in /?v1/responses',
        'is not a chat model',
        // round 24 (en): and the other way round, a chat model called on the legacy completions endpoint (OpenAI's
        // `This is a chat model and not supported in the v1/completions endpoint. Did you mean to use v1/chat/completions?`)
        'not supported in the /?v1/(?:chat/)?completions endpoint',
        // round 34 (relay-strings): new-api's OpenAI-type channel asked on the Claude endpoint for a model it cannot
        // convert (Calcium-Ion/new-api@ef8ae4d relay/channel/openai/adaptor.go ConvertClaudeRequest `you are using openai
        // channel type with path /v1/messages, only claude model supported convert, but got %s`)
        'with path /v1/messages, only claude models? supported convert',
        // round 42 (agents): and the other way round again, the Vercel AI SDK's openai provider (Responses by default) on an
        // address that streams chat completions (vercel/ai@ed857f5 packages/openai/src/responses/
        // openai-responses-language-model.ts createOpenAIResponsesChatCompletionsMismatchError, vercel/ai#16423: `Received a
        // Chat Completions stream while using the OpenAI Responses API. The default OpenAI provider model uses the Responses
        // API. If your custom baseURL targets a Chat Completions-compatible endpoint, use openai.chat('model-id') …`)
        'received a chat completions stream while using the openai responses api',
        // round 42 (relays): one-hub's and done-hub's 503 channel_error when the channel picked for the model has no
        // implementation of the endpoint called, a chat model on /v1/embeddings or /v1/audio/speech, say (MartialBE/one-hub and
        // deanxv/done-hub relay/chat.go, embeddings.go, speech.go and the rest, `common.StringErrorWrapperLocal("channel not
        // implemented", "channel_error", 503)`), and done-hub's compaction route on a channel without it (relay/responses.go
        // `channel does not support /v1/responses/compact`); new-api's bare `not implemented` is read as invalid-parameters
        '(?:^|["\'：:]\\s?)channel not implemented\\b',
        '\\bchannel does not support /v1/responses/compact\\b',
        // round 43 (newapi): new-api's own compaction route on a channel whose API type has no compact endpoint (QuantumNous/new-api
        // relay/responses_handler.go ResponsesHelper, a 400 invalid_request `unsupported endpoint "/v1/responses/compact" for api
        // type %d`): the model's channel does not serve the endpoint called
        '\\bunsupported endpoint "/v1/responses/compact" for api type\\b',
        // round 43 (newapi): Laisky's one-api fork when the channel an admin's key pins has no such endpoint (Laisky/one-api
        // middleware/distributor.go Distribute, a 400 `Channel #%d does not support the requested endpoint: %s`)
        '\\bchannel #\\d+ does not support the requested endpoint\\b',
        // round 43 (newapi): and its Claude Messages route asked for a model that is no Claude (Laisky/one-api
        // relay/adaptor/aws/adaptor.go ConvertClaudeRequest `model '%s' does not support the v1/messages endpoint. Please use
        // v1/chat/completions instead`, answered as a 400 invalid_request_error by relay/controller/convert_request_error.go)
        '\\bdoes not support the v1/messages endpoint\\b',
      ],
    },
    title: {
      zh: '这个模型不在你调用的接口上提供',
      en: 'This model is not served on the endpoint you called',
    },
    meaning: {
      zh: '有的模型只在 /v1/responses 上提供（如 o1-pro、gpt-5-pro、codex 系列），有的根本不是对话模型（语音、向量、图片）。客户端走 /v1/chat/completions 调它们，上游就回 404 或 400。',
      en: 'Some models are served only on /v1/responses (o1-pro, gpt-5-pro, the codex models), some are not chat models at all (speech, embeddings, images). Called on /v1/chat/completions, the upstream answers 404 or 400.',
    },
    steps: [
      {
        zh: '换一个支持对话接口的模型，或在客户端里改用 Responses 接口（如 Codex 的 wire_api = "responses"）。',
        en: 'Pick a model that serves chat completions, or switch the client to the Responses API (wire_api = "responses" in Codex, for one).',
      },
      {
        zh: '语音、向量、图片模型要用它们自己的接口（/v1/audio、/v1/embeddings、/v1/images）。',
        en: 'Speech, embedding and image models have their own endpoints (/v1/audio, /v1/embeddings, /v1/images).',
      },
      {
        zh: "反过来，客户端走 Responses 接口（Vercel AI SDK 的 openai 默认如此）、这里却回了对话接口的流时，把客户端改成对话接口，例如 openai.chat('模型名')。",
        en: "The other way round, when a client on the Responses API gets a chat-completions stream back (the Vercel AI SDK's openai provider by default), switch the client to chat completions, such as openai.chat('model-id').",
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#invalid-parameters',
    examples: [
      {
        text: 'This model is only supported in v1/responses and not in /v1/chat/completions.',
        source:
          'crewAI test of OpenAICompletion falling back to the Responses API (public GitHub source, find_string "only supported in v1/responses")',
      },
      {
        text: "NotFoundError: Error code: 404 - {'error': {'message': 'This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?', 'type': 'invalid_request_error', 'param': 'model', 'code': None}}",
        source:
          'langchain-openai ChatOpenAI on a completions-only model, as quoted in a public digest of GitHub threads (find_string "is not a chat model and thus not supported")',
      },
    ],
  },
  {
    id: 'responses-item-not-found',
    cause: 'bad_request',
    layer: 'client',
    statuses: [404, 400],
    defaultFor: [],
    dialects: ['openai', 'client'],
    match: {
      codes: ['previous_response_not_found'],
      patterns: [
        "item with id '?[\\w-]+'? not found",
        'items are not persisted when `?store`? is set to false',
        "previous response with id '?[\\w-]+'? not found",
      ],
    },
    title: {
      zh: 'Responses 请求引用的历史条目不存在',
      en: 'A Responses request refers to an item that no longer exists',
    },
    meaning: {
      zh: '请求里带了 previous_response_id，或在 input 里带了 rs_、msg_ 开头的历史条目 id。只有 store 为 true、并由同一个上游账号回答时才查得到；store 为 false、网关换了渠道或已过期，上游就说找不到。',
      en: 'The request carries a previous_response_id, or item ids such as rs_… and msg_… in input. They resolve only when store was true and the same upstream account answers; with store false, after the gateway switched channel, or once expired, the upstream cannot find them.',
    },
    steps: [
      {
        zh: '新开一个会话，或在客户端里关掉对上一轮回复的引用。',
        en: 'Start a new session, or turn off reusing the previous response in the client.',
      },
      {
        zh: '自己写代码时，要么设 store: true，要么把完整的历史内容放进 input，而不是只放条目 id。',
        en: 'In your own code, either set store: true or send the full history in input rather than item ids.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#invalid-parameters',
    examples: [
      {
        text: '{"detail":"Item with id \'rs_resp_5Qi8asrpEcPO-8YPq6-xiQw_0\' not found. Items are not persisted when `store` is set to false. Try again with `store` set to true, or remove this item from your input."}',
        source:
          'A Responses proxy test of the upstream 404 for an unpersisted reasoning item (public GitHub source, find_string "Items are not persisted when")',
      },
      {
        text: '{"error":{"type":"invalid_request_error","code":"previous_response_not_found","message":"Previous response with id \'resp_123\' not found.","param":"previous_response_id"}}',
        source:
          'A client test of the OpenAI Responses previous_response_not_found error (public GitHub source, find_string "Previous response with id")',
      },
    ],
  },
  {
    id: 'tool-schema-invalid',
    cause: 'bad_request',
    layer: 'client',
    statuses: [400],
    defaultFor: [],
    dialects: ['openai', 'anthropic', 'client'],
    match: {
      codes: [
        'invalid_function_parameters',
        // round 34 (en-vendors): Groq's 400 when the model's tool call does not parse or fit the tool's schema
        // (console.groq.com/docs/errors and tool-use: code tool_use_failed with the raw `failed_generation`; `Failed to call a
        // function. Please adjust your prompt. See 'failed_generation' for more details.`, `Tool call validation failed:
        // parameters for tool … did not match schema`; find_string ids 52354420267, 71604300533): the tools or the prompt
        // must change, retrying the same request rarely helps
        'tool_use_failed',
      ],
      patterns: [
        'invalid schema for function',
        // round 34 (en-vendors): the same Groq 400 in its message's words
        'failed to call a function\\. please adjust your prompt',
        'tool call validation failed: parameters for tool',
        // round 24 (en): OpenAI's strict schema check names the array without `items` (`Invalid schema for function
        // 'x': In context=('properties', 'texts'), array schema missing items.`, the same for a `response_format`),
        // and clients and relays often print only its last sentence (find_string `array schema missing items`, ids
        // 4092625677, 59192906322, 60785909067)
        'array schema missing items',
        'invalid schema for response_format',
        'input_schema: json schema is invalid',
        // round 16 (zh-a): the Go litellm (github.com/voocel/litellm) OpenAI provider's convertTools, before sending
        // (`openai: tool %q parameters must be valid JSON: …`, `openai: tool %q strict schema invalid: …`; find_string
        // id 70991659275): the JSON error after it is the tool's schema, not a web page answered for JSON
        // (the reason after it is part of the same words, so they hold the JSON error's)
        '\\btool "[^"\\n]{1,80}" (?:parameters must be valid json|strict schema invalid)(?:: [^\\n]{0,120})?',
      ],
    },
    title: {
      zh: '某个工具（函数）的参数定义不合法',
      en: 'A tool’s parameter schema is invalid',
    },
    meaning: {
      zh: '请求里某个工具（常见于 MCP 服务器提供的工具）的 JSON Schema 不合上游的要求：顶层不是 object、数组缺 items、用了上游不认的写法。上游会拒绝整个请求，不只是这一个工具。',
      en: 'One tool in the request (often one an MCP server provides) has a JSON Schema the upstream rejects: not an object at the top, an array without items, a form the upstream does not accept. The upstream refuses the whole request, not just that tool.',
    },
    steps: [
      {
        zh: '按报错里的工具名或序号（如 tools.17）找到那个工具，先停用提供它的 MCP 服务器再试。',
        en: 'Find the tool the error names or numbers (tools.17, for one) and disable the MCP server that provides it, then retry.',
      },
      {
        zh: '修正它的 schema（顶层 type 为 object，数组写 items），或升级提供它的工具或客户端。',
        en: 'Fix its schema (type object at the top, items on every array), or update the tool or client that provides it.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/bad-request#tool-calling',
    examples: [
      {
        text: '{"error":{"message":"Invalid schema for function \'get_weather\': schema must be a JSON Schema object.","type":"invalid_request_error","code":null}}',
        source:
          'An OpenAI client test of its error normalizer (public GitHub source, find_string "Invalid schema for function")',
      },
      {
        text: 'API Error: 400 tools.17.custom.input_schema: JSON schema is invalid',
        source:
          'A Claude Code MCP fix note quoting the Anthropic 400 (public GitHub doc, find_string "input_schema: JSON schema is invalid")',
      },
    ],
  },
]
