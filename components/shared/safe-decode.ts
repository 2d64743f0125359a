/**
 * Percent-decoding that cannot throw. A link cut in the middle of an escape (`#%`, `#%E0%A4%A`,
 * a path ending in `%`) reaches the page and the server as typed, and one `URIError` thrown from
 * a hash read left every widget on the page dead and the static server down.
 */

/** The decoded text, or null when `text` holds a malformed escape. */
export function tryDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/**
 * The element id a location hash names (`#step-a%20b` → `step-a b`). A malformed escape names no
 * id as written, so the raw text is returned: it matches no element, as the browser would find.
 */
export function hashId(hash: string): string {
  const raw = hash.replace(/^#/, '')
  return tryDecode(raw) ?? raw
}
