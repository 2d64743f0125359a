import { headersFor, type RequestSpec } from './http.ts'

/** Single-quotes a word for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

/**
 * The same request as a `curl` command to copy, with the key as `$API_KEY` so the command can
 * be pasted into a ticket or a chat without leaking it.
 */
export function curlCommand(
  spec: Pick<RequestSpec, 'method' | 'url' | 'json' | 'keyHeader' | 'headers'> & { key: boolean; stream?: boolean },
): string {
  const parts = ['curl', spec.stream ? '-sSN' : '-sS']
  if (spec.method !== 'GET') parts.push('-X', spec.method)
  parts.push(shellQuote(spec.url))
  const headers = headersFor({ ...spec, key: spec.key ? '$API_KEY' : undefined })
  for (const [name, value] of Object.entries(headers)) parts.push('-H', `"${name}: ${value}"`)
  if (spec.json !== undefined) parts.push('-d', shellQuote(JSON.stringify(spec.json)))
  return parts.join(' ')
}
