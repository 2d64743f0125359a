import type { Cause } from '../../../data/causes.ts'

/**
 * The standard messages of the families issue #13 names, written down from each runtime's, SDK's and vendor's own
 * source (the strings those programs print, with example hosts), to check that each one names its cause: a checklist
 * of breadth, not a measure of accuracy (nobody pasted these; the held-out sets measure that). Where a message reads
 * as two causes alike (reqwest's `operation timed out`, which macOS also prints for a connect timeout; Chrome's
 * `ERR_TIMED_OUT`; Node's bare `aborted`) its cause is the likelier one and the audit reports it unnamed.
 */
export interface AuditMessage {
  text: string
  cause: Cause
}

/** Issue #13 family 3: how Go, the JDK and OkHttp, .NET, Rust, Dart, Apple's URLSession, curl, Python and Node say a
 * request failed in transport. */
export const transportMessages: AuditMessage[] = [
  { text: 'Post "https://api.example.com/v1/chat/completions": EOF', cause: 'network' },
  { text: 'http2: server sent GOAWAY and closed the connection; LastStreamID=1, ErrCode=NO_ERROR', cause: 'network' },
  { text: 'tls: failed to verify certificate: x509: certificate signed by unknown authority', cause: 'network' },
  { text: 'proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused', cause: 'network' },
  { text: 'dial tcp: lookup api.example.com on 127.0.0.53:53: server misbehaving', cause: 'network' },
  { text: 'dial tcp 1.2.3.4:443: connect: network is unreachable', cause: 'network' },
  { text: 'read tcp 10.0.0.2:51234->1.2.3.4:443: read: connection reset by peer', cause: 'network' },
  { text: 'java.net.SocketException: Connection reset', cause: 'network' },
  {
    text: 'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
    cause: 'network',
  },
  { text: 'java.io.EOFException: \\n not found: limit=0 content=…', cause: 'network' },
  { text: 'java.net.ProtocolException: unexpected end of stream', cause: 'network' },
  {
    text: 'okhttp3.internal.http2.StreamResetException: stream was reset: INTERNAL_ERROR',
    cause: 'stream_interrupted',
  },
  { text: 'java.net.NoRouteToHostException: No route to host', cause: 'network' },
  { text: 'java.net.SocketException: Network is unreachable', cause: 'network' },
  { text: 'java.io.InterruptedIOException: timeout', cause: 'timeout' },
  { text: 'java.net.ConnectException: Failed to connect to api.example.com/1.2.3.4:443', cause: 'network' },
  {
    text: 'System.Net.Http.HttpRequestException: No connection could be made because the target machine actively refused it. (localhost:11434)',
    cause: 'network',
  },
  {
    text: 'System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.',
    cause: 'network',
  },
  { text: 'System.Net.Http.HttpRequestException: No such host is known. (api.example.com:443)', cause: 'network' },
  {
    text: 'error sending request for url (https://api.example.com/v1/chat/completions): operation timed out',
    cause: 'timeout',
  },
  {
    text: 'error sending request for url (https://api.example.com/v1/chat/completions): error trying to connect: dns error: failed to lookup address information: nodename nor servname provided, or not known',
    cause: 'network',
  },
  {
    text: "SocketException: Failed host lookup: 'api.example.com' (OS Error: No address associated with hostname, errno = 7)",
    cause: 'network',
  },
  {
    text: 'ClientException with SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = localhost, port = 51234, uri=http://localhost:11434/api/chat',
    cause: 'network',
  },
  {
    text: 'HandshakeException: Handshake error in client (OS Error: CERTIFICATE_VERIFY_FAILED: unable to get local issuer certificate(handshake.cc:393))',
    cause: 'network',
  },
  { text: 'Connection closed before full header was received', cause: 'network' },
  { text: 'TimeoutException after 0:00:30.000000: Future not completed', cause: 'timeout' },
  { text: 'The request timed out.', cause: 'timeout' },
  { text: 'A server with the specified hostname could not be found.', cause: 'network' },
  { text: 'The Internet connection appears to be offline.', cause: 'network' },
  { text: 'Could not connect to the server.', cause: 'network' },
  { text: 'An SSL error has occurred and a secure connection to the server cannot be made.', cause: 'network' },
  { text: 'The network connection was lost.', cause: 'network' },
  { text: 'Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."', cause: 'timeout' },
  { text: 'cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received', cause: 'timeout' },
  {
    text: 'cURL error 35: OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to api.example.com:443',
    cause: 'network',
  },
  { text: 'cURL error 60: SSL certificate problem: unable to get local issuer certificate', cause: 'network' },
  { text: 'curl: (7) Failed to connect to api.example.com port 443 after 21 ms: Connection refused', cause: 'network' },
  { text: 'curl: (52) Empty reply from server', cause: 'network' },
  { text: 'curl: (56) Recv failure: Connection reset by peer', cause: 'network' },
  {
    text: "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host api.example.com:443 ssl:default [Connect call failed ('1.2.3.4', 443)]",
    cause: 'network',
  },
  { text: 'aiohttp.client_exceptions.ServerDisconnectedError: Server disconnected', cause: 'network' },
  {
    text: 'aiohttp.client_exceptions.ClientPayloadError: Response payload is not completed',
    cause: 'stream_interrupted',
  },
  { text: 'httpx.RemoteProtocolError: Server disconnected without sending a response.', cause: 'network' },
  {
    text: 'httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)',
    cause: 'stream_interrupted',
  },
  { text: 'httpx.ReadTimeout', cause: 'timeout' },
  { text: 'httpx.ConnectTimeout', cause: 'network' },
  {
    text: "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
    cause: 'network',
  },
  { text: 'ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:1007)', cause: 'network' },
  {
    text: "requests.exceptions.ChunkedEncodingError: (\"Connection broken: InvalidChunkLength(got length b'', 0 bytes read)\", InvalidChunkLength(got length b'', 0 bytes read))",
    cause: 'stream_interrupted',
  },
  { text: 'TypeError: terminated\n  [cause]: SocketError: other side closed', cause: 'stream_interrupted' },
  { text: 'HeadersTimeoutError: Headers Timeout Error', cause: 'timeout' },
  { text: 'BodyTimeoutError: Body Timeout Error', cause: 'timeout' },
  { text: 'Error: write EPIPE', cause: 'network' },
  { text: 'Error: connect EHOSTUNREACH 1.2.3.4:443', cause: 'network' },
  { text: 'Error: connect ENETUNREACH 1.2.3.4:443', cause: 'network' },
  { text: 'Error: getaddrinfo EAI_AGAIN api.example.com', cause: 'network' },
  { text: 'Error: certificate has expired', cause: 'network' },
  { text: 'Error: unable to verify the first certificate', cause: 'network' },
  { text: 'Error: self-signed certificate in certificate chain', cause: 'network' },
  {
    text: "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: api.example.com. is not in the cert's altnames: DNS:*.other.com",
    cause: 'network',
  },
  { text: 'Error: Client network socket disconnected before secure TLS connection was established', cause: 'network' },
  { text: 'Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close', cause: 'stream_interrupted' },
  { text: 'Error: aborted', cause: 'stream_interrupted' },
  { text: 'net::ERR_CONNECTION_REFUSED', cause: 'network' },
  { text: 'net::ERR_NAME_NOT_RESOLVED', cause: 'network' },
  { text: 'net::ERR_CERT_AUTHORITY_INVALID', cause: 'network' },
  { text: 'net::ERR_CONNECTION_RESET', cause: 'network' },
  { text: 'net::ERR_TIMED_OUT', cause: 'network' },
  { text: 'NetworkError when attempting to fetch resource.', cause: 'network' },
  { text: 'TypeError: Load failed', cause: 'network' },
]

/** Issue #13 family 4: a key the client could not send, or sent wrongly, in each runtime's and vendor's words. */
export const keyMessages: AuditMessage[] = [
  {
    text: 'TypeError: Cannot convert argument to a ByteString because the character at index 7 has a value of 8203 which is greater than 255.',
    cause: 'key_format',
  },
  { text: 'TypeError [ERR_INVALID_CHAR]: Invalid character in header content ["Authorization"]', cause: 'key_format' },
  {
    text: "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u201c' in position 7: ordinal not in range(256)",
    cause: 'key_format',
  },
  {
    text: "UnicodeEncodeError: 'ascii' codec can't encode characters in position 7-8: ordinal not in range(128)",
    cause: 'key_format',
  },
  { text: 'net/http: invalid header field value for "Authorization"', cause: 'key_format' },
  {
    text: 'Post "https://api.example.com/v1/chat/completions": net/http: invalid header field value "Bearer sk-abc\\n" for key Authorization',
    cause: 'key_format',
  },
  {
    text: 'java.lang.IllegalArgumentException: Unexpected char 0x0a at 42 in Authorization value: Bearer sk-abc',
    cause: 'key_format',
  },
  { text: "System.FormatException: The format of value 'Bearer sk-abc def' is invalid.", cause: 'key_format' },
  {
    text: 'System.Net.Http.HttpRequestException: Request headers must contain only ASCII characters.',
    cause: 'key_format',
  },
  {
    text: "requests.exceptions.InvalidHeader: Invalid leading whitespace, reserved character(s), or return character(s) in header value: 'Bearer  sk-abc'",
    cause: 'key_format',
  },
  { text: "httpx.LocalProtocolError: Illegal header value b'Bearer sk-abc\\n'", cause: 'key_format' },
  {
    text: 'ValueError: Newline or carriage return character detected in HTTP status message or header. This is a potential security issue.',
    cause: 'key_format',
  },
  { text: 'TypeError: Headers.append: "Bearer sk-abc\\n" is an invalid header value.', cause: 'key_format' },
  {
    text: "TypeError: Failed to execute 'setRequestHeader' on 'XMLHttpRequest': 'Bearer sk-abc\\n' is not a valid HTTP header field value.",
    cause: 'key_format',
  },
  {
    text: "TypeError: Failed to execute 'fetch' on 'Window': Failed to read the 'headers' property from 'RequestInit': String contains non ISO-8859-1 code point.",
    cause: 'key_format',
  },
  { text: 'Invalid HTTP header field value: "Bearer sk-abc\\n"', cause: 'key_format' },
  { text: 'reqwest::Error { kind: Builder, source: InvalidHeaderValue }', cause: 'key_format' },
  {
    text: 'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
    cause: 'key_format',
  },
  {
    text: "Error: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).",
    cause: 'key_format',
  },
  {
    text: 'anthropic.AuthenticationError: Error code: 401 - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
    cause: 'invalid_key',
  },
  {
    text: '{"error":{"message":"You didn\'t provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you\'re accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":null}}',
    cause: 'key_format',
  },
  {
    text: '{"error":{"code":401,"message":"Missing Authentication header","status":"UNAUTHENTICATED"}}',
    cause: 'key_format',
  },
  {
    text: '{"error":{"code":403,"message":"Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","status":"PERMISSION_DENIED"}}',
    cause: 'key_format',
  },
  {
    text: '{"error":{"message":"Authentication Fails (auth header format should be Bearer sk-...)","type":"authentication_error"}}',
    cause: 'key_format',
  },
  { text: '{"error":{"message":"未提供令牌 (request id: 20240101)","type":"new_api_error"}}', cause: 'key_format' },
  { text: '{"error":{"message":"无效的令牌 (request id: 2024)","type":"new_api_error"}}', cause: 'invalid_key' },
]

/** Issue #13 family 5: context length, content moderation and media tasks in each vendor's words. */
export const policyContextMediaMessages: AuditMessage[] = [
  {
    text: "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens. Please reduce the length of the messages.",
    cause: 'context_length',
  },
  {
    text: '{"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210000 tokens > 200000 maximum"}}',
    cause: 'context_length',
  },
  {
    text: 'The input token count (1048577) exceeds the maximum number of tokens allowed (1048576).',
    cause: 'context_length',
  },
  {
    text: "This model's maximum context length is 4096 tokens. However, you requested 5000 tokens (4000 in the messages, 1000 in the completion). Please reduce the length of the messages or completion.",
    cause: 'context_length',
  },
  { text: 'the request exceeds the available context size, try increasing it', cause: 'context_length' },
  { text: 'ValidationException: Input is too long for requested model.', cause: 'context_length' },
  {
    text: '<400> InternalError.Algo.InvalidParameter: Range of input length should be [1, 129024]',
    cause: 'context_length',
  },
  { text: 'Invalid request: Your request exceeded model token limit: 8192', cause: 'context_length' },
  {
    text: 'Prompt contains 40000 tokens and 0 draft tokens, too large for model with 32768 maximum context length',
    cause: 'context_length',
  },
  {
    text: 'too many tokens: total number of tokens in the prompt cannot exceed 4081 - received 5000. Try using a shorter prompt, or enabling prompt truncating.',
    cause: 'context_length',
  },
  {
    text: 'This endpoint\'s maximum context length is 128000 tokens. However, you requested about 130000 tokens (120000 of text input, 10000 in the output). Please reduce the length of either one, or use the "middle-out" transform to compress your prompt automatically.',
    cause: 'context_length',
  },
  {
    text: 'Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 4000 `inputs` tokens and 200 `max_new_tokens`',
    cause: 'context_length',
  },
  { text: 'Prompt is too long', cause: 'context_length' },
  {
    text: 'Your input exceeds the context window of this model. Please adjust your input and try again.',
    cause: 'context_length',
  },
  {
    text: 'Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.',
    cause: 'content_policy',
  },
  {
    text: 'Invalid prompt: your prompt was flagged as potentially violating our usage policy. Please try again with a different prompt.',
    cause: 'content_policy',
  },
  {
    text: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
    cause: 'content_policy',
  },
  { text: 'Output blocked by content filtering policy', cause: 'content_policy' },
  { text: '[GoogleGenerativeAI Error]: Candidate was blocked due to SAFETY', cause: 'content_policy' },
  { text: 'Response was blocked due to PROHIBITED_CONTENT', cause: 'content_policy' },
  {
    text: '{"code":"DataInspectionFailed","message":"Input data may contain inappropriate content."}',
    cause: 'content_policy',
  },
  {
    text: '{"error":{"code":"1301","message":"系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。"}}',
    cause: 'content_policy',
  },
  { text: 'The request was rejected because it was considered high risk', cause: 'content_policy' },
  { text: 'Content Exists Risk', cause: 'content_policy' },
  {
    text: '{"error":{"code":"SensitiveContentDetected","message":"The request failed because the input text may contain sensitive information."}}',
    cause: 'content_policy',
  },
  { text: 'Banned prompt detected', cause: 'content_policy' },
  { text: '"finish_reason":"content_filter"', cause: 'content_policy' },
  { text: 'Task failed: Your task failed as a result of our safety system.', cause: 'content_policy' },
]
