import type { ErrorDialect } from '@data/errors.schema.ts'
import { asRecord, isRecord } from './records.ts'

/**
 * How gateways shape an error body, known in one place for the connection tester (which reads
 * the answer it got) and the error lookup (which reads bodies found in a paste):
 * `{error:{message,code,type}}` (OpenAI, one-api, new-api, OpenRouter), `{type:"error",error:{…}}`
 * (Anthropic), `{error:"text"}`, FastAPI's `{detail}`, new-api's `{success:false,message}` and
 * `{object:"error",message}` (vLLM).
 */

/** The error's own message, code and type, as the tester shows and judges them. */
export interface ErrorSummary {
  message?: string
  code?: string
  type?: string
}

/** The error a body carries, or undefined when the body is no error at all. */
export function errorOf(json: unknown): ErrorSummary | undefined {
  if (!isRecord(json)) return undefined
  const error = json.error
  if (typeof error === 'string') return { message: error }
  if (isRecord(error)) {
    const found: ErrorSummary = {}
    if (typeof error.message === 'string') found.message = error.message
    if (typeof error.code === 'string' || typeof error.code === 'number') found.code = String(error.code)
    if (typeof error.type === 'string') found.type = error.type
    return found
  }
  if (json.success === false || json.object === 'error' || 'detail' in json) {
    const message = [json.message, json.detail, json.msg].find((value) => typeof value === 'string')
    return typeof message === 'string' ? { message } : {}
  }
  return undefined
}

/** The object holding the error's fields: `error`, else a FastAPI `detail` object, else the body itself. */
export function errorFieldsOf(body: Record<string, unknown>): Record<string, unknown> {
  return asRecord(body.error) ?? asRecord(body.detail) ?? body
}

/** Which gateway family wrote a body, from the marks each leaves in its shape. */
export function dialectOfBody(body: Record<string, unknown>): ErrorDialect | undefined {
  const inner = errorFieldsOf(body)
  const type = typeof inner.type === 'string' ? inner.type : ''
  if (type === 'one_api_error') return 'one-api'
  if (type === 'new_api_error') return 'new-api'
  if (body.type === 'error' && type) return 'anthropic'
  if (typeof inner.status === 'string' && /^[A-Z_]+$/.test(inner.status)) return 'gemini'
  if (typeof inner.code === 'number' && 'metadata' in inner) return 'openrouter'
  if (typeof inner.code === 'string' && /^\d{3}$/.test(inner.code) && type) return 'zenmux'
  return undefined
}
