/**
 * Sentences that pad synthetic articles to a help article's length, written in each language
 * (not translated). Slots: {client}, {model}, {other}, {setting}, {status}. They mention other
 * models and clients on purpose, so a query has to rank, not just filter.
 */
export const prose = {
  zh: [
    '很多用户在 {client} 里第一次配置时都会遇到这个问题，按下面的步骤通常几分钟就能解决。',
    '如果你刚刚充值，请先等一两分钟，余额同步到接口需要一点时间，高峰期可能更久。',
    '同样的请求换成 {other} 能成功，说明令牌和网络都没有问题，问题出在模型本身。',
    '网关会把上游返回的错误原样转给客户端，所以同一个 {status} 在不同客户端里的提示可能不一样。',
    '请不要清除浏览器数据来“修复”问题，这会丢掉聊天记录，而且解决不了任何事情。',
    '把{setting}改完后一定要保存并重新打开对话，有些客户端不会立即生效。',
    '在控制台的使用日志里可以看到每一次请求的模型、状态码和扣费，排查时先看这里。',
    '如果问题只在晚上出现，通常是上游高峰期限流，白天再试一次可以确认。',
    '联系客服时请附上请求 ID、发生时间和完整的报错信息，但千万不要发送你的令牌。',
    '{model} 的价格和上下文长度与 {other} 不同，切换模型前请先看一下模型列表。',
    '手机和电脑上的客户端配置是分开保存的，在一台设备上改好之后，另一台也要改。',
    '公司网络或者校园网有时会拦截境外地址，换一个网络可以很快判断是不是网络的问题。',
    '用连接测试工具可以一次检查地址、令牌、余额和模型，结果可以直接复制给客服。',
    '客户端显示“无响应”时，往往并不是没有返回，而是返回了错误但被客户端吞掉了。',
    '多个令牌共用一个账户余额，但每个令牌可以单独设置额度上限和过期时间。',
    '开启流式输出后，长回答会边生成边显示，也更不容易触发客户端的超时。',
  ],
  en: [
    'Most people meet this the first time they set up {client}, and the steps below usually fix it in minutes.',
    'If you topped up a moment ago, give it a minute or two: the balance takes a little while to reach the API, longer at peak times.',
    'If the same request works with {other}, your key and network are fine and the problem is the model itself.',
    'The gateway passes the upstream error through, so the same {status} can read differently in different clients.',
    'Please do not clear your browser data to fix this: it deletes your chat history and solves nothing.',
    'After you change the {setting}, save and reopen the conversation, since some clients only read it on start.',
    'The usage log in the console shows the model, status code and charge of every request; look there first.',
    'If it only happens in the evening, it is usually upstream rate limiting at peak hours; trying again in the morning confirms it.',
    'When you contact support, include the request id, the time and the full error message, but never your key.',
    '{model} has a different price and context window than {other}, so check the model list before switching.',
    'Clients keep their settings per device: after fixing it on your laptop, fix it on your phone too.',
    'Office and campus networks sometimes block foreign addresses; trying another network tells you quickly whether that is it.',
    'The connection test checks the address, key, balance and model in one go, and its report can be pasted to support.',
    'When a client shows no reply at all, the gateway usually did answer, with an error the client swallowed.',
    'Several keys can share one account balance, but each key has its own quota limit and expiry date.',
    'With streaming turned on, long answers appear as they are written and are less likely to hit a client timeout.',
  ],
} as const
