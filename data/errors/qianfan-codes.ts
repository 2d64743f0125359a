/**
 * Baidu Qianfan's numeric error codes (`APIErrorCode` in baidubce/bce-qianfan-sdk: python/qianfan/consts.py,
 * go/qianfan/consts.go, javascript/src/enum.ts) as its API and SDKs print them: the native body
 * `"error_code":336003`, Python's `api return error, req_id: … code: 336003, msg: …` (python/qianfan/errors.py),
 * Go's `api error, code: 336100, msg: …` (go/qianfan/error.go). A six-digit number alone is everywhere (ids,
 * timestamps, hashes), so the code word must come just before it.
 */
export function qianfanCode(digits: string): string {
  return `(?:error_code|\\bcode)["'\\s:=]{0,3}${digits}\\b`
}
