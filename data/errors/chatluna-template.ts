/**
 * ChatLuna (the Koishi chat plug-in, `ChatHub` before its rename) prints a failure only as its own error number, in one
 * template per language (ChatLunaLab/chatluna packages/core/src/utils/error.ts ERROR_FORMAT_TEMPLATE, zh-CN.yml and
 * en-US.yml error_message: `使用 ChatLuna 时出现错误，错误码为 %s。请联系开发者以解决此问题。`, `ChatLuna error occurred. Error
 * code: %s. Contact developer for assistance.`). The numbers are its ChatLunaErrorCode enum, not HTTP statuses: 401 is
 * ROOM_NOT_JOINED. Written once here for the entries that read a number and for the extractor that must not take one
 * for a status.
 */

/** The Chinese template up to its `错误码`, as a regex source for the folded, case-blind search text. */
export const chatLunaOpeningZh = 'chat(?:luna|hub)\\s?时出现错误[，,]\\s?'

/** A pattern for ChatLuna's error `code` in either template, and no longer number (`2` is not `2.5` or `20`). */
export function chatLunaErrorCode(code: number): string {
  return `(?:${chatLunaOpeningZh}错误码为\\s?|chat(?:luna|hub) error occurred\\. error code: ?)${code}(?!\\d|\\.\\d)`
}
