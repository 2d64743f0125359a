import { defaultTimeoutMs } from './types.ts'

export interface TesterParams {
  baseUrl?: string
  model?: string
  /** `protocol` (or `tool`) as given; the page checks it against the gateway's protocols. */
  protocol?: string
  timeoutMs: number
  /** The `timeout` value as given, when it was not a usable number of seconds. */
  badTimeout?: string
  /** Names of parameters that looked like a key: they are dropped, never used. */
  keyParams: string[]
}

/** Parameters that would carry a key; the page removes them from the address bar unread. */
const keyLike = /^(?:key|api[-_]?key|apikey|token|authorization|secret)$/i

/** Reads `?base=URL&model=NAME&protocol=NAME&timeout=SECONDS`; a key is never read from a URL. */
export function parseTesterParams(search: string): TesterParams {
  const params = new URLSearchParams(search)
  const result: TesterParams = { timeoutMs: defaultTimeoutMs, keyParams: [] }
  const base = params.get('base')?.trim()
  const model = params.get('model')?.trim()
  if (base) result.baseUrl = base
  if (model) result.model = model
  const protocol = (params.get('protocol') ?? params.get('tool'))?.trim()
  if (protocol) result.protocol = protocol
  const timeout = params.get('timeout')
  if (timeout !== null) {
    const seconds = Number(timeout)
    if (timeout.trim() && Number.isFinite(seconds) && seconds >= 1 && seconds <= 600) result.timeoutMs = seconds * 1000
    else result.badTimeout = timeout
  }
  for (const name of params.keys()) if (keyLike.test(name)) result.keyParams.push(name)
  return result
}

/** The same search string without the key-like parameters. */
export function withoutKeyParams(search: string, names: readonly string[]): string {
  const params = new URLSearchParams(search)
  for (const name of names) params.delete(name)
  const rest = params.toString()
  return rest ? `?${rest}` : ''
}
