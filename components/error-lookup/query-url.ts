/**
 * The lookup keeps its text in `?q=` so a support reply can link straight to a diagnosis. Only
 * the text goes in the URL; a paste long enough to break links stays out of it.
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
  const inUrl = text.trim().length > 0 && text.length <= maxQueryInUrl
  if (inUrl) url.searchParams.set('q', text)
  else url.searchParams.delete('q')
  return { href: url.href, inUrl: inUrl || text.trim().length === 0 }
}
