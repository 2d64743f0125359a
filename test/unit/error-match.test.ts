import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '@data/errors.ts'
import type { ErrorEntry } from '@data/errors.schema.ts'
import {
  chainOrder,
  identifyError,
  lookupErrors,
  rankEntries,
  rankOrder,
  reasonText,
} from '@components/error-lookup/match.ts'
import type { Cause } from '@data/causes.ts'
import { extractError } from '@components/error-lookup/extract.ts'
import { pastedErrors } from '../fixtures/pasted-errors.ts'
import { heldOutErrors } from '../fixtures/pasted-errors-heldout.ts'

function topCause(text: string) {
  return lookupErrors(text, errorCatalogue).matches[0]?.entry.cause
}

function topEntry(text: string) {
  return lookupErrors(text, errorCatalogue).matches[0]?.entry.id
}

/** Every entry the paste matched, best first. */
function ids(text: string) {
  return lookupErrors(text, errorCatalogue).matches.map(({ entry }) => entry.id)
}

/** The causes of every entry the paste matched, best first. */
function causesOf(text: string) {
  return lookupErrors(text, errorCatalogue).matches.map(({ entry }) => entry.cause)
}

/** Each text's first match is the entry; no look-alike lists it at all. */
function namesEntry(entryId: string, texts: readonly string[], lookAlikes: readonly string[]) {
  for (const text of texts) expect(topEntry(text), text).toBe(entryId)
  for (const text of lookAlikes) expect(ids(text), text).not.toContain(entryId)
}

/** Whether the paste's first match was found by a person's description of the symptom (`match.describes`). */
function describedAs(text: string) {
  return lookupErrors(text, errorCatalogue).matches[0]?.reasons.some((reason) => reason.kind === 'description')
}

/** Each text names the entry first, by a person's description alone; no look-alike names it at all. */
function describesEntry(entryId: string, texts: readonly string[], lookAlikes: readonly string[]) {
  for (const text of texts) {
    expect(topEntry(text), text).toBe(entryId)
    expect(describedAs(text), text).toBe(true)
  }
  for (const text of lookAlikes) expect(ids(text), text).not.toContain(entryId)
}

/**
 * A made-up entry for testing one rule alone: the first entry's prose, and no status, default, shared message or wording
 * of its own unless `fields` gives them.
 */
function syntheticEntry(
  id: string,
  cause: ErrorEntry['cause'],
  fields: Omit<Partial<ErrorEntry>, 'match'> & { match?: Partial<ErrorEntry['match']> } = {},
): ErrorEntry {
  const { match, ...rest } = fields
  return {
    ...errorCatalogue[0]!,
    id,
    cause,
    statuses: [],
    defaultFor: [],
    statusesWithWording: undefined,
    sharedWith: undefined,
    ...rest,
    match: { codes: [], patterns: [], ...match },
  }
}

/** Text that names no cause, or only a looser form of a wording, gets no entry at all. */
function expectNoEntry(texts: readonly string[]) {
  for (const text of texts) expect(lookupErrors(text, errorCatalogue).matches, text).toEqual([])
}

describe('components/error-lookup/match: real pasted messages', () => {
  it('has at least 100 fixtures in both languages, each with a source', () => {
    expect(pastedErrors.length).toBeGreaterThanOrEqual(100)
    expect(pastedErrors.filter((fixture) => fixture.lang === 'zh').length).toBeGreaterThanOrEqual(30)
    for (const fixture of pastedErrors) expect(fixture.source.length).toBeGreaterThan(5)
  })

  it.each(
    [...pastedErrors, ...heldOutErrors].map((fixture) => [fixture.cause, fixture.text.slice(0, 70), fixture] as const),
  )('%s ← %s', (_cause, _label, fixture) => {
    expect(topCause(fixture.text)).toBe(fixture.cause)
  })

  it('matches every catalogue example to its own cause (the table and the lookup agree)', () => {
    for (const entry of errorCatalogue) {
      for (const example of entry.examples) expect(topCause(example.text), example.text).toBe(entry.cause)
    }
  })
})

describe('components/error-lookup/match: ranking', () => {
  it('puts a specific code above wording and wording above status', () => {
    // 403 alone reads as a balance problem on one-api/new-api, but the wording names the model.
    const result = lookupErrors('Error: 403 该令牌无权使用模型：gpt-4o', errorCatalogue)
    expect(result.matches[0]?.entry.id).toBe('model-not-allowed-for-key')
    expect(result.matches.map((match) => match.entry.id)).toContain('insufficient-user-quota')
  })

  it('reads the body, not only the status: 429 with insufficient_quota is a balance problem', () => {
    expect(topCause('Error code: 429 - {"error":{"code":"insufficient_quota"}}')).toBe('insufficient_balance')
    expect(topCause('Error code: 429 - {"error":{"code":"rate_limit_exceeded"}}')).toBe('rate_limit')
  })

  it('reads 503 with a no-channel message as routing, not an outage', () => {
    expect(topCause('503 No available channel for model gpt-4o under group default')).toBe('no_channel')
    expect(topCause('503 The model is overloaded. Please try again later.')).toBe('upstream_unavailable')
  })

  it('says when only the status was recognised', () => {
    const [best] = lookupErrors('Request failed with status code 401', errorCatalogue).matches
    expect(best?.entry.cause).toBe('invalid_key')
    expect(best?.statusOnly).toBe(true)
    const [strong] = lookupErrors('{"error":{"code":"invalid_api_key"}}', errorCatalogue).matches
    expect(strong?.statusOnly).toBe(false)
  })

  it('after the entry a bare status defaults to, names the likeliest other cause that status allows', () => {
    const bare = (order?: Cause[]) =>
      rankEntries(extractError('Request failed with status code 404'), errorCatalogue, order).map(
        ({ entry, statusOnly, reasons }) => ({
          cause: entry.cause,
          statusOnly,
          reasons: reasons.map(({ kind }) => kind),
        }),
      )
    const [first, second, ...rest] = bare(['no_channel', 'model_not_found'])
    expect(first).toEqual({ cause: 'base_url', statusOnly: true, reasons: ['status', 'status-default'] })
    // The order given ranks the others; each comes with the status as its only reason, a guess to confirm.
    expect(second).toEqual({ cause: 'no_channel', statusOnly: true, reasons: ['status'] })
    expect(rest).toEqual([])
    expect(bare(['model_not_found'])[1]?.cause).toBe('model_not_found')
    // Without an order, by score then catalogue order: still one other cause that lists the status.
    const unordered = bare()[1]?.cause
    expect(errorCatalogue.some(({ cause, statuses }) => cause === unordered && statuses.includes(404))).toBe(true)
    // Not when the paste's own words named the entry: the order given changes nothing.
    const worded = extractError('404 The model `gpt-9` does not exist')
    const causes = (order?: Cause[]) => rankEntries(worded, errorCatalogue, order).map(({ entry }) => entry.cause)
    expect(causes(['no_channel'])).toEqual(causes())
    expect(causes(['no_channel'])).not.toContain('no_channel')
  })

  it('names after the first answer the entries of other causes whose failure shows the same message', () => {
    const ids = (text: string) =>
      lookupErrors(text, errorCatalogue).matches.map(({ entry, reasons }) => [
        entry.id,
        reasons.map(({ kind }) => kind),
      ])
    expect(ids('TypeError: Failed to fetch')).toEqual([
      ['failed-to-fetch', ['pattern']],
      ['cors-blocked', ['shared']],
    ])
    // The key sent to the vendor only where a vendor's own words refused the key: a relay's own refusal is not that.
    const oneApi = ids('{"error":{"message":"无效的令牌 (request id: 2024)","type":"one_api_error"}}').map(([id]) => id)
    expect(oneApi).toEqual(['invalid-api-key', 'key-malformed'])
    const openAi = ids('Error code: 401 - {"error":{"message":"Incorrect API key provided: sk-abc***wxyz."}}')
    expect(openAi.map(([id]) => id)).toEqual(['invalid-api-key', 'key-malformed', 'key-sent-to-vendor'])
    // The learned reading's order ranks them; at most three answers in all, and none before one with evidence.
    const ordered = rankEntries(
      extractError('Error code: 401 - {"error":{"message":"Incorrect API key provided: sk-abc***wxyz."}}'),
      errorCatalogue,
      ['base_url', 'key_format'],
    ).map(({ entry }) => entry.id)
    expect(ordered).toEqual(['invalid-api-key', 'key-sent-to-vendor', 'key-malformed'])
    const withTwo = ids('{"error":{"message":"Incorrect API key provided: sk-abc"}} Failed to fetch').map(([id]) => id)
    expect(withTwo).toEqual(['invalid-api-key', 'failed-to-fetch', 'key-malformed'])
  })

  it('explains each match', () => {
    const [best] = lookupErrors('Error code: 429 - {"error":{"code":"insufficient_quota"}}', errorCatalogue).matches
    expect(best?.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'code', value: 'insufficient_quota' },
        { kind: 'status', value: 429 },
      ]),
    )
    expect(best?.reasons.map(reasonText)).toContain('error code insufficient_quota')
  })

  it('returns nothing for text that names no error', () => {
    expectNoEntry(['', '   ', 'hello, how are you today?', '今天天气不错', 'lorem ipsum dolor sit amet', '{}', '12345'])
  })

  it('returns at most five matches, best first', () => {
    const { matches } = lookupErrors(
      'Error code: 400 invalid_request_error prompt is too long content_filter',
      errorCatalogue,
    )
    expect(matches.length).toBeLessThanOrEqual(5)
    const scores = matches.map((match) => match.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('counts a code written in the text only as a whole word, dotted codes included', () => {
    const reasons = (text: string) => lookupErrors(text, errorCatalogue).matches[0]?.reasons ?? []
    expect(reasons('upstream said insufficient_quota today')).toContainEqual({
      kind: 'word',
      value: 'insufficient_quota',
    })
    expect(reasons('upstream said my_insufficient_quota_flag today')).not.toContainEqual({
      kind: 'word',
      value: 'insufficient_quota',
    })
    expect(reasons('Code AuthFailure.SignatureFailure returned')).toContainEqual({
      kind: 'word',
      value: 'authfailure.signaturefailure',
    })
  })

  it("does not count a code written as a setting with its number, but does after an error's name with its status", () => {
    const words = (text: string) =>
      lookupErrors(text, errorCatalogue).matches.flatMap((match) => match.reasons.filter(({ kind }) => kind === 'word'))
    expect(words('healthcheck: startup_timeout: 120s, interval 5s')).toEqual([])
    expect(words('request_timeout = 30')).toEqual([])
    expect(words('error: startup_timeout')).toContainEqual({ kind: 'word', value: 'startup_timeout' })
    expect(words('PermissionDenied: 403 Your application is authenticating by using local credentials')).toContainEqual(
      {
        kind: 'word',
        value: 'permissiondenied',
      },
    )
  })

  it('counts two patterns of one entry on the same words once', () => {
    const entry = (id: string, cause: ErrorEntry['cause'], patterns: string[]) =>
      syntheticEntry(id, cause, { match: { patterns } })
    const wrapper = entry('wrapper', 'stream_interrupted', ['stream disconnected', 'disconnected before completion'])
    const distinct = entry('distinct', 'stream_interrupted', ['stream disconnected', 'closed before'])
    const [overlapping] = lookupErrors('stream disconnected before completion', [wrapper]).matches
    const [separate] = lookupErrors('stream disconnected, closed before the end', [distinct]).matches
    expect(overlapping!.score).toBeLessThan(separate!.score)
    expect(overlapping!.reasons.filter((reason) => reason.kind === 'pattern')).toHaveLength(1)
  })

  describe("a person's own description of the symptom (match.describes)", () => {
    const entry = (id: string, cause: ErrorEntry['cause'], match: ErrorEntry['match'], statuses: number[] = []) =>
      syntheticEntry(id, cause, { statuses, match })
    const media = entry(
      'media',
      'task_failed',
      { codes: [], patterns: ['task failed'], describes: ['图片生成不出来'] },
      [200, 500],
    )
    const moderation = entry('moderation', 'content_policy', { codes: [], patterns: ['content_policy_violation'] })
    const catalogue = [media, moderation]

    it('names its entry alone, and says the description is what it was read from', () => {
      const [match] = lookupErrors('昨天开始图片生成不出来，钱还扣了', catalogue).matches
      expect(match?.entry.id).toBe('media')
      expect(match?.statusOnly).toBe(false)
      expect(match?.reasons).toEqual([{ kind: 'description', value: '图片生成不出来' }])
    })

    it("ranks below an error's own wording for another entry in the same paste", () => {
      const matches = lookupErrors('图片生成不出来，报错 content_policy_violation', catalogue).matches
      expect(matches.map((match) => match.entry.id)).toEqual(['moderation', 'media'])
    })

    it("adds nothing to the entry's own wording, and sinks under a status the entry never has", () => {
      const [both] = lookupErrors('task failed: 图片生成不出来', catalogue).matches
      const [wording] = lookupErrors('task failed', catalogue).matches
      expect(both?.score).toBe(wording?.score)
      expect(both?.reasons.map((reason) => reason.kind)).not.toContain('description')
      expect(lookupErrors('HTTP 401: 图片生成不出来', catalogue).matches).toEqual([])
    })
  })

  it('ranks the inner link of an `outer: inner` chain first when the scores tie', () => {
    // Codex wraps every stream failure; what follows the colon says which one it was.
    expect(
      topCause(
        'stream disconnected before completion: error sending request for url (http://127.0.0.1:9/v1/responses)',
      ),
    ).toBe('network')
    // A deeper link keeps the outer diagnosis: new-api could not build the upstream request.
    expect(topCause('new request failed: parse "http://[::1%23]:3000/v1": invalid URL escape "%23"')).toBe(
      'gateway_error',
    )
  })

  it("prefers the entry whose words contain the other entry's words", () => {
    expect(topCause("TypeError: terminated [cause]: SocketError: other side closed code: 'UND_ERR_SOCKET'")).toBe(
      'stream_interrupted',
    )
  })

  describe('an entry whose words another entry read as part of longer words (yieldToLongerWording)', () => {
    const general = syntheticEntry('general', 'invalid_key', {
      statuses: [401],
      defaultFor: [401],
      match: { patterns: ['unauthorized', 'request timeout'] },
    })
    const specific = syntheticEntry('specific', 'no_channel', {
      statuses: [401],
      match: { patterns: ['no available api keys', 'request timeout after \\d+s'] },
    })
    const coded = syntheticEntry('coded', 'invalid_key', {
      statuses: [401],
      defaultFor: [401],
      match: { codes: ['invalid_api_key'], patterns: ['request timeout'] },
    })
    const order = (text: string, catalogue = [general, specific]) =>
      lookupErrors(text, catalogue).matches.map((match) => match.entry.id)

    it('ranks just below the longer wording, though its status and default outweighed it', () => {
      expect(order('HTTP 401: request timeout after 64s')).toEqual(['specific', 'general'])
    })

    it("counts a reason phrase before the message as the status's name, on that line only", () => {
      expect(order('401 Unauthorized: No available API keys')).toEqual(['specific', 'general'])
      expect(order('401 Unauthorized\nlater: no available api keys')).toEqual(['general', 'specific'])
      // round 44 review: not past the message's first sentence or an aside
      expect(order('401 Unauthorized: please sign in (last sync: no available api keys)')).toEqual([
        'general',
        'specific',
      ])
      expect(order('401 Unauthorized: please sign in. Later: no available api keys')).toEqual(['general', 'specific'])
    })

    it('keeps its place with words of its own elsewhere, or a code of its own', () => {
      expect(order('401 request timeout after 64s; Unauthorized')).toEqual(['general', 'specific'])
      expect(order('{"code":"invalid_api_key"} 401 request timeout after 64s', [coded, specific])).toEqual([
        'coded',
        'specific',
      ])
    })

    it("keeps the place its own evidence earned, so a bare status's reading does not come first (round 44 review)", () => {
      // upstream-failed's `Service Unavailable` and the 503 put it at 70; dropped under connection-refused's 35, the
      // status-only no-available-channel ranked first
      expect(ids('Service Unavailable: Connection refused').slice(0, 2)).toEqual([
        'connection-refused',
        'upstream-failed',
      ])
    })

    it('is not pushed down by a loose pattern that swallowed its wording with the words before it (round 44 review)', () => {
      // invalid-model-id's `model … is not supported` once spanned `model o3-mini: Unsupported parameter: '…' is not supported`
      expect(
        topEntry("Error with model o3-mini: Unsupported parameter: 'temperature' is not supported with this model."),
      ).toBe('invalid-parameters')
      expect(topEntry('The model `Qwen 2.5 72B` is not available')).toBe('invalid-model-id')
    })
  })

  it('orders two spans by containment, then by an immediate chain link, then by length', () => {
    const text = 'outer wrapper: inner cause and more'
    const outer = { start: 0, end: 13 }
    const inner = { start: 15, end: 26 }
    expect(chainOrder(text, outer, inner)).toBe(1)
    expect(chainOrder(text, inner, outer)).toBe(-1)
    expect(chainOrder(text, outer, { start: 20, end: 26 })).toBe(0)
    expect(chainOrder(text, outer, undefined)).toBe(0)
    expect(rankOrder(text, { start: 0, end: 26 }, inner)).toBe(-1)
    expect(rankOrder(text, inner, { start: 0, end: 26 })).toBe(1)
    expect(rankOrder(text, outer, inner)).toBe(1)
    // apart and not one link after the other: the longer wording is the more specific one
    expect(rankOrder(text, { start: 0, end: 5 }, { start: 27, end: 35 })).toBe(3)
    expect(rankOrder(text, { start: 27, end: 35 }, { start: 0, end: 5 })).toBe(-3)
  })

  it("lets a rejected request's 400 outweigh the client's 'generation failed' around it", () => {
    // A media task that failed after being accepted is reported by a 200 poll or a 500; a 400 is the
    // request itself refused, and `生成失败` is only the client's word for it (flow2api #131).
    const text = '❌ 生成失败: Flow API request failed: HTTP Error 400: Request contains an invalid argument.'
    const causes = causesOf(text)
    expect(causes[0]).toBe('bad_request')
    expect(causes).not.toContain('task_failed')
    expect(topCause('{"code":"task_failed","message":"生成失败","status":400}')).toBe('task_failed')
  })

  it('keeps the Chinese wording variants of round 11 off the look-alikes they must not name', () => {
    // 上下文过大 is a context overflow, but a Docker build context is not a model's
    expect(topCause('请求上下文过大')).toBe('context_length')
    expect(topCause('Docker 构建上下文过大,build 慢')).toBeUndefined()
    // 找不到模型 / 未找到模型 name a model the API lacks, not a local weights file or an app's unset config
    expect(topCause('找不到模型或接口地址：model gpt-5.5 does not exist')).toBe('model_not_found')
    expect(topCause('错误：找不到模型文件 ./model.pkl')).toBeUndefined()
    expect(topCause('未找到模型配置')).toBeUndefined()
    // 无效的模型 names a model only with its name or a colon after it, not a malformed model list
    expect(topCause('供应商返回了无效的模型列表。')).toBeUndefined()
    // 无效 alone names nothing; 令牌 beside 额度 is the key's quota, not a bad key
    expect(topCause('无效')).toBeUndefined()
    expect(topCause('该令牌额度已用尽')).toBe('insufficient_balance')
    // 未返回结果 alone is any step that gave nothing (an agent's tool here), not a media task
    expect(topCause('工具「read」执行超时（120 秒未返回结果）')).not.toBe('task_failed')
    // 过大 about the request body stays the size entry, not the context window one
    expect(topEntry('{"error":{"message":"请求体过大","code":413}}')).toBe('request-too-large')
    // a 429 that says both 限流 and 上游繁忙 is the limit
    expect(topCause('{"error":"触发限流/上游繁忙","code":"429"}')).toBe('rate_limit')
    // 不支持的模型 is a model the service lacks, not a training script's model type; token 无效 is the key, not max_tokens
    expect(topCause('错误：不支持的模型 claude-5')).toBe('model_not_found')
    expect(topCause('ValueError: 不支持的模型类型: lstm')).toBeUndefined()
    expect(topCause('token无效,请重新登录。')).toBe('invalid_key')
    expect(topCause('参数 max_tokens 无效')).not.toBe('invalid_key')
  })

  it("leaves the neighbours of round 11's Chinese phrases to their own causes", () => {
    // Each phrase added in round 11 is a whole word group; the shorter or nearby words stay where they were.
    const neighbours: [string, string | undefined][] = [
      ['账户余额不足', 'insufficient_balance'], // 权限不足 shares 不足
      ['令牌额度不足', 'insufficient_balance'], // 令牌错误 / 令牌无效 share 令牌
      ['无效的请求：缺少 messages', 'bad_request'], // 无效的API密钥 / 无效的模型 share 无效的
      ['连接超时', 'network'], // 调用超时 / 视频生成超时 share 超时
      ['请求超时', 'timeout'],
      ['上游请求过多', 'rate_limit'], // 请求过多
      ['服务器繁忙', 'upstream_unavailable'], // 上游繁忙
      ['{"detail": "今日 AI 使用次数已用完"}', undefined], // 额度用完 needs 额度
      ['3010: 文本长度超限', undefined], // 并发超限 / 上下文超限 need their subject
      ['请求失败', undefined], // 网络请求失败 needs 网络
      ['违禁', undefined],
      ['请先配置 Base URL', undefined], // 请先配置 API Key
      ['IP白名单已更新', undefined], // 不在IP白名单
      ['API 地址', undefined], // API 地址错误
      ['提示词为空', undefined], // 提示词过长
      ['消息发送失败', undefined], // 消息过长
    ]
    for (const [text, cause] of neighbours) expect(topCause(text), text).toBe(cause)
  })

  it('survives a catalogue entry with a pattern that does not compile', () => {
    const broken: ErrorEntry = { ...errorCatalogue[0]!, id: 'broken', match: { codes: [], patterns: ['(unclosed'] } }
    expect(() => lookupErrors('Error code: 401', [broken, ...errorCatalogue])).not.toThrow()
  })
})

describe('components/error-lookup/match: round 11 (English) wording variants stay off unrelated text', () => {
  it('reads a token as the key only when its owner says so, not a form token', () => {
    expect(topCause('Your token is invalid, expired, or was revoked.')).toBe('invalid_key')
    expectNoEntry([
      'Error: CSRF token is invalid',
      'Password reset token is invalid or has expired',
      'Refresh token is invalid or expired!',
    ])
  })

  it('reads capacity as an overload only for a model or a service, not a channel or an executor', () => {
    expect(topCause('The model is currently at capacity')).toBe('upstream_unavailable')
    expectNoEntry(['the channel is currently at capacity'])
  })

  it('leaves an empty video to the policy when the app names a block, and the plural images wording alone', () => {
    expect(topCause('Error: No video was generated. Please try again.')).toBe('task_failed')
    expect(topCause('No video was generated. The prompt may have been blocked by the safety filter.')).toBe(
      'content_policy',
    )
    const images = 'No images were generated. This might be due to the image not passing the safety review.'
    expect(lookupErrors(images, errorCatalogue).matches.map((match) => match.entry.cause)).not.toContain('task_failed')
  })

  it('needs the whole phrase: no bare model, credits, timeout, limit or permission words', () => {
    expectNoEntry([
      'no such modelfile',
      'Unsupported model type for this tokenizer',
      'Your remaining credits: 42',
      'Timed out waiting for element',
      'The request limit is 60 per minute',
      'not allowed to use this feature',
      'context size is 4096',
      'input tokens: 1200, output tokens: 300',
      'warning: prompt too long. truncating to 256 characters.',
      'Error: Prompt too long (max 500 characters)',
      'Coupon usage limit reached',
    ])
  })
})

describe('components/error-lookup/match: round 11 (English) wordings that name their subject', () => {
  it('reads each wording only where a model, a service or an account is its subject', () => {
    expect(topCause('{"error":"AI service credits have been exhausted. Please contact your administrator."}')).toBe(
      'insufficient_balance',
    )
    expect(topCause('The AI service did not respond in time.')).toBe('timeout')
    expect(topCause('Error: Server is experiencing high traffic. Please wait a moment and try again.')).toBe(
      'upstream_unavailable',
    )
    expect(topCause('copilot: user does not have access to this model')).toBe('permission')
    expectNoEntry([
      'When the credits have been exhausted, the sender blocks.',
      'Word did not respond in time (usually a modal dialog is open).',
      'Urban Threads Apparel was experiencing high traffic to their website',
      'Company does not have access to this model provider',
      'Info for a card you selected is currently loading.',
      'the duration in milliseconds for which the request was throttled due to a quota violation',
      'federated identity provider is temporarily unavailable',
      'API key is not valid for ios client',
    ])
  })

  it("lets a model guard's words outrank the 401 it is sent with", () => {
    const text = '{"code":401,"msg":"The API key is not authorized to use this model.","data":null}'
    expect(topCause(text)).toBe('permission')
  })
})

describe('components/error-lookup/match: round 14 (English) patterns stay off their look-alikes', () => {
  it('reads a missing key variable or header only where a key is missing', () => {
    expect(topCause('ValueError: HF_TOKEN environment variable is missing or empty.')).toBe('key_format')
    expect(topCause('{"error": "API key required"}')).toBe('key_format')
    expectNoEntry([
      'FATAL SECURITY ERROR: JWT_SECRET environment variable is missing or empty. Server cannot start securely in production.',
      'configured credential environment variable is missing or empty: REGISTRY_TOKEN_HASH',
      'Ollama runs locally, so no API key required.',
      'Did not find openai_api_base, please add an environment variable `OPENAI_API_BASE` which contains it',
    ])
  })

  it("reads FLUX's moderated statuses as a refusal, not an app's moderation log or toast", () => {
    expect(topCause('[flux] status=Content Moderated')).toBe('content_policy')
    expectNoEntry(['Content moderated via API', 'Content Moderated (Safe)', 'toast: Content moderated: approve'])
  })

  it('leaves an HTML error page with a server status to that status, not to the base URL', () => {
    const text =
      "503, message='Attempt to decode JSON with unexpected mimetype: text/html', url='http://httpbin.org/ip'"
    expect(topCause(text)).not.toBe('base_url')
  })

  it("reads a runtime's invalid-header refusal as the key only for a header value, never a header name or another header", () => {
    expectNoEntry([
      "requests.exceptions.InvalidHeader: Invalid leading whitespace, reserved character(s), or returncharacter(s) in header name: ':authority'",
      "The format of value 'application/json; charset' is invalid.",
    ])
    const mcp =
      'Portable MCP server "bad-headers" headers/X-Trace is not a valid HTTP header field value: only visible ASCII'
    expect(topCause(mcp)).not.toBe('key_format')
  })

  it("leaves AWS's signature check on a skewed clock to no key entry: only a mismatched signature is the secret", () => {
    expectNoEntry([
      'botocore.exceptions.ClientError: An error occurred (InvalidSignatureException) when calling the ListClusters operation: Signature expired: 20211210T145000Z is now earlier than 20211210T145057Z (20211210T145557Z - 5 min.)',
    ])
  })

  it("reads Anthropic's forbidden `Request not allowed` as the region, and only that pair", () => {
    expect(topCause('Error type: forbidden, Message: Request not allowed.')).toBe('region_blocked')
    expectNoEntry(['Cross-origin request not allowed', 'Request not allowed: method GET on /admin'])
  })
})

describe('components/error-lookup/match: round 14 (matcher) key wordings stay off their look-alikes', () => {
  it('reads a refused header value as the key only where the header is the key', () => {
    expect(topCause('net/http: invalid header field value "Bearer sk-a\\n" for key Authorization')).toBe('key_format')
    expect(topCause("'Bearer sk-a' is not a valid HTTP header field value.")).toBe('key_format')
    expect(topCause("System.FormatException: The format of value 'Bearer sk-a ' is invalid.")).toBe('key_format')
    for (const text of [
      'net/http: invalid header field value "text/html\\n" for key Content-Type',
      "Failed to execute 'setRequestHeader' on 'XMLHttpRequest': '<!doctype html>' is not a valid HTTP header field value.",
      "System.FormatException: The format of value 'application/json; charset' is invalid.",
      'FormatException: Invalid HTTP header field value: "Mozilla/5.0 (Linux; 中文)" (at character 20)',
      'InvalidArgumentException: "text/plain\\n" is not valid header value.',
      'TypeError [ERR_HTTP_INVALID_HEADER_VALUE]: Invalid value "undefined" for header "X-Request-Id"',
    ]) {
      expect(topCause(text), text).not.toBe('key_format')
    }
  })

  it('keeps a refused key apart from a key in the wrong header', () => {
    // Anthropic's invalid key is not undici's refused `x-api-key header`
    expect(topCause('{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}')).toBe(
      'invalid_key',
    )
    expect(topCause('InvalidArgumentError: invalid x-api-key header')).toBe('key_format')
    // an SDK's AuthenticationError names every 401: the message decides
    expect(
      topCause('openai.AuthenticationError: Error code: 401 - {"error":{"message":"Incorrect API key provided"}}'),
    ).toBe('invalid_key')
    expect(
      topCause(
        'anthropic.AuthenticationError: Error code: 401 - {"error":{"message":"OAuth authentication is currently not supported."}}',
      ),
    ).toBe('key_format')
  })

  it('reads a missing Authorization header only as the whole phrase', () => {
    expect(topCause('{"error":{"message":"No authorization header"}}')).toBe('key_format')
    expect(topCause('{"error":{"message":"Missing Authentication header","code":401}}')).toBe('key_format')
    expectNoEntry(['no authorization headers are written to the log'])
  })

  it("reads Crush's stream transport error as a broken stream, not its look-alikes", () => {
    expect(topCause('stream transport error: unexpected EOF')).toBe('stream_interrupted')
    for (const text of [
      'upstream transport error: connection refused',
      'Firestore (9.0.0): Connection WebChannel transport errored',
    ]) {
      expect(topCause(text), text).not.toBe('stream_interrupted')
    }
  })
})

describe('components/error-lookup/match: identifyError for the connection tester', () => {
  it('uses the status and body of a response', () => {
    const found = identifyError(
      {
        status: 403,
        body: '{"error":{"message":"用户额度不足","type":"new_api_error","code":"insufficient_user_quota"}}',
      },
      errorCatalogue,
    )
    expect(found?.entry.id).toBe('insufficient-user-quota')
    expect(found?.reasons).toContain('error code insufficient_user_quota')
  })

  it('reads an error body sent with HTTP 200', () => {
    const found = identifyError(
      { status: 200, body: '{"error":{"message":"The model \'x\' does not exist","code":"model_not_found"}}' },
      errorCatalogue,
    )
    expect(found?.entry.cause).toBe('model_not_found')
  })

  it('falls back to the status when the body is empty', () => {
    expect(identifyError({ status: 429, body: '' }, errorCatalogue)?.entry.cause).toBe('rate_limit')
    expect(identifyError({ status: 402 }, errorCatalogue)?.entry.cause).toBe('insufficient_balance')
  })

  it('reads a network failure message without a status', () => {
    expect(identifyError({ text: 'TypeError: Failed to fetch' }, errorCatalogue)?.entry.cause).toBe('network')
  })

  it('returns null when nothing fits, and ignores an impossible status', () => {
    expect(identifyError({ status: 200, body: '{"choices":[]}' }, errorCatalogue)).toBeNull()
    expect(identifyError({ status: 999 }, errorCatalogue)).toBeNull()
  })
})

describe('components/error-lookup/match: round 14 (Chinese) patterns stay off their look-alikes', () => {
  it("reads requests' refused header as the key only for a header value or the key's own header", () => {
    expect(
      topCause(
        "requests.exceptions.InvalidHeader: Invalid leading whitespace, reserved character(s), or returncharacter(s) in header value: ' xxxx'",
      ),
    ).toBe('key_format')
    expectNoEntry([
      "requests.exceptions.InvalidHeader: Invalid leading whitespace, reserved character(s), or returncharacter(s) in header name: ':authority'",
      'InvalidHeader: Invalid return character or leading space in header: User-Agent',
    ])
  })

  it('reads a content type as a web page only when it is text/html', () => {
    expectNoEntry([
      "expected destination type of 'string' or '[]byte' for responses with content-type 'text/plain; charset=utf-8' that is not 'application/json'",
      "expected destination type of 'string' or '[]byte' for responses with content-type '' that is not 'application/json'",
      "ContentTypeError: 0, message='Attempt to decode JSON with unexpected mimetype: text/plain; charset=utf-8'",
      'Could not extract response: no suitable HttpMessageConverter found for response type [class Foo] and content type [application/octet-stream]',
    ])
  })

  it('reads `Connection error.` after a colon, not any connection error code or sentence', () => {
    expect(topCause('OpenAI translation failed: Connection error.')).toBe('network')
    expectNoEntry(['MQTT: connection error code 5', 'Connection errors are logged to connection.log'])
  })

  it("reads a stalled stream only for a model's, an LLM's or an SSE stream", () => {
    expect(topCause('Model stream stalled: stream stalled for 90s')).toBe('stream_interrupted')
    expectNoEntry(['History stream stalled for 30s', 'GEX stream stalled for 12s; reconnecting.'])
  })

  it("reads a base URL ending in /chat/completions only where the field is a base_url, not an app's 接口地址", () => {
    expect(topCause('OPENAI_BASE_URL=https://api.example.com/v1/chat/completions')).toBe('base_url')
    expectNoEntry([
      '自定义 API 接口地址：https://api.example.com/v1/chat/completions',
      'api地址：https://coding.dashscope.aliyuncs.com/v1/chat/completions',
      'curl https://api.example.com/v1/chat/completions -H "Content-Type: application/json"',
      'database_url=https://x.example.com/v1/chat/completions',
    ])
  })

  it("reads a key's format verdict only for an API key, not a licence key, a wallet key or a TOTP secret", () => {
    expect(topCause('API密钥格式错误，请使用 AccessKeyId:SecretAccessKey 格式')).toBe('key_format')
    expect(topCause('License Key 格式错误: Incorrect padding')).not.toBe('key_format')
    expect(topCause('❌ PRIVATE_KEY 格式错误（应该是 0x 开头的 66 位十六进制字符串）')).not.toBe('key_format')
    expect(topCause('密钥格式错误，只支持 A-Z 和 2-7 的字符')).not.toBe('key_format')
  })
})

describe('components/error-lookup/match: round 15 (descriptions, zh) stay off their look-alikes', () => {
  const reasonsOf = (text: string) => lookupErrors(text, errorCatalogue).matches[0]?.reasons ?? []

  it("reads a reply stopping halfway, not a download, a write, a progress bar or a log's output", () => {
    expect(topCause('最近总是说到一半戛然而止')).toBe('stream_interrupted')
    expect(reasonsOf('回答问题 只会回答一半')).toContainEqual({ kind: 'description', value: '只会回答一半' })
    expectNoEntry([
      '下载到一半就断了，网速太慢',
      '写入到一半就中断了，文件损坏',
      '进度条走到一半就卡住了',
      '日志输出不完整，只有前几行',
      '训练中途中断了，怎么从 checkpoint 继续',
    ])
  })

  it('reads a picture that never comes, not an image on a page that will not load nor a drawing on paper', () => {
    expect(topCause('界面上一直在等待，图片出不来')).toBe('task_failed')
    expect(topCause('midjourney没法出图了')).toBe('task_failed')
    expectNoEntry(['网页上的图片加载不出来，是 CDN 的问题吗', '打印机打不出图纸，出图纸很慢'])
  })

  it('reads a video stuck while it is made, not one being played, installed or downloaded', () => {
    expect(topCause('生成视频卡在20%不动了')).toBe('task_failed')
    expectNoEntry(['视频播放卡在 30% 的位置', '安装进度卡在 99% 不动了', '模型下载卡在50%'])
  })

  it('reads a long chat only when it ends in an error, and a payment only when the balance did not move', () => {
    expect(topCause('每次对话内容稍微多了点就会出现下面的错误提示')).toBe('context_length')
    expect(topCause('充值完成后，余额过大半天都没有变化')).toBe('insufficient_balance')
    expectNoEntry([
      '对话太多了，侧边栏很卡，能不能批量删除',
      '聊天记录太多，搜索很慢',
      '用支付宝付款后，订单状态没有更新',
      '提示词模板怎么写比较好',
    ])
  })

  it("lets an error's own wording anywhere in the paste outrank a description", () => {
    // a described halfway stop next to a real context overflow is the overflow
    expect(
      topCause(
        "回答一半就停了 This model's maximum context length is 4097 tokens. However, your messages resulted in 4148 tokens.",
      ),
    ).toBe('context_length')
    // a status the media entries never carry sinks the described task
    expect(topCause('HTTP 401: 图片出不来')).toBe('invalid_key')
  })
})

describe('components/error-lookup/match: round 15 (descriptions, en) stay off their look-alikes', () => {
  it("reads a media job that does not generate, not a build tool's or a page's images", () => {
    expect(topCause('the videos are not generating at all')).toBe('task_failed')
    expectNoEntry([
      'Docker images do not generate a SBOM by default',
      'Sphinx failed to generate images for the docs build',
      'thumbnails never load on the product page',
      'the download got stuck at 99% and never finished',
      'The installer is stuck on "Generating locales"',
    ])
  })

  it('lets an error wording in the paste outrank a description of a failed image', () => {
    expect(topCause('500 Internal error occurred: failed to generate image: generated image was filtered')).not.toBe(
      'task_failed',
    )
    expect(topCause('Image generation is stuck. Error: Incorrect API key provided: sk-abc***')).toBe('invalid_key')
  })

  it('reads a reply that stops part-way, not a build, a download or a cursor that does', () => {
    expect(topCause('the reply stops mid-sentence')).toBe('stream_interrupted')
    expectNoEntry([
      'the build stops halfway through the tests',
      'the download stops in the middle and resumes later',
      'the cursor stops in the middle of the line',
      'the video output gets cut off at the bottom of the screen',
    ])
  })

  it('reads a long conversation and too many tokens as the context, not a long build or a long meeting', () => {
    expect(topCause('After a long conversation the chat shows an error')).toBe('context_length')
    expectNoEntry([
      'after a long session the GPU memory leaks',
      'after a long meeting I forgot the password',
      'error tokens are highlighted in red in the editor',
    ])
  })

  it("reads a flagged or refused harmless prompt as the policy, not a linter's or a shell's flag", () => {
    expect(topCause('my prompt was flagged')).toBe('content_policy')
    expectNoEntry(['the linter flags a harmless warning in the test file', 'the prompt flag is ignored by the shell'])
  })

  it('reads paid credits that never arrive as the balance, not film credits', () => {
    expect(topCause('Payment done yet credits not received')).toBe('insufficient_balance')
    expectNoEntry([
      'the film credits are not showing after the movie ends',
      'credits: not updated since 2019 (see AUTHORS)',
      'I never received the newsletter',
    ])
  })

  it('reads a reply that never comes as a timeout, not a page or an installer that spins', () => {
    expect(topCause('the chatbot never provided a response')).toBe('timeout')
    expectNoEntry([
      'the website takes minutes to build on CI',
      'the spinner icon spins when you hover it',
      'the installer never returns an exit code on Windows',
    ])
  })

  it("reads a base URL that is not used as the base URL, not a docs site's base path", () => {
    expect(topCause('custom base URL not working, it still calls api.openai.com')).toBe('base_url')
    expectNoEntry(['the base path is not working on GitHub Pages', 'the base layer is not working'])
  })
})

describe('components/error-lookup/match: a more specific reading of the same words (round 15)', () => {
  const openAi401 = (key: string) =>
    `Error code: 401 - {"error":{"message":"Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`

  it("reads an unset, object or quoted key as the key's format over the generic code and 401", () => {
    for (const key of ['undefined', '[object Object]', '[obj*******ect]', '\\"sk-proj-****abcd\\"']) {
      const result = lookupErrors(openAi401(key), errorCatalogue)
      expect(result.matches[0]?.entry.cause, key).toBe('key_format')
      // the code that ranked the generic entry is shown as evidence for the refinement too
      expect(result.matches[0]?.reasons, key).toContainEqual({ kind: 'code', value: 'invalid_api_key' })
      expect(result.matches[1]?.entry.id, key).toBe('invalid-api-key')
    }
  })

  it('keeps a real wrong key, and key-format words elsewhere in the paste, with the generic entry', () => {
    expect(topCause(openAi401('sk-abc***wxyz'))).toBe('invalid_key')
    expect(topCause(openAi401('sk-proj-****abcd'))).toBe('invalid_key')
    // `undefined` is not the key here, and a quote later in the message is not the key's
    expect(topCause(`${openAi401('sk-abc***wxyz')} (value undefined)`)).toBe('invalid_key')
    expect(topCause('Incorrect API key provided: sk-abc***wxyz. Set "OPENAI_API_KEY" in .env')).toBe('invalid_key')
    // the refinement needs the same words: a key-format wording in another line does not take the code's weight
    const apart = `${openAi401('sk-abc***wxyz')}\nnote: api key contains invalid characters earlier today`
    expect(topEntry(apart)).toBe('invalid-api-key')
  })
})

describe('components/error-lookup/match: strings round 14 left out (round 15)', () => {
  it('lets a 403 carry the model name LiteLLM calls invalid, and nothing else', () => {
    expect(topCause('unexpected status 403 Forbidden: /responses: Invalid model name passed in model=gpt-x')).toBe(
      'model_not_found',
    )
    for (const text of ['HTTP 403 Forbidden', 'Error: 403 (request id: 20250101000000123456789AbCdEf)']) {
      expect(topEntry(text), text).not.toBe('model-not-found')
    }
  })

  it("reads opencode's model error by its name, not another runtime's look-alike", () => {
    expect(topCause('ProviderModelNotFoundError: myrelay/gpt-5.9')).toBe('model_not_found')
    expectNoEntry(['ProviderModelNotFoundErrorHandler registered', 'class ProviderModelNotFoundErrors {}'])
  })
})

describe('components/error-lookup/match: label questions settled by their sources (round 15)', () => {
  it("reads one-api's failed key lookup as the gateway, its unknown key as the key", () => {
    expect(topCause('401 {"error":{"message":"令牌验证失败","type":"one_api_error"}}')).toBe('gateway_error')
    expect(topCause('401 {"error":{"message":"无效的令牌","type":"one_api_error"}}')).toBe('invalid_key')
  })

  it("reads a key's -suffix that one-api takes for a channel id as the key's format", () => {
    expect(topCause('403 {"error":{"message":"普通用户不支持指定渠道","type":"one_api_error"}}')).toBe('key_format')
    expect(topCause('400 {"error":{"message":"无效的渠道 Id","type":"one_api_error"}}')).toBe('key_format')
    // the distributor's other channel answers stay where they were
    expect(topCause('403 {"error":{"message":"该渠道已被禁用","type":"one_api_error"}}')).not.toBe('key_format')
  })

  it("reads Google's unregistered caller as a missing key, other PERMISSION_DENIED 403s as a permission", () => {
    const google = (message: string) => `{"error":{"code":403,"message":"${message}","status":"PERMISSION_DENIED"}}`
    expect(topCause(google("Method doesn't allow unregistered callers (callers without established identity)."))).toBe(
      'key_format',
    )
    expect(topCause(google('Permission denied: Consumer has been suspended.'))).toBe('permission')
    expect(topCause(google('Generative Language API has not been used in project 123 before or it is disabled.'))).toBe(
      'permission',
    )
  })
})

describe('components/error-lookup/match: round 16 (zh-b) readings stay off their look-alikes', () => {
  it("reads Go's dial that hit its deadline as a connect timeout, not a DNS lookup, a read or a gateway's own dial", () => {
    expect(topEntry('Post "https://api.example.cn/v1/chat/completions": dial tcp xx.xx.xx.xx:443: i/o timeout')).toBe(
      'connect-timeout',
    )
    // a DNS lookup that timed out and a read that timed out after connecting are not a connect timeout
    for (const text of [
      'dial tcp: lookup api.openai.com on 127.0.0.53:53: read udp 127.0.0.1:41234->127.0.0.53:53: i/o timeout',
      'read tcp 10.0.0.2:51234->104.18.6.192:443: i/o timeout',
    ]) {
      expect(topEntry(text), text).not.toBe('connect-timeout')
    }
    // the gateway's own failed dial to the provider stays the upstream's
    const oneApi =
      '{"error":{"message":"Post \\"https://api.openai.com/v1/chat/completions\\": dial tcp 104.18.7.192:443: i/o timeout","type":"one_api_error","code":"do_request_failed"}}'
    expect(topCause(oneApi)).toBe('upstream_unavailable')
  })

  it('reads "无法连接到 OpenAI" as the network, and not a key failure or another service worded alike', () => {
    expect(topEntry('错误: 无法连接到OpenAI API。')).toBe('failed-to-fetch')
    expect(topCause('OpenAI API 认证失败，请检查 API 密钥是否正确')).toBe('invalid_key')
    expectNoEntry(['无法连接到数据库'])
  })

  it("reads urllib3's proxy failure by its words, whatever status the proxy answered CONNECT with", () => {
    const proxy = (answer: string) =>
      `HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/models (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: ${answer}')))`
    for (const answer of ['405 Method Not Allowed', '403 Forbidden', '502 Bad Gateway'])
      expect(topEntry(proxy(answer)), answer).toBe('proxy-error')
    // the same status with no proxy in sight keeps its own reading
    expect(topEntry('405 Method Not Allowed')).toBe('html-instead-of-json')
  })

  it("reads Ark's key-format 401 as the key's format, its missing-or-invalid 401 as a wrong key", () => {
    expect(topCause('401 {"error":{"code":"AuthenticationError","message":"The API key format is incorrect."}}')).toBe(
      'key_format',
    )
    expect(
      topCause(
        '401 {"error":{"code":"AuthenticationError","message":"The API key or AK/SK in the request is missing or invalid."}}',
      ),
    ).not.toBe('key_format')
  })

  it("reads chatgpt2api's image timeouts by their codes, never a setting that is named alike", () => {
    expect(topCause('{"error":{"type":"server_error","code":"image_stream_timeout"}}')).toBe('timeout')
    expect(topCause('{"error":{"type":"server_error","code":"image_poll_timeout"}}')).toBe('task_failed')
    expectNoEntry(['image_stream_timeout_secs: 90', 'image_poll_timeout_secs = 120'])
  })

  it('reads an image job that timed out as the task, unless a 504 says the gateway gave up', () => {
    expect(topCause('图片生成超时，请稍后再试')).toBe('task_failed')
    expect(topCause('504 {"error":"图像生成超时（180s），请稍后重试","status":504}')).toBe('timeout')
  })

  it('reads an image answer that held no image as a failed task, not a field named alike', () => {
    expect(topCause('invalid response: Doubao image response contains no images')).toBe('task_failed')
    expectNoEntry(['Error: response contains no images_url field'])
  })

  it("reads MiniMax's content refusal under the 422 and 500 it comes with, a bare 422 or 500 as before", () => {
    expect(topCause('422 {"error":{"message":"output new_sensitive (1027)"}}')).toBe('content_policy')
    expect(topCause('API Error: 500 input new_sensitive (1026)')).toBe('content_policy')
    expect(topEntry('422 Unprocessable Entity')).toBe('invalid-parameters')
    expect(topEntry('500 Internal Server Error')).toBe('gateway-internal-error')
  })

  it("reads jimeng's login error as the sessionid it was given, not an app's own login check", () => {
    expect(topCause('生成图片失败: [-2009] [请求jimeng失败]: login error')).toBe('invalid_key')
    expect(topCause('即梦 API 错误 (ret=1015): check login error')).toBe('invalid_key')
    expectNoEntry(['console.error("check login error", error)', 'Check Login Error: session cookie missing'])
  })

  it("reads Kimi's concurrency 403 as a limit, while permission_error with a permission's words stays a permission", () => {
    const kimi = (message: string) => `403 {"error":{"message":"${message}","type":"permission_error"},"type":"error"}`
    expect(topCause(kimi("You've reached your concurrent request limit. Please wait and try again."))).toBe(
      'rate_limit',
    )
    expect(topCause(kimi('Your API key does not have permission to use the specified resource.'))).toBe('permission')
    // the bare type with no wording still names the permission entry, as the only reading there is
    expect(topEntry('403 {"type":"error","error":{"type":"permission_error","message":"Forbidden"}}')).toBe(
      'provider-permission-denied',
    )
  })
})

describe('components/error-lookup/match: round 16 (zh-a) patterns stay off their look-alikes', () => {
  it("reads a relay's Claude-Code-only refusal as the key's group, whatever its status, and nothing else", () => {
    expect(topCause('400 {"error":{"code":"invalid_request","message":"请勿在 Claude Code CLI 之外使用接口"}}')).toBe(
      'permission',
    )
    expect(topCause('500 {"error":{"type":"new_api_error","message":"invalid claude code request"}}')).toBe(
      'permission',
    )
    // the 500 it now accepts names the entry only with its words
    for (const text of ['Error: 500 (request id: 20250101000000123456789AbCdEf)', 'HTTP 500 Internal Server Error']) {
      expect(topEntry(text), text).not.toBe('group-not-allowed')
    }
    expectNoEntry(['invalid claude code requests are dropped by the router', '请勿在生产环境之外使用测试密钥'])
  })

  it("reads codex-proxy-rs's routing failure as no channel over its 503's upstream reading", () => {
    expect(topCause('unexpected status 503 Service Unavailable: no provider can execute this request')).toBe(
      'no_channel',
    )
    expect(topCause('503 {"error":{"message":"x","type":"server_error","code":"no_available_provider"}}')).toBe(
      'no_channel',
    )
    // and its other kinds each by their own code, over the status they share
    const body = (code: string) => `503 {"error":{"message":"x","type":"server_error","code":"${code}"}}`
    expect(topCause(body('account_capacity_unavailable'))).toBe('rate_limit')
    expect(topCause(body('provider_infrastructure_unavailable'))).toBe('upstream_unavailable')
    expect(topCause(body('runtime_configuration_unavailable'))).toBe('gateway_error')
  })

  it('reads an API key that is not set as a missing key, not a settings listing or another key', () => {
    expect(topCause('当点击重新生成，会出现API密钥未设置报错')).toBe('key_format')
    expect(topCause('Error: LLM API Key 未设置')).toBe('key_format')
    expectNoEntry(['API Key: 未设置（可选）', 'API 密钥设置成功', '已保存，API 代理未设置'])
  })

  it('reads an empty model field as a bad request, not a 3D model part', () => {
    expect(topCause('请求失败：model 参数缺失')).toBe('bad_request')
    expectNoEntry(['SubModel参数缺失subpart', 'itemId参数缺失'])
  })

  it("reads litellm-go's thinking refusal as a reasoning parameter, not a vendor's note on thinking", () => {
    expect(topEntry('openai: thinking is only supported for reasoning chat models')).toBe(
      'reasoning-effort-unsupported',
    )
    expectNoEntry(['Extended thinking is only supported on Claude 3.7 Sonnet and later'])
    // its tool check names the tool's schema, over the JSON error it carries
    expect(topEntry('openai: tool "x" parameters must be valid JSON: unexpected end of JSON input')).toBe(
      'tool-schema-invalid',
    )
    expect(topCause('fetch("/v1/chat/completions"): unexpected end of JSON input')).not.toBe('bad_request')
  })

  it('reads an agent session that timed out as a timeout, not a setting or a log', () => {
    expect(topCause('❌ 错误: agent session timed out after 600000ms')).toBe('timeout')
    expect(topCause('❌ Error: agent turn exceeded maximum time (5m0s), stopping')).toBe('timeout')
    expectNoEntry([
      'agent session timeout set to 30m',
      'agent session timed outline view',
      'max_turn_time: agent turn exceeded maximum times allowed by policy',
    ])
  })

  it('reads a conversation too long as the context window, not one that lasted too long', () => {
    expect(topCause('疑似因为对话过长导致 Server returned HTTP response code: 400')).toBe('context_length')
    expectNoEntry(['对话过长时间没有操作，已自动退出登录'])
  })

  it("reads a client's stream idle timeout as the timeout it reports, not a setting that describes one", () => {
    expect(topCause('pi-ai stream idle timeout after 300000ms')).toBe('timeout')
    expect(topCause('API Error: Stream idle timeout')).toBe('timeout')
    expectNoEntry(['the stream idle timeout is configurable (default 5m)', 'stream_idle_timeout: 300s'])
    // a watchdog that says the model's stream stalled still reads as a cut stream (round 14)
    expect(topCause('LLM stream stalled for 60000ms')).toBe('stream_interrupted')
  })

  it("reads a Bob plugin's network-typed request error as the network, not another _type", () => {
    expect(topCause('{"_type":"network","_message":"接口请求错误 - {}"}')).toBe('network')
    expectNoEntry(['{"_index":"hosts","_type":"network","_id":"42"}', '{"_type":"param","_message":"参数为空"}'])
  })

  it('reads 处理超时 as a timeout, not timeout handling', () => {
    expect(topCause('AI 处理超时，请稍后重试')).toBe('timeout')
    expectNoEntry(['已添加超时处理逻辑', '超时处理：重试三次'])
    // a media job's timeout is not the gateway's
    for (const text of ['视频任务处理超时，请稍后重试', '图片处理超时']) {
      expect(topEntry(text), text).not.toBe('gateway-timeout')
    }
  })
})

describe('components/error-lookup/match: round 16 (en) patterns stay off their look-alikes', () => {
  /** Each wording reads as `cause`; each look-alike gets no entry at all. */
  function readsOnly(cause: string, texts: readonly string[], lookAlikes: readonly string[]) {
    for (const text of texts) expect(topCause(text), text).toBe(cause)
    expectNoEntry(lookAlikes)
  }

  it("reads Google's and Stability's refusals as the content policy, not other blocked or filtered things", () => {
    readsOnly(
      'content_policy',
      [
        '400 The response is blocked, as it may violate our policies.',
        'One or more prompts contains filtered words.',
        'This query violates the policy against generating violent content.',
        'Your input image contains content that violates our usage guidelines. Support codes: 15236754',
      ],
      [
        'This query violates the foreign key constraint "fk_user_id"',
        'One or more prompts contains invalid characters',
        'This might be due to network issues.',
        'Request blocked, as it may be a duplicate',
        'Support code: 0x80070005',
        'support code: 42 (ask the helpdesk)',
      ],
    )
  })

  it("reads Google's own 500 and Cloudflare's 2005 as the provider, other 500s and Google's 400s as before", () => {
    const troubleshooting = 'Please retry or report in https://developers.generativeai.google/guide/troubleshooting'
    readsOnly(
      'upstream_unavailable',
      [
        `500 An internal error has occurred. ${troubleshooting}`,
        '{"error":[{"code":2005,"message":"Failed to get response from provider"}]}',
      ],
      ['Failed to get response from proxy cache'],
    )
    expect(topCause('500 An internal error has occurred.')).toBe('gateway_error')
    expect(topCause(`[400 Bad Request] Unable to process input image. ${troubleshooting}`)).not.toBe(
      'upstream_unavailable',
    )
  })

  it('reads a relay that names the base URL, a Copilot 404 and Dialoqbase’s URL check as the base URL, and nothing else', () => {
    readsOnly(
      'base_url',
      [
        'please make sure to use "http://127.0.0.1:8080/v1" as the base URL.',
        'ccreq:1a2b3c4d.copilotmd | notFound | gpt-4.1 | 310ms | [panel/agent]',
        'Unable to fetch models. Make sure the url is correct',
      ],
      [
        'Please make sure to use a valid API key as the credential.',
        'ccreq:1a2b3c4d.copilotmd | success | gpt-4.1 | 310ms | [panel/agent]',
        'Unable to fetch models. Make sure the API key is correct',
      ],
    )
    // notFound outside Copilot's request line is no path
    expect(topCause('status: notFound | retrying')).not.toBe('base_url')
  })

  it('reads a URL echoed as the key as the key’s format, a real key with a URL after it as a wrong key', () => {
    const openAi401 = (key: string) =>
      `401 Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`
    expect(topCause(openAi401('https://****************************9KG9'))).toBe('key_format')
    expect(topCause(openAi401('http://l****************************3000'))).toBe('key_format')
    expect(topCause(openAi401('sk-abc1***************xyz9'))).toBe('invalid_key')
  })

  it('reads a space copied with the key as its format, not spaces in other keys or files', () => {
    readsOnly(
      'key_format',
      ['leading/trailing white space in the API key', 'there was a trailing space on the key'],
      [
        'trailing whitespace in the file',
        'leading spaces in the YAML key',
        'trailing spaces in key names are trimmed',
        'a trailing space on the keyboard',
      ],
    )
  })

  it('reads a reasoning model said to want max_completion_tokens as that parameter, not other mentions of it', () => {
    readsOnly(
      'bad_request',
      ['o3 requires max_completion_tokens', 'GPT-5 models need `max_completion_tokens`'],
      ['max_completion_tokens was set to 4096', 'Added max_completion_tokens support for o1'],
    )
  })

  it("lets OpenAI's 400 for an unverified organization carry the permission, and no other 400", () => {
    expect(topCause('BadRequestError: 400 Your organization must be verified to stream this model.')).toBe('permission')
    expect(topCause("BadRequestError: 400 Invalid value for 'stream': expected a boolean.")).not.toBe('permission')
  })
})

describe('components/error-lookup/match: round 17 (matcher) statuses, labels and wrappers', () => {
  it("counts an app's label for a status as the status, not as wording against a vendor's words", () => {
    // DeepSeek-Reasonix's `参数错误 (HTTP 422)：…` and apps' `<label> (HTTP <status>): <body>` (find_string ids
    // 33279687721, 55239161496, 69414956693) around MiniMax's content check `input new_sensitive (1026)`
    expect(topCause('参数错误 (HTTP 422)：{"base_resp":{"status_code":1026,"status_msg":"input new_sensitive"}}')).toBe(
      'content_policy',
    )
    // the label alone still names its status's entry
    expect(topCause('参数错误 (HTTP 422)：请检查请求')).toBe('bad_request')
    // a message that ends with its status is no label: Codex's Cloudflare block keeps its region reading
    expect(
      topCause(
        'Access blocked by Cloudflare. This usually happens when connecting from a restricted region (status 403 Forbidden), request id: x',
      ),
    ).toBe('region_blocked')
    // a bare reason phrase is the whole message, a page's words: it still reads as the upstream
    expect(topCause('503 Service Unavailable')).toBe('upstream_unavailable')
  })

  it("reads @google/generative-ai's bracketed `[<status> <reason>]` as the status, so Google's sentence after it decides", () => {
    // google-gemini/generative-ai-js `src/requests/request.ts`: `Error fetching from ${url}: [${status} ${statusText}] ${message}`
    const google = (status: string, message: string) =>
      `[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent: [${status}] ${message}`
    expect(
      topCause(
        google(
          '500 Internal Server Error',
          'The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).',
        ),
      ),
    ).toBe('context_length')
    // with nothing after it, the bracket still names the 500's entry
    expect(topCause(google('500 Internal Server Error', ''))).toBe('gateway_error')
  })

  it("does not let a wrapper's status sink the provider's words it wraps", () => {
    // zhipuai `APIInternalError` (an SDK 500) around Zhipu's body with its own `"code":"400"`
    expect(
      topCause(
        'zhipuai.core._errors.APIInternalError: Error code: 500, with error text {"error":{"code":"400","message":"账户余额不足"}}',
      ),
    ).toBe('insufficient_balance')
    // opencode's `Error from provider (<provider>): …` as a 400: the provider failing, not the 400's bad request
    expect(
      topCause(
        "BadRequestError: Error code: 400 - {'error': {'message': 'Error from provider (Zen): Upstream request failed', 'type': 'invalid_request_error', 'code': 'invalid_request_error'}}",
      ),
    ).toBe('upstream_unavailable')
    // `Upstream request failed: <inner>` is a link before the provider's error, not the cause; with nothing known
    // inside, the status's usual reading stands
    expect(
      topCause(
        'API Error: 400 Error from provider (Zen): Upstream request failed: [some_code] The schema is not supported.',
      ),
    ).toBe('bad_request')
    // a 429 do_request_failed around Gemini's block keeps the block among the first readings
    const gemini =
      '{"code":429,"error":"gemini Error when proxying request: {\\"error\\":{\\"message\\":\\"blocked: prompt: BlockedReasonSafety\\",\\"type\\":\\"one_api_error\\",\\"code\\":\\"do_request_failed\\"}}"}'
    expect(
      lookupErrors(gemini, errorCatalogue)
        .matches.slice(0, 3)
        .map(({ entry }) => entry.cause),
    ).toContain('content_policy')
    // no wrapper: a status the entry never has still sinks it
    expect(topCause('Error code: 500 - {"error":{"message":"账户余额不足"}}')).not.toBe('insufficient_balance')
  })

  it('reads an error raised inside a stream after a 200 by its words', () => {
    // openai-python `_streaming.py` raising an OpenRouter error event after `HTTP/1.1 200 OK`
    const stream = [
      'INFO: HTTP Request: POST https://openrouter.ai/api/v1/chat/completions "HTTP/1.1 200 OK"',
      'Traceback (most recent call last):',
      '  File "/srv/app/.venv/lib/python3.12/site-packages/openai/_streaming.py", line 147, in __aiter__',
      '  File "/srv/app/.venv/lib/python3.12/site-packages/openai/_streaming.py", line 193, in __stream__',
      '    raise APIError(',
      'openai.APIError: Provider returned error',
    ].join('\n')
    expect(topCause(stream)).toBe('upstream_unavailable')
    // a 200 outside a stream still speaks against an entry that never has it
    expect(lookupErrors('HTTP/1.1 200 OK Provider returned error', errorCatalogue).matches).toEqual([])
  })

  it('counts shared codes once, so a cause-specific wording in the same body outranks them', () => {
    // OpenAI's 400 for an unverified organization: `invalid_request_error` type, `unsupported_value` code
    const body =
      'OpenAI API error: POST "https://api.openai.com/v1/responses": 400 Bad Request {"message": "Your organization must be verified to generate reasoning summaries for this model.", "type": "invalid_request_error", "param": "reasoning.summary", "code": "unsupported_value"}'
    expect(topCause(body)).toBe('permission')
    // the same codes for a parameter value a model refuses stay a bad request
    const temperature =
      '400 {"error":{"message":"Unsupported value: \'temperature\' does not support 0 with this model.","type":"invalid_request_error","param":"temperature","code":"unsupported_value"}}'
    expect(topCause(temperature)).toBe('bad_request')
  })
})

describe('components/error-lookup/match: round 17 (vocabulary, zh) stay off their look-alikes', () => {
  /** Each text names its cause by a description alone; each look-alike names no entry at all. */
  function describesOnly(cause: string, texts: readonly string[], lookAlikes: readonly string[]) {
    for (const text of texts) {
      expect(topCause(text), text).toBe(cause)
      expect(describedAs(text), text).toBe(true)
    }
    expectNoEntry(lookAlikes)
  }

  it('reads 超时 reported or recurring as a timeout, not the setting, a prompt, a media job or a connection', () => {
    describesOnly(
      'timeout',
      ['默认15s后无响应提示超时', '批量改写经常超时', '一直超时，怎么办', '主模型调用返回超时错误时', '最近經常超時'],
      [
        '超时时间默认为5秒',
        '提示超时时间为 30 秒',
        '操作提示超时 (毫秒)',
        '等待密码提示超时',
        '异常包起来防止超时报错导致后续不执行',
        'Tester收到0x78后应继续等待，不要超时报错',
        'git push 到 github.com:443 连接经常超时',
      ],
    )
    // a media job that timed out stays a failed task, whichever word says so
    expect(topCause('视频生成一直超时')).not.toBe('timeout')
    expect(topCause('任务超时报错')).toBe('task_failed')
  })

  it('reads 超过上下文 and 上下文超了 as the context window, not a sentence that warns, plans or sets it', () => {
    describesOnly(
      'context_length',
      ['Mod 建造结果超过上下文预算', '报错提示超过上下文了', '上游说的是「上下文超了」吗'],
      [
        '预留输出必须为正数且不超过上下文容量的一半',
        '发送给 LLM 的最大字符数，默认 10000（避免超过上下文限制）',
        '若预估总量接近或超过上下文上限的 80%，分批读取',
        'token成本会越来越高，响应会变慢，也可能超过上下文窗口',
        '调用前检查：若 token 超过上下文窗口，先执行压缩',
        '随着对话变长，这层记忆会超过上下文窗口',
        '上下文超了之后再把 seq 迁移到卡 2',
        '关掉之后只能手动 /compact，上下文超了也不会自己压',
        '上下文不够用的时候怎么"记得住"',
      ],
    )
  })

  it('reads a spent balance as the balance, not what happens after it runs out', () => {
    describesOnly(
      'insufficient_balance',
      ['中转站的余额用完了', 'GLM search-pro 余额耗尽'],
      [
        '要验证「上机 4 小时后余额耗尽自动下机」',
        '总余额耗尽自动隐藏、有余额常显',
        '余额用完后会自动续费',
        '避免把模型上下文/速率配额误判为余额耗尽',
      ],
    )
  })

  it('reads a key that 已失效 or 已过期 as a wrong key, not a retired, decryption, signing or form key', () => {
    describesOnly(
      'invalid_key',
      ['密钥已失效，请重新配置', 'key已过期'],
      [
        '密钥自定义成功，旧密钥已失效',
        '✅ 密钥已重新生成！旧的密钥已失效...',
        '企业微信解密密钥已失效',
        '登录表单密钥已失效',
        '恢复密钥已重置，旧恢复密钥已失效',
        'monkey已过期',
      ],
    )
  })

  it('reads a failed API connection as the network, not one that worked, a check or a database', () => {
    describesOnly(
      'network',
      ['API连接错误 (尝试 1/3)，正在重试', '无法连接到API服务器，请确保服务器已启动'],
      ['API连接成功', '重新检查API连接', '无法连接到apifox 云端', 'MySQL 数据库连接失败'],
    )
    // the English vocabulary names the timeout: two descriptions, and the one that says what failed comes first
    expect(topCause('API连接错误 (尝试 1/3): timed out')).toBe('timeout')
  })

  it('reads a rate limit hit or a refusal for asking too often, not a client pacing itself below it', () => {
    describesOnly(
      'rate_limit',
      [
        '触发频率限制，等待 30 秒后继续...',
        '您的发送请求频率过快，请稍后再试。',
        '触发了速率限制',
        '請求頻率過快，請稍後再試',
      ],
      [
        '两次API调用之间等待，避免触发频率限制',
        '内置 0.3 秒节流，防止触发频率限制',
        '一次消息最多输出 2 个工具调用，太多会触发频率限制。',
        '个别接口仍可能触发频率限制',
        '避免对api 服务器的请求频率过快',
      ],
    )
  })

  it('reads 触发了安全策略 as the content policy, not a question whether a control system’s fired', () => {
    describesOnly(
      'content_policy',
      ['上游模型拒绝处理这张参考图，通常是图片内容触发了安全策略。', '❌ 您的请求或生成的内容触发了安全策略'],
      ['加一个安全策略，是否触发了安全策略，超过了极限的最大等待时间等'],
    )
  })

  it("lets an error's own wording or a status the entry never has outrank a described word", () => {
    // the overflow's own wording beside a reported timeout
    expect(
      topCause(
        "一直超时 This model's maximum context length is 4097 tokens. However, your messages resulted in 4148 tokens.",
      ),
    ).toBe('context_length')
    // a vendor's balance wording beside a key said to have expired
    expect(topCause('key已过期？ 余额不足，请充值')).toBe('insufficient_balance')
    // a 401 sinks a described rate limit
    expect(topCause('HTTP 401: 触发频率限制')).toBe('invalid_key')
  })
})

describe('components/error-lookup/match: round 17 (vocabulary, en) names each cause by its own words, not their look-alikes', () => {
  /** Each wording ranks `entryId` first; no look-alike has that entry among its matches at all. */
  it('reads a call that timed out as the timeout, not a connection, a tool, a test, a login or a setting', () => {
    namesEntry(
      'gateway-timeout',
      [
        'My requests keep timing out after 60 seconds',
        'The request times out when I send a long prompt',
        'Error: the call timed out',
        'Timeout after 300s',
      ],
      [
        'If it keeps timing out, the work is probably too big for one run.',
        'The tool keeps timing out - try a simpler approach or increase the timeout.',
        'Test timed out in 5000ms.',
        'Your session has timed out. Please log in again.',
        'Lock wait timed out; try restarting transaction',
        'Timed out waiting for element to be visible',
        'Connection timeout after 10s',
        'We add -m 3 to force the command to timeout after 3 seconds.',
        'Set a timeout after 30 seconds in the config',
      ],
    )
    expect(topCause('The connection timed out')).toBe('network')
    expect(topCause('Video generation timed out')).toBe('task_failed')
  })

  it('reads being rate limited and a reached rate limit as the rate limit, not advice or plans', () => {
    namesEntry(
      'rate-limit-exceeded',
      [
        'I keep getting rate limited',
        'We are being rate-limited by the API',
        'You have reached the rate limit for today.',
      ],
      [
        'Add a one-second delay to avoid being rate limited',
        "time.sleep(2) # Don't hit the rate limit",
        'The repeat bids should hit the rate limit',
        'Rate limiting is configured per key',
      ],
    )
  })

  it('reads an interrupted stream as the stream, not a video, a log, a database or a conditional', () => {
    namesEntry(
      'stream-interrupted',
      ['The stream was interrupted', 'Stream got interrupted: error decoding response body'],
      [
        'The live video stream was interrupted by a power cut',
        'If a live note stream was interrupted, the note was never saved',
        'Response stream was interrupted while draining a non-query statement',
        'the connection to the log stream got interrupted',
      ],
    )
    // an error's own wording elsewhere in the paste outranks the description
    expect(topCause('The stream was interrupted\nError: connect ECONNREFUSED 127.0.0.1:3000')).toBe('network')
  })

  it('reads a full context window and an exceeded token limit as the context, not a docs sentence or a per-minute quota', () => {
    namesEntry(
      'context-length-exceeded',
      [
        'The context window is full.',
        'The conversation exceeded the context limit',
        'The prompt exceeds the model’s token limit',
      ],
      [
        'A sub-agent wakes up when the context window is full to summarize and persist data',
        'Model accuracy falls off well before a context window is full',
        'If the text exceeds the token limit, words are dropped from the beginning',
        'Chunk text by characters, ensuring no chunk exceeds the token limit.',
        'Your request exceeds the token limit per minute for this model',
      ],
    )
  })

  it('reads no credits left as the balance, not a paywall or a function that describes it', () => {
    namesEntry(
      'insufficient-user-quota',
      ['No credits left', '{"error":{"message":"no credits left"}}'],
      [
        'Full-screen paywall shown when the user has no credits left.',
        'Returns false if the user had no credits left to spend.',
        'Your remaining credits: 42',
      ],
    )
  })

  it('reads a server that cannot be reached as the network, not a conditional or another thing reached', () => {
    namesEntry(
      'failed-to-fetch',
      ['Unable to reach the server. Please try again later.', 'Could not reach the API server'],
      [
        'If we are unable to reach the server, we retry',
        'Could not reach the end of the list',
        'failed to reach consensus',
      ],
    )
  })

  it('reads a service said to be unavailable as the upstream, sunk by a status it never has', () => {
    namesEntry(
      'upstream-failed',
      [
        'The service is currently unavailable.',
        'The target service is temporarily unavailable. Please try again later.',
      ],
      ['When the service is temporarily unavailable we show a banner', 'The service is available again'],
    )
    expect(topCause('503 The service is currently unavailable')).toBe('upstream_unavailable')
    expect(topEntry('401 The service is currently unavailable')).not.toBe('upstream-failed')
  })

  it('reads a prompt blocked by nothing named or by a safety check as the policy, not by a budget or a queue', () => {
    namesEntry(
      'content-policy',
      [
        'Prompt was blocked',
        'This prompt was blocked by content moderation',
        'The prompt was blocked by safety filters.',
      ],
      [
        'Cap 16 current-search prompt was blocked by daily token budget instead of producing an answer.',
        'The prompt was blocked by the queue until the previous job finished',
      ],
    )
  })

  it('reads a verdict that content violates usage policies as the policy, not a conditional', () => {
    namesEntry(
      'content-policy',
      ['The content violates our usage policies', "Your request violated OpenAI's usage policies."],
      ['If the request violates our usage policies, we reject it'],
    )
  })

  it("reads a reached concurrency limit as the rate limit, not an app's own pool", () => {
    namesEntry(
      'rate-limit-exceeded',
      ['Concurrency limit reached', 'Error: concurrency limit exceeded, retry later'],
      [
        'headless PTY concurrency limit reached (4/4)',
        'Skipping background skill review — global concurrency limit reached',
        'Process concurrency limit reached, will pick up remaining IDs in next iteration',
      ],
    )
  })

  it('reads no internet connection as the network, not an offline feature', () => {
    namesEntry(
      'failed-to-fetch',
      ['No internet connection', 'No internet connection. Please check your network.'],
      ['The app works offline with no internet connection', 'Even with no internet connection, drafts are saved'],
    )
    namesEntry(
      'failed-to-fetch',
      ['You appear to be offline. Please check your connection.', "You're offline"],
      ['The model appears to be offline', 'You can use the app offline', 'The server is offline for maintenance'],
    )
  })
})

describe('components/error-lookup/match: round 18 (en) product families stay off their look-alikes', () => {
  it("reads reqwest's own TimedOut as the call's timeout and its connect TimedOut as the connection", () => {
    expect(
      ids('reqwest::Error { kind: Request, url: "http://localhost:8080/v1/chat/completions", source: TimedOut }')[0],
    ).toBe('client-timeout')
    expect(
      ids(
        'reqwest::Error {\n    kind: Request,\n    url: "https://api.example.com/v1/responses",\n    source: TimedOut,\n}',
      )[0],
    ).toBe('client-timeout')
    const connect =
      'reqwest::Error { kind: Request, url: "https://api.openai.com/v1/chat/completions", source: hyper_util::client::legacy::Error(Connect, TimedOut) }'
    expect(ids(connect)[0]).toBe('connect-timeout')
    expect(ids(connect)).not.toContain('client-timeout')
    // a refused connection and a body that is not JSON are reqwest errors too, but no timeout
    for (const text of [
      'reqwest::Error { kind: Request, url: "http://localhost:11434/api/chat", source: hyper_util::client::legacy::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })) }',
      'reqwest::Error { kind: Decode, source: Error("expected value", line: 1, column: 1) }',
    ]) {
      expect(ids(text), text).not.toContain('client-timeout')
      expect(ids(text), text).not.toContain('connect-timeout')
    }
  })

  it('reads a dropped reasoning_content as the request, not a reply that lacks one', () => {
    expect(ids('Missing reasoning_content field in the assistant message at message index 4')[0]).toBe(
      'invalid-parameters',
    )
    expect(ids('The response is missing the reasoning_content field, so the thinking panel stays empty')).not.toContain(
      'invalid-parameters',
    )
  })

  it("reads werkzeug's NotFound sentence as a wrong path, not advice that quotes it loosely", () => {
    expect(
      ids(
        '{"message": "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."}',
      )[0],
    ).toBe('wrong-path-404')
    expect(ids('Confirm the requested URL was not found on the server before you file a bug')).not.toContain(
      'wrong-path-404',
    )
  })
  it("reads Firefox's CORS reason as CORS even when the preflight's status is a 401", () => {
    const firefox =
      'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.example.com/v1/models. (Reason: CORS preflight response did not succeed). Status code: 401.'
    expect(ids(firefox)[0]).toBe('cors-blocked')
    expect(ids('Request failed with status code 401')).not.toContain('cors-blocked')
    expect(ids('Invalid API key (reason: corrupted key file)')).not.toContain('cors-blocked')
  })

  it("reads Veo's given-up polling and empty operation as the media task, not its progress notes", () => {
    expect(ids('video generation (i2v) polling was canceled or timed out during GetOperation')[0]).toBe(
      'media-task-failed',
    )
    expect(ids('video generation (t2v) initiation timed out')[0]).toBe('media-task-failed')
    for (const text of [
      'Video generation (t2v) in progress. Polling attempt 3.',
      'Video generation (i2v) initiated. Polling for completion...',
      'Generated 1 video(s) using model veo-2.0-generate-001. This took about 1m12s.',
    ]) {
      expect(ids(text), text).not.toContain('media-task-failed')
    }
  })
})

describe('components/error-lookup/match: round 18 (zh-b) Qianfan codes by their number', () => {
  it("reads Qianfan's request codes as a bad request and its high load as the provider's, in each SDK's shape", () => {
    for (const code of ['336001', '336002', '336003', '336101', '336104', '336105']) {
      const text = `qianfan.errors.APIError: api return error, req_id: as-q1w2e3r4t5 code: ${code}, msg: unexpected`
      expect(topEntry(text), text).toBe('invalid-parameters')
    }
    expect(topEntry('{"error_code":336105,"error_msg":"something"}')).toBe('invalid-parameters')
    expect(topEntry('{"error_code":336100,"error_msg":"high load"}')).toBe('provider-overloaded')
  })

  it('stays off the same digits that are no code: ids, timestamps, longer numbers, other fields', () => {
    expectNoEntry([
      '{"id":"as-3360031234","object":"chat.completion","created":1700336100}',
      '{"error_code": 3361004, "error_msg": "ok"}',
      'upload_code: 336003 saved',
      'request 336100 finished in 2 s',
    ])
  })
})

describe('components/error-lookup/match: round 18 (zh-a) product families stay off their look-alikes', () => {
  it("reads OpenCode Zen's 401 credit and spending-limit errors as the balance, not a wrong key", () => {
    namesEntry(
      'invalid-api-key',
      ['{"code":401,"reason":"FAILED_TO_AUTH","message":"x"}'],
      ['retry FAILED_TO_AUTHORIZE_TOKEN'],
    )
    namesEntry(
      'provider-permission-denied',
      ['{"code":403,"reason":"ACCESS_DENY","message":"x"}'],
      ['config ACCESS_DENY_LIST updated'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      ['{"error":{"message":"Model access denied.","code":"model_access_denied"}}'],
      ['model_access_denied_count=0 in metrics'],
    )
    namesEntry(
      'model-not-found',
      ["Error code: 503 - {'error': {'message': 'the price of the model is not set (model: deepseek-r1:671b)'}}"],
      ['The price of the model is not set yet in our catalogue'],
    )
    namesEntry(
      'vendor-account-overdue',
      ['{"code":"EXCEED_TOKEN_QUOTA_LIMIT","message":"Token usage exceeded quota limit."}'],
      ['Token usage this month: 40% of the quota limit'],
    )
    namesEntry(
      'vendor-account-overdue',
      [
        '401 {"type":"error","error":{"type":"CreditsError","message":"Insufficient balance. Manage your billing here: https://opencode.ai/workspace/w/billing"}}',
      ],
      ['Add a payment method to enable billing'],
    )
    namesEntry(
      'budget-exceeded',
      [
        '401 {"type":"error","error":{"type":"MonthlyLimitError","message":"Your workspace has reached its monthly spending limit of $20. Manage your limits here: https://opencode.ai/workspace/w/billing"}}',
      ],
      ['Set a monthly spending limit of $50 for the workspace', 'Monthly spending limit: $20'],
    )
    // a 401 with no such words is still the key
    expect(topCause('401 {"type":"error","error":{"type":"AuthError","message":"Invalid API key."}}')).toBe(
      'invalid_key',
    )
  })

  it("reads the translators' server-error retries as the provider, not other retries", () => {
    namesEntry(
      'upstream-failed',
      [
        'Gemini encountered a server error, possibly due to high server load.',
        'Restarting request due to a server error. Attempt: 1',
      ],
      [
        'Restarting request due to a timeout. Attempt: 1',
        'The server encountered an error while processing the request.',
      ],
    )
  })

  it("reads a relay's failed protocol transform or missing Copilot token as the gateway, not a client's own or the provider's wrapped error", () => {
    namesEntry(
      'gateway-internal-error',
      ['Failed to transform request: unexpected end of JSON input', 'Failed to transform SSE event: invalid character'],
      [
        'Error: Failed to transform request with plugins: req_123',
        'ApiInterceptor: failed to transform request URL, passing through.',
        // ccNexus returns the provider's own error as `upstream error: …`: its words decide
        '[openai] Failed to transform response: upstream error: Incorrect API key provided: sk-abc',
      ],
    )
    namesEntry(
      'gateway-internal-error',
      ['{"error":{"message":"Copilot token not found","type":"error"}}'],
      ['Copilot token not found in keychain, please sign in to GitHub Copilot'],
    )
  })

  it('reads 问得太频繁了 with a wait as the rate limit, not notes about an agent that asks too often', () => {
    namesEntry(
      'rate-limit-exceeded',
      ['问得太频繁啦，10 分钟内最多 5 次，歇口气再来～', '你问的太频繁了，我暂时要休息一会'],
      [
        '澄清问得太频繁。反过来的问题。',
        '原因很实际：它问得太频繁，没人回答它就自己停在那里不接着干。',
        '一旦急剧下降,就说明 agent 问得太频繁了;健康的系统会趋于高位',
      ],
    )
  })
})

describe('components/error-lookup/match: a 401 that is not the key', () => {
  it("reads one-api's failed key lookup as the gateway, and no other 401 whose words the gateway entry shares", () => {
    expect(topEntry('Error code: 401 - {"error":{"message":"令牌验证失败","type":"one_api_error"}}')).toBe(
      'gateway-key-lookup-failed',
    )
    expect(
      topCause('Error code: 401 - {"error":{"message":"您的令牌被封禁，请联系管理员","type":"new_api_error"}}'),
    ).toBe('invalid_key')
    expect(topCause('HTTP 401: 该账号已被禁用，请联系管理员')).toBe('invalid_key')
    expect(topCause('401 Unauthorized: please contact the administrator')).toBe('invalid_key')
  })
})

describe('components/error-lookup/match: round 19 (matcher)', () => {
  // Z.ai/Zhipu code 1210 (docs.z.ai API error codes: `API 调用参数有误，请检查文档。`) with the reason the API gives after it
  const verdict = 'API 调用参数有误，请检查文档。'
  const reason = "Request 250117 input tokens exceeds the model's maximum context length 202750"
  const zhipu = (message: string) => `Error code: 400 - {"error":{"code":"1210","message":"${message}"}}`

  it("lets a vendor's specific reason in the same message outrank its generic parameter verdict, in either order", () => {
    expect(topCause(zhipu(`${verdict}${reason}`))).toBe('context_length')
    expect(topCause(zhipu(`${reason}. ${verdict}`))).toBe('context_length')
    // The verdict stays among the answers: its code and status are the vendor's.
    const causes = lookupErrors(zhipu(`${verdict}${reason}`), errorCatalogue).matches.map(({ entry }) => entry.cause)
    expect(causes.slice(0, 2)).toEqual(['context_length', 'bad_request'])
  })

  it('keeps the verdict first when the reason is in another message or names no other cause', () => {
    expect(topCause(`${zhipu(verdict)}\nprevious run: maximum context length exceeded`)).toBe('bad_request')
    expect(topCause(zhipu(`${verdict} temperature must be in [0, 1]`))).toBe('bad_request')
    // A reason of another cause is not the verdict's reason (a midjourney relay's JSON parse error is the request's)
    expect(topCause('[bot]err:API调用参数错误，请联系管理员，或等待修复')).toBe('bad_request')
  })

  it("reads Firefox's CORS line as CORS whatever status it closes with", () => {
    for (const status of [401, 403, 404, 500]) {
      const text = `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.example.com/v1/models. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: ${status}.`
      expect(causesOf(text)).toEqual(['cors'])
    }
  })

  it("does not read dashscope-sdk-java's bodiless 403 as the gateway's user quota", () => {
    const text =
      'com.alibaba.dashscope.exception.ApiException: {"statusCode":403,"message":"Forbidden","code":"response_error","isJson":false}'
    const result = lookupErrors(text, errorCatalogue)
    expect(result.matches.map(({ entry }) => entry.cause)).not.toContain('insufficient_balance')
    expect(result.guess?.cause).toBe('permission')
    // A gateway's own 403 with no SDK around it still reads as its usual default
    expect(topCause('{"error":{"message":"Forbidden","code":"response_error"}} status 403')).toBe(
      'insufficient_balance',
    )
  })

  it("lets the provider's words win inside new-api's do_request_failed when the provider answered", () => {
    const wrapped = (status: number, message: string) =>
      `API Error: ${status} {"error":{"message":"${message}","type":"new_api_error","param":"","code":"do_request_failed"}}`
    expect(topCause(wrapped(429, 'blocked: prompt: BlockedReasonProhibitedContent'))).toBe('content_policy')
    expect(topCause(wrapped(400, 'blocked: prompt: BlockedReasonSafety'))).toBe('content_policy')
    // The enum's wire name has no entry wording of its own; the guess still names the policy, not the rate limit
    expect(lookupErrors(wrapped(429, 'blocked: prompt: PROHIBITED_CONTENT'), errorCatalogue).guess?.cause).toBe(
      'content_policy',
    )
    // The relay's own 500 or no status: the call to the provider failed, whatever the transport words say
    expect(
      topCause(wrapped(500, 'Post \\"https://api.openai.com/v1/chat/completions\\": read: connection reset by peer')),
    ).toBe('upstream_unavailable')
    expect(
      topCause(
        '{"error":{"message":"Post \\"https://api.anthropic.com/v1/messages\\": read: connection reset by peer","type":"one_api_error","code":"do_request_failed"}}',
      ),
    ).toBe('upstream_unavailable')
  })
})

describe('components/error-lookup/match: round 23 (zh)', () => {
  const ark = (message: string) =>
    `HTTP 401: {"error":{"code":"AuthenticationError","message":"${message}","param":"","type":"Unauthorized"}}`

  it("lets the key's format, said in the same message, outrank a vendor's generic authentication verdict", () => {
    expect(topCause(ark('The API key format is incorrect. Request id: 0217'))).toBe('key_format')
    expect(topCause('401 Authentication Fails (auth header format should be Bearer sk-...)')).toBe('key_format')
    // The verdict stays among the answers: its code and status are the vendor's.
    const causes = lookupErrors(ark('The API key format is incorrect.'), errorCatalogue).matches.map(
      ({ entry }) => entry.cause,
    )
    expect(causes.slice(0, 2)).toEqual(['key_format', 'invalid_key'])
  })

  it("keeps the verdict first when the format is another message's or only a part of the verdict's own words", () => {
    expect(topCause(ark('The API key or AK/SK in the request is missing or invalid.'))).toBe('invalid_key')
    expect(topCause(`${ark('The API key is invalid.')}\nearlier: api key format is incorrect`)).toBe('invalid_key')
    // `invalid or missing api key` says the verdict once; its `missing api key` half is not a reason of its own
    expect(topCause('HTTP/1.1 401 Unauthorized\n\nInvalid or missing API key')).toBe('invalid_key')
    // a wrong key, not a wrong header, in DeepSeek's words
    expect(topCause('401 Authentication Fails, Your api key: ****abcd is invalid')).toBe('invalid_key')
  })

  it('reads an endpoint that refuses to start without its key as a missing key', () => {
    namesEntry(
      'missing-api-key',
      [
        'The YandexTranslate endpoint requires an API key which has not been provided.',
        'AutoLLM Translate cannot be selected because theinitialization failed. The AutoLLM endpoint requiresan APl key which has not been provided.',
      ],
      ['Invalid auth header format should be rejected as a client error'],
    )
  })

  it("reads local runtimes' own length checks as the context, not a field that is too long", () => {
    for (const text of [
      'Input length of input_ids is 2400, but max_length is set to 2048. This can lead to unexpected behavior.',
      'Input length (40000 tokens) exceeds the maximum allowed length (32762 tokens). Use a shorter input or enable --allow-auto-truncate.',
    ])
      expect(topCause(text), text).toBe('context_length')
    for (const text of [
      'This is an extremely long group name that exceeds the maximum allowed length',
      'URL exceeds the maximum allowed length',
      'Input length of the title is 300, but the form allows 200',
    ])
      expect(causesOf(text), text).not.toContain('context_length')
  })
})

describe('components/error-lookup/match: a key sent to the vendor instead of the gateway', () => {
  const openai = (key: string) =>
    `Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`

  it("reads a vendor's own key verdict beside a relay's or a plan's key as the base URL, above the verdict", () => {
    for (const text of [
      `我用的是中转站的 key\n${openai('sk-abc1***************xyz9')}`,
      `${openai('sk-abc1***************xyz9')}\nI'm using a third-party relay key`,
      '使用百炼 coding plan 的 key：{"code":"InvalidApiKey","message":"Invalid API-key provided."}',
      'relay key → 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
    ]) {
      const causes = causesOf(text)
      expect(causes[0], text).toBe('base_url')
      expect(causes, text).toContain('invalid_key')
    }
  })

  it("reads OpenAI's verdict on another service's key as the base URL", () => {
    for (const key of [
      'AIzaSyCM***************************EyFo',
      'sk-or-v1-2b4***f81d',
      'fk189040*****dCkD',
      'f7124a7c*******f81d',
    ]) {
      expect(topEntry(openai(key)), key).toBe('key-sent-to-vendor')
    }
  })

  it('keeps a plain wrong key, a placeholder and a far or vague mention an invalid key', () => {
    for (const key of [
      'sk-5ZHQn********pYxy',
      'sk-proj-********************',
      'OPENAI_A**_KEY',
      'openai_key',
      'ADD_YOUR*****HERE',
    ]) {
      expect(topCause(openai(key)), key).toBe('invalid_key')
    }
    expect(topCause(`中转站\n${'log line\n'.repeat(60)}${openai('sk-abc1***xyz9')}`)).toBe('invalid_key')
    // a proxy is the network's, not a relay's key
    expect(topCause(`behind a corporate proxy: ${openai('sk-abc1***xyz9')}`)).toBe('invalid_key')
    // a relay's own verdict on its key
    expect(
      topCause(
        '中转站报错 {"error":{"message":"无效的令牌 (request id: 2024061512000123456789)","type":"one_api_error"}}',
      ),
    ).toBe('invalid_key')
  })
})

describe('components/error-lookup/match: round 23 (en) product families stay off their look-alikes', () => {
  it("reads Anthropic's image cap as a request too large, not a size note or another limit", () => {
    expect(
      ids(
        '{"type":"error","error":{"type":"invalid_request_error","message":"messages.3.content.0.image.source.base64: image exceeds 5 MB maximum: 7894984 bytes > 5242880 bytes"}}',
      )[0],
    ).toBe('request-too-large')
    for (const text of [
      'Resize the screenshot so the image stays under 5 MB',
      'At least one of the image dimensions exceed max allowed size for many-image requests: 2000 pixels',
    ]) {
      expect(ids(text), text).not.toContain('request-too-large')
    }
  })

  it("reads Bedrock's maxLength refusal as the context, and the bare `Malformed input request` as the request", () => {
    expect(
      topCause(
        'An error occurred (ValidationException) when calling the InvokeModel operation: Malformed input request: expected maxLength: 2048, actual: 3310, please reformat your input and try again.',
      ),
    ).toBe('context_length')
    expect(
      topCause(
        'An error occurred (ValidationException) when calling the InvokeModel operation: Malformed input request: #: required key [messages] not found, please reformat your input and try again.',
      ),
    ).toBe('bad_request')
  })

  it("reads Bun's unknown certificate verification error as the TLS handshake, by its words or its code", () => {
    expect(ids('Error: unknown certificate verification error')[0]).toBe('tls-certificate')
    expect(
      ids('{"name":"Error","message":"request failed","code":"UNKNOWN_CERTIFICATE_VERIFICATION_ERROR"}'),
    ).toContain('tls-certificate')
    expect(ids('The certificate verification step is unknown to this tool')).not.toContain('tls-certificate')
  })

  it("reads Google's blocked candidate as the policy only for a policy reason", () => {
    for (const reason of ['SAFETY', 'RECITATION', 'PROHIBITED_CONTENT']) {
      expect(topCause(`[GoogleGenerativeAI Error]: Candidate was blocked due to ${reason}`), reason).toBe(
        'content_policy',
      )
    }
    for (const reason of ['MAX_TOKENS', 'OTHER']) {
      expect(causesOf(`[GoogleGenerativeAI Error]: Candidate was blocked due to ${reason}`), reason).not.toContain(
        'content_policy',
      )
    }
  })

  it("reads LiteLLM's missing provider prefix as the framework's refusal, not any missing provider", () => {
    expect(
      ids(
        'litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=deepseek-chat',
      )[0],
    ).toBe('framework-unknown-model')
    expect(ids('No LLM provider configured yet: open Settings to add one')).not.toContain('framework-unknown-model')
  })

  it("reads LM Studio's unanswered preflight as CORS, not its other unexpected routes", () => {
    expect(ids('[ERROR] Unexpected endpoint or method. (OPTIONS /v1/chat/completions). Returning 200 anyway')[0]).toBe(
      'cors-blocked',
    )
    expect(ids('[ERROR] Unexpected endpoint or method. (GET /v1/chat). Returning 200 anyway')).not.toContain(
      'cors-blocked',
    )
  })

  it("reads Bedrock's unsupported country as the region, not a supported-countries link alone", () => {
    expect(
      topCause(
        'ValidationException: Access to Meta Llama models is not allowed from unsupported countries, regions, or territories.',
      ),
    ).toBe('region_blocked')
    expect(causesOf('See https://www.anthropic.com/supported-countries for the supported countries')).not.toContain(
      'region_blocked',
    )
  })

  it("reads urllib3's InvalidChunkLength as a cut stream, not a chunk-size setting", () => {
    expect(topCause("urllib3.exceptions.InvalidChunkLength: InvalidChunkLength(got length b'', 0 bytes read)")).toBe(
      'stream_interrupted',
    )
    expect(causesOf('Set chunk_length to 512 tokens for the splitter')).not.toContain('stream_interrupted')
  })

  it('reads a reply that stops halfway or interrupts itself, but not a person interrupting it', () => {
    for (const text of [
      'The response stops halfway through the code block',
      'Reponse stops midway',
      'It keeps interrupting the answer before the end',
      'The app interrupts the reply randomly',
    ]) {
      expect(topCause(text), text).toBe('stream_interrupted')
    }
    for (const text of [
      "I can't interrupt the response to start a new request",
      'A reply can be stopped with Esc; pressing it interrupts the response',
      'The download stops halfway',
    ]) {
      expect(causesOf(text), text).not.toContain('stream_interrupted')
    }
  })
})

describe('components/error-lookup/match: round 23 (gateway pages dmx-a)', () => {
  // QuantumNous/new-api relay/helper/valid_request.go: the request checks, coded `invalid_request`; types/error.go:
  // `NewError` gives them a 500 unless the caller sets a status
  const newApi = (message: string) =>
    `{"error":{"message":"${message} (request id: 20250612101500123456789abcdefgh)","type":"new_api_error","param":"","code":"invalid_request"}}`

  it("reads new-api's default 500 beside its `invalid_request` code as saying nothing: the request check names the cause", () => {
    expect(topCause(`openai.InternalServerError: Error code: 500 - ${newApi('field messages is required')}`)).toBe(
      'bad_request',
    )
    expect(topCause(`500 ${newApi('contents is required')}`)).toBe('bad_request')
    expect(topCause(`500 ${newApi('model is required')}`)).toBe('bad_request')
    // the same code under another status keeps that status's say (a relay's own 400 refusal names a permission)
    expect(
      extractError('400 {"error":{"code":"invalid_request","type":"new_api_error","message":"x"}}').wrapperStatus,
    ).toBe(false)
    expect(extractError(`500 ${newApi('field messages is required')}`).wrapperStatus).toBe(true)
    // new-api's own 500 under another code is still the gateway's fault
    expect(
      topCause(
        '500 {"error":{"message":"数据库一致性已被破坏，请联系管理员","type":"new_api_error","code":"query_data_error"}}',
      ),
    ).toBe('gateway_error')
  })

  it("reads a status line's reason phrase as the status's label, so the body's own words decide", () => {
    // Continue's `HTTP <status> <reason> from <url>`, httpx's `"HTTP/1.1 <status> <reason>"`
    expect(
      topCause(
        `Continue Autocomplete Error: HTTP 500 Internal Server Error from https://api.example.com/v1/chat/completions ${newApi('field messages is required')}`,
      ),
    ).toBe('bad_request')
    expect(topCause(`HTTP/1.1 500 Internal Server Error ${newApi('input is required')}`)).toBe('bad_request')
    // with nothing else, the line still names its status's entry
    expect(topCause('HTTP/1.1 500 Internal Server Error')).toBe('gateway_error')
    // any other status phrase is not a status line: the phrase after it still counts
    expect(topCause('The last try ended with status: 503 Service Unavailable')).toBe('upstream_unavailable')
    // a reason phrase that is the whole message is still a page's words
    expect(topCause('503 Service Unavailable')).toBe('upstream_unavailable')
  })

  it("keeps new-api's wider request checks off a sentence's words", () => {
    for (const text of ['No input is required from you, the task runs on its own.', 'No contents is required here.'])
      expect(causesOf(text), text).not.toContain('bad_request')
  })
})

describe('components/error-lookup/match: round 23 (gateway pages dmx-b)', () => {
  it("reads urllib3's verdict on a body cut off mid-read as an interrupted stream, not a reset before the answer", () => {
    const cutOff = [
      "urllib3.exceptions.ProtocolError: ('Connection broken: IncompleteRead(1024 bytes read, 512 more expected)', IncompleteRead(1024 bytes read, 512 more expected))",
      '  File "urllib3/response.py", line 1012, in _update_chunk_length\n    raise InvalidChunkLength(self, line) from None\nurllib3.exceptions.InvalidChunkLength: InvalidChunkLength(got length b\'\', 0 bytes read)',
    ]
    expect(cutOff.map(topEntry)).toEqual(['stream-interrupted', 'stream-interrupted'])
    // a reset or a close before any answer is the network's, as before
    const beforeAnswer = [
      "urllib3.exceptions.ProtocolError: (\"Connection broken: ConnectionResetError(104, 'Connection reset by peer')\", ConnectionResetError(104, 'Connection reset by peer'))",
      "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
    ]
    expect(beforeAnswer.map(topCause)).toEqual(['network', 'network'])
  })

  it("reads Cerebras's server_error as the provider failing, not a web app's own apology", () => {
    expect(
      topEntry(
        'data: {"status_code":500,"error":{"message":"Encountered a server error, please try again.","type":"server_error","param":"","code":"","id":""}}',
      ),
    ).toBe('upstream-failed')
    namesEntry('upstream-failed', [], ['We have encountered a server error, please try again later.'])
  })

  it("reads Dify's failed key check against a page that is not JSON as the base URL", () => {
    namesEntry(
      'html-instead-of-json',
      ['[openai_api_compatible] Error: Credentials validation failed: JSON decode error'],
      [
        'Credentials validation failed with status code 401',
        'JSON decode error in request body: unexpected end of input',
      ],
    )
    expect(topCause('Credentials validation failed with status code 401')).toBe('invalid_key')
  })

  it(".NET's HttpClient timeout is the client giving up; a bare task cancellation names no cause", () => {
    expect(
      topEntry(
        'System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 30 seconds elapsing.',
      ),
    ).toBe('client-timeout')
    expect(
      topEntry(
        '[ERROR] Translation Failed: The request was canceled due to timeout (> 8 seconds), please use a faster API.',
      ),
    ).toBe('client-timeout')
    expectNoEntry([
      'System.Threading.Tasks.TaskCanceledException: A task was canceled.',
      'The request was canceled by the user',
    ])
  })

  it("reads Google's deadline text by its status: the provider under a 503, a timeout under a 504", () => {
    const deadline = (code: number, status: string) =>
      `{"error":{"code":${code},"message":"Deadline expired before operation could complete.","status":"${status}"}}`
    expect(topEntry(deadline(503, 'UNAVAILABLE'))).toBe('upstream-failed')
    expect(topCause(deadline(504, 'DEADLINE_EXCEEDED'))).toBe('timeout')
  })

  it("reads an agent's warning that its stream ended without the final event as a cut stream, not a video stream's", () => {
    expect(topEntry('[!!! 流异常中断，未收到完整响应 !!!]')).toBe('stream-interrupted')
    namesEntry(
      'stream-interrupted',
      ['回答到一半，提示未收到完整的响应'],
      ['直播流异常中断，请检查推流设置', '视频流异常中断'],
    )
  })
})

describe('components/error-lookup/match: round 24 (en) product families stay off their look-alikes', () => {
  it("reads Zhipu's 1211 as the model, its other 121x codes as the request, and not a chart of accounts", () => {
    expect(
      topCause(
        "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'code': '1211', 'message': 'Unknown Model'}}",
      ),
    ).toBe('model_not_found')
    expect(topCause('{"error":{"code":"1214","message":"messages 参数非法。请检查文档。"}}')).toBe('bad_request')
    expect(ids("{'code': '1211', 'name': 'Land & Buildings', 'account_type': 'Asset', 'parent': '1210'}")).toEqual([])
  })

  it("reads Cloudflare's 1101 page as the relay's fault, not any worker that threw", () => {
    expect(topCause('<span class="cf-error-code">1101</span> <h2>Worker threw exception</h2>')).toBe('gateway_error')
    expect(ids('worker threw exception: ValueError in the thread pool')).toEqual([])
  })

  it('reads a disabled Google API and a gRPC PERMISSION_DENIED as permission, not an app that was not used', () => {
    expect(
      topCause(
        'status = StatusCode.PERMISSION_DENIED\n\tdetails = "Cloud Text-to-Speech API has not been used in project 5 before or it is disabled."',
      ),
    ).toBe('permission')
    expect(ids('This app has not been used in this project before; it is disabled by default')).not.toContain(
      'provider-permission-denied',
    )
  })

  it('reads an array schema without items as the tool schema, and botocore validation as the request', () => {
    expect(ids("In context=('properties', 'texts'), array schema missing items.")[0]).toBe('tool-schema-invalid')
    expect(
      ids(
        'Parameter validation failed:\\nInvalid length for parameter toolConfig.tools[0].toolSpec.description, value: 0, valid min length: 1',
      )[0],
    ).toBe('invalid-parameters')
    expect(ids('The array schema has items of type string')).not.toContain('tool-schema-invalid')
    expect(ids('Form validation failed: please fill in every field')).not.toContain('invalid-parameters')
  })

  it("reads DeepSeek's thinking-mode round trip as the request, not a sentence about thinking", () => {
    expect(topCause('The `reasoning_content` in the thinking mode must be passed back to the API.')).toBe('bad_request')
    expect(ids('In thinking mode the model shows its reasoning before answering')).toEqual([])
  })

  it('reads a missing key in LangChain.js and MiniMax words as the key format, and a key status field as the key', () => {
    expect(topCause('Error: OpenAI or Azure OpenAI API key not found')).toBe('key_format')
    expect(
      topCause("login fail: Please carry the API secret key in the 'Authorization' field of the request header (1004)"),
    ).toBe('key_format')
    expect(topCause('{"error":"API key status invalid","type":"api-key","status":"invalid"}')).toBe('invalid_key')
    expect(ids('OpenAI API key found in the environment, using it')).toEqual([])
  })

  it("reads one-api's exhausted key quota in English, not a prompt's token amount", () => {
    expect(topCause('[sk-abc***xyz] Token amount has been exhausted token.RemainQuota = 0')).toBe(
      'insufficient_balance',
    )
    expect(ids('the token amount of this prompt is 1200')).not.toContain('key-quota-exhausted')
  })
})

describe('components/error-lookup/match: round 24 (en) endpoints, projects and parameter codes', () => {
  it('reads a chat model on the completions endpoint as the endpoint mismatch, not the base URL', () => {
    expect(
      ids(
        '404 Not Found, {"error":{"message":"This is a chat model and not supported in the v1/completions endpoint. Did you mean to use v1/chat/completions?","type":"invalid_request_error","param":"model"}}',
      )[0],
    ).toBe('model-endpoint-mismatch')
    expect(ids('Streaming is not supported in the v1/completions docs page yet')).not.toContain(
      'model-endpoint-mismatch',
    )
  })

  it("reads Google's project refusal and Bedrock's Marketplace refusal as permission, not a file's", () => {
    expect(
      topCause('Permission denied on resource project xy.\n[Debug Info]\nEffective Model: gemini-3-flash\nStatus: 403'),
    ).toBe('permission')
    expect(
      topCause(
        'AccessDeniedException: Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions',
      ),
    ).toBe('permission')
    expect(ids('open /home/me/project/resource.txt: no such file')).not.toContain('provider-permission-denied')
  })

  it('reads a param_error code as the parameters, not a paragraph that mentions an error', () => {
    expect(
      topCause(
        'Bad Request {"error":{"message":"Invalid param (request id: 2025111122)","type":"new_api_error","code":"param_error"}}',
      ),
    ).toBe('bad_request')
    expect(ids('the param error bars in the chart are too wide')).not.toContain('invalid-parameters')
  })
})

describe('components/error-lookup/match: round 24 (en) a vendor named in an invalid-key notice', () => {
  it('reads `Invalid <vendor> API key` as the key, its format as the format, and other invalid things as neither', () => {
    expect(topCause('Invalid OpenAI API key')).toBe('invalid_key')
    expect(ids('Invalid OpenAI API key format: keys start with sk-')).not.toContain('invalid-api-key')
    expect(ids('Invalid Gemini model name in the settings')).not.toContain('invalid-api-key')
  })
})

describe('components/error-lookup/match: round 25 (en)', () => {
  it('reads `<vendor> API key not provided` as no key, not a sentence about going without one', () => {
    expect(topEntry('AuthenticationError: Mistral API key not provided.')).toBe('missing-api-key')
    expect(topEntry('Error: api_key not provided')).toBe('missing-api-key')
    expect(ids('If the API key not provided, the free tier is used')).not.toContain('missing-api-key')
    expect(ids('If no API key not provided, requests go out anonymously')).not.toContain('missing-api-key')
  })

  it("reads LiteLLM's Timeout as the request's time limit, a bare connection timeout as the network, and not a setting", () => {
    expect(topEntry("litellm.Timeout(message='timeout', model='gpt-4o', llm_provider='openai')")).toBe('client-timeout')
    expect(topEntry('litellm.Timeout: Connection timed out')).toBe('client-timeout')
    expect(topEntry('ssh: connect to host 10.0.0.2 port 22: Connection timed out')).toBe('connect-timeout')
    expect(ids('litellm.timeout = 30')).not.toContain('client-timeout')
  })
})

describe('components/error-lookup/match: round 24 (zh)', () => {
  it("reads Windows' refused connection (1225) and Python's ConnectionRefusedError as a refused connection", () => {
    namesEntry(
      'connection-refused',
      [
        'ConnectionRefusedError: [WinError 1225] 远程计算机拒绝网络连接。',
        "aiohttp.client_exceptions.ClientConnectorError: ConnectionRefusedError(22, 'The remote computer refused the network connection.', None, 1225, None)",
      ],
      ['The remote computer refused to install the update', 'ConnectionRefusedErrorHandler registered'],
    )
  })

  it("tells the JDK's connect timeout (no connection) from its read timeout (a slow answer)", () => {
    expect(topEntry('java.net.SocketTimeoutException: connect timed out')).toBe('connect-timeout')
    expect(topCause('java.net.SocketTimeoutException: Read timed out')).toBe('timeout')
    namesEntry('connect-timeout', [], ['the reconnect timed out after the game ended'])
  })

  it("reads Go's `<Method> \"<url>\": EOF` as a dropped connection, but a relay's wrapped one by the relay's code", () => {
    expect(topEntry('Post "https://api.openai.com/v1/chat/completions": EOF')).toBe('connection-reset')
    expect(topEntry('Get "https://example.com/v1/models": unexpected EOF')).toBe('connection-reset')
    expect(
      topEntry(
        '{"error":{"message":"Post \\"https://api.openai.com/v1/chat/completions\\": EOF (request id: 20240611174522839123456)","type":"one_api_error","param":"","code":"do_request_failed"}}',
      ),
    ).toBe('upstream-failed')
    namesEntry('connection-reset', [], ['the POST "body" ended at EOF', 'read config: EOF'])
  })

  it("reads Python's SSLEOFError as the TLS connection, not as any EOF", () => {
    namesEntry(
      'tls-certificate',
      ['ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:1131)'],
      ['unexpected EOF while parsing', 'EOF occurred while reading the file'],
    )
  })

  it("reads new-api's `not implemented` under its default 500 as a request the channel cannot take", () => {
    expect(
      topCause(
        '错误名称: AI_APICallError\n错误信息: not implemented (request id: 20250411233132845963217AbCdEfGh)\n状态码: 500',
      ),
    ).toBe('bad_request')
    expect(topCause('HTTP/1.1 501 Not Implemented')).not.toBe('bad_request')
    expect(topCause('Error: 500 this feature is not implemented yet')).toBe('gateway_error')
  })

  it("reads the status the SDKs' README handler prints after its words, even glued to them", () => {
    expect(extractError('Another non-200-range status code was received401').status).toBe(401)
    expect(extractError('Another non-200-range status code was received\n429').status).toBe(429)
    expect(topCause('一直报Another non-200-range status code was received401')).toBe('invalid_key')
    expect(extractError('status code was received at 12:00').status).toBeUndefined()
  })

  it("reads a web-account pool with no free client as no channel, not a UI's empty list", () => {
    namesEntry(
      'no-available-channel',
      [
        '请问为什么一直返回"error": "No available clients"',
        'no available clients for any model in handler type: openai',
      ],
      ['No available clients found', 'No available clients to add.'],
    )
  })

  it("reads CodeBuddy's 6004 as a rate limit", () => {
    expect(
      topEntry('429 您的使用量已超出频率限制，将在 2026-09-02 06:20:02 UTC+8 重置，您也可以切换其他模型继续使用。'),
    ).toBe('rate-limit-exceeded')
  })

  it('reads a key "missing or invalid" as the invalid key, as "invalid or missing" already is', () => {
    expect(topEntry('Error: Gemini API key is missing or invalid\n错误：Gemini API 密钥缺失或无效')).toBe(
      'invalid-api-key',
    )
    expect(topEntry('Error: API key is missing')).toBe('missing-api-key')
    expect(topEntry('请先填写 API 密钥，密钥缺失')).not.toBe('invalid-api-key')
  })

  it('reads a model refusing an input kind it does not take as the request, not a filter', () => {
    namesEntry(
      'invalid-parameters',
      [
        '使用api调用支持图像分析的闭源模型，结果反馈提示“当前模型不支持图片”',
        'Error: this model does not support video input',
      ],
      ['该模型不支持图片中的违规内容', 'the model does not support imagery of this kind'],
    )
  })

  it("reads Cloudflare's 525 in any framing as the origin's TLS, and a client's own handshake failure as the network", () => {
    expect(topCause('上游偶尔返回 HTTP 525（Cloudflare SSL Handshake Failed）')).toBe('upstream_unavailable')
    expect(topCause('SSL handshake failed\nError code 525')).toBe('upstream_unavailable')
    expect(topCause('curl: (35) OpenSSL SSL_connect: SSL handshake failed')).toBe('network')
  })

  it("reads Bing's daily cap as a rate limit, not a balance", () => {
    namesEntry(
      'rate-limit-exceeded',
      [
        '聊得很愉快，但你已达到每日限制。请明天再试。',
        "It's been great chatting with you, but you've hit your daily limit.",
      ],
      ['你已达到每日步数目标', 'you hit your daily goal'],
    )
  })
})

describe('components/error-lookup/match: round 25 (zh)', () => {
  it("reads OpenSSL's WRONG_VERSION_NUMBER reason code as the TLS connection, in Python's and Node's spelling", () => {
    namesEntry(
      'tls-certificate',
      [
        'ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] (_ssl.c:1006)',
        "TypeError: fetch failed { cause: { code: 'ERR_SSL_WRONG_VERSION_NUMBER' } }",
      ],
      ['WRONG_VERSION_NUMBERING is deprecated'],
    )
  })

  it("reads 524's status text `Origin Time-out` as the gateway's timeout, not the caller's connection", () => {
    namesEntry(
      'gateway-timeout',
      ['HTTP 524 Origin Time-out', 'ESA 直接切断连接并报 `Origin Time-out`', 'provider error: Origin Timeout'],
      ['the original timeout was 30 seconds'],
    )
  })

  it('reads 连接超时 as a connect timeout, but not the setting 连接超时时间', () => {
    expect(topEntry('requests 报错：连接超时')).toBe('connect-timeout')
    namesEntry('connect-timeout', [], ['连接超时时间默认 30 秒，可以在设置里调大'])
  })

  it("reads OpenAI's region code in prose, whole or cut after `region`", () => {
    namesEntry(
      'unsupported-region',
      ['遇到 unsupported_country_region_territory 错误', '报错 “unsupported_country_region”（不支持的国家或地区）'],
      ['unsupported_country_regions_list.json'],
    )
  })

  it("reads a media task's failure code with its moderation reason in the same message as the content policy", () => {
    expect(topEntry('{"error":{"code":"generation_failed","message":"视频生成失败: 内容不符合规范"}}')).toBe(
      'content-policy',
    )
    expect(
      topEntry('{"error":{"code":"generation_failed","message":"video generation failed: content policy violation"}}'),
    ).toBe('content-policy')
    // another reason, or the policy on another line than the verdict, leaves the failed task first
    expect(topEntry('{"error":{"code":"generation_failed","message":"视频生成失败: 上游超时"}}')).toBe(
      'media-task-failed',
    )
    expect(topEntry('{"error":{"code":"generation_failed","message":"视频生成失败"}}\n提示词请遵守内容审核规则')).toBe(
      'media-task-failed',
    )
    namesEntry('content-policy', ['图片生成失败：内容不符合规范'], ['请求格式不符合规范', '内容格式不符合规范要求'])
  })

  it('reads `failed to generate image` as a whole JSON string as the failed task, not a log line that gives its reason', () => {
    namesEntry(
      'media-task-failed',
      ['{"role_images": [{"index": 0, "images": ["failed to generate image"]}]}'],
      [
        '"failed to generate image thumbnails" in the gallery',
        'failed to generate image, code: InvalidParameter, message: the size is invalid',
      ],
    )
  })

  it("reads the Spark SDK's wait for an answer as the client's timeout, also logged without its class name", () => {
    namesEntry(
      'client-timeout',
      ['SparkLLMClient - ERROR - [llm.py:658] - SparkLLMClient wait LLM api response timeout 30 seconds'],
      ['wait llm api response timeouts are configurable'],
    )
  })

  it("reads undici's `TypeError: fetch failed` that a terminal wrapped across lines as the failed fetch", () => {
    namesEntry(
      'failed-to-fetch',
      ['Error when talking to Gemini API Error: exception TypeError: fetch \n     failed sending request'],
      ['git fetch\nfailed tests: 3'],
    )
  })

  it('reads a stream or a reply that did not arrive whole as a cut stream, not a file or a parcel', () => {
    namesEntry(
      'stream-interrupted',
      ['上游日志完整，但客户端没收到完整流', '没有收到完整的回复就结束了'],
      ['没收到完整的文件', '没有收到完整的快递'],
    )
  })
})

describe('components/error-lookup/match: round 27 (zh-vendors)', () => {
  it("reads TencentCloud's InvalidParameter sub-codes as the request, leaving the model and length sub-codes their own", () => {
    namesEntry(
      'invalid-parameters',
      [
        '[TencentCloudSDKException] code:InvalidParameterValue.InvalidImageFormat message:不支持的图片格式 requestId:1',
        '{"code":"InvalidParameter.DataInspection","message":"The media format is not supported."}',
      ],
      [
        '[TencentCloudSDKException] code:InvalidParameterValue.Model message:模型不存在。 requestId:1',
        '[TencentCloudSDKException] code:InvalidParameterValue.InvalidModel message:不支持的模型。 requestId:1',
        '[TencentCloudSDKException] code:InvalidParameterValue.TextLengthExceed message:输入文本过长，请更换短一点的文本后重试。 requestId:1',
      ],
    )
    expect(topEntry('[TencentCloudSDKException] code:InvalidParameterValue.Model message:模型不存在。')).toBe(
      'model-not-found',
    )
  })

  it("reads Volcengine Ark's moderation codes with a sub-reason as the content policy, not other codes ending in Detected", () => {
    namesEntry(
      'content-policy',
      [
        '{"error":{"code":"InputVideoSensitiveContentDetected.PrivacyInformation","message":"The request failed because the input video may contain real person."}}',
        'InputImageSensitiveContentDetected.PolicyViolation',
      ],
      ['{"error":{"code":"LoopDetected","message":"loop detected"}}', 'sensitive content detection is enabled'],
    )
  })

  it('reads Huawei Cloud MaaS codes by the code, not by the words other vendors share', () => {
    namesEntry('invalid-api-key', ['{"error_code":"ModelArts.81003","error_msg":"Invalid authorization header."}'], [])
    expect(topEntry('Invalid authorization header.')).toBe('key-malformed')
    namesEntry(
      'provider-permission-denied',
      ['{"error_code":"ModelArts.81004","error_msg":"Invalid request because you do not have access to it."}'],
      ['{"error_code":"ModelArts.81009","error_msg":"Invalid model."}'],
    )
  })

  it('reads a Qianfan request that named no model as the request, not a model that is empty-handed', () => {
    namesEntry('invalid-parameters', ['400 model is empty'], ['the model is emptying its cache'])
  })
})

describe('components/error-lookup/match: round 27 (local-sdk)', () => {
  it("reads Ollama's plain `model '…' not found` as the model name, not a file or a model's other words", () => {
    namesEntry(
      'model-not-found',
      ['{"error":"model \'llama3.2\' not found"}', 'ResponseError: model "qwen2.5:7b" not found (status code: 404)'],
      ["model 'vae.safetensors' not foundation of the pipeline", 'the model named in config was not found'],
    )
  })

  it("reads Ollama's capability refusals as the request, only for the capabilities it names", () => {
    namesEntry(
      'invalid-parameters',
      [
        '{"error":"registry.ollama.ai/library/gemma:2b does not support tools"}',
        '{"error":"\\"llava:7b\\" does not support thinking"}',
        '{"error":"this model only supports one image while more than one image requested"}',
      ],
      ['this browser does not support toolsets', 'the plugin does not support tooltip rendering'],
    )
  })

  it("reads TGI's parameter validation as the request and leaves its length limits to the context entry", () => {
    namesEntry(
      'invalid-parameters',
      [
        '{"error":"Input validation error: `temperature` must be strictly positive","error_type":"validation"}',
        '{"error":"Input validation error: `inputs` cannot be empty","error_type":"validation"}',
      ],
      [],
    )
    expect(
      topEntry(
        '{"error":"Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 4000 `inputs` tokens and 200 `max_new_tokens`","error_type":"validation"}',
      ),
    ).toBe('context-length-exceeded')
    expect(
      topEntry(
        '{"error":"Input validation error: `inputs` must have less than 1024 tokens. Given: 2000","error_type":"validation"}',
      ),
    ).toBe('context-length-exceeded')
  })

  it("reads llama.cpp server's unavailable and not-supported types by their names, not a bare word", () => {
    expect(topEntry('{"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}')).toBe(
      'provider-overloaded',
    )
    expect(
      topEntry(
        '{"error":{"code":501,"message":"This server does not support embeddings. Start it with `--embeddings`","type":"not_supported_error"}}',
      ),
    ).toBe('invalid-parameters')
    namesEntry('provider-overloaded', [], ['the loading model step shows a spinner'])
  })

  it('reads a self-hosted engine that died as the upstream, not the gateway', () => {
    namesEntry(
      'upstream-failed',
      [
        '{"error":{"message":"EngineCore encountered an issue. See stack trace (above) for the root cause.","type":"InternalServerError","param":null,"code":500}}',
        '{"error":"llama runner process has terminated: exit status 2"}',
        '{"error":"Request failed during generation: Server error: CUDA out of memory","error_type":"generation"}',
      ],
      ['the llama runner process started', 'the request failed during generation of the thumbnail'],
    )
  })

  it("reads Ollama's full queue as the upstream's load, not the key's rate limit", () => {
    namesEntry(
      'provider-overloaded',
      ['{"error":"server busy, please try again.  maximum pending requests exceeded"}'],
      ['the print server busy light'],
    )
  })

  it("reads the Vercel AI SDK's own request errors by class, and its unsupported functionality by its wording", () => {
    namesEntry(
      'invalid-parameters',
      [
        'AI_InvalidPromptError: Invalid prompt: messages must not be empty',
        "AI_UnsupportedFunctionalityError: 'image content parts' functionality not supported.",
        "Error: 'file content parts' functionality not supported.",
      ],
      ['this functionality not supported yet, see roadmap'],
    )
    expect(topEntry('AI_NoSuchProviderError: No such provider: deepseek (available providers: openai,anthropic)')).toBe(
      'model-not-found',
    )
    expect(topEntry('AI_EmptyResponseBodyError: Empty response body')).toBe('upstream-failed')
  })

  it("reads Google's leaked-key block as the key, as google-genai prints it", () => {
    namesEntry(
      'gemini-api-key-invalid',
      [
        "google.genai.errors.ClientError: 403 PERMISSION_DENIED. {'error': {'code': 403, 'message': 'Your API key was reported as leaked. Please use another API key.', 'status': 'PERMISSION_DENIED'}}",
      ],
      ['the API key was reported in the logs'],
    )
  })
})

describe('components/error-lookup/match: round 27 (en-vendors)', () => {
  it("reads Amazon Bedrock's runtime errors by their exception and sentence, not other AWS services' look-alikes", () => {
    namesEntry(
      'rate-limit-exceeded',
      ['botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the Converse operation'],
      ['class ThrottlingExceptionHandler: pass'],
    )
    namesEntry(
      'provider-permission-denied',
      ['ResourceNotFoundException: Model use case details have not been submitted for this account.'],
      ['Use case details have been submitted for review', 'model use case: summarise tickets'],
    )
    // round 34 (lead): the model ID to change first (an inference profile's), the request's parameters second
    const onDemand =
      'ValidationException: Invocation of model ID anthropic.claude-sonnet-4-20250514-v1:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.'
    namesEntry('invalid-model-id', [onDemand], ['on-demand throughput is supported for this model'])
    expect(ids(onDemand)).toContain('invalid-parameters')
    namesEntry(
      'model-not-found',
      [
        'ResourceNotFoundException: This model version has reached the end of its life. Please refer to the AWS documentation for more details.',
      ],
      ['the provided model identifier is valid'],
    )
  })

  it("reads Workers AI's AiError sentences, not the same words about something else", () => {
    namesEntry(
      'model-not-found',
      ['InferenceUpstreamError: AiError: The model name is invalid'],
      ['the model name is invalid in your YAML'],
    )
    namesEntry(
      'provider-permission-denied',
      ['AiError: User has not agreed to Llama3.2 model terms'],
      ['the user has not agreed to the terms of service'],
    )
  })

  it('reads a retired model by its name in backticks, not a storage service that was retired', () => {
    namesEntry(
      'model-not-found',
      ['The model `mixtral-8x7b-32768` has been decommissioned and is no longer supported.'],
      ['Note: nft.storage has been decommissioned and is no longer supported.'],
    )
  })

  it("reads Cohere's and Azure's per-minute limits by their words, not a key's or a plan's description", () => {
    namesEntry(
      'rate-limit-exceeded',
      [
        'You are using a Trial key, which is limited to 20 API calls / minute.',
        'Requests to the Embeddings_Create Operation under Azure OpenAI API version 2023-05-15 have exceeded call rate limit of your current OpenAI S0 pricing tier.',
      ],
      ['Each trial key is limited to one project', 'each call rate limiter is configured per route'],
    )
  })

  it("reads OpenAI's spend-limit codes as the balance, whatever 429 carries them", () => {
    namesEntry(
      'openai-insufficient-quota',
      ['429 organization_spend_limit_exceeded', 'Error code: 429 - credit_balance_exhausted'],
      ['organization_spend_limit_exceeded_alert is a webhook name'],
    )
  })
})

describe('components/error-lookup/match: round 27 (en-vendors) spend limits and Google Cloud', () => {
  it("reads a platform's spent credit or spending limit as the balance, not advice about limits", () => {
    namesEntry(
      'payment-required',
      [
        'ReplicateError Details: title: Insufficient credit status: 402 detail: You have insufficient credit to run this model.',
      ],
      ['Make sure you never have insufficient credit when a model must run overnight'],
    )
    namesEntry(
      'budget-exceeded',
      [
        'You have reached your specified workspace API usage limits. You will regain access on 2026-11-01 at 00:00 UTC.',
      ],
      ['Set your specified API usage limits in the console'],
    )
  })

  it("reads Google Cloud's IAM and Vertex AI model refusals by their full sentence, not advice naming the permission", () => {
    namesEntry(
      'provider-permission-denied',
      [
        "Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p/locations/us-central1/publishers/google/models/gemini-pro' (or it may not exist).",
      ],
      ["Grant the permission 'aiplatform.endpoints.predict' on the resource to the service account"],
    )
    namesEntry(
      'gemini-model-not-found',
      [
        '404 Publisher model `projects/p/locations/asia-south1/publishers/google/models/gemini-3-flash` was not found or your project does not have access to it.',
      ],
      ['The file was not found or your disk does not have it'],
    )
  })

  it("reads Azure's OperationNotSupported as a model called on an endpoint it does not serve, not a general sentence", () => {
    namesEntry(
      'model-endpoint-mismatch',
      ['OperationNotSupported: The completion operation does not work with the specified model, gpt-35-turbo.'],
      ['This operation does not work with the specified file type'],
    )
  })
})

describe("components/error-lookup/match: round 27 (apps' own words)", () => {
  it('reads requests `too frequent` as the rate limit, not advice about polling too frequently', () => {
    namesEntry(
      'rate-limit-exceeded',
      ['Sorry, your request is too frequent and the server is a bit tired.', 'Requests are too frequent'],
      ['Do not call this endpoint too frequently', 'The requests too frequently repeat the prompt'],
    )
  })

  it('reads an app-side empty key as the missing key, not an environment note', () => {
    namesEntry(
      'missing-api-key',
      [
        'OpenAI API Key is empty, please add a custom OpenAI API Key',
        'Groq API key is not set. Go to Settings',
        '请先设置 API Key',
      ],
      ['Tavily API key is not set in environment variables. Cannot perform web search.'],
    )
  })

  it('reads an access code refused as the key refused, and asking whether the key is right', () => {
    namesEntry(
      'invalid-api-key',
      [
        'wrong access code',
        '请检查您的 API Key 是否正确',
        'Please check if your API key is correct.',
        'Using a private setup? Click here to enter your key 🔑',
      ],
      ['请检查 API Key 是否填写', 'Enter the access code sent to your email', 'Check that your API key is set in .env'],
    )
  })

  it('reads a named safety block as the content policy, not a block that names no reason', () => {
    namesEntry(
      'content-policy',
      ['Content blocked: SAFETY. Please adjust your request', '（思考完成，但由于安全设置输出被阻止。）'],
      ['Cookies were blocked for privacy reasons', 'Pop-up blocked by the browser settings'],
    )
  })

  it('reads a plan that does not reach the model as the permission, not a plan that includes it', () => {
    namesEntry(
      'provider-permission-denied',
      ['Access denied. Your ChatGPT subscription may not include Codex access.'],
      ['Your subscription includes Codex access.', 'The Pro plan includes every model.'],
    )
  })

  it("reads apps' own words for overload, context, model, region, stream and network", () => {
    namesEntry('provider-overloaded', ['possibly due to overload or maintenance'], ['overload protection is on'])
    namesEntry(
      'context-length-exceeded',
      ['The current request content exceeds the length that the model can handle.'],
      ['The length the model can handle is 128k tokens.'],
    )
    namesEntry('model-not-found', ['the requested model could not be found'], ['the requested page could not be found'])
    namesEntry('unsupported-region', ['your current location does not support this model service'], ['your location'])
    namesEntry(
      'stream-interrupted',
      ['Error parsing the message chunk of the streaming request.'],
      ['Parsing the message chunk of the stream now'],
    )
    namesEntry('failed-to-fetch', ['无网络连接。请检查网络连接并重试。'], ['离线模式：无需网络'])
  })
})

describe("components/error-lookup/match: round 27 (apps' own words, agents and desktop apps)", () => {
  it('reads a key the app requires as the missing key, not a key refused or a header a relay names', () => {
    namesEntry(
      'missing-api-key',
      ['API Key is required to check connection', 'Coze API Key 不能为空。', 'OPENAI_API_KEY is required'],
      ['API Key 为空或不正确', 'No API key is required for local models'],
    )
  })

  it('reads `couldn’t authenticate with provider` as the key refused, not a login page', () => {
    namesEntry(
      'invalid-api-key',
      ["Couldn't authenticate with provider.", '无法向提供商进行身份验证。'],
      ['Sign in to authenticate with GitHub'],
    )
  })

  it("reads SillyTavern's `Credit limit reached` as the balance, not a credit card form", () => {
    namesEntry('payment-required', ['API returned an error\nCredit limit reached'], ['Credit card limit: 3 cards'])
  })
})

describe("components/error-lookup/match: round 27 (apps' own words, editors and translators)", () => {
  it("reads a key's shape checked before any call as the malformed key, not a naming hint", () => {
    namesEntry(
      'key-malformed',
      ['API key must start with "sk-ant-"', 'API key is too short'],
      ['Names must start with a letter', 'The API key is stored in the keychain'],
    )
  })

  it("reads Jan's `Out of context error` as the context window, not a quotation out of context", () => {
    namesEntry(
      'context-length-exceeded',
      ['Out of context error', 'Not enough context available to include the system message'],
      ['That quote was taken out of context', 'not enough context in the question to answer'],
    )
  })

  it("reads Open WebUI's server failing to reach the provider as the network, not a user who could not connect a wallet", () => {
    namesEntry(
      'failed-to-fetch',
      ['WebUI could not connect to Ollama', "Couldn't connect to the provider"],
      ['I could not connect to my wallet', 'could not connect to the database'],
    )
  })

  it('reads `Invalid API URL` as the wrong base URL path, not an image URL', () => {
    namesEntry('wrong-path-404', ['Invalid API URL', 'API 地址无效'], ['Invalid image URL', '图片地址无效'])
  })
})

describe("components/error-lookup/match: round 27 (apps' own words, Claude Code's error reference)", () => {
  it('reads `Request too large` alone as the oversized request, not the TPM limit that starts with it', () => {
    namesEntry(
      'request-too-large',
      ['Request too large', 'API Error: Request too large'],
      ['Request too large for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000'],
    )
  })

  it('reads the session and weekly windows and the server throttle as waits, not a session that timed out', () => {
    namesEntry(
      'upstream-rate-limited',
      ["You've hit your session limit · resets 3pm", "You've hit your weekly limit"],
      ['Your session has expired, please sign in again'],
    )
    namesEntry('upstream-rate-limited', ['Server is temporarily limiting requests (not your usage limit)'], [])
  })

  it('reads `Not logged in · Please run /login` as no credential, not a page asking to log in', () => {
    namesEntry('missing-api-key', ['Not logged in · Please run /login'], ['You are not logged in. Log in to comment.'])
  })
})

describe('components/error-lookup/match: round 27 (lead)', () => {
  it("reads requests' and OkHttp's refusal of an address without its scheme as the base URL, not a refused connection", () => {
    namesEntry(
      'invalid-url-client',
      [
        'requests.exceptions.InvalidSchema: No connection adapters were found for \'"https://api.example.com/v1"/chat/completions\'',
        "java.lang.IllegalArgumentException: Expected URL scheme 'http' or 'https' but was 'ws'",
      ],
      ['No Bluetooth adapters were found on this machine', 'Expected URL to be a string, got undefined'],
    )
    // openai-python 0.x wraps it in its connection error: the address leads, the wrapper's reading comes second
    expect(
      ids(
        "openai.error.APIConnectionError: Error communicating with OpenAI: No connection adapters were found for 'x.com/v1'",
      ).slice(0, 2),
    ).toEqual(['invalid-url-client', 'failed-to-fetch'])
  })
})

describe("components/error-lookup/match: round 29 (lead) a wrapper's words give way to the cause beneath them", () => {
  const entry = (id: string, cause: ErrorEntry['cause'], match: Partial<ErrorEntry['match']>) =>
    syntheticEntry(id, cause, { match })
  const wrapper = entry('wrapper', 'network', { wraps: ['wrapperclasserror'] })
  const timeout = entry('timed-out', 'timeout', { patterns: ['timed out'] })
  const refused = entry('refused', 'network', { patterns: ['connection refused'] })
  const ranked = (text: string, catalogue: readonly ErrorEntry[]) =>
    lookupErrors(text, catalogue).matches.map((match) => [match.entry.id, match.score])

  it('names its entry when nothing beneath them names another cause', () => {
    expect(ranked('WrapperClassError: something went wrong', [wrapper, timeout])).toEqual([['wrapper', 50]])
  })

  it("ranks just below another cause's own words that follow them, and stays shown", () => {
    expect(ranked('WrapperClassError: request timed out', [wrapper, timeout])).toEqual([
      ['timed-out', 50],
      ['wrapper', 49],
    ])
  })

  it("keeps its place when the other cause's words come before them, or the cause beneath is its own", () => {
    expect(ranked('the job timed out; later: WrapperClassError', [wrapper, timeout])[0]).toEqual(['wrapper', 50])
    // the same cause beneath: nothing to give way to, the chain's order alone puts the inner words first
    expect(ranked('WrapperClassError: connection refused', [wrapper, refused])).toEqual([
      ['refused', 50],
      ['wrapper', 50],
    ])
  })

  it("keeps its place when the entry has wording of its own beside the wrapper's", () => {
    const worded = entry('worded', 'network', { wraps: ['wrapperclasserror'], patterns: ['socket hang up'] })
    expect(ranked('WrapperClassError: socket hang up, then timed out', [worded, timeout])[0]![0]).toBe('worded')
  })

  it('reads LiteLLM and openai-python around a provider refusal, a timeout or a cut stream as what failed', () => {
    // LiteLLM raises APIConnectionError for any exception it does not map (docs/my-website/docs/exception_mapping.md:
    // "If any unmapped error is returned, we return this error"), around the provider's own words
    const cases: Array<[string, string]> = [
      [
        'litellm.APIConnectionError: APIConnectionError: OpenAIException - Engine protocol predict request returned 400: {"error":{"code":400,"message":"request (32958 tokens) exceeds the available context size (32768 tokens)"}}',
        'context-length-exceeded',
      ],
      [
        'litellm.APIConnectionError: APIConnectionError: OpenAIException - Response payload is not completed',
        'stream-interrupted',
      ],
      ['litellm.APIConnectionError: OllamaException - [Errno 111] Connection refused', 'connection-refused'],
    ]
    for (const [text, id] of cases) expect(ids(text)[0], text).toBe(id)
    expect(ids(cases[1]![0])).toContain('failed-to-fetch')
    // alone, the class and openai-python 0.x's sentence still name a failed connection
    for (const text of ['openai.APIConnectionError: Connection error.', 'openai.error.APIConnectionError 连接不上']) {
      expect(ids(text)[0], text).toBe('failed-to-fetch')
    }
  })
})

describe('components/error-lookup/match: round 29 (desc-a) descriptions', () => {
  it("reads one /v1 too many in people's words as the doubled address, not a version, a file path or a route", () => {
    namesEntry(
      'doubled-v1',
      [
        '接口地址最后拼出来多了一个v1，请求失败',
        '地址被重复拼接了，返回 404',
        '软件会自动加上 /v1，我的地址本来就有',
        'the app builds a doubled /v1 and I get a 404',
        'the client appends /v1 to the base URL even though mine already has it',
      ],
      [
        '新版本比v1多了一个导出功能',
        '升级后多了一个v1.5的标签',
        '文件路径重复拼接了',
        '发布时会自动加上v1.2.3的标签',
        'fix duplicate /v1 routes in the admin router',
        'we append v1 to the release tag',
      ],
    )
  })

  it('reads a key with a space, a newline or the wrong prefix as malformed, not a docs sentence or a conditional', () => {
    namesEntry(
      'key-malformed',
      [
        'there were extra spaces in the copied api key',
        'my script reads a trailing newline in the api key from the file',
        '中转给的密钥不是 sk- 开头，软件不让保存',
        'the app requires the key to start with sk- but my relay key does not',
        'my .env kept the quotes around the api key, so every call failed',
      ],
      [
        'OpenAI keys start with sk- and are 51 characters long',
        'If the key does not start with sk-, the client warns you',
        '密钥以 sk- 开头，请妥善保管',
        'add a newline at the end of the api key list',
        'Put quotes around the API key in the YAML file',
      ],
    )
  })

  it('reads an app that says 无效的key as the refused key, not a cache clean-up or a keyword', () => {
    namesEntry('invalid-api-key', ['填好以后一直提示无效的key'], ['Redis 中删除无效的key', '提示无效的keyword'])
  })

  it('reads a custom base URL whose calls still go to OpenAI as the key sent to the vendor, not a choice to use OpenAI', () => {
    namesEntry(
      'key-sent-to-vendor',
      ['I set a custom base URL but the plugin still sends requests to api.openai.com'],
      [
        'We still use OpenAI for embeddings',
        'I still connect to OpenAI through a VPN at work',
        'the fallback still goes to openai.com docs',
      ],
    )
  })

  it("lets an error's own wording in the same paste outrank these descriptions", () => {
    expect(topCause('软件会自动加上 /v1。Error: 401 Incorrect API key provided: sk-abc***')).toBe('invalid_key')
    expect(topCause('提示无效的key: connect ECONNREFUSED 127.0.0.1:3000')).toBe('network')
  })
})

describe('components/error-lookup/match: round 29 (desc-b) descriptions', () => {
  it('reads a reported 模型没有找到 / 无该模型 as the model name, not a conditional, a file, a permission or a log', () => {
    describesEntry(
      'model-not-found',
      ['然后运行cc就会报错说模型没有找到', '配置了api及key后，出现无该模型：', '一直提示没有这个模型'],
      [
        '如果模型没有找到，使用 cl100k_base 编码并给出警告',
        'result.error = "该模型没有找到文件"',
        '403 无该模型权限',
        '请求日志滚动窗口内无该模型的调用记录',
        '提示无该模型的调用记录',
        '目录里没有这个模型的缓存寿命',
        'print("模型没有找到最优解，状态码", m.status)',
      ],
    )
  })

  it('reads 模型名称不对 and a wrong model name or id as the model name, not a script or an ORM of its own', () => {
    describesEntry(
      'model-not-found',
      [
        '❌ 模型名称不对，跳过。',
        '常见原因：API Key 正确，模型名对不上',
        'CLI sends wrong model ID to custom OpenAI-compatible endpoint, killing the session',
        'I think the app is sending the wrong model name',
      ],
      [
        'Wrong Model Name, has to be one of FC, CNN, SVMrbf, SVMlin, DTREE, EKNN, RFOREST',
        'write on the properties definition must clean the wrong model name',
        'Wrong model name format used in parameter.',
      ],
    )
  })

  it("reads every channel of a model unavailable as no channel, not a notification's or a docs sentence", () => {
    describesEntry(
      'no-available-channel',
      ['模型「gpt-4o」所有渠道均不可用', '模型 deepseek-chat 所有渠道均不可用', '所有中转站渠道均不可用: timeout'],
      [
        '所有渠道均不可用时返回 null（不抛出异常）',
        '所有通知渠道均不可用',
        '两渠道均不可用时返回空列表',
        '所选渠道均不可用',
      ],
    )
  })

  it('reads a country reported or asked about as refused, not the bare words of payment, tax or map code', () => {
    describesEntry(
      'unsupported-region',
      ['国家不支持怎么办呢', '怎么会国家不支持呀', 'OpenAI 显示所在国家不支持', '国家地区不支持是怎么回事？'],
      [
        '部分国家不支持',
        '// 国家不支持，返回 0',
        "if (user.country === 'blocked') errors.push('国家不支持');",
        '如果地理位置失败或国家不支持，使用语言设置',
        '常见原因：发卡行国家不支持，或商户风控',
        '国家不支持企业参与网络安全国家标准的制定',
      ],
    )
  })

  it('reads an AI service not available or blocked in my country as refused, not a video, a payment or a provider', () => {
    describesEntry(
      'unsupported-region',
      [
        'Claude 3.5 Sonnet not available in my country.',
        "OpenAI's services are not available in my country.",
        'open ai is blocked in my country so i use socks5 proxy',
        'LLM API that works when OpenAI is blocked in my country?',
      ],
      [
        "DVB-C is not available in my country so it's not tested.",
        'Apple Pay not available in my country',
        'International payments & student discounts are not available in my country (Pakistan).',
        'Provider X is blocked in my country/ISP, how can I set another domain?',
        'Why are some videos blocked in my country?',
        "The Track could not be loaded, presumably because it's blocked in my country.",
      ],
    )
  })

  it('reads a CORS issue someone has or a block by CORS as the browser, not advice, a fix note or a filter', () => {
    describesEntry(
      'cors-blocked',
      [
        'I am having this CORS issue as well.',
        'Trying to call the OpenAI compatible API provided by my OpenWebUI server, I get a CORS issue.',
        'Q: 为什么还是被CORS拦截？',
        '官方接口严禁浏览器直接测试（CORS拦截），通常直接报错。',
      ],
      [
        'Use a Vite proxy to avoid getting CORS issues',
        'Fixed CORS issues and API integration problems',
        'Nginx reverse proxy configured, no CORS issues',
        'CORS Issues: Check CORS_ORIGIN environment variable',
        ' * CORS拦截器',
        '关闭csrf及cors拦截，因为我们的请求是来自于其他系统的',
      ],
    )
  })

  it('reads a model said not to support temperature as the default-only temperature, not a sensor or a setting', () => {
    describesEntry(
      'temperature-default-only',
      [
        '三方中转站api，不支持temperature参数，导致无法配置',
        "temperature: 1.0, // o1 doesn't support temperature",
        "// Opus 4.7 doesn't support temperature — must be dropped silently",
        "DeepSeek reasoner doesn't support temperature, top_p according to docs",
        'o1模型不支持temperature调节',
      ],
      [
        "This thermostat doesn't support temperature offsets",
        'The sensor does not support temperature readings below zero',
        '本模型支持temperature参数，范围 0 到 2',
      ],
    )
  })

  it('reads a key or account without the model enabled or without access to it as permission, not advice', () => {
    describesEntry(
      'provider-permission-denied',
      [
        'Key 过期、无余额、或账号未开通该模型',
        '常见原因：当前账户未开通该模型',
        "1. The API key doesn't have access to GPT-4 Vision capabilities",
        "my OpenAI account doesn't yet have access to GPT-4 despite it being GA.",
      ],
      [
        "If you don't have access to GPT-4, please change the model to GPT-3.5 in `autoeval.py`",
        "GPT model (If you don't have access to gpt-4 please set it to one of the gpt-3-turbo options)",
        '账号未开通该模型的自动续费',
        "the key doesn't have access to the file system",
      ],
    )
  })

  it('reads 中转站挂了 as the gateway failing, not a writer who thought so wrongly nor a relay with two upstreams', () => {
    describesEntry(
      'gateway-internal-error',
      [
        '每次换 Provider（中转站挂了、Key 没额度了），要 ssh 到每一台分别改',
        '这几乎总是服务端的事：中转站挂了、上游供应商不通',
        '中转站挂了吗',
      ],
      [
        '定期 curl 健康检查失败，以为是中转站挂了，但实际 relay 正常运行在 8847',
        '服务没跑时代理直接回 502，症状与"中转站挂了"一模一样',
        '用户在 minnimax.chat 中转站挂了两个上游',
      ],
    )
  })

  it("gives way to an error's own wording in the same paste", () => {
    expect(topEntry('I get a CORS issue: 401 Incorrect API key provided: sk-abc')).not.toBe('cors-blocked')
    expect(topEntry('报错说模型没有找到：当前分组 default 下对于模型 gpt-5 无可用渠道')).toBe('no-available-channel')
  })
})

describe("components/error-lookup/match: round 29 (lead) runtimes' and SDKs' own words", () => {
  it("tells Go's client timeout waiting for the answer from one still waiting for a connection", () => {
    namesEntry(
      'client-timeout',
      [
        'Post "https://api.example.com/v1/chat/completions": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
        'net/http: timeout awaiting response headers',
      ],
      [
        'Get "https://api.example.com/v1/models": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
        'Client.Timeout is the limit the client waits for headers',
      ],
    )
    expect(
      topEntry(
        'Get "https://api.example.com/v1/models": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
      ),
    ).toBe('connect-timeout')
  })

  it("reads the JDK's and Android's unknown host as DNS, not a hostname setting", () => {
    namesEntry(
      'dns-failure',
      [
        'java.net.UnknownHostException: api.example.com',
        'Unable to resolve host "api.example.com": No address associated with hostname',
      ],
      ['Unable to resolve hostname conflicts between the two configs', 'UnknownHostExceptionHandler registered'],
    )
  })

  it("reads Gemini SDKs' location class as the region, and Copilot's model code as the model", () => {
    namesEntry(
      'unsupported-region',
      [
        "Instance of 'UnsupportedUserLocation'",
        'com.google.ai.client.generativeai.type.UnsupportedUserLocationException',
      ],
      ['UnsupportedUserLocale: pick another language'],
    )
    namesEntry(
      'model-not-found',
      ['{"error":{"message":"The requested model is not supported.","code":"model_not_supported"}}'],
      ['model_not_supported_yet_flag = false'],
    )
  })
})

describe("components/error-lookup/match: round 29 (lead) every runtime's transport words", () => {
  it('reads an unreachable network or host, and a host that would not connect, as the connection refused', () => {
    namesEntry(
      'connection-refused',
      [
        'dial tcp 203.0.113.7:443: connect: network is unreachable',
        'java.net.NoRouteToHostException: No route to host',
        'Error: connect EHOSTUNREACH 203.0.113.7:443',
        'Error: connect ENETUNREACH 203.0.113.7:443',
        'Error Domain=NSURLErrorDomain Code=-1004 "Could not connect to the server."',
      ],
      [
        'The guide explains why a network is unreachable from inside a container',
        'Could not connect to the server room',
      ],
    )
  })

  it('reads a connection closed under the request as the connection dropped, not a stream cut', () => {
    namesEntry(
      'connection-reset',
      [
        'http2: server sent GOAWAY and closed the connection; LastStreamID=1, ErrCode=NO_ERROR, debug=""',
        'HttpException: Connection closed before full header was received, uri = https://api.example.com/v1/chat/completions',
        'The network connection was lost.',
        'Error: write EPIPE',
      ],
      ['the network connection was lost and found again in the story'],
    )
  })

  it('reads a name no resolver found, in Go, Dart and Apple words, as DNS', () => {
    namesEntry(
      'dns-failure',
      [
        'dial tcp: lookup api.example.com on 127.0.0.53:53: server misbehaving',
        "SocketException: Failed host lookup: 'api.example.com' (OS Error: No address associated with hostname, errno = 7)",
        'A server with the specified hostname could not be found.',
      ],
      ['dial tcp 203.0.113.7:443: i/o timeout'],
    )
  })

  it("reads Go's, the JDK's, .NET's, Apple's and Node's certificate failures as TLS", () => {
    namesEntry(
      'tls-certificate',
      [
        'tls: failed to verify certificate: x509: certificate signed by unknown authority',
        'x509: certificate has expired or is not yet valid',
        'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
        'System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.',
        'An SSL error has occurred and a secure connection to the server cannot be made.',
        'Error: unable to verify the first certificate',
        "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: api.example.com. is not in the cert's altnames: DNS:*.example.net",
      ],
      [
        'Generate an x509 key pair for the service',
        'how to renew an x509 cert',
        'SSLHandshakeExceptionMapper registered',
      ],
    )
  })

  it("reads OkHttp's and Dart's timeouts as the client giving up, and OkHttp's stream reset as the stream cut", () => {
    namesEntry(
      'client-timeout',
      ['java.io.InterruptedIOException: timeout', 'TimeoutException after 0:00:30.000000: Future not completed'],
      ['TimeoutException is thrown when a future does not complete'],
    )
    namesEntry(
      'stream-interrupted',
      ['okhttp3.internal.http2.StreamResetException: stream was reset: INTERNAL_ERROR'],
      ['the stream was reset to its defaults'],
    )
    namesEntry(
      'failed-to-fetch',
      ['Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."'],
      ['Check whether the Internet connection appears in the list'],
    )
  })
})

describe("components/error-lookup/match: round 29 (lead) Google's JS SDK on a blocked prompt", () => {
  it('reads a prompt blocked for a policy reason as the content policy, not one blocked for no named reason', () => {
    namesEntry(
      'content-policy',
      [
        '[GoogleGenerativeAI Error]: Text not available. Response was blocked due to PROHIBITED_CONTENT',
        'Response was blocked due to SAFETY',
      ],
      ['Response was blocked due to OTHER', 'The response was blocked due to a network timeout'],
    )
  })
})

describe("components/error-lookup/match: round 30 (vendors) Chinese model vendors' own error bodies", () => {
  it("reads Model Studio's InternalError and Qianfan's 336000 as the vendor's servers failing, not the gateway", () => {
    namesEntry(
      'upstream-failed',
      [
        '{"code":"InternalError","message":"An internal error has occured, please try again later or contact service support.","request_id":"a1b2"}',
        '{"error_code":336000,"error_msg":"Internal error"}',
        'api return error, req_id: abc code: 336000, msg: Internal error',
      ],
      ['order 336000 shipped', 'An internal error has occured in the form, please try again'],
    )
  })

  it("reads Kimi Code's client allow-list 403 as a permission, not a Kimi key or plan", () => {
    namesEntry(
      'provider-permission-denied',
      [
        '403 Kimi For Coding is currently only available for Coding Agents such as Kimi CLI, Claude Code, Roo Code, Kilo Code, etc.',
      ],
      ['Kimi For Coding is available in the Kimi app', 'Coding agents such as Kimi CLI are currently available'],
    )
  })
})

describe("components/error-lookup/match: round 30 (gateway) new-api's own request checks and task relays", () => {
  it('reads a rerank without documents or query and a Suno task without its id or prompt as request parameters', () => {
    namesEntry(
      'invalid-parameters',
      [
        '{"error":{"message":"documents is empty","type":"new_api_error","param":"","code":"invalid_documents"}}',
        '{"error":{"message":"rerank failed","type":"new_api_error","code":"invalid_query"}}',
        '{"code":"invalid_request","message":"task id is empty","data":null}',
        '{"code":"invalid_request","message":"prompt_empty","data":null}',
      ],
      [
        'No documents found: the search index is empty',
        'The sub-task id is emptied when the job finishes',
        'prompt_empty_check passed',
        'invalid_documents_count: 0',
        'invalid_query_string_length exceeded by 3',
        'the documents list is empty so nothing was indexed',
      ],
    )
  })

  it("reads new-api's empty midjourney answer as the upstream, not a longer identifier holding the words", () => {
    namesEntry(
      'upstream-failed',
      ['{"code":5,"description":"empty_response_body","result":""}'],
      ['allow_empty_response_body=true in the proxy settings'],
    )
  })
})

describe("components/error-lookup/match: round 34 (lead-transport) more runtimes' transport words", () => {
  it('reads an HTTP/2 stream reset or a body cut in each client as the stream cut, not the connection', () => {
    namesEntry(
      'stream-interrupted',
      [
        'curl: (92) HTTP/2 stream 1 was not closed cleanly: PROTOCOL_ERROR (err 1)',
        'stream error: stream ID 5; CANCEL; received from peer',
        'error reading a body from connection: end of file before message length reached',
        'ClientException: Connection closed while receiving data',
      ],
      ['stream error: none; the HTTP/2 stream was closed cleanly', 'Connection closed. While receiving data we logged'],
    )
  })

  it('reads a Windows reset or abort in English as the connection dropped', () => {
    namesEntry(
      'connection-reset',
      [
        'System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.',
        'ConnectionAbortedError: [WinError 10053] An established connection was aborted by the software in your host machine',
      ],
      ['The remote host closed the session after the existing connection was idle'],
    )
  })

  it("tells Dio's connection timeout (no connection) from its receive and send timeouts (no answer in time)", () => {
    namesEntry(
      'connect-timeout',
      ['DioException [connection timeout]: The request connection took longer than 0:00:10.000000 and it was aborted.'],
      ['DioException [receive timeout]: The request took longer than 0:00:10.000000 to receive data.'],
    )
    namesEntry(
      'client-timeout',
      [
        'DioException [receive timeout]: The request took longer than 0:00:10.000000 to receive data.',
        'DioException [send timeout]: The request took longer than 0:00:10.000000 to send data.',
        'error sending request for url (https://api.example.com/v1/chat/completions): operation timed out',
      ],
      ['DioException [connection timeout]: The request connection took longer than 0:00:10.000000 and it was aborted.'],
    )
  })

  it("reads curl's bad address and unknown scheme as the base URL, and its unresolved proxy as the proxy", () => {
    namesEntry(
      'invalid-url-client',
      ['curl: (3) URL using bad/illegal format or missing URL', 'curl: (1) Protocol "hhttps" not supported'],
      ['The protocol "websocket" is not supported by this proxy setting page, see the docs'],
    )
    namesEntry(
      'proxy-error',
      ['curl: (5) Could not resolve proxy: 127.0.0.1:7890x'],
      ['Could not resolve the proxy question'],
    )
  })
})

describe("components/error-lookup/match: round 34 (lead) Gemini's quota sentences", () => {
  it("reads Gemini's 429 that opens with OpenAI's quota sentences as a rate limit, OpenAI's own as the balance", () => {
    namesEntry(
      'upstream-rate-limited',
      [
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.',
        'Gemini API 429: You exceeded your current quota, please check your plan and billing details.',
      ],
      [],
    )
    namesEntry(
      'openai-insufficient-quota',
      [
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
      ],
      [],
    )
  })
})

describe("components/error-lookup/match: round 34 (vendor-zh) the big vendors' error tables in Chinese", () => {
  it("reads OpenAI's 429 quota row in every translation as the balance, not a rate limit", () => {
    namesEntry(
      'openai-insufficient-quota',
      [
        '429 - 您超出了当前配额，请检查您的计划和结算详情',
        '429 - 您超越了当前配额,请检查您的计划和帐单详细信息',
        '您已超出当前配额，请检查计划和账单详情',
        '429 - 信用额度已用尽',
        '429 - 组织消费限额已达到',
        '429 - 已达到项目支出上限',
      ],
      ['当前配额为 100 次，可在控制台调整', '请检查您的计划', '组织支出上限可在设置中修改', '信用额度充足'],
    )
  })

  it("reads OpenAI's 403 country row, and Gemini's free tier by country, as the region", () => {
    namesEntry(
      'unsupported-region',
      [
        '403 - 不支持的国家、地区或领土',
        '403 - 不支持国家、区域或区域',
        '403 - 国家、地区或领土不受支持',
        'Gemini API 免费层级尚未在您所在的国家/地区推出。请在 Google AI Studio 中为您的项目启用结算功能。',
      ],
      ['支持的国家和地区列表见文档', '本服务覆盖全球多个国家、地区', 'Gemini API 免费层级每分钟 15 次请求'],
    )
  })

  it('reads the overloaded engine and Anthropic 529 wording as the provider, the 500 row as the upstream', () => {
    namesEntry(
      'provider-overloaded',
      ['503 - 引擎当前过载，请稍后再试', '发动机当前过载,请稍后重试', 'Anthropic 的 API 暂时过载。'],
      ['搜索引擎优化', '引擎启动中', 'API 暂时不可用的时候请重试'],
    )
    namesEntry(
      'upstream-failed',
      ['500 - 服务器在处理您的请求时发生错误', '服务器在处理您的请求时出错'],
      ['服务器正在处理您的请求，请稍候', '服务器处理请求时间较长'],
    )
  })

  it("reads OpenAI's account outside any organization as a permission of its own, not the key", () => {
    namesEntry(
      'openai-no-organization',
      [
        '401 - 您必须是组织的成员才能使用API',
        '401 - 你必须是某个组织的成员才能使用 API',
        'You must be a member of an organization to use the API.',
      ],
      ['组织的成员可以在团队页面查看', 'members of an organization can use the API dashboard'],
    )
    expect(topEntry('Azure.RequestFailedException: 401 Access denied due to invalid subscription key')).not.toBe(
      'openai-no-organization',
    )
  })

  it('reads the translated 401, 403 and 429 rows and Anthropic descriptions by their own words', () => {
    namesEntry(
      'invalid-api-key',
      ['401 - 无效身份验证', '401 - 身份验证无效', 'authentication_error：您的 API 密钥存在问题。'],
      ['验证码无效', '实名认证无效', '身份验证成功'],
    )
    namesEntry(
      'provider-permission-denied',
      [
        '403 - permission_error：您的 API 密钥没有使用指定资源的权限。',
        'PermissionDeniedError 原因：你没有访问所请求资源的权限。',
      ],
      ['你拥有访问所请求资源的权限'],
    )
    namesEntry('key-ip-restricted', ['401 - 未经授权的 IP', '401 - IP 未授权'], ['IP 授权成功', '未经授权的转载'])
    namesEntry(
      'rate-limit-exceeded',
      [
        '429 - 请求速率达到限制',
        '429 - 达到请求的速率限制',
        '请求已达到速率限制',
        'RateLimitError 原因：你已达到分配给你的速率限制。',
        '您的账户已达到速率限制。',
      ],
      ['速率限制说明：每分钟 60 次', '请求速率正常'],
    )
  })

  it("reads the Python library's connection and bad-request types and Anthropic's 400 and 413 by their Chinese words", () => {
    namesEntry(
      'failed-to-fetch',
      ['APIConnectionError 原因：连接到我们的服务时出现问题。'],
      ['连接到我们的服务，享受更多功能'],
    )
    namesEntry(
      'invalid-parameters',
      ['原因：您的请求格式错误或缺少某些必需参数，例如令牌或输入。', '您的请求格式或内容存在问题。'],
      ['请求格式说明', '缺少参数时使用默认值'],
    )
    namesEntry('request-too-large', ['请求超过了允许的最大字节数。'], ['允许的最大字节数为 32 MB'])
  })
})

describe("components/error-lookup/match: round 34 (apps-zh) the errors Chinese users' client apps show", () => {
  it("reads Chatbox's status tips by their words, not only by the status they quote", () => {
    namesEntry(
      'invalid-api-key',
      ['HTTP 错误：未授权 (401)。您的身份验证凭据无效或已过期。请检查您的 API Key 或登录状态。'],
      ['请输入身份验证凭据', '身份验证凭据已保存'],
    )
    namesEntry(
      'upstream-failed',
      ['HTTP 错误：错误的网关 (502)。服务器从上游服务收到了无效响应。这通常是临时性问题，请稍后重试。'],
      ['从上游服务收到了响应'],
    )
    namesEntry(
      'gateway-internal-error',
      ['HTTP 错误：内部服务器错误 (500)。服务器遇到意外错误。请稍后重试。'],
      ['内部服务器已重启', '服务器内部署了两套服务'],
    )
  })

  it("reads Chatbox's proxy tip as the proxy and its context tip as the context window", () => {
    namesEntry(
      'proxy-error',
      [
        '因为你设置了代理地址 http://127.0.0.1:7890，请检查代理服务器是否正常工作，或者考虑在设置中删除代理地址。',
        'Due to the proxy address you have configured as http://127.0.0.1:7890, please verify if the proxy server is functioning properly, or consider removing the proxy address from the settings.',
      ],
      ['代理服务器正常工作中', 'the proxy server is functioning properly'],
    )
    namesEntry(
      'context-length-exceeded',
      [
        '您的对话已超过模型的上下文限制。请尝试压缩对话、开启新对话，或在设置中减少上下文消息的数量。',
        "Your conversation has exceeded the model's context limit. Try compressing the conversation, starting a new chat, or reducing the number of context messages in settings.",
      ],
      ['对话已超过 10 轮', "the conversation fits the model's context"],
    )
  })

  it("reads NextChat's refusal of a disabled model as a permission, not a sentence about models", () => {
    namesEntry(
      'model-not-allowed-for-key',
      [
        '{"error":true,"message":"you are not allowed to use gpt-4o model"}',
        'you are not allowed to use claude-3-5-sonnet model',
      ],
      ['you are not allowed to use the model you like without a plan', 'you are not allowed to use this'],
    )
  })

  it("reads openai-translator's country notice as the region, not the balance it mentions", () => {
    namesEntry(
      'unsupported-region',
      [
        '您正在直接连接至 OpenAI，而您的 IP 属地为 中国，不在 OpenAI 支持的地区 范围内。如果不进行额外的网络配置继续使用，即使订阅了 ChatGPT Plus 或账号内仍有余额，您的账户也会被 OpenAI 封禁。',
        'You are directly connecting to OpenAI from China, which is not a <0>supported region</0> of OpenAI.',
      ],
      ['日本在 OpenAI 支持的地区列表中', 'Japan is a supported region of OpenAI'],
    )
  })

  it('reads an app\'s own "Failed to fetch models" by what follows it, not as the browser\'s fetch failing', () => {
    expect(topEntry('Failed to fetch models: Unauthorized')).toBe('invalid-api-key')
    expect(ids('Failed to fetch models: Unauthorized')).not.toContain('failed-to-fetch')
    expect(topEntry('Failed to fetch models: TypeError: Failed to fetch')).toBe('failed-to-fetch')
    expect(topEntry('TypeError: Failed to fetch')).toBe('failed-to-fetch')
  })

  it("reads Open WebUI's and LangBot's connection errors as the network", () => {
    namesEntry(
      'failed-to-fetch',
      [
        '{"detail":"Open WebUI: Server Connection Error"}',
        '模型请求失败: 连接错误: litellm.APIConnectionError: APIConnectionError: OpenAIException - Connection error.',
        '模型请求失败: 连接错误: ',
      ],
      ['Open WebUI: Server Connection established', '模型请求失败: 上下文长度超限: '],
    )
  })

  it("reads AstrBot's key switch and SillyTavern's retry log as a rate limit, and SillyTavern's quota popup as the balance", () => {
    namesEntry(
      'rate-limit-exceeded',
      ['API 调用过于频繁，尝试使用其他 Key 重试。当前 Key: sk-abcdefghij', 'Out of quota, retrying in 10s'],
      ['API 调用次数统计', 'Out of quota', 'out of quota, retrying in a while is pointless'],
    )
    namesEntry(
      'openai-insufficient-quota',
      [
        'Encountered an error while processing your request. Check you have credits available on your OpenAI account. If you have sufficient credits, please try again later.',
      ],
      ['Check you have credits available before you start'],
    )
  })

  it("reads zotero-gpt's empty key field as a missing key", () => {
    namesEntry('missing-api-key', ['Your secretKey is not configured.'], ['Your secretKey is configured.'])
  })
})

describe('components/error-lookup/match: round 34 (faq-desc) symptoms as FAQ pages word them', () => {
  it("reads NextChat's 未授权状态 asking for the access password as the key, not a fork's login or membership card", () => {
    namesEntry(
      'invalid-api-key',
      [
        '使用时提示“现在是未授权状态，请在设置页输入访问密码”？',
        '现在是未授权状态，请点击左下角设置按钮输入访问密码。',
      ],
      ['现在是未授权状态，请先登录。', '现在是未授权状态，请输入会员卡'],
    )
  })

  it('reads an account said not to support a model as a permission, not a feature it lacks', () => {
    describesEntry(
      'provider-permission-denied',
      ['your OpenAI API account does not support GPT-4', 'OpenAI API 账户不支持 GPT-4', '这个密钥不支持 gpt-4o 吗'],
      [
        'my account does not support streaming',
        'This key does not support function calling',
        '该账户不支持开具发票',
        'the model does not support GPT-4 style tools',
      ],
    )
  })

  it("reads a model's channel not found as no channel, not a payment or notification channel", () => {
    describesEntry(
      'no-available-channel',
      ['xxx渠道找不到', 'gpt-4o-mini渠道找不到', '找不到该模型的渠道'],
      ['找不到支付渠道', 'wechat渠道找不到', '通知渠道找不到时跳过', '销售渠道没有找到合适的'],
    )
  })

  it('reads the gateway not reached, in FastGPT words, as the network, not a conditional', () => {
    describesEntry(
      'failed-to-fetch',
      [
        '不能对话，也不能索引：API调用失败。可能是没连上OneAPI或OpenAI',
        '或者是FastGPT请求不到 OneAPI（没放同一个网络）',
      ],
      ['如果没连上 OneAPI，会报错', '若没连上 OpenAI 则改用本地模型', '没连上蓝牙耳机'],
    )
  })

  it('reads an empty reply after a proxy address was set as the address, not an empty reply alone or an empty setting', () => {
    describesEntry(
      'wrong-path-404',
      [
        '配置 OPENAI_PROXY_URL 环境变量但返回值为空',
        '代理服务器地址填了聊天没任何反应',
        'Configuring OPENAI_PROXY_URL Environment Variable but Getting Empty Response',
        'after setting the proxy URL the AI returns an empty message',
      ],
      [
        'AI 返回的消息为空',
        '代理地址为空时使用默认地址',
        'proxy url is empty, using the default endpoint',
        'The model returned an empty response',
      ],
    )
  })
})

describe("components/error-lookup/match: round 34 (cn-vendors) the vendors' error tables row by row", () => {
  it("reads Model Studio's server rows as the vendor's service, not the request or a task", () => {
    namesEntry(
      'upstream-failed',
      [
        '{"code":"InternalError.Algo","message":"inference internal error.","request_id":"a1b2c3"}',
        '500 {"code":"ModelServiceFailed","message":"Failed to request model service.","request_id":"a1b2c3"}',
        '{"error":{"message":"An system error has occured, please try again later.","type":"upstream_error","code":"SystemError"}}',
        '503 {"code":"ModelUnavailable","message":"Model is unavailable, please try again later.","request_id":"a1b2c3"}',
      ],
      [
        '{"output":{"task_id":"x","task_status":"FAILED","code":"InternalError.Algo","message":"inference internal error."}}',
      ],
    )
    expect(
      topEntry(
        '{"output":{"task_id":"x","task_status":"FAILED","code":"InternalError.Algo","message":"inference internal error."}}',
      ),
    ).toBe('media-task-failed')
  })

  it("reads ModelServingError as the vendor's capacity, and the batch row's throttling as a rate limit", () => {
    namesEntry(
      'provider-overloaded',
      [
        '{"code":"ModelServingError","message":"Too many requests. Your requests are being throttled due to system capacity limits. Please try again later.","request_id":"a1b2c3"}',
        '{"error":{"message":"Too many requests. Your requests are being throttled due to system capacity limits. Please try again later.","type":"upstream_error","code":"ModelServingError"}}',
      ],
      [
        '{"code":"Throttling.AllocationQuota","message":"Too many requests. Batch requests are being throttled due to system capacity limits. Please try again later.","request_id":"a1b2c3"}',
      ],
    )
  })

  it('reads a retired endpoint as the model, a workspace as a permission, and a URL inside the request as the request', () => {
    namesEntry(
      'model-not-found',
      ['403 {"code":"Endpoint.AccessDenied","message":"Workspace endpoint access denied.","request_id":"a1b2c3"}'],
      ['{"code":"AccessDenied","message":"Access denied.","request_id":"a1b2c3"}'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      [
        '401 {"code":"NOT AUTHORIZED","message":"Access denied: Either you are not authorized to access this workspace, or the workspace does not exist."}',
      ],
      ['You are not authorized to access this page'],
    )
    namesEntry(
      'invalid-parameters',
      [
        '400 {"code":"InvalidURL","message":"Invalid URL provided in your request.","request_id":"a1b2c3"}',
        '{"code":"InvalidURL","message":"The request URL is invalid, make sure the url is correct and is an image.","request_id":"a1b2c3"}',
      ],
      ['TypeError: Invalid URL', 'TypeError [ERR_INVALID_URL]: Invalid URL: api.example.com/v1'],
    )
  })

  it("reads InternalError.Timeout as a timeout, Qwen-Long's total as the context, a missing SDK key and Qianfan's 336004", () => {
    namesEntry(
      'gateway-timeout',
      [
        '500 {"code":"InternalError.Timeout","message":"An internal timeout error has occured during execution, please try again later or contact service support."}',
      ],
      [],
    )
    namesEntry(
      'context-length-exceeded',
      ['{"code":"InvalidParameter","message":"Total message token length exceed model limit (10000000 tokens)."}'],
      [],
    )
    namesEntry('missing-api-key', ['com.alibaba.dashscope.exception.NoApiKeyException: Can not find api-key.'], [])
    namesEntry(
      'provider-permission-denied',
      ['{"error_code":336004,"error_msg":"permission error"}'],
      ['order 336004 shipped', 'req_id 336004 ok'],
    )
  })
})

describe("components/error-lookup/match: round 34 (relay-strings) the relays' own messages", () => {
  it("reads new-api's pre-consumption refusal as the balance, not the log line for handing a hold back", () => {
    namesEntry(
      'insufficient-user-quota',
      [
        'pre-consume quota failed, user quota: ＄0.030000, need quota: ＄0.540000',
        'chat pre-consumed quota failed, user quota: ＄0.010000, need quota: ＄0.100000',
        'image pre-consumed quota failed, user quota: ＄0.010000, need quota: ＄0.100000',
        '预扣费额度失败, 用户剩余额度: ＄0.309854, 需要预扣费额度: ＄0.800000',
      ],
      ['返还预扣费额度失败: record not found', 'pre-consume quota succeeded', 'quota failed to load'],
    )
  })

  it("reads new-api's retry loop and a vanished channel as no channel, not the group or the model name", () => {
    namesEntry(
      'no-available-channel',
      [
        '获取重试渠道失败: record not found',
        '当前渠道# 12，已不存在',
        '分组 default 下模型 gpt-4o 的可用渠道不存在（retry）',
      ],
      ['重试失败', '当前渠道已切换', '渠道配置已不存在冲突'],
    )
    expect(ids('分组 default 下模型 gpt-4o 的可用渠道不存在（retry）')).not.toContain('group-not-allowed')
    expect(ids('分组 default 下模型 gpt-4o 的可用渠道不存在（retry）')).not.toContain('model-not-found')
    expect(topEntry('分组 vip 不存在')).toBe('group-not-allowed')
    expect(topEntry('模型 gpt-5 不存在')).toBe('model-not-found')
  })

  it("reads the channel test's slow answer as a timeout", () => {
    namesEntry('gateway-timeout', ['响应时间 12.50s 超过阈值 10.00s'], ['响应时间 1.2s', '超过阈值时发送通知'])
  })

  it("reads the relays' own request checks as the request, not a length, a limit or a stream", () => {
    namesEntry(
      'invalid-parameters',
      [
        'max_tokens is invalid',
        'too many images in the message, max allowed is 16',
        'only base64 file is supported in gemini',
        'fail to get image from url: https://example.com/cat.png',
        'invalid value of n',
        'invalid detail option',
        'invalid input length, zhipu only support one input',
        "the 'stream_options' parameter is only allowed when 'stream' is enabled",
        'duration is not 5 or 10',
        'action is not text2video or image2video',
      ],
      [
        'max_tokens is 4096',
        'too many images were generated today',
        'base64 file is supported in gemini and claude',
        'the value of n is 2',
        'detail option: high',
        'stream_options is enabled',
      ],
    )
  })

  it("reads new-api's OpenAI channel asked for a non-Claude model on /v1/messages as the endpoint", () => {
    namesEntry(
      'model-endpoint-mismatch',
      ['you are using openai channel type with path /v1/messages, only claude model supported convert, but got gpt-4o'],
      ['POST /v1/messages with a claude model', 'openai channel type configured'],
    )
  })
})

describe("components/error-lookup/match: round 34 (en-vendors) the non-Chinese vendors' and aggregators' error tables", () => {
  it("reads OpenAI's 503 Slow Down, Vertex AI's 429 and Azure's short 429 as a rate limit, not prose about slowing down", () => {
    namesEntry(
      'rate-limit-exceeded',
      [
        '503 - Slow Down',
        "google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.', 'status': 'RESOURCE_EXHAUSTED'}}",
        '429 Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-1.5-pro.',
        '{"error":{"code":"429","message":"Rate limit is exceeded. Try again in 20 seconds."}}',
        '{"message":"Tokens per minute limit exceeded - too many tokens processed.","type":"too_many_requests_error","param":"quota","code":"token_quota_exceeded"}',
      ],
      [
        'The page may slow down when 503 errors appear',
        'Responses slow down when the cache is cold',
        'resource exhausted',
      ],
    )
  })

  it("reads Gemini's depleted Prepay balance and Vercel AI Gateway's billing answers as the balance", () => {
    namesEntry(
      'payment-required',
      [
        '{"error":{"code":402,"message":"Your prepayment credits are depleted. Please go to AI Studio at https://ai.studio/projects to manage your project and billing.","status":"RESOURCE_EXHAUSTED"}}',
        '{"error":{"message":"Insufficient funds. Please add credits to your account to continue using AI services.","type":"insufficient_funds"}}',
        '{"error":{"message":"AI Gateway requires a valid credit card on file to service requests.","type":"customer_verification_required"}}',
      ],
      [
        'Prepayment credits are applied before postpay charges',
        'Vercel AI Gateway supports a credit card or invoice billing',
      ],
    )
  })

  it("reads OpenAI's IP allowlist row and Azure's network rules as the address, not the key", () => {
    namesEntry(
      'key-ip-restricted',
      [
        '401 - IP not authorized',
        '{"error":{"code":"403","message":"Access denied due to Virtual Network/Firewall rules."}}',
        'Exception: HttpResponseError: (403) Public access is disabled. Please configure private endpoint.',
      ],
      [
        'The IP is not authorized until an admin approves it',
        'Virtual Network rules were updated',
        'Public access is disabled for this bucket',
      ],
    )
  })

  it("reads the AI SDK's unauthenticated AI Gateway as a missing key", () => {
    namesEntry(
      'missing-api-key',
      [
        'GatewayAuthenticationError: Unauthenticated request to AI Gateway. To authenticate, set the AI_GATEWAY_API_KEY environment variable with your API key.',
      ],
      ['Authenticated request to AI Gateway succeeded'],
    )
  })

  it("reads Bedrock's InternalServerException as the provider, while the Java SDK's class name alone stays the relay's 500", () => {
    expect(
      topEntry(
        'botocore.errorfactory.InternalServerException: An error occurred (InternalServerException) when calling the InvokeModel operation: An internal server error occurred. Retry your request.',
      ),
    ).toBe('upstream-failed')
    expect(topEntry('com.openai.errors.InternalServerException: 500: Unknown')).toBe('gateway-internal-error')
  })

  it("reads Groq's flex tier at capacity as the provider and its tool_use_failed as the request", () => {
    expect(
      topEntry(
        "groq.APIStatusError: Error code: 498 - {'error': {'message': 'flex tier capacity exceeded', 'type': 'capacity_exceeded', 'code': 'capacity_exceeded'}}",
      ),
    ).toBe('provider-overloaded')
    namesEntry(
      'tool-schema-invalid',
      [
        '{"error":{"message":"Failed to call a function. Please adjust your prompt. See \'failed_generation\' for more details.","type":"invalid_request_error","code":"tool_use_failed"}}',
      ],
      ['console.error("Failed to call a function")'],
    )
  })

  it("reads OpenRouter's 503 routing row as no provider, and Cloudflare Workers AI's rows by their own causes", () => {
    expect(
      topEntry(
        '{"error":{"code":503,"message":"There is no available model provider that meets your routing requirements"}}',
      ),
    ).toBe('no-provider-endpoints')
    expect(topEntry('{"errors":[{"code":3042,"message":"The model name is invalid"}],"success":false}')).toBe(
      'invalid-model-id',
    )
    expect(topEntry('{"errors":[{"code":3006,"message":"Request is too large"}],"success":false}')).toBe(
      'request-too-large',
    )
    expect(
      topEntry('{"errors":[{"code":3003,"message":"Request is missing headers or body: body"}],"success":false}'),
    ).toBe('invalid-parameters')
  })
})

describe('components/error-lookup/match: round 34 (media) the asynchronous media tasks in each vendor’s words', () => {
  it('reads midjourney-proxy’s timed-out, unanswered or empty jobs and BFL’s terminal states as a failed task', () => {
    namesEntry(
      'media-task-failed',
      [
        '{"status":"FAILURE","progress":"0%","failReason":"执行超时 5 分钟"}',
        '超时，未找到消息',
        '{"status":"FAILURE","failReason":"执行失败返回内容为空 "}',
        '{"status":"FAILURE","failReason":"任务提交超时"}',
        '{"id":"b7f2c1a4","status":"Task not found","result":null,"progress":null}',
        '{"id":"b7f2c1a4","status":"Error","result":null,"progress":null}',
      ],
      [
        'SQL 执行超时 5 分钟，已终止',
        '{"status":"error","message":"Invalid API key"}',
        '{"status":"error","result":"unauthorized"}',
        'task submit succeeded',
      ],
    )
  })

  it('reads Runway’s THROTTLED, MiniMax’s Queueing and BFL’s Pending as a task still waiting, not a rate limit', () => {
    namesEntry(
      'media-task-queued',
      [
        '{"id":"17f20503-6c24-4c16-946b-35dbbce2af2f","status":"THROTTLED","createdAt":"2024-06-27T19:49:32.334Z"}',
        '{"task_id":"176843862716480","status":"Queueing","base_resp":{"status_code":0,"status_msg":"success"}}',
        '{"id":"b7f2c1a4","status":"Pending","result":null,"progress":0.35}',
        '状态:队列中',
      ],
      ['{"status":"throttled","retry_after":30}', '{"status":"pending","result":{"id":1}}', '打印状态：等待'],
    )
  })

  it('reads Sora’s moderation failure reasons and WaveSpeed’s 1200 as the content policy, not the failed task', () => {
    namesEntry(
      'content-policy',
      [
        '{"object":"video.generation.job","status":"failed","failure_reason":"input_moderation"}',
        '{"object":"video.generation.job","status":"failed","failure_reason":"output_moderation"}',
        '{"id":"7c3e9b1a","status":"failed","code":1200,"error":"The content contains sensitive information."}',
      ],
      [
        '{"object":"video.generation.job","status":"failed","failure_reason":"internal_error"}',
        'input_moderation_enabled: true',
      ],
    )
  })

  it('reads Jimeng’s limits as a rate limit and its own service faults as the upstream', () => {
    namesEntry(
      'upstream-rate-limited',
      [
        '{"code":50429,"data":null,"message":"Request Has Reached API Limit, Please Try Later","status":50429}',
        '{"code":50430,"data":null,"message":"Request Has Reached API Concurrent Limit, Please Try Later"}',
      ],
      ['the request has reached the API gateway'],
    )
    namesEntry(
      'upstream-failed',
      [
        '{"code":50520,"data":null,"message":"Risk Internal Error","status":50520}',
        '{"code":50521,"data":null,"message":"Antidirt Internal Error"}',
        '{"code":50522,"data":null,"message":"Image Copyright Internal Error"}',
        '{"code":50501,"data":null,"message":"Internal RPC Error","status":50501}',
      ],
      ['calculate the risk of internal errors', 'an internal RPC call took 30ms'],
    )
  })
})

describe('components/error-lookup/match: round 34 (lead) sources the catalogue lacked', () => {
  it("reads c-ares' failed lookups as DNS, Claude Code's idle stream as a cut stream, and a missing key in other words", () => {
    namesEntry(
      'dns-failure',
      ['Could not resolve: api.example.com (Timeout while contacting DNS servers)'],
      ['We could not resolve: the ticket (see notes)'],
    )
    namesEntry('stream-interrupted', ['Stream idle timeout - partial response received'], ['stream idle timeout: 30s'])
    namesEntry(
      'missing-api-key',
      ['You did not provide an API key.', 'no api key was provided'],
      ['The API key you provided is not valid'],
    )
    namesEntry('budget-exceeded', ['BudgetExceededError: spend over budget'], ['class BudgetExceededErrorHandler {}'])
  })
})

describe('components/error-lookup/match: round 34 (lead) an empty key or address field, in Chinese', () => {
  it("reads a client's refusal to send without a key or an address as the missing key or the address", () => {
    namesEntry('missing-api-key', ['OpenAI API Key 未设置', 'apikey未填写'], ['API Key 已配置', 'API Key 配置说明'])
    namesEntry('invalid-url-client', ['Base URL 未配置', '接口地址未填写'], ['Base URL 已配置'])
  })
})

describe('components/error-lookup/match: round 34 (cn-vendors-2) Ark, MiniMax, Spark, Baichuan and Hunyuan rows', () => {
  it("reads Ark's ServerOverloaded wording as the vendor's capacity and its Coding Plan window as a wait", () => {
    namesEntry(
      'provider-overloaded',
      [
        '{"error":{"code":"ServerOverloaded","message":"The service is currently unable to handle additional requests.","param":"","type":"TooManyRequests"}}',
        'The service is currently unable to handle additional requests.',
      ],
      ['The service is currently handling requests normally.', 'unable to handle additional arguments'],
    )
    namesEntry(
      'upstream-rate-limited',
      [
        '429 {"error":{"code":"AccountQuotaExceeded","message":"You have exceeded the 5-hour usage quota. It will reset at 2026-08-03 23:59:59 +0800 CST."}}',
      ],
      ['the 5-hour usage quota resets at midnight'],
    )
  })

  it("reads Ark's AccessDenied and UnsupportedModel as a permission, not the balance or the name", () => {
    namesEntry(
      'provider-permission-denied',
      [
        '403 The request failed because you do not have access to the requested resource. Request ID: 0217',
        '{"error":{"code":"UnsupportedModel","message":"The glm-4.6 model does not support the coding plan feature. Please refer to the documentation at https://www.volcengine.com/docs/82379/1925114 to select a compatible model."}}',
        '{"header":{"code":10015,"message":"appid在黑名单中","sid":"cht000","status":2}}',
      ],
      ['this model does not support the coding plan pricing page yet', 'IP 地址在黑名单中的设备已断开'],
    )
    expect(topEntry('403 The request failed because you do not have access to the requested resource.')).not.toBe(
      'insufficient-user-quota',
    )
  })

  it("reads MiniMax's 2045, 2056, 1042 and 1033 in its base_resp or its table's words", () => {
    namesEntry(
      'upstream-rate-limited',
      [
        '{"base_resp":{"status_code":2045,"status_msg":"rate growth limit"}}',
        'MiniMax 返回错误 2045（请求频率增长超限，请避免骤增骤减）',
        'MiniMax 返回错误 2056（超出 M Plan 资源限制，请稍后再试）',
      ],
      ['status code 2045 in the log', 'order 2056 shipped'],
    )
    namesEntry(
      'invalid-parameters',
      [
        '{"base_resp":{"status_code":1042,"status_msg":"invalid characters"}}',
        '1042 不可见字符比例超限/非法字符超过10%',
      ],
      ['error 1042 at line 3', '"code": 1042'],
    )
    namesEntry('upstream-failed', ['MiniMax 返回错误 1033（系统错误/下游服务错误，请稍后再试）'], ['系统错误'])
  })

  it("reads iFlytek Spark's engine, capacity, concurrency and request rows", () => {
    namesEntry(
      'upstream-failed',
      [
        '{"header":{"code":10009,"message":"和引擎建立连接失败","sid":"cht000","status":2}}',
        '{"header":{"code":10012,"message":"引擎内部错误","sid":"cht000","status":2}}',
        '{"header":{"code":10222,"message":"引擎网络异常","sid":"cht000","status":2}}',
      ],
      ['搜索引擎已连接', '引擎启动成功'],
    )
    namesEntry(
      'provider-overloaded',
      ['{"header":{"code":10008,"message":"服务容量不足，联系工作人员"}}'],
      ['磁盘容量充足'],
    )
    namesEntry(
      'upstream-rate-limited',
      ['{"header":{"code":10006,"message":"用户并发错误：当前用户已连接，同一用户不能多处同时连接。"}}'],
      ['用户并发数：3', '同一用户可以多处同时登录'],
    )
    namesEntry(
      'invalid-parameters',
      ['用户参数值有错误', '用户的消息格式有错误', '请求引擎的参数异常 引擎的schema 检查不通过'],
      ['用户参数已保存'],
    )
    namesEntry('content-policy', ['该错误码表示返回结果疑似敏感，建议拒绝用户继续交互'], ['返回结果正常'])
  })

  it("reads Baichuan's Missing apikey as a missing key and Hunyuan's StopUsing as the vendor account", () => {
    namesEntry('missing-api-key', ['{"code":10100,"msg":"Missing apikey"}'], ['apikey present'])
    namesEntry(
      'vendor-account-overdue',
      ['{"Response":{"Error":{"Code":"ResourceUnavailable.StopUsing","Message":"账号已停服。"},"RequestId":"x"}}'],
      [],
    )
  })
})

describe("components/error-lookup/match: round 34 (lead) a proxy's role check and an app's key-shape check", () => {
  it("reads LiteLLM's role refusal as the model not allowed, and gpt_academic's key-shape check as a malformed key", () => {
    namesEntry(
      'model-not-allowed-for-key',
      ['User does not have permission to make this model call. Your role=internal_viewer.'],
      ['The admin user does have permission to make this model call'],
    )
    namesEntry('key-malformed', ['[API_KEY] 您的 API_KEY 不满足任何一种已知的密钥格式'], ['已知的密钥格式有三种'])
  })
})

describe('components/error-lookup/match: round 35 (desc-zh) a truncated reply and an Ollama origin refusal', () => {
  it('reads a reply said to be truncated as the output limit, not advice, a conditional or a tool log', () => {
    for (const text of ['太小：回答被截断，只拿到一半内容。', '模型回答被截断', '回复总是被截断']) {
      expect(topEntry(text), text).toBe('context-length-exceeded')
      expect(describedAs(text), text).toBe(true)
    }
    for (const text of [
      '设置 max_tokens 以免回答被截断',
      '如果回答被截断，请调大 max_tokens',
      '导致正常的长回答被截断',
      '进程表输出被截断得有点凶',
      '超长错误输出被截断时不再可能把密钥劈在切口上',
    ])
      expect(ids(text), text).not.toContain('context-length-exceeded')
  })

  it("reads Ollama's refusal of an extension and the OLLAMA_ORIGINS hint as CORS, not a config line or a model pull", () => {
    namesEntry(
      'cors-blocked',
      [
        'Ollama 拒绝了扩展的请求（403）。请在终端设置 OLLAMA_ORIGINS 环境变量后重启 Ollama。',
        '请检查是否配置了 OLLAMA_ORIGINS 环境变量',
      ],
      [
        'OLLAMA_ORIGINS="*" ollama serve',
        'ENV OLLAMA_HOST=0.0.0.0 OLLAMA_ORIGINS="*"',
        'Error: pull model manifest: 403',
      ],
    )
  })
})

describe("components/error-lookup/match: round 35 (desc-en) people's own English descriptions, as troubleshooting pages settle them", () => {
  it('reads replies chopped off or a stream that dies mid-sentence as the stream cut off, not a process or a build', () => {
    describesEntry(
      'stream-interrupted',
      [
        "when I'm deploying to Vercel, longer responses get chopped off in the UI",
        'The AI responds for exactly 10 or 15 seconds, and then the stream abruptly dies mid-sentence.',
      ],
      [
        'the build died midway',
        'the process died in the middle of the night',
        'the onions are chopped off the stem',
        'the stream dies when the camera disconnects',
      ],
    )
  })

  it('reads a container that cannot reach Ollama as the connection, not a conditional, advice or the internet', () => {
    describesEntry(
      'connection-refused',
      [
        "it's often due to the WebUI docker container not being able to reach the Ollama server at 127.0.0.1:11434",
        "Open WebUI container can't connect to Ollama",
        'I cannot reach Ollama from inside the docker container',
      ],
      [
        'If the container cannot reach Ollama, set OLLAMA_BASE_URL',
        'Make sure the container can reach localhost',
        'the container cannot reach the internet',
        'when the container is unable to connect to localhost it retries',
      ],
    )
  })

  it("reads credits there and the quota error still shown as the balance, not a rate limit's quota or a conditional", () => {
    describesEntry(
      'insufficient-user-quota',
      [
        'So $5 gets deposited into the OpenAI account. Credit confirmed, visible in the dashboard, everything looks green. Still getting quota errors.',
        'why the quota error persists even after paying',
        'I have $20 in credits but I am still getting quota errors',
      ],
      [
        'If you have credits but still get quota errors, wait ten minutes',
        'the payment page is still loading, quota exceeded for the day',
        'I have credits on Google Cloud but still get quota exceeded: RESOURCE_EXHAUSTED',
        'I have credits but still get quota exceeded for requests per minute',
      ],
    )
  })

  it('reads working in curl or Postman but failing in the browser as CORS, not another app or a script', () => {
    describesEntry(
      'cors-blocked',
      [
        'it works in curl/Postman but fails in the browser',
        'Why Your API Works in Postman but Fails in the Browser',
        'It works in curl but not in the browser',
        'Why fetch fails in browser but works in curl',
      ],
      [
        'works in Postman but not in my app',
        'it works with curl but fails from my Python script',
        'works in the browser but fails in curl',
      ],
    )
  })
})

describe("components/error-lookup/match: round 34 (lead) Anthropic's CORS refusal, Gemini's retired ids, Ollama not running", () => {
  it('reads each by its own words, over the type or status it comes under', () => {
    namesEntry(
      'cors-blocked',
      [
        '{"type":"error","error":{"type":"authentication_error","message":"CORS requests are not allowed for this Organization"}}',
      ],
      ["We set the 'anthropic-dangerous-direct-browser-access' header proactively."],
    )
    // with the 401 it comes under, the key's entry keeps the first place and CORS follows it
    expect(
      ids(
        `Error: 401 {"type":"error","error":{"type":"authentication_error","message":"CORS requests must set 'anthropic-dangerous-direct-browser-access' header"}}`,
      ),
    ).toContain('cors-blocked')
    namesEntry(
      'gemini-model-not-found',
      ['404 This model models/gemini-2.0-flash is no longer available to new users'],
      ['This offer is no longer available to new customers'],
    )
    namesEntry(
      'failed-to-fetch',
      ['Error: Cannot connect to Ollama'],
      ['Make sure Ollama is running and the model is pulled'],
    )
  })
})

describe('components/error-lookup/match: round 36 (apps-a) the errors knowledge-base, workflow and chat apps show', () => {
  it("reads LobeHub's model-runtime errors in both languages by their own words", () => {
    namesEntry(
      'no-available-channel',
      [
        '抱歉，代理或路由器没有可用的通道来请求此模型。请切换通道/密钥配置或稍后重试。',
        '{"errorType":"NoAvailableChannel","provider":"openai"}',
      ],
      ['代理或路由器已连接'],
    )
    namesEntry(
      'invalid-parameters',
      [
        '抱歉，上游提供商拒绝了请求，因为格式不正确。请检查输入或尝试使用其他模型。',
        'Sorry, this model does not support the requested capability (such as vision input or tool calling). Please switch to a model that supports it.',
        '{"errorType":"CapabilityNotSupported","provider":"openai"}',
      ],
      ['the upstream provider accepted the request'],
    )
    namesEntry(
      'content-policy',
      [
        '抱歉，内容被上游安全过滤器拒绝。请修改您的提示词并重试。',
        'The content includes blocked terms. Please rephrase and try again.',
        'The content was blocked due to recitation risk. Please use more original wording and try again.',
      ],
      ['The content includes terms of service', 'recitation risk is low'],
    )
    namesEntry(
      'rate-limit-exceeded',
      ['抱歉，此密钥的令牌使用量或请求次数已达到速率限制。请稍后重试或增加密钥配额。'],
      ['请求次数统计'],
    )
    namesEntry(
      'key-quota-exhausted',
      [
        '抱歉，此密钥的配额已用尽。请检查您的账户余额是否充足或在增加密钥配额后重试。',
        '很抱歉，该密钥的配额(quota)已达上限，请检查账户余额是否充足，或增大密钥配额后再试',
      ],
      ['该密钥的配额可在控制台调整'],
    )
    namesEntry('doubled-v1', ['请求返回为空。请检查API代理地址是否未以`/v1`结尾。'], ['API代理地址以 /v1 结尾'])
    namesEntry(
      'connect-timeout',
      [
        'Connection to the provider timed out or was dropped. Please check your network and try again.',
        '{"errorType":"ProviderNetworkError","provider":"openai"}',
      ],
      ['Connection to the provider was established'],
    )
    expect(topEntry('提供商暂时过载或不可用。请稍后重试。')).toBe('provider-overloaded')
    expect(topEntry('当前请求内容超出了模型可处理的长度。请减少内容量并重试。')).toBe('context-length-exceeded')
  })

  it("reads LobeHub's Chinese region notice as the region, not the model or the service it also names", () => {
    const notice =
      '抱歉，您当前的位置不支持此模型服务。这可能是由于地区限制或服务不可用。请确认当前地点是否支持使用此服务，或尝试使用其他地点。'
    expect(topEntry(notice)).toBe('unsupported-region')
    expect(ids(notice)).not.toContain('model-not-found')
    expect(ids('该渠道暂不支持此模型')).toContain('model-not-found')
  })

  it("reads the English of LobeChat's status tips, which were only guessed or read as descriptions", () => {
    expect(
      topEntry(
        'Sorry, the server has rejected your request, possibly due to insufficient permissions or invalid authentication.',
      ),
    ).toBe('invalid-api-key')
    expect(
      topEntry('Sorry, the server did not receive a response from the upstream server. Please try again later.'),
    ).toBe('gateway-timeout')
    expect(
      topEntry(
        'Sorry, the server seems to be lost and is temporarily unable to provide service. Please try again later.',
      ),
    ).toBe('upstream-failed')
    expect(
      topEntry(
        'Sorry, the server cannot find the page or resource you requested. Please make sure your URL is correct.',
      ),
    ).toBe('wrong-path-404')
  })

  it("reads Cherry Studio's English tips as their Chinese ones are read", () => {
    namesEntry(
      'unsupported-region',
      ['Service unavailable in your region. Configure a proxy or switch to a provider available in your area'],
      ['Service unavailable. Please try again later'],
    )
    expect(extractError('Service unavailable in your region. Configure a proxy').status).toBeUndefined()
    expect(extractError('Service unavailable. Please try again later').status).toBe(503)
    namesEntry(
      'provider-permission-denied',
      [
        'The provider refused this request. Check the error details, your account plan, API key permissions, or access to this resource',
        '提供者拒絕了此要求。請檢查錯誤詳細資料、帳號方案、API 金鑰權限，或你對此資源的存取權限',
      ],
      ['The provider refused this request once, then accepted it'],
    )
    namesEntry(
      'missing-api-key',
      [
        'API key is not configured',
        'You have not configured an API key. Please go to the OpenAI to obtain an API key.',
      ],
      ['If the API key is not configured, the app uses the environment variable'],
    )
    namesEntry(
      'gateway-internal-error',
      ['Server error. Please try again later', 'Server error, please retry later'],
      ['[ChatGPT MD] Anthropic: Server error. Please try again later.'],
    )
    namesEntry('vendor-account-overdue', ['Please go to the DeepSeek to recharge.'], ['Please go to the settings page'])
    expect(topEntry('模型不存在或你没有访问权限')).toBe('model-not-found')
    expect(topEntry('Response interrupted, check network stability or retry')).toBe('stream-interrupted')
  })

  it("reads MaxKB's credential-check wrapper by the error it wraps, and as the key only when nothing follows", () => {
    expect(topEntry('认证失败，请检查参数是否正确：Connection error.')).toBe('failed-to-fetch')
    expect(ids('认证失败，请检查参数是否正确：Connection error.')).toContain('invalid-api-key')
    expect(
      topEntry(
        "Verification failed, please check whether the parameters are correct: Error code: 404 - {'error': {'message': 'The model `gpt-5o` does not exist or you do not have access to it.', 'code': 'model_not_found'}}",
      ),
    ).toBe('model-not-found')
    expect(topEntry('认证失败，请检查参数是否正确')).toBe('invalid-api-key')
    expect(topEntry('认证失败')).toBe('invalid-api-key')
  })

  it("reads Dify's, FastGPT's and Coze Studio's own wordings", () => {
    namesEntry('model-not-found', ['Model gpt-4o not exist.'], ['the model does exist.'])
    namesEntry('insufficient-user-quota', ['Model quota has been exceeded'], ['Model quota settings'])
    namesEntry('model-not-allowed-for-key', ['无权操作该模型'], ['有权操作该模型'])
    namesEntry('client-timeout', ['Model timeout, please try again later.'], ['Model timeout settings'])
    expect(
      topEntry(
        'The model context length limit has been exceeded. Reduce the length of the question, or ask the bot developer to simplify the prompt.',
      ),
    ).toBe('context-length-exceeded')
  })
})

describe('components/error-lookup/match: round 36 (apps-b) coding agents, IDE extensions and chat front-ends in their own words', () => {
  it('reads the agents’ words for a missing key, not a key that is there but wrong', () => {
    namesEntry(
      'missing-api-key',
      [
        'OpenAI API key or Azure Identity Authentication is required',
        'No API key was sent with the request. Add "apiKey" to your model config.',
        'API key secret not found. Add the apiKey to your secrets or set it directly in your config.',
        'missing OpenAI API key',
        'missing DeepSeek API key',
        'Warning: openai/gpt-4o expects these environment variables\n- OPENAI_API_KEY: Not set',
        '{"type":"no_user_key"}',
      ],
      [
        'Warning: openai/gpt-4o expects these environment variables\n- OPENAI_API_KEY: Set',
        'The API key secret was rotated last week',
        'an Azure Identity Authentication guide',
      ],
    )
    expect(ids('Missing or invalid API key')).not.toContain('missing-api-key')
  })

  it('reads the agents’ words for a refused key, a key the model is off limits to, and a 403', () => {
    namesEntry(
      'invalid-api-key',
      [
        'This error usually happens when the API key is actually invalid. Check your API key value or try a new one.',
        '{"type":"invalid_user_key"}',
      ],
      ['The API key is actually valid, the model name was wrong'],
    )
    expect(topEntry('{"type":"expired_user_key","expiredAt":"2025-03-01T00:00:00.000Z","endpoint":"openAI"}')).toBe(
      'expired-key',
    )
    namesEntry(
      'key-malformed',
      ["Invalid Groq API key format. Groq API keys should start with 'gsk_'"],
      ['API keys are stored in the keychain'],
    )
    namesEntry(
      'provider-permission-denied',
      [
        'Access forbidden. Please verify your Groq API key has the correct permissions.',
        'Cerebras API access denied. Please check your API key permissions.',
        'Your OpenAI organization must be verified for this feature.',
      ],
      ['Please verify your email address', 'API access granted'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      [
        'Model not available for your API key',
        "This model needs to be enabled in your provider's key settings. Add it to the allowed models list and try again.",
      ],
      ['This model is available for your API key', 'needs to be enabled in settings'],
    )
  })

  it('reads context overflows and the output limit as the context window', () => {
    namesEntry(
      'context-length-exceeded',
      [
        'Model reached the maximum output token limit before completing the turn',
        'prompt too large for context window',
        'This message — including search results and tool output — is longer than the model can process at once.',
        'The length of the context exceeds the maximum limit that the model can handle.',
      ],
      ['the prompt fits the context window', 'The model can process it at once'],
    )
  })

  it('reads front-ends’ own balance and per-user limits, and not a bank demo', () => {
    namesEntry(
      'insufficient-user-quota',
      ['Insufficient Funds! Balance: 1200. Prompt tokens: 3541. Cost: 10623.', '{"type":"token_balance","balance":-5}'],
      ['Insufficient funds! Balance: 100.0 kr.'],
    )
    namesEntry(
      'openai-insufficient-quota',
      [
        'We apologize for any inconvenience caused. The default API key has reached its limit. To continue using this service, please set up your own API key.',
        'OpenAI quota exceeded.',
      ],
      ['The default API key works for everyone'],
    )
    namesEntry(
      'rate-limit-exceeded',
      [
        'Only 2 messages at a time. Please allow any other responses to complete before sending another message, or wait one minute.',
        'You hit the message limit. You have a cap of 40 messages per 3 minutes.',
        'You have met your maximum 24 hour chat quota of 20 chats. Try again later.',
      ],
      ['You hit the jackpot', 'a 24 hour chat with support'],
    )
  })

  it('reads an empty answer, a refused connection, a send that failed and a stream that ended', () => {
    namesEntry(
      'upstream-failed',
      ['Model returned empty response', 'Empty response received from LLM. Check your provider account?'],
      ['The model returned a response'],
    )
    namesEntry(
      'connection-refused',
      ['Connection was refused. This likely means that there is no server running at the specified URL.'],
      ['Connection was established'],
    )
    namesEntry(
      'failed-to-fetch',
      ['error sending HTTP request to OpenAI API'],
      ['error sending HTTP request to webhook'],
    )
    namesEntry(
      'stream-interrupted',
      [
        'Provider ended the request: terminated',
        '提供方终止了请求：terminated',
        'stream from OpenAI ended unexpectedly',
        "I/O error reading response from OpenAI's API",
      ],
      ['The provider ended the request early because it finished', '提供方终止了合作'],
    )
  })

  it('reads a model the list does not hold as the model name, in both languages', () => {
    namesEntry(
      'model-not-found',
      [
        '模型ID gpt-5-codex 不可用，请重新选择',
        'This model is no longer available. Please select a different model.',
        '此模型不再可用，请选择其他模型。',
        "'gpt-5-mini' is not available, please select another model",
        'You do not have access to gpt-4. If you are using an OpenAI model, you may need to add a payment method',
      ],
      ['This plan is no longer available', '此模型可用', 'You do not have access to this page.'],
    )
  })

  it('reads LibreChat’s error types by their code', () => {
    expect(topEntry('{"type":"no_base_url"}')).toBe('invalid-url-client')
    expect(topCause('{"type":"token_balance","balance":0,"tokenCost":100,"promptTokens":50}')).toBe(
      'insufficient_balance',
    )
  })
})

describe('components/error-lookup/match: round 36 (lead) wordings the fresh sets showed missing, from their sources', () => {
  it("reads OpenAI's unknown_url as a wrong path, not a bad request", () => {
    namesEntry(
      'wrong-path-404',
      [
        '{"error":{"type":"invalid_request_error","code":"unknown_url","message":"Unknown request URL: POST /v1/chat/completion.","param":null}}',
        'openai.NotFoundError: Error code: 404 - Unknown request URL: GET /v1/model.',
      ],
      ['return new IllegalArgumentException("Unknown request URL " + request.getUrl())', 'unknown request url'],
    )
  })

  it('reads Python’s TLS-to-an-https-proxy failure as the proxy', () => {
    namesEntry(
      'proxy-error',
      ['ValueError: check_hostname requires server_hostname', 'ValueError check hostname requires server hostname'],
      ['ssl_context.check_hostname = False', 'server_hostname must be a str'],
    )
  })

  it("reads Vercel's function time limit as a timeout", () => {
    namesEntry(
      'gateway-timeout',
      ['An error occurred with your deployment\n\nFUNCTION_INVOCATION_TIMEOUT\n\nsin1::abcd-1712345678901'],
      ['FUNCTION_INVOCATION_TIMEOUTS_ENABLED=1'],
    )
  })

  it("reads Gemini's turn order and Anthropic's sampling pair as bad requests", () => {
    namesEntry(
      'invalid-parameters',
      [
        'GoogleGenerativeAIError: [400 Bad Request] Please ensure that multiturn requests ends with a user role or a function response.',
        '{"type":"error","error":{"type":"invalid_request_error","message":"`temperature` and `top_p` cannot both be specified for this model. Please use only one."}}',
      ],
      ['You can set temperature and top_p together for this model.'],
    )
  })

  it("reads OpenAI's unsupported_country as the region, not the access_denied before it", () => {
    namesEntry(
      'unsupported-region',
      ["access_denied: OpenAI's services are not available in your country. (error=unsupported_country)"],
      ['/dashboard/settings?error=unsupported_countries'],
    )
  })

  it("reads Gemini's model 404 cut after its first clause, not a model file", () => {
    namesEntry(
      'gemini-model-not-found',
      ['404 models/gemini-1.5-flash is not found', 'models/gemini-2.0-flash-exp-image-generation is not found'],
      ['File models/llama-7b.gguf is not found', 'checkpoints/models/v1 is not found'],
    )
  })

  it("reads SQLite's busy database as the service's own failure", () => {
    namesEntry('gateway-internal-error', ['Error: SQLITE_BUSY: database is locked'], ['the database is lockable'])
  })
})

describe("components/error-lookup/match: round 36 (gaps-zh) apps', relays', SDKs' and vendors' wordings pasted errors quote", () => {
  it("reads a DeepSeek Harness IM bot's failure table by its own rows, not by its code names in source", () => {
    namesEntry(
      'client-timeout',
      [
        '等待模型回复超时，任务可能仍在运行。请先等待或发送 /stop，不要立即重复提交。\n\n错误码：MODEL_REPLY_TIMEOUT；参考号：MF-1A2B3C4D',
      ],
      ['const MODEL_REPLY_TIMEOUT_MS = 2500;', 'MODEL_REPLY_TIMEOUT_S = 180'],
    )
    namesEntry('invalid-api-key', ['模型凭据缺失或已失效。请管理员检查模型配置后重试。'], ['模型凭据已更新'])
    namesEntry('upstream-rate-limited', ['模型服务正在限流，本次任务未完成。请稍后重试。'], ['模型服务已恢复'])
    namesEntry('upstream-failed', ['模型服务暂时异常，本次任务未完成。请稍后重试。'], [])
    namesEntry('invalid-parameters', ['当前模型不支持这类内容或所选配置。请调整内容、模型或推理等级后重试。'], [])
    namesEntry('context-length-exceeded', ['模型达到输出长度上限，但没有生成可显示的结果。请缩小任务范围后重试。'], [])
    namesEntry('content-policy', ['模型拒绝处理当前内容。请调整问题内容后重试。'], [])
    namesEntry('failed-to-fetch', ['暂时无法连接模型服务，本次任务未完成。请稍后重试。'], [])
    namesEntry('stream-interrupted', ['模型回复中断或格式异常，本次任务未完成。请重试。'], [])
  })

  it("reads Coze's replies as coze-discord-proxy sorts them: failure, busy, held back, out of credits", () => {
    namesEntry(
      'upstream-failed',
      [
        'Something wrong occurs, please retry. If the error persists, please contact the support team.',
        'Some error occurred. Please try again or contact the support team in our communities.',
      ],
      ['Something wrong? Please retry.'],
    )
    namesEntry('provider-overloaded', ['There are too many users now. Please try again a bit later.'], [])
    namesEntry(
      'upstream-rate-limited',
      [
        'You have exceeded the daily limit for sending messages to the bot. Please try again later.',
        "We've detected unusual traffic from your network, so Coze is temporarily unavailable.",
      ],
      [],
    )
    namesEntry(
      'vendor-account-overdue',
      [
        "Hi there! You've used up your credits for today. To continue enjoying our service, please try again tomorrow or consider upgrading to our premium plan.",
        "The bot's usage is covered by the developer, but due to the developer's message credits being exhausted, the bot is temporarily unavailable.",
      ],
      [],
    )
  })

  it("reads Baidu Translate's 54001 and 54003 with their codes, not a validator's or a sign-in's words", () => {
    namesEntry(
      'invalid-api-key',
      ['{"error_code":"54001","error_msg":"Invalid Sign"}', 'code: 54001, Invalid Sign'],
      ['Invalid signature', '{"error_msg":"Invalid sign-in attempt"}', 'Invalid Sign'],
    )
    namesEntry(
      'upstream-rate-limited',
      ['{"error_code":"54003","error_msg":"Invalid Access Limit"}', 'code: 54003, Invalid Access Limit'],
      ['return fmt.Errorf("invalid access limit: %w", err)', 'blocks invalid access limits with 小数'],
    )
  })

  it("reads Qianfan's role rows, DeepSeek's thinking-mode tool_choice, Model Studio's missing user message and vLLM's max_tokens check as the request", () => {
    namesEntry(
      'invalid-parameters',
      [
        '{"error_code":336006,"error_msg":"the role of message with even index in the messages must be user or function"}',
        'the role of message with odd index in the messages must be assistant',
        '{"error":{"message":"Thinking mode does not support this tool_choice","type":"invalid_request_error"}}',
        '<400> InternalError.Algo.InvalidParameter: The input messages do not contain elements with the role of user',
        'vllm.exceptions.VLLMValidationError: max_tokens=8888 cannot be greater than max_model_len=max_total_tokens=3072.',
        'litellm.BadRequestError: OpenAIException - max_tokens=32768 cannot be greater than max_model_len=max_total_tokens=12288. Please request fewer output tokens.',
      ],
      ['vLLM enforces max_tokens <= max_model_len', 'messages must be an odd number >= 1'],
    )
    expect(topEntry('max_tokens=131073 cannot be greater than max_model_len')).toBe('invalid-parameters')
  })

  it("reads the AI Studio token refusal, Google's missing default credentials, Gemini CLI's project requirement and a Claude-Code-only channel", () => {
    namesEntry(
      'invalid-api-key',
      ['暂无权限使用，请在 AI Studio 正确获取访问令牌(access token)使用', '暂无权限访问ErnieBot服务，请检查访问令牌。'],
      ['请在 AI Studio 创建项目'],
    )
    namesEntry(
      'missing-api-key',
      [
        'google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.',
        'Could not automatically determine credentials. Please set GOOGLE_APPLICATION_CREDENTIALS or explicitly create credentials and re-run the application.',
      ],
      ['export GOOGLE_APPLICATION_CREDENTIALS=/path/key.json'],
    )
    namesEntry(
      'provider-permission-denied',
      [
        'This account requires setting the GOOGLE_CLOUD_PROJECT or GOOGLE_CLOUD_PROJECT_ID env var. See https://goo.gle/gemini-cli-auth-docs#workspace-gca',
      ],
      ['export GOOGLE_CLOUD_PROJECT=my-project'],
    )
    namesEntry(
      'group-not-allowed',
      ['接口仅可用于Claude Code客户端', 'API Error: 400 {"error":{"message":"接口仅可用于Claude Code客户端"}}'],
      ['Claude Code 客户端已更新'],
    )
  })

  it('reads waits that ran out on the caller’s side as the client giving up', () => {
    namesEntry(
      'client-timeout',
      [
        'FC Invoke End RequestId: 1-64263a4b-2cd7c98b677, Error: Invocation canceled by client (duration: 4912ms, maxMemoryUsage: 0.00MB)',
        '翻译失败：插件 60 秒未响应',
      ],
      ['插件 60 秒内完成加载'],
    )
  })

  it("reads a writing app's length and content-filter stops, an endpoint check, a listing's 404 and the Speech SDK's refused socket", () => {
    namesEntry(
      'context-length-exceeded',
      [
        'AI 输出达到模型最大长度，结果不完整。请提高模型最大输出 Tokens 或缩短本次任务后重试。',
        'AI output repeatedly reached the model maximum length. Automatic continuation ran 3 times but the output is still incomplete, so it was not saved.',
      ],
      [],
    )
    namesEntry(
      'content-policy',
      ['AI 输出因内容限制而未完成，结果未被保存。', '…output was stopped by the content policy and was not saved.'],
      [],
    )
    namesEntry('invalid-url-client', ["API反代地址填写错误，正确格式应为 'https://<网址>/v1'"], ['API反代地址已保存'])
    namesEntry(
      'wrong-path-404',
      ['Error: Failed to fetch models: 404', 'Failed to fetch models: Not Found'],
      ['Failed to fetch models: 401'],
    )
    namesEntry(
      'azure-access-denied',
      ['Unable to contact server. StatusCode: 1006, undefined Reason:  undefined'],
      ['StatusCode: 1006 is documented in RFC 6455'],
    )
  })
})

describe('components/error-lookup/match: round 36 (gaps-en) wordings real pastes carried that no entry read', () => {
  it("reads ureq's, Bun's and the JDK's connection failures by the runtime's own words", () => {
    namesEntry(
      'failed-to-fetch',
      [
        'https://api.openai.com/v1/models: Connection Failed: Connect error: Network is unreachable (os error 101)',
        'FailedToOpenSocket: Was there a typo in the url or port?',
        'fetch() failed. For more information, pass `verbose: true` in the second argument to fetch()',
      ],
      ['The connection failed: connect errors are retried three times', 'Was there a typo in the docs?'],
    )
    namesEntry(
      'dns-failure',
      ["https://api.openai.com/v1/models: Dns Failed: resolve dns name 'api.openai.com:443': failed to lookup address"],
      ['Dns failed checks are listed on the status page'],
    )
    namesEntry(
      'proxy-error',
      ['https://api.openai.com/v1/models: Proxy failed to connect'],
      ['The proxy failed to connect the two services in our diagram'],
    )
    namesEntry(
      'connection-refused',
      [
        'ConnectionRefused: Unable to connect. Is the computer able to access the url?',
        'Exception in thread "main" java.net.ConnectException',
      ],
      ['java.net.ConnectException: Connection timed out: connect', 'Unable to connect the dots in this paper'],
    )
  })

  it("reads Bun's closed socket as the dropped connection, with the cut stream beside it", () => {
    const bun =
      'API Error: The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()'
    expect(ids(bun).slice(0, 2)).toEqual(['connection-reset', 'stream-interrupted'])
    expect(ids('The websocket connection closed unexpectedly after idling')).not.toContain('connection-reset')
  })

  it("reads Firefox's body errors, undici's bare `terminated` and unparsable chunks as the cut stream", () => {
    namesEntry(
      'stream-interrupted',
      [
        'TypeError: Error in input stream',
        'Uncaught (in promise) TypeError: Error in body stream',
        'Streaming error: terminated',
        '{"name":"UnknownError","data":{"message":"terminated"}}',
        'could not parse chunk:\n"""\n data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":16885\n"""',
        'Error: data did not match any variant of untagged enum ResponseStreamResult',
        'Error: Compaction interrupted · This may be due to network issues — please try again.',
      ],
      [
        'GST_ERROR: error in input stream: buffer has invalid timestamp and/or offset',
        'The exception that is thrown when an error in input stream occurs during decoding.',
        'Worker error: terminated by signal SIGKILL',
        'Error: Process terminated',
        'Could not parse chunk index from file name chunk_3.wav',
      ],
    )
  })

  it("reads Claude Code's compaction refusal, with the thrown Error's name between, as the context", () => {
    namesEntry(
      'context-length-exceeded',
      [
        'Error: Error during compaction: Error: Conversation too long. Press esc twice to go up a few messages and try again.',
      ],
      ['Press esc twice to go back to the previous menu'],
    )
  })

  it("reads BingImageCreator's failures through get_images, and not a bare `No images`", () => {
    namesEntry(
      'media-task-failed',
      [
        'File "BingImageCreator.py", line 186, in get_images\n    raise Exception(error_no_images)\nException: No images',
      ],
      ['Exception: No images', 'raise Exception("No images") if the folder is empty'],
    )
    namesEntry(
      'content-policy',
      ['Exception: Your prompt has been blocked by Bing. Try to change any bad words and try again.'],
      ['Your post has been blocked by the moderators'],
    )
  })

  it("reads 1min-relay's logged error code by its ERROR_HANDLER table, and not a bare code", () => {
    const line = (code: number) =>
      `ERROR:1min-relay:An error has occurred while processing the user's request. Error code: ${code}`
    expect(topEntry(line(1044))).toBe('invalid-parameters')
    expect(topEntry(line(1002))).toBe('model-not-found')
    expect(topEntry(line(1020))).toBe('invalid-api-key')
    expect(topEntry(line(1212))).toBe('wrong-path-404')
    expect(topEntry(line(1500))).toBe('upstream-failed')
    expect(ids('Error code: 1044')).not.toContain('invalid-parameters')
    expect(ids(line(1999))).toEqual([])
  })

  it("reads ChatGPT MD's HTTP messages only with the plugin's prefix", () => {
    namesEntry(
      'upstream-failed',
      [
        '[ChatGPT MD] Anthropic: Server error. Please try again later. - Model: claude-3-5-sonnet, URL: https://api.anthropic.com',
      ],
      ['Server error. Please try again later.'],
    )
    namesEntry(
      'provider-permission-denied',
      ['[ChatGPT MD] Gemini: Access forbidden. Please check your API key and permissions. - Model: gemini-2.5-pro'],
      ['Access forbidden. Please check your API key and permissions.'],
    )
  })

  it("reads Cursor's connection detail as the provider, not its title, which it puts over the provider's refusals too", () => {
    namesEntry(
      'upstream-failed',
      [
        '{"error":"ERROR_OPENAI","details":{"title":"Unable to reach the model provider","detail":"We\'re having trouble connecting to the model provider. This might be temporary - please try again in a moment."}}',
      ],
      ['{"error":"ERROR_OPENAI","details":{"title":"Unable to reach the model provider"}}'],
    )
  })

  it("reads OpenAI's missing parameter, its 2023 model sentence and its usage-limit sentence", () => {
    namesEntry(
      'invalid-parameters',
      ["Missing required parameter: 'messages'."],
      ['See the list of each missing required parameter in the docs'],
    )
    namesEntry('model-not-found', ['openai.error.InvalidRequestError: The model: `gpt-4` does not exist'], [])
    namesEntry(
      'openai-insufficient-quota',
      [
        "You've reached your usage limit. See your usage dashboard and billing settings for more details. If you have further questions, please contact us through our help center at help.openai.com.",
      ],
      ["You've reached your usage limit for GPT-4. Please try again after 3:00 PM."],
    )
  })

  it('reads LiteLLM without its database or its migrations as the gateway, not other apps saying so', () => {
    namesEntry(
      'gateway-internal-error',
      [
        'Authentication Error, Not connected to DB!',
        'ERROR:  relation "LiteLLM_SpendLogs" does not exist at character 15',
      ],
      ['console.log("not connected to DB!", err)', 'ERROR:  relation "users" does not exist'],
    )
  })

  it("reads Firefox's French CORS message and Gemini's prohibited-content descriptions", () => {
    namesEntry(
      'cors-blocked',
      [
        'Blocage d’une requête multiorigines (Cross-Origin Request) : la politique « Same Origin » ne permet pas de consulter la ressource distante située sur file:///src/main.js.',
      ],
      ['CORS (Cross-Origin Resource Sharing) lets a server name the origins it trusts'],
    )
    namesEntry(
      'content-policy',
      [
        'Candidates blocked due to prohibited content.',
        'The prompt was blocked because it contains prohibited content.',
      ],
      ['Our terms list prohibited content such as spam'],
    )
  })
})

describe('components/error-lookup/match: round 37 (lead) wordings the fresh sets showed missing, from their sources', () => {
  it("reads GitHub's missing token permission as permission, not a bad key", () => {
    namesEntry(
      'provider-permission-denied',
      ['HttpError: Resource not accessible by integration'],
      ['the resource is accessible by integration tests'],
    )
  })

  it("reads Vercel's first-response limit as a timeout", () => {
    namesEntry(
      'gateway-timeout',
      ['Error: Your function was stopped as it did not return an initial response within 25s'],
      ['the function did not return a value'],
    )
  })

  it("reads Model Studio's url error as the path, even under its 400", () => {
    namesEntry(
      'wrong-path-404',
      ['400 {"code":"InvalidParameter","message":"url error, please check url！"}'],
      ['400 {"code":"InvalidParameter","message":"Invalid URL provided in your request."}'],
    )
  })

  it("reads LiteLLM's database layer as the gateway's own failure", () => {
    namesEntry(
      'gateway-internal-error',
      ['LiteLLM Prisma Client Exception get_generic_data: All connection attempts failed'],
      ['prisma generate completed'],
    )
  })
})

describe('components/error-lookup/match: round 37 (wrong-zh) wordings read as another cause than their source gives', () => {
  it('reads a relay task failed for input_moderation as the policy, not the task', () => {
    namesEntry(
      'content-policy',
      ['生成失败 ❌\n失败原因：input_moderation', '失败原因: output_moderation'],
      ['失败原因：网络异常'],
    )
  })

  it("reads ChatGPT's unreadable access token as the key", () => {
    namesEntry(
      'invalid-api-key',
      [
        '{"detail":{"message":"Could not parse your authentication token. Please try signing in again.","type":"invalid_request_error","param":null}}',
      ],
      ['We could not parse your configuration file. Please try again.'],
    )
  })

  it('reads a missing Authorization header in Chinese as a missing key, not another header', () => {
    namesEntry(
      'missing-api-key',
      [
        '{"detail":"缺少Authorization头"}',
        '{"status_code":1,"status_msg":"请求头缺少 Authorization"}',
        '缺少Authorization头或access_token参数',
      ],
      ['请求头缺少 X-User-Key 或 X-AI-Key', '请求头缺少bucket字段', '请求头缺少设备ID'],
    )
  })

  it("reads Tencent Cloud's InvalidSecretId as a key of the wrong kind, its SecretIdNotFound as a wrong key", () => {
    namesEntry('key-malformed', ['AuthFailure.InvalidSecretId', '密钥非法（不是云 API 密钥类型）。'], [])
    namesEntry(
      'invalid-api-key',
      ['{"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound","Message":"Key does not exist."}}}'],
      [],
    )
  })

  it('reads a concurrency verdict before an instruction to contact the admin as the rate limit', () => {
    expect(topCause('{"error":{"message":"当前并发数过高，请联系管理员"}}')).toBe('rate_limit')
    expect(topCause('{"error":{"message":"获取渠道信息失败，请联系管理员"}}')).toBe('gateway_error')
  })

  it("reads NineAI's failed drawing command as the task when pasted without its status", () => {
    namesEntry('media-task-failed', ['HttpException: 发送绘图指令失败、请联系管理员检测绘画配置！'], ['发送指令失败'])
  })

  it("reads Python's ssl read and write timeouts as the request's timeout, its handshake timeout as the connection", () => {
    namesEntry(
      'client-timeout',
      [
        "requests.exceptions.ConnectionError: ('Connection aborted.', TimeoutError('The write operation timed out'))",
        'ssl.SSLError: The read operation timed out',
      ],
      ['The operation timed out waiting for a lock'],
    )
    namesEntry('connect-timeout', ['_ssl.c:980: The handshake operation timed out'], [])
  })

  it('reads the output limit alone as a parameter out of range and the input length as the context', () => {
    namesEntry(
      'invalid-parameters',
      [
        'max_tokens is too large: 10000. This model supports at most 4096 completion tokens, whereas you provided 10000.',
        '{"code":"InvalidParameter","message":"Range of max_tokens should be [1, 8192]"}',
      ],
      [],
    )
    expect(topCause('{"code":"InvalidParameter","message":"Range of input length should be [1, 30720]"}')).toBe(
      'context_length',
    )
    expect(
      topCause(
        "'max_tokens' or 'max_completion_tokens' is too large: 4096. This model's maximum context length is 8192 tokens and your request has 5000 input tokens (4096 > 8192 - 5000).",
      ),
    ).toBe('context_length')
  })

  it('reads a chosen model an app cannot find as the model, not a model file', () => {
    namesEntry('model-not-found', ['Exception: 找不到选择的模型'], ['找不到选择的模型文件'])
  })

  it("reads LangBot's 400 label as a wrapper: the provider's words after it name the cause, alone it is a bad request", () => {
    expect(
      topCause(
        "RequesterError: 请求参数错误: Error code: 400 - {'error': {'message': 'Content Exists Risk', 'type': 'invalid_request_error'}}",
      ),
    ).toBe('content_policy')
    expect(
      topCause(
        "模型请求失败: 请求参数错误: Error code: 400 - {'error': {'message': 'Model Not Exist', 'type': 'invalid_request_error'}}",
      ),
    ).toBe('model_not_found')
    expect(topEntry('请求参数错误')).toBe('invalid-parameters')
    expect(topEntry('请求参数错误: temperature must be between 0 and 2')).toBe('invalid-parameters')
  })
})

describe('components/error-lookup/match: round 37 (wrong-en) wordings whose source names another cause than the lookup did', () => {
  it("reads Dio 4's connect timeout as the connection, in both its forms, and not the words without the bracket", () => {
    namesEntry(
      'connect-timeout',
      ['Connecting timed out [5000ms]', 'flutter: request failed: Connecting timed out [0:00:10.000000]'],
      ['Retrying after a long wait: connecting timed out, please check your network'],
    )
  })

  it("reads Portkey's missing provider header as the request, and its failure bodies as no media task", () => {
    const portkey =
      '{"status": "failure", "message": "Either x-portkey-config or x-portkey-provider header is required"}'
    expect(topEntry(portkey)).toBe('invalid-parameters')
    expect(ids(portkey)).not.toContain('media-task-failed')
    expect(ids('{"status":"failure","message":"Invalid provider passed"}')).not.toContain('media-task-failed')
    expect(topEntry('{"task_id":"task_01jx3y6","status":"failed","fail_reason":"upstream task failed"}')).toBe(
      'media-task-failed',
    )
  })

  it("reads Moonshot's missing reasoning_content through OpenRouter's wrapper as the request", () => {
    expect(
      topEntry(
        'Provider returned error: {"error":{"message":"thinking is enabled but reasoning_content is missing in assistant tool call message at index 39","type":"invalid_request_error"}}',
      ),
    ).toBe('invalid-parameters')
    expect(ids('When thinking is enabled, pass reasoning_content back on each assistant message.')).not.toContain(
      'invalid-parameters',
    )
  })

  it("reads Gemini's 400 for a missing Authorization header and Azure's Bearer refusal as the key's form", () => {
    expect(
      topCause(
        "Error code: 400 - [{'error': {'code': 400, 'message': 'Missing Authorization header.', 'status': 'INVALID_ARGUMENT'}}]",
      ),
    ).toBe('key_format')
    namesEntry(
      'missing-api-key',
      [
        'Error: 401 {"statusCode": 401, "message": "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or has expired."}',
      ],
      ['throw new Error("JWT audience is incorrect.")'],
    )
  })

  it("reads Vertex's input token limit and Together's 403 as the context window", () => {
    expect(topEntry("400 INVALID_ARGUMENT: Request exceeds the model's input token limit.")).toBe(
      'context-length-exceeded',
    )
    expect(
      topEntry(
        '403 - {"error":{"message":"Input token count + max_tokens parameter must be less than the context length of the model being queried.","type":"invalid_request_error"}}',
      ),
    ).toBe('context-length-exceeded')
  })

  it("reads W&B's disabled inference gateway and gateways' model grants as permissions", () => {
    namesEntry(
      'provider-permission-denied',
      ['HTTP 403: The inference gateway is not enabled for your organization'],
      ['The inference gateway is enabled for your organization by default.'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      [
        '{"error":"User charlie is not authorized to access model: qwen-max"}',
        "openai.PermissionDeniedError: Error code: 403 - {'status': 'failure', 'message': 'User dev-1 is not authorized to access model openai-main/gpt-4o or model does not exist'}",
      ],
      ['This personal access token is not authorized to access models in this workspace.'],
    )
  })

  it("reads Groq's 413 as its tokens-per-minute limit, cut short or whole, and a bare 413 still as a large request", () => {
    expect(
      topCause(
        "Error code: 413 - {'error': {'message': 'Request too large for model `openai/gpt-oss-20b` on tokens per minute'}}",
      ),
    ).toBe('rate_limit')
    expect(topCause('WARNING run_agent: API call failed summary=HTTP 413: Request too large for model')).toBe(
      'rate_limit',
    )
    expect(topEntry('413 Request Entity Too Large')).toBe('request-too-large')
  })

  it("reads Gemini's spend cap as money, while RESOURCE_EXHAUSTED alone stays a rate limit", () => {
    for (const text of [
      'google.api_core.exceptions.ResourceExhausted: 429 Your project has exceeded its monthly spending cap.',
      '{"error":{"code":429,"message":"Your prepayment credits are depleted. Please go to AI Studio at https://ai.studio/projects to manage your project and billing.","status":"RESOURCE_EXHAUSTED"}}',
    ])
      expect(topCause(text), text).toBe('insufficient_balance')
    expect(
      topCause(
        '{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}',
      ),
    ).toBe('rate_limit')
    expect(ids('Set a monthly spending cap in AI Studio to avoid surprises.')).not.toContain(
      'openai-insufficient-quota',
    )
  })

  it("reads Chutes' capacity answer as the provider, and a capacity that is no provider's not at all", () => {
    namesEntry(
      'provider-overloaded',
      [
        'Infrastructure is at maximum capacity, try again later',
        '{"detail":"Instance is at maximum capacity, try again later"}',
      ],
      ['The parking lot is at maximum capacity.'],
    )
  })

  it("reads NCBI's 400 for a bad key as the key, while a bare 400 stays a bad request", () => {
    expect(topEntry('HTTP 400 {"error":"API key status invalid"}')).toBe('invalid-api-key')
    expect(topEntry('HTTP 400 Bad Request')).toBe('invalid-parameters')
  })

  it("lists the wrong key beside the missing one for MiniMax's 1004", () => {
    const minimax =
      "Error code: 401 - {'type': 'error', 'error': {'type': 'authorized_error', 'message': \"login fail: Please carry the API secret key in the 'Authorization' field of the request header (1004)\"}}"
    expect(topEntry(minimax)).toBe('missing-api-key')
    expect(causesOf(minimax)).toContain('invalid_key')
  })
})

describe('components/error-lookup/match: round 38 (lead) wordings the fresh sets showed missing, from their sources', () => {
  it("reads ElevenLabs' needs_authorization as no key sent, not a wrong key", () => {
    namesEntry(
      'missing-api-key',
      [
        '401 {"detail":{"status":"needs_authorization","message":"Neither authorization header nor xi-api-key received"}}',
      ],
      ['401 {"detail":{"status":"invalid_api_key","message":"Invalid API key"}}'],
    )
  })

  it("reads iFlytek's 10110 as the engine's capacity", () => {
    namesEntry(
      'provider-overloaded',
      ['code: 10110, msg: ServiceIsBusyError:Engine Busy'],
      ['DirectorServiceIsBusyError if DirectorService is performing another operation'],
    )
  })
})

describe('components/error-lookup/match: statuses an entry takes only with its own words (statusesWithWording)', () => {
  const path = syntheticEntry('path', 'base_url', {
    statuses: [404],
    statusesWithWording: [400],
    match: { codes: [], patterns: ['url error, please check url'] },
  })
  const request = syntheticEntry('request', 'bad_request', {
    statuses: [400],
    defaultFor: [400],
    match: { codes: [], patterns: ['invalid parameter'] },
  })
  const catalogue = [path, request]

  it('counts the status for the entry when its wording is there', () => {
    const [first] = lookupErrors('400 {"message":"url error, please check url"}', catalogue).matches
    expect(first?.entry.id).toBe('path')
    expect(first?.reasons).toContainEqual({ kind: 'status', value: 400 })
  })

  it('scores it as it scored when the status was one of its own', () => {
    const widened = [{ ...path, statuses: [404, 400], statusesWithWording: undefined }, request]
    const paste = '400 {"message":"url error, please check url"}'
    expect(lookupErrors(paste, catalogue).matches.map(({ score }) => score)).toEqual(
      lookupErrors(paste, widened).matches.map(({ score }) => score),
    )
  })

  it('never offers the entry for the bare status', () => {
    const ids = lookupErrors('Error: 400 Bad Request', catalogue).matches.map((match) => match.entry.id)
    expect(ids).toEqual(['request'])
  })

  it('holds the status against the entry when only a description points at it, as any status it does not take', () => {
    const described = syntheticEntry('described', 'base_url', {
      statuses: [404],
      statusesWithWording: [400],
      match: { codes: [], patterns: ['url error'], describes: ['the address is wrong'] },
    })
    const without = { ...described, statusesWithWording: undefined }
    const paste = 'HTTP 400: I think the address is wrong'
    expect(lookupErrors(paste, [described]).matches).toEqual(lookupErrors(paste, [without]).matches)
    expect(lookupErrors('HTTP 404: I think the address is wrong', [described]).matches[0]?.entry.id).toBe('described')
  })

  it("keeps the catalogue's vendor wordings under their statuses, and off the bare ones", () => {
    const first = (paste: string) => lookupErrors(paste, errorCatalogue).matches[0]?.entry.cause
    const listed = (paste: string) => lookupErrors(paste, errorCatalogue).matches.map((match) => match.entry.cause)
    expect(first('400 InvalidParameter: url error, please check url')).toBe('base_url')
    expect(
      first(
        '413 {"error":{"message":"Request too large for model `llama-3.1-8b-instant` in organization `org_x` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Requested 6294, please reduce your message size and try again.","type":"tokens","code":"rate_limit_exceeded"}}',
      ),
    ).toBe('rate_limit')
    expect(listed('Error: 413 Request Entity Too Large')).not.toContain('rate_limit')
    expect(listed('HTTP 400 Bad Request')).not.toContain('base_url')
    expect(listed('HTTP 400 Bad Request')).not.toContain('invalid_key')
  })
})

describe('components/error-lookup/match: round 39 (lead) the output limit alone in every vendor', () => {
  it("reads Anthropic's, TGI's and Vertex AI's output caps as a parameter out of range, their input limits as the context", () => {
    namesEntry(
      'invalid-parameters',
      [
        'Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: 64000 > 32000, which is the maximum allowed number of output tokens for claude-opus-4-20250514"}}',
        'Input validation error: `max_new_tokens` must be <= 1024. Given: 2048',
        '{"error":{"code":400,"message":"Unable to submit request because it has a maxOutputTokens value of 70000 but the supported range is from 1 (inclusive) to 65537 (exclusive). Update the value and try again.","status":"INVALID_ARGUMENT"}}',
      ],
      [],
    )
    expect(
      topCause(
        'Input validation error: `inputs` tokens + `max_new_tokens` must be <= 8192. Given: 8000 `inputs` tokens and 512 `max_new_tokens`',
      ),
    ).toBe('context_length')
    expect(
      topCause(
        '{"type":"error","error":{"type":"invalid_request_error","message":"input length and `max_tokens` exceed context limit: 197626 + 21333 > 200000, decrease input length or `max_tokens` and try again"}}',
      ),
    ).toBe('context_length')
  })
})

describe('components/error-lookup/match: round 39 (lead) a verdict and its reason on two lines of one failure', () => {
  const anthropic401 =
    "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'x-api-key header is required'}}"

  it("reads the vendor's reason on the line of the status and code that rank an app's verdict on the next", () => {
    // Aider prints the exception, then its own line for the class (aider/exceptions.py AuthenticationError)
    expect(topCause(`${anthropic401}\nThe API provider is not able to authenticate you. Check your API key.`)).toBe(
      'key_format',
    )
    expect(topCause(`API authentication failed\n${anthropic401}`)).toBe('key_format')
  })

  it('leaves a reason on a line with neither the verdict nor its labels where its own evidence puts it', () => {
    expect(
      topCause(
        '401 {"error":{"type":"authentication_error","message":"invalid x-api-key"}}\nearlier today: x-api-key header is required',
      ),
    ).toBe('invalid_key')
  })
})

describe("components/error-lookup/match: round 39 (apps-zh) what Chinese users' bots and apps show when a model call fails", () => {
  it("reads chatgpt-on-wechat's reply to a 5xx only as the whole reply, never inside a chat turn", () => {
    namesEntry(
      'upstream-failed',
      ['请再问我一次', '请再问我一次吧'],
      ['你能请再问我一次吗', 'AI：好的，请再问我一次吧，我这次认真回答'],
    )
  })

  it("reads ChatLuna's numbered errors by their codes, and no other number", () => {
    namesEntry(
      'invalid-api-key',
      [
        '使用 ChatLuna 时出现错误，错误码为 100。请联系开发者以解决此问题。',
        'ChatLuna error occurred. Error code: 100. Contact developer for assistance.',
      ],
      ['使用 ChatLuna 时出现错误，错误码为 1002。请联系开发者以解决此问题。'],
    )
    namesEntry(
      'model-not-found',
      [
        '使用 ChatLuna 时出现错误，错误码为 301。请联系开发者以解决此问题。',
        'ChatLuna error occurred. Error code: 301. Contact developer for assistance.',
        'Error: The model gpt-4o is not found in the models: ["gpt-4o-mini","o3-mini"]',
      ],
      ['The model gpt-4o is found in the models list'],
    )
    namesEntry(
      'proxy-error',
      ['使用 ChatLuna 时出现错误，错误码为 2。请联系开发者以解决此问题。'],
      ['使用 ChatLuna 时出现错误，错误码为 20。请联系开发者以解决此问题。'],
    )
  })

  it("does not read ChatLuna's own error code as an HTTP status", () => {
    // ChatLunaErrorCode 401 is ROOM_NOT_JOINED, 500 KNOWLEDGE_CONFIG_INVALID: no key, no gateway
    expect(extractError('使用 ChatLuna 时出现错误，错误码为 401。请联系开发者以解决此问题。').status).toBeUndefined()
    expect(ids('使用 ChatLuna 时出现错误，错误码为 401。请联系开发者以解决此问题。')).not.toContain('invalid-api-key')
    expect(extractError('使用 ChatHub 时出现错误，错误码为 500。请联系开发者以解决此问题。').status).toBeUndefined()
    expect(extractError('接口返回错误码为 401').status).toBe(401)
  })

  it("tells gpt_academic's key-shape checks from the gateway's refusal of a key", () => {
    namesEntry(
      'key-malformed',
      [
        '你提供了错误的API_KEY。\n\n1. 临时解决方案：直接在输入区键入api_key，然后回车提交。\n\n2. 长效解决方案：在config.py中配置。',
        '您提供的api-key不满足要求，不包含任何可用于gpt-4o的api-key。您可能选择了错误的模型或请求源。',
      ],
      [],
    )
    expect(
      topEntry(
        '[Local Message] Incorrect API key. OpenAI以提供了不正确的API_KEY为由, 拒绝服务. 请登录OpenAI查看详情 https://platform.openai.com/signup',
      ),
    ).toBe('invalid-api-key')
    namesEntry(
      'openai-insufficient-quota',
      [
        '[Local Message] Your account is not active. OpenAI以账户失效为由, 拒绝服务. 请登录OpenAI查看详情 https://platform.openai.com/signup',
      ],
      ['Your account is not active yet. Please verify your email.'],
    )
  })

  it("ranks gpt_academic's network notice under its proxy, not the timeout its English opens with", () => {
    expect(
      topCause(
        '[Local Message] Request timeout. Network error. Please check proxy settings in config.py.网络错误，检查代理服务器是否可用，以及代理设置的格式是否正确，格式须是[协议]://[地址]:[端口]，缺一不可。',
      ),
    ).toBe('network')
    namesEntry('proxy-error', [], ['代理服务器可用时再试'])
  })

  it("reads SiYuan's, dify-on-wechat's and openai-translator's notices", () => {
    namesEntry(
      'model-not-found',
      ['该模型不在可用模型列表中（gpt-4o-mini, gpt-4o, o3-mini）'],
      ['该模型在可用模型列表中，可以使用'],
    )
    namesEntry('context-length-exceeded', ['输出已达到最大补全 Token 数限制'], ['最大补全 Token 数：4096'])
    namesEntry(
      'invalid-parameters',
      ['[DIFY] 请把config.json中的dify_app_type修改为agent再重启机器人尝试'],
      ['在 config.json 中把 dify_app_type 设置为 agent'],
    )
    namesEntry(
      'failed-to-fetch',
      [
        '我们无法检查您的 IP 地址是否位于 OpenAI 的支持的地区，可能是由于您的网络环境无法访问 OpenAI。请检查您的网络连接。',
        'We were unable to check if your IP address is in a <0>supported region</0> of OpenAI. Please check your Internet connection.',
      ],
      ['我们无法检查您的网络环境', 'We were unable to check your IP address.'],
    )
  })
})

describe('components/error-lookup/match: round 39 (agents-src) what coding agents print for a failed model call, from their source', () => {
  it("reads Claude Code's stream cuts as the stream, and not the same words without its `API Error:`", () => {
    namesEntry(
      'stream-interrupted',
      [
        'API Error: Connection lost mid-response. The response above may be incomplete.',
        'API Error: The response stalled before a response was produced. Try again.',
        'API Error: Connection closed before the response finished',
        'API Error: Stream idle timeout - no chunks received',
        'No data arrived for more than 5 minutes. To wait through longer pauses, set CLAUDE_STREAM_IDLE_TIMEOUT_MS above the limit in force (300000 by default, up to 1800000).',
        'API Error: The response could not be read (BrotliDecompressionError). Try again.',
      ],
      [
        'Claude Code keeps what arrived when the connection is lost mid-response.',
        'No data arrived for more than 5 minutes; the sensor may be offline.',
      ],
    )
  })

  it("reads Claude Code's first-byte wait, 429 and edge block by their source's causes", () => {
    namesEntry(
      'client-timeout',
      [
        'API Error: No response from API (waited 10m). If a proxy or gateway on your network holds responses until they complete, raise API_TIMEOUT_MS or CLAUDE_STREAM_FIRST_BYTE_TIMEOUT_MS to wait longer.',
      ],
      ['Set CLAUDE_STREAM_FIRST_BYTE_TIMEOUT_MS to wait longer for the first byte.'],
    )
    namesEntry(
      'rate-limit-exceeded',
      [
        'API Error: Request rejected (429) · this may be a temporary capacity issue.',
        'Rate Limited',
        'Retrying after rate limit · attempt 3/5 · 8s',
      ],
      ['The /v1/search endpoint is rate limited per key.', 'Request rejected by the firewall rule 42'],
    )
    expect(
      topEntry(
        "API Error: Request blocked before it reached Anthropic's API (HTTP 403) · the network this request came from isn't allowed: usually an unsupported region, or a VPN, proxy or hosting network",
      ),
    ).toBe('unsupported-region')
  })

  it("reads a gateway's or proxy's 403 as the key's permission, not a 401 sign-in", () => {
    namesEntry(
      'provider-permission-denied',
      [
        "Gateway refused the request · signing in again won't change this — check with your gateway administrator · API Error: 403 Access denied",
        'Forbidden: request was blocked by a gateway or proxy. You may not have permission to access this resource — check your account and provider settings.',
      ],
      ["Your organization's gateway refused the request · it did not accept your sign-in to it"],
    )
  })

  it("reads opencode's, Qwen Code's and Codex's overflows as the context window, not Codex's content filter", () => {
    namesEntry(
      'context-length-exceeded',
      [
        'Input exceeds context window of this model',
        'Context exceeds limit! Use /compress or /clear to reduce.',
        'stream disconnected before completion: Incomplete response returned, reason: max_output_tokens',
      ],
      ['stream disconnected before completion: Incomplete response returned, reason: content_filter'],
    )
  })

  it('reads an unset key variable as no key and an unset base URL variable as the address', () => {
    namesEntry(
      'missing-api-key',
      ['DASHSCOPE_API_KEY environment variable not found.'],
      ['ANTHROPIC_BASE_URL environment variable not found.'],
    )
    namesEntry(
      'invalid-url-client',
      [
        'ANTHROPIC_BASE_URL environment variable not found.',
        '未找到 ANTHROPIC_BASE_URL 环境变量。',
        'Cannot create LLM: missing base_url or model (provider_type=openai_legacy)',
      ],
      ['OPENAI_API_KEY environment variable not found.'],
    )
  })

  it("reads Kimi CLI's retry lines by the reason each names", () => {
    expect(topEntry('Retrying after timeout · attempt 2/3 · 4s')).toBe('client-timeout')
    expect(topEntry('Retrying after connection issue · attempt 1/3 · 1s')).toBe('failed-to-fetch')
    expect(topEntry('Retrying after empty response · attempt 2/3 · 4s')).toBe('upstream-failed')
  })

  it("reads Claude Code's oversized request, not Groq's per-minute token limit that starts the same", () => {
    namesEntry(
      'request-too-large',
      [
        'Request too large (max 32MB). Accumulated images and attachments in the conversation pushed the request over the limit.',
      ],
      [
        'Request too large for model `llama-3.1-8b-instant` in organization `org_01abc` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Requested 6294',
      ],
    )
  })
})

describe('components/error-lookup/match: round 39 (media-b) refused, failed and unfinished media jobs in each vendor’s words', () => {
  it('reads Ark’s real-person refusal, Ideogram’s safety check and Stability’s filtered header as the content policy', () => {
    namesEntry(
      'content-policy',
      [
        'The request failed because the input image may contain real person. Request ID: 0217433',
        '{"code":"success","data":{"task_id":"task_1","status":"FAILURE","fail_reason":"The request failed because the input video may contain real person."}}',
        '输入图片可能包含真人，请您更换后重试。',
        'Prompt or Initial Image failed the safety checks.',
        '{"data":[{"url":"","resolution":"1024x1024","is_image_safe":false,"seed":12345}]}',
        'finish-reason: CONTENT_FILTERED',
      ],
      [
        'is_image_safe: true',
        '{"data":[{"url":"https://ideogram.ai/api/images/x.png","is_image_safe":true}]}',
        'finish-reason: SUCCESS',
        'Does the input image contain a real person? Use a face detector first.',
      ],
    )
  })

  it('reads Gemini’s NO_IMAGE and IMAGE_OTHER and Ark’s expired task as a failed task, not a policy', () => {
    namesEntry(
      'media-task-failed',
      [
        '{"candidates":[{"content":{"parts":[{"text":"Here is a description instead."}]},"finishReason":"NO_IMAGE"}]}',
        '{"candidates":[{"finishReason":"IMAGE_OTHER","index":0}]}',
        'The model was expected to generate an image, but none was generated.',
        '{"id":"cgt-20250612103015-x7k2p","model":"doubao-seedance-1-0-pro-250528","status":"expired"}',
        '{"code":404,"reason":"TaskNotFound","message":"task not found","metadata":{}}',
      ],
      [
        '{"candidates":[{"finishReason":"STOP","index":0}]}',
        '{"id":"sess_123","status":"expired"}',
        '{"id":"cgt-1","status":"expired_soon"}',
        'java.lang.IllegalStateException: TaskNotFoundException in scheduler',
      ],
    )
    expect(topEntry('{"candidates":[{"finishReason":"IMAGE_SAFETY","index":0}]}')).toBe('content-policy')
  })

  it('reads the image inputs OpenAI, Sora, Model Studio and Vidu reject as the request, and Vidu’s credits as the balance', () => {
    namesEntry(
      'invalid-parameters',
      [
        '{"error":{"code":"invalid_mask_image_format","message":"Invalid mask image format - mask size does not match image size","type":"image_generation_user_error"}}',
        'Invalid mask image format - mask image missing alpha channel',
        'Invalid image file or mode for image 1, please check your image file.',
        "Invalid input image - format must be in ['RGBA', 'LA', 'L'], got RGB.",
        'Inpaint image must match the requested width and height',
        'The media format is not supported or incorrect for the data inspection.',
        'Download the media resource timed out during the data inspection process.',
        'Failed to download multimodal content.',
        '{"state":"failed","err_code":"ImageDownloadFailure","creations":[]}',
        '{"state":"failed","err_code":"ImageFormatInvalid","creations":[]}',
      ],
      ['an invalid mask image was drawn by the user', 'failed to download content'],
    )
    namesEntry(
      'vendor-account-overdue',
      [
        '{"id":"task_1","object":"video","status":"failed","error":{"message":"CreditInsufficient","code":"CreditInsufficient"}}',
        '{"code":400,"reason":"CreditInsufficient","message":"insufficient credits","metadata":{}}',
      ],
      ['creditInsufficientHandler()'],
    )
  })
})

describe("components/error-lookup/match: round 39 (gateways-b) AI gateways' and relays' own answers, from their source", () => {
  it("reads Higress's key-auth, jwt-auth and ai-quota refusals by what each says is wrong", () => {
    namesEntry(
      'missing-api-key',
      [
        '401 Request denied by Key Auth check. No Key Authentication information found.',
        'Request denied by ai quota check. No Key Authentication information found.',
        'Request denied by JWT Auth check. JWT is missing.',
      ],
      ['Request denied by Key Auth check. Unauthorized consumer.'],
    )
    expect(topEntry('Request denied by Key Auth check. Multi Key Authentication information found.')).toBe(
      'key-malformed',
    )
    expect(topEntry('401 Request denied by JWT Auth check. JWT is expired.')).toBe('expired-key')
    expect(topEntry('403 Request denied by ai quota check, No quota left')).toBe('insufficient-user-quota')
  })

  it("reads gemini-balance's and hajimi's key checks and empty pools, and a client's own empty key store not as a pool", () => {
    expect(topEntry('{"error":{"code":"http_error","message":"Missing x-goog-api-key header"}}')).toBe(
      'missing-api-key',
    )
    expect(topEntry('{"error":{"code":"http_error","message":"Invalid key and missing x-goog-api-key header"}}')).toBe(
      'invalid-api-key',
    )
    namesEntry(
      'no-available-channel',
      [
        '503 {"error":{"code":"http_error","message":"No valid API keys available to fetch models."}}',
        '401 {"detail":"Unauthorized: No available API keys"}',
      ],
      ['No valid API keys available in your profile yet; add one under Settings to start.'],
    )
    expect(topEntry('401 {"detail":"Unauthorized: Invalid token"}')).toBe('invalid-api-key')
  })

  it("reads gemini-balance's 500 around its retries as the upstream, and other internal errors still as the gateway", () => {
    expect(
      topEntry('500 {"error":{"code":"http_error","message":"Internal server error during chat_completion"}}'),
    ).toBe('upstream-failed')
    expect(topEntry('500 Internal server error during deployment of the new version')).toBe('gateway-internal-error')
    expect(topEntry('{"error":{"message":"Internal server error","type":"internal_server_error"}}')).toBe(
      'gateway-internal-error',
    )
  })

  it('reads a bare `no token provided` as no key, not a sentence that only mentions one', () => {
    namesEntry(
      'missing-api-key',
      [
        '401 {"error":{"message":"no token provided","type":"aiproxy_error"}}',
        '{"error":true,"status":401,"message":"Unauthorized: No token provided"}',
      ],
      ['If no token provided, the CLI opens a browser to sign in.', 'Error: no token provided for webhook signing'],
    )
  })

  it("reads Bifrost's virtual-key governance by its decision", () => {
    expect(topEntry('403 {"error":{"message":"Virtual key not found"},"type":"virtual_key_not_found"}')).toBe(
      'invalid-api-key',
    )
    expect(topEntry('{"error":{"message":"Virtual key has expired"},"type":"virtual_key_blocked"}')).toBe(
      'disabled-key',
    )
    expect(
      topEntry(
        '403 {"error":{"message":"Model \'gpt-4o\' is not allowed for this virtual key"},"type":"model_blocked"}',
      ),
    ).toBe('model-not-allowed-for-key')
    expect(topEntry('{"error":{"message":"x-bf-vk header is missing"},"type":"virtual_key_required"}')).toBe(
      'missing-api-key',
    )
  })

  it("reads a gateway's missing provider key as no channel, not a client's unset key variable", () => {
    namesEntry(
      'no-available-channel',
      [
        '401 {"error":{"message":"Provider key not found","type":"invalid_request_error","param":null,"code":null}}',
        '{"error":"API key missing for provider openai: Environment variable `OPENAI_API_KEY` is missing"}',
      ],
      [
        'Provider key not found in the vault; falling back to OPENAI_API_KEY from the environment.',
        'OPENAI_API_KEY environment variable not found.',
      ],
    )
  })

  it("reads gateways' guardrail blocks as the content policy, and not a size threshold or a file tool's path", () => {
    namesEntry(
      'content-policy',
      [
        '424 {"success":false,"result":[],"messages":[],"error":[{"code":2016,"message":"Prompt blocked due to security configurations"}]}',
        '446 {"error":{"message":"The guardrail checks defined in the config failed. You can find more information in the `hook_results` object.","type":"hooks_failed","param":null,"code":null}}',
        '400 {"message":"Request contains prohibited content"}',
        'request body exceeds HATE_SPEECH threshold',
        '{"id":"chatcmpl-1","object":"chat.completion","model":"from-security-guard","choices":[{"index":0,"message":{"role":"assistant","content":"{\\"code\\":200,\\"blockedDetails\\":[{\\"type\\":\\"contentModeration\\",\\"level\\":\\"high\\"}]}"}}]}',
      ],
      ['request body exceeds size threshold of 10MB'],
    )
    namesEntry(
      'wrong-path-404',
      ['404 unsupported path: /v1/chat/completion'],
      ['loader error: unsupported path: /tmp/upload/scan.heic (only png and jpeg are read)'],
    )
  })
})

describe("components/error-lookup/match: round 39 (desc-zh) Chinese users' own descriptions, as threads and vendor pages settle them", () => {
  it('reads a reply that broke off by itself or suddenly midway as the stream cut off, not talk, a tour, a session or a recording', () => {
    describesEntry(
      'stream-interrupted',
      [
        '今天开始，用claude3和gpt4都是生成到一半就自己断了',
        '就是回答到一半就自己中断了',
        '在进行普通文字对话时，AI 回复中途突然停止输出，等待一段时间后自动恢复正常。',
      ],
      [
        '十年前你也这样，把话说到一半就自己找个理由圆回去。',
        '整段选单导览会在开场就被砍掉：导览只走到一半就自己结束，不报错。',
        '所以按到一半就自己取消。',
        '如果你录制中途突然中断，可以使用下面的代码来快速合并多个文件',
        'cloudflared 自动安装中途突然中断，半成品文件导致插件彻底用不了',
      ],
    )
  })

  it("reads a Midjourney drawing stuck at a percentage as the task still hanging, not a file's upload, download or compression", () => {
    describesEntry(
      'media-task-queued',
      [
        '使用mj绘画功能，经常停在进度：45%，93%这类的地方，查看discord端，图片已经画完了，但web端就停在那里了',
        '图片生成图片的方式仍然会卡85%，下面是所有日志',
      ],
      [
        '图片上传卡在50%',
        '正在下载 midjourney 图片，进度卡在 30%',
        '图片压缩到 50% 后再上传',
        '安装绘图插件时卡在 99%',
        '图片识别准确率卡在 85%',
        '绘图时 GPU 占用卡在 100%',
      ],
    )
  })

  it("reads a Coding Plan key said to be refused as the plan's address, not the vendors' rule, a conditional or a negation", () => {
    describesEntry(
      'key-sent-to-vendor',
      ['使用火山引擎coding plan API Key报错401', 'coding plan 的 key 一直提示 invalid'],
      [
        'Coding Plan 专属 API Key 与 Base URL 配套使用，否则会报错 401',
        '如果 Coding Plan 的 API Key 无效，请重新生成',
        'Coding Plan 的 key 不是无效的，是地址错了',
        'Coding Plan API Key 与普通 API Key 不能混用，混用会提示无效',
      ],
    )
  })
})

describe('components/error-lookup/match: round 39 (review) look-alikes the round first misread', () => {
  it("keeps a chatbot's polite refusal, ChatLuna's settings and counts, and ordinary identifiers off the round's entries", () => {
    expectNoEntry([
      '很抱歉，我无法回答您的问题，因为我的知识截止到 2023 年。',
      '[chatluna] 重试次数: 2',
      'ChatLuna 的 max tokens 设置为 100',
      'chatluna 等待了 301 秒',
      'Error: ChronoError::TaskNotFound("4f1c")',
      'pre-commit: hooks_failed=2',
      'settings: {"model_blocked": false, "provider_blocked": false}',
      'Error: provider ollama does not support model pulling',
      '图片预览缩放一直卡在 100%',
    ])
  })

  it("still reads ChatLuna's numbered errors in both its templates, and Vidu's TaskNotFound in its JSON", () => {
    expect(topEntry('使用 ChatLuna 时出现错误，错误码为 100。请联系开发者以解决此问题。')).toBe('invalid-api-key')
    expect(topEntry('ChatLuna error occurred. Error code: 301. Contact developer for assistance.')).toBe(
      'model-not-found',
    )
    expect(topEntry('{"code":404,"reason":"TaskNotFound","message":"task not found","metadata":{}}')).toBe(
      'media-task-failed',
    )
  })

  it('gives one cause to a wording two entries had both taken', () => {
    expect(
      ids('{"error":{"message":"the upstream load is saturated, please try again later","type":"aiproxy_error"}}'),
    ).not.toContain('upstream-rate-limited')
    expect(ids('The request body is too long, No available providers at the moment: gpt-4o')).not.toContain(
      'no-available-channel',
    )
  })
})

describe('components/error-lookup/match: round 40 (lead) a framework that refuses the model name itself', () => {
  it('names the framework, not the gateway, for LlamaIndex, AutoGen and LiteLLM refusing a name before any request', () => {
    for (const text of [
      "ValueError: Unknown model 'deepseek-chat'. Please provide a valid OpenAI model name in: o1, gpt-4o, ...",
      'ValueError: model_info is required when model name is not a valid OpenAI model',
      'litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=glm-4.6',
    ]) {
      expect(topEntry(text), text).toBe('framework-unknown-model')
    }
  })

  it("leaves a gateway's unknown model to the gateway's model list", () => {
    expect(topEntry("Unknown model 'gpt-5x'")).toBe('model-not-found')
    expect(ids('{"error":{"message":"The model `glm-4.6` does not exist","code":"model_not_found"}}')).not.toContain(
      'framework-unknown-model',
    )
  })
})

describe('components/error-lookup/match: round 40 (lead) docs prose that named an entry', () => {
  // `npm run study:prose`: of 16,674 README and CHANGELOG paragraphs of installed packages, 43 named an entry, 14 of
  // them by these two wordings in text that is no error
  it("reads a programmer's overloaded function and a cache's expired keys as no error", () => {
    expectNoEntry([
      'Note that tokenizing JavaScript without parsing it is not really possible due to the way syntax is overloaded in ways that can only be disambiguated by the parser.',
      '### Overloaded functions',
      'TypeScript builtins choose a single overload (see the [Overloaded functions](#overloaded-functions) section)',
      'type GreetOverloaded = { (message: string): string }',
      'Type helpers only return types from one variant of an overloaded function.',
      'Starts the interval check for expired keys if `checkInterval` is above 0.',
    ])
  })

  it('still reads an overloaded provider and an expired key', () => {
    expect(topEntry('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}')).toBe(
      'provider-overloaded',
    )
    expect(topEntry('Error: Overloaded')).toBe('provider-overloaded')
    expect(topEntry('The server is overloaded, please retry')).toBe('provider-overloaded')
    expect(topEntry('401 expired key')).toBe('expired-key')
    expect(topEntry('Error: expired token, please log in again')).toBe('expired-key')
  })
})

describe("components/error-lookup/match: round 40 (relay-500) a relay's own 500 around what failed beneath it", () => {
  // The gateway's reading of a bare 500 first, as in the real catalogue (gateway-internal-error precedes entries whose
  // words a relay wraps), so that on a tie it is the one that comes first
  const statusOnly = syntheticEntry('status-500', 'gateway_error', { statuses: [500], defaultFor: [500] })
  const wrapper = syntheticEntry('relay-wrapper', 'upstream_unavailable', {
    statuses: [500],
    match: { wraps: ['relaywrapperwords'] },
  })
  const timedOut = syntheticEntry('timed-out', 'timeout', { match: { patterns: ['request timed out'] } })
  const refusedKey = syntheticEntry('refused-key', 'invalid_key', {
    statuses: [401],
    match: { patterns: ['key not valid'] },
  })
  const catalogue = [statusOnly, wrapper, timedOut, refusedKey]
  const ranked = (text: string) => lookupErrors(text, catalogue).matches.map((match) => [match.entry.id, match.score])

  it('puts the cause beneath a relay’s 500 first, the relay’s entry next and the status alone after them', () => {
    // a timeout (no status of its own) and a refused key (another status) inside the relay's 500
    expect(ranked('500 RelayWrapperWords: request timed out')).toEqual([
      ['timed-out', 50],
      ['relay-wrapper', 49],
      ['status-500', 35],
    ])
    expect(ranked('500 RelayWrapperWords: key not valid')).toEqual([
      ['refused-key', 50],
      ['relay-wrapper', 49],
      ['status-500', 35],
    ])
  })

  it('keeps the wrapper’s answer alone, a 500 without wrapper words, and a status the wrapper does not send as before', () => {
    // the rule's case first, so that this test fails on code without it
    expect(ranked('HTTP 500 RelayWrapperWords — request timed out')[0]).toEqual(['timed-out', 50])
    // alone, the wrapper's words still name its entry over the status
    expect(ranked('500 RelayWrapperWords: something went wrong')).toEqual([
      ['relay-wrapper', 70],
      ['status-500', 35],
    ])
    // no wrapper words: the 500 is nobody's but the paste's, and still counts against a timeout
    expect(ranked('500 request timed out')).toEqual([
      ['status-500', 35],
      ['timed-out', 35],
    ])
    // a status the wrapper's entry does not take is the one beneath it (LiteLLM's APIConnectionError around Ollama's
    // 404): it speaks for the cause that takes it and against the wrapper's entry, as before
    expect(ranked('401 RelayWrapperWords: key not valid')).toEqual([['refused-key', 70]])
  })

  it('reads the relays’ sourced wrappers over the vendor’s or runtime’s own words as what failed', () => {
    const cases: Array<[string, string, string]> = [
      // snailyp/gemini-balance app/handler/error_handler.py handle_route_errors, its log line after; Gemini's own bodies
      [
        `Error code: 500 - {'error': {'code': 'http_error', 'message': 'Internal server error during chat_completion'}}
chat_completion request failed: (400, '{"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.", "status": "INVALID_ARGUMENT"}}')`,
        'invalid_key',
        'upstream_unavailable',
      ],
      // looplj/axonhub internal/server/chat/outbound.go; Go's net/http client timeout
      [
        `500 {"error":{"message":"all channels exhausted","type":"internal_server_error"}}
Post "https://api.deepseek.com/v1/chat/completions": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
        'timeout',
        'upstream_unavailable',
      ],
      // tbphp/gpt-load internal/proxy/server.go UPSTREAM_ERROR around the transport error
      [
        '500 {"code":"UPSTREAM_ERROR","message":"Post \\"https://api.openai.com/v1/chat/completions\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}',
        'timeout',
        'upstream_unavailable',
      ],
      // BerriAI/litellm exceptions.py InternalServerError around openai-python's `Connection error.`
      [
        "Error code: 500 - {'error': {'message': 'litellm.InternalServerError: InternalServerError: OpenAIException - Connection error.', 'type': None, 'param': None, 'code': '500'}}",
        'network',
        'upstream_unavailable',
      ],
      // alibaba/higress ai-proxy main.go onHttpRequestBody around provider.go's `missing model in request`
      ['HTTP 500: failed to process request body: missing model in request', 'bad_request', 'gateway_error'],
    ]
    for (const [text, inner, relay] of cases) expect(causesOf(text).slice(0, 2), text).toEqual([inner, relay])
  })

  it('still names the relay alone, and keeps its words off look-alikes', () => {
    // round 39's wrapper-alone pastes keep their answer, now from `wraps`
    expect(
      topEntry('500 {"error":{"code":"http_error","message":"Internal server error during chat_completion"}}'),
    ).toBe('upstream-failed')
    expect(topEntry('500 {"error":{"message":"all channels exhausted","type":"internal_server_error"}}')).toBe(
      'upstream-failed',
    )
    // gpt-load's and Higress's wrappers alone name their entry by its words, not as a guess from the bare 500
    const wrappersAlone: Array<[string, string]> = [
      ['500 {"code":"UPSTREAM_ERROR","message":"upstream failed"}', 'upstream-failed'],
      ['500 failed to process request body: unable to unmarshal request', 'gateway-internal-error'],
    ]
    for (const [text, id] of wrappersAlone) {
      const first = lookupErrors(text, errorCatalogue).matches[0]
      expect([first?.entry.id, first?.statusOnly], text).toEqual([id, false])
    }
    // Higress's wrapper only as its body stands, not inside another program's timestamped log line
    expect(ids('2024/05/01 10:00:00 Failed to process request body: unexpected EOF')).not.toContain(
      'gateway-internal-error',
    )
    // LiteLLM's provider label before `Connection error.` is read, not any word ending in exception
    expect(ids('ConnectionException - Connection errors are logged to stderr')).not.toContain('failed-to-fetch')
  })
})

describe("components/error-lookup/match: round 40 (desc-en) people's own English descriptions, verb or subject first", () => {
  it('reads getting, got or hitting a rate limit error as the rate limit, not a negation, a conditional or advice', () => {
    describesEntry(
      'rate-limit-exceeded',
      [
        'Even after adding 10 credits i am getting the rate limit error',
        'I tried it yesterday and got the Rate Limit Error from the Openai API after running up to 10 frames',
        'Hitting a Rate Limit error for OpenAI',
      ],
      [
        "I'm no longer getting rate limit errors",
        "I don't get rate limit errors anymore",
        'I never got a rate limit error with the old key',
        "If you're getting rate limit errors, lower the concurrency",
        'if you are getting rate limit errors, wait a minute',
        'You may hit rate limit errors on the free tier',
        'To avoid getting rate limit errors, add a delay between calls',
        'The client retries without getting rate limit errors',
        'When you hit a rate limit error, back off exponentially',
        "you'll get a rate limit error if you exceed 3 RPM",
        'How do I handle getting rate limit errors?',
        'The docs list the rate limit errors the API can return',
      ],
    )
  })

  it('reads getting or receiving a timeout error as the timeout, not a connection, a media task or a conditional', () => {
    describesEntry(
      'gateway-timeout',
      [
        'whenever I am trying to generate a long response  I am getting the time out error',
        'I tried but i get always the timeout error.',
        'We are receiving a timeout error and it seems your code need to increase the timeout',
      ],
      [
        'I never got a timeout error',
        'If you get a timeout error, increase the timeout',
        "I didn't get a timeout error this time",
        'I am no longer getting timeout errors after the update',
        'Getting a connection timeout error to the database',
        'I keep getting timeout errors for the video task',
        'The SDK throws a timeout error when the request takes longer than 60 seconds',
      ],
    )
  })

  it('reads a response or answer said to be truncated as the output limit, not a negation, a log, a body or a display cut', () => {
    describesEntry(
      'context-length-exceeded',
      ['But the answers are truncated. What could be the reason?', 'why the response is truncated?'],
      [
        'The response is not truncated',
        "the response isn't getting truncated any more",
        'set max_tokens to keep the answer from being truncated',
        'If the response is truncated, increase max_tokens',
        'the log response is truncated',
        'The response body was truncated by nginx',
        'The response headers are truncated by nginx',
        'Responses are truncated to 500 characters in the log',
        'Long answers are truncated for brevity in the preview',
        'Output is truncated. View as a scrollable element or open in a text editor.',
      ],
    )
  })

  it('reads an AI service said to be unavailable in some regions, Europe or worldwide as the region, not a cloud region', () => {
    describesEntry(
      'unsupported-region',
      [
        "Gemini's API is not supported in some regions. Can other models be used as an alternative?",
        "gemini isn't available in some regions (in my case: germany)",
        'Gemini is not available worldwide',
      ],
      [
        'If Gemini is not available in the EU, use a VPN',
        'Claude Sonnet 4 is not available in some regions on Bedrock',
        'The model is not available in europe-west4',
        'This feature is not available in some countries',
        "ChatGPT isn't blocked in Europe any more",
        'Gemini is now available in the EU',
        'Some models are not available in all regions',
      ],
    )
  })

  it('reads an organization said not to be verified, or to need verifying, as the permission, not a conditional or another product', () => {
    describesEntry(
      'provider-permission-denied',
      [
        'Unable to work with O3 becuase it is saying the organiztion is not verified',
        'I found that I need to **Verify Organization** through Persona to use o3 model.',
        'you will need to verify your organization to use this model.',
      ],
      [
        'If an organization is not verified, or its verification request has been rejected, there is no way to re-verify',
        'an organization that is not verified cannot stream o3',
        'my organization is already verified',
        "I didn't need to verify my organization",
        'If you need to verify your organization, go to settings',
        'it no longer asks me to verify my organization',
        'The GitHub organization is not verified, so the domain badge is missing',
        "the org's email domain is not verified",
      ],
    )
  })

  it('reads ChatGPT Plus said to be paid for while the API fails as the API credit, not praise, a negation or a model', () => {
    describesEntry(
      'openai-insufficient-quota',
      [
        'My account is ChatGPT plus account. I got the error message when running a discord bot to access openai api.',
        'i already sets the token (subscribed as a ChatGPT+). it tells i already exceed current quota',
        'I have a ChatGPT plus plan and can use the service as normal by their website, but the plugin shows an error',
      ],
      [
        "I don't have ChatGPT Plus, and I get an error",
        'I have ChatGPT Plus but no access to GPT-4 in the API, error 404',
        'I have ChatGPT Plus and it works great',
        'We have ChatGPT Plus, is it worth it? No error so far',
        'ChatGPT Plus costs 20 dollars a month and the API is billed separately',
      ],
    )
  })
})

describe('components/error-lookup/match: round 40 (frameworks) what SDKs and agent frameworks raise, from their source', () => {
  it('reads each framework wording as its entry', () => {
    const cases: [string, string][] = [
      [
        'java.lang.IllegalArgumentException: OpenAI API key must be set. Use the connection property: spring.ai.openai.api-key or spring.ai.openai.embedding.api-key property.',
        'missing-api-key',
      ],
      [
        "ValueError: None of the following authentication environment variables are set: ('OPENAI_API_KEY',)",
        'missing-api-key',
      ],
      [
        'UserError: Set the `DEEPSEEK_API_KEY` environment variable or pass it via `DeepSeekProvider(api_key=...)` to use the DeepSeek provider.',
        'missing-api-key',
      ],
      ['ServiceInitializationError: Please provide an api_key', 'missing-api-key'],
      ["ArgumentNullException: Value cannot be null. (Parameter 'api_key')", 'missing-api-key'],
      ['ValueError: model_info is required when model name is not recognized', 'framework-unknown-model'],
      ['ValueError: Calculated available context size -37 was not non-negative.', 'context-length-exceeded'],
      [
        'IncompleteOutputException: The output is incomplete due to a max_tokens length limit.',
        'context-length-exceeded',
      ],
      ["ContextOverflowError: Input exceeded the model's context window.", 'context-length-exceeded'],
      [
        'APICallError [AI_APICallError]: Not Found\n    at file:///app/node_modules/@ai-sdk/provider-utils/dist/index.mjs:631:14',
        'wrong-path-404',
      ],
      ['stream has sent too many empty messages', 'stream-interrupted'],
      ['ValueError: No generations found in stream.', 'stream-interrupted'],
      ['TypeError: Received response with null value for `choices`.', 'upstream-failed'],
      ['Error: Invalid response from LLM call - None or empty.', 'upstream-failed'],
      ['UnexpectedModelBehavior: Received empty model response', 'upstream-failed'],
      ['Error [AI_NoOutputGeneratedError]: No output generated. Check the stream for errors.', 'error-inside-stream'],
      ['failed to deserialize api response: error:expected value at line 1 column 1', 'html-instead-of-json'],
      [
        "Caused by: com.fasterxml.jackson.core.JsonParseException: Unexpected character ('<' (code 60)): expected a valid value",
        'html-instead-of-json',
      ],
    ]
    for (const [text, id] of cases) expect(topEntry(text), text).toBe(id)
  })

  it('reads LiteLLM’s 500 around a connection that never answered by its words, beside the bare status', () => {
    const { matches } = lookupErrors(
      'litellm.InternalServerError: InternalServerError: OpenAIException - Connection error.',
      errorCatalogue,
    )
    expect(matches.find((match) => !match.statusOnly)?.entry.id).toBe('failed-to-fetch')
  })

  it('lets the failure beneath the AI SDK’s NoOutputGeneratedError name the cause', () => {
    expect(
      topCause(
        'AI_NoOutputGeneratedError: No output generated. Check the stream for errors.\n[cause]: AI_APICallError: Incorrect API key provided: sk-abc',
      ),
    ).toBe('invalid_key')
  })

  it('keeps code, docs and other messages off the round’s patterns', () => {
    expectNoEntry([
      'if (error instanceof ContextOverflowError) { return summarize(messages) }',
      'import { NoOutputGeneratedError } from "ai"; // AI_NoOutputGeneratedError is thrown when the stream is empty',
      'Set the model_info field when you use a model AutoGen does not know.',
      'The prompt helper calculated available context size 3900 for the chunk.',
      'stream has sent 3 messages',
      "System.ArgumentNullException: Value cannot be null. (Parameter 'model')",
    ])
    expect(ids('AI_APICallError: Not Found: the model `gpt-x` does not exist')).not.toContain('wrong-path-404')
  })
})

describe('components/error-lookup/match: round 40 (agents-zh) coding agents behind a relay or a local router', () => {
  it('reads the thinking-history 400s CC Switch rectifies as thinking blocks the upstream refuses, not their look-alikes', () => {
    namesEntry(
      'thinking-signature-mismatch',
      [
        'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.1.content.0: Invalid `signature` in `thinking` block"}}',
        'Messages.1.Content.0: invalid signature in thinking block',
        'messages.69.content.0.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`.',
        'xxx.signature: Extra inputs are not permitted',
        '`thinking` or `redacted_thinking` blocks in the latest assistant message cannot be modified. These blocks must remain as they were in the original response.',
      ],
      [
        'Request timeout',
        'invalid request: malformed JSON',
        'Each thinking block carries a signature; pass it back unchanged.',
        'signature verification failed for webhook',
        "Input tag 'adaptive' found using 'type' does not match expected tags",
      ],
    )
  })

  it('reads a thinking mode the model does not take as its reasoning setting, even with the field masked', () => {
    namesEntry(
      'reasoning-effort-unsupported',
      [
        'API Error: 400 {"error":{"type":"<nil>","message":"\\"***.***.enabled\\" is not supported for this model. Use \\"***.***.adaptive\\" and \\"output_config.effort\\" to control thinking behavior. (request id: 20260610084952343)"},"type":"error"}',
        'API Error: 400 thinking options type cannot be disabled when reasoning_effort is set',
      ],
      [
        'Streaming is enabled; it is not supported for this model in batch mode.',
        'thinking.type.enabled is the default',
      ],
    )
  })

  it("reads CC Switch's local proxy answers by their cause, and not the same words in a settings screen", () => {
    namesEntry(
      'no-available-channel',
      [
        'API Error: 503 {"error":{"message":"未配置供应商","type":"proxy_error"}}',
        '{"error":{"message":"CC Switch local proxy failed while handling Codex endpoint /v1/responses. Provider: demo; model: gpt-5.4; cause: 无可用 Provider","type":"proxy_error","code":"cc_switch_no_available_provider","param":null}}',
      ],
      ['请先在设置中选择供应商，当前未配置供应商和模型', '未配置供应商时使用默认地址'],
    )
    namesEntry(
      'upstream-failed',
      ['cause: 所有 Provider 都失败，重试耗尽'],
      ['超过最大重试次数', '所有 Provider 都失败了吗？'],
    )
    namesEntry(
      'gateway-timeout',
      ['API Error: 504 {"error":{"message":"流式响应空闲超时: 60秒无数据","type":"proxy_error"}}'],
      ['流式静默超时（秒）：60'],
    )
    namesEntry(
      'wrong-path-404',
      ['未找到可用的模型列表端点，请检查 Base URL 或确认供应商是否开放该接口'],
      ['获取到 12 个模型'],
    )
  })
})

describe('components/error-lookup/match: round 40 (agents-zh) Kimi Code’s answers to the agents on its coding endpoint', () => {
  it('reads its risk-control block, plan windows and size cap by the causes its error reference gives', () => {
    namesEntry(
      'account-banned',
      [
        'API Error: 403 Access terminated',
        '{"error":{"message":"Access terminated. Review our Community Guidelines"}}',
      ],
      ['SSH access terminated by remote host after 30 minutes', 'Access terminated sessions are listed below'],
    )
    namesEntry(
      'upstream-rate-limited',
      ["API Error: 429 You've reached your usage limit for this period.", "You've reached kimi monthly usage limit"],
      ['You can check your usage limit for this period in the dashboard.'],
    )
    namesEntry(
      'request-too-large',
      ['API Error: 400 total message size 2254871 exceeds limit 2097152'],
      ['The total message size is shown in the footer.'],
    )
  })
})

describe('components/error-lookup/match: round 40 (agents-zh) Codex set up by a relay guide', () => {
  it("reads Codex's missing env_key as the missing key whatever the guide named it, not any variable", () => {
    namesEntry(
      'missing-api-key',
      ['Error: Missing environment variable: `CRS_OAI_KEY`.', 'Missing environment variable: `KEY`.'],
      ['Missing environment variable: `MONKEY`', 'Missing environment variable: `DATABASE_URL`.'],
    )
  })

  it("reads Codex's reconnect count as a dropped stream, and not any app's `Reconnecting...`", () => {
    namesEntry(
      'stream-interrupted',
      ['⚠ Reconnecting... 2/5', 'codex 一直显示 Reconnecting... 1/5，然后就断开了'],
      ['Reconnecting... 30s remaining', 'Reconnecting to printer...', 'Reconnecting... attempt 3'],
    )
  })
})

describe('components/error-lookup/match: round 40 (agents-zh) relay groups that take one protocol or one client', () => {
  it("reads a group closed to the client's protocol or to anything but Claude Code as the key's permission", () => {
    namesEntry(
      'group-not-allowed',
      [
        'API Error: 403 {"type":"error","error":{"type":"permission_error","message":"This group does not allow /v1/messages dispatch"}}',
        '403 This group does not allow /v1/chat/completions requests',
        'API Error: 403 This group is restricted to Claude Code clients (/v1/messages only)',
      ],
      ['This group does not allow public joining', 'This group does not allow member posts.'],
    )
    expect(
      topCause(
        'API Error: 400 OAuth token is only authorized for use with Claude Code and cannot be used for other API requests',
      ),
    ).toBe('permission')
  })
})

describe('components/error-lookup/match: round 40 (workflows) workflow and chat-platform tools around a failed gateway call', () => {
  it("reads n8n's status messages as wrappers: their own cause alone, below the gateway's words after them", () => {
    expect(topEntry('Bad request - please check your parameters')).toBe('invalid-parameters')
    expect(topEntry('Forbidden - perhaps check your credentials?')).toBe('provider-permission-denied')
    expect(topEntry('The resource you are requesting could not be found')).toBe('wrong-path-404')
    expect(topEntry('The service is receiving too many requests from you')).toBe('rate-limit-exceeded')
    expect(
      topCause(
        "Bad request - please check your parameters\n\nThis model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens.",
      ),
    ).toBe('context_length')
    expect(topCause('Forbidden - perhaps check your credentials?\n\n该令牌额度已用尽')).toBe('insufficient_balance')
    expect(
      topCause(
        'The resource you are requesting could not be found\n\nThe model `gpt-4.1-nano` does not exist or you do not have access to it.',
      ),
    ).toBe('model_not_found')
    expect(
      topCause(
        'The service is receiving too many requests from you\n\nYou exceeded your current quota, please check your plan and billing details.',
      ),
    ).toBe('insufficient_balance')
  })

  it("still reads `too many requests` outside n8n's 429 sentence", () => {
    expect(topEntry('Error code: 429: We are receiving too many requests at the moment')).toBe('rate-limit-exceeded')
    expect(topEntry('429 Too Many Requests')).toBe('rate-limit-exceeded')
  })

  it("reads Dify's invoke errors as wrappers of the provider's error, and its CompletionRequestError's 400 as saying nothing", () => {
    expect(topEntry('[openai_api_compatible] Rate Limit Error, ')).toBe('rate-limit-exceeded')
    expect(
      topCause(
        "[openai] Rate Limit Error, Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota'}}",
      ),
    ).toBe('insufficient_balance')
    expect(
      topCause(
        '{"code": "completion_request_error", "message": "[openai_api_compatible] Rate Limit Error, ", "status": 400}',
      ),
    ).toBe('rate_limit')
    expect(
      topEntry(
        'PluginInvokeError: {"args":{},"error_type":"InvokeBadRequestError","message":"[models] Bad Request Error, "}',
      ),
    ).toBe('invalid-parameters')
    expect(
      topCause(
        'PluginInvokeError: {"args":{},"error_type":"InvokeBadRequestError","message":"[models] Bad Request Error, Error code: 400 - This model\'s maximum context length is 8192 tokens."}',
      ),
    ).toBe('context_length')
    expect(
      topCause(
        'PluginInvokeError: {"args":{},"error_type":"InvokeServerUnavailableError","message":"[models] Server Unavailable Error, Error code: 503 - 当前分组 default 下对于模型 gpt-4o 无可用渠道"}',
      ),
    ).toBe('no_channel')
    expect(
      extractError('{"code": "completion_request_error", "message": "Completion request failed.", "status": 400}')
        .wrapperStatus,
    ).toBe(true)
  })

  it("reads AnythingLLM's stream failure as the stream alone, and below the provider's words after it", () => {
    expect(topEntry('An error occurred while streaming response. Unknown Error.')).toBe('error-inside-stream')
    expect(topEntry('xinference: An error occurred during streaming.')).toBe('error-inside-stream')
    expect(
      topCause(
        'An error occurred while streaming response. 429 Rate limit reached for gpt-4o in organization org-abc.',
      ),
    ).toBe('rate_limit')
  })

  it("reads FastGPT's and RAGFlow's empty answers, FastGPT's filter label and LibreChat's illegal model request", () => {
    namesEntry(
      'upstream-failed',
      [
        '模型流响应为空，请检查模型流输出是否正常',
        'The model flow response is empty, please check whether the model flow output is normal.',
        'workflow error {"message":"chat:LLM_model_response_empty"}',
        'core.chat.Chat API is error or undefined',
        '您的 OpenAI key 没有响应: {"model":"gpt-4o-mini"}',
        '**ERROR**: Empty response from reasoning model',
      ],
      [
        'the chat API is documented in docs/api.md',
        '模型流式输出已开启',
        'Empty response from reasoning model is retried once',
      ],
    )
    namesEntry(
      'content-policy',
      ['Reason for completion: Trigger safe wind control', '完成原因：触发安全风控'],
      ['账号触发安全风控，请联系客服', '支付触发安全风控'],
    )
    expect(topEntry('{ "type": "illegal_model_request", "info": "openAI|gpt-x" }')).toBe('model-not-found')
  })

  it("keeps the bracketed Dify labels to a provider's name in brackets, and its class names to errors, not code", () => {
    for (const text of ['[400] Bad Request Error', 'handle [Rate Limit Error] in retry.ts']) {
      expect(ids(text), text).not.toContain('rate-limit-exceeded')
    }
    // (the class name still gives its status, 429, as SDK class names do: only by that status, not by the round's words)
    for (const text of ['class InvokeRateLimitError(InvokeError):', 'raise InvokeRateLimitError(description=str(e))']) {
      expect(
        lookupErrors(text, errorCatalogue).matches.every(({ statusOnly }) => statusOnly),
        text,
      ).toBe(true)
    }
    expect(ids('class InvokeBadRequestError(InvokeError):')).not.toContain('invalid-parameters')
    expect(ids('class InvokeServerUnavailableError(InvokeError):')).not.toContain('upstream-failed')
    expect(topEntry('core.model_runtime.errors.invoke.InvokeRateLimitError: [openai] Rate Limit Error')).toBe(
      'rate-limit-exceeded',
    )
  })
})

describe("components/error-lookup/match: round 40 (workflows) Flowise's 500 around a provider's error", () => {
  it("reads the provider's words inside it, not the 500, and the 500 alone as before", () => {
    expect(
      topCause(
        '{"statusCode":500,"success":false,"message":"Error: predictionsServices.buildChatflow - 401 Incorrect API key provided: sk-abc."}',
      ),
    ).toBe('invalid_key')
    expect(
      topCause(
        '{"statusCode":500,"success":false,"message":"Error: predictionsServices.buildChatflow - Request timed out."}',
      ),
    ).toBe('timeout')
    expect(
      extractError('{"statusCode":500,"success":false,"message":"Error: predictionsServices.buildChatflow - x"}')
        .wrapperStatus,
    ).toBe(true)
    expect(
      extractError('{"statusCode":500,"success":false,"message":"predictionsServices failed"}').wrapperStatus,
    ).toBe(false)
  })
})

describe('components/error-lookup/match: round 40 review, look-alikes of the round’s patterns', () => {
  it('reads only a thinking field’s `.enabled` as the thinking mode the model refuses, not any other setting’s', () => {
    namesEntry(
      'reasoning-effort-unsupported',
      [
        'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"\\"thinking.type.enabled\\" is not supported for this model. Use \\"thinking.type.adaptive\\" and \\"output_config.effort\\" to control thinking behavior."}}',
        '400 ***.***.enabled is not supported for this model',
      ],
      [
        'Error: 400 web_search.enabled is not supported for this model',
        'stream_options.enabled is not supported for this model',
      ],
    )
  })

  it('reads Kimi Code’s `Access terminated` only as a whole message, not at the end of another program’s line', () => {
    namesEntry(
      'account-banned',
      ['Access terminated.', '{"error":{"message":"Access terminated.","type":"access_terminated_error"}}'],
      ['Connection to 10.0.0.5 closed by remote host, access terminated', 'Session expired: access terminated'],
    )
  })

  it('reads an organization not verified only when it is not another product’s organization named after it', () => {
    for (const text of [
      'my organization is not verified on GitHub',
      'you will need to verify your organization on Slack first',
      'Our org is not verified in GitLab yet',
    ]) {
      expect(ids(text), text).not.toContain('provider-permission-denied')
    }
  })

  it('keeps an identifier that starts with `overloaded` off the overloaded provider', () => {
    // property-information's README (`overloadedBoolean`), the one docs paragraph study:prose still read as this entry
    expect(ids('* `overloadedBoolean` (`boolean`)')).not.toContain('provider-overloaded')
    expect(topEntry('anthropic.OverloadedError: Overloaded')).toBe('provider-overloaded')
  })

  it('keeps Dify’s Invoke*Error class names to an error as printed, not code that catches or imports them', () => {
    for (const text of [
      'except InvokeRateLimitError as e:',
      'if isinstance(e, InvokeRateLimitError):',
      'from core.model_runtime.errors.invoke import InvokeBadRequestError, InvokeServerUnavailableError',
    ]) {
      expect(
        lookupErrors(text, errorCatalogue).matches.every(({ statusOnly }) => statusOnly),
        text,
      ).toBe(true)
    }
    expect(topEntry('{"error_type":"InvokeRateLimitError","message":"[openai] Rate Limit Error"}')).toBe(
      'rate-limit-exceeded',
    )
  })
})

describe("components/error-lookup/match: round 40 review, the relay rule's status-only reading", () => {
  it('puts a reading from the relay’s status below the cause beneath it, a shared code or the dialect beside it too', () => {
    // A shared code (any 500's `api_error`) gives the status-only reading no evidence of its own: under the relay's 500
    // it still comes after the cause the paste's words name, as the bare status does
    const statusOnly = syntheticEntry('status-500', 'gateway_error', {
      statuses: [500],
      defaultFor: [500],
      dialects: ['anthropic'],
      match: { codes: ['api_error'] },
    })
    const wrapper = syntheticEntry('relay-wrapper', 'upstream_unavailable', {
      statuses: [500],
      match: { wraps: ['relaywrapperwords'] },
    })
    const timedOut = syntheticEntry('timed-out', 'timeout', { match: { patterns: ['request timed out'] } })
    const text = '500 RelayWrapperWords: {"type":"error","error":{"type":"api_error","message":"request timed out"}}'
    const ranked = lookupErrors(text, [statusOnly, wrapper, timedOut]).matches
    expect(ranked.map(({ entry }) => entry.id)).toEqual(['timed-out', 'relay-wrapper', 'status-500'])
    expect(ranked[2]?.statusOnly).toBe(true)
    // the same in the real catalogue: LiteLLM's 500 around Anthropic's api_error body
    expect(
      topEntry(
        'Error code: 500 - litellm.InternalServerError: AnthropicException - {"type":"error","error":{"type":"api_error","message":"Request timed out."}}',
      ),
    ).not.toBe('gateway-internal-error')
  })
})

describe('components/error-lookup/match: round 40 (lead) mends after the review', () => {
  it("keeps a schema's signature field, a parser's thought signature and a server's page title off the round's entries", () => {
    expect(ids('ValidationError: body.signature: Field required')).not.toContain('thinking-signature-mismatch')
    expect(ids('The thought signature is not valid JSON, skipping it')).not.toContain('thinking-signature-mismatch')
    expect(ids('<title>Server Unavailable Error</title>')).not.toContain('upstream-failed')
  })

  it("keeps desc-en's descriptions off a question, advice and a missing error", () => {
    expectNoEntry([
      'Are you getting a rate limit error?',
      'The fix for getting timeout errors is to raise LLM_TIMEOUT',
      'I have ChatGPT Plus and the API gives me no quota error at all',
    ])
    expect(topEntry('we are getting rate limit errors from openai')).toBe('rate-limit-exceeded')
    expect(topEntry('I have ChatGPT Plus but the API says I exceeded my quota')).toBe('openai-insufficient-quota')
  })

  it('still reads the thinking blocks and Dify’s tagged wrapper', () => {
    expect(topEntry('API Error: 400 messages.1.content.0.thinking.signature: Field required')).toBe(
      'thinking-signature-mismatch',
    )
    expect(topEntry('400 Thought signature is not valid.')).toBe('thinking-signature-mismatch')
    expect(ids('[openai] Server Unavailable Error, Error code: 503')).toContain('upstream-failed')
  })
})

describe('components/error-lookup/match: round 41 (agents) Codex WebSocket, iFlow CLI, Crush and Goose', () => {
  it("names Codex's WebSocket transport refused by the relay, and keeps an HTTP 404 and other apps' fallbacks off it", () => {
    namesEntry(
      'codex-websocket-unsupported',
      [
        'warning: Falling back from WebSockets to HTTPS transport. stream disconnected before completion: websocket closed by server before response.completed',
        'ERROR codex_api::endpoint::responses_websocket: failed to connect to websocket: HTTP error: 404 Not Found, url: wss://relay.example.com/v1/responses',
      ],
      [
        'unexpected status 404 Not Found: Invalid URL (POST /v1/responses), url: https://relay.example.com/v1/responses',
        'Socket.IO is falling back from websockets to long polling',
        'connect(wss://example.com/socket) failed, falling back to HTTPS polling',
      ],
    )
    // the 405 is a web route's refusal either way: the same cause first, this entry among the matches
    const refused =
      'Unexpected status 405 Method Not Allowed: {"detail":"Method Not Allowed"}, url: wss://relay.example.com/v1/responses'
    expect(topCause(refused)).toBe('base_url')
    expect(ids(refused)).toContain('codex-websocket-unsupported')
  })

  it("reads the WebSocket's hour limit as a stream that ended, not a rate limit", () => {
    expect(
      topEntry(
        'stream disconnected before completion: Responses websocket connection limit reached (60 minutes). Create a new websocket connection to continue.',
      ),
    ).toBe('stream-interrupted')
    expectNoEntry(['websocket connection limit: 10 per user'])
  })

  it("reads iFlow CLI's message table in both languages", () => {
    expect(topEntry('Error: the network is unavailable, please try later.')).toBe('failed-to-fetch')
    expect(topEntry('Content length exceed LLM Limit. TraceID: 0a3f9c1e7b2d4e58')).toBe('context-length-exceeded')
    expect(topEntry('内容长度超出大语言模型限制。TraceID：0a3f9c1e7b2d4e58')).toBe('context-length-exceeded')
    expect(topEntry('The specified model is not supported')).toBe('model-not-found')
    expect(topEntry('心流不支持当前模型，请更换模型后重试。')).toBe('model-not-found')
    expect(topEntry('当前模型已达到平台速率限制，系统将重试请求，如果频繁报错请切换其他模型使用')).toBe(
      'rate-limit-exceeded',
    )
    expect(topEntry('apiKey Error, please check your apiKey correct or use /auth to re-login')).toBe('invalid-api-key')
    expect(topEntry('API Token 已过期。API Token 有效期为 7 天。')).toBe('expired-key')
    expect(topEntry('Error: IFLOW_API key not found. Please set IFLOW_API environment variable.')).toBe(
      'missing-api-key',
    )
    expect(topEntry('OpenAI 响应格式无效 - 缺少或空的 choices 数组。TraceID：0a3f9c1e7b2d4e58')).toBe('upstream-failed')
    expectNoEntry([
      'The specified model is not supported for this operation.',
      'Set IFLOW_API to your key before running iflow',
      'the choices array is empty when n=0',
      'Content length exceeds the limit of 10MB',
    ])
  })

  it("reads Codex's missing provider table as a missing address, not a missing model", () => {
    namesEntry(
      'invalid-url-client',
      ['Error: Model provider `relay` not found'],
      ['model provider not found in registry'],
    )
  })

  it("reads Crush's provider test by its status and Goose's body deadline as a timeout", () => {
    namesEntry(
      'wrong-path-404',
      ['failed to connect to provider openai-compat: 404 Not Found'],
      ['failed to connect to provider openai: 401 Unauthorized'],
    )
    expect(topEntry('failed to connect to provider openai: 401 Unauthorized')).toBe('invalid-api-key')
    namesEntry(
      'client-timeout',
      ['Network error: Response body timed out — check your network connection and try again.'],
      ['The response body timeout is 30s by default'],
    )
  })
})

describe('components/error-lookup/match: round 41 (agents) Claude Code behind a gateway', () => {
  it('names the two-credential warning in both wordings, and keeps other apps’ “may not work as expected” off it', () => {
    namesEntry(
      'claude-code-auth-conflict',
      [
        '⚠ Both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY set · auth may not work as expected',
        'Both apiKeyHelper and ANTHROPIC_API_KEY set · auth may not work as expected',
        '⚠ Auth conflict: Both a token (ANTHROPIC_AUTH_TOKEN) and an API key (ANTHROPIC_API_KEY) are set. This may lead to unexpected behavior.',
      ],
      [
        'If the variable is not set, 2FAuth may not work as expected.',
        'The auth may not work as expected on older browsers',
      ],
    )
  })

  it("reads apiKeyHelper's stderr as a refused key and the adaptive-thinking 400 as the thinking mode", () => {
    expect(topEntry('apiKeyHelper failed: did not return a value')).toBe('invalid-api-key')
    expect(
      topEntry(
        'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"thinking: Input tag \'adaptive\' found using \'type\' does not match any of the expected tags: \'disabled\', \'enabled\'"}}',
      ),
    ).toBe('reasoning-effort-unsupported')
    expectNoEntry(["Input tag 'adaptive' in the design system"])
  })
})

describe("components/error-lookup/match: round 41 (desc-zh) Chinese users' own descriptions, as threads and vendor pages settle them", () => {
  it('reads a Midjourney picture already made in Discord as the task still hanging, not a negation, a check or a question', () => {
    describesEntry(
      'media-task-queued',
      ['进度始终为0不显示图，但discord里已经完成绘图', '发现discord那边生成图是成功的，但后台服务取图失败'],
      [
        'discord上没有完成绘图',
        'discord频道中无记录，也没有生成图片',
        '请确认discord上是否已经完成绘图',
        'discord那边生成图片成功了吗？',
        'discord上已经完成授权',
        'Discord 端已经完成登录，可以开始使用',
        // round 41 (review): a success line that says the picture came back
        '任务成功：discord上已完成绘图，图片已返回',
        'discord 频道里生成图片成功，机器人也已经把图片发回来了',
      ],
    )
  })

  it("reads WeChat's line for an official account that did not answer in time as the wait running out", () => {
    namesEntry(
      'client-timeout',
      ['该公众号暂时无法提供服务，请稍后再试', '该公众号提供的服务出现故障,请稍后再试，请问什么问题啊'],
      ['该公众号已停止服务', '公众号服务暂时维护中，请稍后再试', '该小程序暂时无法提供服务'],
    )
  })

  it('reads an official account said not to answer in five seconds as the wait running out, not a rule, a success or a negation', () => {
    describesEntry(
      'client-timeout',
      ['公众号搭建chatGPT，请问怎么解决5s内回复不了', '微信公众号有5秒不返回就断开链接的问题'],
      ['公众号5秒内回复成功', '公众号要求5秒内回复，否则超时', '公众号 5 秒内不会超时', '公众号每5秒刷新一次'],
    )
  })

  it('reads a complex or long question said to time out as the wait running out, not a negation, a question or a setting', () => {
    describesEntry(
      'gateway-timeout',
      ['智能体读取数据超时时间是 120s，当解决复杂回答时会超时', '比较长的回答就会超时'],
      ['复杂问题也不会超时', '复杂问题会超时吗？', '复杂问题会超时时间更长', '复杂的视频任务需要排队'],
    )
  })
})

describe('components/error-lookup/match: round 41 (media) task relays and fal.ai', () => {
  it("lets the provider's message decide under new-api's task_failed wrapper, and still reads a failed task by it", () => {
    expect(
      topEntry('{"code":"task_failed","message":"Trigger the content security policy of the platform","data":null}'),
    ).toBe('content-policy')
    expect(topEntry('{"code":"task_failed","message":"Authorization has expired","data":null}')).toBe('expired-key')
    expect(topEntry('{"code":"task_failed","message":"task failed","data":null}')).toBe('media-task-failed')
  })

  it("reads fal.ai's model error types by their type", () => {
    expect(
      topEntry(
        '{"detail":[{"loc":["body"],"msg":"The model did not generate the expected output for this prompt.","type":"no_media_generated"}]}',
      ),
    ).toBe('media-task-failed')
    expect(
      topEntry('{"detail":[{"loc":["body"],"msg":"Downstream service error","type":"downstream_service_error"}]}'),
    ).toBe('upstream-failed')
    expect(
      topEntry('{"detail":[{"loc":["body","video_url"],"msg":"File download error","type":"file_download_error"}]}'),
    ).toBe('invalid-parameters')
  })

  it("reads @google/genai's block descriptions as the policy, not its unsupported-language stop", () => {
    expect(topEntry('Token generation stopped for potentially containing prohibited content.')).toBe('content-policy')
    expect(topEntry('The prompt was blocked by Model Armor.')).toBe('content-policy')
    expect(ids('The token generation stopped because of using an unsupported language.')).not.toContain(
      'content-policy',
    )
    expect(ids('Token generation stopped because the model reached max_tokens.')).not.toContain('content-policy')
  })

  it("reads Suno's refusal of an artist's name, not the advice to name one", () => {
    expect(topEntry('we don’t reference specific artists on Suno')).toBe('content-policy')
    expect(ids('Tip: reference specific artists or art movements for a stronger style.')).not.toContain(
      'content-policy',
    )
  })

  it("reads xAI's moderation refusals in xAI's shape only", () => {
    expect(topEntry('{"code": "invalid_argument", "error": "Rejected by content moderation."}')).toBe('content-policy')
    expect(ids('/** Number of generated items rejected by content moderation. */')).not.toContain('content-policy')
  })

  it("reads new-api's SUBMITTING task as still waiting, not failed by its empty fail_reason", () => {
    expect(topEntry('{"task_id":"task_Hn3kPq","status":"SUBMITTING","progress":"0%","fail_reason":""}')).toBe(
      'media-task-queued',
    )
  })

  it("keeps new-api's Suno fetch without an id a request error, and its Midjourney task without one a failed task", () => {
    expect(topEntry('{"code":"invalid_request","message":"task id is empty","data":null}')).toBe('invalid-parameters')
    expect(topEntry('Midjourney task ID is empty')).toBe('media-task-failed')
  })
  it("reads Gemini's `Unable to show the generated image` as its safety filter's sentence, not an app's own", () => {
    // round 41 (review): the finishMessage alone or before the filter's words; an app's display error is not a refusal
    namesEntry(
      'content-policy',
      [
        "Unable to show the generated image. The image was filtered out because it violated Google's Generative AI Prohibited Use policy.",
        '"finishMessage": "Unable to show the generated image."',
      ],
      ['Unable to show the generated image. Please check your network connection and try again.'],
    )
  })
})

describe('components/error-lookup/match: round 41 (gateway) relays that pool accounts, in their own words', () => {
  it("reads CLIProxyAPI's and AIClient-2-API's empty pools as no channel, with their codes, and not their words elsewhere", () => {
    namesEntry(
      'no-available-channel',
      [
        '{"error":{"message":"auth_not_found: no auth available","type":"server_error","code":"internal_server_error"}}',
        'Internal Server Error: {"error":{"message":"auth_unavailable: no auth available"... (click to expand) [retrying in 8s attempt #4]',
        'auth_not_found: selector returned no auth',
        '[API Service] No healthy provider found in pool for claude-kiro-oauth supporting model: claude-sonnet-4-5',
      ],
      [
        'no auth available for this route; set AUTH_TOKEN',
        'const ErrAuthNotFound = errors.New("auth_not_found")',
        'No healthy provider found',
      ],
    )
  })

  it("reads CLIProxyAPI's cooldown as the provider's limits, and its unknown provider as the model name", () => {
    namesEntry(
      'upstream-rate-limited',
      ['All credentials for model requested model are cooling down'],
      ['Let the credentials cool down before the next rotation.'],
    )
    namesEntry(
      'model-not-found',
      [
        'unknown provider for model gpt-5-codex',
        "[API Service] Auto-routing failed: Model name must include a provider prefix (e.g., 'provider:model'). Received: 'gpt-4o'",
      ],
      ['Unknown provider: openrouter2', 'Auto-routing failed: no route matched /v2/chat'],
    )
  })

  it("reads claude-relay-service's dedicated account, lifetime budget and concurrency-slot fault by their causes", () => {
    namesEntry(
      'no-available-channel',
      ['该 API Key 绑定的专属账号当前不可用（temporarily_unavailable），请稍后重试。'],
      ['专属账号绑定后不可更改', '绑定专属账号：可选'],
    )
    namesEntry('key-quota-exhausted', ['已达到总费用限制 ($20)'], ['总费用限制：$20', '已达到每日费用限制 ($5)'])
    namesEntry(
      'gateway-internal-error',
      ['Failed to acquire concurrency slot due to internal error'],
      ['Failed to acquire concurrency slot within 30s', 'Too many concurrent requests. Limit: 2 concurrent requests'],
    )
  })

  it("reads gpt-load's unknown group in the path as the base URL, even under its 500, and its own faults as the gateway", () => {
    namesEntry(
      'wrong-path-404',
      ['500 {"code":"INTERNAL_SERVER_ERROR","message":"Failed to retrieve proxy group"}'],
      ['Failed to retrieve proxy groups from the Clash API', 'proxy group retrieved'],
    )
    namesEntry(
      'gateway-internal-error',
      [
        '{"code":"DATABASE_ERROR","message":"Database operation failed"}',
        "Failed to get channel for group 'openai': unsupported channel type: foo",
      ],
      ['failed to get channel for group members', 'Select the channel for group chats'],
    )
  })

  it("reads ngrok's AI Gateway codes and words by their causes, and not a model picker's empty search", () => {
    namesEntry(
      'no-available-channel',
      ['No API key found. Check your SDK / AI Gateway configuration, or add API keys to your AI Gateway.'],
      ['No API key found in ~/.config/tool.json'],
    )
    namesEntry(
      'model-not-found',
      [
        'Unable to route request - no models matched both your gateway configuration and client request',
        '{"error":{"code":"ERR_NGROK_3804","message":"No matching models found: gpt-4a"}}',
      ],
      ['No matching models found: try another search', 'Unable to route request to the backend'],
    )
    namesEntry(
      'upstream-failed',
      ['All AI providers failed to respond successfully.'],
      ['All AI providers responded successfully.'],
    )
  })

  it("reads Volcengine's edge LLM gateway codes in its own Chinese words", () => {
    namesEntry(
      'model-not-found',
      ['您请求的第三方模型暂不支持', '{"code":30070001,"message":"您请求的第三方模型暂不支持"}'],
      [
        '第三方模型暂不支持流式输出，已自动关闭',
        // round 41 (review): a model that does not take a parameter or a mode is the request's shape, not its availability
        '请求的视觉模型暂不支持该参数',
        '您请求的图像模型暂不支持流式输出',
      ],
    )
    namesEntry('gateway-internal-error', ['内部服务错误，请联系技术支持'], ['如遇内部服务错误可重试'])
    namesEntry('rate-limit-exceeded', ['请求数量过多，大模型暂时无法服务。请稍后重试'], ['请求数量过多时会排队'])
  })
  it("reads LiteLLM's newer proxy checks: a blocked team, a tool allowlist, a required field, its database", () => {
    namesEntry(
      'disabled-key',
      ["Authentication Error, Project=p-1 is blocked. Update via `/project/update` if you're an admin."],
      ['The team=growth is blocked on this issue', 'project=alpha is blocked by review'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      ["Tool(s) ['bash'] are not in the allowed tools list for this key/team."],
      ['Set allowed_tools to limit the allowed tools list for a key'],
    )
    namesEntry(
      'invalid-parameters',
      ["Client-side 'metadata.tags' not allowed in request. 'reject_clientside_metadata_tags'=True."],
      ['metadata.tags are allowed in requests from the SDK'],
    )
    namesEntry(
      'gateway-internal-error',
      ['No DB Connected. See - https://docs.litellm.ai/docs/proxy/virtual_keys'],
      ['See https://docs.litellm.ai/docs/proxy/virtual_keys to connect a DB'],
    )
  })
  it('reads an answer without choices as the provider’s empty answer, not the words in a schema', () => {
    namesEntry(
      'upstream-failed',
      ['ValueError: No choices in response: {"id":"chatcmpl-1","choices":[]}'],
      ['The number of choices in responses is set by n'],
    )
  })
  it("reads Portkey's request validator as the request or its custom host, never a failed task", () => {
    namesEntry(
      'invalid-parameters',
      [
        '{"status":"failure","message":"This version of config is not supported in this route. Please migrate to the latest version"}',
        '{"status": "failure", "message": "Invalid config passed"}',
      ],
      ['Pass a valid config with provider details in it.', 'invalid provider passed to the factory'],
    )
    namesEntry(
      'invalid-url-client',
      ['{"status":"failure","message":"Invalid custom host"}'],
      ['Set an invalid custom host to test the validator', 'Error: invalid custom host header in row 3'],
    )
    expect(
      causesOf('{"status":"failure","message":"This version of config is not supported in this route."}'),
    ).not.toContain('task_failed')
  })
  it("reads the AI SDK's Vercel AI Gateway errors: no credentials sent, and a request its policy refused", () => {
    namesEntry(
      'missing-api-key',
      ['AI Gateway authentication failed: No authentication provided.'],
      ['AI Gateway authentication failed: Invalid API key.'],
    )
    namesEntry('model-not-allowed-for-key', ['GatewayForbiddenError: Forbidden'], ['GatewayError: Forbidden'])
  })
  it("reads Langfuse's AI gateway answers: conflicting headers, an unknown credential, a forbidden owner", () => {
    namesEntry(
      'key-malformed',
      ['401 Conflicting gateway credentials in the Authorization and x-api-key headers'],
      ['Send the gateway credentials in the Authorization header'],
    )
    namesEntry('invalid-api-key', ['401 Invalid gateway credential'], ['Create a gateway credential in Settings'])
    namesEntry(
      'model-not-allowed-for-key',
      ['403 Gateway access forbidden'],
      ['Gateway access for viewers is read-only'],
    )
  })

  it("reads Octopus's key checks and its empty upstream answer", () => {
    namesEntry(
      'model-not-allowed-for-key',
      ['model not supported by this api key'],
      ['This model is not supported by the API; check the key docs'],
    )
    namesEntry('key-quota-exhausted', ['API key has reached the max cost'], ['Set the max cost an API key may reach'])
    namesEntry('upstream-failed', ['upstream response is empty'], ['Retry when the upstream response is empty or slow'])
  })

  it("reads AxonHub's missing key as a key not sent", () => {
    namesEntry(
      'missing-api-key',
      ['{"error":"API key not found in any of the supported headers"}'],
      ['The API key can be sent in any of the supported headers'],
    )
  })

  it("reads Kong's ai-proxy body checks as the request and its failed cloud identity as the gateway", () => {
    namesEntry(
      'invalid-parameters',
      [
        "request body doesn't contain valid prompts",
        'model parameter not found in request, nor in gateway configuration',
        'content-type header does not match request body, or bad JSON formatting',
      ],
      ['The request body contains valid prompts and a model', 'Set the model parameter in the gateway configuration'],
    )
    namesEntry(
      'gateway-internal-error',
      ['{"error":{"message":"LLM request failed before proxying"}}'],
      ['The LLM request is validated before proxying'],
    )
  })

  it("reads claude-relay-service's service switch of a key as its permission", () => {
    namesEntry('model-not-allowed-for-key', ['此 API Key 未启用 Droid 权限'], ['创建 API Key 时可选择启用 Droid 权限'])
  })

  it("reads Higress's ai-load-balancer cap as a rate limit and ai-quota's unserved consumer as permission", () => {
    namesEntry(
      'rate-limit-exceeded',
      ['Exceeded maximum request limit from ai-load-balancer.'],
      ['Set the maximum request limit from ai-load-balancer config'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      ['Request denied by ai quota check. Unauthorized consumer.'],
      ['Request denied by ai quota check, No quota left'],
    )
  })

  it("reads sub2api's key middleware: no balance, a user switched off, a user gone", () => {
    namesEntry('insufficient-user-quota', ['Insufficient account balance'], ['Show the account balance'])
    namesEntry(
      'account-banned',
      ['User account is not active'],
      ['The user account is not active until verified by email'],
    )
    namesEntry(
      'invalid-api-key',
      ['User associated with API key not found'],
      ['Find the user associated with an API key'],
    )
  })

  it("reads uni-api's own answers by their causes", () => {
    namesEntry(
      'upstream-failed',
      ['502 {"detail":"Upstream closed stream without data"}'],
      ['Upstream closed the stream'],
    )
    namesEntry(
      'invalid-parameters',
      ['{"detail":"Request requires a model"}', '{"detail":"Unable to fetch image URL"}'],
      ['Each request requires a model name'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      ['Task belongs to a different API key'],
      ['Each task belongs to an API key'],
    )
  })
  it("reads OpenRouter's string_too_long type, not Pydantic's error of the same name for any short field", () => {
    // round 41 (review): pydantic-core's StringTooLong, as FastAPI's 422 detail and a settings ValidationError print it
    namesEntry('context-length-exceeded', ['{"error":{"code":400,"type":"string_too_long"}}'], [])
    expectNoEntry([
      '{"detail":[{"type":"string_too_long","loc":["body","user"],"msg":"String should have at most 64 characters"}]}',
      "name\n  String should have at most 20 characters [type=string_too_long, input_value='my-project', input_type=str]",
    ])
  })
})

describe('components/error-lookup/match: round 41 (transport) runtimes’ and clients’ transport errors from their sources', () => {
  it('tells a refused, reset, timed-out, unresolved and TLS-failed connection apart in each runtime’s words', () => {
    namesEntry(
      'connection-reset',
      [
        'hyper::Error(IncompleteMessage): connection closed before message completed',
        'SocketException: Software caused connection abort (OS Error: Software caused connection abort, errno = 103)',
        'httpx.WriteError: [Errno 32] Broken pipe',
        'Faraday::ConnectionFailed (end of file reached)',
        'reactor.netty.http.client.PrematureCloseException: Connection prematurely closed BEFORE response',
        'java.io.IOException: HTTP/1.1 header parser received no bytes',
        'http2: client connection lost',
        'The underlying connection was closed: An unexpected error occurred on a receive.',
      ],
      [
        'head: write error: Broken pipe',
        'yes: standard output: Broken pipe',
        'EOF reached at the end of file, nothing to parse',
      ],
    )
    namesEntry(
      'connection-refused',
      [
        'httpx.ConnectError: All connection attempts failed',
        'System.Net.WebException: Unable to connect to the remote server',
      ],
      [],
    )
    namesEntry(
      'connect-timeout',
      [
        'aiohttp.client_exceptions.ConnectionTimeoutError: Connection timeout to host https://api.example.org/v1/models',
        'Net::OpenTimeout: execution expired',
      ],
      ['upstream timed out (110: Connection timed out) while reading response header from upstream'],
    )
    namesEntry(
      'dns-failure',
      [
        'cURL error 28: Resolving timed out after 5000 milliseconds',
        "System.Net.WebException: The remote name could not be resolved: 'api.example.org'",
        'aiohttp.client_exceptions.ClientConnectorDNSError: Cannot connect to host api.example.org:443 ssl:default [Name or service not known]',
      ],
      [],
    )
    namesEntry(
      'tls-certificate',
      [
        'Error Domain=NSURLErrorDomain Code=-1202 "The certificate for this server is invalid."',
        'HandshakeException: Connection terminated during handshake',
        'javax.net.ssl.SSLException: Unsupported or unrecognized SSL message',
        'http: server gave HTTP response to HTTPS client',
        'remote error: tls: handshake failure',
        'javax.net.ssl.SSLPeerUnverifiedException: Hostname 10.0.0.2 not verified:',
        'The request was aborted: Could not create SSL/TLS secure channel.',
        '服务器SSL证书验证失败，请检查证书配置',
        'TLS 握手失败',
      ],
      [
        '[rpc] 握手失败：timeout',
        'Hostname app.example.org not verified yet, add the TXT record shown below',
        '是否在 SSL 证书验证失败时仍下载响应内容',
      ],
    )
    namesEntry(
      'proxy-error',
      [
        'Error: Proxy connection ended before receiving CONNECT response',
        "System.Net.Http.HttpRequestException: The proxy tunnel request to proxy 'http://127.0.0.1:7890/' failed with status code '502'.",
        'curl: (56) Proxy CONNECT aborted',
      ],
      [],
    )
  })

  it('reads a stream cut off after the answer began as the stream, and the client’s own clock as a timeout', () => {
    namesEntry(
      'stream-interrupted',
      [
        'cURL error 18: transfer closed with 3 bytes remaining to read',
        'reactor.netty.http.client.PrematureCloseException: Connection prematurely closed DURING response',
        "aiohttp.client_exceptions.ClientPayloadError: Response payload is not completed: <TransferEncodingError: 400, message='Not enough data for satisfy transfer length header.'>",
        "System.Net.Http.Http2StreamException: The HTTP/2 server reset the stream. HTTP/2 error code 'INTERNAL_ERROR' (0x2).",
        'upstream prematurely closed connection while reading upstream',
        'http.client.IncompleteRead: IncompleteRead(1024 bytes read, 2048 more expected)',
      ],
      [],
    )
    namesEntry(
      'client-timeout',
      [
        "java.util.concurrent.TimeoutException: Did not observe any item or terminal signal within 60000ms in 'flatMap' (and no fallback has been configured)",
        'http2: timeout awaiting response headers',
        'net/http: request canceled (Client.Timeout exceeded while reading body)',
        'Symfony\\Component\\HttpClient\\Exception\\TimeoutException: Idle timeout reached for "https://api.example.org/v1/chat/completions".',
      ],
      ['[spawner] Idle timeout reached for my-server, killing...'],
    )
  })

  it('reads a reverse proxy’s log and Cloudflare’s 52x as the server behind them, not the caller’s network', () => {
    namesEntry(
      'gateway-timeout',
      [
        'upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1',
        'error code: 522',
        'Error: timed out waiting for llama runner to start - progress 0.00 - ',
      ],
      [],
    )
    namesEntry(
      'upstream-failed',
      [
        'upstream prematurely closed connection while reading response header from upstream',
        'no live upstreams while connecting to upstream',
        'Error code 521 Web server is down',
      ],
      ['error code 5210'],
    )
  })

  it('reads Apple’s URLSession errors by their number, whatever the description’s language, and only that number', () => {
    namesEntry('client-timeout', ['Error Domain=NSURLErrorDomain Code=-1001 "(null)"'], [])
    namesEntry('connection-refused', ['Error Domain=NSURLErrorDomain Code=-1004 "未能连接到服务器。"'], [])
    namesEntry('dns-failure', ['Error Domain=NSURLErrorDomain Code=-1003 "未能找到使用指定主机名的服务器。"'], [])
    namesEntry('connection-reset', ['Error Domain=NSURLErrorDomain Code=-1005 "网络连接已中断。"'], [])
    namesEntry('tls-certificate', ['(NSURLErrorDomain error -1202.)'], ['Error Domain=NSURLErrorDomain Code=-12020'])
    namesEntry('invalid-url-client', ['The operation couldn’t be completed. (NSURLErrorDomain error -1022.)'], [])
  })

  it('reads Flutter web’s XHR failure and Apple’s ATS refusal, and not a sentence that merely names them', () => {
    namesEntry(
      'failed-to-fetch',
      ['ClientException: XMLHttpRequest error., uri=https://api.example.org/v1/models'],
      ['For some reason, using the Object format triggers an XMLHttpRequest error. Must be a bug in jQuery.'],
    )
    namesEntry(
      'invalid-url-client',
      [
        'Error Domain=NSURLErrorDomain Code=-1022 "The resource could not be loaded because the App Transport Security policy requires the use of a secure connection."',
      ],
      [],
    )
  })
  it('reads httpx’s Server disconnected without sending a response as the connection closed before any answer', () => {
    // round 41 (review): httpcore raises it only while h11 still waits for the status line (their_state SEND_RESPONSE),
    // no byte of the answer read; its class alone still names a broken stream, and its cut-off body stays one
    namesEntry('connection-reset', ['httpx.RemoteProtocolError: Server disconnected without sending a response.'], [])
    namesEntry(
      'stream-interrupted',
      [
        'httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)',
        'httpx.RemoteProtocolError',
      ],
      [],
    )
  })
})

describe('components/error-lookup/match: round 42 (keys) runtimes refusing a pasted key, and no key at all', () => {
  it('reads Hugging Face’s and Replicate’s refusals of a token as a refused key, not a malformed one', () => {
    namesEntry(
      'invalid-api-key',
      [
        '{"error":"Authorization header is correct, but the token seems invalid"}',
        '{"title":"Unauthenticated","detail":"Invalid or expired API token."}',
      ],
      ['The Authorization header is correct.', 'Invalid or expired session'],
    )
  })

  it('reads each runtime’s refusal of a line break in the key as a malformed key, and keeps other headers and code off it', () => {
    namesEntry(
      'key-malformed',
      [
        'ValueError: Newline or carriage return detected in headers. Potential header injection attack.',
        'Invalid header: CR/LF/NUL found in "x-api-key: sk-ant-abc\n".',
        'java.lang.IllegalArgumentException: a header value contains prohibited character 0xd at index 41.',
        "java.lang.IllegalArgumentException: a header value must not end with '\\r' or '\\n':Bearer sk-abc123",
        "io.ktor.http.IllegalHeaderValueException: Header value 'Bearer sk-abc\n' contains illegal character '\n' (code 10)",
        "TypeError: Failed to execute 'append' on 'Headers': Invalid value",
        'TypeError: sk-ant-api03-abc\n is not a legal HTTP header value',
        "Error: Invalid value for header 'x-api-key': 'sk-“abc”'",
      ],
      [
        // a response header from a gateway, with a leading space
        "java.lang.IllegalArgumentException: a header value contains prohibited character 0x20 at index 0 for 'x-ms-serviceversion'",
        'Invalid header: CR/LF/NUL found in "X-Request-Id: 42\n".',
        "io.ktor.http.IllegalHeaderValueException: Header value 'attachment; filename=a\nb' contains illegal character '\n' (code 10)",
        "TypeError: Failed to execute 'append' on 'Headers': Invalid name",
        "a header value must not end with '\\r' or '\\n':text/html",
        '杭帝 @ vercel is not a legal HTTP header value',
        "Error: Invalid value for header 'User-Agent': 'app/1.0\n'",
      ],
    )
  })

  it('reads Google’s, google-auth-library’s, requests’ and apps’ words for no key as a missing key, not a sentence about one', () => {
    namesEntry(
      'missing-api-key',
      [
        '{"error":{"code":401,"message":"Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status":"UNAUTHENTICATED"}}',
        'Error: No access, refresh token, API key or refresh handler callback is set.',
        "requests.exceptions.InvalidHeader: Header part (None) from ('api-key', None) must be of type str or bytes, not <class 'NoneType'>",
        'Error: No API key configured for Anthropic',
        '{"detail":"API key not configured"}',
        '错误：未配置API Key',
        'ValueError: Missing or empty required API keys in environment variables: GEMINI_API_KEY.',
        'Error: API_KEY environment variable not set',
        'Exception: 未提供API密钥，请在节点参数中输入',
        'ValueError: 需要提供 api_key',
        'Error: `value` required in setHeader("Authorization", value)',
        "Error: No key found - add one using 'llm keys set anthropic' or set the ANTHROPIC_API_KEY environment variable",
        'Error: 未设置API Key',
        'ValueError: 缺少API Key。请设置环境变量 DEEPSEEK_API_KEY',
        '错误：请配置API Key后重试',
        'API密钥不能为空',
        'java.lang.IllegalArgumentException: apiKey cannot be null or blank',
        '{"detail":"You did not pass an authentication token"}',
        'Error: api key not set',
        'ANTHROPIC_API_KEY not set',
        'InvalidOperationException: API Key missing',
        'No API key set for openrouter. Get a free one at https://openrouter.ai/keys and paste it in Settings.',
        '添加搜索服务失败：API Key 必填',
      ],
      [
        'It has to work in a gym with no signal and with no API key configured for the coach.',
        "Header part (1) from ('pagina', 1) must be of type str or bytes, not <class 'int'>",
        'If the API key is not configured, the plugin falls back to the free tier.',
        '如果未提供API密钥，则从环境变量读取',
        '当未配置API Key时跳过联网搜索',
        '如果未设置API Key或Secret Key，跳过审核',
        '如果API Key为空，清空配置',
        '请输入API Key',
        'E/com.amplitude.api.AmplitudeClient: Argument apiKey cannot be null or blank in initialize()',
        'Skip the upload if the API key missing flag is on',
        'if API key not set, the search tool is skipped',
        // round 42 review: conditions in docs, changelogs and READMEs, and a settings page's list of fields
        'If no API key is set, the SDK reads it from the OPENAI_API_KEY environment variable.',
        'fix: crash when API key missing on first launch',
        '在未提供 API Key 的情况下，将使用免费额度。',
        '此插件需要提供 API Key 才能使用，请在设置中填写。',
        '未配置API Key时将跳过该步骤',
        'API Key为空时，使用环境变量中的值',
        '安装完成后，请配置 API Key：在 .env 中填写 OPENAI_API_KEY',
        '配置说明：API Key 必填，Base URL 选填。',
      ],
    )
  })
})

describe('components/error-lookup/match: round 42 (apps) chat apps’ and bots’ own words, read from their sources', () => {
  it('reads an empty or unusable address field as the base URL, and not a log that says what it was set to', () => {
    namesEntry(
      'invalid-url-client',
      [
        'The API endpoint must be a valid URL address.',
        'API endpoint 必须是合法的 URL 地址',
        'Enter a base URL before fetching models.',
        'Error: No LocalAI Base Path was set.',
        'No Azure API endpoint was set.',
        'BasePath Cannot end in /!',
        'Provider openai-compatible base URL is missing. Please set it in settings menu.',
        'Base URL 不能为空',
        'Error: OPENAI_BASE_URL not set',
      ],
      [
        'LocalAI base path was set to http://localhost:8080/v1',
        'The base path was set to /api',
        // round 42 review: a success log, and an info line that goes on with its default
        'Ollama base path was set successfully',
        'INFO: OPENAI_BASE_URL not set, using default https://api.openai.com/v1',
      ],
    )
    // the field-name pattern of invalid-parameters steps aside for the address, and still reads other fields
    namesEntry('invalid-parameters', ['prompt不能为空', "模型 'deepseek-chat' 遇到不可重试的HTTP错误: 参数不正确"], [])
    expect(ids('Base URL 不能为空')).not.toContain('invalid-parameters')
    expect(ids('如果出现参数不正确的情况请联系管理员')).not.toContain('invalid-parameters')
  })

  it('reads a key field left empty as a missing key, and a refused key as a refused key', () => {
    namesEntry(
      'missing-api-key',
      [
        'MissingApiKeyError: API key is not provided for the model: deepseek-chat|deepseek.',
        'TG Error: OpenAI API Key is not provided.',
        'TG Error: Please provide a valid api key.',
        '💥 Failed, Missing secret key',
        '💥 失败, 缺少密钥',
        '缺少豆包 API Key。请从 https://www.volcengine.com/product/doubao 获取您的 API Key',
      ],
      [
        'Invalid API key. Please provide a valid API key.',
        // round 42 review: a docstring's conditional, and another product's key file
        'If the API key is not provided, it is read from the OPENAI_API_KEY environment variable.',
        'SSH 连接失败：缺少密钥文件 id_rsa',
      ],
    )
  })

  it('reads the apps’ own timeouts as the request’s, and not a setting that names one', () => {
    namesEntry(
      'client-timeout',
      [
        'Oops! 网络超时，请稍后重试',
        'Agent error: Request timeout (Status: 500, Code: , Type: )',
        'Connection Timeout',
        '💥 Failed, Timeout error',
        '💥 失败, 超时错误',
        'TimeoutError: 等待流式响应首个数据块超时，已超过 120 秒',
      ],
      [
        '网络超时时间设置为 30 秒',
        'the connection timeout is 30 seconds',
        'Connection timeout while connecting to the database',
        // round 42 review: settings pages' fields
        '网络超时（秒）：60',
        '网络超时重试次数：3',
        'Connection timeout\n30 seconds',
      ],
    )
  })

  it('reads a model list or a stream answered with something else as the base URL', () => {
    namesEntry(
      'html-instead-of-json',
      [
        'Endpoint returned an unreadable response.',
        'Endpoint did not return a model list.',
        '💥 失败, 响应格式不匹配: 端点返回了 HTML 页面',
        'ValueError: 模型列表响应格式无效',
      ],
      [],
    )
    namesEntry(
      'wrong-path-404',
      ['HTTP 404: {"detail":"Not Found"} If your endpoint serves the OpenAI API under /v1, add it to the base URL.'],
      [],
    )
  })

  it('reads the bots’ fixed words for a status, an empty answer and a lost connection', () => {
    namesEntry('gateway-internal-error', ['服务器内部故障'], [])
    namesEntry('failed-to-fetch', ['连接异常，请检查网络连接状态或URL是否正确'], [])
    namesEntry(
      'upstream-failed',
      ['响应内容为空，这可能是一个临时性问题', '流式响应在返回首个数据块前已结束，API 供应商返回了空流'],
      [],
    )
    namesEntry('rate-limit-exceeded', ['Rate limited — try again in a moment.'], [])
    namesEntry(
      'context-length-exceeded',
      ['Context window full'],
      ['Context window full of tool output', 'fix: agent hangs when context window full'],
    )
  })
})

describe('components/error-lookup/match: round 42 (media) runtimes’ context wordings and media refusals', () => {
  it('reads the context checks of llama-cpp-python, DeepInfra, LMDeploy, Xinference, Ollama’s agent and vLLM’s scheduler', () => {
    namesEntry(
      'context-length-exceeded',
      [
        '{"error":{"message":"Requested tokens (18690) exceed context window of 7168","type":"invalid_request_error"}}',
        '{"error":{"message":"Provider returned error","code":400,"metadata":{"raw":"Requested input length 39818 exceeds maximum input length 32767","provider_name":"DeepInfra"}}}',
        '{"object":"error","message":"Input length (40000) must be smaller than the model context length (32768).","type":"invalid_request_error","code":400}',
        "Max tokens exceeds model's max length",
        'prompt is too large for the current context (~9000/8192 tokens). Reduce the system prompt or message history',
        'WARNING 02-20 17:08:38 scheduler.py:949] Input prompt (100005 tokens) is too long and exceeds limit of 2048',
        "Your request exceeds the model's maximum context. Please reduce your prompt or completion length.",
      ],
      [],
    )
  })

  it('reads Venice’s video refusal and the Interactions API’s blocked codes only as a code’s value', () => {
    namesEntry(
      'content-policy',
      [
        '{"error": "Your generation was blocked due to the model provider\'s content policies. Credits have been refunded.", "credits_refunded": true}',
        '{"error":{"code":"content_blocked"}}',
        '{"error":{"code":"image_recitation","message":"blocked"}}',
      ],
      [],
    )
    expect(ids('{"id":"msg_1","content_blocked":false,"text":"hello"}')).not.toContain('content-policy')
    expect(ids('const prohibited_content = await loadList()')).not.toContain('content-policy')
  })

  it('reads RunningHub’s task codes: still running or queued is waiting, a bad workflow input is the request', () => {
    expect(topEntry('{"code":804,"msg":"APIKEY_TASK_IS_RUNNING","data":null}')).toBe('media-task-queued')
    expect(topEntry('{"code":813,"msg":"APIKEY_TASK_IS_QUEUED","data":null}')).toBe('media-task-queued')
    expect(topEntry('{"code":805,"msg":"APIKEY_TASK_STATUS_ERROR","data":null}')).toBe('media-task-failed')
    expect(topEntry('{"code":803,"msg":"APIKEY_INVALID_NODE_INFO","data":null}')).toBe('invalid-parameters')
    expect(topEntry('{"code":809,"msg":"APIKEY_FILE_SIZE_EXCEEDED","data":null}')).toBe('request-too-large')
  })

  it('reads GPT4All’s, mistral.rs’s, MLC LLM’s and text-generation-webui’s own context checks, not a message length in general', () => {
    namesEntry(
      'context-length-exceeded',
      [
        'Your message was too long and could not be processed (5000 > 4092). Please try again with something shorter.',
        'Prompt sequence length is greater than 4096, perhaps consider using `truncate_sequence`?',
        'Request prompt has 9000 tokens in total, larger than the model input length limit 8192.',
        'User message truncated from 9000 to 3000 tokens. Context full: 7680 input tokens (8192 total, 512 for output).',
      ],
      [],
    )
    expect(ids('Your message was too long and has been split into two parts.')).not.toContain('context-length-exceeded')
  })

  it('reads the AI SDK’s empty image and video results as a failed generation, not code that checks for them', () => {
    namesEntry(
      'media-task-failed',
      [
        'AI_NoVideoGeneratedError: No video generated.',
        'NoImageGeneratedError [AI_NoImageGeneratedError]: No image generated.',
      ],
      ['if (NoVideoGeneratedError.isInstance(error)) { console.log("AI_NoVideoGeneratedError") }'],
    )
  })

  it('reads watsonx.ai’s overflow inside its 400 invalid_input_argument, not as a bare bad request', () => {
    expect(
      topEntry(
        '{"errors":[{"code":"invalid_input_argument","message":"Invalid input argument for Model \'ibm/granite-13b-chat-v2\': the number of input tokens 9000 cannot exceed the total tokens limit 8192 for this model"}],"status_code":400}',
      ),
    ).toBe('context-length-exceeded')
  })

  it('reads Bedrock’s byte-count overflow and Copilot’s prompt-limit code as the context, not a rate limit', () => {
    expect(topEntry('ValidationException: too many total text bytes')).toBe('context-length-exceeded')
    expect(topEntry('{"error":{"code":"model_max_prompt_tokens_exceeded"}}')).toBe('context-length-exceeded')
  })

  it('reads LM Studio’s context-overflow notice in English and in its Chinese translations, not its settings text', () => {
    namesEntry(
      'context-length-exceeded',
      [
        'The unprocessed context is larger than the maximum token limit of the model.',
        '未经处理的上下文大于模型的最大token限制。',
        '未處理的上下文超過模型的最大 token 限制。',
      ],
      ['Decide what to do when the conversation exceeds the size of the model’s working memory (context)'],
    )
  })
})

describe('components/error-lookup/match: round 42 (cnsdk) Chinese vendors’ SDK and cloud-API layers', () => {
  it('reads the HMAC handshake refusals as the key, and not the clock-skew or header variants', () => {
    namesEntry(
      'invalid-api-key',
      [
        '{"message":"HMAC signature cannot be verified"}',
        '{"message":"HMAC signature does not match"}',
        'HMAC signature cannot be verified: apikey not found',
      ],
      [
        '{"message":"HMAC signature cannot be verified, a valid date or x-date header is required for HMAC Authentication"}',
        'HMAC signature cannot be verified, a validate authorization header is required',
        'local SIGNATURE_NOT_VALID = "HMAC signature cannot be verified, the x-date header is out of date"',
      ],
    )
  })

  it('reads Baidu’s common codes in Chinese, and not other tokens or limits', () => {
    namesEntry(
      'invalid-api-key',
      ['无效的access_token参数，请检查后重新尝试', 'access_token无效'],
      ['缺少access_token参数'],
    )
    namesEntry('expired-key', ['access token过期'], ['access token过期时间为30天', 'access_token过期后需要重新获取'])
    namesEntry('upstream-rate-limited', ['QPS超限额', '请求总量超限额', '集群超限额'], ['QPS超限额告警已配置'])
    namesEntry(
      'invalid-api-key',
      ['{"error_code":100,"error_msg":"Invalid parameter"}'],
      ['{"error_code":216100,"error_msg":"invalid param"}'],
    )
  })

  it('reads TencentCloud’s InternalError only after its SDK’s mark, and Volcengine’s gateway codes by their words', () => {
    namesEntry(
      'upstream-failed',
      [
        '[TencentCloudSDKException] code:InternalError message:内部错误。 requestId:3f7c2a9e',
        '[TencentCloudSDKError] Code=InternalError, Message=内部错误。, RequestId=3f7c2a9e',
      ],
      ['if err.code == "InternalError": retry()'],
    )
    namesEntry(
      'missing-api-key',
      ['Request is missing Authentication Token.'],
      ['{"message":"Missing Authentication Token"}'],
    )
    namesEntry('invalid-api-key', ['The accesskey [AKLTNmE5ZGM0] included in the request is invalid.'], [])
    namesEntry('provider-permission-denied', ['Request was rejected because of lack of policy.'], [])
  })

  it('reads the Ark SDK’s parse errors and the zhipuai SDK’s 503', () => {
    namesEntry(
      'content-policy',
      ['Could not parse response content as the request was rejected by the content filter'],
      [],
    )
    namesEntry(
      'context-length-exceeded',
      ['Could not parse response content as the length limit was reached - CompletionUsage(completion_tokens=512)'],
      [],
    )
    namesEntry(
      'provider-overloaded',
      ['zhipuai.core._errors.APIServerFlowExceedError: Error code: 503, with error text'],
      [],
    )
  })

  it('reads the TencentCloud SDK’s ClientNetworkError by what it wraps, and Qianfan’s plan keys as the address', () => {
    namesEntry(
      'client-timeout',
      [
        "[TencentCloudSDKException] code:ClientNetworkError message:HTTPSConnectionPool(host='hunyuan.tencentcloudapi.com', port=443): Read timed out. (read timeout=60) requestId:None",
      ],
      [],
    )
    namesEntry(
      'failed-to-fetch',
      ['[TencentCloudSDKException] code:ClientNetworkError message:unknown requestId:None'],
      [],
    )
    namesEntry('key-sent-to-vendor', ['HTTP 401 {"error":{"code":"coding_plan_api_key_not_allowed"}}'], [])
  })

  it('reads iFlytek’s 11200 as the licence and its 11201 as the daily limit, and Qianfan’s SDKs without credentials', () => {
    namesEntry(
      'provider-permission-denied',
      ['{"code":11200,"message":"auth no license"}'],
      ['{"code":11201,"message":"auth no enough license"}'],
    )
    namesEntry(
      'missing-api-key',
      ['no enough credentails found. Please set AK and SK or AccessKey and SecretKey'],
      ['There is no enough credit found on your account'],
    )
  })

  it('reads Zhipu’s 434 and 435 by their words, and not an upload rule', () => {
    namesEntry(
      'request-too-large',
      ['Error code: 435, with error text {"error":{"code":"435","message":"文件大小超过100MB"}}'],
      ['文件大小超过100MB时请分片上传', '如果文件大小超过100MB，请使用分批上传'],
    )
    namesEntry('provider-permission-denied', ['Error code: 434, with error text {"message":"暂无API权限"}'], [])
  })

  it('reads a 451 with the words of a regional block or a moderation refusal, and names neither from the bare status', () => {
    // RFC 7725's 451 is first a legal block; StepFun also answers its safety review's refusal with it (its error guide)
    namesEntry('unsupported-region', ['HTTP 451: User location is not supported for the API use.'], [])
    namesEntry(
      'content-policy',
      ['451 {"error":{"message":"Your request was rejected as a result of our safety system."}}'],
      [],
    )
    expectNoEntry(['Error: 451', 'HTTP/1.1 451 Unavailable For Legal Reasons'])
  })
})

describe('components/error-lookup/match: round 42 (agents) coding agents and the SDKs under them', () => {
  it("reads Claude Code's mid-stream family as a stream cut short, and not their looser look-alikes", () => {
    namesEntry(
      'stream-interrupted',
      [
        'API Error: Server error mid-response. The response above may be incomplete.',
        'API Error: Connection closed mid-response. The response above may be incomplete.',
        'API Error: Response stalled mid-stream. The response above may be incomplete.',
        'API Error: Response stalled while thinking, before producing a response. Try again.',
        'API Error: Connection closed while thinking, before producing a response. Try again.',
      ],
      [
        'The response stalled for a second, then went on',
        'Connection closed by the user while thinking about the answer',
        'We closed the connection mid-week for maintenance',
      ],
    )
  })

  it("reads the Anthropic SDKs' and Google's Gen AI SDK's stream readers as a stream cut short, not the sibling that began wrongly", () => {
    namesEntry(
      'stream-interrupted',
      [
        'AnthropicError: request ended without sending any chunks',
        'AnthropicError: Unexpected event order, got message_start before receiving "message_stop"',
        'AI_InvalidResponseDataError: Received message_start for message "msg_02" while message "msg_01" is still open.',
        'Error: Incomplete JSON segment at the end',
      ],
      [
        'Unexpected event order, got content_block_delta before "message_start"',
        'the request ended without sending any email',
        'an incomplete JSON segment at the start of the file',
        'the message is still open for comments',
      ],
    )
  })

  it("reads the SDKs' client-side refusals by what the request or the page did", () => {
    namesEntry(
      'invalid-parameters',
      [
        'AnthropicError: Streaming is required for operations that may take longer than 10 minutes. See https://github.com/anthropics/anthropic-sdk-typescript#long-requests for more details',
        'ValueError: Streaming is required for operations that may take longer than 10 minutes. See https://github.com/anthropics/anthropic-sdk-python#long-requests for more details',
      ],
      ['Streaming is recommended for operations that may take longer than a minute'],
    )
    namesEntry(
      'cors-blocked',
      ["AnthropicError: It looks like you're running in a browser-like environment."],
      ["It looks like you're running an outdated browser, please update it"],
    )
  })

  it("reads the Agents SDK's trace upload refused by OpenAI as the gateway key sent there, not a trace refused for its shape", () => {
    namesEntry(
      'key-sent-to-vendor',
      [
        '[non-fatal] Tracing client error 401: {\n  "error": {\n    "message": "Incorrect API key provided: sk-Yq3t****Wm8d. You can find your API key at https://platform.openai.com/account/api-keys.",\n    "type": "invalid_request_error",\n    "param": null,\n    "code": "invalid_api_key"\n  }\n}',
        'Tracing client error 401: {"error":{"message":"Incorrect API key provided: sk-1234****5678.","code":"invalid_api_key"}}',
        '[non-fatal] Tracing client error 401. Response data is redacted.',
      ],
      [
        '[non-fatal] Tracing client error 400: {"error":{"message":"Invalid type for data[2].span_data","type":"invalid_request_error"}}',
      ],
    )
    // OpenAI's refusal alone is still the refused key first
    expect(topEntry('Incorrect API key provided: sk-1234****5678.')).toBe('invalid-api-key')
  })

  it("reads the AI SDK's openai provider on a chat-completions address as the endpoint mismatch, and its early stream error as one", () => {
    namesEntry(
      'model-endpoint-mismatch',
      [
        "AI_APICallError: Received a Chat Completions stream while using the OpenAI Responses API. The default OpenAI provider model uses the Responses API. If your custom baseURL targets a Chat Completions-compatible endpoint, use openai.chat('model-id') or createOpenAI(...).chat('model-id') instead.",
      ],
      ['Received a Chat Completions response from the server'],
    )
    namesEntry(
      'error-inside-stream',
      ['AI_APICallError: OpenAI stream failed before any output was generated'],
      ['OpenAI stream failed to start because the tab was closed'],
    )
  })
})

describe('components/error-lookup/match: round 42 (relays) done-hub, one-hub and the LiteLLM proxy in their own words', () => {
  it("reads done-hub's empty balancer as no channel, and its routes a channel lacks as a model off its endpoint", () => {
    namesEntry(
      'no-available-channel',
      [
        'no channels available for model (group=vip model=gpt-4.1)',
        'litellm.BadRequestError: You passed in model=glm-4.6. There are no healthy deployments for this model',
      ],
      ['No channels available for this model yet, check back later in the Slack directory', 'healthy deployments: 3'],
    )
    namesEntry(
      'model-endpoint-mismatch',
      [
        '{"error":{"message":"channel not implemented (request id: 2026082011223344)","type":"one_hub_error","code":"channel_error"}}',
        'channel does not support /v1/responses/compact',
      ],
      ['The notification channel not implemented yet', 'this channel does not support images'],
    )
    // new-api's bare `not implemented` stays its own reading
    expect(
      topEntry('{"error":{"message":"not implemented (request id: 2025030109301151)","type":"new_api_error"}}'),
    ).toBe('invalid-parameters')
  })

  it("reads done-hub's switched-off native routes as the key's rights, even with the body's 500, and not a region's refusal", () => {
    namesEntry(
      'model-not-allowed-for-key',
      [
        '{"error":{"code":500,"status":"one_hub_error","message":"Gemini API is not supported"}}',
        'Claude API is not supported',
      ],
      [
        'Claude API is not supported in your region',
        'The Gemini API is supported by this plugin',
        // round 42 review: another tool's refusal of a protocol
        'Error: Claude API is not supported by the selected provider',
      ],
    )
  })

  it("reads one-hub's unknown Midjourney mode as the address", () => {
    namesEntry('wrong-path-404', ['{"code":4,"description":"无效的加速模式","result":""}'], ['加速模式：mj-fast'])
    namesEntry(
      'no-available-channel',
      ['无效的请求, 无法获取midjourney provider'],
      ['无法获取provider列表，请检查网络'],
    )
  })

  it("reads LiteLLM's project, org, team-member, tag and vector-store refusals as the key's rights", () => {
    namesEntry(
      'model-not-allowed-for-key',
      [
        "project not allowed to access model. This project can only access models=['gpt-4.1-mini']. Tried to access o3",
        "org not allowed to access model. This org can only access models=['claude-haiku-4-5']. Tried to access claude-opus-4-1",
        'Team member not allowed to access model. User=u-9, Team=t-2, Model=o3. Allowed member models = []',
        'Not allowed to access model due to tags configuration',
        "User not allowed to access vector store. Tried to access vs_abc. Only allowed to access ['vs_x']",
        "Virtual key is not allowed to call this route. Only allowed to call routes: ['llm_api_routes']. Tried to call route: /key/list",
        'Only proxy admin can be used to generate, delete, update info for new keys/users/teams. Route=/user/new. Your role=internal_user',
        'user not allowed to access this route. Route=/model/new is an admin only route',
      ],
      [
        'This project can only access models you enable in settings',
        'tags configuration saved',
        'Only proxy admins can see this route in the docs',
        'Mark the route as an admin only route in settings',
      ],
    )
  })

  it("reads LiteLLM's key whose user or team is gone as the key, and its router's waits as a rate limit", () => {
    namesEntry(
      'invalid-api-key',
      [
        "Authentication Error, User doesn't exist in db. 'user_id'=bob. Create user via `/user/new` call.",
        "Team doesn't exist in db. Team=t-9. Create team via `/team/new` call.",
      ],
      ["The user doesn't exist in db yet, so the signup form creates it", 'Team does not exist'],
    )
    namesEntry(
      'rate-limit-exceeded',
      [
        'litellm.RateLimitError: Deployment over user-defined ratelimit.',
        'Deployment has all max_parallel_requests slots in use.',
        'All deployments for selected model are in cooldown',
        'No healthy deployment available, passed model=gpt-4o-mini',
        'Key=sk-...x1 over available RPM=0. Model RPM=10, Active keys=4',
      ],
      ['max_parallel_requests: 10', 'deployment is healthy'],
    )
  })
})

describe('components/error-lookup/match: round 42 (relays) Azure API Management before Azure OpenAI', () => {
  it('reads its ip-filter as the address, its missing token or key header as the missing key, and its bandwidth quota as a limit', () => {
    namesEntry(
      'key-ip-restricted',
      [
        'Caller IP address 10.1.2.3 is not allowed. Access denied.',
        '{"statusCode":403,"message":"Caller IP address is blocked. Access denied."}',
      ],
      ['Caller IP address is logged for auditing', 'Failed to establish IP address for the caller within 5s, retrying'],
    )
    namesEntry(
      'missing-api-key',
      [
        '{"statusCode":401,"message":"JWT not present."}',
        'Header Ocp-Apim-Subscription-Key was not found in the request. Access denied.',
      ],
      [
        'debug: JWT not present in cache, fetching a new one',
        'Header x-request-id was not found in the request. Access denied.',
      ],
    )
    namesEntry(
      'rate-limit-exceeded',
      ['Out of bandwidth quota. Quota will be replenished in 00:12:00.'],
      ['This repository is over its data quota. Out of bandwidth quota for Git LFS'],
    )
    namesEntry(
      'wrong-path-404',
      ['Unable to match incoming request to an operation.'],
      ['Unable to match incoming request headers to the cache key'],
    )
  })
})

describe('components/error-lookup/match: round 42 (relays) Portkey gateway', () => {
  it("reads its handlers' own 500 as the gateway, not a media task, and not anyone's `Something went wrong`", () => {
    namesEntry(
      'gateway-internal-error',
      ['{"status":"failure","message":"Something went wrong"}'],
      ['Oops! Something went wrong', '{"status":"failure","message":"Image generation failed"}'],
    )
    expect(topEntry('{"status":"failure","message":"Image generation failed"}')).toBe('media-task-failed')
    namesEntry(
      'invalid-parameters',
      ['{"status":"failure","message":"Invalid content type passed"}'],
      ['Invalid content type'],
    )
  })
})

describe("components/error-lookup/match: round 42 (relays) LiteLLM proxy's common errors and error types", () => {
  it('reads its empty model list, admin-only endpoint, missing database, limit message and access types by their causes', () => {
    namesEntry(
      'no-available-channel',
      ['No models configured on proxy'],
      ['No models configured yet — add one in Settings'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      [
        'Admin-only endpoint. Not allowed to access this.',
        '{"error":{"message":"denied","type":"team_model_access_denied","param":"model","code":"401"}}',
      ],
      ['This is an admin-only endpoint in our docs'],
    )
    namesEntry(
      'gateway-internal-error',
      ['DB not connected. This endpoint needs a database; set DATABASE_URL to a PostgreSQL connection string'],
      ['DB not connected yet, retrying in 5s'],
    )
    namesEntry(
      'rate-limit-exceeded',
      ['Crossed TPM / RPM / Max Parallel Request Limit'],
      ['The chart crossed its max parallel request line'],
    )
  })
})

describe("components/error-lookup/match: round 43 (platforms) inference platforms' and aggregators' refusals", () => {
  it('reads Novita, Together, ModelScope, 302.AI and Modelverse wordings by their causes, and not their look-alikes', () => {
    namesEntry(
      'insufficient-user-quota',
      ['{"code":403,"reason":"NOT_ENOUGH_BALANCE","message":"not enough balance"}'],
      [
        'if (balance < amount) throw new Error("NOT_ENOUGH_BALANCE_POINTS")',
        'The wallet has not enough balanced entries',
      ],
    )
    namesEntry(
      'payment-required',
      ['402 - Credit limit exceeded. Please navigate to https://api.together.xyz/settings/billing to add credit'],
      ['Your credit card limit was exceeded at checkout'],
    )
    namesEntry(
      'vendor-account-not-bound',
      ['Please bind your Alibaba Cloud account before use.', '401 please bind your alibaba cloud account before use'],
      ['Tip: bind your Alibaba Cloud account in the console to get vouchers'],
    )
    namesEntry(
      'model-not-found',
      ['Unable to access non-serverless model meta-llama/Llama-3.2-11B-Vision-Instruct. Please visit the model page.'],
      ['Serverless models are listed at api.together.ai/models'],
    )
    namesEntry(
      'no-available-channel',
      ['{"error":{"err_code":-10008,"message":"No available models currently"}}'],
      ['No available models currently match your filter'],
    )
    namesEntry(
      'content-policy',
      [
        'Sensitive chat messages',
        'Sensitive check error',
        '{"error":{"message":"Sensitive chat messages","type":"invalid_request_error","code":"invalid_messages"}}',
      ],
      // round 43 review: a setting's description
      ['Sensitive checks passed', 'Sensitive chat messages are filtered by default'],
    )
    namesEntry('invalid-api-key', ['Validate Certification failed'], ['Certification validated'])
    namesEntry('upstream-failed', ['Request llm server Error'], ['Request the llm server status'])
    namesEntry(
      'unsupported-region',
      ['403 {"error":{"code":"403","message":"Illegal access","type":"illegal_access"}}'],
      [
        'java.lang.IllegalAccessException: class Foo cannot access a member of class Bar',
        'Illegal access to the field',
      ],
    )
    namesEntry(
      'insufficient-user-quota',
      ['Upstream request failed: Insufficient account funds'],
      ['The merchant reported insufficient funds on the account'],
    )
    namesEntry(
      'vendor-account-overdue',
      ['HTTP 412: Account acme-1 is suspended, possibly due to reaching the monthly spending limit or failure to pay'],
      ['The user is suspended, possibly due to violations'],
    )
    namesEntry(
      'model-not-found',
      ['410 {"error":{"message":"The requested model has been deprecated","code":"model_deprecated"}}'],
      ['410 Gone'],
    )
  })
})

describe('components/error-lookup/match: round 43 (gateways) relays and AI gateways in their own words', () => {
  it("reads codex-lb's request budget as a timeout and its account pool's refusals by their causes", () => {
    namesEntry(
      'gateway-timeout',
      [
        '{"error":{"message":"Proxy request budget exhausted","type":"server_error","code":"upstream_request_timeout"}}',
        'Model provider openai timed out due to configured `non_streaming.total_ms` timeout (10s)',
      ],
      ['We exhausted the travel budget for the proxy server project', 'configured timeout to 30s and it worked'],
    )
    namesEntry(
      'upstream-failed',
      [
        'Upstream circuit breaker is open',
        'Previous response owner account is unavailable; retry later.',
        'error on getting pods for model deepseek-r1-distill-llama-8b',
      ],
      ['The circuit breaker in the kitchen is open', 'All account attempts to sign in are logged'],
    )
    namesEntry(
      'rate-limit-exceeded',
      ["Additional quota exhausted for model 'gpt-5.3-codex-spark'", 'model: llama-3-8b has exceeded RPS: 10'],
      ['Additional quota can be bought for model training jobs'],
    )
    namesEntry('key-ip-restricted', ['403 Access denied for client IP'], ['Access to client IP settings is admin-only'])
    namesEntry(
      'no-available-channel',
      ["No accounts with a plan supporting model 'gpt-5.5-pro'", '{"error": "No backend for model llama3"}'],
      ['There is no backend for modeling yet; the frontend ships first'],
    )
  })

  it("reads LiteLLM's newer model-access message as the key's permission, with the model name second", () => {
    const text =
      "The requested model 'gpt-5.6' is not available for this API key, or the model name is invalid. Check the models available to you and try again."
    expect(topEntry(text)).toBe('model-not-allowed-for-key')
    expect(ids(text)).toContain('invalid-model-id')
    namesEntry(
      'model-not-allowed-for-key',
      [
        "The requested model 'gpt-4o' is not in the allowed models for this customer. Check the models this customer can use and try again.",
        'Model "claude-opus-4-5" is not allowed for this profile.',
      ],
      ['Check the models available to you in the sidebar'],
    )
    namesEntry(
      'provider-permission-denied',
      ["request is outside the key's allowed access_schedule (timezone Europe/Berlin)"],
      ['Set access_schedule on the key to limit office hours'],
    )
  })

  it('reads the self-hosted routers and gateways by their causes, not sentences that mention their words', () => {
    namesEntry(
      'model-not-found',
      [
        'model llama3-8b does not exist',
        'No matching route found. It is likely because the model specified in your request is not configured in the Gateway.',
        'Router script returned unconfigured model "deepseek,deepseek-chat".',
      ],
      ['No matching route found for /health'],
    )
    namesEntry(
      'invalid-parameters',
      ['incorrect routing strategy random2', '{"error":{"message":"no model provided","type":"aiproxy_error"}}'],
      ['If no model provided in the config, the default is used'],
    )
    namesEntry('missing-api-key', ['unauthorized, no access token provided'], ['unauthorized access token usage'])
    namesEntry(
      'expired-key',
      ['401 {"error":{"message":"API key is expired."}}'],
      ['Rotate an API key before it is expired'],
    )
    namesEntry('wrong-path-404', ['Router id not found: my-router'], ['The router id was not found in the docs'])
    namesEntry(
      'invalid-parameters',
      ['Missing model id in request body'],
      ['Is a missing model id in the request body a problem?'],
    )
    namesEntry(
      'model-endpoint-mismatch',
      ['provider openai does not support anthropic-messages protocol (supported: openai-chat, openai-embeddings)'],
      ['The provider does not support this protocol yet'],
    )
  })

  it("reads LLM Gateway's key cap, plan, retired model and free-only routing by their causes", () => {
    namesEntry(
      'key-quota-exhausted',
      ['401 {"error":{"message":"Unauthorized: LLMGateway API key reached its usage limit."}}'],
      ['The API key reached its usage page limit of ten rows'],
    )
    expect(topEntry('401 Unauthorized')).toBe('invalid-api-key')
    namesEntry(
      'payment-required',
      ['API Keys mode requires a Pro plan. Please upgrade to Pro or switch to Credits mode.'],
      ['This feature requires a pro plan or higher'],
    )
    namesEntry(
      'model-not-found',
      ['Model gpt-4-32k has been deactivated and is no longer available', 'Could not find model definition for foo'],
      ['Your account has been deactivated'],
    )
    namesEntry(
      'no-provider-endpoints',
      ['No free models are available for auto routing. Remove free_models_only parameter or use a specific model.'],
      ['No free models are available this month'],
    )
  })
})

describe("components/error-lookup/match: round 43 (newapi) new-api's Traditional Chinese locale and its newer relay strings", () => {
  it('reads the zh-TW words for channel, access, user and database (管道, 存取, 使用者, 資料庫) as their zh-CN twins', () => {
    namesEntry(
      'no-available-channel',
      ['該管道已被禁用', '沒有可用的管道密鑰', '無有效上游管道', '獲取分組 default 下模型 gpt-4o 的可用管道失敗'],
      ['此管道已被禁用，请在项目设置中启用', '部署管道失败：没有可用的运行器', '数据管道的上游管道已暂停'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      ['該令牌無權存取任何模型', '該令牌無權存取模型 gpt-4o'],
      ['该用户无权存取此文件', '令牌存取模型列表已更新'],
    )
    namesEntry('group-not-allowed', ['無權存取該分組'], ['无权存取该文件夹'])
    namesEntry(
      'account-banned',
      ['該使用者已被禁用', '使用者名或密碼錯誤，或使用者已被封禁'],
      ['使用者已登出', '该使用者已被邀请'],
    )
    namesEntry('key-malformed', ['無效的管道 Id'], ['管道 Id 已复制'])
    namesEntry(
      'gateway-internal-error',
      ['資料庫錯誤，請稍後重試', '無效的令牌，資料庫查詢出錯，請聯繫管理員', '資料庫一致性被破壞'],
      ['资料库已更新', '资料库查询完成，共 3 条'],
    )
  })

  it('reads the unpriced model, the tiered billing expression and the Kling key format as the gateway, not the caller', () => {
    namesEntry(
      'model-price-not-set',
      [
        'Model gpt-5.1-codex has not been priced by the administrator yet. Please contact the site administrator to enable this model.',
        '模型 gpt-5.2 的价格尚未由管理员配置，暂时无法使用，请联系站点管理员开启该模型',
        'model gemini-3-pro is configured as tiered_expr but has no billing expression',
        'model gemini-3-pro tiered expr run failed: undefined variable',
      ],
      ['This item has not been priced yet', 'the tiered pricing expression ran in 2 ms'],
    )
    namesEntry(
      'gateway-internal-error',
      ['invalid api_key, required format is accessKey|secretKey'],
      ['required format is: ul_lat,ul_lon,lr_lat,lr_lon'],
    )
  })

  it("reads the subscription plan's refusals as the balance and the override and request checks as the request", () => {
    namesEntry(
      'insufficient-user-quota',
      ['subscription quota insufficient, remain=0 need=1', 'no active subscription item for this model'],
      ['subscription quota is sufficient for this month', 'no active subscription'],
    )
    namesEntry(
      'invalid-parameters',
      [
        '{"error":{"message":"request blocked by param override","type":"invalid_request_error","param":"","code":"invalid_request"}}',
        'invalid search_context_size, must be one of: high, medium, low',
        "failed to parse image edit form request: request Content-Type isn't multipart/form-data",
      ],
      ['param override applied, request passed', 'the search_context_size defaults to medium'],
    )
    namesEntry(
      'image-size-unsupported',
      ["size an unexpected error occurred in the parameter, please use 'x' instead of the multiplication sign '×'"],
      ['use x instead of * in the formula'],
    )
  })
  it('reads the compaction route on a channel without it, the multipart checks and the Sora size as the request', () => {
    namesEntry(
      'model-endpoint-mismatch',
      ['unsupported endpoint "/v1/responses/compact" for api type 14'],
      ['unsupported endpoint /v1/foo', 'api type 14 is supported'],
    )
    namesEntry(
      'invalid-parameters',
      ['no multipart boundary param in Content-Type', "request Content-Type isn't multipart/form-data"],
      ['multipart boundary param set in Content-Type', 'the request Content-Type is multipart/form-data'],
    )
    namesEntry('image-size-unsupported', ['sora-2 size is invalid'], ['sora-2 size is 720x1280'])
  })
  it("reads new-api-based AIHubMix's Traditional Chinese table by the same entries as its zh-CN one", () => {
    namesEntry('key-malformed', ['普通使用者不支援指定管道'], ['普通使用者可以在设定中指定管道'])
    namesEntry('missing-api-key', ['無權進行此操作,未登入且未提供 access token'], ['未登入的使用者可以浏览首页'])
    namesEntry('no-available-channel', ['沒有可用的管道處理請求'], ['没有可用的管道工具，请先安装'])
    namesEntry('rate-limit-exceeded', ['請求頻率超過限制'], ['请求频率没有超过限制'])
  })
  it("reads Laisky's one-api fork in English by the entries of one-api's Chinese", () => {
    namesEntry(
      'missing-api-key',
      ['No permission to perform this operation, not logged in and no access token provided'],
      ['You are not logged in and no access token was found in the keychain'],
    )
    namesEntry(
      'key-ip-restricted',
      ['This API key can only be used in the specified subnet: 10.0.0.0/8, current IP: 1.2.3.4'],
      ['This API key can only be used in production'],
    )
    namesEntry(
      'key-malformed',
      ['Ordinary users do not support specifying channels'],
      ['Ordinary users do not see this menu'],
    )
    namesEntry(
      'model-not-allowed-for-key',
      ['This API key does not have permission to use the model: gpt-4o'],
      ['This API key has permission to use the model gpt-4o'],
    )
    // the model's entry reads only the end of the key's message, so it comes after it (yieldToLongerWording)
    expect(ids('This API key does not have permission to use the model: gpt-4o').slice(0, 2)).toEqual([
      'model-not-allowed-for-key',
      'model-not-found',
    ])
    expect(topEntry('Error: unknown model: gpt-5')).toBe('model-not-found')
    expect(topEntry('invalid model: foo')).toBe('model-not-found')
    // round 43 review: a log or settings line that names the model in use
    for (const text of ['INFO Using model: gpt-4o', 'Settings saved. Default model: qwen-max'])
      expect(ids(text), text).not.toContain('model-not-found')
    namesEntry(
      'no-available-channel',
      [
        'Channel #12 does not support the requested model: gpt-4o',
        'no endpoint-compatible channel found for websocket request',
      ],
      ['Channel #12 supports the requested model'],
    )
    namesEntry(
      'model-endpoint-mismatch',
      [
        'Channel #3 does not support the requested endpoint: embeddings',
        "model 'gpt-4o' does not support the v1/messages endpoint. Please use v1/chat/completions instead",
      ],
      ['this endpoint supports the v1/messages format'],
    )
  })
  it("reads Laisky's low-balance throttle as the balance, and a plain rate limit still as the rate limit", () => {
    namesEntry(
      'insufficient-user-quota',
      [
        'rate limit exceeded: your account balance ($0.0123) is below the $1.00 minimum, so a stricter limit of 5 requests per 60 seconds applies; please top up your account to restore the standard rate limit',
      ],
      ['rate limit exceeded', 'a stricter limit of 5 requests per 60 seconds applies to free users'],
    )
    expect(topEntry('rate limit exceeded')).toBe('rate-limit-exceeded')
  })
  it("reads Laisky's key check, which names the key and its id, by the key's state", () => {
    namesEntry('invalid-api-key', ['token not found for key: abcd1234: record not found'], ['token found for key abcd'])
    namesEntry(
      'key-quota-exhausted',
      ['API Key my-key (#12) quota has been exhausted', 'token my-key (#12) quota has been used up (remaining: 0)'],
      ['issue (#12) has been closed'],
    )
    namesEntry('expired-key', ['token my-key (#12) has expired'], ['token my-key (#12) expires next week'])
    namesEntry(
      'disabled-key',
      ['token my-key (#12) status is not available (status: 2)'],
      ['token my-key (#12) status is active'],
    )
  })
  it("reads Laisky's durable video task codes by where the task stands", () => {
    expect(topEntry('{"error":{"code":"video_generation_failed","message":"x"}}')).toBe('media-task-failed')
    expect(topEntry('{"error":{"code":"async_video_wait_timeout","message":"x"}}')).toBe('media-task-queued')
    expect(topEntry('{"error":{"code":"async_task_store_unavailable","message":"x"}}')).toBe('gateway-internal-error')
    expect(topEntry('{"error":{"code":"unsupported_async_video_provider","message":"x"}}')).toBe(
      'model-endpoint-mismatch',
    )
    expect(topEntry('{"error":{"code":"invalid_async_video_request","message":"x"}}')).toBe('invalid-parameters')
  })
})

describe("components/error-lookup/match: round 43 (desc-zh) a request a proxy cut at a fixed wait, in an app's hint and in people's words", () => {
  it("reads gpt_image_playground's timed hint as a proxy's timeout, above the browser's Failed to fetch, and not its other hints", () => {
    namesEntry(
      'gateway-timeout',
      [
        'Failed to fetch\n提示：请求等待约 120 秒后被断开，这通常是 Cloudflare 等 CDN/网关的超时限制，而非接口本身报错。',
        '提示：请求等待约 60 秒后被断开，这通常是 Nginx 等反向代理的默认超时，而非接口本身报错。',
      ],
      [
        '提示：请求立即失败，可能原因：\n· API 服务器不可达或地址有误，请检查 API URL 是否正确、服务是否正常运行',
        '症状: 空闲连接约60秒后被断开，日志显示RST_STREAM或GOAWAY帧',
        '无凭据的 socket 在 5 秒后被断开，不泄露任何信息',
      ],
    )
  })

  it('reads a request said to fail on the dot, or once past some seconds, as a timeout, not a schedule, a setting or a negation', () => {
    describesEntry(
      'gateway-timeout',
      [
        '如果本次请求需要较长等待时间，总是会在2分06秒准时提前报失败',
        '图片生成超过120秒就超时了',
        '每次都在 100 秒准时断开',
      ],
      [
        '每 60 秒准时刷新一次',
        '壁纸每 30 秒准时切换',
        '超过 60 秒就重试',
        '超过 120 秒也不会超时',
        '超过 100 次就断开',
        '请求超过 60 秒就不会再重试',
      ],
    )
  })

  it("reads WeCom's or WeChat's server said to get no answer within five seconds as the wait running out, not an answer or advice", () => {
    describesEntry(
      'client-timeout',
      [
        '企业微信服务器在五秒内收不到响应会断掉连接，并且重新发起请求，总共重试三次。',
        '因为企业微信5秒内没有收到服务端的响应，会进行断连重试',
      ],
      ['企业微信5秒内收到了响应', '需要在5秒内回复', '公众号要求5秒内回复，否则超时', '企业微信 5 秒内回复成功'],
    )
  })

  it("reads a vendor's API said to be behind the wall as a connection that never gets through, not a negation or a question", () => {
    describesEntry(
      'connect-timeout',
      ['api被墙了，能否支持配置接口代理', 'openai的接口在国内被墙，需要代理'],
      ['api.openai.com 被墙了吗？', 'api 没有被墙', '不是被墙的问题', '开着翻墙软件也不行', 'github 被墙了'],
    )
  })
})

describe("components/error-lookup/match: round 43 (agents) coding agents' own words around a relay's failures", () => {
  it("reads Qwen Code's own deadline as the client's timeout, not a gateway's", () => {
    namesEntry(
      'client-timeout',
      [
        'Streaming request timeout after 120s. Try reducing input length or increasing timeout in config.',
        'Request timeout after 64s. Try reducing input length or increasing timeout in config.',
        'Streaming timeout troubleshooting:\n- Reduce input length or complexity\n- Increase timeout in config: contentGenerator.timeout',
      ],
      ['Request timeout after 30s', 'You can increase the timeout in config if requests are slow'],
    )
    expect(topEntry('upstream request timeout')).toBe('gateway-timeout')
  })
  it("reads Roo Code's and Continue's stream readers by what broke", () => {
    namesEntry(
      'stream-interrupted',
      [
        'Error processing response stream: terminated',
        'Unexpected error processing response stream',
        'Malformed JSON sent from server: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"delta":{"content":"He',
      ],
      ['processing response stream events in the worker', 'Malformed JSON sent from server'],
    )
    // the wrapper's words give way to the provider's own words after them
    expect(topEntry('Error processing response stream: 429 Rate limit reached for gpt-5')).toBe('rate-limit-exceeded')
    namesEntry(
      'error-inside-stream',
      ['Error streaming response: Provider disconnected'],
      ['Error streaming response', 'Stream error: response streamed successfully'],
    )
    expect(topEntry('Error streaming response: Rate limit exceeded, please try again later')).toBe(
      'rate-limit-exceeded',
    )
    namesEntry(
      'upstream-failed',
      ['Responses API error: No response body', 'Codex API error: No response body'],
      ['No response body', 'if (!res.body) throw new Error("No response body")'],
    )
  })
  it("reads Aider's key flag and missing variables as the key's setup", () => {
    namesEntry(
      'key-malformed',
      ['Invalid --api-key format: sk-5f1c9a0e7d3b4c2a\nFormat should be: provider=key'],
      ['The --api-key flag takes provider=key, e.g. --api-key openai=sk-...'],
    )
    namesEntry(
      'missing-api-key',
      ['Model azure/gpt-4-turbo: Missing these environment variables:\n- AZURE_API_BASE\n- AZURE_API_KEY'],
      [
        'Set these environment variables: OPENAI_API_BASE, OPENAI_API_KEY',
        'Missing these environment variables: DATABASE_URL, NEXTAUTH_SECRET',
      ],
    )
  })
})

describe("components/error-lookup/match: round 43 (agents) Crush's and Kimi CLI's model checks before any request", () => {
  it('reads a model name missing from their own config as the framework not knowing it', () => {
    namesEntry(
      'framework-unknown-model',
      [
        'Error: large model "relay-gpt-5" not found',
        'small model: provider "my-relay" not found in configuration. Use \'crush models\' to list available models',
        'default small model gpt-5-mini not found for provider openai',
        'Value error, Default model relay-kimi not found in models [type=value_error]',
      ],
      ['small model "tiny" not found in cache', 'The large model "Qwen-72B" was not found on disk'],
    )
  })
})

describe("components/error-lookup/match: round 43 (agents) TRAE's custom model behind Huawei Cloud MaaS", () => {
  it("reads the gateway's `The API does not exist` as an incomplete base URL, not prose", () => {
    namesEntry(
      'wrong-path-404',
      [
        '404 The API does not exist',
        '{"error_msg":"The API does not exist or has not been published in the environment"}',
      ],
      ['The API does not exist yet, we plan to add it next quarter'],
    )
  })
})

describe('components/error-lookup/match: round 43 (transport) Chromium net errors, curl, Android, rustls and zh-Hans texts', () => {
  it('reads Chromium’s net error names by their own cause', () => {
    namesEntry('connect-timeout', ['POST https://api.example.org/v1/chat/completions net::ERR_TIMED_OUT'], [])
    namesEntry(
      'failed-to-fetch',
      ['net::ERR_NETWORK_CHANGED', 'Failed to load resource: net::ERR_NETWORK_IO_SUSPENDED'],
      [],
    )
    namesEntry(
      'connection-reset',
      ['net::ERR_EMPTY_RESPONSE', 'net::ERR_CONNECTION_ABORTED', 'net::ERR_HTTP2_PING_FAILED'],
      [],
    )
    namesEntry('dns-failure', ['net::ERR_NAME_RESOLUTION_FAILED'], [])
    namesEntry('tls-certificate', ['net::ERR_SSL_PROTOCOL_ERROR', 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH'], [])
    namesEntry('proxy-error', ['net::ERR_TUNNEL_CONNECTION_FAILED', 'net::ERR_SOCKS_CONNECTION_FAILED'], [])
    namesEntry('stream-interrupted', ['net::ERR_CONTENT_LENGTH_MISMATCH 200 (OK)'], [])
  })

  it('tells curl’s and Android’s connect timeouts from a refusal, and reads curl’s Winsock and CONNECT texts', () => {
    namesEntry(
      'connect-timeout',
      [
        'curl: (28) Failed to connect to api.example.org port 443 after 75004 ms: Timeout was reached',
        'cURL error 28: Failed to connect to api.example.org port 443 after 21045 ms: Timed out',
        'curl: (28) SSL connection timeout',
        'java.net.SocketTimeoutException: failed to connect to api.example.org/203.0.113.7 (port 443) from /10.0.2.16 (port 40312) after 15000ms',
      ],
      ['SSL connection timeout: 30 seconds', 'ssl_connection_timeout = 30'],
    )
    namesEntry(
      'connection-refused',
      [
        'curl: (7) Failed to connect to localhost port 11434 after 0 ms: Couldn’t connect to server',
        'java.net.ConnectException: failed to connect to /10.0.2.2 (port 8080) from /10.0.2.16 (port 40312) after 10000ms: isConnected failed: ECONNREFUSED (Connection refused)',
      ],
      [],
    )
    namesEntry(
      'connection-reset',
      ['curl: (56) Recv failure: Connection was reset', 'curl: (55) Send failure: Connection was aborted'],
      ['The connection was reset by the user in settings'],
    )
    namesEntry('proxy-error', ['curl: (56) CONNECT tunnel failed, response 403'], [])
  })

  it('reads rustls’ rejected certificate and the zh-Hans texts of URLSession, .NET and apps', () => {
    namesEntry(
      'tls-certificate',
      [
        'invalid peer certificate: UnknownIssuer',
        '发生了 SSL 错误，无法建立与该服务器的安全连接。',
        'System.Net.Http.HttpRequestException: 无法建立 SSL 连接，请参阅内部异常。',
      ],
      [],
    )
    namesEntry('dns-failure', ['未能找到使用指定主机名的服务器。'], [])
    namesEntry('connection-refused', ['未能连接到服务器。'], [])
    namesEntry(
      'stream-interrupted',
      ['Agent 模型流式响应提前结束。', '流式响应提前结束，未收到完成事件'],
      ['如果流式响应提前结束，就重试一次', '响应提前结束时重试'],
    )
  })
  it('reads Go’s broken pipe, curl’s HTTP/2 stream texts, Netty’s and Spring’s unresolved names and Kotlin’s timeout', () => {
    namesEntry(
      'connection-reset',
      [
        'write tcp 10.0.0.2:51234->203.0.113.7:443: write: broken pipe',
        'curl: (56) HTTP/2 stream 1 was closed cleanly, but before getting  all response header fields, treated as error',
      ],
      ['head: write error: Broken pipe'],
    )
    namesEntry('stream-interrupted', ['curl: (18) HTTP/2 stream 3 was reset'], [])
    namesEntry(
      'dns-failure',
      [
        'java.nio.channels.UnresolvedAddressException',
        "Failed to resolve 'api.example.org' [A(1), AAAA(28)] after 4 queries ",
        'I/O error on POST request for "https://api.example.org/v1/chat/completions": api.example.org',
      ],
      [
        "Failed to resolve 'foo.txt' from repository",
        'I/O error on GET request for "https://api.example.org/v1/models": api.other.org is unreachable',
      ],
    )
    namesEntry(
      'client-timeout',
      [
        'I/O error on POST request for "https://api.example.org/v1/chat/completions": timeout',
        'kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for 30000 ms',
      ],
      [],
    )
  })
  it('reads .NET Framework’s and Windows’ zh-CN network texts and tokio’s elapsed deadline by their causes', () => {
    namesEntry(
      'dns-failure',
      ["未能解析此远程名称: 'api.example.org'", '请求的名称有效，但是找不到请求的类型的数据。'],
      [],
    )
    namesEntry('connection-refused', ['System.Net.WebException: 无法连接到远程服务器'], [])
    namesEntry('connection-reset', ['基础连接已经关闭: 接收时发生错误。', '基础连接已经关闭: 连接被意外关闭。'], [])
    namesEntry(
      'tls-certificate',
      ['基础连接已经关闭: 发送时发生错误。', '请求被中止: 未能创建 SSL/TLS 安全通道。', '根据验证过程，远程证书无效。'],
      [],
    )
    namesEntry(
      'client-timeout',
      ['System.Net.WebException: 操作超时', 'Error: deadline has elapsed'],
      ['操作超时时间（秒）'],
    )
    namesEntry(
      'connect-timeout',
      ['error trying to connect: tcp connect error: deadline has elapsed'],
      ['the deadline has elapsed for submissions'],
    )
  })
  it('reads Node’s http2 and autoSelectFamily codes, Go’s idle-connection and read-deadline texts and httpx’s pool timeout', () => {
    namesEntry(
      'stream-interrupted',
      ['Error [ERR_HTTP2_STREAM_ERROR]: Stream closed with error code NGHTTP2_CANCEL'],
      [],
    )
    namesEntry(
      'connection-reset',
      ['Error [ERR_HTTP2_SESSION_ERROR]: Session closed with error code 2', 'http: server closed idle connection'],
      [],
    )
    namesEntry('connect-timeout', ['Error [ERR_SOCKET_CONNECTION_TIMEOUT]: Socket connection timeout'], [])
    namesEntry(
      'client-timeout',
      ['read tcp 10.0.0.2:51234->203.0.113.7:443: i/o timeout', 'httpx.PoolTimeout'],
      ["psycopg_pool.PoolTimeout: couldn't get a connection after 30.0 sec"],
    )
  })
  it('reads Clash’s failed DNS and V2Ray’s unreachable proxy server', () => {
    namesEntry('dns-failure', ['all DNS requests failed, first error: context deadline exceeded'], [])
    namesEntry(
      'proxy-error',
      ['proxy/vmess/outbound: failed to find an available destination > common/retry: all retry attempts failed'],
      [],
    )
  })
  it('reads WeChat mini programs’ request:fail timeout and TLS texts', () => {
    namesEntry(
      'client-timeout',
      ['{"errMsg":"request:fail timeout"}', 'request:fail socket time out timeout:60000'],
      ['request:fail timeouts are configured in app.json'],
    )
    namesEntry('tls-certificate', ['request:fail ssl hand shake error'], [])
  })
  it('reads URLSession’s zh-Hant and zh-HK texts, WeChat’s unknown host and CFNetwork’s proxy numbers', () => {
    namesEntry('client-timeout', ['request:fail 要求逾時。'], [])
    namesEntry('connection-reset', ['request:fail 網絡連線中斷。'], [])
    namesEntry('dns-failure', ['request:fail request unknow host error'], [])
    namesEntry('failed-to-fetch', ['目前不允许数据连接。'], [])
    namesEntry(
      'proxy-error',
      ['未能完成操作。（kCFErrorDomainCFNetwork错误310。）', 'Error Domain=kCFErrorDomainCFNetwork Code=311'],
      ['Error Domain=kCFErrorDomainCFNetwork Code=3100'],
    )
  })
})

describe("components/error-lookup/match: round 43 (policy-zh) Chinese vendors' tables for a refused, oversized or too-long request", () => {
  it("reads Tencent Hunyuan image generation's body and image size codes as too large, and its moderation code as a refusal", () => {
    namesEntry(
      'request-too-large',
      [
        '{"Response":{"Error":{"Code":"FailedOperation.RequestEntityTooLarge","Message":"整个请求体太大(通常主要是图片)。"}}}',
        'FailedOperation.ImageSizeExceed base64编码后的图片数据大小不超过10M。',
        '上传的文件大小超过了限制，请重新上传',
      ],
      [
        '请求体大小正常，返回 200',
        '上传的文件大小为 0，请重新上传',
        '图片大小适中',
        // round 43 review: a tip or a conditional about it
        'nginx 配置 client_max_body_size 可以避免请求体太大的问题',
        '如果请求体过大，请分批上传',
      ],
    )
    namesEntry(
      'content-policy',
      ['{"Response":{"Error":{"Code":"FailedOperation.ModerationFailed","Message":""}}}'],
      [],
    )
  })

  it("reads StepFun's 451 words as a refused request or answer, not a CMS post awaiting review", () => {
    namesEntry(
      'content-policy',
      ['请求内容或者响应内容未审核通过', '{"error":{"code":451,"message":"请求内容或者响应内容未审核通过"}}'],
      ['该内容未审核通过，请先审核', '文章内容未审核通过，无法发布'],
    )
  })

  it("reads Kimi's, Qianfan's and Model Studio's Chinese descriptions of an input over the model's length as the context", () => {
    namesEntry(
      'context-length-exceeded',
      [
        '请求中的 tokens 长度过长，请求不要超过模型 tokens 的最长限制',
        '请求的 tokens 数和设置的 max_tokens 加和超过了模型规格长度',
        '请求长度不能超过最大字符限制，即用户输入大模型内容过长',
        '请求内容超过大模型内部限制',
        '调用模型时输入内容长度超过模型上限',
      ],
      ['请求中的 tokens 统计完成', '输入内容长度为 120 字', '请求内容已通过大模型内部审核'],
    )
  })

  it("reads Tencent Hunyuan video generation's text and audio checks as a refusal and its media limits as a parameter fault", () => {
    namesEntry(
      'content-policy',
      [
        '{"Response":{"Error":{"Code":"FailedOperation.TextModerationNotPass","Message":"文本未通过审核，请修改后重新尝试。"}}}',
        'FailedOperation.ModerationAudioFailed',
      ],
      ['文本已通过审核', '文本未通过校验', '文本未通过审核的消息将被丢弃（可在配置中关闭）。'],
    )
    namesEntry(
      'invalid-parameters',
      [
        'code:FailedOperation.VideoDurationExceed message:视频时长超限制。',
        'code:FailedOperation.VideoResolutionExceed message:视频分辨率超限制。',
        'code:FailedOperation.ImageResolutionExceed message:图片分辨率过大。',
      ],
      ['FailedOperation.VideoDurationExceeded is not a code'],
    )
  })

  it("reads AstrBot's and LangBot's own content filters as a refusal, not a filter that passed", () => {
    namesEntry(
      'content-policy',
      [
        '你的消息或者大模型的响应中包含不适当的内容，已被屏蔽。',
        'Your message or the model response contains inappropriate content and has been blocked.',
        '内容安全检查不通过，原因：百度审核服务发现 1 处违规',
        '消息中存在不合适的内容, 请修改',
        '百度云判定结果：不合规',
      ],
      [
        '百度云判定结果：合规',
        '内容安全检查通过',
        '百度云判定出错，错误信息：Open api qps request limit reached',
        // round 43 review: a plugin's description or a rule, not the filter's notice
        '本插件会过滤回复中包含不适当的内容',
        '该文本中包含不适当内容的概率很低，已通过审核。',
        '存在不合适的内容时，机器人将不回复。',
      ],
    )
  })

  it("reads chatgpt-on-wechat's history-overflow reply as the context, not its trimming notice", () => {
    namesEntry(
      'context-length-exceeded',
      ['抱歉，对话历史过长导致上下文溢出。我已清空历史记录，请重新描述你的需求。'],
      ['抱歉，之前的对话出现了问题。我已清空历史记录，请重新发送你的消息。'],
    )
  })
})

describe("components/error-lookup/match: round 43 (apps) everyday apps' and bots' own words for a wrong key, address, model or budget", () => {
  it("reads a Telegram bot's refusal of a model outside its tables as the model name, not other token counting", () => {
    namesEntry(
      'framework-unknown-model',
      [
        '⚠️ _An error has occurred._ ⚠️\nnum_tokens_from_messages() is not implemented for model deepseek-chat.',
        'Max tokens for model gemini-2.5-flash is not implemented yet.',
        'NotImplementedError: count_tokens_vision() is not implemented for model glm-4v.',
      ],
      [
        'def num_tokens_from_messages(messages, model="gpt-4o"):',
        'Max tokens for model gpt-4o is 16384.',
        'Streaming is not implemented yet for this model.',
      ],
    )
  })

  it("reads the bot's budget notice, in its languages, as a spent budget, not a longer or other sentence", () => {
    namesEntry(
      'budget-exceeded',
      [
        'Sorry, you have reached your usage limit.',
        'Sorry, du hast dein Benutzungslimit erreicht',
        'Извини, ты достиг предела использования.',
        '对不起，您已经达到了使用限制。',
        '抱歉，已達到用量上限。',
      ],
      [
        'Sorry, you have reached your usage limit for this hour. Please wait a few minutes.',
        'If you have reached your usage limit, the bot says so.',
        '抱歉，已达到请求频率上限',
        // round 43 review: another app's daily cap, not the whole line
        '抱歉，已达到用量上限，请明天再试',
      ],
    )
  })

  it("reads Home Assistant's form errors in other languages as a refused key or a failed connection, the whole line only", () => {
    namesEntry(
      'invalid-api-key',
      ['Authentifizierung fehlgeschlagen', 'Authentification invalide.'],
      ['Nach drei Versuchen: Authentifizierung fehlgeschlagen beim SMTP-Server'],
    )
    namesEntry(
      'failed-to-fetch',
      ['Fehler beim Verbindungsaufbau', 'Verbinden mislukt'],
      ['Fehler beim Verbindungsaufbau zur Datenbank wurde behoben'],
    )
  })

  it("reads extended_openai_conversation's output cut-off, SillyTavern's proxy address and Khoj's empty answer", () => {
    namesEntry(
      'context-length-exceeded',
      ['token length(`150`) exceeded. Increase maximum token to avoid the issue.'],
      ['Increase maximum tokens in settings for longer answers.'],
    )
    namesEntry(
      'invalid-url-client',
      ['Entered reverse proxy address is not a valid URL'],
      ['Reverse proxy address is set to https://proxy.example.com'],
    )
    namesEntry(
      'upstream-failed',
      ['ValueError: Empty or no response by gpt-4o-mini over Responses API. Retry if needed.'],
      ['Got a response by gpt-4o over API in 2.1 s'],
    )
  })

  it("reads a Logseq plugin's quota and key notices, a Slack bot's and an Alfred workflow's timeouts and the Slack bot's limits", () => {
    namesEntry('openai-insufficient-quota', ['OpenAI Quota Reached'], ['OpenAI quota is at 80% of the monthly budget'])
    namesEntry(
      'missing-api-key',
      ['Need openai API key. Add one in plugin settings.', 'Error: Need API key set in settings.'],
      ['You need an API key set in settings to use this.'],
    )
    namesEntry(
      'client-timeout',
      ["Apologies! It seems that OpenAI didn't respond within the 60-second timeframe.", ' [Connection Stalled]'],
      [
        'Connection stalled, retrying',
        "We didn't respond within the timeframe you asked for.",
        'Red is a colour [Connection Stalled]',
      ],
    )
    namesEntry('stream-interrupted', ['Red is a colour [Connection Stalled]'], [' [Connection Stalled]'])
    namesEntry(
      'context-length-exceeded',
      [
        ':warning: The previous message is too long (5120/4096 prompt tokens).',
        'The reasoning model used all completion tokens and did not produce visible text.',
      ],
      ['The previous message is too long to quote here.'],
    )
  })

  it("reads SiYuan's English model and output-limit notices, KISS Translator's empty address and answer, Page Assist's empty stream", () => {
    namesEntry(
      'model-not-found',
      ['This model is not in the available model list（deepseek-chat）'],
      ['This model is in the available model list'],
    )
    namesEntry('context-length-exceeded', ['Output reached the max completion tokens limit'], [])
    namesEntry('invalid-url-client', ['Error: genInit: url is empty'], ['genInit: url is https://api.example.com'])
    namesEntry(
      'upstream-failed',
      ['Error: translate got empty response', 'Error: The model did not return any response.'],
      ['translate got response in 120 ms', 'I waited and the model did not return any response, it just hangs'],
    )
  })

  it("reads Aria's notice for a refused key as the key first, not a missing one, while Chatbox's check without a key stays missing", () => {
    namesEntry(
      'invalid-api-key',
      ['Valid OpenAI API key is required to use Aria'],
      ['API Key is required to check connection'],
    )
    namesEntry('missing-api-key', ['API Key is required to check connection'], [])
  })
})

describe("components/error-lookup/match: round 44 (desc-en) people's own English descriptions of five symptoms", () => {
  it('reads a stream said to end, stop or close without its terminal signal as a cut stream, not a conditional or a compat gap', () => {
    describesEntry(
      'stream-interrupted',
      [
        'Stream ends without [DONE] marker, causing incomplete responses and hard failure',
        'the stream just stops without a finish_reason',
        'the stream sometimes closes mid-generation before any finish_reason chunk',
      ],
      [
        'If the stream ends without [DONE], treat the response as incomplete',
        'Check whether the stream ends without a finish_reason',
        'vLLM streams always end without [DONE]',
        'Make sure the stream ends with [DONE]',
        'emit an error event when the stream ends without message_stop',
        // round 44 review: a changelog's fix
        'Fixed a bug where the stream stops without a finish_reason',
        'the stream ends with a finish_reason of stop',
        'The stream never ends without a finish_reason now',
        "the stream doesn't end without [DONE] any more",
      ],
    )
  })

  it('reads a free trial credit said to have expired or run out as the quota, not a question, a guess, a future or an app trial', () => {
    describesEntry(
      'openai-insufficient-quota',
      [
        'My Account was so old, that my free 18$ were expired. So i had to charge my account with 5 or 10$',
        'In my case it appears my trial credits expired.',
        'my free trial quota has run out',
      ],
      [
        'Can you check if your free trial quota has expired?',
        'It could be that your trial credits expired',
        'Have my trial credits expired?',
        'Free trial credits expire after 3 months',
        'your trial credits will expire next week',
        'my trial credits have not expired',
        "my trial credits haven't expired yet",
        'Your free trial has ended. Upgrade to Pro to keep using the editor.',
        'The trial period is over for Cursor Pro',
      ],
    )
  })

  it('reads a quota error said to come although credit is there as the quota, not a rate limit, no credits or a conditional', () => {
    describesEntry(
      'openai-insufficient-quota',
      [
        'exceeded quota even though I still have $18.00 of credit',
        'I get a quota error even though my account has sufficient credits',
        "I'm out of quota although my account has a positive balance",
      ],
      [
        'If you get a quota error even though you have credits, wait ten minutes',
        'quota exceeded even though I have no credits',
        'The quota is per project, even though the organization has credits',
        'quota exceeded for requests per minute even though I have credits',
        'The quota error went away even though I have not added any funds',
      ],
    )
  })

  it('reads an address said to be missing its /v1 as the wrong path, not a conditional, code handling it or /v1beta', () => {
    describesEntry(
      'wrong-path-404',
      [
        'Looks like you are missing a `/v1/` at the end of the base URL.',
        'Incorrect URL for OpenAI compatibility (missing /v1)',
        'my base url was missing the /v1 so the app failed',
      ],
      [
        'If the base URL is missing /v1, append it',
        'handle base URLs missing /v1',
        'the request is missing /v1beta in its path',
        'the changelog is missing v1.2 notes',
        // round 44 review: a server missing a route under /v1
        'Server is missing /v1/models endpoint',
      ],
    )
  })

  it("reads an answer said to take longer than the client's timeout as the client's timeout, not advice, a rule or a task", () => {
    describesEntry(
      'client-timeout',
      [
        'long generations from local models can exceed the default timeout',
        "it's taking longer to generate a response than the client timeout",
        'the model takes longer than the 60 second timeout',
      ],
      [
        'If a request exceeds the default timeout, the call is retried',
        'Requests that exceed the timeout are retried twice',
        'To avoid exceeding the timeout, enable streaming',
        'Make sure requests do not exceed the default timeout',
        'It no longer exceeds the timeout',
        'the video task exceeded the default timeout',
        'the tool call took longer than the 30s timeout',
        'requests are likely to exceed the default timeout',
      ],
    )
  })

  it("reads apps' `credits have run out` as the 402 balance, not a rule, a conditional or SMS credits", () => {
    for (const text of [
      'AI credits have run out for this workspace. Please add credits to continue.',
      'Your OpenAI API credits have run out. Please check your OpenAI account.',
      'my credits have run out',
    ])
      expect(topEntry(text), text).toBe('payment-required')
    for (const text of [
      'It expects a 500 error with a 402 status from the OpenAI API if credits have run out.',
      'SMS credits have run out',
      'when your credits run out, the bot stops',
    ])
      expect(ids(text), text).not.toContain('payment-required')
  })
})

describe("components/error-lookup/match: round 44 (desc-zh) people's and apps' own words for a wrong address, a failed task or a cut reply", () => {
  it('reads an address said to lack its /v1 as a wrong path, not a conditional, a question about settings or another version', () => {
    describesEntry(
      'wrong-path-404',
      [
        '端点不存在（多半是 baseUrl 少了 /v1，或不是 OpenAI 兼容口）',
        '检查地址是不是少了 /v1。',
        '我的接口地址漏了/v1，加上就好了',
        'base_url 忘记加 /v1 了',
      ],
      [
        '如果 base_url 漏了 /v1，会 404',
        '为了避免地址少了 /v1，这里自动补全',
        'API地址后面要加/v1吗',
        '接口地址漏了 /v1beta',
        '地址不用加 /v1',
        '地址少了一个参数，v1 版本也一样',
        '端点少了 v1.2 的新字段',
        // round 44 review: an address that works without it
        'base url 没加 /v1 也能正常调用',
        '地址少了/v1也可以用',
      ],
    )
  })

  it('reads an address said to end in one slash too many as a wrong path, not a closing tag, a file path or a conditional', () => {
    describesEntry(
      'wrong-path-404',
      ['最常见的是代理地址末尾多了一个斜杠', '接口 url 结尾多了个斜杠 /', 'Base URL 最后多了一个“/”'],
      [
        '开始标签和结束标签的唯一区别就是结束标签多了一个斜杠',
        '文件路径末尾多了一个斜杠',
        '如果地址末尾多了一个斜杠，会被自动去掉',
        '地址末尾没有斜杠',
      ],
    )
  })
  it("reads the request or a relay's key said to have gone to the vendor's own address as the base URL, not a conditional or a check", () => {
    describesEntry(
      'key-sent-to-vendor',
      [
        '当前请求发到了官方 OpenAI 端点；如果你使用第三方兼容 key，请把 API Base URL 改成对应服务的 /v1 地址。',
        '原来是中转站 key 被发到了 OpenAI 官方默认 API 地址',
        '请求被发往了官方接口，所以一直报错',
      ],
      [
        '如果请求发到了官方，会报 401',
        '这样请求不会发到官方',
        '请求发往了官方接入点以外的地址',
        '请求发到了服务器但没命中路由',
        '消息发到了官方群里',
        // round 44 review: a key posted to the vendor's people
        '我把 key 发到了官方群里，求助',
        '密钥发到了官方邮箱',
      ],
    )
  })

  it('reads a reply or a stream said to break off midway (断开) as a cut stream, not a conditional or a client that leaves', () => {
    describesEntry(
      'stream-interrupted',
      [
        '回复中途断开了，已保留已输出的内容；可以重发一次。',
        'Cosmos Chatflow 回复中途断开，未收到结束事件',
        '流式响应中途断开，AI 回复中断',
      ],
      [
        '如果客户端在流式输出中途断开，生成器可能被取消',
        '避免流式输出中途断开后前端无感知',
        '客户端在请求中途断开',
        '下载中途断开',
        '用户在输出中途断开连接',
      ],
    )
  })

  it('reads a top-up said not to have arrived, or balance left while calls fail, as the balance, not advice, a question or a success', () => {
    describesEntry(
      'insufficient-user-quota',
      ['充值后余额未实时到账怎么办?', '充值了还没到账', '为什么还有余额跑不通？', '余额还有却调用失败'],
      [
        '如有充值未到账请联系在线客服',
        '充值已到账',
        '还有余额吗',
        '余额还有很多',
        '充值成功，余额已更新',
        // round 44 review: Alipay's or a payment's withdrawal or refund
        '支付宝提现未到账',
        '微信支付退款还没到账',
      ],
    )
  })
})

describe('components/error-lookup/match: round 44 (media) fal’s queue, Replicate’s infrastructure, RunningHub’s queue and a PHP Midjourney proxy', () => {
  it('reads fal’s request error types: its runners are the provider, its startup timeout a timeout', () => {
    expect(topEntry('X-Fal-Error-Type: runner_scheduling_failure')).toBe('provider-overloaded')
    expect(topEntry('X-Fal-Error-Type: runner_disconnected')).toBe('upstream-failed')
    expect(topEntry('{"detail": "Runner error", "error_type": "runner_incomplete_response"}')).toBe('upstream-failed')
    expect(topEntry('X-Fal-Error-Type: startup_timeout')).toBe('gateway-timeout')
  })

  it('reads fal’s media duration, format and feature types as the request, not the context', () => {
    namesEntry(
      'invalid-parameters',
      [
        '[{"loc": ["body", "video_file"], "msg": "Video duration exceeds the maximum allowed. Maximum is 60 seconds, provided is 120 seconds.", "type": "video_duration_too_long"}]',
        '[{"loc": ["body", "audio_file"], "msg": "Audio duration is too short. Minimum is 5 seconds, provided is 2 seconds.", "type": "audio_duration_too_short"}]',
        '[{"loc": ["body", "video_file"], "msg": "Unsupported video format. Supported formats are .mp4, .mov, .webm.", "type": "unsupported_video_format"}]',
        '[{"loc": ["body", "training_data"], "msg": "Could not read or process the provided archive. Ensure it\'s a valid, non-corrupted archive.", "type": "invalid_archive"}]',
      ],
      [],
    )
  })

  it('reads Replicate’s Director and interrupted predictions as a failed task, not code that lists them', () => {
    expect(topEntry('{"status":"failed","error":"Director: unexpected error handling prediction (E8765)"}')).toBe(
      'media-task-failed',
    )
    expect(topEntry('Prediction interrupted; please retry (code: PA)')).toBe('media-task-failed')
    expect(ids("const TRANSIENT = ['unexpected error handling prediction', 'prediction interrupted']")).not.toContain(
      'media-task-failed',
    )
  })

  it('reads RunningHub’s queue limits as a rate limit, its lost task as failed and its unknown workflow as the model', () => {
    expect(topEntry('{"code":421,"msg":"TASK_QUEUE_MAXED","data":null}')).toBe('upstream-rate-limited')
    expect(topEntry('{"code":415,"msg":"TASK_INSTANCE_MAXED","data":null}')).toBe('upstream-rate-limited')
    expect(topEntry('{"code":423,"msg":"TASK_NOT_FOUNED","data":null}')).toBe('media-task-failed')
    expect(topEntry('{"code":380,"msg":"WORKFLOW_NOT_EXISTS","data":null}')).toBe('model-not-found')
  })

  it('reads webman’s banned-word refusal and its API secret, not a privacy notice', () => {
    expect(topEntry('{"code": 500, "msg": "出于政策隐私和安全的考虑，我们无法生成相关内容", "taskId": null}')).toBe(
      'content-policy',
    )
    expect(topEntry('{"code": 403, "msg": "403 Api Secret 错误", "taskId": null, "data": []}')).toBe('invalid-api-key')
    expect(ids('出于政策隐私和安全的考虑，我们会定期更新本协议。')).not.toContain('content-policy')
  })
})

describe('components/error-lookup/match: round 44 (media) sync.’s lip-sync codes and HeyGen’s failed renders', () => {
  it('reads sync.’s codes in a FAILED generation by what they name, not the status alone', () => {
    expect(topEntry('{"status":"FAILED","error_code":"generation_input_audio_invalid"}')).toBe('invalid-parameters')
    expect(topEntry('{"status":"FAILED","error_code":"generation_audio_length_exceeded"}')).toBe('invalid-parameters')
    expect(topEntry('{"status":"FAILED","error_code":"generation_infra_service_unavailable"}')).toBe('upstream-failed')
    expect(topEntry('{"status":"FAILED","error_code":"generation_pipeline_failed"}')).toBe('media-task-failed')
    expect(topEntry('{"errorCode":"account_payment_required"}')).toBe('payment-required')
    expect(ids('{"status":"FAILED","error_code":"generation_input_unknown"}')).not.toContain('invalid-parameters')
  })

  it('reads HeyGen’s missing API credit as the balance and its failed render as a failed task', () => {
    expect(
      topEntry(
        "avatar generation failed: MOVIO_PAYMENT_INSUFFICIENT_CREDIT: Insufficient credit. This operation requires 'api' credits.: Insufficient credit",
      ),
    ).toBe('payment-required')
    expect(topEntry('Video render failed, we are looking into this issue. Video credits refunded.')).toBe(
      'media-task-failed',
    )
  })
})

describe('components/error-lookup/match: round 44 (media) Kling’s drama-subtitle task failures', () => {
  it('reads a failed task’s source-video message as the input, not the failed status', () => {
    expect(
      topEntry(
        '{"code":0,"data":[{"id":"860123","status":"failed","message":"No valid audio or video track detected in the source video."}]}',
      ),
    ).toBe('invalid-parameters')
    expect(
      topEntry(
        '{"code":0,"data":[{"id":"860123","status":"failed","message":"The source video format is not supported. Please provide a decodable video file (MP4 recommended)."}]}',
      ),
    ).toBe('invalid-parameters')
    expect(topEntry('源视频超过 300 秒时长限制')).toBe('invalid-parameters')
    expect(topEntry('源视频超过 500MB 大小限制')).toBe('request-too-large')
    expect(
      topEntry(
        '{"code":0,"data":[{"id":"860123","status":"failed","message":"Internal error, please contact Kling customer service."}]}',
      ),
    ).toBe('media-task-failed')
  })
})

describe('components/error-lookup/match: round 44 (media) Model Studio’s task that failed on a parameter', () => {
  it('reads InvalidParameter right after a FAILED task status as the request, its sub-codes and an input length by their own words', () => {
    expect(
      topEntry(
        '{"output":{"task_id":"86ecf553","task_status":"FAILED","code":"InvalidParameter","message":"The parameter is invalid."}}',
      ),
    ).toBe('invalid-parameters')
    expect(
      topEntry(
        '{"output":{"task_id":"t1","task_status":"FAILED","code":"InvalidParameter","message":"Range of input length should be [1, 800]"}}',
      ),
    ).toBe('context-length-exceeded')
    expect(
      topEntry(
        '{"output":{"task_id":"t1","task_status":"FAILED","code":"DataInspectionFailed","message":"Input data may contain inappropriate content."}}',
      ),
    ).toBe('content-policy')
  })
})

describe('components/error-lookup/match: round 44 (media) Volcengine Ark’s InvalidParameter words', () => {
  it('reads Ark’s invalid-parameter messages, in a failed Seedance task too, and not a sentence about validity in general', () => {
    expect(
      topEntry(
        '{"id":"cgt-20250601","status":"failed","error":{"code":"InvalidParameter","message":"One or more parameters specified in the request are not valid. Request ID: 0217"}}',
      ),
    ).toBe('invalid-parameters')
    expect(
      topEntry(
        '{"error":{"code":"InvalidParameter","message":"The parameter `ratio` specified in the request are not valid: invalid value","param":"ratio","type":"BadRequest"}}',
      ),
    ).toBe('invalid-parameters')
    expect(ids('Check that the parameters in your request are valid before sending it.')).not.toContain(
      'invalid-parameters',
    )
  })
})

describe('components/error-lookup/match: round 44 (media) WaveSpeed’s failed predictions for a bad request', () => {
  it('reads 1400-1402 right after the failed status as the request, and its other codes by their words', () => {
    expect(
      topEntry('{"id":"abc123","status":"failed","code":1401,"error":"The parameter value is invalid.","outputs":[]}'),
    ).toBe('invalid-parameters')
    expect(
      topEntry(
        '{"id":"abc123","status":"failed","code":1200,"error":"The content contains sensitive information.","outputs":[]}',
      ),
    ).toBe('content-policy')
    expect(ids('{"status":"failed","code":14010,"error":"x"}')).not.toContain('invalid-parameters')
  })
})

describe('components/error-lookup/match: round 44 (media) a Midjourney relay whose account ran out of fast hours', () => {
  it('reads the fork’s Credits exhausted failReason as the relay’s vendor account, not a failed job', () => {
    expect(topEntry('{"status":"FAILURE","failReason":"账号用量已经用完"}')).toBe('vendor-account-overdue')
    expect(topEntry('{"status":"FAILURE","failReason":"任务已被取消"}')).toBe('media-task-failed')
  })
})

describe('components/error-lookup/match: round 44 (media) an English port of midjourney-proxy’s submit answers', () => {
  it('reads a full queue as a rate limit, a system failure as a failed task and a queued task as waiting', () => {
    expect(topEntry('{"code":23,"description":"Queue is full, please try again later","properties":{}}')).toBe(
      'upstream-rate-limited',
    )
    expect(topEntry('{"code":9,"description":"Submission failed, system error","properties":{}}')).toBe(
      'media-task-failed',
    )
    expect(topEntry('{"code":22,"description":"In queue, 2 tasks ahead","result":"1732475565123"}')).toBe(
      'media-task-queued',
    )
    expect(ids('The printer is in queue, 3 pages ahead of yours')).not.toContain('media-task-queued')
  })
})

describe('components/error-lookup/match: round 45 (desc-policy) requests the vendor refuses for what they hold', () => {
  it("reads OpenAI's terminated access as the account, not a prompt's policy or a rule that names it", () => {
    namesEntry(
      'account-banned',
      [
        'Your access was terminated due to violation of our policies, please check your email for more information.',
        '{"error":{"message":"Your access was terminated due to violation of our policies.","type":"access_terminated","param":null,"code":null}}',
      ],
      [
        'Your access may be terminated if you violate our policies',
        'Repeated violation of our policies can get your access terminated.',
        'Your request was rejected as a result of our safety system.',
      ],
    )
  })

  it("reads Whisper's content size limit in bytes as the request too large, not another size or limit", () => {
    namesEntry(
      'request-too-large',
      ['Maximum content size limit (26214400) exceeded (26228586 bytes read)'],
      ['The maximum content size limit is 25 MB', 'Maximum context length exceeded', 'content size limit exceeded'],
    )
  })

  it("reads Anthropic's empty turn as the request's messages, not an empty answer", () => {
    namesEntry(
      'invalid-parameters',
      ['messages.1: all messages must have non-empty content except for the optional final assistant message'],
      ['the model returned an empty content', 'Not all messages have content yet'],
    )
  })

  it("reads OpenAI's tools refusal and a model said not to support tool calling as the request, not a rule, a question or a model that does", () => {
    namesEntry('invalid-parameters', ['tools is not supported in this model.'], ['tools are supported in this model'])
    describesEntry(
      'invalid-parameters',
      [
        '某些模型不支持工具调用，调用时直接报错',
        '当前模型不支持工具调用，请求直接报错',
        '换成不支持调用工具的模型就报错',
      ],
      [
        '如果模型不支持工具调用，将自动关闭工具',
        '当模型不支持工具调用时，关闭工具',
        '这个模型不支持工具调用吗？',
        '请确认是否模型不支持工具调用',
        '该模型支持工具调用',
      ],
    )
  })

  it("reads ModelScope's failed content security inspection as the content policy, not a security scan of a connection", () => {
    namesEntry(
      'content-policy',
      [
        'output content security inspection failed by Modelscope.',
        '{"code":555,"message":"input content security inspection failed by Modelscope."}',
      ],
      ['security inspection failed for the TLS connection', 'content inspection passed'],
    )
  })

  it("reads OpenAI's organization verification in Chinese as the permission, not a certificate's organization validation", () => {
    namesEntry(
      'provider-permission-denied',
      ['您的组织必须经过验证才能流式使用此模型。'],
      ['组织验证（OV）证书需要验证组织信息', '组织验证通过后即可使用'],
    )
  })
})

describe('components/error-lookup/match: round 45 (desc-policy) a subscription without the model, a key for Claude Code only', () => {
  it('reads a model the subscription does not include as the permission, not a missing model or a price list', () => {
    namesEntry(
      'provider-permission-denied',
      [
        'this model requires a subscription, upgrade for access: https://ollama.com/upgrade',
        'The requested model is not available for your subscription tier.',
      ],
      [
        'The requested model is not available',
        'Subscriptions start at $20 a month',
        'This model does not require a subscription',
      ],
    )
  })

  it("reads a Claude Code client restriction said to be on as the key's restriction, not a conditional, a question or one said to be off", () => {
    describesEntry(
      'group-not-allowed',
      ['开启Claude Code 客户端限制，实际用的就是 Claude Code', '我启用了 Claude Code 客户端限制以后 Cursor 就 403 了'],
      [
        '如果开启了 Claude Code 客户端限制，其他客户端会被拒绝',
        '是否开启 Claude Code 客户端限制？',
        '开启 Claude Code 客户端限制吗',
        '没有开启 Claude Code 客户端限制',
        '只允许 Claude Code 在项目目录内修改源码',
      ],
    )
  })
})

describe("components/error-lookup/match: round 45 (desc-keycors) CORS in Chinese, apps' hints and a key's own shape", () => {
  it('reads CORS 错误 / CORS报错 as CORS, not a check, a fix or a comment that avoids it', () => {
    namesEntry(
      'cors-blocked',
      [
        '现象：浏览器控制台显示CORS错误',
        'CORS报错一般是站点类应用导致',
        'Console 通常会提示 CORS 错误。',
        '网页里调接口报了 CORS 的错误',
      ],
      [
        '4. 检查浏览器控制台是否有CORS错误',
        '- 前端不再报CORS错误',
        "credentials: 'omit',  // 改为'omit'以避免CORS错误",
        '后端已配置好，这样就不会出现 CORS 错误',
      ],
    )
  })
  it("reads extensions' words for Ollama's refused origin as CORS, its 403 beside them too, not a conditional or a bare 403", () => {
    namesEntry(
      'cors-blocked',
      [
        'Ollama 返回 403：本地服务拒绝了 chrome-extension 来源。请设置 OLLAMA_ORIGINS 后重启 ollama serve。',
        '这通常不是接口路径错误，而是 Ollama 默认拒绝浏览器扩展来源。',
        '通常是 Ollama 拒绝了 Chrome 扩展的来源。',
        'Error: Ollama cannot process requests originating from a browser extension without setting OLLAMA_ORIGINS',
        'HTTP 403 Forbidden: CORS Issue. To use local models, you must allow the extension to connect.',
        '403 Forbidden: CORS policy blockage.',
      ],
      [
        '如果 Ollama 拒绝浏览器扩展来源，需要重启 Ollama 并允许扩展 origin。',
        '403 Forbidden: CORS or Token Issue.',
        '服务器拒绝了插件的安装请求',
        'Ollama 403 after upgrading, curl also fails',
      ],
    )
  })
  it('reads a call said to be blocked by CORS, or CORS said to block it, not a modal, a negation, a conditional or a setting', () => {
    describesEntry(
      'cors-blocked',
      [
        'Ollama is running but CORS is blocking browser access.',
        'so a direct browser fetch is blocked by CORS.',
        'Scraping the share page from the browser is blocked by CORS.',
        'my calls keep getting blocked by the browser’s CORS',
      ],
      [
        'browser calls from the website will be blocked by CORS.',
        'Proxies chat completions to OpenAI so the browser is not blocked by CORS.',
        'It loads the CDN without being blocked by CORS.',
        'if CORS is blocking the request, check the origin list',
        'We updated the CORS blocking rules for the admin API',
        'The request was blocked by the firewall',
      ],
    )
  })
  it("reads apps' checks for a key outside ASCII or with the wrong prefix as the key's format, not a doc's condition or another secret", () => {
    namesEntry(
      'key-malformed',
      [
        'ValueError: API key contains non-ASCII characters. This often happens when placeholder text is used by mistake.',
        'Perplexity API key contains non-ASCII characters — re-copy from Perplexity dashboard into .env without smart quotes',
        'GLM API Key 包含非 ASCII 字符，请检查 .env 文件',
        '❌ API密钥包含非ASCII字符',
        'ValidationError: API密钥包含非法字符',
        'Key 格式不对，应以 sk-ant 开头',
        '格式不对，Key 应以 sk-ant 开头',
      ],
      [
        'Panics if the API key contains non-ASCII characters.',
        'Base32 密钥包含非法字符: 0',
        '模型名或密钥包含非法控制字符',
        '如果 API Key 包含非 ASCII 字符，请求会失败',
        'Anthropic 的 key 以 sk-ant 开头，填进去即可',
        '文件名包含非 ASCII 字符',
      ],
    )
  })
  it('reads a non-ASCII character said to be in the key, or a doubled Bearer, as the key’s format, not code that guards it', () => {
    describesEntry(
      'key-malformed',
      [
        'A non-ASCII character in the API key field made fetch throw before any request left the browser.',
        'turns out there were non-ascii chars in my OpenAI api key',
        'Double "bearer" prefix',
        'Double Bearer: the transport prepends "Bearer "; setting full header value doubles it',
        '问题 4：WebSocket Authorization 重复添加 Bearer',
        '保存时多写了一次，请求头里重复加了 Bearer 前缀',
      ],
      [
        '// Prevents double Bearer',
        'Fixed double Bearer prefix in the logs',
        'it("handles double Bearer prefix", () => {',
        '// 避免重复添加 Bearer',
        '确保token不重复添加 Bearer 前缀',
        'Token 不要重复添加 Bearer',
        'non-ASCII characters in the file name',
      ],
    )
  })
  it("reads a key missing by its parameter's name, and a key of another prefix than the provider's, as the key's format", () => {
    namesEntry(
      'missing-api-key',
      ['缺少api_key，设置 GLM_API_KEY 环境变量或传 --api_key', '错误: 配置文件中缺少api_key'],
      ['缺少api_key_ids参数', '如果缺少api_key，就从环境变量读取'],
    )
    namesEntry(
      'key-malformed',
      [
        'Key should start with sk-ant- — double-check and try again.',
        'RuntimeError: OPENAI_API_KEY should start with sk-',
        'That does not look like an OpenRouter key (should start with sk-or-v1-). Nothing saved.',
        'Invalid Claude API key format. Should start with sk-ant-',
        'Key format looks unusual. It should start with sk- for OpenAI.',
      ],
      ['The bucket name should start with sk- prefix', 'Your key starts with sk-ant-, which is right'],
    )
  })
  it('reads an OpenAI project key said to be refused, or a key the app cannot recognise, as the format, not a fix', () => {
    describesEntry(
      'key-malformed',
      [
        'an OpenAI key which is a "project key", so of the shape `sk-proj-xxxx` and it keeps being rejected?',
        'Not supporting sk-proj-xxx api key',
        'CrewAI does not accept OpenAI API keys that begin with `sk-proj-`.',
        '在OPENAI上申请的API KEY不能被识别',
        'openai key无法识别报错',
        '我的key是可用的，只是格式识别不了',
      ],
      [
        'Add support for Project API Keys (sk-proj-)',
        'sk-proj keys are now accepted',
        'license key 无法识别',
        '如何识别 key 的格式',
        '无法识别图片中的文字',
      ],
    )
  })
  it("reads apps' checks of a key holding a space or a line break as the key's format, not a doc's condition or another key", () => {
    namesEntry(
      'key-malformed',
      [
        'raise ValidationError("API key contains whitespace")',
        'API key contains whitespace - did a label or a second field get pasted with it?',
        'API 密钥包含空格',
        '⚠️ API密钥包含空格、换行符或制表符，请确保密钥是连续的字符串',
        '密钥包含空格、换行或非英文字符，请检查后重新输入。',
        'AI API Key 包含中文字符，请在后台管理页面配置正确的 API Key',
        '已保存 {name}，但 API Key 包含中文或全角字符，本地已忽略该 Key。',
      ],
      [
        'Fails if the API key contains whitespace',
        '由于密钥包含空格，因此必须用引号将它括起',
        '访问密钥包含空格',
        '如果 API 密钥包含空格，请删除',
        'The file name contains whitespace',
        '2. key 包含中文的行',
        '文件 key 包含中文、空格、括号时上传成功。',
      ],
    )
  })
  it('reads a space said to sit at an end of the key, and a CORS issue named with its call, not an instruction or a fix', () => {
    describesEntry(
      'key-malformed',
      [
        'there was a space ` ` at the end of my API key, deleting that fixed it.',
        "here's the error when i use an API key with a trailing space:",
        'turns out I had an extra space before my OpenAI API key',
      ],
      [
        'Add a space after the API key label',
        'there is a space after the api key name',
        'Put a space before the API key',
      ],
    )
    describesEntry(
      'cors-blocked',
      ['CORS issue when using Custom (OpenAI Compatible)', 'However, I met a CORS issue in my case.'],
      [
        'Use a Vite proxy to avoid getting CORS issues when calling the API',
        'fixed CORS issue with the proxy',
        'it is not a CORS issue with the key',
      ],
    )
  })
  it("reads Firefox's CORS messages in its Chinese locales as CORS, not a reason that merely names CORS", () => {
    namesEntry(
      'cors-blocked',
      [
        '已拦截跨源请求：同源策略禁止读取位于 http://127.0.0.1:8000/artical/blog/ 的远程资源。',
        '（原因：CORS 请求不是 http）',
        '已封鎖跨來源請求: 同源政策不允許讀取 http://localhost:3000/students 的遠端資源。',
        '（原因: CORS 請求未成功）。狀態代碼: (null)。',
      ],
      ['原因：CORS 配置写错了', '同源策略是浏览器的安全机制', '跨源资源共享的原理'],
    )
  })
  it("reads Safari's access-control and preflight refusals as CORS, not an access check of another kind", () => {
    namesEntry(
      'cors-blocked',
      [
        'Fetch API cannot load http://localhost:8000/api/portals/validate due to access control checks.',
        'XMLHttpRequest cannot load https://api.example.com/v1/models due to access control checks.',
        'Failed to load resource: Preflight response is not successful. Status code: 403',
        'Method PATCH is not allowed by Access-Control-Allow-Methods in preflight response.',
      ],
      [
        'Access control checks passed for user admin',
        'The preflight checklist is complete',
        'Response is not successful',
        'add_header Access-Control-Allow-Methods "GET, POST, OPTIONS";',
      ],
    )
  })
  it('reads the preflight said to fail, in Chinese, as CORS, not a conditional', () => {
    describesEntry(
      'cors-blocked',
      ['问题二：预检请求失败', '预检请求失败，实际请求被阻止', 'OPTIONS 预检被拒绝了，接口一直调不通'],
      [
        '如果预检请求失败（服务器返回错误或缺少 CORS 响应头），浏览器会阻止实际请求的发送',
        '✓ 预检请求成功',
        '当预检失败时重试',
      ],
    )
  })
})

describe("components/error-lookup/match: round 45 (desc-models) the model, the limits and the upstream in vendors' and apps' words", () => {
  it("reads Cursor's and the Gemini app's region notices as the region, not a rule, a case or a product that is supported", () => {
    namesEntry(
      'unsupported-region',
      [
        "Model not available — This model provider doesn't serve your region",
        'This model provider doesn’t serve your region. Visit the regions page for more information.',
        "Gemini isn't currently supported in your country.",
        'Gemini is not currently supported in your region',
      ],
      [
        "If Gemini isn't currently supported in your country, use the API instead",
        'Check whether Gemini is not currently supported in your region',
        'Gemini is currently supported in your country',
        'This payment method is not supported in your country',
        "This model provider doesn't serve images",
      ],
    )
  })

  it('reads 访问过于频繁 and 超出并发限制 as the rate limit, not a check, a rule or queued work', () => {
    namesEntry(
      'rate-limit-exceeded',
      [
        '对不起，您访问过于频繁，请稍后再试。',
        'APIError: 访问过于频繁',
        '腾讯云返回：超出并发限制',
        '任务失败：超出了并发限制',
      ],
      [
        '判断接口是否访问过于频繁',
        '访问过于频繁的用户将被封禁',
        '检查是否超出并发限制',
        '超出并发限制的任务进入等待队列',
        '超出并发限制时进入排队',
        '如果访问过于频繁，稍后重试即可',
      ],
    )
  })

  it("reads Baidu Translate's Chinese rows for 54001 and 54003 as the key and the rate limit, not any signature", () => {
    namesEntry(
      'invalid-api-key',
      ['54001 签名错误 请检查您的签名生成方法', '错误码：54001，签名错误'],
      ['支付宝签名错误', '签名错误，请重新签名'],
    )
    namesEntry('upstream-rate-limited', ['54003 访问频率受限 请降低您的调用频率'], ['我们会降低调用频率', '访问频率'])
  })

  it("reads OpenAI's quoted 'The requested model … does not exist' and apps' 找不到这个模型 as the model, not a file or a saved configuration", () => {
    namesEntry(
      'model-not-found',
      [
        "Error: The requested model 'gemini-1.5-flash' does not exist",
        "error code: 400 - {'error': {'message': \"The requested model 'gpt-9' does not exist.\", 'type': 'invalid_request_error'}}",
        '找不到这个模型，请检查模型名称。',
        '找不到该模型，请核对模型名。',
      ],
      [
        'The requested model is verify-only and cannot be downloaded',
        "The requested model 'gpt-5' exists",
        '找不到这个模型配置',
        '找不到该模型的渠道',
        '报错：找不到该模型文件',
        '如果 ModelScope 提示找不到这个模型 ID，请同步',
      ],
    )
  })

  it("reads MySQL's 'Data too long for column' as the gateway's own database, not a rule or a fix", () => {
    namesEntry(
      'gateway-internal-error',
      [
        "给渠道添加太多 Group 时报错：Error 1406: Data too long for column 'group' at row 1",
        "Error 1406 (22001): Data too long for column 'models' at row 1",
      ],
      [
        'Widen the column to avoid Data too long for column errors',
        'If you see Data too long for column, run the migration',
        'the data is too long for this column',
      ],
    )
  })

  it("reads 'upstream unavailable' as the upstream, not a rule, a case or a fallback's plan", () => {
    namesEntry(
      'upstream-failed',
      [
        'Error: 503 upstream unavailable',
        '{"error":"voice upstream unavailable"}',
        'The upstream was temporarily unavailable',
      ],
      [
        'If the upstream is unavailable, fall back to the cache',
        'when upstream unavailable, retry on another channel',
        'Check whether the upstream is unavailable before retrying',
      ],
    )
  })

  it("reads apps' 'Invalid OpenAI-compatible API key' and 'API Key 验证失败' as the key, not a header's characters, a case or the gateway's lookup", () => {
    namesEntry(
      'invalid-api-key',
      [
        'LLMClientError: Invalid OpenAI-compatible API key.',
        '{"error":{"message":"Invalid OpenAI-compatible API key","type":"authentication_error"}}',
        'API Key 验证失败 (401 Unauthorized)',
        'API Key 验证失败，请检查后重新输入。',
      ],
      ['API Key 验证失败时会弹出提示', '如果 API Key 验证失败，请重新输入', '令牌验证失败'],
    )
    expect(ids('invalid OpenAI-compatible API key header: failed to parse header value')).not.toContain(
      'invalid-api-key',
    )
  })

  it("reads 'rate limited' as a 429's whole message as the rate limit, not a sentence about rate-limited requests", () => {
    namesEntry(
      'rate-limit-exceeded',
      ['{"detail":"rate limited"}', 'Error: Rate limited. Please wait and try again.', 'RateLimitError: rate limited'],
      [
        'Error: rate limited requests are retried with backoff',
        'The proxy returns rate limited responses as 200',
        '"detail":"rate limiter disabled"',
      ],
    )
  })

  it("reads Google's leaked key in Chinese, OpenAI's unsupported-region notice and a day's usage limit, not an audit, a rule or a billing cycle", () => {
    namesEntry(
      'gemini-api-key-invalid',
      ['API Key 已失效或被报告为泄露，请更换 API Key。', '⚠️  API Key 被报告为泄露，请使用新的 API Key'],
      ['未把字段名称或空值报告为泄露', 'Bitmap 不应该单独报告为泄露对象'],
    )
    namesEntry(
      'unsupported-region',
      ['Our data shows that your organization has API traffic from a region that OpenAI does not currently support.'],
      [
        'OpenAI does not currently support streaming for this model',
        'a region that the SDK does not currently support',
      ],
    )
    namesEntry(
      'upstream-rate-limited',
      [
        'You have exceeded your usage limit for today. Retry in 1m30s.',
        "We're glad you're enjoying Khoj! You've exceeded your usage limit for today. Come back tomorrow",
      ],
      ["You've reached your usage limit for this billing cycle", 'the usage limit for today is 100 requests'],
    )
  })

  it("reads TencentCloud's and Youdao's Chinese error rows as the key and the rate limit, not a web app's own appId or a payment callback", () => {
    namesEntry(
      'invalid-api-key',
      [
        '签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。',
        '密钥不存在。请在 控制台 检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确',
        '"108": "应用ID无效，注册账号，登录后台创建应用并完成绑定"',
        'case "202": return "签名校验失败"',
        "'202': '签名检验失败，请核对签名生成流程'",
      ],
      [
        '应用ID无效，无法加载变更记录。请刷新页面后重试。',
        '支付回调：签名检验失败',
        '签名计算错误会导致请求失败',
        '请在控制台检查密钥',
      ],
    )
    namesEntry(
      'upstream-rate-limited',
      ['主账号超过频率限制。', "'112': '访问频率受限'", '54003 访问频率受限 请降低您的调用频率'],
      ['访问频率受限时自动重试', '访问频率受限的接口会返回 429', '主账号频率限制为每秒 20 次'],
    )
  })

  it('reads a model name said to be written wrong (模型名写错了) as the model, not a case, a rule or a question', () => {
    describesEntry(
      'model-not-found',
      ['原来是模型名写错了，改成 deepseek-chat 就好了', '查了半天，是模型名称填错了', '我把模型名字拼错了'],
      [
        '模型名写错时，接口会返回错误',
        '如果模型名称填错，会报错',
        '为了以免模型名写错，请复制',
        '模型名写错的情况很常见吗',
      ],
    )
  })

  it("reads vendors' 并发数超过限制 and Volcengine's 'quota exceeded for types: concurrency' as the rate limit, not a check or a case", () => {
    namesEntry(
      'rate-limit-exceeded',
      ['702322003 并发数超过限制', "'105': '请求并发数超过限制'", 'quota exceeded for types: concurrency'],
      ['ConvergeLockError: 当并发数超过限制时抛出', '// 判断是否并发数超过限制', '并发数超过限制的请求进入队列'],
    )
  })

  it("reads a copilot-api relay's missing GitHub token as the relay's own, not the caller's key", () => {
    namesEntry(
      'gateway-internal-error',
      [
        'Error: GitHub token not set in state',
        '{ "error": { "message": "GitHub token not set in state", "type": "error" } }',
      ],
      ['Set the GitHub token in state before starting', 'GitHub token not set'],
    )
  })

  it("reads apps' 'Model/deployment not found' as the model, not a file or a path", () => {
    namesEntry(
      'model-not-found',
      ['⚠️ Model/Deployment Not Found', 'AI model/deployment not found. Verify your provider configuration.'],
      ['file/path not found', 'deployment not found in the Kubernetes namespace'],
    )
  })

  it("reads claude.com's region page as the region, not another product's or a sentence about availability", () => {
    namesEntry(
      'unsupported-region',
      [
        'App unavailable\n\nUnfortunately, Claude is only available in certain regions right now.',
        '但是国内无法访问Claude，“Claude is only available in certain regions right now. ”',
      ],
      [
        'Unfortunately, PyperStrategy is only available in certain regions right now.',
        'Claude is available in certain regions and on Bedrock',
      ],
    )
  })

  it("reads Volcengine Ark's per-minute and concurrency 429s and 超出RPM/TPM限制 as the rate limit, not a rule, a skipped channel or a motor", () => {
    namesEntry(
      'rate-limit-exceeded',
      ['请求超出RPM / TPM限制。', 'Gemini API速率限制（超出RPM/TPM配额）'],
      ['// 3. 跳过超出RPM/TPM限制的渠道', ' * - 禁止：硬编码密钥、提交.env.local、超出RPM限制', '定速目标超出RPM上限'],
    )
    namesEntry(
      'upstream-rate-limited',
      [
        '{"error":{"code":"AccountRateLimitExceeded"}}',
        'InflightBatchsizeExceeded: 您已经达到当前充值金额下的最大并发数限制',
      ],
      ['AccountRateLimit settings', 'InflightBatchsize'],
    )
  })
})

describe("components/error-lookup/match: round 45 (agents) coding agents' own notices for the gateway's answer", () => {
  it("reads Roo Code's and Kilo Code's 403 notice as the key's model access, not a rule, a question, a negation or a tool's fetch", () => {
    namesEntry(
      'model-not-allowed-for-key',
      [
        'Cerebras API access forbidden. Your API key may not have access to the requested model or feature.',
        'Cerebras API 访问被禁止。你的 API 密钥可能无法访问请求的模型或功能。',
      ],
      [
        'Does your API key have access to the requested model?',
        'Your API key has access to the requested model.',
        'Access to this website is forbidden. The site may block automated access or require authentication.',
        '访问此网站被禁止。该网站可能阻止自动访问或需要身份验证。',
        '你的 API 密钥可以访问请求的模型吗？',
      ],
    )
  })

  it("reads Roo Code's and Kilo Code's Chinese 429 notices as the rate limit, not a tool's limit, a context or a question", () => {
    namesEntry(
      'rate-limit-exceeded',
      ['Cerebras API 速率限制已超出。请稍等后再发起另一个请求。', 'API 请求频率限制已超出。免费层级限制已达到。'],
      ['上下文长度限制已超出', '文件大小限制已超出', '速率限制是多少？', '命令执行超时，30 秒后'],
    )
  })
})

describe("components/error-lookup/match: round 45 (agents) Roo Code's provider notices in its zh-TW locale and its 500", () => {
  it('reads the zh-TW 400, 402, 403 and connection notices as their zh-CN twins read, not a rule, a question or a negation', () => {
    namesEntry(
      'invalid-parameters',
      ['供應商無法按照此方式處理請求。請停止工作並嘗試其他方法。'],
      ['供應商可以按照此方式處理請求', '能否按照此方式處理請求？'],
    )
    namesEntry(
      'payment-required',
      ['您的帳戶資金／額度似乎已用盡。請前往供應商增加額度以繼續。'],
      ['您的帳戶資金／額度尚未用盡', '資金／額度用盡後請前往供應商增加額度'],
    )
    namesEntry(
      'provider-permission-denied',
      ['無權存取。您的 API 金鑰有效，但供應商拒絕完成此請求。'],
      ['您的 API 金鑰有效', '供應商已完成此請求', 'API 金鑰是否有效？'],
    )
    namesEntry(
      'failed-to-fetch',
      ['連線錯誤。請確保您有可用的網際網路連線。'],
      ['請確保您有可用的網際網路連線後再安裝', '連線成功。您有可用的網際網路連線。'],
    )
  })

  it("reads Roo Code's 500 notice without its title as the gateway's own 500, not a rule or another server's error", () => {
    namesEntry(
      'gateway-internal-error',
      [
        "Provider server error. Something is wrong on the provider side, there's nothing wrong with your request.",
        '供應商伺服器錯誤。伺服器端發生問題，您的請求沒有問題。',
      ],
      [
        'The provider side is fine; there is nothing wrong with your request.',
        'Is something wrong on the provider side?',
        '供應商伺服器正常運作',
      ],
    )
  })

  it("reads Roo Code's zh-TW key check, API interruption and plan mismatch in Taiwan's words, not a rule, a question or a key that has none", () => {
    namesEntry('key-malformed', ['API 金鑰包含無效字元。'], ['API 金鑰不得包含無效字元', 'API 金鑰未包含無效字元'])
    namesEntry('stream-interrupted', ['回應被 API 錯誤中斷'], ['回應被使用者中斷', '回應是否會被 API 錯誤中斷？'])
    namesEntry(
      'provider-permission-denied',
      ['API 金鑰和訂閱方案允許不同的模型。請確保所選模型包含在您的方案中。'],
      ['所選模型未包含在您的方案中嗎？', '訂閱方案包含所有模型'],
    )
  })

  it("reads Qwen Code's Chinese check for an Anthropic provider with no baseUrl as the address, not a question or a conditional", () => {
    namesEntry(
      'invalid-url-client',
      ['Anthropic 提供商缺少必需的 baseUrl，请在 modelProviders[].baseUrl 中配置。'],
      ['提供商缺少必需的 baseUrl 吗？', '如果提供商缺少必需的 baseUrl，将使用默认地址', '提供商缺少必需的 baseUrl?'],
    )
  })

  it("reads Goose's timed-out request as the client's timeout and Zed's older overflow as the context, not a refused port or a heading", () => {
    namesEntry(
      'client-timeout',
      ['Request failed: error sending request for url (https://api.example.com/v1/chat/completions) (timeout)'],
      [
        'Request failed: error sending request for url (http://localhost:3000/v1/chat/completions) (failed to connect to localhost:3000, check that the port is correct)',
        'Request failed: error sending request for url (https://x.example/v1) (status: 504 Gateway Timeout)',
      ],
    )
    namesEntry(
      'context-length-exceeded',
      ['Context window limit exceeded (131072)'],
      ['## Context window limit exceeded', 'The context window limit is 131072 tokens'],
    )
  })

  it("reads Cline's guidance for a model it could not find as the model name, not a conditional, a note or another thing not found", () => {
    namesEntry(
      'model-not-found',
      [
        'Model "claude-sonnet-4-x" was not found. This model may be retired or unavailable on your account. Switch to a different model in API Configuration settings, then retry.',
        'This model may be retired or unavailable on your account. Switch to a different model in API Configuration settings, then retry.',
      ],
      [
        'If this model may be retired, pick another',
        'Note: a model may be retired or unavailable on your account at any time.',
        'The user "bob" was not found.',
      ],
    )
  })
})

describe('components/error-lookup/match: round 45 (desc-basenet) where the request goes and whether it gets there', () => {
  it("reads Chrome's zh-CN refused page as a refused connection, not a page about it", () => {
    namesEntry(
      'connection-refused',
      ['无法访问此网站 127.0.0.1 拒绝了我们的连接请求。', 'localhost 拒绝了我们的连接请求。 ERR_CONNECTION_REFUSED'],
      ['服务器拒绝了我们的请求，返回 403', '我们的连接请求被排队了'],
    )
  })

  it("reads WSL's unmirrored localhost proxy and Chromium's proxies line as the proxy, not a WSL setting talked about", () => {
    namesEntry(
      'proxy-error',
      [
        'wsl: 检测到 localhost 代理配置，但未镜像到 WSL。NAT 模式下的 WSL 不支持 localhost 代理。',
        'wsl: A localhost proxy configuration was detected but not mirrored into WSL. WSL in NAT mode does not support localhost proxies.',
        'Failed to establish a socket connection to proxies: ["PROXY 127.0.0.1:7897"]',
      ],
      [
        'wsl: Mirrored networking mode is not supported, falling back to NAT networking',
        'Set networkingMode=mirrored so WSL uses the localhost proxy configuration of Windows',
        'Established a socket connection to proxies: ["PROXY 127.0.0.1:7890"]',
      ],
    )
  })

  it('reads a proxy said to be set while calls still fail as the proxy, not a conditional, a fix or a question', () => {
    describesEntry(
      'proxy-error',
      [
        '给服务器上了全局代理，可还是无法访问openai',
        '开了梯子还是连不上 api',
        'I configured HTTPS_PROXY but still unable to connect from the server',
        'have set https_proxy http_proxy but it still timed out',
      ],
      [
        '开了代理就好了，不再超时',
        '如果开了代理还是连不上，请检查端口',
        '即使开了代理还是超时，也可以试试换节点',
        '开了代理还是提示余额不足',
        'I set the proxy and now it works, no more connection errors',
        'If you set HTTPS_PROXY but still get a connection error, check the port',
        'I set the proxy but still no reply from the model, it says quota exceeded',
        // round 45's second review: a question stays out
        '上了代理，还是连不上吗？',
        '开了代理还是超时么',
      ],
    )
  })

  it("reads a relay's non-streaming timeout answer and a non-streaming call said to time out as the gateway's timeout", () => {
    namesEntry(
      'gateway-timeout',
      ['由于未使用流式响应导致超时，请务必使用流式响应'],
      ['请使用流式响应以避免超时', '流式响应已开启'],
    )
    describesEntry(
      'gateway-timeout',
      ['非流式调用大概两分钟后就超时了', '没开流式，长回答总是被 cdn 掐断'],
      [
        '[功能请求] 假流式和非流式防超时',
        '非流式正常，流式超时',
        '非流式超时时间默认 300 秒',
        '如果非流式请求超时，请改用流式',
        '非流式可以，没有超时',
        '为避免非流式超时，请开启 stream',
        // round 45's second review: docs on a timeout setting stay out
        '非流式接口支持设置超时',
        '非流式模式下 timeout 参数无效',
        '非流式请求的超时默认为 600 秒',
      ],
    )
  })

  it("reads a key said to be refused by another region's endpoint as the address, not a question, a conditional or a keyless request", () => {
    describesEntry(
      'key-sent-to-vendor',
      [
        'the global endpoint rejects China keys with 401',
        'my key was rejected by the international endpoint',
        'the Singapore host does not accept keys issued on the Beijing console',
      ],
      [
        'Does the China endpoint reject international keys?',
        'if the international host rejects your key, switch the base URL',
        'The international endpoint rejects requests without a key.',
        'Why is my key rejected by the Singapore endpoint?',
        'the global endpoint accepts China keys now',
        'the gateway rejects keys that are expired',
        // round 45's second review: a changelog's fix and a negation stay out
        'fix: the international endpoint rejects China keys, now reads MOONSHOT_BASE_URL',
        'fix(moonshot): keys are rejected by the international endpoint unless the base URL is set',
        'the international endpoint no longer rejects China keys',
      ],
    )
  })
  it("reads an app said to work locally but not on Vercel, or to time out deployed there, as the gateway's timeout, not a build", () => {
    describesEntry(
      'gateway-timeout',
      [
        'It works fine locally, but the answer never arrives on Vercel',
        'hosted on Vercel it times out after 10 seconds',
        'vercel 免费版的执行时间只有 10 秒',
      ],
      [
        'It works locally but the build fails on Vercel',
        'If it works locally but not on Vercel, check maxDuration',
        'works fine locally, but env variables are missing on Vercel',
        'vercel 的执行时间怎么设置？',
        'I deployed it on Vercel and it is fast',
        // round 45's second review: a missing key or variable, and a question on hosting, stay out
        'works locally but the API key is undefined on vercel',
        'It works locally but how do I host it on Vercel?',
      ],
    )
  })
  it("reads apps' 'returned an HTML page instead of JSON' as the address, not the other way round, a rule or a conditional", () => {
    namesEntry(
      'html-instead-of-json',
      [
        '上游返回了 HTML 页面而不是 JSON。',
        '接口返回的是 HTML 而非 JSON',
        'the relay returned an HTML page instead of JSON',
      ],
      [
        '如果返回了 HTML 页面而不是 JSON，请检查地址',
        '接口返回 JSON 而不是 HTML 页面',
        'The endpoint returns JSON instead of an HTML page',
        'The callback returns an HTML page so the user sees it in the browser',
        // round 45's second review: a check or a question on it stays out
        '请检查接口是否返回了 HTML 而不是 JSON',
        '确认 BaseURL 是否正确，是不是返回了 HTML 而不是 JSON？',
      ],
    )
  })
  it("reads apps' 无法连接到 Ollama as a refused connection, not a conditional or Ollama's model library", () => {
    namesEntry(
      'connection-refused',
      ['❌ 无法连接到 Ollama (http://localhost:11434)', '无法连接到 Ollama 服务，请检查服务是否启动'],
      ['如果无法连接到 Ollama，请先运行 ollama serve', '已连接到 Ollama，模型列表加载完成'],
    )
  })
})

describe('components/error-lookup/match: round 45 (review) what rules a key shape or CORS out is not its symptom', () => {
  it('reads a space or a non-ASCII character said to be in the key as its format, not one said to be absent or looked for', () => {
    namesEntry(
      'key-malformed',
      [
        'there was a space at the end of my API key, deleting that fixed it',
        'A non-ASCII character in the API key field made fetch throw before any request left the browser',
        'GLM API Key 包含非 ASCII 字符，请检查 .env 文件',
        '密钥包含空格、换行或非英文字符，请检查后重新输入。',
      ],
      [
        "I don't have a space at the end of my API key, I checked twice.",
        "Make sure there isn't a space at the end of your API key.",
        'Check for a space at the end of your API key.',
        'Ensure there are no non-ASCII characters in the API key.',
        'Strip non-ASCII characters in the API key before saving it.',
        '注意：RSA 密钥包含换行符，请用 \\n 替换后再填入环境变量',
        'PEM 密钥包含换行是正常的',
      ],
    )
  })
  it('reads a key missing by name as missing, not a check for it nor a key said not to be missing', () => {
    namesEntry(
      'missing-api-key',
      ['错误: 配置文件中缺少api_key', '缺少API Key'],
      ['配置文件里并不缺少api_key，问题在于 base_url', '检查是否缺少 API Key', '请求不缺少 API Key 也返回 500'],
    )
  })
  it("reads a key's Chinese check as its format and CORS 错误 as CORS, not a case or a denial", () => {
    namesEntry(
      'key-malformed',
      ['API Key 包含中文、空格或不可见字符，请重新复制纯英文 Key'],
      ['API Key 包含中文字符时会报错'],
    )
    namesEntry('cors-blocked', ['现象：浏览器控制台显示CORS错误'], ['这不是 CORS 错误，是 401', '并非 CORS 报错'])
  })
})

describe('components/error-lookup/match: round 45 (review) CORS ruled out, asked about or explained is not CORS met', () => {
  it('reads a CORS issue met, a call blocked by CORS and a failed preflight as CORS, not one denied, asked about or explained', () => {
    describesEntry(
      'cors-blocked',
      [
        'I get a CORS issue, how do I fix it?',
        'I met a CORS issue in my case',
        'Ollama is running but CORS is blocking browser access.',
        '问题二：预检请求失败',
      ],
      [
        "I don't have a CORS issue, the request reaches the server and returns 401.",
        'Do you have a CORS issue?',
        'You will get a CORS issue if you call the API directly from the browser.',
        'CORS blocks cross-origin requests unless the server sends the right headers.',
        'By default, CORS blocks requests from other origins.',
        'Fixed: CORS blocked requests from the extension (#123)',
        '没有出现预检请求失败，请求已到达服务器',
        '改完之后不会再预检失败了',
      ],
    )
  })
})

describe('components/error-lookup/match: round 45 (review) a limit said not to be reached is no limit', () => {
  it("reads vendors' rate and concurrency limits as the rate limit, not an instruction or a limit denied", () => {
    namesEntry(
      'rate-limit-exceeded',
      ['对不起，您访问过于频繁，请稍后再试。', '请求超出RPM / TPM限制。', '并发数超过限制，请稍后重试'],
      ['不要访问过于频繁', '我们没有超出并发限制，报错是 invalid api key', '没有超出RPM限制', '未超出TPM配额'],
    )
    namesEntry(
      'upstream-rate-limited',
      ["You've exceeded your usage limit for today. Come back tomorrow", '54003 访问频率受限'],
      ["You haven't exceeded your usage limit for today."],
    )
  })
})

describe("components/error-lookup/match: round 45 (review) a model name's warning is not the model's error", () => {
  it('reads a model name said to be written wrong as the model, not a warning of what a wrong one would do', () => {
    describesEntry(
      'model-not-found',
      ['可能是模型名写错了', '原因：模型名称填错了，或者用了旧版代码去调新版模型'],
      ['仅在你确认模型 ID 正确时使用。模型名称填错可能导致聊天时报错。', '注意：模型名写错将无法调用'],
    )
  })
})

describe('components/error-lookup/match: round 45 (review) models without tool calling named as a class are no error', () => {
  it('reads a model without tool calling as the request field where it was used or chosen, not where docs name such models', () => {
    describesEntry(
      'invalid-parameters',
      ['3. 在oneapi渠道中选择了不支持工具调用的模型。', '用户在尝试使用不支持工具调用的模型时遇到静默失败或模糊报错'],
      [
        '模型能力以显式声明为准（不按名称推断）；不支持工具调用的模型仅可用于只读问答。',
        '不支持工具调用的模型请关闭工具能力，避免请求参数冲突',
        '虽然我们通过 mcp_prompt 为不支持工具调用的模型提供了兼容',
        '// 不支持工具调用的模型，则使用prompt engineering的方式进行联网搜索',
        '请避免使用不支持工具调用的模型',
      ],
    )
  })
})

describe("components/error-lookup/match: round 45 (desc-balstream) credits gone and a stream that breaks off, in apps' and people's words", () => {
  it('reads an account said to have no credits, and 没有额度了, as the balance used up; hedges, questions, negations and conditionals stay out', () => {
    describesEntry(
      'insufficient-user-quota',
      ['my account has no credits', 'The key works but its account has no credits; calls on it will fail.'],
      [
        'If your account has no credits, calls fail.',
        'Does my account have no credits?',
        // round 45's second review: a card on file and a docs rule stay out
        'This account has no credit card on file.',
        'A new account has no credits until you add a payment method.',
        'Possible Causes: 1. API key is invalid or expired 2. OpenRouter account has no credits 3. Network connectivity issue',
      ],
    )
    describesEntry(
      'insufficient-user-quota',
      ['候选模型都没有额度了，本轮停止。', '**问题：MiniMax TTS 账号没有额度了**', '这个 key 没额度了'],
      [
        '可能是密钥填错、过期，或这个账号已经没有额度了。换一个模型继续。',
        '你的账号还有没有额度了？',
        '并不是没有额度了，是 key 填错了',
        '如果已经没有额度了只能吸极少的血',
        '这个账号没有额度了吗？',
        // round 45's second review: what someone only thought stays out
        '我之前以为没有额度了，其实是 key 填错了',
      ],
    )
  })

  it('reads 流式…断流 as a stream cut off; a feature that resumes or caps one, a camera, a video and a conditional stay out', () => {
    describesEntry(
      'stream-interrupted',
      ['上游流式接口经常断流或格式不标准怎么办？', 'Qwen 流式断流怎么办？', 'SSE 连接总是断流，回答只显示一半'],
      [
        '相关：ADR-068（进程内流式断流续接）',
        'SSE流式断流乱序排查指南',
        '### Phase 12: 实时 Token 级流式断流与单次请求硬限额',
        '如果刚才流式断流弹出了 API 错误，先关掉错误层',
        'UVC 摄像头默认尝试 YUYV，在板端 USB 总线带宽下经常断流',
        'VLC看NAS上的视频经常断流',
        // round 45's second review: a changelog's fix stays out
        '修复流式断流问题',
        'fix: 修复 SSE 断流的问题',
        'SSE 断流的问题已修复',
      ],
    )
  })

  it('reads 流式输出变成一次性返回 as a stream a proxy buffers; code that avoids it, a config comment and a conditional stay out', () => {
    describesEntry(
      'stream-interrupted',
      [
        '**最常见的坑**：部署后流式输出变成一次性返回——99% 是因为没关 `proxy_buffering`。',
        '如果服务本身正常，但前端流式输出变成一次性返回，通常是反向代理缓冲导致。',
      ],
      [
        '强制将 SSE 数据立即推送到浏览器，避免 Tomcat 缓冲导致流式输出变成一次性输出',
        'proxy_buffering off;                 # 不关会让流式输出变成一次性返回',
        '如果流式输出变成一次性返回，请检查代理',
        '非流式模式会一次性输出全部内容',
        '流式输出不会变成一次性返回',
        // round 45's second review: a changelog's fix stays out
        '修复流式输出变成一次性返回的问题',
        '流式输出变成一次性返回的问题已修复',
      ],
    )
  })
})

describe('components/error-lookup/match: round 45 (zhprose) Chinese docs that talk about a failure are not read as one', () => {
  it('reads a moderation verdict or a blocked word as content policy, not the moderation feature or the word filter', () => {
    namesEntry(
      'content-policy',
      [
        '内容审核未通过，输入包含敏感词',
        '提示词包含敏感词，请修改后重试',
        '内容审核不通过。',
        '输入内容违规，请修改后重试',
      ],
      [
        // langgenius/dify-docs zh/cloud/use-dify/build/text-generator.mdx, zh/cloud/use-dify/workspace/plugins.mdx,
        // zh/develop-plugin/features-and-specs/plugin-types/model-schema.mdx
        '文本生成应用支持一次生成多个输出、文字转语音和内容审核等可选功能。',
        '- [**自定义端点**](/zh/cloud/use-dify/workspace/api-extension/api-extension)：连接你自己的 API，为应用添加内容审核或外部数据工具。',
        '<Info> 内容审核模型分析内容中可能存在的有害、不当或不安全材料，帮助维护平台安全和内容政策。 </Info>',
        // zhayujie/chatgpt-on-wechat plugins/banwords/README.md; dify-docs zh/learn/tutorials/build-ai-image-generation-app.mdx
        '简易的敏感词插件，暂不支持分词，请自行导入词库到插件文件夹中的`banwords.txt`，每行一个词。',
        '- `reply_filter`: 是否对ChatGPT的回复也进行敏感词过滤',
        '- `replace` : 将消息中的敏感词替换成"*"，并回复违规。',
        '在一些更正式的业务场景中，我们可以调用敏感词库来拒绝用户的请求。',
      ],
    )
  })

  it('reads a connect or request timeout as one, not a timeout setting with its unit, in bold or as 时间', () => {
    namesEntry('connect-timeout', ['运行之后依旧连接超时', '连接超时，请检查网络'], [])
    namesEntry('gateway-timeout', ['请求超时，请稍后重试'], [])
    namesEntry('client-timeout', ['请求超时: The read operation timed out'], [])
    // langgenius/dify-docs zh/self-host/deploy/configuration/environments.mdx, zh/cloud/use-dify/nodes/http-request.mdx,
    // zh/cloud/use-dify/workspace/tools.mdx
    expectNoEntry([
      '| `CODE_EXECUTION_CONNECT_TIMEOUT` | `10` | 连接超时（秒）。 |',
      '| `BAIDU_VECTOR_DB_CONNECTION_TIMEOUT_MS` | `30000` | 连接超时（毫秒）。 |',
      '- **连接超时**：建立连接的最大时间',
      '| `TENCENT_VECTOR_DB_TIMEOUT` | `30` | 请求超时（秒）。 |',
      '| `ELASTICSEARCH_REQUEST_TIMEOUT` | `100000` | 请求超时（毫秒）。 |',
      '服务器响应缓慢时调高请求超时时间，流式结果耗时较长时调高 SSE 读取超时时间。',
    ])
  })

  it('reads a context length said to be exceeded as the context, not a model spec, a list item or a note that it fits', () => {
    namesEntry(
      'context-length-exceeded',
      ['上下文长度超出模型限制，请清空对话后重试', '本地模型一聊长了上下文长度就报错', '超过模型的最大上下文长度'],
      [
        // CherryHQ/cherry-studio-docs pre-basic/providers/cherryai/free-qwen.md, free-glm45air.md, other/model_rank/README.md
        '* **上下文长度：128K tokens**',
        '3. **长上下文支持**：上下文长度扩展至 **128K tokens**，可处理长文档',
        '选择模型时还应综合考虑任务类型、上下文长度、多模态与工具调用能力、速度、价格。',
        // AstrBotDevs/AstrBot docs/zh/use/context-compress.md; zhayujie/chatgpt-on-wechat docs/releases/v2.0.8.mdx
        '这种策略会简单地删除最早的对话内容，直到上下文长度符合要求。',
        '在压缩一轮之后，AstrBot 会二次检查当前上下文长度是否符合要求。',
        '调度任务自己的上下文长度自动控制在合理范围内',
      ],
    )
  })

  it('reads a task record with its fail_reason as a failed task, not the field documented', () => {
    namesEntry(
      'media-task-failed',
      ['{"task_id":"abc","status":"FAILURE","fail_reason":"upstream error"}', 'fail_reason=provider returned 500'],
      // QuantumNous/new-api-docs docs/api/fei-task-center.md, docs/api/fei-midjourney-task.md
      [
        '- `fail_reason` （字符串）: 失败原因',
        '- `status` （字符串）: 任务状态 - `fail_reason` （字符串）: 失败原因 - `submit_time`',
      ],
    )
  })

  it('reads a missing key, a call timeout or a thinking budget as one, not a denial, a docs note or a setting', () => {
    namesEntry(
      'missing-api-key',
      ['检查连接需要 API 密钥', '错误：需要 API Key'],
      [
        // CherryHQ/cherry-studio-docs pre-basic/providers (vLLM), knowledge-base/document-preprocessing; langgenius/dify-docs
        // zh/develop-plugin/dev-guides-and-walkthroughs/tool-plugin.mdx; ChatLunaLab/chatluna README.MD
        '* **API 密钥：** 因为 vLLM 不需要 API 密钥，可以将此字段留空，或者填写任意内容。',
        '云端服务通常需要 API Key 或服务地址；本地能力可能需要先下载模型。',
        'SerpApi 需要 API Key，因此在 YAML 文件中添加 `credentials_for_provider` 字段。',
        '| 超大上下文，大部分情况下能超过 GPT 3.5，需要 API KEY，收费 | 可能较贵 |',
      ],
    )
    // AstrBotDevs/AstrBot docs/zh/dev/star/guides/ai.md, changelogs/v4.3.5.md
    namesEntry(
      'client-timeout',
      ['API调用超时，请稍后重试'],
      [
        'tool_call_timeout=60, # 工具调用超时时间',
        '3. feat: 支持配置工具调用超时时间并适配 ModelScope 的 MCP Server 配置',
      ],
    )
    namesEntry(
      'thinking-budget-exceeds-max-tokens',
      [
        '400 {"thinking":{"type":"enabled","budget_tokens":0}}',
        'thinking.budget_tokens: Input should be greater than or equal to 1024',
      ],
      [
        // QuantumNous/new-api-docs docs/api/anthropic-chat.md; MartialBE/one-hub docs/use/reasoning.md
        '- `budget_tokens`: 必需，整数。决定 Claude 可以用于内部推理过程的 token 数',
        '`reasoning.max_tokens` 参数可以设置为具体的数值，表示推理最大 tokens，目前特指 budget_tokens。',
      ],
    )
  })

  it('reads a cross-origin refusal as CORS, not the setting that allows origins', () => {
    namesEntry(
      'cors-blocked',
      ['浏览器报跨域错误，请求被拦截', '后端没有跨域设置，浏览器直接报错', '服务器不允许跨域访问'],
      [
        // langgenius/dify-docs zh/self-host/deploy/configuration/environments.mdx
        '| `WEB_API_CORS_ALLOW_ORIGINS` | `*` | Web API 跨域请求的允许来源。示例：`https://dify.app` |',
        '| `OPENAPI_CORS_ALLOW_ORIGINS` | （空） | 允许跨域调用 `/openapi/v1/*` 的浏览器来源，逗号分隔。 |',
      ],
    )
  })
})
