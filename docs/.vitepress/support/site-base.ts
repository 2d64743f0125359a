/**
 * The sub-path the site is served under, from `SITE_BASE` so deploying under `/help/` needs no
 * code change. Always starts and ends with a slash.
 */
export function siteBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '')
  if (trimmed && !/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`SITE_BASE must be a URL path such as /help/, got ${JSON.stringify(raw)}`)
  }
  return trimmed ? `/${trimmed}/` : '/'
}
