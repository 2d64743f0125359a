import type { Reply } from './replies.ts'

/**
 * A gateway that fights back (issue 16), chosen by the path prefix `/hostile/<name>/v1/…`. Kept
 * apart from `scenarios.ts`: these are attacks on the tester, not ways real gateways behave, and
 * every route a name does not take over is answered as `healthy` answers it.
 */
export const hostileNames = [
  /** Echoes the key back: in the models list, in the 401 message and as the request id. */
  'echo-key',
  /** Terminal escapes and control characters in the error message and the request id. */
  'escapes',
  /** A request id of 200,000 characters. */
  'long-id',
  /** A 502 whose body is 60,000 newlines and one word: a quadratic pattern's worst case. */
  'newlines',
  /** Redirects every request to the same route on the test gateway's second origin. */
  'redirect',
  /** Every balance endpoint accepts the request and never answers; the rest is healthy. */
  'balance-hang',
] as const
export type HostileName = (typeof hostileNames)[number]

export const hostileEscapes =
  '\u001b[2J\u001b[H\u001b[32m✓ All checks passed\u001b[0m\u001b]0;pwned\u0007 \u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\ \u202eevil\u0000\r'

/** `{ name, route }` when the path asks for a hostile gateway. */
export function hostileOf(pathname: string): { name: HostileName; route: string } | undefined {
  const match = /^\/hostile\/([a-z-]+)(\/.*)?$/.exec(pathname)
  const name = match?.[1]
  if (!name || !(hostileNames as readonly string[]).includes(name)) return undefined
  return { name: name as HostileName, route: match?.[2] ?? '/' }
}

const isBalanceRoute = (route: string) => /\/(?:api\/usage\/token|dashboard\/billing\/|api\/v1\/key$)/.test(route)
const error = (status: number, body: Record<string, unknown>): Reply => ({ kind: 'json', status, headers: {}, body })

/**
 * The reply of a hostile gateway, or undefined when the route is answered as `healthy` does.
 * `key` is the bearer token as sent; `otherOrigin` the gateway's second address.
 */
export function hostileReply(
  name: HostileName,
  request: { method: string; route: string; key: string | undefined; otherOrigin: string },
): Reply | undefined {
  const { method, route, key = '' } = request
  const chat = method === 'POST' && /\/chat\/completions$/.test(route)
  switch (name) {
    case 'echo-key':
      if (method === 'GET' && /\/models$/.test(route) && key) {
        const ids = ['gpt-4o-mini', key, `ft:${key}`]
        return {
          kind: 'json',
          status: 200,
          headers: {},
          body: { object: 'list', data: ids.map((id) => ({ id, object: 'model' })) },
        }
      }
      if (chat) {
        return error(401, {
          error: {
            message: `Incorrect API key provided: ${key}. You can find your API key in the console.`,
            type: 'invalid_request_error',
            code: 'invalid_api_key',
            request_id: key,
          },
        })
      }
      return undefined
    case 'escapes':
      return chat
        ? error(500, {
            error: { message: hostileEscapes, type: 'server_error', request_id: `\u001b[31mreq-1\u001b[0m\u0007` },
          })
        : undefined
    case 'long-id':
      return chat
        ? error(429, { error: { message: 'Rate limit reached', request_id: 'r'.repeat(200_000) } })
        : undefined
    case 'newlines':
      return chat
        ? {
            kind: 'text',
            status: 502,
            headers: {},
            contentType: 'text/plain',
            text: `${'\n'.repeat(60_000)}upstream failed`,
          }
        : undefined
    case 'redirect':
      return {
        kind: 'empty',
        status: 307,
        headers: { Location: `${request.otherOrigin}/healthy${route}` },
      }
    case 'balance-hang':
      return isBalanceRoute(route) ? { kind: 'hang' } : undefined
  }
}
