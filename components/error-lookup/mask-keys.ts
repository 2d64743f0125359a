/**
 * Pasted errors sometimes carry a whole key (a curl command, a request dump, a header). The
 * lookup never needs it, and `?q=` would put it in the address bar, the history and any link
 * that gets shared, so keys are masked before the text leaves the box.
 */
const keyPatterns: RegExp[] = [
  // sk-…, sk-proj-…, sk-ant-api03-…, and look-alikes other gateways use: only the prefix stays
  /\b((?:sk|ak|pk|rk)-)([A-Za-z0-9_-]{12,})/g,
  // Authorization: Bearer <anything long>
  /(\bBearer\s+)([A-Za-z0-9._~+/=-]{12,})/gi,
  // x-api-key: …, "api_key": "…", api-key=…
  /(\b(?:x-)?api[_-]?key["']?\s*[:=]\s*["']?)([A-Za-z0-9._~+/=-]{12,})/gi,
]

function mask(secret: string): string {
  return `${'*'.repeat(Math.min(8, Math.max(4, secret.length - 4)))}${secret.slice(-4)}`
}

/** The text with every key-like secret replaced by stars and its last four characters. */
export function maskKeys(text: string): string {
  return keyPatterns.reduce(
    (masked, pattern) =>
      masked.replace(pattern, (_match, before: string, secret: string) => `${before}${mask(secret)}`),
    text,
  )
}
