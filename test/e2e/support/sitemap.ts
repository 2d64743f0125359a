import { siteUrl } from './browser.ts'

/** Error pages (`/errors/<id>`, `/en/errors/<id>`) all come from one template. */
export const isErrorPage = (path: string): boolean => /\/errors\/[^/]+$/.test(path)

/**
 * The sitemap's paths, with the error pages cut to a few per language: walking 100+ pages of one
 * template in Chromium doubled the tests that visit every page, and proved nothing more.
 * `test/e2e/error-pages.test.ts` requests every error page itself.
 */
export async function sitemapPaths(errorPagesPerLanguage = 2): Promise<string[]> {
  const sitemap = await (await fetch(siteUrl('/sitemap.xml'))).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname)
  const sampled = (en: boolean) =>
    paths.filter((path) => isErrorPage(path) && /\/en\//.test(path) === en).slice(0, errorPagesPerLanguage)
  return [...paths.filter((path) => !isErrorPage(path)), ...sampled(false), ...sampled(true)]
}
