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
    // one list of conditionals, read on folded text: a Traditional word that only ends in 當 (適當, 應當, 相當) is none
    // either, as its simplified spelling is not
    expect(at('適當請求體過大', '請求體過大')).toBe(false)
    expect(at('應當API Key無效', 'Key無效')).toBe(false)
    expect(at('難以避免請求超時', '請求超時')).toBe(false)
    expect(at('该字段需要是有效的API Key', '有效的API Key')).toBe(false)
    expect(at('日志摘要是请求超时', '请求超时')).toBe(false)
    // …while 要是 on its own, and 只要是 (as long as it is), still state a case
    expect(at('要是余额不足，就先充值', '余额不足')).toBe(true)
    expect(at('只要是余额不足就返回402', '余额不足')).toBe(true)
  })
})

describe('components/error-lookup/conditional-clause: a Chinese subject between (round 45)', () => {
  it('finds the words after a short noun phrase when the sentence speaks to the reader', () => {
    // the reader's subject: 您的, 你的
    expect(at('若您的令牌已过期，则返回401', '已过期')).toBe(true)
    expect(at('如果你的API Key无效，请重新生成', 'Key无效')).toBe(true)
    expect(at('如果您请求的模型不存在', '模型不存在')).toBe(true)
    // a bare subject, then a clause telling the reader what to do or what follows
    expect(at('如果账户余额不足，请充值', '余额不足')).toBe(true)
    expect(at('如果当前分组上游负载已饱和，请稍后再试', '负载已饱和')).toBe(true)
    expect(at('假如该渠道余额不足则自动切换', '余额不足')).toBe(true)
    expect(at('如果流式响应提前结束，就重试一次', '响应提前结束')).toBe(true)
    expect(at('若是账户余额不足以支付本次请求，请先充值', '余额不足')).toBe(true)
    // 当 with the 时 that closes its clause
    expect(at('当上游渠道不可用时，请切换分组', '不可用')).toBe(true)
    expect(at('当您的余额不足的时候', '余额不足')).toBe(true)
    // 时 inside 如果's clause does not end it
    expect(at('如果下单时账户余额不足，请先充值', '余额不足')).toBe(true)
    // a purpose word needs no reader: what it names does not happen (AstrBot's subagent.json subtitle and
    // docs/zh/dev/astrbot-config.md, github.com/AstrBotDevs/AstrBot)
    expect(at('完成更复杂的任务，避免主代理上下文过长。', '上下文过长')).toBe(true)
    expect(at('启用后，机器人生成的回复也会经过内容安全检查，以防止生成不当内容。', '不当内容')).toBe(true)
    // Traditional text, folded as pastes are
    expect(at('若您的帳戶餘額不足，請儲值', '餘額不足')).toBe(true)
    expect(at('當上游渠道不可用時，請切換分組', '不可用')).toBe(true)
  })

  it('leaves a subject that is no conditional, a clause that ended, a story and a clause of its own', () => {
    // 当前, 当日 (current, that day) are no 当 (when) without the 时 that closes a clause of time
    expect(at('当前余额不足，请充值', '余额不足')).toBe(false)
    expect(at('當前餘額不足，請儲值', '餘額不足')).toBe(false)
    expect(at('当日额度已用完，请明天再试', '额度已用完')).toBe(false)
    expect(at('当前请求超时时间过短，请调大', '请求超时')).toBe(false)
    // 避免 that could not be: 无法避免, 不可避免 (it happened)
    expect(at('无法避免上游请求超时，请稍后重试', '请求超时')).toBe(false)
    expect(at('网络不稳定时不可避免请求超时', '请求超时')).toBe(false)
    // 若依 (a framework's name), 若干 (several)
    expect(at('若依框架余额不足，请充值', '余额不足')).toBe(false)
    expect(at('若干请求超时，请检查网络', '请求超时')).toBe(false)
    expect(at('若幹請求超時，請檢查網絡', '請求超時')).toBe(false)
    // the conditional's clause ended before the words: a real error line after a sentence holding 如果
    expect(at('如果有疑问。\n余额不足，请充值', '余额不足')).toBe(false)
    expect(at('若有疑问，账户余额不足，请充值', '余额不足')).toBe(false)
    // a story of what happened, or a person's own case: nothing speaks to the reader
    expect(at('如果该模型不存在，系统会继续使用默认模型', '模型不存在')).toBe(false)
    expect(at('当生图任务失败的时候，积分没有退回', '任务失败')).toBe(false)
    // not a subject but a clause of its own: a consequence, an adverb
    expect(at('如果我一调用就余额不足，请联系客服', '余额不足')).toBe(false)
    expect(at('如果充值了还是余额不足，请联系客服', '余额不足')).toBe(false)
    // 请求 (a request) and a question's 请问 (may I ask) are no 请 (please)
    expect(at('如果账户余额不足请求会失败', '余额不足')).toBe(false)
    expect(at('如果我的账户余额不足，请问怎么办', '余额不足')).toBe(false)
    // more than a short noun phrase between
    expect(at('如果平台上的这个渠道分组账户余额不足，请充值', '余额不足')).toBe(false)
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

  // round 45: a Chinese subject between the conditional and the words
  it('is not read as the error where a Chinese subject stands between and the sentence speaks to the reader', () => {
    expect(ids('如果账户余额不足，请先充值')).not.toContain('insufficient-user-quota')
    expect(ids('若您的令牌已过期，则会返回 401')).not.toContain('expired-key')
    expect(ids('当上游渠道负载已饱和时，请稍后再试')).not.toContain('upstream-rate-limited')
    expect(ids('若您的帳戶餘額不足，請先儲值')).not.toContain('insufficient-user-quota')
    expect(ids('完成更复杂的任务，避免主代理上下文过长。')).not.toContain('context-length-exceeded')
    // an app's hint above the error it shows: the error's own cause comes first, the hint's not at all
    expect(ids('若您的令牌已过期，请重新登录。\n错误：余额不足')).toEqual(['insufficient-user-quota'])
  })

  it('still reads the error after a subject that is no conditional, or a clause that ended, or a story', () => {
    expect(ids('当前分组上游负载已饱和，请稍后再试')[0]).toBe('upstream-rate-limited')
    expect(ids('當前帳戶餘額不足，請儲值')[0]).toBe('insufficient-user-quota')
    expect(ids('如果账户余额不足，请先充值。\n错误：余额不足')[0]).toBe('insufficient-user-quota')
    expect(ids('当生图任务失败的时候，积分没有退回')).toContain('media-task-failed')
  })

  it("leaves a person's description alone: people tell their own symptom as a case too", () => {
    const [described] = lookupErrors('现在如果提示词违规了，会重试好几次才失败', errorCatalogue).matches
    expect(described?.entry.cause).toBe('content_policy')
    expect(described?.reasons).toEqual([{ kind: 'description', value: '提示词违规' }])
  })
})
