import { describe, expect, it } from 'vitest'
import * as OpenCC from 'opencc-js'
import { readFileSync } from 'node:fs'
import { foldHan } from '@components/error-lookup/fold-han.ts'
import { lookupErrors } from '@components/error-lookup/match.ts'
import { errorCatalogue } from '@data/errors.ts'
import { pastedErrors } from '../fixtures/pasted-errors.ts'
import { buildHanTable, gb2312, hanSimplifiedPath, serialiseHanTable } from '../../scripts/han-simplified.ts'

describe('components/error-lookup/fold-han', () => {
  it('folds traditional characters to simplified one for one, so every offset stays where it was', () => {
    expect(foldHan('無效的令牌')).toBe('无效的令牌')
    expect(foldHan('餘額不足，請充值後重試')).toBe('余额不足，请充值后重试')
    expect(foldHan('接口請求併發超額')).toBe('接口请求并发超额')
    expect(foldHan('無效 😀 令牌\u0000 ｆｕｌｌ')).toBe('无效 😀 令牌\u0000 ｆｕｌｌ')
    const mixed = 'Error 429: 請求過於頻繁 (request id: 2025)'
    expect(foldHan(mixed)).toHaveLength(mixed.length)
  })

  it('leaves simplified text, the characters simplified text also uses, and everything else as it was', () => {
    for (const text of [
      '无效的令牌，请检查后重试',
      '什么著名的覆盖',
      'fetch failed: ECONNRESET',
      '😀 ｆｕｌｌ width',
      '',
    ]) {
      expect(foldHan(text)).toBe(text)
    }
  })

  it("is the table OpenCC gives for the characters the lookup's words use today (npm run han:simplified)", () => {
    expect(
      readFileSync(hanSimplifiedPath, 'utf8'),
      'data/generated/han-simplified.json is not what OpenCC gives: run npm run han:simplified',
    ).toBe(serialiseHanTable(buildHanTable()))
  })

  it('pairs every traditional form with one character, and changes no character of the common simplified set', () => {
    const { traditional, simplified } = buildHanTable()
    expect([...traditional]).toHaveLength([...simplified].length)
    expect(new Set(traditional).size).toBe([...traditional].length)
    const common = gb2312(true)
    expect(common).toHaveLength(3755)
    expect(common.filter((char) => foldHan(char) !== char)).toEqual([])
    const all = new Set(gb2312(false))
    expect([...simplified].every((char) => all.has(char))).toBe(true)
  })
})

describe('the lookup on traditional Chinese', () => {
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' })
  const firstEntry = (text: string) => lookupErrors(text, errorCatalogue).matches[0]?.entry.id

  it('matches the folded text but quotes the words as they were pasted', () => {
    const [first] = lookupErrors('{"error":{"message":"無效的令牌"}}', errorCatalogue).matches
    expect(first?.entry.id).toBe('invalid-api-key')
    expect(first?.reasons).toContainEqual({ kind: 'pattern', value: '無效的令牌' })
  })

  it('names the entry a Chinese tuning paste names when the paste is written in traditional characters', () => {
    const chinese = pastedErrors.filter(({ lang }) => lang === 'zh')
    const written = chinese.map(({ text }) => ({ text, traditional: toTaiwan(text) }))
    const changed = written.filter(({ text, traditional }) => traditional !== text)
    expect(changed.length).toBeGreaterThan(300)
    const differing = changed.filter(({ text, traditional }) => firstEntry(traditional) !== firstEntry(text))
    // one tuning paste writes 回复 where Taiwan writes 回覆, a character simplified text uses as 覆盖's
    expect(differing.map(({ traditional }) => traditional)).toEqual([expect.stringContaining('回覆已達到長度上限')])
  })
})

describe('the lookup quotes the words it read as they were pasted', () => {
  it("gives the guess's and the possibly related causes' words in the paste's own characters", async () => {
    const { causeModel } = await import('@data/cause-model.ts')
    const pasted = '我昨天充了錢，但是現在還是用不了，一直說沒額度'
    const { guess, alsoPossible } = lookupErrors(pasted, errorCatalogue, causeModel)
    const words = [guess, ...alsoPossible]
      .flatMap((cause) => cause?.basis ?? [])
      .flatMap((basis) => (basis.kind === 'similar' || basis.kind === 'learned' ? basis.value : []))
    expect(words).toContain('額度')
    for (const word of words) expect(pasted, word).toContain(word)
  })
})
