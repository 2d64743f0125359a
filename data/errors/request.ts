import type { ErrorEntry } from '../errors.schema.ts'

/** The request itself: too long, refused by policy, wrong parameters, or sent to the wrong address. */
export const requestEntries: ErrorEntry[] = [
  {
    id: 'context-length-exceeded',
    cause: 'context_length',
    layer: 'client',
    statuses: [400, 413],
    defaultFor: [],
    dialects: ['openai', 'anthropic', 'gemini', 'one-api', 'new-api', 'openrouter'],
    match: {
      codes: ['context_length_exceeded', 'string_above_max_length', 'text_too_long', 'prompt_too_long'],
      patterns: [
        'maximum context length',
        'prompt is too long',
        'exceeds the maximum number of tokens',
        'input token count',
        'context (?:length|window) (?:exceeded|is exceeded)',
        'reduce the length of the messages',
        'too many tokens',
        'range of input length should be',
        '超出(?:了)?(?:最大)?上下文',
        '上下文长度',
        'prompt\\s*超长',
        'input is too long',
        'exceeded model token limit',
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
    statuses: [413],
    defaultFor: [413],
    dialects: ['anthropic', 'one-api', 'new-api', 'client'],
    match: {
      codes: ['request_too_large'],
      patterns: [
        'request entity too large',
        'payload too large',
        'request exceeds the maximum allowed number of bytes',
        '请求体过大',
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
    statuses: [400, 403, 200],
    defaultFor: [],
    dialects: ['openai', 'azure', 'gemini', 'openrouter', 'new-api'],
    match: {
      codes: [
        'content_policy_violation',
        'content_filter',
        'sensitive_words_detected',
        'moderation_blocked',
        'responsibleaipolicyviolation',
        'datainspectionfailed',
        'data_inspection_failed',
        'inputtextriskdetection',
        'outputtextriskdetection',
        'inputimageriskdetection',
        'outputimageriskdetection',
        'prompt_blocked',
      ],
      patterns: [
        'safety system',
        'content management policy',
        'content policy',
        'input was flagged',
        'requires moderation',
        'finish_?reason.{0,6}(?:safety|content_filter)',
        'blockreason',
        '敏感词',
        '内容(?:违规|审核|不合规)',
        'sensitive words',
        '不安全或敏感内容',
        'may contain inappropriate content',
        'includes sensitive content',
        'considered high risk',
        '涉敏',
        '审核不通过',
        'flagged for possible cybersecurity risk',
        'content filtering policy',
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
    statuses: [400, 422],
    defaultFor: [400, 422],
    dialects: ['openai', 'one-api', 'new-api', 'anthropic', 'gemini', 'openrouter'],
    match: {
      codes: [
        'invalid_request_error',
        'invalid_value',
        'unsupported_parameter',
        'unsupported_value',
        'invalid_text_request',
        'invalid_argument',
        'bind_request_body_failed',
        'invalid_json',
        'invalidparameter',
        'missingparameter',
        'read_request_body_failed',
        'convert_request_failed',
        'bad_request_body',
        'size_not_supported',
        'n_not_within_range',
        'prompt_missing',
        'invalid_image_request',
      ],
      patterns: [
        'unrecognized request argument',
        'invalid value for',
        'unsupported parameter',
        'is not of type',
        'field messages is required',
        'extra inputs are not permitted',
        // Moonshot prefixes every 400 with "Invalid request:"; the words after it say which.
        'invalid (?:type|json|request\\b(?!:))',
        'messages: (?:at least one|roles must alternate)',
        '参数(?:错误|无效|有误)',
        'param(?:eter)? incorrect',
        'not supported by this model',
        '参数非法',
        '参数有误',
        'invalid parameters',
        'missing one or multiple required parameters',
        '未指定模型名称',
        'model name not specified',
        '无法解析模型',
        'unable to parse model',
        'invalid midjourney request',
        '无效的\\s*midjourney\\s*请求',
        'size not supported',
        '(?:prompt|task_id|action|index|content)_is_required',
        'base64_is_required',
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
        "unexpected token '?<'?",
        '<!doctype',
        'is not valid json',
        'expecting value: line 1 column 1',
        'json\\.parse: unexpected character',
        'jsondecodeerror',
        'invalid character .<. looking for beginning of value',
        'unexpected end of json input',
        'method not allowed',
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
      patterns: ['/v1/v1', '/chat/completions/chat/completions'],
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
    defaultFor: [404],
    dialects: ['one-api', 'new-api', 'openai', 'client'],
    match: {
      codes: [],
      patterns: [
        'invalid url \\((?:get|post|put|delete) ',
        '404 page not found',
        'cannot (?:post|get) /',
        '^not found$',
        '404 not found',
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
    id: 'invalid-url-client',
    cause: 'base_url',
    layer: 'client',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: ['err_invalid_url', 'unsupportedprotocol', 'err_unsupported_protocol'],
      patterns: [
        'invalid url',
        'failed to parse url',
        "missing an 'http://' or 'https://' protocol",
        'no scheme supplied',
        'unsupported protocol scheme',
        'only absolute urls are supported',
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
