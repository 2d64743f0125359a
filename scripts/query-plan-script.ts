import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

let planScript: Promise<string> | null = null

/**
 * The search box's query planner (docs/.vitepress/theme/search/query-plan.ts, with what it
 * imports) as a page script defining `globalThis.__searchPlan`, for tests and the benchmark that
 * search a built site's pagefind directly: they give it what the box gives it, planned in the same
 * browser, since Node's and Chromium's word segmenters cut Chinese differently.
 */
export function queryPlanScript(): Promise<string> {
  planScript ??= build({
    entryPoints: [fileURLToPath(new URL('../docs/.vitepress/theme/search/query-plan.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__searchPlan',
    // Also global when the script is evaluated through the DevTools protocol, which the site's
    // CSP requires (it refuses an injected inline <script>), rather than run as a page script.
    footer: { js: 'globalThis.__searchPlan = __searchPlan' },
    target: 'es2022',
  }).then((result) => result.outputFiles[0]?.text ?? '')
  return planScript
}
