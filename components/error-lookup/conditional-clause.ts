import { foldHan } from './fold-han.ts'

/**
 * Chinese states a rule or a case with the error's own words: `如果未提供 API Key，则返回 401`, `若请求体过大，请分批上传`,
 * `以免响应提前结束`. A README, a FAQ or an app's hint reads like that, and a pattern for the error's wording matched it as
 * if the paste held the error. Such a hit is a sentence about the error, not the error: the matcher skips it
 * (`match.ts`). English needs no such rule: its conditionals (`if the key is missing`) do not repeat an error's wording
 * word for word.
 *
 * The word before decides. A case word after the error's words (`…时`, `…的情况下`) is how people tell their own
 * symptom as well (`生图任务失败的时候…`, `额度已耗尽的情况下…`): as a rule for every pattern it cost two dev pastes their
 * first answer (n = 2,951), so a pattern that a rule's `…时` misread keeps its own lookahead. What follows is read only
 * where a Chinese subject stands between the conditional and the words (`subjectBetween`): 当's closing 时, and whether
 * the sentence speaks to the reader.
 */

/**
 * The conditionals and purpose words (if, when, in case, to prevent, to avoid), in simplified characters: the text is
 * folded before it is read. Not where their characters belong to another word: 应当 (should); 主要是, 需要是, 摘要是
 * (mainly is, needs to be, the summary is: `原因主要是余额不足`); 无法避免, 不可避免, 难以避免 (cannot be avoided: it
 * happened); 若依 (a framework's name), 若干 (several).
 */
const conditionalWords =
  '如果|若是|若(?![依干])|假如|倘若|(?<![主重需想必摘首])要是|万一|(?<![相适恰应不妥正])当|防止|(?<![可法]|难以)避免|以免'
/** A character that starts one of them, in either script: the quick test before the text is folded. */
const conditionalStart = /[如若假倘要万萬当當防避以]/u

/** A conditional or a purpose word right before the words, or before their ASCII subject. */
const before = new RegExp(`(?:${conditionalWords})\\s?(?:[a-z_][\\w.-]{0,19}\\s?){0,2}$`, 'iu')

const han = /\p{Script=Han}/u

/**
 * How far before the words the conditional is looked for: the longest one and a space, then up to two ASCII words of
 * the rule's subject between it and the words (`如果API Key无效`, whose pattern reads `Key无效`; `若 OpenAI 余额不足`), or
 * a Chinese subject (`subjectBetween`).
 */
const reach = 48

/**
 * A Chinese subject between the conditional and the words: `如果账户余额不足`, `若您的令牌已过期`, `当上游渠道不可用时`
 * (a rule's only where `toldToReader` or `readersSubject` says so). A short noun phrase of the same clause: at most six
 * Han characters (的, 您的, 该 count) and two ASCII words, nothing else (no quote, bracket or clause's end), and none of
 * the words that make it a clause of its own (`clauseWords`).
 */
const maxSubjectHan = 6
const subjectChars = /^[\p{Script=Han}\w .-]+$/u
const hanChars = /\p{Script=Han}/gu
const asciiWords = /[\w.-]+/g
/**
 * What makes the words between a clause of their own rather than a subject: a verb of telling or happening (`如果出现`,
 * `若提示`, `遇到`, `返回`), an auxiliary, an adverb or a negation (`正在`, `会`, `已`, `还`, `不`), a cause (`因为…导致`),
 * or a consequence (`就`, `则`).
 */
const clauseWords =
  /正在|在|是|没|不|会|要|能|可以|想|让|被|把|将|已|了|过|着|就|则|便|才|都|也|还|再|又|因|由于|导致|出现|遇到|发生|提示|显示|报|返回|收到|使用|调用/u
/** Each place a conditional or a purpose word stands, for the Chinese subject that may follow it. */
const conditionals = new RegExp(conditionalWords, 'gu')
/**
 * A purpose word (to prevent, to avoid) says the words do not happen, whoever reads it: `避免主代理上下文过长`,
 * `以免您的请求超时`. It needs no reader (`readersSubject`, `toldToReader`) to be a rule.
 */
const purposeWords = new Set(['防止', '避免', '以免'])
/** Where a clause ends: a conditional before it does not hold the words. */
const clauseEnds = /[，,。；;！!？?：:\n\r]/gu
/** How far after the words their clause is read, for what closes it or what follows it. */
const afterReach = 24
/**
 * 当 (when) with a subject is a clause of time only with the 时 that closes it (`当上游渠道不可用时`); without it, 当 is
 * the first character of 当前, 当日, 当月 (`当前分组上游负载已饱和`). 时间, 暂时, 超时… are other words.
 */
const closedByWhen = /^[^，,。.；;！!？?：:\n\r]*?(?<![暂临及同随实准按超小定计])时(?!间)/u
/**
 * A conditional with a Chinese subject is a rule when it speaks to the reader: the subject is the reader's
 * (`若您的令牌已过期`), or the clause is followed by one telling the reader what to do or what follows (`…，请充值`,
 * `…，则返回401`, `…，就重试一次`, `…，您需要…`), as docs and hints word it (not 请求 a request, nor a
 * question's 请问 may I ask). Without that it can as well tell what happened: an explanation before the message it
 * quotes, which cost a dev paste its only read entry when every subject was read as a rule (the quoted message was one
 * no pattern reads), or a person's own case (`当生图任务失败的时候，积分没有退回`). A README's
 * `如果该模型不存在，系统会继续使用…` is left read too: the price of that.
 */
const readersSubject = /^\s?[您你]/u
const toldToReader = /^\s?(?:[则就]|请(?![求问])|[^，,。.；;！!？?：:\n\r]{0,16}[，,]\s?(?:[则就您你]|请(?![求问])))/u

/** Whether `gap` (what stands between a conditional and the words) is a Chinese subject of theirs. */
function isChineseSubject(gap: string): boolean {
  if (!subjectChars.test(gap) || gap.includes('  ') || clauseWords.test(gap)) return false
  const hanCount = gap.match(hanChars)?.length ?? 0
  return hanCount > 0 && hanCount <= maxSubjectHan && (gap.match(asciiWords)?.length ?? 0) <= 2
}

/**
 * Whether a conditional with a Chinese subject holds the words, as a rule: `preceding` and `following` are the text
 * before and after them, folded to simplified characters. Only the clause the words stand in is read.
 */
function subjectBetween(preceding: string, following: string): boolean {
  let from = 0
  clauseEnds.lastIndex = 0
  for (let end = clauseEnds.exec(preceding); end; end = clauseEnds.exec(preceding)) from = end.index + 1
  conditionals.lastIndex = from
  for (let word = conditionals.exec(preceding); word; word = conditionals.exec(preceding)) {
    const gap = preceding.slice(word.index + word[0].length)
    if (!isChineseSubject(gap)) continue
    if (word[0] === '当' && !closedByWhen.test(following)) continue
    if (purposeWords.has(word[0]) || readersSubject.test(gap) || toldToReader.test(following)) return true
  }
  return false
}

/** Whether the words at `start`–`end` of `text` are Chinese that a conditional or a purpose clause holds. */
export function inConditionalClause(text: string, start: number, end: number): boolean {
  if (!han.test(text.slice(start, end))) return false
  const preceding = text.slice(Math.max(0, start - reach), start)
  if (!conditionalStart.test(preceding)) return false
  const window = foldHan(preceding)
  return before.test(window) || subjectBetween(window, foldHan(text.slice(end, end + afterReach)))
}
