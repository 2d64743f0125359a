/** `from` slug (optionally `#anchor`) → `to`; see anchor-moves.schema.ts. */
export type AnchorMoves = Record<string, string>

/** Splits a site path into its locale prefix (`/en` or ``) and the locale-neutral slug. */
export function splitLocale(pathname: string): { prefix: string; slug: string } {
  const match = /^\/en(\/.*|$)/.exec(pathname)
  return match ? { prefix: '/en', slug: match[1] || '/' } : { prefix: '', slug: pathname || '/' }
}

/** Only an id-like anchor fills a wildcard, so no hash can steer the forward outside its pattern. */
const wildcardAnchor = /^[a-z0-9][a-z0-9-]*$/

/**
 * The address an old link should forward to, or null. `pathname` is without the site base and
 * without `.html`; `hash` is without `#`. A page move keeps the anchor; an anchor move wins over
 * a wildcard move (`/errors#*` → `/errors/*`), which wins over a page move: the more precise first.
 */
export function forwardTarget(moves: AnchorMoves, pathname: string, hash: string): string | null {
  const { prefix, slug } = splitLocale(pathname)
  const normalized = slug.length > 1 ? slug.replace(/\/index$/, '/') : slug
  const anchorMove = hash && hash !== '*' ? moves[`${normalized}#${hash}`] : undefined
  if (anchorMove) return prefix + anchorMove
  const wildcardMove = wildcardAnchor.test(hash) ? moves[`${normalized}#*`] : undefined
  if (wildcardMove) return prefix + wildcardMove.replace('*', hash)
  const pageMove = moves[normalized]
  if (pageMove) return prefix + pageMove + (hash && !pageMove.includes('#') ? `#${hash}` : '')
  return null
}
