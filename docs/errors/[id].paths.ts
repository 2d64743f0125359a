import { loadErrorPageRoutes } from '../.vitepress/support/error-page-routes.ts'

// One page per catalogue entry, built from data/errors.ts (see components/error-pages/).
export default { paths: () => loadErrorPageRoutes('zh') }
