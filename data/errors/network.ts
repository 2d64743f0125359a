import type { ErrorEntry } from '../errors.schema.ts'
import { chatLunaErrorCode } from './chatluna-template.ts'

/** No answer reached the client, a browser refused it, a stream broke, or a media task failed. */
export const networkEntries: ErrorEntry[] = [
  {
    id: 'failed-to-fetch',
    cause: 'network',
    layer: 'network',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [
        // round 43 (transport): Chromium's net errors for a request that got no answer because the device's network
        // changed under it, all network I/O was suspended (sleep), or the connection attempt failed without a more precise
        // error (chromium/chromium net/base/net_error_list.h NETWORK_CHANGED -21 `The network changed.`, NETWORK_IO_SUSPENDED
        // -331, CONNECTION_FAILED -104 `A connection attempt failed.`), as Electron apps and the browser console print them
        // (`net::ERR_NETWORK_CHANGED`)
        'err_network_changed',
        'err_network_io_suspended',
        'err_connection_failed',
        'err_network',
        'err_connection_closed',
        'connectioncheckfailed',
        'invokeconnectionerror',
        // round 42 (cnsdk): the TencentCloud SDK's code for any exception of its HTTP layer (TencentCloud/tencentcloud-sdk-python
        // tencentcloud/common/http/request.py send_request `raise TencentCloudSDKException("ClientNetworkError", str(e))`): DNS,
        // a refused connection or a timeout alike, so generic (generic-codes.ts) and the wrapped message says which
        'clientnetworkerror',
      ],
      patterns: [
        // round 43 (transport): Apple's NSURLErrorDataNotAllowed (-1020) in zh-Hans (`目前不允许数据连接。`, find_string id
        // 4686562987), the Chinese of the English read below
        '目前不允许数据连接',
        // round 41 (agents): iFlow CLI's own sentence for a fetch that failed (The-Sunder-islands/iflow-cli-ce@be76597
        // modules/app/api/aNr_iflow-api.js, the @iflow-ai/iflow-cli 0.5.19 bundle's openaiContentGenerator.errors.fetchError
        // `the network is unavailable, please try later.`; the zh-CN `网络异常，请稍后重试.` is read by `网络异常` already)
        '\\bthe network is unavailable, please try later\\b',
        // round 41 (transport): Apple's NSURLErrorNotConnectedToInternet by its number (-1009, developer.apple.com/documentation/foundation/1508628-url_loading_system_error_codes, Foundation NSURLError.h) and
        // in Chinese (`似乎已断开与互联网的连接。`, iOS apps comparing localizedDescription to it: find_string ids 29334895051,
        // 35115873196, 69531407987)
        '\\b(?:nsurlerrordomain|kcferrordomaincfnetwork)(?: code=| error )-1009\\b',
        '似乎已断开与互联网的连接',
        // round 41 (transport): package:http's browser client on Flutter web when the XHR failed with no answer (a CORS
        // refusal, a dropped network or a wrong host all look alike there: dart-lang/http pkgs/http/lib/src/
        // browser_client.dart `ClientException: XMLHttpRequest error.`); only after ClientException or alone on its line
        '(?:^|clientexception(?: with \\w+)?:\\s?)xmlhttprequest error\\.',
        // round 41 (transport): Apple's NSURLErrorDataNotAllowed (-1020, `A data connection is not currently allowed.`,
        // developer.apple.com/documentation/foundation/urlerror/code/datanotallowed): cellular data is off for the app
        '\\ba data connection is not currently allowed\\b',
        // round 36 (gaps-en): ureq 2.x, the Rust HTTP client CLIs and editor plugins embed, when no TCP connection to any
        // of the host's addresses was made (algesten/ureq 2.12.1 src/stream.rs connect_host
        // `ErrorKind::ConnectionFailed.msg("Connect error").src(e)`, printed by src/error.rs Transport's Display as
        // `<url>: Connection Failed: Connect error: <io error>`); a refusal after it is read by connection-refused too
        '\\bconnection failed: connect error\\b',
        // round 36 (gaps-en): Bun's fetch() rejections (oven-sh/bun src/bun.js/webcore/fetch/FetchTasklet.zig onReject):
        // FailedToOpenSocket `Was there a typo in the url or port?` and the fallback `fetch() failed. For more information,
        // pass `verbose: true` in the second argument to fetch()`; its refused and closed connections are read by
        // connection-refused and connection-reset
        '\\bwas there a typo in the url or port\\?',
        '\\bfetch\\(\\) failed\\. for more information, pass `?verbose: true`? in the second argument to fetch\\(\\)',
        // round 34 (vendor-zh): the Python library's APIConnectionError as OpenAI's error-codes guide in Chinese
        // (openai-doc.aihub2022.top/docs/guides/error-codes/ = developer.aliyun.com/article/1512598,
        // chatgpt.cadn.net.cn/docs/guides_error-codes, openaidoc.kaimingwan.com/zhi-nan/cuo-wu-ma,
        // gpt.huanp.com/chatgpt/7706.html, the newer page's translations find_string ids 59696096384, 59992588880,
        // 25643759872): `连接到我们的服务时出现问题`, `连接我们的服务时出现问题`
        '连接(?:到)?我们的服务时出现问题',
        // round 27 (apps): Roo Code src/i18n/locales/zh-CN/common.json no_internet (`无网络连接。请检查网络连接并重试。`)
        '无网络连接',
        // Claude Code (`Unable to connect to API`), openai-node's APIConnectionError as Qwen Code wraps it
        // (`[API Error: Connection error.]`) and Roo Code's connection notice (chat.json apiRequest.errorMessage.connection)
        // ComfyUI's API nodes: `Unable to connect to the API server due to local network issues` (comfy_api_nodes/util/client.py)
        // round 27 (apps): and in the words apps use for their server reaching the provider (Open WebUI
        // backend/open_webui/constants.py OLLAMA_NOT_FOUND `WebUI could not connect to Ollama`)
        '(?:unable to|could not|couldn\x27t) connect to (?:the )?(?:api|ollama|openai|provider)\\b',
        // round 34 (lead): Ollama clients' own refusal when nothing listens on its port (`Cannot connect to Ollama at
        // http://localhost:11434. Make sure Ollama is running: ollama serve`, find_string ids 12355910735, 165454925,
        // 51897022115): the local server is not up
        '\\bcannot connect to ollama\\b',
        '\\bmake sure ollama is running\\b(?![^.\\n]{0,40}\\band\\b)',
        '(?:^|\\[api error: )connection error\\.',
        'make sure you have a working internet connection',
        // round 45 (agents): and Roo Code's zh-TW words for it (RooCodeInc/Roo-Code@cb83656 webview-ui/src/i18n/locales/zh-TW/
        // chat.json apiRequest.errorMessage.connection `連線錯誤。請確保您有可用的網際網路連線。`)
        '(?:连接|连线)错误。(?:请)?确保您有可用的(?:互联网|网际网路)(?:连接|连线)',
        // round 23 (English): DevOpsGPT's notice when its call to the model raises (kuafuai/DevOpsGPT backend, `Error: Failed
        // to access GPT, please check whether your network can connect to GPT and terminal proxy is running properly.`,
        // find_string id 2971538608)
        'failed to access gpt, please check whether your network',
        // round 34 (apps-zh): not an app's own words for a failed model listing (openai-translator src/common/engines
        // `Failed to fetch models: ${resp.statusText}`, Chatbox locales `Failed to fetch models`), which say the listing
        // failed, not that the connection did: `Failed to fetch models: Unauthorized` is the key
        'failed to fetch(?! models?\\b)',
        // round 34 (apps-zh): Open WebUI's detail when its server gets no answer from the connection it calls
        // (open-webui/open-webui backend/open_webui/routers/openai.py, audio.py `Open WebUI: Server Connection Error`),
        // also inside its JSON (`{"detail":"Open WebUI: Server Connection Error"}`)
        'open webui: server connection error',
        // LangBot's RequesterError for litellm's APIConnectionError (langbot-app/LangBot src/langbot/pkg/provider/modelmgr/
        // errors.py `模型请求失败: ` + requesters/litellmchat.py `连接错误: {e}`)
        '模型请求失败:\\s?连接错误',
        'fetch failed',
        // round 25 (zh): undici's `TypeError: fetch failed` broken across lines by a terminal's wrap, as Gemini CLI's
        // `exception TypeError: fetch failed sending request` (google-gemini/gemini-cli packages/cli/src/config/
        // settingsSchema.ts, packages/core/src/core/geminiChat.test.ts) reaches a paste from a narrow terminal; only
        // after `TypeError:`, so two lines that merely end and begin with the words are not read as it
        'typeerror: fetch\\s*\\n\\s*failed\\b',
        // chatgpt-on-wechat / CowAgent bot replies (APIConnectionError), which its users paste as the error
        '我连接不到(?:你的)?网络',
        // QChatGPT (now LangBot) pkg/openai/manager.py: its [bot]err replies and admin notices for APIConnectionError
        '\\[bot\\]err:\\s?调用api失败',
        '网络无法访问\\s?openai\\s?接口',
        // round 39 (apps-zh): openai-translator's notice when its check of the IP's country could not reach OpenAI
        // (openai-translator/openai-translator src/common/components/IpLocationNotification.tsx, locales zh-Hans and en "Country
        // Not Detected": `…可能是由于您的网络环境无法访问 OpenAI。请检查您的网络连接…`, `We were unable to check if your IP address is in a
        // supported region of OpenAI. Please check your Internet connection…`)
        '可能是由于您的网络环境无法访问\\s?openai',
        '\\bwe were unable to check if your ip address is in a (?:<0>)?supported region',
        // whatwg-fetch and React Native's fetch reject with `TypeError: Network request failed`
        'network request failed',
        // round 29 (lead): Apple's NSURLErrorNotConnectedToInternet (-1009), as iOS and macOS apps print URLSession's error
        'the internet connection appears to be offline',
        'networkerror when attempting to fetch',
        '(?:^|typeerror:\\s*)load failed$',
        'network error',
        'connection error\\.?$',
        // round 43 (apps): Home Assistant's config-flow error cannot_connect in other languages, the whole line, as the OpenAI
        // integrations show it on openai's APIConnectionError (jekalmin/extended_openai_conversation custom_components/
        // extended_openai_conversation/translations de, it, nl, pt-BR, pl .json config.error.cannot_connect: `Fehler beim
        // Verbindungsaufbau`, `Connessione non riuscita`, `Verbinden mislukt`, `Não é possível conectar`, `Nie udało się połączyć`)
        '^\\W{0,3}(?:fehler beim verbindungsaufbau|connessione non riuscita|verbinden mislukt|não é possível conectar|nie udało się połączyć)\\.?\\s*$',
        // round 14 (Chinese): openai-node's and openai-python's APIConnectionError message (`Connection error.`) after an
        // app's own prefix and colon (`OpenAI translation failed: Connection error.`, `单条翻译失败 176: Connection error.`)
        '[:：]\\s*connection error\\.(?![a-z])',
        // round 42 (apps): MaiBot's NetworkConnectionError, raised for the SDKs' connection errors (MaiM-with-u/MaiBot
        // src/llm_models/exceptions.py `连接异常，请检查网络连接状态或URL是否正确`, model_client openai_client.py and
        // gemini_client.py): no answer came back at all
        '连接异常[，,]\\s?请检查网络连接状态',
        // round 40 (relay-500): the same message after LiteLLM's provider label (BerriAI/litellm
        // litellm/litellm_core_utils/exception_mapping_utils.py exception_type: `message=f"{exception_provider} - {message}"`,
        // exception_provider `<Provider>Exception`), as its proxy's 500 `litellm.InternalServerError: InternalServerError:
        // OpenAIException - Connection error.` carries it
        'exception - connection error\\.(?![a-z])',
        'err_internet_disconnected',
        // round 11 (Chinese) adds 请求失败 (find_string 网络请求失败: `网络请求失败，请检查服务是否正常运行` from a fetch that threw)
        '网络(?:错误|异常|连接失败|请求失败)',
        '\\(connection error\\.?\\)',
        'error sending request for url',
        // round 36 (apps-b): Zed's HttpSend, the request that never reached the provider (zed-industries/zed
        // crates/language_model/src/language_model.rs LanguageModelCompletionError `error sending HTTP request to {provider} API`)
        'error sending http request to [\\w .()-]{1,40} api\\b',
        // hyper-util's legacy client (Display of its Error: `client error (Connect)`), the cause reqwest and
        // the Rust relays built on it (cc-switch, CLIProxyAPI-style proxies: `上游请求失败: {e}`) print
        // when no connection to the upstream was made
        'client error \\(connect\\)',
        // cc-switch's local proxy (src-tauri/src/proxy/error.rs ForwardFailed `请求转发失败: {0}`, forwarder.rs
        // map_reqwest_send_error, hyper_client.rs): the gateway it forwards to could not be reached or sent to
        '(?:请求)?转发失败[:：]\\s?(?:上游(?:连接|请求发送|请求)失败|连接失败)',
        '无法连接(?:到|至)?服务器',
        // apps' own verdict when a request got no answer (find_string 请检查网络后重试: a Codex usage tray's
        // `暂时无法连接 Codex，请检查网络后重试。`, update checkers, upload dialogs)
        '请检查网络后重试',
        '^(?:invokeconnectionerror: )?connection error$',
        // round 16 (zh-b): Chinese apps' own wrapper for openai-python's APIConnectionError and requests'
        // ConnectionError (find_string 无法连接到 OpenAI: `无法连接到 OpenAI API，请检查网络连接`, `错误: 无法连接到
        // OpenAI API。详情: {e}`, `raise Exception("无法连接到 OpenAI API")`)
        '无法连接(?:到|至)\\s?openai',
        // round 16 (zh-a): Bob translation plugins built on a common template, whose catch around Bob's $http request
        // marks whatever it threw as a network error and prints the error object (`Object.assign(e, {_type: 'network',
        // _message: '接口请求错误 - ' + JSON.stringify(e)})`: akl7777777/bob-plugin-akl-chatgpt-free-translate@ea0726f
        // src/customKeyStream.js and its siblings, and other plugins, find_string ids 10082916491, 18069277286,
        // 4906881775), shown as `接口请求错误 - {"_type":"network","_message":…}` when the error is wrapped twice
        '"_type"\\s*:\\s*"network"\\s*,\\s*"_message"',
        // round 36 (apps-a): the English of the network tips whose Chinese this entry reads: Cherry Studio
        // (CherryHQ/cherry-studio en-us locale error.diagnosis.network `Cannot connect to server, check network or
        // proxy settings`, find_string id 67170962973) and LobeChat's 499 (lobehub/lobehub locales/en-US/error.json
        // response.499 `…your request was unexpectedly interrupted while being processed by the server, possibly due to
        // your cancellation of the operation or an unstable network connection…`)
        '\\bcannot connect to server, check network or proxy settings\\b',
        '\\bunexpectedly interrupted while being processed by the server\\b',
        // round 36 (gaps-zh): a DeepSeek Harness IM bot's words for a transport failure to the provider (message-failure.mjs,
        // find_string id 68553303870: PROVIDER_FAILURES TRANSPORT → MODEL_TRANSPORT `暂时无法连接模型服务，本次任务未完成。`)
        '暂时无法连接模型服务',
        // round 39 (agents-src): MoonshotAI/kimi-cli src/kimi_cli/ui/shell/visualize/_live_view.py _format_step_retry for an
        // APIConnectionError (`Retrying after connection issue · attempt 2/3 · 4s`, _step_retry_reason)
        'retrying after connection issue\\W{1,5}attempt \\d+/\\d+',
      ],
      wraps: [
        // openai-python's class for a request that got no answer (_exceptions.py APIConnectionError, raised by
        // _base_client.py around whatever httpx raised), which LiteLLM raises around any provider failure it did not map
        // (litellm/litellm_core_utils/exception_mapping_utils.py: `litellm.APIConnectionError: BedrockException - …`,
        // `… OllamaException - litellm.Timeout: …`)
        '(?<![a-z])apiconnectionerror(?![a-z])',
        // openai-python 0.x api_requestor.py raised APIConnectionError as `Error communicating with OpenAI: …` around
        // requests' exception; agents built on it (MetaGPT, LangChain 0.0.x) log only that sentence after their retries
        'error communicating with openai',
      ],
      describes: [
        // round 17 (zh): the API connection failed, in apps' own words (an OpenAI client's retry loop `print(f"API连接错误
        // (尝试 …)")` then `RuntimeError(f"API连接失败，请检查网络或OpenAI服务状态")`, find_string id 16000212482; a streaming
        // relay's `yield {"error": f"API连接失败: {str(e)}"}` once its retries ran out, id 34062260417; a Streamlit app's
        // `st.error("API连接失败，请检查API设置")`, id 5898238082); not a connection that worked or is being checked
        '(?<![a-z])api\\s?(?:连接|連接)(?:失败|失敗|错误|錯誤|异常|異常)',
        // cannot reach the API (`print("无法连接到API，请检查你的网络连接.")`, id 44234148522; a Flutter client's `throw
        // Exception('无法连接到API服务器，请确保服务器已启动')` on `Failed host lookup`, id 54029049627; an agent's `连接错误，无法连接到
        // API服务器`, id 38609901057)
        '(?:无法|無法)(?:连接|連接)(?:到|至)?\\s?api(?![a-z])',
        // round 17 (en): `unable to reach the server` (apps' own words for a fetch that never got an answer: `Network error:
        // unable to reach the server.` on an axios error without a response, find_string id 56042316217; `Unable to reach the
        // server. Please check your connection and try again.`, ids 68973487417, 51800042422; an empty state's `Unable to
        // reach the server. Check your network connection`, id 58484665702); only a server, API, host or gateway, and not a
        // conditional (`if we are unable to reach the server`)
        "\\b(?:unable to|could ?n[o']t|can ?n[o']t|failed to) reach(?<!\\b(?:if|when|whether|once|until)\\b[^.\\n]{0,60}reach) (?:the |our |your |its )?(?:api |backend |remote |proxy )?(?:server|api|host|backend|gateway|endpoint)s?\\b",
        // round 17 (en): `No internet connection` (apps' own words for a request that found no network: `No internet connection.
        // Please check your network and try again.`, find_string ids 12678823, 65973491578; a Swift client's networkFailure
        // `No internet connection. Check your network and try again.`, id 55392249223; a toast on an axios error without a
        // response, id 30853911268); not a feature (`works with no internet connection`) or a conditional
        '\\bno internet connection\\b(?<!\\b(?:if|when|whether|once|until|with|without|even|offline)\\b[^.\\n]{0,40}no internet connection)',
        // round 17 (en): `You appear to be offline` (apps' words for a request that found no network: `You appear to be offline.
        // Check your connection and try again.` on a fetch that threw, find_string id 61423343469; `You appear to be offline.
        // Your saved work is safe.` on an axios error without a response, id 71603782119; `You appear to be offline. Check your
        // internet connection.`, id 21180675969); only the reader (`you`), not a model or a server said to be offline
        "\\byou(?: appear to be| seem to be|'re| are)(?: currently)? offline\\b",
        // round 34 (faq-desc): the app did not reach the gateway, in the words FastGPT's FAQ gives the symptom and settles
        // it (labring/FastGPT document/content/docs/introduction/development/faq.mdx 知识库索引没有进度: `不能对话，也不能索引：
        // API调用失败。可能是没连上OneAPI或OpenAI`; Connection error: `或者是FastGPT请求不到 OneAPI（没放同一个网络）`). Only a
        // gateway or API as what was not reached, and not a conditional (`如果没连上 OneAPI`)
        '(?<!如果|若|万一|萬一|假如)(?:没|沒)(?:有)?(?:连|連)(?:上|接上|通)\\s?(?:one\\s?api|new\\s?api|openai|api|中转站?|中轉站?|网关|網關)(?![a-z])|请求不到\\s?(?:one\\s?api|new\\s?api|openai|api|中转站?|网关)(?![a-z])',
      ],
    },
    // In a browser a CORS refusal looks the same: `TypeError: Failed to fetch`, no status (gateway-facts, "Calling from
    // the browser"; the Fetch standard turns a failed CORS check into a network error)
    sharedWith: [{ id: 'cors-blocked' }],
    title: { zh: '请求没有发出去（Failed to fetch）', en: 'The request never got through (Failed to fetch)' },
    meaning: {
      zh: '浏览器或程序没有收到任何响应。网络断开、DNS、代理、证书问题和跨域拦截，在浏览器里都显示成这一句。',
      en: 'No response arrived at all. In a browser a dropped network, DNS, a proxy, a certificate problem and a CORS block all look like this.',
    },
    steps: [
      {
        zh: '确认接口地址是 {{gw.apiBaseUrl}}，且以 https:// 开头。',
        en: 'Check the base URL is {{gw.apiBaseUrl}} and starts with https://.',
      },
      {
        zh: '运行连接测试：它会区分跨域、DNS 和网络问题。',
        en: 'Run the connection test: it tells CORS, DNS and network problems apart.',
      },
      {
        zh: '开了代理或 VPN 时关掉再试，或换一个网络。',
        en: 'If a proxy or VPN is on, turn it off and retry, or try another network.',
      },
    ],
    retry: 'yes',
    article: '/troubleshooting/network#network-failure',
    examples: [
      {
        text: 'TypeError: Failed to fetch',
        source: 'Chromium fetch() network failure (ChatGPTNextWeb/NextChat issues)',
      },
      { text: 'TypeError: fetch failed', source: 'Node.js undici fetch (openai/openai-node issues)' },
      {
        text: 'openai.APIConnectionError: Connection error.',
        source: 'openai/openai-python _exceptions.py APIConnectionError',
      },
      {
        text: 'TypeError: NetworkError when attempting to fetch resource.',
        source: 'Firefox fetch() network failure (lobehub/lobe-chat issues)',
      },
    ],
  },
  {
    id: 'connection-refused',
    cause: 'network',
    layer: 'network',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [
        // round 43 (transport): Chromium's net error for an unreachable address (chromium/chromium net/base/net_error_list.h
        // ADDRESS_UNREACHABLE -109 `The IP address is unreachable. This usually means that there is no route to the specified
        // host or network.`), the browser's EHOSTUNREACH, which the codes below read
        'err_address_unreachable',
        // round 41 (transport): .NET's resource key for it, as trimmed builds print it (dotnet/runtime System.Net.Requests
        // Strings.resx net_webstatus_ConnectFailure)
        'net_webstatus_connectfailure',
        'econnrefused',
        'err_connection_refused',
        'ollamaserviceunavailable',
        // round 29 (lead): no route to the address (Node's `connect EHOSTUNREACH` / `ENETUNREACH`, libuv's codes)
        'ehostunreach',
        'enetunreach',
      ],
      patterns: [
        // round 43 (transport): .NET Framework's WebException ConnectFailure in zh-CN (`无法连接到远程服务器`, the Chinese of
        // `Unable to connect to the remote server` read below: find_string ids 36013567857, 12866636243)
        '无法连接到远程服务器',
        // round 43 (transport): Apple's NSURLErrorCannotConnectToHost (-1004) as zh-Hans iOS and macOS print its
        // localizedDescription (`未能连接到服务器。`, iOS apps mapping -1004 to it: find_string ids 31732900812, 55724346205; the
        // English `Could not connect to the server.` is read below); also Android apps' own words for a ConnectException (id
        // 9823230567)
        '未能连接到服务器',
        // round 41 (transport): Apple's NSURLErrorCannotConnectToHost by its number (-1004, developer.apple.com/documentation/foundation/1508628-url_loading_system_error_codes, Foundation NSURLError.h),
        // whatever language its description is in
        '\\b(?:nsurlerrordomain|kcferrordomaincfnetwork)(?: code=| error )-1004\\b',
        // round 41 (transport): apps' own Chinese for ECONNREFUSED (an error-label table `ECONNREFUSED: "连接被拒绝"`,
        // find_string id 71631710683; a Python client's `except ConnectionRefusedError: raise ConnectionError(f"连接被拒绝
        // (…)，… 服务是否在运行？")`, id 56605103098; a desktop app's zh locale network_connection_error_connection_refused
        // `连接被拒绝。服务器可能已关闭或存在网络问题。`, id 12321313)
        '连接被拒绝',
        // round 45 (desc-basenet): Chrome's zh-CN page for ERR_CONNECTION_REFUSED, which people paste without its code
        // (LuoGen-AI/LuoGen-agent#6 `无法访问此网站 127.0.0.1 拒绝了我们的连接请求。请试试以下办法：检查网络连接 检查代理服务器和防火墙`,
        // Han-YLun/SaaS_IHRM#38 `无法访问此网站127.0.0.1 拒绝了我们的连接请求。`): nothing listens at that address and port
        '拒绝了我们的连接请求',
        // round 45 (desc-basenet): apps' own Chinese when nothing answers at Ollama's address, on a ConnectionError or
        // httpx.ConnectError (find_string ids 59423501366 `无法连接到 Ollama，请确认 Ollama 已启动`, 54534857921 `无法连接到 Ollama
        // 服务（localhost:11434），请确认 ollama serve 已启动`, 60499561931 `无法连接到 Ollama (http://localhost:11434)`, 56418027731
        // `无法连接到 Ollama 服务 (…)`, 32915938301): the server is not running or not at that address
        '无法连接到\\s?ollama',
        // round 41 (transport): .NET Framework's WebException when no TCP connection was made (microsoft/referencesource
        // System/System.txt net_webstatus_ConnectFailure `Unable to connect to the remote server`, the SocketException
        // after it saying refused or timed out)
        '\\bunable to connect to the remote server\\b',
        // round 41 (transport): AnyIO's connect_tcp when no address of the host took the connection (agronholm/anyio
        // src/anyio/_core/_sockets.py `OSError('All connection attempts failed')`), which httpcore and httpx raise as
        // `httpx.ConnectError: All connection attempts failed` when nothing listens (a local Ollama or LM Studio not started)
        '\\ball connection attempts failed\\b',
        // round 36 (gaps-en): Bun's fetch() on a refused connection (oven-sh/bun src/bun.js/webcore/fetch/FetchTasklet.zig
        // onReject, error.ConnectionRefused: `Unable to connect. Is the computer able to access the url?`)
        'unable to connect\\. is the computer able to access the url\\?',
        // round 36 (gaps-en): the JDK's ConnectException by its name, which its javadoc gives for a refused connect
        // (docs.oracle.com/javase/10/docs/api/java/net/ConnectException.html: `Signals that an error occurred while
        // attempting to connect a socket to a remote address and port. Typically, the connection was refused remotely (e.g.,
        // no process is listening on the remote address/port)`); not when its message names a timeout or an unreachable
        // network, which connect-timeout and the patterns above read
        '\\bjava\\.net\\.connectexception\\b(?!:\\s*(?:connection timed out|connect timed out|network is unreachable|no route to host))',
        'connection refused',
        // round 29 (lead): the same in other runtimes' words: glibc's strerror for ENETUNREACH and EHOSTUNREACH as Go and the
        // JDK print them (`dial tcp …: connect: network is unreachable`, `java.net.SocketException: Network is unreachable`,
        // `java.net.NoRouteToHostException: No route to host`), and Apple's NSURLErrorCannotConnectToHost (-1004, `Could
        // not connect to the server.`), which URLSession gives when the host refused or did not answer
        '(?:connect:|exception:|\\[errno 101\\])\\s?network is unreachable',
        'no route to host',
        'could not connect to the server\\.',
        'actively refused',
        // round 36 (apps-b): Continue's VS Code extension on ECONNREFUSED (continuedev/continue extensions/vscode/src/
        // webviewProtocol.ts `Connection was refused. This likely means that there is no server running at the specified URL.`)
        'connection was refused\\. this likely means',
        'errno 111',
        'connect econnrefused',
        'cannot connect to host',
        'failed to connect to',
        "couldn't connect to server",
        'the service refused the connection',
        'the host is unreachable',
        // Chinese Windows (WSAECONNREFUSED 10061, WSAEHOSTUNREACH 10065, WSAENETUNREACH 10051) and glibc zh_CN
        // strerror (ECONNREFUSED, EHOSTUNREACH, ENETUNREACH), as Python, curl and Java print them
        '由于目标计算机积极拒绝',
        '拒绝连接',
        '套接字操作尝试一个无法连接的(?:主机|网络)|向一个无法连接的网络尝试了一个套接字操作',
        '没有到主机的路由',
        '网络不可达',
        // Chinese clients' own words for Node's EHOSTUNREACH (public GitHub sources, find_string 域名解析暂时失败)
        '目标主机不可达',
        // round 24 (Chinese): Windows ERROR_CONNECTION_REFUSED 1225 (learn.microsoft.com system error codes 1000-1299),
        // what asyncio's proactor loop raises for a refused connect (`ConnectionRefusedError: [WinError 1225] 远程计算机拒绝
        // 网络连接`, find_string id 57692815333; redis-py `Error 22 connecting to localhost:6379. 远程计算机拒绝网络连接。`, id
        // 53835726418), and Python's exception name itself, which aiohttp's ClientConnectorError quotes
        '远程计算机拒绝网络连接',
        'the remote computer refused the network connection',
        '\\bconnectionrefusederror\\b',
      ],
      describes: [
        // round 35 (desc-en): an app in a Docker container that cannot reach a local model server on the host, as Open
        // WebUI's troubleshooting words it and settles it (open-webui/open-webui TROUBLESHOOTING.md and README.md, Open
        // WebUI: Server Connection Error: `it's often due to the WebUI docker container not being able to reach the Ollama
        // server at 127.0.0.1:11434 (host.docker.internal:11434) inside the container`: 127.0.0.1 in a container is the
        // container itself, where nothing listens). The container must be what cannot reach it, and a local server or
        // the host address the object; not a conditional (`if the container cannot reach Ollama`) or advice (`make sure
        // the container can reach`)
        "\\bcontainer(?<!\\b(?:if|when|whether|unless|in case|ensure|make sure)\\b[^.\\n]{0,40}container)\\b[^.\\n]{0,30}?\\b(?:not being able to|(?:is |was )?(?:not able|unable) to|can(?:no|'|’)t|can not|could(?:n'|n’|\\s?no)t|fails? to|failed to) (?:reach|connect to|access|talk to) (?:the )?(?:ollama|lm ?studio|llama\\.cpp|vllm|localhost|127\\.0\\.0\\.1|host\\.docker\\.internal)\\b",
        // the same said from the server's side: Ollama not reached from inside the container
        "(?<!\\b(?:if|when|whether|unless)\\b[^.\\n]{0,30})\\b(?:can(?:no|'|’)t|can not|could(?:n'|n’|\\s?no)t|unable to|not able to|fails? to|failed to) (?:reach|connect to|access) (?:the )?(?:ollama|lm ?studio)(?: server| api)?\\b[^.\\n]{0,40}?\\b(?:from|inside|in) (?:the |a |my |its )?(?:open ?webui |webui )?(?:docker|container)",
      ],
    },
    title: { zh: '连接被拒绝（ECONNREFUSED）', en: 'Connection refused (ECONNREFUSED)' },
    meaning: {
      zh: '目标地址上没有服务在监听：地址或端口填错了，或本地代理软件没开。',
      en: 'Nothing is listening at that address: a wrong host or port, or a local proxy app that is not running.',
    },
    steps: [
      {
        zh: '核对接口地址是 {{gw.apiBaseUrl}}，不要带 localhost 或自定义端口。',
        en: 'Check the base URL is {{gw.apiBaseUrl}}, with no localhost or custom port.',
      },
      {
        zh: '设置了 HTTP(S)_PROXY 时，确认代理软件正在运行，或删掉这个设置。',
        en: 'If HTTP(S)_PROXY is set, make sure the proxy app is running, or remove the setting.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/network#vpn-and-proxy',
    examples: [
      {
        text: 'Error: connect ECONNREFUSED 127.0.0.1:7890',
        source: 'Node.js net error with a stopped local proxy (lobehub/lobe-chat issues)',
      },
      {
        text: 'httpcore.ConnectError: [Errno 111] Connection refused',
        source: 'encode/httpcore ConnectError (openai/openai-python issues)',
      },
    ],
  },
  {
    id: 'connection-reset',
    cause: 'network',
    layer: 'network',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [
        // round 43 (transport): Node's http2 session closed under the request (nodejs/node lib/internal/errors.js
        // ERR_HTTP2_SESSION_ERROR `Session closed with error code %s`, ERR_HTTP2_GOAWAY_SESSION `New streams cannot be created
        // after receiving a GOAWAY`)
        'err_http2_session_error',
        'err_http2_goaway_session',
        // round 43 (transport): Chromium's net errors for a connection that died under the request (chromium/chromium
        // net/base/net_error_list.h CONNECTION_ABORTED -103 `A connection timed out as a result of not receiving an ACK for
        // data sent`, EMPTY_RESPONSE -324 `The server closed the connection without sending any data.` (curl's 52 `Empty reply
        // from server`, read below), RESPONSE_HEADERS_TRUNCATED -357 `The HTTP headers were truncated by an EOF.`,
        // HTTP2_PING_FAILED -352 `HTTP/2 server didn't respond to the PING message.`)
        'err_connection_aborted',
        'err_empty_response',
        'err_response_headers_truncated',
        'err_http2_ping_failed',
        // round 41 (transport): .NET's resource keys for a connection closed under the request, as trimmed builds print
        // them (dotnet/runtime System.Net.Requests Strings.resx net_webstatus_ReceiveFailure, net_webstatus_ConnectionClosed,
        // net_webstatus_KeepAliveFailure)
        'net_webstatus_receivefailure',
        'net_webstatus_connectionclosed',
        'net_webstatus_keepalivefailure',
        'econnreset',
        'err_connection_reset',
        'remotedisconnected',
        'epipe',
      ],
      patterns: [
        // round 43 (transport): Apple's NSURLErrorNetworkConnectionLost (-1005) in zh-HK (`網絡連線中斷。`, a uni-app request:fail
        // table beside the zh-Hans `网络连接已中断。`, find_string id 4686562987)
        '网络连线中断',
        // round 43 (transport): Go's net/http when the server closed a kept-alive connection as the request went out
        // (golang/go src/net/http/transport.go errServerClosedIdle `http: server closed idle connection`, find_string id
        // 16016871181)
        '\\bhttp: server closed idle connection\\b',
        // round 43 (transport): .NET Framework's WebException ReceiveFailure and ConnectionClosed in zh-CN (`基础连接已经关闭: 接收时
        // 发生错误。`, `基础连接已经关闭: 连接被意外关闭。`: find_string ids 3040899964 (WebExceptionStatus.ReceiveFailure),
        // 12866636243), the Chinese of the English ones read below
        '基础连接已经关闭[:：]\\s?(?:接收时发生错误|连接被意外关闭)',
        // round 43 (transport): Go's net.OpError when the peer had closed the connection it was writing the request to
        // (golang/go src/net/net.go OpError.Error `<op> <net> <local>-><remote>: <err>` over the syscall's EPIPE: `write tcp
        // 10.0.0.2:51234->203.0.113.7:443: write: broken pipe`); a shell's bare `Broken pipe` is not read
        '\\bwrite tcp \\S{1,60}->\\S{1,60}: write: broken pipe\\b',
        // round 43 (transport): curl when an HTTP/2 stream closed before any response header came (curl/curl lib/http2.c
        // `HTTP/2 stream %u was closed cleanly, but before getting  all response header fields, treated as error`)
        '\\bhttp/2 stream \\d+ was closed cleanly, but before getting\\s+all response header fields\\b',
        // round 43 (transport): curl on Windows, whose Winsock texts are its own (curl/curl lib/strerror.c get_winsock_error:
        // WSAECONNRESET `Connection was reset`, WSAECONNABORTED `Connection was aborted`) after its `Recv failure: ` / `Send
        // failure: ` (curl 56 / 55, as git and PHP print them: `curl: (56) Recv failure: Connection was reset`)
        '\\b(?:recv|send) failure: connection was (?:reset|aborted)\\b',
        // round 41 (transport): Apple's NSURLErrorNetworkConnectionLost by its number (-1005, developer.apple.com/documentation/foundation/1508628-url_loading_system_error_codes, Foundation NSURLError.h) and
        // in Chinese (`Error Domain=NSURLErrorDomain Code=-1005 "网络连接已中断。"`, a DeepSeek client's test of the error
        // it shows, find_string id 70574610975; an iOS app's `if (error.code==-1005) … //网络连接已中断`, id 16523744905)
        '\\b(?:nsurlerrordomain|kcferrordomaincfnetwork)(?: code=| error )-1005\\b',
        '网络连接已中断',
        // round 41 (transport): .NET Framework's WebException after `The underlying connection was closed:`
        // (microsoft/referencesource System/System.txt net_webstatus_ReceiveFailure `An unexpected error occurred on a
        // receive`, net_webstatus_ConnectionClosed `The connection was closed unexpectedly`, net_webstatus_KeepAliveFailure
        // `A connection that was expected to be kept alive was closed by the server`)
        '\\ban unexpected error occurred on a receive\\b',
        '\\bthe underlying connection was closed: the connection was closed unexpectedly\\b',
        '\\ba connection that was expected to be kept alive was closed by the server\\b',
        // round 41 (transport): hyper's IncompleteMessage (hyperium/hyper src/error.rs Kind::IncompleteMessage `connection
        // closed before message completed`), which reqwest and the Rust clients and relays on it print when the server
        // closed a pooled connection before answering (hyperium/hyper#2136)
        '\\bconnection closed before message completed\\b',
        // and its Debug form inside reqwest's (`source: hyper_util::client::legacy::Error(SendRequest,
        // hyper::Error(IncompleteMessage))`)
        '\\bhyper::error\\(incompletemessage\\b',
        // round 41 (transport): ECONNABORTED and EPIPE in the OS's words as dart:io's SocketException and Python print
        // them (dart-lang/sdk runtime/bin/socket.cc OSError: `SocketException: Software caused connection abort (OS Error:
        // Software caused connection abort, errno = 103)`, `SocketException: Broken pipe (OS Error: Broken pipe, errno =
        // 32)`; CPython Modules/errnomodule.c EPIPE, `httpx.WriteError: [Errno 32] Broken pipe`): the peer closed the
        // connection under the request; curl's CURLE_SEND_ERROR (lib/cf-socket.c `Send failure: %s`, `cURL error 55:
        // Send failure: Broken pipe`).
        // Only in those framings, not a shell's `broken pipe` from `| head`
        '\\bsoftware caused connection abort\\b',
        '(?:os error: |\\[errno 32\\] |brokenpipeerror: |send failure: )broken pipe\\b',
        // round 41 (transport): Ruby's net/http when the server closed the socket before an answer (ruby/net-http
        // lib/net/protocol.rb BufferedIO#rbuf_fill raising EOFError `end of file reached`), as Faraday rethrows it
        // (lostisland/faraday lib/faraday/adapter/net_http.rb: `Faraday::ConnectionFailed (end of file reached)`)
        '\\b(?:eoferror|connectionfailed)\\b\\W{1,5}end of file reached\\b',
        // round 41 (transport): Reactor Netty, which Spring WebClient runs on, when the connection closed before any of
        // the answer arrived (reactor/reactor-netty reactor-netty-http src/main/java/reactor/netty/http/client/
        // HttpClientOperations.java onInboundClose: PrematureCloseException `Connection prematurely closed BEFORE
        // response`); DURING response is the stream cut off (stream-interrupted)
        'connection prematurely closed before response',
        // round 41 (transport): the JDK's java.net.http client when the server closed the connection without a byte of
        // the answer (openjdk/jdk src/java.net.http/share/classes/jdk/internal/net/http/Http1Response.java, IOException
        // `HTTP/1.1 header parser received no bytes`) and HttpURLConnection's (sun/net/www/http/HttpClient.java
        // parseHTTP, `java.net.SocketException: Unexpected end of file from server`)
        '\\bhttp/1\\.1 header parser received no bytes\\b',
        '\\bunexpected end of file from server\\b',
        // round 41 (transport): Go's HTTP/2 transport when the connection under a request went away (golang/net
        // http2/transport.go errClientConnLost `http2: client connection lost`, and the GOAWAY after the body was sent:
        // `http2: Transport received Server's graceful shutdown GOAWAY`)
        '\\bhttp2: client connection lost\\b',
        "\\bhttp2: transport received server's graceful shutdown goaway\\b",
        // round 36 (gaps-en): Bun's fetch() when the socket closed before the response was whole (oven-sh/bun
        // src/bun.js/webcore/fetch/FetchTasklet.zig onReject: error.ConnectionClosed, code ECONNRESET, `The socket connection
        // was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()`), which the
        // agents built on Bun print as `API Error: …`; Bun raises it before and after the body began alike (sharedWith)
        '\\bthe socket connection was closed unexpectedly\\b',
        // round 29 (lead): the connection closed under a request in other runtimes' words: Go's HTTP/2 client when the
        // server sends GOAWAY (golang.org/x/net/http2 transport.go `http2: server sent GOAWAY and closed the connection;
        // LastStreamID=…`), Dart's HttpClient when the socket closes before the status line ends (dart:io http_parser.dart
        // `Connection closed before full header was received`), Apple's NSURLErrorNetworkConnectionLost (-1005, `The network
        // connection was lost.`) and Node's write to a closed socket (`write EPIPE`)
        'http2: server sent goaway',
        'connection closed before full header was received',
        '(?:^|["“:]\\s?)the network connection was lost\\.',
        'write epipe',
        'invalid response body while trying to fetch',
        'parse error: expected http',
        'socket hang up',
        'connection reset',
        'server disconnected without sending a response',
        'connection aborted',
        'other side closed',
        'server disconnected',
        'unexpected end of stream',
        'empty reply from server',
        // rustls (conn.rs UNEXPECTED_EOF_MESSAGE) when the other side closes the TLS connection without a
        // close_notify, as reqwest/hyper clients (ChatWise, Zed) print it
        'peer closed connection without sending tls close_notify',
        'the connection to the server w[ae]s closed unexpectedly',
        // Chinese Windows WSAECONNRESET 10054 / WSAECONNABORTED 10053 and glibc zh_CN ECONNRESET
        '远程主机强迫关闭了一个现有的连接',
        '你的主机中的软件中止了一个已建立的连接',
        '连接被对方重设',
        // Chinese clients' own words for Node's ECONNRESET (public GitHub sources, find_string 域名解析暂时失败)
        '连接被(?:对端)?重置',
        'the connection was aborted, perhaps the server is offline',
        // round 24 (Chinese): Go's net/http client when the connection closed before any answer: url.Error prints
        // `<Method> "<url>": EOF` (golang/go src/net/url/url.go Error.Error; find_string id 58752152167, `chat
        // completion: Post "https://api.minimax.io/v1/chat/completions": EOF`). A relay that wraps it under its own code
        // (`do_request_failed`) is still read by that code.
        '\\b(?:post|get|put|patch|delete) \\\\?"https?://[^"\\s]+\\\\?": (?:unexpected )?eof\\b',
        'the server closed the connection unexpectedly',
        // round 34 (lead-transport): the English texts of WSAECONNRESET (10054) and WSAECONNABORTED (10053) that Windows
        // gives .NET's SocketException and Python's ConnectionResetError (learn.microsoft.com windows sockets error codes;
        // dotnet/runtime#93276 `SocketException: An existing connection was forcibly closed by the remote host.`), the
        // English of the two Chinese lines above
        'an existing connection was forcibly closed by the remote host',
        'an established connection was aborted by the software in your host machine',
      ],
    },
    // round 36 (gaps-en): Bun's ConnectionClosed is one error whether the body had begun or not (oven-sh/bun
    // FetchTasklet.zig onBodyReceived hands the same onReject error to a streaming body), so its words may be a cut stream
    sharedWith: [{ id: 'stream-interrupted', when: '\\bthe socket connection was closed unexpectedly\\b' }],
    title: {
      zh: '连接被中途断开（ECONNRESET / socket hang up）',
      en: 'Connection dropped (ECONNRESET / socket hang up)',
    },
    meaning: {
      zh: '连接建立后被对方或中间的代理、防火墙切断，常见于代理不稳定或请求等待太久。',
      en: 'The connection was cut by the other side or by a proxy or firewall in between; common with unstable proxies or long waits.',
    },
    steps: [
      { zh: '直接重试一次；偶发的断开通常就好了。', en: 'Retry once; an occasional drop usually clears.' },
      {
        zh: '频繁出现：关掉或更换代理，并开启流式输出。',
        en: 'Frequent: turn off or change the proxy, and turn on streaming.',
      },
    ],
    retry: 'yes',
    article: '/troubleshooting/network#vpn-and-proxy',
    examples: [
      { text: 'Error: socket hang up', source: 'Node.js http (openai/openai-node issues)' },
      { text: 'Error: read ECONNRESET', source: 'Node.js net (ChatGPTNextWeb/NextChat issues)' },
      {
        text: "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
        source: 'psf/requests + urllib3 (public Python scripts calling gateways)',
      },
    ],
  },
  {
    id: 'connect-timeout',
    cause: 'network',
    layer: 'network',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [
        // round 43 (transport): Node's net when no address of the host answered its connect in time with autoSelectFamily
        // (nodejs/node lib/internal/errors.js `E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error)`)
        'err_socket_connection_timeout',
        // round 43 (transport): Chromium's net error for an operation that timed out (chromium/chromium net/base/
        // net_error_list.h TIMED_OUT -7 `An operation timed out.`), which its socket layer gives for the system's ETIMEDOUT
        // (net/base/net_errors_posix.cc MapSystemError `case ETIMEDOUT: return ERR_TIMED_OUT`) and a connect job out of
        // time: the browser's and Electron apps' `net::ERR_TIMED_OUT`, no connection made in time
        'err_timed_out',
        // round 41 (transport): aiohttp's class for a connection that took too long to open (aio-libs/aiohttp
        // aiohttp/client_exceptions.py ConnectionTimeoutError, raised in aiohttp/client.py as `Connection timeout to host
        // <url>`), a subclass of its ServerTimeoutError: no connection was made
        'connectiontimeouterror',
        'etimedout',
        'connecttimeout',
        'connecttimeouterror',
        'err_connection_timed_out',
        'und_err_connect_timeout',
        // round 36 (apps-a): LobeHub's errorType for a connection to the provider that timed out or dropped
        // (lobehub/lobehub packages/types/src/agentRuntime.ts AgentRuntimeErrorType ProviderNetworkError)
        'providernetworkerror',
      ],
      patterns: [
        // round 43 (transport): hyper-util's HttpConnector when its connect timeout (tokio's) ran out (`tcp connect error`
        // over tokio/src/time/error.rs Elapsed's Display `deadline has elapsed`, find_string id 70240592056), as reqwest
        // prints it: no connection was made
        '\\btcp connect error: deadline has elapsed\\b',
        // round 43 (transport): curl's connect filter when no connection was made in time (curl/curl lib/connect.c
        // `Failed to connect to %s port %u after %ld ms: %s` with curl_easy_strerror(CURLE_OPERATION_TIMEDOUT) `Timeout was
        // reached`, or Winsock's WSAETIMEDOUT as curl words it, lib/strerror.c `Timed out`), as curl 28, PHP's Guzzle and
        // Symfony print it; its `Failed to connect to` alone stays with connection-refused
        '\\bfailed to connect to \\S{1,200} port \\d{1,5} after \\d+ ms: (?:timeout was reached|timed out)\\b',
        // round 43 (transport): curl's TLS backends when the handshake outlives the connect timeout (curl/curl lib/vtls
        // schannel.c, gskit.c, nss.c `failf(data, "SSL connection timeout")`, CURLE_OPERATION_TIMEDOUT), alone on its line
        // or after curl's `(28) `, PHP's `cURL error 28: ` or git's `unable to access '…': `, not a setting's label
        "(?:^|\\(28\\) |error 28: |': )ssl connection timeout\\b(?!\\s*[:=]\\s*\\d)",
        // round 43 (transport): Android's libcore when a socket connect with a timeout runs out of time
        // (GrapheneOS/platform_libcore luni/src/main/java/libcore/io/IoBridge.java connectErrno and createMessageForException:
        // `SocketTimeoutException: failed to connect to <host>/<ip> (port 443) from /<ip> (port N) after 10000ms`, OkHttp's
        // connect timeout on Android); not when an errno other than ETIMEDOUT follows (`…: isConnected failed: ECONNREFUSED`)
        '\\bfailed to connect to \\S{1,200} \\(port \\d{1,5}\\)(?: from \\S{1,100} \\(port \\d{1,5}\\))? after \\d+ms\\b(?!: isconnected failed: e(?!timedout))',
        // round 41 (transport): aiohttp's ConnectionTimeoutError message (aiohttp/client.py `Connection timeout to host
        // {req.url}`), and Ruby's net/http when the TCP connection did not open in open_timeout (ruby/net-http
        // lib/net/http.rb connect: `Net::OpenTimeout`, rethrown as `Failed to open TCP connection to <host>:<port>
        // (execution expired)`)
        '\\bconnection timeout to host\\b',
        '\\bnet::opentimeout\\b',
        'failed to open tcp connection to \\S+ \\(execution expired\\)',
        'connect etimedout',
        // not LiteLLM's request timeout, which says `Connection timed out` whatever phase ran out (see client-timeout);
        // round 41 (transport): nor nginx's `upstream timed out (110: Connection timed out)`, its wait for the server
        // behind it (gateway-timeout)
        '(?<!litellm\\.(?:exceptions\\.)?timeout: )(?<!upstream timed out \\(110: )connection timed out',
        'connect timeout',
        'timed out while connecting',
        'max retries exceeded with url',
        // round 25 (zh): not the setting's name (`连接超时时间`, `连接超时时间较短`), which a note on a proxy's or a
        // CDN's timeouts names while the error it explains is another (a 524 `Origin Time-out`)
        // round 45 (zhprose): nor the setting's label with its unit or in bold (Dify's env table `连接超时（秒）。`, `连接超时（毫秒）。`,
        // its HTTP node `- **连接超时**：建立连接的最大时间`, langgenius/dify-docs)
        '连接超时(?!时间|時間|\\s?[（(](?:毫秒|秒|ms)|\\*\\*)',
        'the connection timed out, consider setting',
        // Chinese Windows WSAETIMEDOUT 10060: 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败
        '连接的主机没有反应',
        // round 16 (zh-b): Go's net.OpError for a dial that hit its deadline (`dial tcp <addr>: i/o timeout`, the
        // address masked or not; golang/go src/net/net.go OpError.Error, src/internal/poll/fd.go ErrDeadlineExceeded),
        // and the English WSAETIMEDOUT 10060 Go prints on Windows (`connectex: A connection attempt failed because the
        // connected party did not properly respond after a period of time`). `dial tcp: lookup …` is DNS, not this.
        'dial tcp \\S+: i/o timeout',
        'connected party did not properly respond',
        // round 18 (en): reqwest's connect_timeout, its `TimedOut` wrapped by hyper-util's legacy client as a Connect
        // error (Debug `source: hyper_util::client::legacy::Error(Connect, TimedOut)`): the connection, not the model
        '\\berror\\(connect, timedout\\)',
        // round 24 (Chinese): the JDK's SocketTimeoutException for the connect phase (sun.nio.ch.NioSocketImpl
        // timedFinishConnect `Connect timed out`, the older PlainSocketImpl `connect timed out`; find_string id
        // 16878422577), which OkHttp and every Java client rethrow: no connection was made, unlike `Read timed out`
        '\\bconnect timed out\\b',
        // round 37 (wrong-zh): Python's ssl module when the TLS handshake does not finish in time (CPython Modules/_ssl.c
        // `The handshake operation timed out`, as RustPython's ssl repeats it, find_string ids 1197638795, 67251438561),
        // which httpx raises as ConnectTimeout (ids 70076765268, 71093905129): no connection was made
        '\\bthe handshake operation timed out\\b',
        // round 29 (lead): Go's net/http when the Client's Timeout ran out before a connection was had
        // (golang/go src/net/http/transport.go `net/http: request canceled while waiting for connection`, to which
        // client.go adds ` (Client.Timeout exceeded while awaiting headers)`): no connection, as `dial tcp … i/o timeout`
        'request canceled while waiting for connection',
        // round 34 (lead-transport): Dart's Dio when no connection was made in time (cfug/dio dio/lib/src/dio_exception.dart:
        // DioExceptionType.connectionTimeout, printed `DioException [connection timeout]: The request connection took
        // longer than …`; Dio 4's DioErrorType.connectTimeout); its receive and send timeouts are the request's (client-timeout)
        '\\bdioexception \\[connection timeout\\]',
        'the request connection took longer than',
        '\\bdio(?:exception|error)type\\.connect(?:ion)?timeout\\b',
        // round 37 (wrong-en): Dio 4's message for the same connect timeout (cfug/dio dio/lib/src/adapters/io_adapter.dart
        // _throwConnectingTimeout, DioErrorType.connectTimeout: `Connecting timed out [${options.connectTimeout}ms]`, a
        // Duration in later 4.x `[0:00:05.000000]`), which Flutter apps print as the whole error with no type before it
        '\\bconnecting timed out \\[(?:\\d+ ?ms|\\d+:\\d\\d:\\d\\d(?:\\.\\d+)?)\\]',
        // round 36 (apps-a): LobeHub's ProviderNetworkError in English (lobehub/lobehub locales/en-US/modelRuntime.json
        // `Connection to the provider timed out or was dropped. Please check your network and try again.`; the zh-CN
        // `连接超时` is read already)
        '\\bconnection to the provider timed out or was dropped\\b',
      ],
      describes: [
        // round 43 (desc-zh): the API's domain said to be behind the wall, people's word for mainland China's firewall
        // cutting the way to the vendor (leochen-g/wechat-assistant-pro#40 `api被墙了`, which the maintainer answers with a
        // proxy setting; www.qqiyuan.cn's guide to reaching the ChatGPT API from China: `官方 API 端点(api.openai.com) 在部分区域
        // 存在 DNS 污染问题`, `API 端点域名(api.openai.com)无法直接解析`, fixed by a proxy or an overseas relay; lesscode.com/206.html
        // `不要直接在国内访问 OpenAI API…需要配置代理`): the connection never gets through, the vendor refuses nothing. The
        // vendor or its API first, then 被墙 within a short clause; not a negation (`api 没有被墙`, `不是被墙`) nor a
        // question (`api.openai.com 被墙了吗`)
        '(?:openai|chatgpt|gemini|claude|anthropic|api|接口)(?:(?!没|沒|不|未|无|無)[^。！？\\n，,]){0,10}?(?:已经|已經|已|又|也)?被墙(?!了?[吗嗎么麼?？])',
      ],
    },
    title: { zh: '连不上服务器（ETIMEDOUT）', en: 'Could not connect (ETIMEDOUT)' },
    meaning: {
      zh: '连接阶段就超时了，请求没到达网关：多半是网络或代理问题，而不是模型慢。',
      en: 'The connection itself timed out, so the request never reached the gateway: a network or proxy problem, not a slow model.',
    },
    steps: [
      {
        zh: '在浏览器打开 {{gw.apiOrigin}}，看能否访问。',
        en: 'Open {{gw.apiOrigin}} in a browser to see whether it loads.',
      },
      { zh: '换网络，或关闭、切换代理后再试。', en: 'Try another network, or turn off or change the proxy.' },
    ],
    retry: 'yes',
    article: '/troubleshooting/network#vpn-and-proxy',
    examples: [
      { text: 'Error: connect ETIMEDOUT 104.21.32.1:443', source: 'Node.js net (ChatGPTNextWeb/NextChat issues)' },
      {
        text: 'ConnectTimeoutError: Connect Timeout Error (attempted address: {{gw.apiHost}}:443, timeout: 10000ms)',
        source: 'nodejs/undici ConnectTimeoutError (openai/openai-node issues)',
      },
    ],
  },
  {
    id: 'dns-failure',
    cause: 'network',
    layer: 'network',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [
        // round 43 (transport): the JDK's exception for a connect to an address its resolver could not resolve
        // (docs.oracle.com/en/java/javase/21/docs/api/java.base/java/nio/channels/UnresolvedAddressException.html `Unchecked
        // exception thrown when an attempt is made to invoke a network operation upon an unresolved socket address`), which
        // Netty-based clients (Spring WebClient, Reactor Netty) raise for a host name DNS did not know
        'unresolvedaddressexception',
        // round 43 (transport): Chromium's net error when a DNS resolution itself failed (chromium/chromium net/base/
        // net_error_list.h NAME_RESOLUTION_FAILED -137 `An error occurred when trying to do a name resolution (DNS).`)
        'err_name_resolution_failed',
        // round 41 (transport): .NET's WebExceptionStatus resource keys, which trimmed builds (Unity, Blazor, MAUI) print in
        // place of the text (microsoft/referencesource System/System.txt, dotnet/runtime src/libraries/System.Net.Requests/
        // src/Resources/Strings.resx): the remote name did not resolve
        'net_webstatus_nameresolutionfailure',
        // round 41 (transport): aiohttp 3.10's class for a host name that did not resolve (aio-libs/aiohttp
        // aiohttp/client_exceptions.py ClientConnectorDNSError, `Cannot connect to host <host>:443 ssl:default [Name or
        // service not known]`), whose `Cannot connect to host` connection-refused reads too
        'clientconnectordnserror',
        'enotfound',
        'eai_again',
        'err_name_not_resolved',
        // round 29 (lead): the JDK's class for a name no resolver found (java.net.InetAddress: `java.net.UnknownHostException:
        // <host>`, which OkHttp and every Java client rethrow)
        'unknownhostexception',
      ],
      patterns: [
        // round 43 (transport): WeChat's Android client when the mini program's wx.request host did not resolve
        // (AppBrandNetworkRequest on UnknownHostException `request unknow host error`, misspelt as printed: find_string ids
        // 21698893084, 4686562987)
        '\\brequest unknow host error\\b',
        // round 43 (transport): Clash's and mihomo's resolver when none of its DNS servers answered (MetaCubeX/mihomo
        // dns/util.go batchExchange `all DNS requests failed` + `, first error: …`; Dreamacro/clash dns ErrAllDNSRequestFailed,
        // find_string ids 561257359, 28300569511): the proxy app's own DNS, not the gateway
        '\\ball dns requests failed\\b',
        // round 43 (transport): Windows' WSANO_DATA (11004, learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-
        // error-codes-2 `Valid name, no data record of requested type`), its FormatMessage text in English and zh-CN as .NET's
        // SocketException and Python print it (`请求的名称有效，但是找不到请求的类型的数据。 (api.example.com:443)`: find_string ids
        // 69675542477, a relay's /v1/models check; 30044414739, 11930398923): the name has no A/AAAA record
        '\\bthe requested name is valid, but no data of the requested type was found\\b',
        '请求的名称有效，但是找不到请求的类型的数据',
        // round 43 (transport): .NET Framework's WebException NameResolutionFailure in zh-CN (`未能解析此远程名称: '<host>'`,
        // as PowerShell's irm and Invoke-WebRequest print it: find_string ids 8033702760, 32275572979; a launcher's list of
        // network failures, id 1630527)
        '未能解析此远程名称',
        // round 43 (transport): Netty's DNS resolver, used by Spring WebClient and Reactor Netty, when no record came back
        // (netty/netty resolver-dns/src/main/java/io/netty/resolver/dns/DnsResolveContext.java finishResolve, its
        // UnknownHostException `Failed to resolve '<host>' [A(1), AAAA(28)] after 4 queries`, older `… after N queries` and
        // `. Exceeded max queries per resolve N`: find_string id 29447525620)
        "\\bfailed to resolve '[^'\\s]{1,253}'(?: \\[[^\\]\\n]{1,40}\\])?(?: after \\d+ queries\\b|\\. exceeded max queries per resolve \\d)",
        // round 43 (transport): Spring's RestTemplate wraps an IOException as `I/O error on <METHOD> request for \"<url>\":
        // <message>` (spring-projects/spring-framework RestTemplate.createResourceAccessException, find_string ids
        // 26507159191, 34160769271); the JDK's UnknownHostException's message is the host name alone, so the url's own host
        // after the colon is a name that did not resolve
        '\\bi/o error on [a-z]{3,7} request for "https?://([^/"\\s:]{1,253})[^"\\n]{0,500}": ?\\1(?:\\s*$|;)',
        // round 43 (transport): Apple's NSURLErrorCannotFindHost (-1003) as zh-Hans iOS and macOS print its
        // localizedDescription (`未能找到使用指定主机名的服务器。`: an iOS network layer's comment beside -1003, find_string id
        // 20837140077; uni-app's request:fail table, id 4686562987); the number is read above
        '未能找到使用指定主机名的服务器',
        // round 41 (transport): Apple's NSURLErrorCannotFindHost by its number (-1003,
        // developer.apple.com/documentation/foundation/1508628-url_loading_system_error_codes, Foundation NSURLError.h),
        // whatever language its description is in (`Code=-1003 "未能找到使用指定主机名的服务器。"`, find_string id 11064098486;
        // that Chinese alone is left out: its words pulled the similarity reading of an unrelated Chinese paste)
        '\\b(?:nsurlerrordomain|kcferrordomaincfnetwork)(?: code=| error )-1003\\b',
        // round 41 (transport): .NET Framework's WebException for a host name that did not resolve (microsoft/referencesource
        // System/System.txt net_webstatus_NameResolutionFailure `The remote name could not be resolved`, printed as
        // `System.Net.WebException: The remote name could not be resolved: 'api.openai.com'`)
        '\\bthe remote name could not be resolved\\b',
        // round 41 (transport): curl's CURLE_OPERATION_TIMEDOUT while the name was still being resolved (curl/curl
        // lib/multi.c `Resolving timed out after %ld milliseconds`), as PHP's cURL, Guzzle and Laravel's Http print it
        // (`cURL error 28: Resolving timed out after 5000 milliseconds`): DNS gave no answer, no connection was tried
        '\\bresolving timed out after \\d+ (?:milliseconds|ms)\\b',
        // round 36 (gaps-en): ureq 2.x when the host name did not resolve (algesten/ureq 2.12.1 src/stream.rs connect_host:
        // `Dns Failed: resolve dns name '<host>:<port>'`, `Dns Failed: No ip address for <host>`; src/error.rs ErrorKind::Dns)
        "\\bdns failed: (?:resolve dns name '|no ip address for )",
        // round 34 (lead): curl built with c-ares, which words the failed lookup itself (`curl: (6) Could not resolve: host
        // (Domain name not found)`, c-ares/c-ares#150; `Could not contact DNS servers`, c-ares ares_strerror ARES_ECONNREFUSED,
        // c-ares/c-ares#1056)
        'could not resolve: [\\w.-]+ \\((?:domain name not found|could not contact dns servers|timeout while contacting dns servers)\\)',
        'could not contact dns servers',
        // round 34 (lead-transport): Rust's hyper-util resolver as reqwest prints it (`error trying to connect: dns error:
        // failed to lookup address information: …`, client/legacy/connect/dns.rs)
        'error trying to connect: dns error',
        'getaddrinfo',
        'name or service not known',
        'nodename nor servname',
        'temporary failure in name resolution',
        'could not resolve host',
        'no such host',
        // round 29 (lead): Android's message for the JDK's UnknownHostException (`Unable to resolve host "<host>": No
        // address associated with hostname`, libcore's Inet6AddressImpl; the class is among the codes)
        // round 29 (lead): Go's resolver failing however it fails (`dial tcp: lookup api.example.com on 127.0.0.53:53: server
        // misbehaving`, `…: i/o timeout`, `…: no such host`; golang/go src/net/dnsclient_unix.go, net.go DNSError), Dart's
        // (dart:io SocketException `Failed host lookup: '<host>'`) and Apple's NSURLErrorCannotFindHost (-1003, `A server
        // with the specified hostname could not be found.`)
        'dial tcp: lookup \\S',
        'failed host lookup',
        'a server with the specified hostname could not be found',
        'unable to resolve host\\b',
        'the connection cannot be established, this usually occurs due to an incorrect host',
        'the dns server returned an error',
        // Chinese Windows WSAHOST_NOT_FOUND 11001 and glibc zh_CN EAI_NONAME / EAI_AGAIN
        '不知道这样的主机',
        '未知的名称或服务',
        '域名解析暂时失败',
        // Chinese clients' own words for Node's ENOTFOUND (public GitHub sources, find_string 域名解析暂时失败)
        '(?:域名|dns)\\s?解析失败',
        '域名无法解析',
      ],
    },
    title: { zh: '域名解析失败（DNS）', en: 'Domain name not resolved (DNS)' },
    meaning: {
      zh: '找不到接口地址对应的服务器：域名拼错了，或当前网络的 DNS 解析不了它。',
      en: 'The host could not be found: the domain is misspelled, or this network’s DNS cannot resolve it.',
    },
    steps: [
      { zh: '核对域名：应为 {{gw.apiHost}}。', en: 'Check the host name: it should be {{gw.apiHost}}.' },
      {
        zh: '把 DNS 改成公共 DNS（如 223.5.5.5 或 1.1.1.1），或换一个网络。',
        en: 'Switch to a public DNS (such as 1.1.1.1 or 223.5.5.5) or another network.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/network#dns',
    examples: [
      {
        text: 'Error: getaddrinfo ENOTFOUND api.openai-proxy.example',
        source: 'Node.js dns (lobehub/lobe-chat issues)',
      },
      {
        text: 'httpx.ConnectError: [Errno -2] Name or service not known',
        source: 'encode/httpx on Linux (openai/openai-python issues)',
      },
      {
        text: 'curl: (6) Could not resolve host: {{gw.apiHost}}',
        source: 'curl exit code 6 (curl.se/libcurl/c/libcurl-errors.html)',
      },
    ],
  },
  {
    id: 'tls-certificate',
    cause: 'network',
    layer: 'network',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [
        // round 43 (transport): Chromium's net errors for a failed TLS handshake (chromium/chromium net/base/net_error_list.h
        // SSL_PROTOCOL_ERROR -107 `An SSL protocol error occurred.`, SSL_VERSION_OR_CIPHER_MISMATCH -113 `The client and
        // server don't support a common SSL protocol version or cipher suite.`); its ERR_CERT_* codes are read below
        'err_ssl_protocol_error',
        'err_ssl_version_or_cipher_mismatch',
        // round 41 (transport): .NET's resource keys for a TLS failure, as trimmed builds print them (dotnet/runtime
        // System.Net.Requests Strings.resx net_webstatus_TrustFailure, net_webstatus_SecureChannelFailure)
        'net_webstatus_trustfailure',
        'net_webstatus_securechannelfailure',
        // round 41 (transport): OkHttp's refusal of a certificate that does not name the host (square/okhttp
        // okhttp/src/main/kotlin/okhttp3/internal/connection/ConnectPlan.kt: SSLPeerUnverifiedException `Hostname <host> not
        // verified`) and Netty's for a plain-text answer where TLS was expected (netty/netty handler/src/main/java/io/netty/
        // handler/ssl/NotSslRecordException.java, `not an SSL/TLS record`: an http:// server or port behind an https:// URL)
        'sslpeerunverifiedexception',
        'notsslrecordexception',
        'cert_has_expired',
        'unable_to_verify_leaf_signature',
        'self_signed_cert_in_chain',
        'depth_zero_self_signed_cert',
        'eproto',
        // round 23 (English): Bun's code when the TLS handshake fails without an X509 reason (a proxy that intercepts or
        // closes it), which opencode and Claude Code built on Bun print as the error
        'unknown_certificate_verification_error',
        // round 25 (zh): Node's code for OpenSSL's WRONG_VERSION_NUMBER (the `wrong_version_number` pattern below)
        'err_ssl_wrong_version_number',
        'err_tls_cert_altname_invalid',
        // round 29 (lead): the JDK's class for a failed handshake (javax.net.ssl.SSLHandshakeException, its reason after it)
        'sslhandshakeexception',
      ],
      patterns: [
        // round 43 (transport): WeChat mini programs' wx.request (and uni-app on WeChat) when the TLS handshake with the
        // server failed (errMsg `request:fail ssl hand shake error`: find_string ids 5068106092, 9176329718, 55846600252, an
        // expired or incomplete certificate chain or an old TLS version)
        '\\brequest:fail ssl hand ?shake error\\b',
        // round 43 (transport): .NET's TLS failures in zh-CN: WebException SendFailure and SecureChannelFailure (`基础连接已经关闭:
        // 发送时发生错误。`, `请求被中止: 未能创建 SSL/TLS 安全通道。`, the Chinese of the English ones read below), SslStream's
        // `由于意外的数据包格式，握手失败。` (`The handshake failed due to an unexpected packet format.`, find_string id 61666404506)
        // and AuthenticationException `根据验证过程，远程证书无效。` (`The remote certificate is invalid according to the validation
        // procedure.`, Microsoft's translated docs, ids 16982052042, 20418338221)
        '基础连接已经关闭[:：]\\s?发送时发生错误',
        '未能创建\\s?ssl/tls\\s?安全通道',
        '由于意外的数据包格式，握手失败',
        '根据验证过程，远程证书无效',
        // round 43 (transport): rustls, the TLS of reqwest, uv and most Rust CLIs, when it rejects the server's certificate
        // (rustls/rustls rustls/src/error.rs Display for Error::InvalidCertificate `invalid peer certificate: {err}`:
        // `UnknownIssuer`, `Expired`, `NotValidForName`, a TLS-inspecting proxy's own CA among them)
        '\\binvalid peer certificate: \\w',
        // round 43 (transport): Apple's NSURLErrorSecureConnectionFailed (-1200) as zh-Hans iOS and macOS print it
        // (`发生了 SSL 错误，无法建立与该服务器的安全连接。`: find_string ids 20837140077, 35970308757, 10334478226)
        '无法建立与该服务器的安全连接',
        // round 43 (transport): .NET's HttpRequestException in zh-Hans (`无法建立 SSL 连接，请参阅内部异常。`, the Chinese
        // of `The SSL connection could not be established, see inner exception.` in Microsoft's translated docs, find_string
        // ids 21112271507, 44800765427) and GNU Wget's zh_CN `无法建立 SSL 连接。` (its po file, msgid `Unable to establish SSL
        // connection.`, id 12012015693)
        '无法建立\\s?ssl\\s?连接',
        // round 41 (transport): Apple's TLS and certificate errors by number (NSURLErrorSecureConnectionFailed -1200,
        // ServerCertificateHasBadDate -1201, Untrusted -1202, HasUnknownRoot -1203, NotYetValid -1204,
        // ClientCertificateRejected -1205, ClientCertificateRequired -1206; developer.apple.com/documentation/foundation/1508628-url_loading_system_error_codes, Foundation NSURLError.h)
        '\\b(?:nsurlerrordomain|kcferrordomaincfnetwork)(?: code=| error )-120[0-6]\\b',
        // round 41 (transport): apps' own Chinese for a failed TLS handshake (a VPN client's status `TLS 握手失败` on OpenVPN's
        // `TLS Error`, find_string id 66521024997; a changelog's `修复部分客户端 HTTPS 握手失败无法访问`, id 59828608032), the
        // protocol named before it so an RPC's or a WebSocket's own handshake (`[rpc] 握手失败`) is not read as TLS
        '(?:ssl|tls|https)\\s?握手失败',
        // round 41 (transport): .NET Framework's WebException for TLS (microsoft/referencesource System/System.txt
        // net_webstatus_TrustFailure `Could not establish trust relationship for the SSL/TLS secure channel`,
        // net_webstatus_SecureChannelFailure `Could not create SSL/TLS secure channel`, and net_webstatus_SendFailure `An
        // unexpected error occurred on a send`, which on .NET Framework is the TLS 1.2 an HTTPS API requires not being
        // offered (learn.microsoft.com/dotnet/framework/network-programming/tls))
        '\\bcould not establish trust relationship for the ssl/tls secure channel\\b',
        '\\bcould not create ssl/tls secure channel\\b',
        '\\bthe underlying connection was closed: an unexpected error occurred on a send\\b',
        // round 41 (transport): apps' own Chinese for a certificate the client refused (a Socket.IO client's notice
        // `服务器SSL证书验证失败，请检查证书配置`, find_string id 598434769; a Java TrustManager's `服务端证书验证失败！`, id
        // 36758982754); not a setting's description of what happens then (`证书验证失败时仍下载…`)
        '证书验证失败(?!时|時)',
        // round 41 (transport): .NET's SslStream refusing the server's certificate (dotnet/runtime
        // src/libraries/System.Net.Security/src/Resources/Strings.resx net_ssl_io_cert_validation `The remote certificate is
        // invalid according to the validation procedure: {0}`, net_ssl_io_cert_chain_validation `The remote certificate is
        // invalid because of errors in the certificate chain: {0}`)
        '\\bthe remote certificate is invalid (?:according to the validation procedure|because of errors in the certificate chain)\\b',
        // round 41 (transport): Apple's NSURLErrorServerCertificateUntrusted and siblings (-1202, URLSession's
        // localizedDescription `The certificate for this server is invalid. You might be connecting to a server that is
        // pretending to be “<host>” …`; developer.apple.com/documentation/foundation/urlerror/code/servercertificateuntrusted)
        '\\bthe certificate for this server is invalid\\b',
        // round 41 (transport): dart:io's HandshakeException when the other end (a proxy, a firewall, a filtering network)
        // closed the connection during the TLS handshake (dart-lang/sdk sdk/lib/_internal/vm/bin/secure_socket_patch.dart
        // / runtime/bin/secure_socket_filter.cc, `HandshakeException: Connection terminated during handshake`), and
        // Dio's badCertificate (cfug/dio dio/lib/src/dio_exception.dart DioException.badCertificate `The certificate of the
        // response is not approved.`)
        '\\bconnection terminated during handshake\\b',
        '\\bthe certificate of the response is not approved\\b',
        // round 41 (transport): the JDK's TLS when the answer is not TLS at all (openjdk/jdk src/java.base/share/classes/
        // sun/security/ssl/SSLSocketInputRecord.java / SSLEngineInputRecord.java `Unsupported or unrecognized SSL message`),
        // Netty's NotSslRecordException (`not an SSL/TLS record`), Go's net/http both ways round (golang/go
        // src/net/http/transport.go `http: server gave HTTP response to HTTPS client`, and the TLS alert read as HTTP/1.x:
        // `net/http: HTTP/1.x transport connection broken: malformed HTTP response "\x15\x03\x01…"`): https:// to a plain
        // port or http:// to a TLS one, the scheme or port in the address is wrong
        '\\bunsupported or unrecognized ssl message\\b',
        '\\bnot an ssl/tls record\\b',
        '\\bserver gave http response to https client\\b',
        'malformed http response "\\\\x15\\\\x03',
        // round 41 (transport): Go's crypto/tls when the server answered the handshake with an alert (golang/go
        // src/crypto/tls/alert.go alert.Error `remote error: tls: handshake failure`, `… tls: protocol version not supported`,
        // `… tls: internal error`); OkHttp's host name check (`javax.net.ssl.SSLPeerUnverifiedException: Hostname <host> not
        // verified:` and the certificate after the colon; not a dashboard's `Hostname … not verified yet`); Python's ssl when the peer closed TLS (CPython Modules/_ssl.c PY_SSL_ERROR_ZERO_RETURN, `SSLZeroReturnError:
        // TLS/SSL connection has been closed (EOF)`)
        '\\bremote error: tls: [a-z]',
        '\\bhostname \\S{1,253} not verified:',
        'tls/ssl connection has been closed \\(eof\\)',
        // Claude Code's TLS wording (cli.js IY2: `Unable to connect to API: SSL certificate …`)
        'ssl certificate (?:verification failed|has expired|has been revoked|hostname mismatch|is not yet valid)',
        'self-signed certificate detected',
        'certificate_verify_failed',
        'certificate verify failed',
        'self[- ]signed certificate',
        'unable to get local issuer certificate',
        'wrong version number',
        // round 25 (zh): OpenSSL's reason code as Python's ssl prints it (`[SSL: WRONG_VERSION_NUMBER]`), and as Node
        // names it in its error code (`ERR_SSL_WRONG_VERSION_NUMBER`, read by `codes` above: Node prefixes ERR_SSL_ to
        // the upper-cased reason with underscores, google-gemini/gemini-cli packages/core/src/utils/retry.ts
        // RETRYABLE_NETWORK_CODES and its note on node/src/crypto/crypto_tls.cc); a client that keeps only the code
        // loses the words above: the same plain-http-port mistake
        '\\bwrong_version_number\\b',
        'sslerror',
        // round 24 (Chinese): CPython's ssl module when the peer (most often a proxy) drops the TLS connection mid
        // handshake or mid read: SSLEOFError `EOF occurred in violation of protocol` (Modules/_ssl.c PY_SSL_ERROR_EOF;
        // OpenSSL 3 adds `[SSL: UNEXPECTED_EOF_WHILE_READING]`; find_string id 5511945500)
        'ssleoferror',
        'eof occurred in violation of protocol',
        'ssl handshake',
        'err_cert_',
        'tls (?:handshake|connection)',
        'certificate has expired',
        'ssl_connect',
        'ssl_error_syscall',
        'ssl\\s?证书错误',
        // curl's exit code 60, CURLE_PEER_FAILED_VERIFICATION (libcurl-errors): whatever wording the TLS backend adds
        'curl: \\(60\\)',
        // round 23 (English): Bun's message for that code (an error table pairing UNKNOWN_CERTIFICATE_VERIFICATION_ERROR
        // with `unknown certificate verification error`, find_string id 68373253930; opencode's retry reads it as
        // `Network error (TLS)`, id 66923607373)
        'unknown certificate verification error',
        // round 29 (lead): the same failure in other runtimes' words: Go's crypto/tls and crypto/x509 (`tls: failed to verify
        // certificate: x509: certificate signed by unknown authority`, `x509: certificate has expired or is not yet
        // valid`), the JDK's (`javax.net.ssl.SSLHandshakeException: PKIX path building failed: … unable to find valid
        // certification path to requested target`), .NET's HttpClient (`The SSL connection could not be established, see
        // inner exception.`), Apple's NSURLErrorSecureConnectionFailed (-1200, `An SSL error has occurred and a secure
        // connection to the server cannot be made.`) and Node's (`unable to verify the first certificate`, and
        // ERR_TLS_CERT_ALTNAME_INVALID `Hostname/IP does not match certificate's altnames`)
        'tls: failed to verify certificate',
        'x509: certificate',
        'pkix path building failed',
        'unable to find valid certification path',
        'the ssl connection could not be established',
        'a secure connection to the server cannot be made',
        'unable to verify the first certificate',
        "does not match certificate's altnames",
        // round 36 (apps-a): Cherry Studio's proxy diagnosis in English (en-us locale error.diagnosis.proxy `Proxy or
        // SSL certificate error, check proxy and network settings`, find_string id 67170962973), whose zh-CN this entry
        // reads by `SSL 证书错误`
        '\\bproxy or ssl certificate error, check proxy and network settings\\b',
      ],
    },
    title: { zh: '证书或 TLS 握手失败', en: 'Certificate or TLS handshake failed' },
    meaning: {
      zh: '安全连接没建立起来：代理或杀毒软件在替换证书，系统时间不对，或者地址用了错的协议或端口。',
      en: 'The secure connection failed: a proxy or antivirus is swapping certificates, the system clock is wrong, or the wrong scheme or port is used.',
    },
    steps: [
      {
        zh: '确认系统时间正确，地址以 https:// 开头且没有端口号。',
        en: 'Check the system clock, and that the address starts with https:// and has no port.',
      },
      {
        zh: '关闭会“解密 HTTPS”的代理或杀毒软件后再试。',
        en: 'Turn off proxies or antivirus that “inspect HTTPS”, then retry.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/network#tls-certificate',
    examples: [
      {
        text: 'httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)',
        source: 'Python ssl (openai/openai-python issues)',
      },
      {
        text: 'Error: self-signed certificate in certificate chain (code: SELF_SIGNED_CERT_IN_CHAIN)',
        source: 'Node.js tls (openai/openai-node issues)',
      },
      {
        text: '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1123)',
        source: 'Python ssl talking TLS to an http port (psf/requests issues)',
      },
    ],
  },
  {
    id: 'proxy-error',
    cause: 'network',
    layer: 'network',
    statuses: [407],
    defaultFor: [407],
    dialects: ['client'],
    match: {
      codes: [
        // round 43 (transport): Chromium's net errors for a proxy in the way (chromium/chromium net/base/net_error_list.h
        // TUNNEL_CONNECTION_FAILED -111 `A tunnel connection through the proxy could not be established.`,
        // SOCKS_CONNECTION_FAILED -120, PROXY_CERTIFICATE_INVALID -136 `The certificate presented by the HTTPS Proxy was
        // invalid.`, MANDATORY_PROXY_CONFIGURATION_FAILED -131, a PAC script that could not be used)
        'err_tunnel_connection_failed',
        'err_socks_connection_failed',
        'err_proxy_certificate_invalid',
        'err_mandatory_proxy_configuration_failed',
        // round 41 (transport): aiohttp's class for a proxy it could not connect to (aio-libs/aiohttp
        // aiohttp/client_exceptions.py ClientProxyConnectionError, whose message is the connector's `Cannot connect to host
        // <proxy>:<port> …` that connection-refused reads too)
        'clientproxyconnectionerror',
        'err_proxy_connection_failed',
        'proxyerror',
      ],
      patterns: [
        // round 43 (transport): Apple's CFNetwork HTTPS-proxy failures by number (CFNetworkErrors.h
        // kCFErrorHTTPSProxyConnectionFailure 310, kCFStreamErrorHTTPSProxyFailureUnexpectedResponseToCONNECTMethod 311:
        // find_string ids 27210049855, 15865150975), in English and zh-Hans (`未能完成操作。（kCFErrorDomainCFNetwork错误310。）`, id
        // 4686562987); its HTTP-proxy 306 is left out, the lookup reads `Code=306` as an HTTP status
        '\\bkcferrordomaincfnetwork(?: ?错误| error | ?code=)31[01]\\b',
        // round 43 (transport): V2Ray's and Xray's outbound when no connection to the proxy server could be made
        // (v2fly/v2ray-core and XTLS/Xray-core proxy/vmess|vless|shadowsocks|trojan outbound `failed to find an available
        // destination`, under app/proxyman/outbound `failed to process outbound traffic`: find_string ids 39836047107,
        // 57559622860, 1099542): the proxy node is down or blocked
        '\\bfailed to find an available destination\\b',
        '\\bproxyman/outbound: failed to process outbound traffic\\b',
        // round 43 (transport): curl when the HTTP proxy answers its CONNECT with other than 2xx (curl/curl lib/cf-h1-proxy.c
        // `CONNECT tunnel failed, response %d`, curl 56): an egress proxy refusing the host (403) or a dead local proxy (502)
        '\\bconnect tunnel failed, response \\d{3}\\b',
        // round 41 (transport): .NET Framework's WebException for a proxy host that did not resolve (microsoft/referencesource
        // System/System.txt net_webstatus_ProxyNameResolutionFailure `The proxy name could not be resolved`)
        '\\bthe proxy name could not be resolved\\b',
        // round 41 (transport): .NET's HttpClient when the proxy refused the CONNECT tunnel (dotnet/runtime
        // src/libraries/System.Net.Http/src/Resources/Strings.resx net_http_proxy_tunnel_returned_failure_status_code `The
        // proxy tunnel request to proxy '{0}' failed with status code '{1}'.`), and curl's when the proxy closed it or is
        // not the kind it was told (curl/curl lib/cf-h1-proxy.c `Proxy CONNECT aborted`, `… due to timeout`; lib/socks.c
        // `Can't complete SOCKS5 connection to %s. (%d)`)
        '\\bthe proxy tunnel request to proxy \\S+ failed with status code\\b',
        '\\bproxy connect aborted\\b',
        "\\bcan't complete socks[45]a? connection to\\b",
        // round 41 (transport): https-proxy-agent, which Node CLIs use for HTTPS_PROXY, when the proxy closed the socket
        // before answering CONNECT (TooTallNate/proxy-agents packages/https-proxy-agent/src/parse-proxy-response.ts
        // `Proxy connection ended before receiving CONNECT response`): a wrong proxy port or a proxy that is down
        '\\bproxy connection ended before receiving connect response\\b',
        // round 36 (lead): Python's ssl module when urllib3 1.26 (pip's, or an old requests) speaks TLS to an https://
        // proxy address (CPython Lib/ssl.py SSLSocket._create `ValueError("check_hostname requires server_hostname")`,
        // find_string id 139168060; the fixes all set the proxy to http:// or turn the system proxy off, ids 71374066852,
        // 60765313883, 26799164844, 1822462358); a chat app's error box that prints it with spaces for underscores
        'check[_ ]hostname requires server[_ ]hostname',
        // round 36 (gaps-en): ureq 2.x's proxy errors (algesten/ureq 2.12.1 src/error.rs ErrorKind's Display: ProxyConnect
        // `Proxy failed to connect`, ProxyUnauthorized `Provided proxy credentials are incorrect`), as Transport's Display
        // prints the kind: after `<url>: ` or alone, then the end or `: <detail>`; not the words in a sentence
        '(?:^|:\\s)(?:proxy failed to connect|provided proxy credentials are incorrect)(?:$|:)',
        'unable to connect to proxy',
        'tunneling socket could not be established',
        'proxy authentication required',
        'proxy error',
        // Cloudflare's firewall refusing the client's IP or proxy in front of a gateway (error 1020, Access denied)
        'error code:? 1020\\b',
        // round 16 (zh-b): urllib3 1.26's ProxyError (connectionpool.py `ProxyError("Cannot connect to proxy.", e)`) and
        // the proxy's own answer to CONNECT (CPython http/client.py _tunnel `Tunnel connection failed: {code} {message}`),
        // whose status is the proxy's, not the gateway's
        'cannot connect to proxy',
        'tunnel connection failed',
        // round 34 (lead-transport): curl's CURLE_COULDNT_RESOLVE_PROXY (5, lib/strerror.c and the message
        // `Could not resolve proxy: <host>`): the proxy's own name did not resolve
        'could not resolve proxy',
        // round 34 (apps-zh): Chatbox's tip under a Network Error when a proxy is set (chatboxai/chatbox
        // src/renderer/components/chat/MessageErrTips.tsx, locales zh-Hans and en "network proxy error tips": `因为你设置了代理地址
        // {{proxy}}，请检查代理服务器是否正常工作…`, `Due to the proxy address you have configured as {{proxy}}, please verify if
        // the proxy server is functioning properly…`)
        '请检查代理服务器是否正常工作',
        'verify if the proxy server is functioning properly',
        // round 39 (apps-zh): gpt_academic's timeout_bot_msg, shown when requests.post to the endpoint raised, its retries spent
        // (binary-husky/gpt_academic request_llms/bridge_chatgpt.py, oai_std_model_template.py: `[Local Message] Request timeout.
        // Network error. Please check proxy settings in config.py.网络错误，检查代理服务器是否可用，以及代理设置的格式是否正确，…`):
        // the app names the network and its proxy, which the English opening tied with a timeout
        '检查代理服务器是否可用，以及代理设置的格式是否正确',
        '\\bnetwork error\\. please check proxy settings in config\\.py\\b',
        // round 39 (apps-zh): ChatLunaLab/chatluna ChatLunaErrorCode.UNSUPPORTED_PROXY_PROTOCOL (2, packages/core/src/utils/request.ts:
        // the proxy address is neither http nor socks), printed only as `使用 ChatLuna 时出现错误，错误码为 2。…`
        // (chatluna.chat/guide/faq/error_code.html 2 不支持的代理协议 | 检查代理配置)
        chatLunaErrorCode(2),
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332's words for ERR_PROXY_TUNNEL (`Couldn't connect through
        // your proxy (ERR_PROXY_TUNNEL) — the proxy refused the tunnel: check its credentials and that it allows this host`)
        "couldn['’]t connect through your proxy\\b",
        // round 45 (desc-basenet): WSL's warning when Windows is set to a proxy on localhost, which WSL in NAT mode cannot
        // reach (microsoft/WSL#10753 and #12015 `wsl: 检测到 localhost 代理配置，但未镜像到 WSL。NAT 模式下的 WSL 不支持 localhost
        // 代理。`, its English given in #10753 `wsl: A localhost proxy configuration was detected but not mirrored into WSL. WSL
        // in NAT mode does not support localhost proxies.`): calls from inside WSL go without the proxy Windows relies on
        '检测到\\s?localhost\\s?代理配置[，,]?\\s?但未镜像到\\s?wsl',
        '\\ba localhost proxy configuration was detected but not mirrored into wsl\\b',
        // round 45 (desc-basenet): Chromium's words (VS Code's, Electron apps') when the proxy it was given takes no
        // connection (microsoft/WSL#10379 `Failed to establish a socket connection to proxies: ["PROXY 127.0.0.1:7890"]`)
        '\\bfailed to establish a socket connection to proxies\\b',
      ],
      describes: [
        // round 45 (desc-basenet): a proxy said to be set, yet the calls still fail to connect or time out, in people's
        // words: Syan-Lin/CyberWaifu#44 `给服务器上了全局代理，可还是无法访问openai` (the answer: export http_proxy and
        // https_proxy so the program uses it), ChatGPTNextWeb/NextChat#647 `本地部署之后，配置HTTP_PROXY,运行之后依旧连接超时`,
        // FoundationAgents/MetaGPT#49 `have set https_proxy http_proxy but still meet a except "Error communicating with
        // OpenAI"`. The setting first, then still (还是/依旧/but still) and a failure to connect in the same sentence; not a
        // proxy that now works (`开了代理就好了`), nor a conditional (`如果开了代理还是连不上`, `If you set HTTPS_PROXY but still…`) or a question (`还是连不上吗？`)
        '(?<!(?:如果|若是?|假如|要是|一旦|万一|即使|就算)[^，。！？\\n]{0,8})(?:开了|开启了|打开了|设置了|设了|配置了?|挂了|上了|用了)\\s?(?:全局|系统)?\\s?(?:代理|梯子|vpn|http_proxy|https_proxy)[^。！？\\n]{0,16}?(?:还是|仍然|依然|依旧|也还是)[^。！？\\n]{0,8}?(?:连不上|连接不上|无法连接|连接超时|超时|无法访问|访问不了|连接失败|connection error)(?![吗嗎么麼]|\\s?[？?])',
        "(?<!\\b(?:if|when|whether|unless|once|in case)\\b[^.\\n]{0,20})\\b(?:set|set up|configured|exported|enabled|turned on)(?: (?:the|a|my|our|both))?(?: (?:global|system|http|https|socks5))? (?:https_proxy|http_proxy|proxy|vpn)(?: (?:and )?(?:https_proxy|http_proxy))?\\b[^.\\n]{0,30}?\\b(?:but|yet)(?: i| it| the requests?| the calls?)? still\\b[^.\\n]{0,30}?(?:connection error|connect(?:ion)? timeout|timed out|time ?out|can(?:no|')t connect|unable to connect|fail(?:s|ed)? to connect|error communicating with openai)",
      ],
    },
    title: { zh: '代理设置出错', en: 'Proxy problem' },
    meaning: {
      zh: '请求走了一个连不上或需要认证的代理，根本没到网关。',
      en: 'The request went through a proxy that is down or wants a login, so it never reached the gateway.',
    },
    steps: [
      {
        zh: '检查客户端和系统的代理设置（HTTP_PROXY、HTTPS_PROXY），不需要时关掉。',
        en: 'Check the client’s and system’s proxy settings (HTTP_PROXY, HTTPS_PROXY) and turn them off if not needed.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/network#vpn-and-proxy',
    examples: [
      {
        text: "requests.exceptions.ProxyError: HTTPSConnectionPool(host='{{gw.apiHost}}', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))",
        source: 'psf/requests ProxyError (public issue reports)',
      },
    ],
  },
  {
    id: 'cors-blocked',
    cause: 'cors',
    layer: 'network',
    statuses: [],
    // round 45 (desc-keycors): 403 with its own words: Ollama's CORS middleware (gin-contrib/cors config.go applyCors:
    // `if !cors.validateOrigin(origin, c) { c.AbortWithStatus(http.StatusForbidden) }`) refuses an origin it does not allow with a
    // 403, the one browser extensions and pages get until OLLAMA_ORIGINS allows them (ollama/ollama docs/faq.md), so a 403 beside
    // an extension's CORS hint is that refusal, not a relay's quota
    statusesWithWording: [403],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [],
      patterns: [
        // round 36 (gaps-en): Firefox's CORS console messages in its French locale, which keep the English term in
        // parentheses (`Blocage d’une requête multiorigines (Cross-Origin Request) : la politique « Same Origin » ne permet
        // pas de consulter la ressource distante située sur … Raison : …`, as French developers quote Firefox: find_string
        // ids 6999706976, 2567745403, 14932948985); the parenthesised term and the colon after it are Firefox's own
        "blocage d[’']une requête multi-?origines? \\(cross-origin request\\)",
        '\\(cross-origin request\\)\\s?:',
        'la politique « ?same origin ?» ne permet pas de consulter la ressource distante',
        'blocked by cors policy',
        // round 45 (desc-keycors): Safari's (WebKit's) words for the same refusal, which name neither CORS nor the header when the
        // preflight fails: its loaders' console line `Fetch API cannot load <url> due to access control checks.` (WebKit's
        // `messageMiddle = " due to access control checks."_s` for an access-control error, find_string id 242506971) and its
        // preflight check's `Preflight response is not successful` (id 44880517), as people quote them from Safari and iOS (`Preflight
        // response is not successful. Status code: 400` / `Fetch API cannot load https://…/rag/generate-test due to access control
        // checks.`, id 57900301642; `[Error] Fetch API cannot load http://backend:8000/user due to access control checks.`, id
        // 20219164191)
        '\\bdue to access control checks\\b',
        '\\bpreflight response is not successful\\b',
        // round 45 (desc-keycors): the same Firefox messages in its Chinese locales, as people quote their console: zh-CN
        // `已拦截跨源请求：同源策略禁止读取位于 http://127.0.0.1:8000/artical/blog/ 的远程资源。（原因：CORS 请求未能成功）` (find_string ids
        // 18123162771, 10344974911; `（原因：CORS 请求不是 http）`, id 40704514623) and zh-TW `已封鎖跨來源請求: 同源政策不允許讀取
        // http://localhost:8080/user 的遠端資源。（原因: CORS 請求未成功）` (ids 60476424278, 11317805316; `（原因: 缺少 CORS
        // 'Access-Control-Allow-Origin' 檔頭）`, id 21145092281), written here in the simplified characters the matcher folds to. Only
        // 跨源/跨来源 (跨域 is read below) and Firefox's reason in brackets
        '已拦截跨源请求',
        '同源策略禁止读取位于',
        '已封锁跨来源请求',
        '同源政策不允许读取',
        '[（(]原因\\s?[:：]\\s?(?:缺少\\s?)?cors\\b',
        'access-control-allow-origin',
        'access-control-allow-headers',
        // round 45 (desc-keycors): Chrome's and Safari's reason when the preflight does not list the method (`Method PUT is not allowed
        // by Access-Control-Allow-Methods in preflight response.`, as quoted alone after older Chrome's `Failed to load <url>:`,
        // find_string id 34410174826, and after `blocked by CORS policy:`, ids 5017406790, 59493913681); only the refusal, not a
        // server config that sets the header
        '\\bis not allowed by access-control-allow-methods\\b',
        'cross-origin request blocked',
        'cors (?:error|request did not succeed)',
        // round 45 (desc-keycors): the same in Chinese, as guides and vendors' docs word the console's complaint (a setup
        // guide's `现象：浏览器控制台显示CORS错误`, find_string id 34285418262; a security guide's `Console 通常会提示 CORS 错误`, id
        // 71404317397; Alibaba Cloud OSS's `CORS报错一般是站点类应用导致`, id 35573952821; a Zhipu demo's README `会触发浏览器跨域CORS报错，
        // 导致生成功能失效`, id 70762133877). Not a check or a fix that says there is none (`检查浏览器控制台是否有CORS错误`, `前端不再报CORS错误`,
        // `以避免CORS错误`),
        // nor (round 45 review) a denial (`这不是 CORS 错误，是 401`)
        '(?<!(?:没有|不再|不会|避免|以免|防止|是否有|有没有|无|不是|并非)\\s?(?:报|出现|提示|显示)?\\s?)\\bcors\\s?的?\\s?(?:错误|报错)',
        // round 45 (zhprose): not the setting that allows it (Dify's env table `Web API 跨域请求的允许来源`, `允许跨域调用 \`/openapi/v1/*\`
        // 的浏览器来源`, langgenius/dify-docs), though a refusal (`不允许跨域`) still reads
        '(?<!(?<!不)允许)跨域(?!请求的?允许来源)',
        'mixed content',
        // round 18 (en): every reason Firefox gives a blocked CORS request starts `(Reason: CORS …)` (CORSPreflightDidNotSucceed3,
        // CORSMissingAllowOrigin2, CORSRequestNotHttp …: dom/locales/en-US/chrome/security/security.properties, MDN's
        // CORS errors reference); its `Status code: 401` is the preflight's, whom the server refused without a key
        '\\(reason: cors\\b',
        // round 23 (English): LM Studio's server log for a browser's preflight it does not answer with CORS headers
        // (`Unexpected endpoint or method. (OPTIONS /v1/models). Returning 200 anyway`, with CORS off in its server
        // settings), which apps talking to it from a page quote as their CORS failure (find_string ids 7547459699,
        // 68334678375, 27466770258)
        'unexpected endpoint or method\\. \\(options ',
        // round 35 (desc-zh): apps' own hints that name Ollama's origin setting on a refused call (`Access Forbidden (403).
        // Check Hugging Face Token or OLLAMA_ORIGINS.`, find_string id 60899732274; a local-server check's `… cho phép CORS
        // (OLLAMA_ORIGINS="*")`, id 68803278249; a Chinese Ollama FAQ's `浏览器跨域被拦 处理：OLLAMA_ORIGINS=*`, id
        // 65852048379). Ollama's FAQ settles it (ollama/ollama docs/faq.md, How can I allow additional web origins to access
        // Ollama?: `Ollama allows cross-origin requests from 127.0.0.1 and 0.0.0.0 by default. Additional origins can be
        // configured with OLLAMA_ORIGINS.`, and browser extensions must be allowed explicitly): a page or an extension it
        // refuses is its CORS check. Only after a word of checking, setting or allowing it, or after a 403, not a config or
        // compose file that merely sets it (`OLLAMA_ORIGINS="*"`)
        '(?:\\b(?:check|set|configure|allow)\\b|检查|檢查|设置|設置|配置|允许|允許)[^。！？\\n]{0,40}?ollama_origins|\\b403\\b[^\\n]{0,60}?ollama_origins',
        // and an extension's own words for that 403 (an Ollama extension's OLLAMA_ERROR_MESSAGES `Ollama 拒绝了扩展的请求（403）。
        // 请在终端设置 OLLAMA_ORIGINS 环境变量后重启 Ollama。`, find_string id 53212669980)
        'ollama\\s?(?:拒绝|拒絕)了?(?:扩展|擴展|插件|浏览器|瀏覽器|网页|網頁)?的?请求',
        // round 45 (desc-keycors): extensions' own words for that 403 as the origin Ollama refuses (`Ollama 返回 403：本地服务拒绝了
        // chrome-extension 来源。请设置 OLLAMA_ORIGINS…`, find_string id 59792945934; `Ollama 返回 403 Forbidden。…这通常不是接口路径错误，
        // 而是 Ollama 默认拒绝浏览器扩展来源。`, id 55490930418; a README's `通常是 Ollama 拒绝了 Chrome 扩展的来源`, id 59201661846), and
        // in English (`Ollama cannot process requests originating from a browser extension without setting OLLAMA_ORIGINS`, id
        // 55106070553, whose `setting` the set-word pattern above does not read); not a conditional (`如果 Ollama 拒绝浏览器扩展来源`)
        '(?:拒绝|拒絕)了?\\s?(?:chrome|firefox|edge)?\\s?-?\\s?(?:浏览器|瀏覽器)?\\s?(?:扩展|擴展|插件|extension)\\s?的?\\s?(?:来源|來源|origin)',
        '\\bollama cannot process requests originating from a browser extension\\b',
        // round 45 (desc-keycors): extensions' and local-model clients' own words for that 403 (`HTTP 403 Forbidden: CORS Issue.\n\nTo
        // use local models, you must allow the extension to connect.`, find_string id 54925985807; `HTTP 403 Forbidden: CORS block.
        // Set OLLAMA_ORIGINS=* environment variable and restart Ollama.`, id 59736672076; a login form's `403 Forbidden: CORS policy
        // blockage.`, id 56367663133); `403 Forbidden: CORS Error` is read by `cors error` above. Not `CORS or Token Issue`, either
        '\\b403 forbidden\\W{1,3}cors (?:issue|block|blockage|policy blockage)\\b',
        // round 34 (lead): Anthropic's 401 for a request that carries a browser's Origin without the opt-in header, under
        // its authentication_error type (`CORS requests must set 'anthropic-dangerous-direct-browser-access' header`, and
        // for an organisation that forbids it `CORS requests are not allowed for this Organization`; find_string ids
        // 3186600547, 62466314021, 55489036122): the page's direct call, not the key
        'cors requests must set \\W?anthropic-dangerous-direct-browser-access',
        'cors requests are not allowed for this organi[sz]ation',
        // round 42 (agents): the Anthropic TypeScript SDK's refusal to run in a page unless told to (anthropics/anthropic-sdk-
        // typescript@bfa9197 src/client.ts: `It looks like you're running in a browser-like environment. This is disabled by
        // default, as it risks exposing your secret API credentials to attackers. …`, unless dangerouslyAllowBrowser is
        // true): the same direct call from a browser as the header above, stopped before it is sent
        "\\bit looks like you(?:'|’)re running in a browser-like environment\\b",
      ],
      describes: [
        // round 29 (desc-b): a CORS issue or problem the writer has, gets or ran into (Niek/chatgpt-web#330 `I am having
        // this CORS issue as well.`, HyeonseoNam/auto-classifier#36 `I get a CORS issue.`). Not the docs' and READMEs'
        // `avoid / bypass / fixed / no CORS issues` nor a troubleshooting heading (`CORS Issues: Check CORS_ORIGIN`)
        // round 45 (review): nor one said to be absent (`I don't have a CORS issue`), asked about (`Do you have a CORS issue?`)
        // or foretold (`You will get a CORS issue if you call the API directly from the browser`): a reader or a guide ruling
        // it out or explaining it
        "(?<!\\b(?:avoid|prevent|without|never|no|not|will|would) |n['’]t |\\b(?:do|does|did|are|were|is) (?:you|they|we|it|he|she|u) )\\b(?:having|have|getting|get|got|facing|face|encounter(?:ed|ing)?|met|meet|meeting|ran into|run(?:ning)? into|hit(?:ting)?) (?:a |an |the |this |that |same |some )?cors (?:issue|problem)s?\\b",
        // round 45 (desc-keycors): and a CORS issue or problem named with the call it hit, as issue titles word it
        // (glowingjade/obsidian-smart-composer#158 `CORS issue when using Custom (OpenAI Compatible)`, whose body says `I met a CORS
        // issue in my case`, read by the `met` added above). Not what avoids, fixes or rules it out (`to avoid CORS issues when
        // calling…`, `fixed CORS issue with the proxy`, `it's not a CORS issue with the key`)
        '(?<!\\b(?:no|avoid|avoids|avoiding|prevent|prevents|preventing|without|fix|fixes|fixed|fixing|solve|solves|solved|bypass|bypasses|handle|handles|handling|not|getting) (?:a |an |the |any |all |these |those )?)\\bcors (?:issue|problem)s? (?:when|while|with|using|calling|on|from|after)\\b',
        // round 45 (desc-keycors): the preflight said to fail, in the words Chinese CORS guides and postmortems use (a guide's `问题二：
        // 预检请求失败 … 复杂请求需要预检请求，但服务器未正确处理 OPTIONS 请求`, find_string id 10732875119; a WebView postmortem's `CORS 预检请求
        // 失败 … 预检请求失败，实际请求被阻止`, id 44218475053; a config doc's FAQ `预检请求失败 - 检查 CORS_METHODS 是否包含所需的 HTTP
        // 方法`, id 715350463). Not a conditional (`如果预检请求失败，浏览器会阻止实际请求`), a success nor (round 45
        // review) a failure said not to happen (`没有出现预检请求失败`, `不会再预检失败`)
        '(?<!(?:如果|若|一旦|假如|当|避免|防止|以免)[^，。\\n]{0,6}|(?:没有|没|未|不会|不再|无)(?:出现|发生|再|报)?)预检(?:请求)?(?:失败|被拒绝?|被拦截|未通过|不通过)',
        // blocked by CORS, in Chinese (a FAQ's `为什么还是被CORS拦截？`, find_string id 35372572097; a postmortem's
        // `跨域请求被CORS拦截`, id 8018647279; a key tester's help `官方接口严禁浏览器直接测试（CORS拦截）`, id 56852794658). Not an
        // interceptor class or a setting that turns it off (`CORS拦截器`, `关闭csrf及cors拦截`)
        '(?:被|遭|报|報|报错|報錯|提示|显示|顯示|[（(])\\s?(?:浏览器|瀏覽器)?\\s?cors\\s?(?:策略)?\\s?(?:拦截|攔截)(?![器])',
        // round 35 (desc-en): it works from curl or Postman and fails in the browser, the symptom CORS guides name and
        // settle (sadiqbd.com blog/internet/http-headers/cors-same-origin-policy-preflight-debugging: `"it works in
        // curl/Postman but fails in the browser" is the classic CORS symptom`; lainlog.com posts/why-fetch-fails-only-
        // in-browser `Why fetch fails in browser but works in curl (CORS)`; karankessy.github.io blog/2026/understanding-
        // cors `Why Your API Works in Postman but Fails in the Browser`: curl and Postman do not enforce CORS, the browser
        // does). Only the browser or a web page as where it fails: Postman against another app is not CORS
        "\\bworks?\\b[^.\\n]{0,20}?\\b(?:in|with|from|using|via) (?:curl|postman|insomnia)\\b(?:\\s?/\\s?(?:curl|postman|insomnia))?[^.\\n]{0,30}?\\b(?:but|yet)\\b[^.\\n]{0,30}?\\b(?:not|fails?|failed|does ?n[o']t|doesn't|is blocked|gets blocked|breaks|explodes|dies)\\b[^.\\n]{0,30}?\\b(?:in|from) (?:the |a |my )?(?:browser|web ?page|frontend|front-end)\\b",
        "\\b(?:fails?|failed|blocked|not working|does ?n[o']t work|doesn't work|breaks)\\b[^.\\n]{0,20}?\\b(?:in|from) (?:the |a |my )?browser\\b[^.\\n]{0,30}?\\b(?:but|yet|while)\\b[^.\\n]{0,20}?\\bworks?\\b[^.\\n]{0,15}?\\b(?:in|with|from|using|via) (?:curl|postman|insomnia)\\b",
        // round 45 (desc-keycors): a call said to be blocked by CORS, or CORS said to block it, in the words apps' hints and
        // guides use (an Ollama client's health check `'cors' — Ollama is running but CORS is blocking browser access.`, find_string
        // id 57429098263; a client README's `the proxy is down, or CORS is blocking your origin`, id 70886410093; code notes' `The
        // EPD host does not send Access-Control-Allow-Origin, so a direct browser fetch is blocked by CORS.` and `Scraping the share
        // page from the browser is blocked by CORS.`, ids 71381400839, 57533754734). Not a modal or a negation (an app's `browser
        // calls from the website will be blocked by CORS`, id 66527227619; `so the browser is not blocked by CORS`, id 69067654829;
        // `without being blocked by CORS`), a conditional (`if CORS is blocking`), or CORS's own settings (`CORS blocking rules`)
        // round 45 (review): nor what CORS does in general (`By default, CORS blocks requests from other origins`, `CORS blocks
        // cross-origin requests unless the server…`) or a changelog's fix (`Fixed: CORS blocked requests from the extension`)
        "(?<!\\b(?:without|avoid|avoids|avoiding|prevent|prevents|preventing|not|if|whether|unless) )\\b(?:is|are|was|were|being|gets?|got|getting) blocked by (?:the |a )?(?:browser(?:'s|’s)? )?cors\\b",
        '(?<!\\b(?:if|whether|unless|avoid|prevent|default,?|fixed:?|fix(?:es)?:?) )\\bcors (?:is |was |keeps )?(?:blocking|blocks|blocked)\\b(?! (?:middleware|filters?|rules?|settings?|config(?:uration)?|headers?)\\b)(?![^.\\n]{0,60}\\bunless\\b)',
      ],
    },
    title: { zh: '浏览器跨域（CORS）拦截', en: 'Blocked by the browser (CORS)' },
    meaning: {
      zh: '网页版客户端直接在浏览器里调接口时，浏览器没有拿到允许跨域的响应头，于是拦下了回复。',
      en: 'A web client called the API from the browser and the answer lacked the headers allowing it, so the browser withheld it.',
    },
    steps: [
      {
        zh: '在客户端设置里关闭“浏览器直连”，改用服务端转发；或改用桌面版客户端。',
        en: 'Turn off “direct browser requests” in the client to use its server, or use a desktop client.',
      },
      {
        zh: '网页是 https 而接口地址是 http：改用 {{gw.apiBaseUrl}}。',
        en: 'An https page calling an http address is blocked: use {{gw.apiBaseUrl}}.',
      },
      {
        zh: '运行连接测试确认是跨域而不是网络问题。',
        en: 'Run the connection test to confirm it is CORS and not the network.',
      },
    ],
    retry: 'no',
    article: '/troubleshooting/network#cors',
    examples: [
      {
        text: "Access to fetch at '{{gw.apiBaseUrl}}/chat/completions' from origin 'https://chat.example.org' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
        source: 'Chromium console (ChatGPTNextWeb/NextChat and lobehub/lobe-chat issues)',
      },
      {
        text: 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at {{gw.apiBaseUrl}}/models. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 429.',
        source: 'Firefox console (developer.mozilla.org/docs/Web/HTTP/CORS/Errors)',
      },
    ],
  },
  {
    id: 'stream-interrupted',
    cause: 'stream_interrupted',
    layer: 'network',
    statuses: [],
    defaultFor: [],
    dialects: ['client'],
    match: {
      codes: [
        // round 43 (transport): Node's http2 client when the server reset the stream it was reading (nodejs/node
        // lib/internal/errors.js `E('ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error)`:
        // NGHTTP2_INTERNAL_ERROR, NGHTTP2_CANCEL), the HTTP/2 form of a cut answer
        'err_http2_stream_error',
        // round 43 (transport): Chromium's net error for a body shorter than its Content-Length when the connection closed
        // (chromium/chromium net/base/net_error_list.h CONTENT_LENGTH_MISMATCH -354), beside its INCOMPLETE_CHUNKED_ENCODING
        'err_content_length_mismatch',
        // round 41 (transport): aiohttp's class for a body that stopped short (aio-libs/aiohttp aiohttp/client_exceptions.py
        // ClientPayloadError, `Response payload is not completed: <TransferEncodingError: 400, message='Not enough data for
        // satisfy transfer length header.'>`): the 400 in it is aiohttp's parser code, not the server's status
        'clientpayloaderror',
        // round 41 (transport): undici's code for a body shorter than its Content-Length (nodejs/undici lib/core/errors.js
        // ResponseContentLengthMismatchError `Response body length does not match content-length header`)
        'und_err_res_content_length_mismatch',
        'err_incomplete_chunked_encoding',
        'und_err_closed',
        'und_err_body_timeout',
        'streamchunkerror',
        // Node's code for a stream closed before it ended (lib/internal/errors.js), as clients print the bare code
        'err_stream_premature_close',
        // round 29 (lead): OkHttp's HTTP/2 stream reset by the server mid-answer (okhttp3/internal/http2/StreamResetException.kt
        // `stream was reset: INTERNAL_ERROR`)
        'streamresetexception',
        // round 41 (agents): that limit's code in the WebSocket's error event (responses_websocket.rs
        // WEBSOCKET_CONNECTION_LIMIT_REACHED_CODE), see the pattern below
        'websocket_connection_limit_reached',
      ],
      patterns: [
        // round 43 (transport): curl when the server reset the HTTP/2 stream it was reading (curl/curl lib/http2.c `HTTP/2
        // stream %u was reset`, CURLE_PARTIAL_FILE once the body began), beside its `was not closed cleanly` read below
        '\\bhttp/2 stream \\d+ was reset\\b',
        // round 43 (transport): apps' own Chinese for a (streamed) answer that ended before its end marker (`流式响应提前结束`:
        // find_string ids 61524349737 `Agent 模型流式响应提前结束。`, 61384493292, 71298128517 `流式响应提前结束（未收到结束标记）`;
        // a requests client's ChunkedEncodingError as `响应提前结束`, id 35140460442); not a condition a program checks for
        // (`如果响应提前结束…`: conditional-clause.ts; `如果流式响应提前结束…`, `响应提前结束时重试`)
        '(?<!(?:如果|若|当)流式)响应提前结束(?![时后])',
        // round 41 (agents): the Responses WebSocket's in-band error when a connection reaches its hour, which Codex answers
        // on a new connection (openai/codex codex-rs/codex-api/src/endpoint/responses_websocket.rs
        // WEBSOCKET_CONNECTION_LIMIT_REACHED_MESSAGE `Responses websocket connection limit reached (60 minutes). Create a new
        // websocket connection to continue.`): the long connection ended, not the key or the quota
        'responses websocket connection limit reached',
        // round 41 (transport): CPython's http.client when the body ended before its Content-Length or chunk did
        // (python/cpython Lib/http/client.py IncompleteRead.__repr__ `IncompleteRead(%i bytes read, %i more expected)`),
        // unwrapped by urllib and the clients on it (`http.client.IncompleteRead: IncompleteRead(1024 bytes read, 2048 more
        // expected)`)
        '\\bincompleteread\\(\\d+ bytes read(?:, \\d+ more expected)?\\)',
        // round 43 (apps): Alfred's ChatGPT workflow when its stream file stopped growing after part of the answer came
        // (alfredapp/openai-workflow Workflow/chatgpt, `${responseText} [Connection Stalled]`, footer `You can ask ChatGPT to
        // continue the answer`); with nothing before it, client-timeout's
        '\\[connection stalled\\](?<=\\S \\[connection stalled\\])',
        // round 41 (transport): .NET's HttpClient when the server reset the HTTP/2 stream of the answer (dotnet/runtime
        // src/libraries/System.Net.Http/src/Resources/Strings.resx net_http_http2_stream_error `The HTTP/2 server reset the
        // stream. HTTP/2 error code '{0}' (0x{1}).`, as Http2StreamException or HttpProtocolException)
        '\\bthe http/2 server reset the stream\\b',
        // round 41 (transport): curl's CURLE_PARTIAL_FILE (18) when a body with a Content-Length ended early (curl/curl
        // lib/transfer.c `transfer closed with %" FMT_OFF_T " bytes remaining to read`), as PHP's cURL, Guzzle and
        // Symfony HttpClient pass it on (`cURL error 18: transfer closed with 3 bytes remaining to read`)
        '\\btransfer closed with \\d+ bytes? remaining to read\\b',
        // round 41 (transport): Reactor Netty when the connection closed while the answer was arriving (reactor/reactor-netty
        // HttpClientOperations.java onInboundClose: PrematureCloseException `Connection prematurely closed DURING response`),
        // as Spring WebClient and Spring AI print a stream cut off
        'connection prematurely closed during response',
        // round 41 (transport): undici's short body (nodejs/undici lib/core/errors.js ResponseContentLengthMismatchError
        // `Response body length does not match content-length header`). Its BodyTimeoutError (`Body Timeout Error`, the
        // client's own idle timer between body chunks, nodejs/undici types/errors.d.ts `A body exceeds the bodyTimeout
        // option`) is read by its code und_err_body_timeout above, client-timeout second (round 41 review: undici's source
        // settles that the headers had come and the body stalled, not which of the two causes to name, so it stays)
        '\\bresponse body length does not match content-length header\\b',
        // round 41 (transport): nginx when the server behind it closed the connection in the middle of the answer
        // (nginx/nginx src/http/ngx_http_upstream.c `upstream prematurely closed connection`, logged with the action
        // `while reading upstream` once the header had come), the error log line beside a cut-off stream
        'upstream prematurely closed connection while reading upstream\\b',
        // round 36 (gaps-en): Firefox's fetch() body when the connection failed under it (mozilla gecko
        // dom/streams/InputToReadableStreamAlgorithms.cpp ErrorPropagation `rv.ThrowTypeError("Error in input stream")`,
        // the older dom/base/BodyStream.cpp `Error in body stream`): any error of the response's stream but a clean
        // close. Not a media pipeline's or a mail parser's `error in input stream: <detail>`
        '(?:^|typeerror:?\\s?|error:\\s?|["“\'])error in (?:input|body) stream(?!\\s*:)',
        // round 36 (gaps-en): undici's `terminated` (nodejs/undici lib/web/fetch/index.js: when the fetch is terminated
        // under a readable body, `error stream with a TypeError`, `new TypeError('terminated', { cause })`) as apps print
        // only its message: after their own `<x> error: `, or as their error object's message field
        '\\b(?:provider|stream|streaming|request|fetch|api|upstream) error: terminated$',
        '\\bmessage["\']?\\s*:\\s*["\']terminated["\']',
        // round 36 (gaps-en): lucgagan/completions (src/createCompletions.ts since b38ef47, `console.log('could not parse
        // chunk:\n"""\n', chunk, '\n"""\n')` before it rethrows) when a `data:` line of the stream is not whole JSON
        'could not parse chunk:\\s*"""\\s*data:',
        // round 36 (gaps-en): Zed's OpenAI-compatible providers (zed-industries/zed crates/open_ai/src/open_ai.rs: each
        // `data:` line is read as the serde-untagged ResponseStreamResult, an event or `{"error": …}`), whose serde error for a
        // line that is neither is `data did not match any variant of untagged enum ResponseStreamResult`: the stream carried
        // a chunk that is not OpenAI's, as LobeChat's StreamChunkError above
        'data did not match any variant of untagged enum responsestreamresult',
        // round 36 (gaps-en): Claude Code's compaction when the summary's stream came back incomplete (its compact service's
        // ERROR_MESSAGE_INCOMPLETE_RESPONSE `Compaction interrupted · This may be due to network issues — please try again.`,
        // find_string ids 51945103304, 59788860256)
        'compaction interrupted\\W{1,5}this may be due to network issues',
        // round 27 (apps): LobeChat's StreamChunkError in English (locales/en-US/error.json `Error parsing the message chunk of
        // the streaming request`; its zh-CN wording is read already)
        'error parsing the message chunk of the stream',
        // Roo Code's stream failure and interruption notices (chat.json apiRequest.streamingFailed, common.json
        // interruption.responseInterruptedByApiError); reqwest's body error as Codex wraps it (ResponseStreamFailed)
        'api\\s?流式传输失败',
        'api streaming failed',
        // round 45 (agents): zh-TW says 回應 (RooCodeInc/Roo-Code@cb83656 src/i18n/locales/zh-TW/common.json
        // interruption.responseInterruptedByApiError `回應被 API 錯誤中斷`)
        '(?:响应|回应)被\\s?api\\s?错误中断',
        'response interrupted by api error',
        // round 36 (apps-b): Roo Code's prefix for a stream that failed after it began (RooCodeInc/Roo-Code@cb83656
        // src/core/task/Task.ts streamingFailedMessage, src/i18n/locales en and zh-CN common.json
        // interruption.streamTerminatedByProvider `Provider ended the request: …` / `提供方终止了请求：…`), and Zed's
        // (zed-industries/zed crates/language_model/src/language_model.rs StreamEndedUnexpectedly `stream from {provider}
        // ended unexpectedly`, ApiReadResponseError `I/O error reading response from {provider}'s API`)
        'provider ended the request\\s?:',
        '提供方终止了请求\\s?[:：]',
        'stream from [\\w .()-]{1,40} ended unexpectedly',
        "i/o error reading response from [\\w .()-]{1,40}'s api",
        // reqwest's Display for a body it could not read to the end (Kind::Decode), bare or as Codex wraps it
        // (`Error while reading the server response: …`); a total timeout that cuts a stream surfaces the same way
        'error decoding response body',
        'incomplete chunked read',
        // round 23 (English): urllib3 when a chunked body ends where a chunk size line should be (src/urllib3/response.py
        // _update_chunk_length raises InvalidChunkLength, `InvalidChunkLength(got length b'', 0 bytes read)`, which
        // _error_catcher rewraps as ProtocolError(`Connection broken: InvalidChunkLength(…)`) for requests' stream)
        '\\binvalidchunklength\\b',
        'peer closed connection without sending complete message body',
        'premature close',
        'typeerror: terminated',
        // `…without`: Strands Agents' ModelError `Stream ended without completing a message` (src/models/model.ts),
        // and the same verdict in other agents' stream readers (`stream ended without a stop_reason`, `… a terminal event`)
        'stream (?:ended|closed|terminated) (?:unexpectedly|before|without)',
        'response ended prematurely',
        'stream disconnected',
        'disconnected before completion',
        // round 40 (agents-zh): Codex's notice while it retries a stream that dropped (openai/codex codex-rs core codex.rs: after
        // `stream disconnected - retrying sampling request`, notify_stream_error `Reconnecting... {retries}/{max_retries}`), which
        // relay users paste alone (`Reconnecting... 1/5`); only with its count, as other apps say `Reconnecting...` for anything
        '\\breconnecting\\.{3} ?\\d{1,2}/\\d{1,2}\\b',
        'chunkedencodingerror',
        // round 23 (gateway pages dmx-b): urllib3's verdict on a body cut off while it was being read (src/urllib3/
        // response.py _error_catcher `raise ProtocolError(f"Connection broken: {e!r}", e)` around http.client's
        // IncompleteRead, and its own InvalidChunkLength for a chunk header that never came), bare or as requests
        // and the openai/anthropic SDKs below them print it; not a connection reset before the answer began
        'connection broken: incompleteread\\(',
        '\\binvalidchunklength\\(got length',
        '流式(?:输出|响应|传输)?(?:中断|断开)',
        // round 23 (gateway pages dmx-b): an agent's SSE reader that saw the stream end without its final event
        // (GenericAgent-style llmcore `[!!! 流异常中断，未收到完整响应 !!!]` when no message_stop came, find_string id
        // 56952022425); not a live video stream's (直播流, 视频流, 推流)
        '(?<!直播|视频|推)流异常中断',
        '未收到完整的?响应',
        'response payload is not completed',
        'transfer closed with outstanding read data',
        'terminated[\\s\\S]{0,300}other side closed',
        '响应传输中断',
        '消息块解析错误',
        'model stream ended (?:without a finish reason|with an invalid chunk)',
        // OpenRouter's in-band error after partial content (errors-and-debugging.mdx, Chat Completions skin)
        'provider disconnected mid-stream',
        // round 14 (Chinese): agents' idle watchdogs that abort a model's stream once it goes quiet mid-answer
        // (`LLM stream stalled for 60000ms`, a .NET agent's `Model stream stalled: stream stalled for 90s`, an SSE
        // reader's `SSE stream stalled for …ms while waiting for a terminal response event`); not a video or market feed
        '\\b(?:llm|model|sse) stream stalled\\b',
        // round 34 (lead): Claude Code's message when the stream went silent under a reply it had begun
        // (`API Error: Stream idle timeout - partial response received`, anthropics/claude-code#48974 and its duplicates:
        // the partial answer is shown and the rest lost)
        'stream idle timeout\\W{1,5}partial response received',
        // round 42 (agents): Claude Code's mid-stream family (code.claude.com/docs/en/errors, Find your error: `Server error
        // mid-response. The response above may be incomplete.` and `Connection closed mid-response / Response stalled
        // mid-stream`, filed under Server errors; the CLI's string table keeps all five at one site, `API Error: Connection
        // closed mid-response. The response above may be incomplete.`, `… Response stalled while thinking, before producing a
        // response. Try again.`, find_string ids 60334669105, 59667743994): the answer's stream stopped after it began, and
        // what came is kept. Behind a relay it is the relay's or its upstream's stream that broke. The 2.1.332 wordings
        // (`Connection lost mid-response`, …) are read below after their `API Error: `; these newer ones need no prefix, as
        // the docs' table quotes them bare
        '\\b(?:server error|connection closed) mid-response\\b',
        '\\bresponse stalled mid-stream\\b',
        '\\b(?:response stalled|connection closed) while thinking, before producing a response\\b',
        // round 42 (agents): the Anthropic TypeScript SDK's stream readers (anthropics/anthropic-sdk-typescript@bfa9197
        // src/lib/MessageStream.ts and BetaMessageStream.ts: `request ended without sending any chunks` when the HTTP
        // answer closed with no event, and `Unexpected event order, got ${event.type} before receiving "message_stop"` when
        // a new message began before the last one ended): the SSE stream came back empty or cut, not the request refused.
        // Its sibling `… before "message_start"` is left out (a stream that began wrongly, not one cut short)
        '\\brequest ended without sending any chunks\\b',
        'unexpected event order, got \\w{1,40} before receiving \\W?message_stop\\b',
        // round 42 (agents): the Vercel AI SDK's anthropic provider on the same stream (vercel/ai@ed857f5 packages/anthropic/
        // src/anthropic-language-model.ts, vercel/ai#18402 `prevent Anthropic streams from merging overlapping message
        // generations`: `Received message_start for message "<id>" while message "<id>" is still open.`): a second message
        // began in the stream before the first one ended
        'received message_start for message \\W?[\\w-]{1,80}\\W? while message \\W?[\\w-]{1,80}\\W? is still open',
        // round 42 (agents): Google's Gen AI JS SDK (@google/genai, which Gemini CLI runs on: googleapis/js-genai@6e9b35c
        // src/_api_client.ts processStreamResponse `Incomplete JSON segment at the end` when the stream closes with part of
        // an event left in its buffer; googleapis/js-genai#1342: a chunk boundary splits a JSON object and the stream
        // ends): the stream stopped in the middle of an event
        '\\bincomplete json segment at the end\\b',
        // round 14 (matcher): Crush's provider layer (charmbracelet/fantasy errors.go NewIncompleteStreamError,
        // NewTransportError: title `stream transport error`, message `unexpected EOF` or the HTTP/2 stream reset),
        // which Crush shows as the error's title; not `upstream transport error`, nor Firestore's `stream transport errored`
        '\\bstream transport error\\b',
        // round 34 (lead-transport): an HTTP/2 stream the server reset or left open under a response, in each client's
        // words: curl's CURLE_HTTP2_STREAM (92, lib/http2.c `HTTP/2 stream %u was not closed cleanly: %s (err %u)`,
        // curl/curl#4922: the server sent RST_STREAM INTERNAL_ERROR), Go's golang.org/x/net/http2 StreamError (`stream
        // error: stream ID 3; INTERNAL_ERROR; received from peer`), Rust's hyper and h2 (`error reading a body from
        // connection: stream error received: unexpected internal error encountered`, seanmonstar/reqwest#1689) and Dart's
        // package:http (io_client.dart `Connection closed while receiving data`)
        'http/2 stream \\d+ was not closed cleanly',
        '\\bstream error: stream id \\d+; (?:internal_error|protocol_error|cancel|stream_closed|refused_stream)\\b',
        'error reading a body from connection',
        'stream error received: unexpected internal error',
        'connection closed while receiving data',
        // round 36 (apps-a): Cherry Studio's stream diagnosis in English (en-us locale error.diagnosis.stream `Response
        // interrupted, check network stability or retry`, find_string id 67170962973; the zh-CN `响应传输中断` read already)
        // and LobeHub's current StreamChunkError in Chinese (lobehub/lobehub locales/zh-CN/modelRuntime.json
        // `解析流式请求的消息块时发生错误。…`)
        '\\bresponse interrupted, check network stability\\b',
        '解析流式请求的消息块时发生错误',
        // round 36 (gaps-zh): a DeepSeek Harness IM bot's words for a stream that closed or broke mid-reply
        // (message-failure.mjs, find_string id 68553303870: PROVIDER_FAILURES STREAM_CLOSED, MALFORMED_RESPONSE →
        // MODEL_STREAM `模型回复中断或格式异常，本次任务未完成。请重试。`)
        // (Taiwan's text writes the reply 回覆, which does not fold to 回复: 覆 is its own character in simplified text)
        '模型回(?:复|覆)中断或格式异常',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 (the JS bundled in its native binary) when the stream of a
        // reply breaks: its stream loop words the cut by what happened, after `API Error: ` (`Connection lost mid-response.`,
        // `The response stopped arriving.` from its idle watchdog, `Server error mid-response.` from an error event, `Part of
        // the response never arrived.` and `The response stream was malformed.` from a broken event stream, each followed by
        // `The response above may be incomplete.`; before any output `Connection lost before a response was produced.`, `The
        // response stalled before a response was produced.`, `… and no response was produced. Try again.`)
        '\\bapi error: (?:connection lost (?:mid-response|before a response was produced)|the response (?:stopped arriving|stalled before a response was produced|stream was malformed)|part of the response never arrived|server error mid-response)\\b',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332's words for its StreamTruncated code (`Connection closed
        // before the response finished`), its idle watchdog's error when no chunk came at all (`Stream idle timeout - no chunks
        // received`, beside the partial one above) and the line it adds under an idle cut (`No data arrived for more than 5
        // minutes. To wait through longer pauses, set CLAUDE_STREAM_IDLE_TIMEOUT_MS above …`)
        'connection closed before the response finished',
        'stream idle timeout\\W{1,5}no chunks received',
        'no data arrived for more than \\d+ minutes?\\.[^\\n]{0,120}claude_stream_idle_timeout_ms',
        // round 39 (agents-src): @anthropic-ai/claude-code 2.1.332 when the body could not be decoded (its set of ZlibError,
        // BrotliDecompressionError, ZstdDecompressionError and InvalidHTTPResponse: `API Error: The response could not be read
        // (ZlibError). Try again. If it keeps happening, check any proxy or gateway between Claude Code and the API.`), as
        // reqwest's `error decoding response body` below is read
        'the response could not be read \\((?:zliberror|brotlidecompressionerror|zstddecompressionerror|invalidhttpresponse)\\)',
        // round 40 (frameworks): go-openai's stream reader after 300 lines in a row that are no `data:` event
        // (sashabaranov/go-openai stream_reader.go processLines, ErrTooManyEmptyStreamMessages `stream has sent too many empty
        // messages`): a relay's keep-alive comments (`: OPENROUTER PROCESSING`, `: ping`) through a long pause end the stream
        // midway (find_string ids 69096974818, 53900513020: projects stripping them for that reason)
        '\\bstream has sent too many empty messages\\b',
        // round 40 (frameworks): LangChain's streamed call when the stream ended without one chunk (langchain-ai/langchain
        // libs/core/langchain_core/language_models/chat_models.py generate_from_stream, `ValueError: No generations found in
        // stream.`; find_string ids 58606010556, 112232526), as agents' `stream ended without …` above
        '\\bno generations found in stream\\b',
        // round 43 (agents): Roo Code's handler when the read failed with nothing more said (RooCodeInc/Roo-Code@cb83656
        // src/i18n/locales/en/common.json errors.openAiCodex.unexpectedStreamError `Unexpected error processing response
        // stream`); and Continue's SSE reader for a `data:` line that is not whole JSON (continuedev/continue
        // packages/fetch/src/stream.ts parseDataLine and streamJSON `Malformed JSON sent from server: ${json}`), which its
        // error panel reads as a stream cut off midway (gui/src/pages/gui/StreamError.tsx `Most likely, the provider's
        // server(s) are overloaded and streaming was interrupted`)
        '\\bunexpected error processing response stream\\b',
        '\\bmalformed json sent from server:\\s',
      ],
      wraps: [
        // round 41 (review): httpx's RemoteProtocolError (encode/httpx _transports/default.py maps httpcore's) names only
        // that the HTTP exchange broke; the words after it say where: `peer closed connection without sending complete
        // message body` is a cut-off body (this entry), while `Server disconnected without sending a response.` is raised
        // by httpcore (encode/httpcore httpcore/_async/http11.py _receive_event) only while h11's their_state is still
        // SEND_RESPONSE, no byte of the answer received (its own comment: `treat it as a ConnectError`): the connection
        // closed before the response (connection-reset), as Reactor Netty's `prematurely closed BEFORE response`. As a
        // code it outranked that wording; as a wrapper it still names this entry alone.
        '\\bremoteprotocolerror\\b',
        // round 43 (agents): Roo Code's Responses-API and Codex handlers around whatever broke while they read the stream
        // (RooCodeInc/Roo-Code@cb83656 src/api/providers/openai-native.ts and src/i18n/locales/en/common.json
        // errors.openAiCodex.streamProcessingError `Error processing response stream: {{message}}`): a stream that failed
        // after it began; the words after it (`terminated`, a rate limit) say what, and rank first when they name a cause
        '\\berror processing response stream:\\s',
      ],
      describes: [
        // round 15 (zh): a reply that stops halfway, told in people's words: 生成/说/输出/回答/写 (到|了)一半, then a
        // stop verb (lencx/nofwl#77, chatboxai/chatbox#1043, yetone/alma-releases#24, QwenLM/qwen-code#3655,
        // ChatGPTNextWeb/NextChat#3175, binary-husky/gpt_academic#1654, aiguicai/Cursor-Toolbox#10,
        // AICCOF/chatmoss-ui#97, Kutius/steam-judger#2, CherryHQ/cherry-studio#4804); not a download, an install or
        // a progress bar (their subjects are not a reply)
        // round 39 (desc-zh): `就自己` before the stop verb too, as people say the reply broke off by itself
        // (ChatGPTNextWeb/NextChat#4359 `用claude3和gpt4都是生成到一半就自己断了`, anomalyco/opencode#42994 `就是回答到一半就
        // 自己中断了`); the subject stays a reply, so `说到一半就自己找个理由` or `导览只走到一半就自己结束` do not read
        '(?:生成|说|說|输出|輸出|回答|回复|回覆|写|寫|答|结果|結果)(?:了|到)?一半(?:就|便)?(?:自己)?(?:突然)?(?:停|断|斷|中断|中斷|结束|結束|卡住|戛然而止)',
        // only half of it came (AICCOF/chatmoss-ui#158 只会回答一半, asleepyfish/chatgpt#27 只输出了一半)
        '只(?:会|會|能)?(?:回答|回复|回覆|输出|輸出|返回|生成)了?一半',
        // a reply stopped midway (binary-husky/gpt_academic#1654 中途停止输出, aiguicai/Cursor-Toolbox#10 响应中途中断);
        // not a download or a training run stopped midway
        // round 39 (desc-zh): `突然` between 中途 and the verb (hAcKlyc/MyAgents#46 `AI 回复中途突然停止输出`, settled there as the
        // provider's stream pausing or the network; a web client's note on a user's report `回复中途突然中断、中止按钮变发送按钮`
        // after its SSE link to the backend broke, find_string id 68373695278); a session, a recording or a log that stops
        // midway (`会话中途突然中断`, `录制中途突然中断`) has no reply as its subject
        '(?:回答|回复|回覆|输出|輸出|响应|響應)[^，。！？\\n]{0,2}中途(?:突然)?(?:停止|中断|中斷)|中途停止(?:输出|輸出)',
        // round 44 (desc-zh): `断开` as the verb too, the words apps give a stream that broke after the reply began: an agent's
        // STREAM_INTERRUPTED text `回复中途断开了，已保留已输出的内容；可以重发一次。` (find_string id 70988431936), an error table's
        // `stream_interrupted | 流式响应中途断开 | AI 回复中断，可点击重试` (id 52530779878), an error registry's LLM-010 流式响应中断,
        // `流式响应中途断开`, 网络不稳定；服务端异常；客户端超时 (id 54644798248), a resilience wrapper's `流式输出中途断开（已输出内容
        // 不会重发），请重新发送消息。` (id 62255653806) and a Dify Chatflow client's `回复中途断开，未收到结束事件` (id 68793111213).
        // A separate pattern so its guard is read: not a conditional or a design note about a client that leaves (`如果客户端在
        // 流式输出中途断开`, `避免流式输出中途断开后前端无感知`)
        '(?:回答|回复|回覆|输出|輸出|响应|響應)(?<!(?:如果|若是|假如|要是|一旦|以免|避免|防止|客户端|用户|用戶)[^，。！？\\n]{0,12}(?:回答|回复|回覆|输出|輸出|响应|響應))[^，。！？\\n]{0,2}中途(?:突然)?(?:断开|斷開)',
        // the reply came incomplete (ztjhz/BetterChatGPT#231 回答输出不完全, ChatGPTNextWeb/NextChat#3175 回复不完整);
        // only a reply, not a log's output
        '(?:回答|回复|回覆)[^，。！？\\n]{0,3}(?:不完整|不完全)',
        // round 45 (desc-balstream): 流式…断流, a stream said to break off, as apps' FAQs and fix notes word it and settle it
        // (an adapter's FAQ `上游流式接口经常断流或格式不标准怎么办？` → send non-streaming, find_string id 70987442984; a RAG app's
        // `Qwen 流式断流怎么办？` → nginx `proxy_buffering off`, id 54884762564; a fix note's `LLM 流式断流不重试：…桥在长结构提交…中途
        // 断流`, id 71652017579). 流式 or SSE before it, so a camera's, a video's or a live stream's 断流 stays out; not a feature
        // that resumes, reorders or caps one (`进程内流式断流续接`, `SSE流式断流乱序排查指南`, `Token 级流式断流与单次请求硬限额`), nor a conditional (`如果刚才流式断流弹出了 API 错误`)
        // nor a changelog's fix (`修复流式断流问题`, `SSE 断流的问题已修复`), round 45's second review
        '(?<!(?:如果|若|假如|要是|一旦|修复|修復|修正|fix)[^，。！？\\n]{0,6})(?:流式|SSE ?)(?:输出|輸出|响应|響應|回复|回覆|回答|返回|接口|连接|連接)?(?:经常|經常|偶尔|偶爾|总是|總是|老是|频繁|頻繁|突然|会|會)?断流(?!续|續|重连|重連|恢复|恢復|乱序|亂序|与|與)(?![^，。！？\\n]{0,6}(?:已修复|已修復|已解决|已解決|已修正))',
        // round 45 (desc-balstream): a stream said to arrive all at once (流式输出变成一次性返回/整段/吐出), which deploy guides' and
        // apps' troubleshooting tables settle as a proxy buffering it (`| 流式输出变成一次性返回 | Nginx 未对 SSE 路径关闭
        // proxy_buffering |`, find_string id 69009893754; `| 流式输出变成一次性整段 | Nginx buffering 是否关闭，中间代理是否缓冲 |`,
        // id 71336002855; `Q: 流式输出变成一次性返回？ A: 可能是 Render 反向代理缓冲了 SSE`, id 60328979754; `最常见的坑：部署后流式
        // 输出变成一次性返回——99% 是因为没关 proxy_buffering`, id 52579158578). Not code that avoids it (`避免 Tomcat 缓冲导致流式输出
        // 变成一次性输出`), a config comment on what leaving it on does (`不关会让流式输出变成一次性返回`) or a conditional
        // nor a changelog's fix (`修复流式输出变成一次性返回的问题`, `…的问题已修复`), round 45's second review
        '(?<!(?:避免|防止|以免|免得|如果|若|假如|要是|一旦|不关|不關|修复|修復|修正|fix)[^，。！？\\n]{0,20})(?:流式|SSE ?)(?:输出|輸出|响应|響應|返回|回复|回覆)?(?:变成|變成|变为|變為)了?一次性(?![^，。！？\\n]{0,8}(?:已修复|已修復|已解决|已解決|已修正))',
        // it ended before it was finished (CherryHQ/cherry-studio#4804 尚未输出完毕就自动结束了,
        // Chanzhaoyu/chatgpt-web#1786 没有回答完整就停止了)
        '(?:未|没有?|沒有?)(?:回答|回复|回覆|输出|輸出)(?:完整|完毕|完畢|完)就(?:自动|自動)?(?:停|结束|結束|断|斷)',
        // round 25 (zh): what the stream reader's own verdict says (`未收到完整响应`, above), in people's words: 没/没有 for 未,
        // and the stream or the reply as what did not arrive whole (`客户端没收到完整流`); not a file or a download
        '(?:未|没有?|沒有?)(?:能)?收到完整的?(?:响应|響應|回复|回覆|回答|流|输出|輸出)',
        // round 15 (en)
        // a reply that stops part-way: "The response cuts off midway while streaming" (Mintplex-Labs/anything-llm#485), "LLM response cuts off mid sentence" (xability/maidr-legacy#322), "the response stops mid sentence" (SciSharp/LLamaSharp#1332), "responses are getting cut off mid-sentence" (adcontextprotocol/adcp#4431), "Output sometimes terminates in the middle" (openai/openai-cookbook#75)
        // round 23 (en): `half way` too ("Copilot response stops half way", microsoft/vscode#288671), and the common
        // misspelling `reponse`
        // round 35 (desc-en): `dies` too, as a deployment guide words a stream a function timeout ended (coldfusion-example
        // .blogspot.com 2025/12 debugging-vercel-ai-sdk-timeouts-why: `The AI responds for exactly 10 or 15 seconds, and then
        // the stream abruptly dies mid-sentence`: the serverless function hit its maxDuration and was killed mid-stream)
        '\\b(?:res?ponses?|repl(?:y|ies)|answers?|output|streams?|streaming|completions?)\\b[^.\\n]{0,30}?\\b(?:stops?|stopped|stopping|cuts?|cutting|ends?|ended|breaks? off|halts?|terminates?|dies|died)\\b[^.\\n]{0,20}?\\b(?:(?:in the )?mid(?:dle|[- ]?(?:sentence|word|stream|response|way))|half[- ]?way\\b)',
        // round 23 (en): the reply interrupts itself, said of the app or model ("It interrupts the response usually in the
        // middle of code", microsoft/vscode#288671); only with a word of how often or where, since people also ask to
        // interrupt a reply themselves (`cant Interrupt the response to start new request`)
        '\\b(?:frequently|often|constantly|randomly|suddenly|always|keeps?) interrupt(?:s|ing) (?:the |my |its )?(?:responses?|repl(?:y|ies)|answers?|output)\\b|\\binterrupts (?:the |my |its )?(?:responses?|repl(?:y|ies)|answers?|output) (?:suddenly|randomly|usually|often|frequently|in the middle|midway|half[- ]?way)\\b',
        // the model stops talking part-way: "stop talking in the middle of a sentence" (SimonSchubert/Kai#245), "Stops talking mid sentence" (ggml-org/llama.cpp#988)
        '\\bstops? (?:talking|writing|typing|responding|generating|answering)\\b[^.\\n]{0,20}?\\b(?:in the )?mid(?:dle of (?:a |the )?(?:sentence|word|response|reply|answer)|[- ]?(?:sentence|word))',
        // "the response gets cut off" (BerriAI/litellm#5964), "the response is cut of" (vercel/ai#421), "responses are getting cut off" (adcontextprotocol/adcp#4431)
        // round 35 (desc-en): `chopped off` too, as the AI SDK's troubleshooting page words the symptom and settles it
        // (vercel/ai content/docs/09-troubleshooting/06-timeout-on-vercel.mdx, ai-sdk.dev/docs/troubleshooting/
        // timeout-on-vercel, Issue: `when I'm deploying to Vercel, longer responses get chopped off in the UI and I'm seeing
        // timeouts in the Vercel logs`; Solution: raise the function's maxDuration, which ended the stream)
        '\\b(?:responses?|repl(?:y|ies)|answers?|streams?|streaming|completions?) (?:gets?|got|is|are|was|were|keeps? getting|is getting|are getting) (?:cut|chopped) (?:off|short|of)\\b',
        // round 17 (en): `the stream was interrupted` (Antigravity's error, as a client's comment quotes it, find_string id
        // 69638746532; an agent platform's `STREAM_INTERRUPTED | 502 | An active model stream was interrupted`, id
        // 59816475122; a story app's `The story stream was interrupted.`, id 34481824547; a Rust SSE relay's
        // `Stream got interrupted`, id 6812435470); not a video, audio, live, log or file stream, a database driver's
        // draining, nor a conditional (`if a stream was interrupted`)
        '\\bstream(?<!\\b(?:if|when|whether|once|until|in case)\\b[^.\\n]{0,40}stream)(?<!\\b(?:video|audio|live|log|peer|chunked|file|twitch|obs)\\sstream) (?:was|got|gets|is|has been|keeps getting) (?:interrupted|cut off|cut short|dropped|disconnected|terminated|aborted)\\b(?! while draining)',
        // round 44 (desc-en): the stream said to end, stop or close without its terminal signal (a finish_reason, `[DONE]`,
        // `message_stop`, a stop_reason), the way people describe a stream the connection dropped under
        // (gethnet/litellm-connector-copilot#97 `Stream ends without [DONE] marker, causing incomplete responses`;
        // earendil-works/pi#8460, a gateway that `closes the connection after emitting substantial partial content but
        // before any finish_reason chunk or [DONE]` on long generations; BerriAI/litellm#32159 `stream ends without
        // message_stop`, settled there as an ALB buffering timeout between the gateway and Bedrock closing the connection;
        // agentbeck.bot/report/22548: when a connection drops on network issues, proxy timeouts or load balancers `There is
        // no error thrown — the stream just stops`, with no final [DONE]). `stream` first, then the verb (an adverb of how
        // or how often may sit between, not `always`: a provider that never sends one is a compatibility gap, not a cut),
        // then the missing signal within a few words; not a conditional or advice (`if the stream ends without [DONE]`),
        // nor the past-tense error wording (`Stream ended without`), which the patterns above read; (round 44 review) nor a
        // changelog's fix (`Fixed a bug where the stream stops without a finish_reason`)
        '\\bstreams?\\b(?=(?: (?:just|simply|silently|abruptly|suddenly|sometimes|often|randomly|intermittently|occasionally|prematurely|mid-?stream))? (?:ends|ending|stops|stopping|closes|closing|terminates|dies|drops|finishes)\\b)(?<!\\b(?:if|when|whether|once|until|unless|in case|check|ensure|make sure|fix(?:ed|es)?|handles?|handled)\\b[^.\\n]{0,40}streams?)(?: (?:just|simply|silently|abruptly|suddenly|sometimes|often|randomly|intermittently|occasionally|prematurely|mid-?stream))? (?:ends|ending|stops|stopping|closes|closing|terminates|dies|drops|finishes)\\b[^.\\n]{0,40}?\\b(?:without|before|with no|no)(?: (?:a|an|any|the|its|sending|emitting|receiving|getting|proper|final|terminal))* (?:\\[done\\]|finish_reason|finish reason|message_stop|stop_reason|terminal (?:chunk|event)|done (?:marker|event|signal))',
      ],
    },
    title: { zh: '流式输出中途断开', en: 'Stream cut off midway' },
    meaning: {
      zh: '回复开始生成后连接断了，只收到一半：网络抖动、代理的空闲超时，或生成时间太长。',
      en: 'The connection broke after the reply began, leaving half an answer: a network blip, a proxy idle timeout or a very long generation.',
    },
    steps: [
      { zh: '重新生成一次；偶发断开一般就好了。', en: 'Regenerate once; an occasional break usually clears.' },
      {
        zh: '经常断：关掉会缓冲响应的代理，或缩短输出（调小 max_tokens）。',
        en: 'Frequent: turn off proxies that buffer responses, or shorten the output (lower max_tokens).',
      },
    ],
    retry: 'yes',
    article: '/troubleshooting/streaming#stream-interrupted',
    examples: [
      {
        text: 'httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)',
        source: 'encode/httpx (openai/openai-python issues)',
      },
      { text: 'TypeError: terminated', source: 'nodejs/undici fetch body aborted (openai/openai-node issues)' },
      { text: 'net::ERR_INCOMPLETE_CHUNKED_ENCODING 200 (OK)', source: 'Chromium console (lobehub/lobe-chat issues)' },
    ],
  },
  {
    id: 'error-inside-stream',
    cause: 'stream_interrupted',
    layer: 'provider',
    statuses: [200],
    defaultFor: [],
    dialects: ['openrouter', 'anthropic', 'new-api'],
    match: {
      codes: [],
      patterns: [
        '"finish_reason"\\s*:\\s*"error"',
        'event: error',
        'data: \\{"error"',
        // round 42 (agents): the Vercel AI SDK's openai provider when the stream's first frame is an error it cannot read a
        // message from (vercel/ai@ed857f5 packages/openai/src/openai-stream-error.ts throwIfOpenAIStreamErrorBeforeOutput:
        // `OpenAI stream failed before any output was generated`, status 500 when the frame names none): an error event
        // inside a stream that had begun, with nothing more said. Read without the provider's name: the rest of the
        // phrase is the helper's own and distinctive alone
        '\\bstream failed before any output was generated\\b',
      ],
      wraps: [
        // round 40 (workflows): apps' words for any failure while reading a stream, with the provider's own message
        // after them: AnythingLLM's chat (Mintplex-Labs/anything-llm frontend/src/models/workspace.js streamChat `An
        // error occurred while streaming response. ${err.message}`, `… Code ${response.status}`) names a rate limit or
        // a refused key as often as a broken stream, so the words after it rank first (read as an error's own wording
        // until round 40)
        'error occurred (?:during|while) (?:the )?stream',
        // round 40 (frameworks): the Vercel AI SDK's NoOutputGeneratedError (vercel/ai packages/ai/src/error/
        // no-output-generated-error.ts, `No output generated. Check the stream for errors.`), thrown by streamText's text and
        // steps when the stream ended without a step, whatever failed inside it (a refused key, a 429, an overload: find_string
        // ids 68988782289, 61965874299, 65724151179 quoting it over each); the stream when nothing else is said. The class
        // only before its colon, as the error prints, not in code that catches it
        '\\bno output generated\\. check the stream for errors\\b',
        '\\bai_nooutputgeneratederror\\]?: ',
        // round 43 (agents): Continue's SSE reader when a `data:` line carries an `error` object (continuedev/continue
        // packages/fetch/src/stream.ts parseDataLine `Error streaming response: ${data.error.message}`, or the object as
        // JSON when it has no message): an error event inside a stream that had begun; the provider's words after it
        // (a rate limit, an overload) rank first
        '\\berror streaming response:\\s',
      ],
    },
    title: { zh: '流式输出中途收到错误事件', en: 'An error event arrived inside the stream' },
    meaning: {
      zh: 'HTTP 状态已经是 200，生成到一半上游出错，错误以 SSE 事件的形式出现在流里。',
      en: 'The HTTP status was already 200 when the provider failed midway, so the error arrived as an SSE event in the stream.',
    },
    steps: [
      { zh: '重新生成一次。', en: 'Regenerate once.' },
      {
        zh: '事件里的 message 说明了具体原因（如过载、限流），按对应条目处理。',
        en: 'The event’s message names the real reason (overload, rate limit…); follow that entry.',
      },
    ],
    retry: 'yes',
    article: '/troubleshooting/streaming#error-inside-stream',
    examples: [
      {
        text: 'data: {"id":"cmpl-abc123","object":"chat.completion.chunk","created":1234567890,"model":"gpt-3.5-turbo","error":{"code":"server_error","message":"Provider disconnected"},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]}',
        source: 'OpenRouter mid-stream errors (openrouter.ai/docs/api-reference/streaming)',
      },
      {
        text: 'data: {"error":{"message":"Provider disconnected unexpectedly","code":502},"choices":[{"index":0,"delta":{},"finish_reason":"error"}]}',
        source: 'OpenRouter streaming error chunk (openrouter.ai/docs/api-reference/errors#error-during-streaming)',
      },
    ],
  },
  {
    id: 'media-task-failed',
    cause: 'task_failed',
    layer: 'provider',
    statuses: [200, 500],
    // round 39 (review): 404 with its own words, Vidu's TaskNotFound for a task id its query no longer knows (below)
    statusesWithWording: [404],
    defaultFor: [],
    dialects: ['new-api', 'one-api', 'openai'],
    match: {
      codes: [
        'task_failed',
        'generation_failed',
        // round 43 (newapi): Laisky's one-api fork's durable video tasks (Laisky/one-api relay/controller/async_video.go
        // deliverAsyncVideoTask: a 502 `video_generation_failed` `The upstream video generation did not succeed.` for a task that
        // failed or was cancelled, `async_task_reconciliation_required` for one whose outcome is unknown, to be kept, not resubmitted)
        'video_generation_failed',
        'async_task_reconciliation_required',
        // round 42 (media): RunningHub's API error code reference (www.runninghub.ai runninghub-api-doc-en, API Error Code Reference;
        // apifox.com/apidoc/docs-site/5441421/doc-6913925), its identifier in `msg`: 805 APIKEY_TASK_STATUS_ERROR `Task status
        // is abnormal`, the workflow task ended in an error state
        'apikey_task_status_error',
        // new-api relay/channel/gemini/adaptor.go: the image model answered without an image
        'no_images',
        'ali_async_task_failed',
        'fail_to_fetch_task',
        'ali_async_task_wait_failed',
        'image_task_failed',
        'get_task_failed',
        'get_tasks_failed',
        'get_origin_task_failed',
        // Suno task statuses for a task that could not be created or rendered
        'create_task_failed',
        'generate_audio_failed',
        // Discord's 50035 `Invalid Form Body` when a bot submits an outdated /imagine (`This command is outdated,
        // please try again in a few minutes`), which Midjourney relays pass on as the task's failure
        'interaction_application_command_invalid_version',
        // round 16 (zh-b): chatgpt2api's image failure codes (its FailurePolicy table, 502 server_error; find_string
        // image_poll_timeout, id 67167379124): polling gave up with no image, or the model answered without one
        'image_poll_timeout',
        'no_image_generated',
        // round 34 (media): EvoLink's unified task API (docs.evolink.ai/en/api-manual/task-management/error-codes, Error
        // Codes Overview): a task that ended with no output (`Model failed to generate output`) or outlived its limit
        // (`Task processing timed out`), both under `"status": "failed"`
        'generation_failed_no_content',
        'generation_timeout',
        // round 41 (media): fal.ai's model error type for a run that finished without any picture or video (docs.fal.ai/errors
        // no_media_generated, a 422 `The model did not generate the expected output for this prompt.`, not retryable), beside
        // its content_policy_violation, which names the policy
        'no_media_generated',
        // round 41 (media): Luma's async failure_code for a finished generation whose output could not be fetched
        // (docs.agents.lumalabs.ai/guides/error-handling output_not_found `Generated output could not be retrieved`, retryable)
        'output_not_found',
        // round 44 (media): RunningHub's 423 TASK_NOT_FOUNED `Task not found` (apifox.com/apidoc/docs-site/5441421/doc-6913925,
        // API Error Code Reference, the identifier in `msg` as its other codes above), the task id its status or outputs query
        // no longer knows, like Vidu's TaskNotFound below; its own spelling, which no other product uses
        'task_not_founed',
        // round 44 (media): sync.'s lip-sync generations that failed in its own pipeline (docs.sync.so/api-reference/error-handling and the `GET /v2/errors` catalogue it points to, as a client transcribes its 62 codes (find_string id 60046722991):
        // generation_pipeline_failed, generation_unknown_error; generation_unhandled_error as clients list it beside them),
        // retryable as they are
        'generation_pipeline_failed',
        'generation_unknown_error',
        'generation_unhandled_error',
      ],
      patterns: [
        // round 44 (media): Replicate's prediction that died inside its own orchestration, `Director: unexpected error handling
        // prediction (E####)` with one of the E-codes of replicate.com/docs/reference/error-codes (E1001 Model Out of Memory,
        // E6716 Timeout Starting Prediction, E8765 Model Health Check Failed, E9243 Error Starting Prediction, …; E9828 as callers
        // quote it), also as the failMsg of relays that run on Replicate (KIE's `"state": "fail"` task record with `"failCode":
        // "422"`; find_string `error handling prediction (E`, ids 52931518476, 55064714757, 57430337634): the task failed on the
        // provider's side, not the request; retrying runs it again. The words and the code together, not a bare E-code; and
        // from `error` on, since `unexpected` in this entry's wording made the similarity reading weigh that word less for
        // the entries whose errors it belongs to (a dev paste's `unexpected character` lost the wrong address from its top three)
        '\\berror handling prediction \\(e\\d{4}\\)',
        // round 44 (media): and Replicate's prediction cut off by its infrastructure, `Prediction interrupted; please retry
        // (code: PA)` (the prediction's error field, as replicate-python's ModelError prints it; find_string `Prediction interrupted;
        // please retry`, ids 21912914671, 67622273101, 55365968196): a failed task Replicate asks to run again
        '\\bprediction interrupted; please retry\\b',
        // round 44 (media): HeyGen's words for a video whose render failed on its side (`Video render failed, we are looking
        // into this issue. Video credits refunded.`, what its dashboard shows for an API video with status failed, as users
        // quote it: docs.heygen.com/discuss/679e83e20b7921003d4d57ac, 6731ee48da86be00112bdc43): a failed task, refunded; its
        // `credits refunded` is no balance problem
        '\\bvideo render failed, we are looking into this issue\\b',
        // round 42 (media): the Vercel AI SDK's errors when completed image or video model calls returned nothing (vercel/ai
        // packages/ai/src/error/no-image-generated-error.ts `AI_NoImageGeneratedError`, `Thrown when completed image model
        // calls return no images.`, default message `No image generated.`; ai-sdk.dev/docs/reference/ai-sdk-errors/
        // ai-no-video-generated-error, `No video generated.`, `the model failed to generate a response` or an invalid one):
        // the class only before its colon, as the error prints, not in code that checks it
        '\\bai_no(?:image|video)generatederror\\]?: ',
        // round 39 (media-b): Vidu's 404 TaskNotFound `task not found` (platform.vidu.com/docs/error-code), a task id the
        // query no longer knows; as its JSON code only, since TaskNotFound is a common exception name elsewhere (review)
        '"(?:reason|(?:err_)?code)"\\s*:\\s*"tasknotfound"',
        // round 36 (gaps-en): BingImageCreator's ImageGen.get_images (acheong08/BingImageCreator src/BingImageCreator.py:
        // `raise Exception(error_no_images)` `No images` when the result page held no image link, `Bad images` when it
        // held only Bing's placeholder images, `Could not get results` when polling the task failed), as the traceback
        // through get_images prints them; not a bare `No images`, which many tools raise
        '\\bin get_images\\b[\\s\\S]{0,400}?\\bexception: (?:no images|bad images|could not get results)\\b',
        // round 37 (wrong-en): not Portkey's gateway refusing the request before any task exists, which words every
        // check of its request validator `{"status": "failure", "message": …}` with a 400 (Portkey-AI/gateway
        // src/middlewares/requestValidator/index.ts: `Either x-portkey-config or x-portkey-provider header is required`,
        // `Invalid provider passed`, `Invalid config passed`, `Invalid content type passed`, `Invalid custom host`)
        // (round 41 (gateway): and its config of an older version, `This version of config is not supported in this route`)
        // (round 42 (relays): and its handlers' own 500 `Something went wrong`, read as gateway-internal-error)
        '"status"\\s*:\\s*"(?:failed|failure)"(?!\\s*,\\s*"message"\\s*:\\s*"(?:either x-portkey-|invalid (?:provider|config|content type) passed|invalid custom host|this \\w+ of config is not supported|something went wrong))',
        'task failed',
        // round 11 (English): a video front end's `No video was generated. Please try again.`; not where the app itself
        // names a block or a filter after it (then the policy reads first), and not the plural images wording, which apps
        // print for a safety filter as often as for a failed job
        'no video was generated(?![^\\n]{0,80}(?:block|safety|filter|moderat))',
        '任务(?:执行|创建|提交)?失败',
        // round 45 (zhprose): the field with its value, not the field's docs (new-api's task API docs
        // `` `fail_reason` （字符串）: 失败原因 ``, QuantumNous/new-api-docs docs/api/fei-task-center.md)
        'fail_reason"?\\s*[:=]',
        // midjourney-proxy's own failure while running a task (novicezk DiscordInstanceImpl, trueai-org FaceSwapService)
        '"failreason"\\s*:\\s*"\\[internal server error\\]',
        // midjourney-proxy submit FAILURE 9 `提交失败，系统异常`; trueai-org's `上传失败，未返回有效链接`
        '(?:提交|执行)失败[，,]\\s*(?:系统|服务)异常',
        // round 44 (media): the English port's words for the same FAILURE 9 (cipher-x-sudo/midjourney-proxy
        // src/loadbalancer/discordInstanceImpl.ts submitTask: `Submission failed, system error`)
        '\\bsubmission failed, system error\\b',
        '未返回有效(?:链接|地址|结果)',
        // LobeHub's async image tasks: the provider answered without an image, or the task outlived its timeout
        'create (?:image|video) response is empty',
        // Cherry Studio's painting fallback when the provider's answer names nothing (en-us.json paintings.generate_failed);
        // only as the whole line, so a moderation verdict after it still names the policy
        '^failed to generate (?:an? )?(?:image|video)s?\\.?(?![\\s\\S]*\\S)',
        // round 25 (zh): the same words as a whole JSON string, where a pipeline puts the failure in place of the image
        // (volcengine/ai-app-lab demohouse/chat2cartoon backend app/generators/phases role_image.py and
        // first_frame_image.py: `return index, ["failed to generate image"]` when Ark's image call raised); not the
        // log line beside it, which goes on with the reason (`failed to generate image, code: …`)
        '"failed to generate (?:an? )?(?:image|video)s?\\.?"',
        '\\btask is timeout\\b',
        // gcui-art/suno-api returns clips whose status is error, with Suno's error_message beside it
        '"status"\\s*:\\s*"error"[^{}]{0,200}"error_message"',
        '生成失败',
        // round 11 (Chinese): drawing apps' and bots' own words for a failed or timed-out job (find_string 绘图失败,
        // 出图失败, 画图失败, 绘图超时, 生成图片失败; astrbot_plugin_comfyui_anima _ERR_HINTS: 绘图超时, 等待出图超时,
        // 生图超时, 生图失败, 任务已完成但未找到输出图片, 绘图完成但未能取到图片)
        '绘图失败',
        '绘图超时',
        '出图失败',
        '出图超时',
        '生图失败',
        '生图超时',
        '画图失败',
        '生成图片失败',
        '未找到输出图片',
        '未能取到图片',
        '未返回绘图结果',
        // round 37 (wrong-zh): NineAI's Midjourney service when sending a drawing command, or polling its result, fails for
        // good (midjourney.service.js sendDrawCommand and pollComparisonResultDraw: `Logger.error('发送绘画指令失败')`, then
        // the draw set to DRAWFAIL and `throw new HttpException('发送绘图指令失败、请联系管理员检测绘画配置！', HttpStatus.BAD_REQUEST)`;
        // find_string 发送绘图指令失败, ids 43838634901, 14110964447, 24284025197): the job failed. Read when pasted without
        // its status: NineAI sends it as a 400, and a 400 is not one this entry takes (a task's 400 is most often the
        // request's fault, which the 400 names first)
        '发送绘[图画]指令失败',
        // a video poll that gave up (find_string 视频生成超时: `视频生成超时（600秒）`, `视频生成超时，请稍后重试`)
        '视频生成超时',
        // round 16 (zh-b): the same for an image job polled until the app gave up (find_string 图像生成超时: a Seedream
        // poll loop's `throw new RuntimeException("图像生成超时")`, a ComfyUI node's `图像生成超时 ({poll_timeout_val}秒)`,
        // an app's `图像生成超时（超过5分钟）`); a gateway's 504 with these words still reads as its timeout
        '(?:图像|图片)生成超时',
        // round 16 (zh-b): an image call whose answer held no image, as relays and clients throw it (find_string
        // "response contains no images": `Doubao image response contains no images`, `Image response contains no images`,
        // `agent plan image response contains no images`), like new-api's no_images above
        'response contains no images\\b',
        'task_not_exist',
        '任务不存在',
        'midjourney_task_not_found',
        'task_not?_found',
        'task_status_not_success',
        // DashScope FAILED/UNKNOWN/CANCELED, Kling failed, Zhipu FAIL
        '"task_status"\\s*:\\s*"(?:fail|failed|unknown|canceled)"',
        // round 34 (media): and a submit that timed out (trueai-org/midjourney-proxy src/Midjourney.Services/DiscordService.cs
        // `info.Fail("任务提交超时")`)
        '任务(?:执行|提交)?超时',
        // round 41 (media): new-api's task poller when it fails a task left over from before its refund records, without a
        // refund (QuantumNous/new-api service/task_polling.go sweepTimedOutTasks legacyReason `任务超时（旧系统遗留任务，不进行
        // 退款，请联系管理员）`): the task timed out, whatever the administrator line after it says
        '任务超时[（(]旧系统遗留任务',
        // round 41 (media): and its Midjourney poller for a submitted task that never got an upstream id (controller/midjourney.go runMidjourneyTaskUpdateOnce:
        // FAILURE with failReason `Midjourney task ID is empty`): the task failed, not a fetch without its id
        '\\bmidjourney task id is empty\\b',
        // round 34 (media): trueai-org/midjourney-proxy's other failures of a running job, as its task record's failReason
        // (DiscordService.cs `Fail($"执行超时 {timeoutMin} 分钟")`, `Fail("超时，未找到消息")`; FaceSwapService.cs
        // `Fail($"执行失败返回内容为空 {…}")`): the run outlived its limit, Discord never posted the result, or the result was
        // empty; the minutes only inside a failReason, since `执行超时 N 分钟` alone is any job's
        '"failreason"\\s*:\\s*"执行超时\\s?\\d+\\s?分钟',
        '超时，未找到消息',
        '执行失败返回内容为空',
        // round 34 (media): Black Forest Labs' FLUX polling (docs.bfl.ai api-reference/utility/get-result, ResultResponse:
        // `{"id":…,"status":"Error"|"Task not found","result":null,…}`, the terminal states apps stop on beside the two
        // moderated ones): the status right before its empty `result`, so another API's `"status":"error"` is not read
        '"status"\\s*:\\s*"(?:error|task not found)"\\s*,\\s*"result"\\s*:\\s*null',
        'poll(?:ing)? (?:timeout|timed out|failed)|轮询(?:超时|失败)',
        'task (?:did not finish|timed out)',
        '(?:video|image|audio) url is empty|no (?:video|image|audio) url',
        '(?:视频|图片|音频)(?:结果|地址|链接)?为空',
        '获取任务(?:结果|状态)?失败',
        '\\b(?:generation|prediction) failed\\b',
        'video generation (?:timed out|timeout)',
        'timed out waiting for (?:\\w+ )?(?:video|image) (?:generation|job)',
        'task_origin_not_exist',
        // Vidu's task state
        '"state"\\s*:\\s*"failed"',
        // MiniMax (Hailuo) video tasks end in status Fail
        '"task_?id"[^{}]{0,200}"status"\\s*:\\s*"fail"|"status"\\s*:\\s*"fail"[^{}]{0,200}"task_?id"',
        // Jimeng (Volcengine visual) results that expired or were never found
        '"status"\\s*:\\s*"(?:expired|not_found)"[^{}]{0,200}"(?:video_url|image_urls|binary_data_base64)"|"(?:video_url|image_urls|binary_data_base64)"[^{}]{0,200}"status"\\s*:\\s*"(?:expired|not_found)"',
        // Hunyuan image jobs: JobStatusCode 4 is 处理失败
        '"jobstatuscode"\\s*:\\s*"4"',
        '"jobstatusmsg"\\s*:\\s*"处理失败"',
        // round 18 (en): Google's Veo MCP server (GoogleCloudPlatform/vertex-ai-creative-studio experiments/mcp-genmedia
        // mcp-veo-go/video_logic.go): its call type in parentheses, then the start or the polling that gave up, or a
        // finished operation that holds no video
        '\\bvideo generation \\([a-z0-9_-]{1,20}\\) (?:initiation timed out|timed out while waiting|polling was canceled or timed out)',
        'operation completed but no videos found',
        // round 41 (media): fal.ai's no_media_generated in its own words (docs.fal.ai/errors, msg `The model did not generate
        // the expected output for this prompt.`), as fal_client's FalClientHTTPError prints it without the type
        '\\bthe model did not generate the expected output for this prompt\\b',
        'no video uris were found in the completed operation',
        // round 39 (media-b): Gemini's image models ending a candidate without the picture asked for (googleapis/python-genai
        // google/genai/types.py FinishReason: NO_IMAGE `The model was expected to generate an image, but none was generated.`,
        // IMAGE_OTHER `Image generation stopped for a reason not otherwise specified.`), which name no policy, unlike
        // IMAGE_SAFETY or IMAGE_PROHIBITED_CONTENT (read as the content policy)
        'finish_?reason\\W{1,4}(?:no_image|image_other)\\b',
        '\\bthe model was expected to generate an image, but none was generated\\b',
        // round 39 (media-b): Volcengine Ark's video task (Seedance) that outlived its execution window (volcengine.com/docs/82379
        // 查询视频生成任务: status queued, running, cancelled, succeeded, failed, expired — `expired` 任务超时), read only in Ark's task
        // object, whose id starts `cgt-`, since `"status":"expired"` alone is any expired thing
        '"id"\\s*:\\s*"cgt-[\\w-]+"[^{}]{0,300}"status"\\s*:\\s*"expired"',
      ],
      describes: [
        // round 15 (zh): no image comes out: 图片/绘图/视频 … 生成不出来 / 出不来 (peiyizhi0724/ChatGpt-Image-Studio#2
        // 图片出不来, xerrors/Yuxi#637 生成图片生成不出来, Synaptrix/ChatGPT-Desktop#234 绘图半天出不来); not an image
        // on a web page that will not load (图片加载不出来)
        '(?:图片|圖片|绘图|繪圖|画图|畫圖|生图|生圖|视频|視頻)[^，。！？\\n]{0,4}(?:生成不出来|生成不出來|出不来|出不來)',
        // a drawing bot that never delivers (cheungchazz/midjourney_turbo#3 不出图, ConnectAI-E/MidJourney-Web#38 没法出图,
        // ChatAnyTeam/ChatAny#89 不出图); not a drawing or a chart (出图纸, 出图表)
        '(?:不|没法|沒法|无法|無法|没有|沒有)出[图圖](?![纸紙表层層])',
        // it failed and was charged anyway (Dooy/chatgpt-web-midjourney-proxy#526 生成图片，提示错误，没有成功，但是扣费用了,
        // Comfy-Org/docs#898 生成失败了为什么还要扣我的点数)
        '(?:生成|绘图|繪圖|出图|出圖)[^。！？\\n]{0,12}(?:没有?成功|沒有?成功|失败|失敗)[^。！？\\n]{0,10}扣(?:了|费|費|除|我)',
        // round 15 (en)
        // subject then failure: "Dalle does not generate images" (writingmate/chatlabs#23), "the images never generate" (replicate/zoo#70); not "… do not generate a <thing>"
        "\\b(?:images?|videos?|music|songs?|dall-?e|image generation|video generation)\\b[^.\\n]{0,40}?\\b(?:does ?n[o']t|do ?n[o']t|did ?n[o']t|never|cannot|can't|won't|is not|isn't|are not|aren't) generat(?:e|es|ed|ing)\\b(?! (?:a|an|the) )",
        // failure then subject: "not generating images" (VikramadityaDev/text_to_image_gen#11), "cannot generate music" (Sprheany/ai-song#1); not "failed to generate", an error's own wording
        "\\b(?:not|cannot|can't|could ?n[o']t|unable to) generat(?:e|ing) (?:any |the )?(?:images?|videos?|music|songs?|pictures?)\\b",
        // a generation that does not work or hangs: "dall-e generating is not working" (briansunter/logseq-openai#153), "video generation sometimes stuck" (BlackMixture/Mix-Studio#52), "Video generation freezes" (Stability-AI/generative-models#179)
        "\\b(?:image|video|music|song|dall-?e|midjourney|suno|sora|veo)[- ]generat(?:ion|ing)\\b[^.\\n]{0,25}?\\b(?:is not working|isn't working|not working|does ?n[o']t work|stuck|hangs?|hanging|freezes|frozen|never (?:finishes|completes))",
        // a generation whose progress stops short of the end: "generating videos … gets stuck at 99%" (QwenLM/Qwen#2283), "Video Generation Stuck at 100%" (remotion-dev/github-unwrapped#230)
        '\\b(?:generat\\w*|videos?|images?)\\b[^\\n]{0,80}?\\bstuck at (?:9\\d|100) ?%',
        // stuck on the generating step: 'stuck at "Getting Image"' (jezs00/pycasso#85), 'stuck on “Generating video…”' (remotion-dev/github-unwrapped#230), "stuck at generating video step" (BlackMixture/Mix-Studio#52)
        '\\bstuck (?:at|on|in) ["“\']?(?:generating|getting|creating|rendering) (?:the )?(?:images?|videos?|music)\\b',
      ],
    },
    title: { zh: '图片或视频任务失败', en: 'Image or video task failed' },
    meaning: {
      zh: '异步生成任务在上游失败了（内容审核、超时或上游故障）；失败的任务通常会退回费用。',
      en: 'The asynchronous generation failed upstream (moderation, a timeout or a provider fault); failed tasks are usually refunded.',
    },
    steps: [
      {
        zh: '先在控制台的任务或用量记录里确认任务状态和是否已退费。',
        en: 'Check the task’s status and refund in the console’s tasks or usage log first.',
      },
      {
        zh: '看 fail_reason 的内容：审核原因就改提示词，上游故障就过几分钟再提交。',
        en: 'Read fail_reason: rephrase for moderation, or resubmit a few minutes later for provider faults.',
      },
    ],
    retry: 'check-first',
    article: '/troubleshooting/media-tasks#task-failed',
    examples: [
      {
        text: '{"code":"success","data":{"task_id":"task_01jx3y6","status":"FAILURE","fail_reason":"upstream task failed: content moderation"}}',
        source: 'QuantumNous/new-api relay task fetch (new-api docs: video/Midjourney task API)',
      },
      {
        text: '{"error":{"message":"ali async task failed: Arrearage (request id: 20240611174522839123456)","type":"one_api_error","code":"ali_async_task_failed"}}',
        source: 'songquanpeng/one-api relay/adaptor/ali/image.go',
      },
    ],
  },
  {
    id: 'media-task-queued',
    cause: 'task_failed',
    layer: 'provider',
    statuses: [200, 202],
    defaultFor: [202],
    dialects: ['new-api', 'openai'],
    match: {
      codes: [
        // round 42 (media): RunningHub's API error code reference (www.runninghub.ai runninghub-api-doc-en, API Error Code Reference;
        // apifox.com/apidoc/docs-site/5441421/doc-6913925), its identifier in `msg`: 804 APIKEY_TASK_IS_RUNNING `Task is still
        // running` and 813 APIKEY_TASK_IS_QUEUED `Task is queued`, what its outputs query answers before the task is done
        'apikey_task_is_running',
        'apikey_task_is_queued',
        // round 43 (newapi): Laisky's one-api fork when its synchronous wait for a video task runs out while the task goes on
        // (Laisky/one-api relay/controller/async_video.go deliverAsyncVideoTask, a 504 `async_video_wait_timeout` `The task is still
        // tracked. Retrieve its status or retry with the same Idempotency-Key.`): still running, fetch it by its id
        'async_video_wait_timeout',
      ],
      patterns: [
        // round 41 (media): and new-api's SUBMITTING, a task whose provider submit has not come back yet (QuantumNous/new-api
        // model/task.go TaskStatusSubmitting, which ToVideoStatus shows as queued and the poller skips until its timeout sweep
        // fails it `任务超时（N分钟）`): still waiting, even beside its empty fail_reason
        '"status"\\s*:\\s*"(?:queued|in_queue|submitted|submitting|not_start|in_progress|processing)"',
        '排队中',
        // round 44 (media): and the English port of midjourney-proxy's submit answer for a task waiting behind others
        // (cipher-x-sudo/midjourney-proxy src/loadbalancer/discordInstanceImpl.ts submitTask: ReturnCode.IN_QUEUE 22 `In queue,
        // ${currentWaitNumbers} tasks ahead`, novicezk's `排队中，前面还有N个任务`): accepted and waiting, not failed
        '\\bin queue, \\d+ tasks? ahead\\b',
        '任务(?:仍在|正在)(?:处理|排队)',
        // round 11 (Chinese): generation services' troubleshooting heading (find_string 一直排队: `任务一直排队`)
        '任务一直排队',
        // round 34 (media): Dooy/chatgpt-web-midjourney-proxy's video pages (src/locales/zh-CN.ts video.pending `状态:队列中`,
        // video.processing `状态:生产中`) for a Luma, Runway or Kling job still waiting or rendering
        '状态\\s?[:：]\\s?(?:队列中|生产中)',
        // round 34 (media): Runway's task status THROTTLED (docs.dev.runwayml.com api-details/task-failures and the Get Task
        // endpoint: the task waits for the organization's other tasks to finish), in its task object beside `createdAt`,
        // so a bare `"status":"throttled"` elsewhere stays a rate limit
        '"status"\\s*:\\s*"throttled"[^{}]{0,120}"createdat"|"createdat"[^{}]{0,120}"status"\\s*:\\s*"throttled"',
        // round 34 (media): MiniMax (Hailuo) video query statuses before Processing (platform.minimaxi.com video generation
        // query: Preparing, Queueing, Processing, Success, Fail), beside the task id as its Fail above
        '"task_?id"[^{}]{0,200}"status"\\s*:\\s*"(?:queueing|preparing)"|"status"\\s*:\\s*"(?:queueing|preparing)"[^{}]{0,200}"task_?id"',
        // round 34 (media): BFL's Pending (docs.bfl.ai get-result ResultResponse), right before its empty `result`
        '"status"\\s*:\\s*"pending"\\s*,\\s*"result"\\s*:\\s*null',
      ],
      describes: [
        // round 15 (zh): a generation that hangs on its spinner (CyberAgentAILab/TANGO#40 生成视频就一直在加载,
        // waooAI/waoowaoo#49 生成视频一直没反应, xaio6/Digital_Human_UI#1 生成视频阶段一直转圈)
        '(?:生成|制作|製作)(?:视频|視頻|图片|圖片)[^，。！？\\n]{0,6}(?:一直|始终|始終)[^，。！？\\n]{0,3}(?:加载|加載|转圈|轉圈|没反应|沒反應|没有反应|沒有反應)',
        // stuck at a percentage (duixcom/Duix-Avatar#206 生成视频卡在20%不动了, duixcom/Duix-Avatar#491 视频制作，但是进度一直卡在5%);
        // only a video being made, not one being played, nor an installer or a download
        '(?:(?:视频|視頻)(?:生成|制作|製作)|(?:生成|制作|製作)(?:视频|視頻))[^。！？\\n]{0,12}卡在\\s?\\d{1,3}\\s?%',
        // round 39 (desc-zh): a Midjourney drawing whose progress stops at a percentage while Discord already has the picture
        // (ChatAnyTeam/ChatAny#95 `使用mj绘画功能，经常停在进度：45%，93%这类的地方，查看discord端，图片已经画完了`;
        // trueai-org/midjourney-proxy#5 `图片生成图片的方式仍然会卡85%`, where the proxy's Discord bot missed the message that
        // the job was done and a later version fixed it): the relay never took the task's end, so the task, not the
        // picture, is what hangs. A drawing word first, and nothing of an upload, a download, a load or an install before
        // it or between (`图片上传卡在50%`, `正在下载 midjourney 图片，进度卡在 30%`), so a file's transfer is not read; nor a
        // rate or a machine's load between (`图片识别准确率卡在 85%`, `绘图时 GPU 占用卡在 100%`), nor a view's zoom or a
        // quality setting (`图片预览缩放一直卡在 100%`, review)
        '(?<!(?:上传|上傳|下载|下載|保存|加载|加載|安装|安裝)[^，。！？\\n]{0,12})(?:绘图|繪圖|绘画|繪畫|画图|畫圖|重绘|重繪|图片|圖片|(?<![a-z])mj(?![a-z])|midjourney)(?:(?!上传|上傳|下载|下載|加载|加載|安装|安裝|压缩|壓縮|占用|佔用|显存|顯存|内存|內存|cpu|gpu|率|缩放|縮放|预览|預覽|质量|質量)[^。！？\\n]){0,12}?(?:卡在|卡|停在|停留在)\\s?(?:了\\s?)?(?:进度|進度)?\\s?[:：]?\\s?\\d{1,3}\\s?%',
        // round 41 (desc-zh): the picture is already in Discord while the app or the relay still waits on the task, the same
        // hang as a progress stopped at a percentage above: the relay's Discord listener did not take the message that ended
        // the job (ChatAnyTeam/ChatAny#32 `进度始终为0不显示图，但discord里已经完成绘图`, settled there as Midjourney renaming
        // its `Variations by` message, which midjourney-proxy then no longer recognised, fixed by updating;
        // ConnectAI-E/Feishu-Midjourney#45 `发现discord那边生成图是成功的，但后台服务取图失败`). Discord first, then within a
        // short clause the drawing said to be done there (已经完成绘图, 生成图是成功的); not a negation (`discord上没有完成绘图`,
        // a submit that never reached Discord), nor a check or a question (`是否已经完成绘图`, `discord那边生成图片成功了吗`),
        // nor anything else Discord has done (`discord上已经完成授权`); round 41 (review): nor a success line that goes on to
        // say the picture came back (`任务成功：discord上已完成绘图，图片已返回`)
        'discord\\s?(?:上|里|裡|端|频道|頻道|那边|那邊)(?:(?!是否|是不是|有没有|有沒有|看看|检查|檢查|确认|確認|没|沒|未)[^。！？\\n]){0,12}?(?:已经?完成(?:了)?(?:绘图|繪圖|绘画|繪畫)|生成(?:的)?(?:图片|圖片|图|圖)(?:是|已经?|已經)?成功)(?!了?(?:吗|嗎|么|麼|没|沒))(?![^。！？\\n]{0,20}?(?:已返回|已发回|已發回|发回来|發回來|返回成功|已推送))',
      ],
    },
    title: { zh: '任务还在排队或处理中', en: 'Task still queued or running' },
    meaning: {
      zh: '任务没失败，只是还没轮到或还在生成；高峰期视频任务可能排队数分钟。重复提交会被重复计费。',
      en: 'The task has not failed; it is waiting or still generating, and video tasks can queue for minutes at peak. Resubmitting bills again.',
    },
    steps: [
      {
        zh: '不要重新提交；隔 10–30 秒用任务 ID 查询一次状态。',
        en: 'Do not resubmit; poll the status by task ID every 10–30 seconds.',
      },
      {
        zh: '超过 30 分钟仍未完成：把任务 ID 发给客服。',
        en: 'Not done after 30 minutes: send the task ID to support.',
      },
    ],
    retry: 'check-first',
    article: '/troubleshooting/media-tasks#dont-resubmit',
    examples: [
      {
        text: '{"id":"video_68d7512d07848190b3e45da0ecbebcde","object":"video","model":"sora-2","status":"queued","progress":0}',
        source: 'OpenAI Videos API (platform.openai.com/docs/guides/video-generation)',
      },
    ],
  },
]
