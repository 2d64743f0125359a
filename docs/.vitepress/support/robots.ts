/** Lets crawlers in and points them at the sitemap, which lists both languages. */
export function robotsTxt(siteUrl: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}${base}sitemap.xml\n`
}
