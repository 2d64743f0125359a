import type { CorsMode } from './scenarios.ts'

/** Response headers a browser page may read besides the safelisted ones: ids and rate-limit hints. */
const exposedHeaders = [
  'Retry-After',
  'X-Request-Id',
  'X-Oneapi-Request-Id',
  'Request-Id',
  'X-RateLimit-Limit-Requests',
  'X-RateLimit-Remaining-Requests',
  'X-RateLimit-Reset-Requests',
].join(', ')

/** Headers on every answer (not the preflight). */
export function corsResponseHeaders(mode: CorsMode): Record<string, string> {
  switch (mode) {
    case 'explicit':
      return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': exposedHeaders }
    case 'wildcard':
      // gin-contrib/cors as one-api and new-api configure it: all origins, credentials on.
      return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' }
    case 'none':
      return {}
  }
}

/** The answer to an OPTIONS preflight: always 204, with or without permission. */
export function corsPreflightHeaders(mode: CorsMode): Record<string, string> {
  switch (mode) {
    case 'explicit':
      return {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        // The agents' protocols carry the key in their own headers (new-api allows any header).
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-api-key, anthropic-version, x-goog-api-key',
        'Access-Control-Max-Age': '600',
      }
    case 'wildcard':
      // `*` does not cover Authorization by the Fetch spec: the point of this mode.
      return {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Methods': 'GET,POST,PUT,DELETE,OPTIONS',
        'Access-Control-Allow-Headers': '*',
        'Access-Control-Max-Age': '43200',
      }
    case 'none':
      return {}
  }
}
