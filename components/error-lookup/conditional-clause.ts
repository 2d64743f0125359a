/**
 * Chinese states a rule or a case with the error's own words: `如果未提供 API Key，则返回 401`, `若请求体过大，请分批上传`,
 * `以免响应提前结束`. A README, a FAQ or an app's hint reads like that, and a pattern for the error's wording matched it as
 * if the paste held the error. Such a hit is a sentence about the error, not the error: the matcher skips it
 * (`match.ts`). English needs no such rule: its conditionals (`if the key is missing`) do not repeat an error's wording
 * word for word.
 *
 * Only the word before counts. A case word after the error's words (`…时`, `…的情况下`) is how people tell their own
 * symptom as well (`生图任务失败的时候…`, `额度已耗尽的情况下…`): as a rule for every pattern it cost two dev pastes their
 * first answer (n = 2,951), so a pattern that a rule's `…时` misread keeps its own lookahead.
 */

/**
 * A conditional or a purpose word right before the words, or before their ASCII subject: if, when, in case, to
 * prevent, to avoid. Not where its characters belong to another word: 应当 (should); 主要是, 需要是, 摘要是 (mainly is,
 * needs to be, the summary is: `原因主要是余额不足`).
 */
const before =
  /(?:如果|若是?|假如|倘若|(?<![主重需想必摘首])要是|万一|萬一|(?<![相适恰应不妥正])[当當]|防止|避免|以免)\s?(?:[a-z_][\w.-]{0,19}\s?){0,2}$/iu

const han = /\p{Script=Han}/u

/**
 * How far before the words the conditional is looked for: the longest one and a space, then up to two ASCII words of
 * the rule's subject between it and the words (`如果API Key无效`, whose pattern reads `Key无效`; `若 OpenAI 余额不足`).
 */
const reach = 48

/** Whether the words at `start`–`end` of `text` are Chinese that a conditional or a purpose clause holds. */
export function inConditionalClause(text: string, start: number, end: number): boolean {
  if (!han.test(text.slice(start, end))) return false
  return before.test(text.slice(Math.max(0, start - reach), start))
}
