import { randomBytes } from 'node:crypto'
import type { Dialect } from './scenarios.ts'

/** An error as the gateway means it, before it is dressed in a dialect's shape. */
export interface GatewayError {
  status: number
  message: string
  /** OpenAI-style string code (`invalid_api_key`, `model_not_found`, …), where the dialect has one. */
  code?: string
  /** OpenAI-style type; one-api and new-api always say `one_api_error` / `new_api_error`. */
  type?: string
  /** OpenRouter's `error.metadata`. */
  metadata?: Record<string, unknown>
}

export interface JsonAnswer {
  status: number
  headers: Record<string, string>
  body: unknown
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex')

/** one-api/new-api: `YYYYMMDDhhmmss` + random digits, also sent as `X-Oneapi-Request-Id`. */
export function oneApiRequestId(now: Date): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14)
  const digits = Array.from(randomBytes(8), (byte) => String(byte % 10)).join('')
  return `${stamp}${digits}`
}

/** The request-id header each dialect sends, and the id itself. */
export function requestIdFor(dialect: Dialect | 'anthropic', now: Date): { header: string; id: string } | undefined {
  switch (dialect) {
    case 'one-api':
    case 'new-api':
      return { header: 'X-Oneapi-Request-Id', id: oneApiRequestId(now) }
    case 'openai':
      return { header: 'x-request-id', id: `req_${hex(16)}` }
    case 'anthropic':
      return { header: 'request-id', id: `req_011C${hex(10)}` }
    case 'openrouter':
      return undefined
  }
}

function withRequestId(message: string, id: string): string {
  return `${message} (request id: ${id})`
}

/** Dress `error` the way `dialect` sends it (gateway-facts.md, "Error bodies differ in shape"). */
export function errorAnswer(dialect: Dialect, error: GatewayError, now: Date): JsonAnswer {
  const requestId = requestIdFor(dialect, now)
  const headers: Record<string, string> = requestId ? { [requestId.header]: requestId.id } : {}
  const status = error.status
  switch (dialect) {
    case 'one-api': {
      const id = requestId?.id ?? ''
      // one-api's auth middleware sends only message + type; relay errors add param and code.
      const codeFields = error.code === undefined ? {} : { param: '', code: error.code }
      const body = { error: { message: withRequestId(error.message, id), type: 'one_api_error', ...codeFields } }
      return { status, headers, body }
    }
    case 'new-api': {
      const id = requestId?.id ?? ''
      const body = {
        error: { message: withRequestId(error.message, id), type: 'new_api_error', param: '', code: error.code ?? '' },
      }
      return { status, headers, body }
    }
    case 'openai': {
      const body = {
        error: {
          message: error.message,
          type: error.type ?? 'invalid_request_error',
          param: null,
          code: error.code ?? null,
        },
      }
      return { status, headers, body }
    }
    case 'openrouter': {
      const metadata = error.metadata === undefined ? {} : { metadata: error.metadata }
      return { status, headers, body: { error: { code: status, message: error.message, ...metadata } } }
    }
  }
}

/** Anthropic's envelope, which some gateways pass through for Claude models. */
export function anthropicErrorAnswer(status: number, type: string, message: string, now: Date): JsonAnswer {
  const requestId = requestIdFor('anthropic', now)
  const id = requestId?.id ?? ''
  return {
    status,
    headers: requestId ? { [requestId.header]: id } : {},
    body: { type: 'error', error: { type, message }, request_id: id },
  }
}

/** The page nginx shows when its upstream fails: what users see behind a proxy. */
export function nginxErrorPage(status: 502 | 504): string {
  const title = status === 502 ? '502 Bad Gateway' : '504 Gateway Time-out'
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
}

/** A single-page console, served for every path, as when the base URL is the console's address. */
export const consolePage = `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>控制台</title>
<script type="module" crossorigin src="/assets/index-3f9a1c2e.js"></script>
<link rel="stylesheet" href="/assets/index-7d21b0aa.css">
</head>
<body>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
</body>
</html>
`
