import { staffPages } from '../../../docs/.vitepress/config/pages.ts'
import { siteUrl } from './browser.ts'

/**
 * Every built page, as site paths: what the sitemap lists, plus the staff pages it leaves out on
 * purpose (see pages.ts), both languages. `listed` and `staff` are apart so a test can check the
 * sitemap keeps its promise.
 */
export async function sitePages(): Promise<{ listed: string[]; staff: string[]; all: string[] }> {
  const sitemap = await (await fetch(siteUrl('/sitemap.xml'))).text()
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname)
  const staff = staffPages
    .flatMap((page) => [page.slug, `/en${page.slug}`])
    .map((slug) => new URL(siteUrl(slug)).pathname)
  return { listed, staff, all: [...listed, ...staff] }
}
