import type { TesterGateway } from './types.ts'

export type BaseUrlProblem =
  | 'no-scheme'
  | 'missing-v1'
  | 'double-v1'
  | 'endpoint-suffix'
  | 'query'
  | 'unusual-path'
  | 'empty'
  | 'invalid'
  | 'scheme'
  | 'mixed-content'
  | 'console'

export interface BaseUrlAnalysis {
  /** The base URL the run uses after repairs, without a trailing slash. */
  url: string
  status: 'pass' | 'warn' | 'fail'
  problems: BaseUrlProblem[]
}

const fatal: ReadonlySet<BaseUrlProblem> = new Set(['empty', 'invalid', 'scheme', 'mixed-content', 'console'])
// Clients append these themselves, so a base URL that already ends in one gets it twice.
const endpointSuffix = /\/(?:chat\/completions|completions|models|embeddings|responses)$/
// Browsers treat these as secure even over http, so an https page may call them.
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Checks the base URL the way a client will use it (`{base}/chat/completions`) and repairs the
 * path mistakes users make, so later checks test the gateway rather than the typo.
 */
export function analyzeBaseUrl(
  raw: string,
  gateway: Pick<TesterGateway, 'apiBaseUrl' | 'console'>,
  context: { runtime: 'browser' | 'node'; pageProtocol?: string },
): BaseUrlAnalysis {
  const problems = new Set<BaseUrlProblem>()
  let text = raw.trim()
  const done = (url: string) => {
    const list = [...problems]
    const status = list.some((problem) => fatal.has(problem)) ? 'fail' : list.length ? 'warn' : 'pass'
    return { url, status, problems: list } satisfies BaseUrlAnalysis
  }
  if (!text) {
    problems.add('empty')
    return done('')
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    problems.add('no-scheme')
    text = `https://${text.replace(/^\/+/, '')}`
  }
  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    problems.add('invalid')
    return done(text)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    problems.add('scheme')
    return done(text)
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) problems.add('query')
  let path = parsed.pathname.replace(/\/+$/, '')
  while (endpointSuffix.test(path)) {
    problems.add('endpoint-suffix')
    path = path.replace(endpointSuffix, '')
  }
  if (/\/v1\/v1(?:\/|$)/.test(path)) {
    problems.add('double-v1')
    while (/\/v1\/v1(?:\/|$)/.test(path)) path = path.replace(/\/v1\/v1(?=\/|$)/, '/v1')
  }
  if (path === '') {
    problems.add('missing-v1')
    path = '/v1'
  } else if (!/\/v\d+[a-z]*$/.test(path)) problems.add('unusual-path')
  const url = `${parsed.origin}${path}`
  const apiOrigin = new URL(gateway.apiBaseUrl).origin
  if (parsed.origin === new URL(gateway.console.home).origin && parsed.origin !== apiOrigin) problems.add('console')
  if (
    context.runtime === 'browser' &&
    context.pageProtocol === 'https:' &&
    parsed.protocol === 'http:' &&
    !loopbackHosts.has(parsed.hostname)
  ) {
    problems.add('mixed-content')
  }
  return done(url)
}

/** The gateway's root (the base URL without its trailing `/v1`), where new-api keeps `/api/…`. */
export function gatewayRoot(baseUrl: string): string {
  return baseUrl.replace(/\/v1$/, '')
}
