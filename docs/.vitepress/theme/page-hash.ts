/**
 * The build leaves the per-entry error pages out of VitePress's page map (see
 * support/metadata-chunk.ts). A page opened directly still names its own chunk in its HTML, as the
 * `modulepreload` of `<page>.md.<hash>.lean.js`; putting that pair back into the map before the
 * router's first `go()` lets the page hydrate from its lean chunk at once, as if it had been there.
 */
export function pageHashFromPreload(href: string | null | undefined): [page: string, hash: string] | undefined {
  const match = /\/([^/]+\.md)\.([\w-]+)\.lean\.js$/.exec(href ?? '')
  return match?.[1] && match[2] ? [match[1].toLowerCase(), match[2]] : undefined
}

/** Adds the page's own entry to `window.__VP_HASH_MAP__`; never replaces one the map has. */
export function restorePageHash(win: Window & { __VP_HASH_MAP__?: Record<string, string> }): void {
  const link = win.document.querySelector('link[rel="modulepreload"][href$=".lean.js"]')
  const entry = pageHashFromPreload(link?.getAttribute('href'))
  if (entry && win.__VP_HASH_MAP__) win.__VP_HASH_MAP__[entry[0]] ??= entry[1]
}
