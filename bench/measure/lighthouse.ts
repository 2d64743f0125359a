import { join } from 'node:path'
import { z } from 'zod'
import { startStaticServer } from '../../scripts/static-server.ts'
import { repoRoot } from '../sites/paths.ts'
import { runCommand } from '../sites/run-command.ts'
import { median, round } from '../stats.ts'
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.ts'

const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = (typeof lighthouseCategories)[number]

export interface LighthouseResult {
  page: string
  path: string
  runs: number
  /** 0–100; performance is the median over the runs, the others do not vary between runs. */
  scores: Record<LighthouseCategory, number>
  /** Medians, in ms (CLS unitless), under Lighthouse's default mobile throttling. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number }
  /** Audits that cost points outside performance, with the first elements at fault: what to fix. */
  failedAudits: string[]
}

const LighthouseReport = z.object({
  categories: z.record(
    z.string(),
    z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string() })) }),
  ),
  audits: z.record(
    z.string(),
    z.object({
      score: z.number().nullable(),
      numericValue: z.number().optional(),
      scoreDisplayMode: z.string(),
      details: z.object({ items: z.unknown().optional() }).loose().optional(),
    }),
  ),
})
type LighthouseReport = z.infer<typeof LighthouseReport>

/** Runs the Lighthouse CLI (mobile defaults) `runs` times per page against a gzip server. */
export async function runLighthouse(
  dist: string,
  pages: readonly { page: string; path: string }[],
  runs: number,
  onProgress: (message: string) => void,
): Promise<LighthouseResult[]> {
  const server = await startStaticServer({ root: dist })
  try {
    const results: LighthouseResult[] = []
    for (const { page, path } of pages) {
      const reports: LighthouseReport[] = []
      for (let run = 0; run < runs; run++) {
        const { stdout } = await runCommand(
          'node',
          [
            join(repoRoot, 'node_modules/lighthouse/cli/index.js'),
            `${server.url}${path}`,
            '--output=json',
            '--output-path=stdout',
            '--quiet',
            `--only-categories=${lighthouseCategories.join(',')}`,
            // Lighthouse's launcher needs the new headless mode named; the other flags as everywhere.
            `--chrome-flags=${chromiumFlags.map((flag) => (flag === '--headless' ? '--headless=new' : flag)).join(' ')}`,
          ],
          { cwd: repoRoot, env: { CHROME_PATH: chromiumPath } },
        )
        reports.push(LighthouseReport.parse(JSON.parse(stdout)))
        onProgress(`lighthouse ${page}: run ${run + 1}/${runs}`)
      }
      results.push(summariseReports(page, path, reports))
    }
    return results
  } finally {
    await server.close()
  }
}

function summariseReports(page: string, path: string, reports: readonly LighthouseReport[]): LighthouseResult {
  const score = (category: LighthouseCategory) =>
    Math.round(median(reports.map((report) => (report.categories[category]?.score ?? 0) * 100)))
  const metric = (audit: string, digits = 0) =>
    round(median(reports.map((report) => report.audits[audit]?.numericValue ?? Number.NaN)), digits)
  const last = reports[reports.length - 1]
  const failedAudits = last
    ? lighthouseCategories
        .filter((category) => category !== 'performance')
        .flatMap((category) => last.categories[category]?.auditRefs ?? [])
        .map((ref) => ({ id: ref.id, audit: last.audits[ref.id] }))
        .filter(({ audit }) => audit && audit.scoreDisplayMode === 'binary' && audit.score === 0)
        .map(({ id, audit }) => {
          const selectors = failingSelectors(audit?.details?.items)
          return selectors.length ? `${id} (${selectors.slice(0, 3).join('; ')})` : id
        })
    : []
  return {
    page,
    path,
    runs: reports.length,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift', 3),
      speedIndex: metric('speed-index'),
    },
    failedAudits: [...new Set(failedAudits)],
  }
}

const FailingNode = z.object({ node: z.object({ selector: z.string() }) })

/** Accessibility audits list the elements at fault; other audits' items have other shapes. */
function failingSelectors(items: unknown): string[] {
  if (!Array.isArray(items)) return []
  return items.flatMap((item) => {
    const parsed = FailingNode.safeParse(item)
    return parsed.success ? [parsed.data.node.selector] : []
  })
}
