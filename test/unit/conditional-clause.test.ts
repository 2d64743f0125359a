import { describe, expect, it } from 'vitest'
import { inConditionalClause } from '@components/error-lookup/conditional-clause.ts'
import { errorCatalogue } from '@data/errors.ts'
import { lookupErrors } from '@components/error-lookup/match.ts'

/** Whether the first place `words` stand in `text` is in a conditional clause. */
const at = (text: string, words: string) => {
  const start = text.indexOf(words)
  return inConditionalClause(text, start, start + words.length)
}
const ids = (text: string) => lookupErrors(text, errorCatalogue).matches.map((match) => match.entry.id)

describe('components/error-lookup/conditional-clause', () => {
  it('finds Chinese words right after a conditional or a purpose word', () => {
    expect(at('如果未提供API密钥，则返回 401', '未提供API密钥')).toBe(true)
    expect(at('若 请求体过大，请分批上传', '请求体过大')).toBe(true)
    expect(at('当响应提前结束时重试', '响应提前结束')).toBe(true)
    expect(at('可以避免请求体太大的问题', '请求体太大')).toBe(true)
    expect(at('萬一沒連上', '沒連上')).toBe(true)
    // round 44 review: the rule's ASCII subject between the conditional and the words
    expect(at('如果API Key无效，则返回401', 'Key无效')).toBe(true)
    expect(at('若 OpenAI 余额不足，请切换渠道', '余额不足')).toBe(true)
    // round 45: 若是 (if) as well as 若
    expect(at('若是余额不足，请先充值', '余额不足')).toBe(true)
    expect(at('若是 API Key 无效，则返回401', 'Key 无效')).toBe(true)
  })

  it('leaves the error itself, a word that only ends in 当, and English', () => {
    expect(at('错误：未提供API密钥', '未提供API密钥')).toBe(false)
    expect(at('当前请求体过大', '请求体过大')).toBe(false)
    expect(at('应当请求体过大', '请求体过大')).toBe(false)
    expect(at('如果 request timeout', 'request timeout')).toBe(false)
    expect(at('请求体过大时返回 413', '请求体过大')).toBe(false)
    // round 44 review: a word that only starts with 当 or 若, and an ASCII subject after a word that is no conditional
    expect(at('当日额度已用完', '额度已用完')).toBe(false)
    expect(at('若依框架报错：余额不足', '余额不足')).toBe(false)
    expect(at('当前API Key无效', 'Key无效')).toBe(false)
    // round 45: 要是 that ends 主要 (mainly), 需要 (need), 摘要 (summary): a diagnosis or a requirement, no conditional
    expect(at('调用失败，原因主要是余额不足', '余额不足')).toBe(false)
    expect(at('报错主要是请求过多导致的', '请求过多')).toBe(false)
    expect(at('该字段需要是有效的API Key', '有效的API Key')).toBe(false)
    expect(at('日志摘要是请求超时', '请求超时')).toBe(false)
    // …while 要是 on its own, and 只要是 (as long as it is), still state a case
    expect(at('要是余额不足，就先充值', '余额不足')).toBe(true)
    expect(at('只要是余额不足就返回402', '余额不足')).toBe(true)
  })
})

describe('components/error-lookup/match: an error wording inside a conditional', () => {
  it('is not read as the error, and the same wording elsewhere in the paste still is', () => {
    expect(ids('如果未提供API密钥，则跳过这一步')).not.toContain('missing-api-key')
    expect(ids('若请求体过大，请分批上传')).not.toContain('request-too-large')
    expect(ids('错误：未提供API密钥')[0]).toBe('missing-api-key')
    expect(ids('说明：如果未提供API密钥会报错。\n运行结果：错误：未提供API密钥')[0]).toBe('missing-api-key')
    // round 45: 主要是 (mainly is) is no 要是 (if): the diagnosis names the cause
    expect(ids('调用失败，原因主要是余额不足')[0]).toBe('insufficient-user-quota')
  })

  it("leaves a person's description alone: people tell their own symptom as a case too", () => {
    const [described] = lookupErrors('现在如果提示词违规了，会重试好几次才失败', errorCatalogue).matches
    expect(described?.entry.cause).toBe('content_policy')
    expect(described?.reasons).toEqual([{ kind: 'description', value: '提示词违规' }])
  })
})
