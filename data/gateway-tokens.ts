import type { GatewayConfig } from './gateway.schema.ts'
import type { Locale } from './locale.ts'

/**
 * Markdown names the gateway only through tokens such as `{{gw.apiBaseUrl}}`, so one config
 * re-brands every page. Tokens are filled before markdown is parsed, which makes them work in
 * code blocks and frontmatter too.
 */
const tokenPattern = /\{\{\s*gw\.([A-Za-z0-9_.]+)\s*\}\}/g

/** Every value a page may use, flattened to `a.b` keys, in the page's language. */
export function gatewayTokenValues(gateway: GatewayConfig, locale: Locale): Record<string, string> {
  const values: Record<string, string> = {}
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string' || typeof value === 'number') values[path] = String(value)
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      // A { zh, en } pair is one localized value, not two.
      if (typeof record.zh === 'string' && typeof record.en === 'string' && Object.keys(record).length === 2)
        values[path] = record[locale] as string
      else for (const [key, child] of Object.entries(record)) visit(child, path ? `${path}.${key}` : key)
    }
  }
  // Policies are answered in sentences, not raw values: see page-tokens.ts.
  const { policy: _policy, ...named } = gateway
  visit(named, '')
  const origin = new URL(gateway.apiBaseUrl).origin
  values.apiOrigin = origin
  values.apiHost = new URL(gateway.apiBaseUrl).host
  Object.assign(values, endpointUrls(gateway.apiBaseUrl))
  return values
}

/**
 * The addresses of each endpoint a key can call, derived from the one configured base URL.
 * `apiRoot` is that URL without its `/v1`: Claude Code and Gemini CLI append their own version
 * path (`/v1/messages`, `/v1beta/models/…`) to it, so pages must never hand them the `/v1` form.
 */
export function endpointUrls(apiBaseUrl: string): Record<string, string> {
  const base = apiBaseUrl
  return {
    apiRoot: base.replace(/\/v1$/, ''),
    chatCompletionsUrl: `${base}/chat/completions`,
    modelsUrl: `${base}/models`,
    responsesUrl: `${base}/responses`,
    messagesUrl: `${base}/messages`,
    countTokensUrl: `${base}/messages/count_tokens`,
    embeddingsUrl: `${base}/embeddings`,
    imagesUrl: `${base}/images/generations`,
    speechUrl: `${base}/audio/speech`,
    transcriptionsUrl: `${base}/audio/transcriptions`,
  }
}

/** Fills every token; an unknown one stops the build with the file and the token named. */
export function fillGatewayTokens(source: string, values: Record<string, string>, file = 'markdown'): string {
  return source.replace(tokenPattern, (_match, key: string) => {
    const value = values[key]
    if (value === undefined) {
      throw new Error(`${file}: unknown gateway token {{gw.${key}}}; known: ${Object.keys(values).sort().join(', ')}`)
    }
    return value
  })
}
