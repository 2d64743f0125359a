import type { HeadConfig } from 'vitepress'
import { isStaffPage } from './pages.ts'

/**
 * A staff page asks search engines to leave it out: the site's own search and sitemap already do
 * (see pages.ts), but a staff member's link shared in a public ticket must not make it a result.
 */
export function staffPageHead(relativePath: string): HeadConfig[] {
  return isStaffPage(relativePath) ? [['meta', { name: 'robots', content: 'noindex, nofollow' }]] : []
}
