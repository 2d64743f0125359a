import { maskKeys } from '../shared/mask-keys.ts'

/**
 * The lookup keeps its text in `?q=` so a support reply can link straight to a diagnosis. Only
 * the text goes in the URL, with keys masked; a paste long enough to break links stays out of it.
 */
export const maxQueryInUrl = 1500

/** The `q` parameter of a search string, or `''`. */
export function readQuery(search: string): string {
  try {
    return new URLSearchParams(search).get('q') ?? ''
  } catch {
    return ''
  }
}

/**
 * The same address with `q` set to the text, or removed when the text is empty or too long.
 * Other parameters and the hash are kept.
 */
export function withQuery(href: string, text: string): { href: string; inUrl: boolean } {
  const url = new URL(href)
  const safeText = maskKeys(text)
  const inUrl = safeText.trim().length > 0 && safeText.length <= maxQueryInUrl
  if (inUrl) url.searchParams.set('q', safeText)
  else url.searchParams.delete('q')
  return { href: url.href, inUrl: inUrl || safeText.trim().length === 0 }
}

/** A link to the full lookup with the text, masked, when it fits. */
export function lookupHref(page: string, text: string): string {
  const safeText = maskKeys(text.trim())
  return safeText && safeText.length <= maxQueryInUrl ? `${page}?q=${encodeURIComponent(safeText)}` : page
}
