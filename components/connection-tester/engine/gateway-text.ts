import { maskKnownKeys } from '../../shared/mask-keys.ts'
import { maskKey } from './key-format.ts'
import type { CheckResult } from './types.ts'

/**
 * Everything a gateway sends back is hostile until cleaned: terminal escapes that clear the
 * screen or retitle the window when the CLI prints them, control characters that break a
 * report, the user's own key echoed back, and fields of any length. One cleaner, applied as a
 * result is built (RunState), so the page, the copied report, `diagnose` and `--json` all get it.
 */

/**
 * Longest kept, in characters, before an ellipsis: a request id, the gateway's words, any other
 * field, and a check's own explanation (ours, but it quotes model names the gateway listed).
 */
export const gatewayTextLimits = { requestId: 128, message: 400, other: 200, explanation: 2000 } as const

/**
 * ANSI/VT sequences: CSI (`ESC [ … final`, or the 8-bit CSI), OSC up to BEL or ST (window titles,
 * OSC 8 links), the other string commands (DCS, SOS, PM, APC), and two-character escapes.
 * Each branch runs over a class that excludes its terminator, so matching stays linear.
 */
const escapeSequence =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g
/** C0 and C1 controls and DEL; bidirectional overrides, which reorder what a reader sees. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controls = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export interface CleanOptions {
  /** The keys to hide wherever they appear (as typed, and as sent after repairs). */
  keys: readonly string[]
  max: number
}

/** One line of gateway text: escapes removed, controls made spaces, keys masked, length capped. */
export function cleanGatewayText(text: string, options: CleanOptions): string {
  const plain = text.replace(escapeSequence, '').replace(controls, ' ').replace(/ {2,}/g, ' ').trim()
  const masked = maskKnownKeys(plain, options.keys, maskKey)
  return masked.length > options.max ? `${masked.slice(0, options.max - 1)}…` : masked
}

/** Every string a check result can carry from a gateway, cleaned; numbers and our own ids pass through. */
export function cleanCheckResult<T extends Omit<CheckResult, 'id'>>(result: T, keys: readonly string[]): T {
  const clean = (text: string, max: number) => cleanGatewayText(text, { keys, max })
  const next: T = { ...result, message: clean(result.message, gatewayTextLimits.explanation) }
  if (result.serverMessage !== undefined) next.serverMessage = clean(result.serverMessage, gatewayTextLimits.message)
  if (result.requestId !== undefined) next.requestId = clean(result.requestId, gatewayTextLimits.requestId)
  if (result.facts) {
    next.facts = Object.fromEntries(
      Object.entries(result.facts).map(([name, value]) => [
        name,
        typeof value === 'string' ? clean(value, gatewayTextLimits.other) : value,
      ]),
    )
  }
  return next
}

/** Model ids for the suggestions: cleaned, capped, empty ones dropped. */
export function cleanModelIds(ids: readonly string[], keys: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const clean = cleanGatewayText(id, { keys, max: gatewayTextLimits.other })
    return clean ? [clean] : []
  })
}
