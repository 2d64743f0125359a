import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '@data/errors.ts'
import { causes } from '@data/causes.ts'
import { extractError } from '@components/error-lookup/extract.ts'
import { causeLayer, rankCauses, vendorKeyToRelay, type LookupGuess } from '@components/error-lookup/guess.ts'
import { lookupErrors } from '@components/error-lookup/match.ts'
import { maxQuotedChars, supportMessage } from '@components/error-lookup/support-message.ts'

/** The layer reading alone: the first cause the paste's words, codes, status and vendor point at. */
function guess(text: string): LookupGuess {
  const best = rankCauses(extractError(text))[0]
  return best ? { cause: best.cause, layer: causeLayer[best.cause], basis: best.basis } : { basis: [] }
}

describe('components/error-lookup/guess: the layer reading', () => {
  it('reads a layer from a JSON code no entry knows, and says it was the code', () => {
    expect(guess('{"error":{"code":"quota_frozen_by_vendor"}}')).toEqual({
      cause: 'insufficient_balance',
      layer: 'account',
      basis: [{ kind: 'code', value: 'quota_frozen_by_vendor' }],
    })
  })

  it('reads a layer from a word in either language', () => {
    expect(guess('渠道全部被自动禁用了')).toMatchObject({ cause: 'no_channel', layer: 'routing' })
    expect(guess('the frobnicator hit its rate limit again')).toMatchObject({ cause: 'rate_limit', layer: 'gateway' })
    expect(guess('审核没通过')).toMatchObject({ cause: 'content_policy', basis: [{ kind: 'word', value: '审核' }] })
  })

  it('reads a missing model only where the words say it is missing, not from "model" alone', () => {
    // every AI error names a model: the word alone would vote for a missing one in most pastes
    const causesOf = (text: string) => rankCauses(extractError(text)).map((vote) => vote.cause)
    expect(causesOf('the timeout is too short for a reasoning model that thinks for 45 seconds')).not.toContain(
      'model_not_found',
    )
    expect(causesOf('切换模型后一直转圈')).not.toContain('model_not_found')
    expect(guess('the frobnicator says the model gpt-9 does not exist')).toMatchObject({ cause: 'model_not_found' })
    expect(guess('unknown model: gpt-9')).toMatchObject({ cause: 'model_not_found' })
    expect(guess('模型 gpt-9 找不到')).toMatchObject({ cause: 'model_not_found' })
    expect(guess('不支持的模型 gpt-9')).toMatchObject({ cause: 'model_not_found' })
  })

  it('reads bare reason phrases as their layer', () => {
    expect(guess('Bad Request')).toMatchObject({ cause: 'bad_request' })
    expect(guess('请求过多')).toMatchObject({ cause: 'rate_limit' })
    expect(guess('未授权')).toMatchObject({ cause: 'invalid_key' })
  })

  it('falls back to the usual reading of a status, and to the status class', () => {
    expect(guess('Error: 422')).toEqual({
      cause: 'bad_request',
      layer: 'client',
      basis: [{ kind: 'status', value: 422 }],
    })
    expect(guess('HTTP 507')).toMatchObject({ cause: 'upstream_unavailable', basis: [{ kind: 'status', value: 507 }] })
    expect(guess('HTTP 409 something odd')).toMatchObject({ cause: 'bad_request' })
    // a redirect from an API endpoint: another form of its address was called (round 15)
    expect(guess('会报307重定向的错误')).toMatchObject({ cause: 'base_url', basis: [{ kind: 'status', value: 307 }] })
    expect(guess('HTTP 308')).toMatchObject({ cause: 'base_url' })
  })

  it('lets words outvote a bare status: the status is the weaker evidence', () => {
    expect(guess('Error: 500 上游负载已饱和 overloaded')).toMatchObject({ cause: 'upstream_unavailable' })
  })

  it('points a bare vendor name at the provider', () => {
    expect(guess('zhipu says 1999')).toEqual({
      cause: 'upstream_unavailable',
      layer: 'provider',
      basis: [{ kind: 'vendor', value: 'zhipu' }],
    })
  })

  it('reads the words vendors and runtimes use that no entry names', () => {
    // Tencent Cloud's `AuthFailure.*` codes, a Go panic in a gateway, MiniMax's `max_seq_len`,
    // a recharge prompt, a dropped TCP dial.
    expect(guess('{"Response":{"Error":{"Code":"AuthFailure.TokenExpired"}}}')).toMatchObject({ cause: 'invalid_key' })
    expect(guess('runtime error: invalid memory address or nil pointer dereference')).toMatchObject({
      cause: 'gateway_error',
    })
    expect(guess('prompt_tokens must be below max_seq_len')).toMatchObject({ cause: 'context_length' })
    expect(guess('please recharge to continue')).toMatchObject({ cause: 'insufficient_balance' })
    expect(guess('dial tcp 203.0.113.7:443: i/o deadline')).toMatchObject({ cause: 'network' })
    expect(guess('mistral says 1999')).toMatchObject({ basis: [{ kind: 'vendor', value: 'mistral' }] })
  })

  it('reads each vendor’s words for a refusal, a long input, a spent plan, a media job and a limit', () => {
    // Gemini FinishReason / HarmCategory, Azure OpenAI content filtering, OpenAI finish_reason
    expect(guess('{"finishReason":"PROHIBITED_CONTENT"}')).toMatchObject({ cause: 'content_policy' })
    expect(guess('blocked: HARM_CATEGORY_DANGEROUS_CONTENT')).toMatchObject({ cause: 'content_policy' })
    expect(guess('code: ResponsibleAIPolicyViolation')).toMatchObject({ cause: 'content_policy' })
    expect(guess('请求内容涉政，已被拦截')).toMatchObject({ cause: 'content_policy' })
    // vLLM's truncate_prompt_tokens check, a Chinese client's word count
    expect(guess('truncate_prompt_tokens value (5000) is greater than max_model_len (4096)')).toMatchObject({
      cause: 'context_length',
    })
    expect(guess('输入字数超过限制')).toMatchObject({ cause: 'context_length' })
    // a spend limit (OpenAI organization limits), Chinese points-based plans
    expect(guess('you have reached your spend limit for this month')).toMatchObject({ cause: 'insufficient_balance' })
    expect(guess('积分用完了')).toMatchObject({ cause: 'insufficient_balance' })
    // a media job polled until it gave up, in each language
    expect(guess('polling gave up after 60 attempts')).toMatchObject({ cause: 'task_failed' })
    expect(guess('出图一直失败')).toMatchObject({ cause: 'task_failed' })
    // Alibaba Cloud's burst limits, per-minute quotas
    expect(guess('limit per minute reached, retry later')).toMatchObject({ cause: 'rate_limit' })
    // an IP allow-list, a stream cut short, a schema check
    expect(guess('your ip is not in the whitelist')).toMatchObject({ cause: 'permission' })
    expect(guess('unexpected end of JSON input while reading chunk')).toMatchObject({ cause: 'stream_interrupted' })
    expect(guess('tools[0].function: schema validation error')).toMatchObject({ cause: 'bad_request' })
  })

  it('leaves Google’s RESOURCE_EXHAUSTED to the status: it is a limit more often than a spent balance', () => {
    expect(guess('429 RESOURCE_EXHAUSTED')).toMatchObject({ cause: 'rate_limit' })
  })

  it('names no cause when the text shows nothing to read', () => {
    for (const text of ['今天天气不错', 'hello there', '<img src=x onerror="alert(1)">'])
      expect(guess(text)).toEqual({ basis: [] })
  })

  it('places every cause on a layer', () => {
    for (const cause of causes) expect(causeLayer[cause]).toBeTruthy()
  })
})

describe('components/error-lookup/match: never empty-handed', () => {
  it('answers with a guess only when no entry matches', () => {
    expect(lookupErrors('Error code: 401', errorCatalogue).guess).toBeUndefined()
    const result = lookupErrors('Error: 418 {"error":{"code":"quota_frozen_by_vendor"}}', errorCatalogue)
    expect(result.matches).toEqual([])
    expect(result.guess?.cause).toBe('insufficient_balance')
  })

  it('gives a body that states only a shared code that code’s entry, as a weak match', () => {
    const { matches, guess: fallback } = lookupErrors(
      '{"code":"InvalidParameter","message":"frobnicate is not a knob","request_id":"5b1a4c7e"}',
      errorCatalogue,
    )
    expect(fallback).toBeUndefined()
    expect(matches[0]?.entry.id).toBe('invalid-parameters')
    expect(matches[0]?.statusOnly).toBe(true)
    // A shared code that the paste only mentions in passing is no basis for an entry.
    expect(lookupErrors('we saw invalidparameter somewhere', errorCatalogue).matches).toEqual([])
  })

  it('gives a paste with only a status that status’s entry', () => {
    for (const [status, id] of [
      [500, 'gateway-internal-error'],
      [502, 'upstream-failed'],
      [401, 'invalid-api-key'],
      [429, 'rate-limit-exceeded'],
      [504, 'gateway-timeout'],
    ] as const) {
      const { matches } = lookupErrors(`Error: ${status} (request id: 20250101000000123456789AbCdEf)`, errorCatalogue)
      expect(matches[0]?.entry.id, String(status)).toBe(id)
    }
  })
})

describe('components/error-lookup/support-message', () => {
  const extracted = { status: 500, models: ['glm-4'], requestIds: ['2025abc'] }

  it('fills what the lookup read, in the order the contact page asks, in each language', () => {
    const zh = supportMessage('zh', 'boom', extracted, { cause: 'gateway_error', layer: 'gateway', basis: [] })
    expect(zh).toContain('模型：glm-4')
    expect(zh).toContain('状态码：500')
    expect(zh).toContain('Request ID：2025abc')
    expect(zh).toContain('网关内部错误 (gateway_error)')
    expect(zh.indexOf('出错时间')).toBeLessThan(zh.indexOf('模型'))
    const en = supportMessage('en', 'boom', { models: [], requestIds: [] }, { basis: [] })
    expect(en).toContain('Model: (please fill in)')
    expect(en).toContain('Status code: none shown')
    expect(en).not.toContain("The lookup's guess")
    expect(en.endsWith('boom')).toBe(true)
  })

  it('masks keys, even one that sits where a long paste is cut', () => {
    const key = 'sk-Ab12Cd34Ef56Gh78Ij90Kl12'
    expect(supportMessage('en', `Bearer ${key}`, extracted, undefined)).not.toContain('Ab12Cd34')
    const long = `${'x'.repeat(maxQuotedChars - 8)} ${key} tail`
    const message = supportMessage('en', long, extracted, undefined)
    expect(message).not.toContain('Ab12Cd34')
    expect(message).toContain('(cut here)')
  })
})

describe("components/error-lookup/guess: a vendor refusing a relay's key (round 15)", () => {
  it("names the vendor and what says the key is a relay's, both languages and a base URL", () => {
    expect(vendorKeyToRelay('incorrect api key provided: sk-abc***wxyz (我用的是中转站的 key)')).toEqual({
      vendor: 'OpenAI',
      relay: '中转站',
    })
    expect(vendorKeyToRelay('authentication fails, your api key: ****ab12 is invalid. 第三方的 key')?.vendor).toBe(
      'DeepSeek',
    )
    expect(vendorKeyToRelay('invalid x-api-key, going through a relay')).toEqual({
      vendor: 'Anthropic',
      relay: 'relay',
    })
    // the page quotes the relay's address; a host as long as a paste is cut like any quoted reason
    const longHost = `incorrect api key provided: sk-x base_url = https://${'a'.repeat(5000)}.example/v1`
    expect(vendorKeyToRelay(longHost)?.relay.length).toBe(80)
    expect(
      vendorKeyToRelay('incorrect api key provided: sk-a***b\nopenai_base_url=https://api.myrelay.example/v1')?.vendor,
    ).toBe('OpenAI')
  })

  it("stays silent without a relay, or with only the vendor's own address", () => {
    for (const text of [
      'incorrect api key provided: sk-abc***wxyz. you can find your api key at https://platform.openai.com/account/api-keys.',
      'base_url = https://api.openai.com/v1 incorrect api key provided: sk-a***b',
      'base_url: https://api.deepseek.com authentication fails, your api key: ****ab12 is invalid',
      // a relay's own key error is not a vendor's
      '无效的令牌 (中转站)',
      'invalid api key, via a relay',
    ]) {
      expect(vendorKeyToRelay(text), text).toBeUndefined()
    }
  })

  it("lets the entry name a relay's key sent to the vendor, and offers the base URL for a relay's address", () => {
    // a relay's key in words: the entry for a key sent to the vendor answers (error-match.test.ts)
    const named = lookupErrors(
      'Error code: 401 - {"error":{"message":"Incorrect API key provided: sk-abc***wxyz.","code":"invalid_api_key"}} 中转站的key',
      errorCatalogue,
    )
    expect(named.matches.map(({ entry }) => entry.id).slice(0, 2)).toEqual(['key-sent-to-vendor', 'invalid-api-key'])
    // a relay's address only: the key verdict answers, and the vendor's own words name the key sent to the vendor after
    // it, as a message that cause shares (ErrorEntry.sharedWith)
    const offered = lookupErrors(
      'Error code: 401 - {"error":{"message":"Incorrect API key provided: sk-abc***wxyz.","code":"invalid_api_key"}}\nopenai_base_url=https://api.myrelay.example/v1',
      errorCatalogue,
    )
    expect(offered.matches[0]?.entry.cause).toBe('invalid_key')
    expect(offered.matches.find(({ entry }) => entry.id === 'key-sent-to-vendor')?.reasons).toEqual([
      { kind: 'shared', value: 'invalid-api-key' },
    ])
    expect(offered.alsoPossible.map(({ cause }) => cause)).not.toContain('base_url')
    // the guess's reading still sees the relay's address, for a paste no entry answers
    expect(
      rankCauses(extractError('Incorrect API key provided\nopenai_base_url=https://api.myrelay.example/v1'))[0],
    ).toMatchObject({
      cause: 'base_url',
      basis: expect.arrayContaining([
        { kind: 'vendor-key', vendor: 'OpenAI', relay: 'base_url=https://api.myrelay.example' },
      ]),
    })
  })
})

describe("components/error-lookup/guess: people's own words for a layer (round 15)", () => {
  it('reads a generation that never comes, a moderation category and a reply cut part-way', () => {
    expect(guess('Images not generating? they just generate endlessly')).toMatchObject({ cause: 'task_failed' })
    expect(guess('the videos never generate')).toMatchObject({ cause: 'task_failed' })
    expect(guess('Video generation stuck at 99% for everyone')).toMatchObject({ cause: 'task_failed' })
    expect(guess('出图一直卡在 99% 不动')).toMatchObject({ cause: 'task_failed' })
    expect(guess('图片生成不出来')).toMatchObject({ cause: 'task_failed' })
    expect(guess('提示词涉黄被拦了')).toMatchObject({ cause: 'content_policy' })
    expect(guess('the answer broke part-way through the sentence')).toMatchObject({ cause: 'stream_interrupted' })
    expect(guess('回复到一半就停了')).toMatchObject({ cause: 'stream_interrupted' })
  })

  it('leaves look-alikes to other readings', () => {
    // half of the requests failing is not a cut reply, a percentage of a quota is not a stuck job
    expect(guess('一半的请求都失败了')?.cause).not.toBe('stream_interrupted')
    expect(guess('half of the requests fail')?.cause).not.toBe('stream_interrupted')
    expect(guess('quota used: 99% of the monthly limit')?.cause).not.toBe('task_failed')
    expect(guess('generating the API key failed')?.cause).not.toBe('task_failed')
  })
})

describe("components/error-lookup/guess: a browser's refused header (round 17)", () => {
  it('does not read `Refused to set unsafe header` as a content policy', () => {
    // Blink's XMLHttpRequest::setRequestHeader warning: the browser drops the header and sends the request
    for (const text of [
      'Refused to set unsafe header "User-Agent"',
      'Refused to set unsafe header "Content-Length"\nsetRequestHeader @ plugin:x:701',
    ]) {
      const result = lookupErrors(text, errorCatalogue)
      expect(result.guess?.cause, text).not.toBe('content_policy')
      expect(
        result.alsoPossible.map(({ cause }) => cause),
        text,
      ).not.toContain('content_policy')
    }
    // its 401 on the next line is read
    expect(
      lookupErrors(
        'Refused to set unsafe header "User-Agent"\nPOST https://api.openai.com/v1/chat/completions 401',
        errorCatalogue,
      ).matches[0]?.entry.cause,
    ).toBe('invalid_key')
    // an unsafe prompt is still a policy word
    expect(guess('the prompt was marked unsafe').cause).toBe('content_policy')
  })
})
