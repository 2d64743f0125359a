import type { Cause } from '@data/causes.ts'
import type { CheckContext } from './check-context.ts'
import { diagnose, refusedResult } from './check-results.ts'
import { type HttpAnswer } from './http.ts'
import { isRecord } from '../../shared/records.ts'
import type { CheckResult } from './types.ts'

/** Anthropic's `error.type` values (docs: errors; anthropic-sdk-typescript's error classes). */
const anthropicCauses: Record<string, Cause> = {
  authentication_error: 'invalid_key',
  permission_error: 'permission',
  not_found_error: 'model_not_found',
  rate_limit_error: 'rate_limit',
  request_too_large: 'context_length',
  api_error: 'gateway_error',
  overloaded_error: 'upstream_unavailable',
}

/** Google's `error.status` values (google.rpc.Code names), as the Gemini API sends them. */
const geminiCauses: Record<string, Cause> = {
  UNAUTHENTICATED: 'invalid_key',
  PERMISSION_DENIED: 'permission',
  NOT_FOUND: 'model_not_found',
  RESOURCE_EXHAUSTED: 'rate_limit',
  UNAVAILABLE: 'upstream_unavailable',
  DEADLINE_EXCEEDED: 'timeout',
  INTERNAL: 'gateway_error',
}

/**
 * The cause a protocol's own error envelope states in a field, more reliable than its wording:
 * Anthropic's `{type:"error",error:{type}}`, Gemini's `{error:{status,details:[{reason}]}}`
 * (an invalid key is 400 INVALID_ARGUMENT with reason API_KEY_INVALID).
 */
export function protocolCauseOf(json: unknown): Cause | undefined {
  if (!isRecord(json) || !isRecord(json.error)) return undefined
  const error = json.error
  if (json.type === 'error' && typeof error.type === 'string') return anthropicCauses[error.type]
  if (typeof error.status !== 'string') return undefined
  const details = Array.isArray(error.details) ? error.details : []
  if (details.some((detail: unknown) => isRecord(detail) && detail.reason === 'API_KEY_INVALID')) return 'invalid_key'
  return geminiCauses[error.status]
}

/** `refusedResult` with the cause the protocol's envelope states, when it states one. */
export function protocolRefusedResult(ctx: CheckContext, answer: HttpAnswer): Omit<CheckResult, 'id'> {
  const diagnosis = diagnose(ctx, answer)
  const cause = protocolCauseOf(answer.json)
  if (!cause || cause === diagnosis.cause) return refusedResult(ctx, answer, diagnosis)
  const { errorId: _ignored, ...rest } = diagnosis
  return refusedResult(ctx, answer, { ...rest, cause })
}
