import { staffPages } from '../../../docs/.vitepress/config/pages.ts'
import { siteUrl } from './browser.ts'
import { sitemapPaths } from './sitemap.ts'

/**
 * The pages a test walks, as site paths: what the sitemap lists (error pages sampled, see
 * sitemap.ts), plus the staff pages it leaves out on purpose (see pages.ts), both languages.
 * `listed` and `staff` are apart so a test can check the sitemap keeps its promise.
 */
export async function sitePages(): Promise<{ listed: string[]; staff: string[]; all: string[] }> {
  const listed = await sitemapPaths()
  const staff = staffPages
    .flatMap((page) => [page.slug, `/en${page.slug}`])
    .map((slug) => new URL(siteUrl(slug)).pathname)
  return { listed, staff, all: [...listed, ...staff] }
}
