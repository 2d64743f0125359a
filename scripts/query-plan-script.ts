import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { transform } from 'esbuild'

let planScript: Promise<string> | null = null

/**
 * The search box's query planner (docs/.vitepress/theme/search/query-plan.ts) as a page script
 * defining `globalThis.__searchPlan`, for tests and the benchmark that search a built site's
 * pagefind directly: they give it what the box gives it, planned in the same browser, since
 * Node's and Chromium's word segmenters cut Chinese differently.
 */
export function queryPlanScript(): Promise<string> {
  const source = fileURLToPath(new URL('../docs/.vitepress/theme/search/query-plan.ts', import.meta.url))
  planScript ??= transform(readFileSync(source, 'utf8'), {
    loader: 'ts',
    format: 'iife',
    globalName: '__searchPlan',
    target: 'es2022',
  }).then((result) => result.code)
  return planScript
}
