import { defaultTimeoutMs } from './engine/types.ts'

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
  /** True when `base` carried credentials (`user:pass@`, `?api_key=`…): they are dropped too. */
  baseHadSecrets: boolean
}

/**
 * Parameters that would carry a key (`key`, `api_key`, `access_token`, `openai_api_key`,
 * `x-api-key`…); the page removes them from the address bar unread.
 */
const keyLike =
  /^(?:[a-z0-9]+[-_])*(?:key|api[-_]?key|apikey|token|access[-_]?token|authorization|auth|secret|password|passwd)$/i

/**
 * A base URL without what would carry a key: `user:pass@` and key-like query or fragment
 * parameters. Text that is not a URL comes back as it was.
 */
export function withoutUrlSecrets(raw: string): { url: string; removed: boolean } {
  let removed = false
  // Before any parsing: `user:pass@host` without a scheme would read as the scheme `user:`.
  let url = raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#@\s]*@/i, (_match, scheme: string | undefined) => {
    removed = true
    return scheme ?? ''
  })
  const hashAt = url.indexOf('#')
  const queryAt = url.indexOf('?')
  const end = hashAt === -1 ? url.length : hashAt
  if (queryAt !== -1 && queryAt < end) {
    const params = new URLSearchParams(url.slice(queryAt + 1, end))
    const names = [...new Set(params.keys())].filter((name) => keyLike.test(name))
    if (names.length) {
      removed = true
      for (const name of names) params.delete(name)
      const rest = params.toString()
      url = `${url.slice(0, queryAt)}${rest ? `?${rest}` : ''}${url.slice(end)}`
    }
  }
  const hash = url.indexOf('#')
  if (hash !== -1 && [...new URLSearchParams(url.slice(hash + 1)).keys()].some((name) => keyLike.test(name))) {
    removed = true
    url = url.slice(0, hash)
  }
  return { url, removed }
}

/** Reads `?base=URL&model=NAME&protocol=NAME&timeout=SECONDS`; a key is never read from a URL. */
export function parseTesterParams(search: string): TesterParams {
  const params = new URLSearchParams(search)
  const result: TesterParams = { timeoutMs: defaultTimeoutMs, keyParams: [], baseHadSecrets: false }
  const base = params.get('base')?.trim()
  const model = params.get('model')?.trim()
  if (base) {
    const clean = withoutUrlSecrets(base)
    result.baseUrl = clean.url
    result.baseHadSecrets = clean.removed
  }
  if (model) result.model = model
  const protocol = (params.get('protocol') ?? params.get('tool'))?.trim()
  if (protocol) result.protocol = protocol
  const timeout = params.get('timeout')
  if (timeout !== null) {
    const seconds = Number(timeout)
    if (timeout.trim() && Number.isFinite(seconds) && seconds >= 1 && seconds <= 600) result.timeoutMs = seconds * 1000
    else result.badTimeout = timeout
  }
  for (const name of new Set(params.keys())) if (keyLike.test(name)) result.keyParams.push(name)
  return result
}

/** The same search string without the key-like parameters, and with `base` as cleaned. */
export function withoutKeyParams(search: string, names: readonly string[], cleanBase?: string): string {
  const params = new URLSearchParams(search)
  for (const name of names) params.delete(name)
  if (cleanBase !== undefined && params.has('base')) params.set('base', cleanBase)
  const rest = params.toString()
  return rest ? `?${rest}` : ''
}
