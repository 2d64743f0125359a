import type { BudgetCheck } from '../budgets.ts'
import type { PageWeight } from '../measure/page-weight.ts'
import { pageWeightRatios } from '../metrics.ts'
import type { BenchResults, RunInfo } from '../results.ts'
import { connectionTestFigures } from '../steps/connection-test.ts'
import { errorLookupFigures, type ErrorLookupTimings } from '../steps/error-lookup.ts'

export const kb = (bytes: number) => (bytes / 1024).toFixed(1)

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function pageWeightSection(results: BenchResults): string[] {
  const weights = results.pageWeight
  if (!weights) return []
  const ratios = new Map(pageWeightRatios(results).map((row) => [row.page, row]))
  const row = (who: 'bare' | 'ours', page: PageWeight) => [
    who,
    `${page.page} \`${page.path}\``,
    `${kb(page.js.raw)} / ${kb(page.js.gzip)}`,
    `${kb(page.css.raw)} / ${kb(page.css.gzip)}`,
    kb(page.fonts.gzip),
    who === 'ours' ? `${ratios.get(page.page)?.jsGzip ?? '–'}×` : '1×',
    page.widgetChunks.length ? page.widgetChunks.join(', ') : '–',
  ]
  return [
    '## Page weight',
    '',
    'KB loaded by a first visit in Chromium (network log; raw / gzip as sent by a gzip static server). Bare = VitePress default theme, same version, built in the same run; each page is compared with the bare page of its kind (home with home, the rest with an article). `article-with-lazy-widget` is the bare article in a bare site that also registers one lazily loaded form widget (`defineAsyncComponent`, v-model on inputs) that no page shows: Vue’s runtime is tree-shaken once for the whole app and VitePress puts it in the `framework` chunk every page loads, so that unused widget costs every page. That is why our pages import the widgets they show instead of registering them globally, and why the site is built without Vue’s Options API. `chunks/metadata` is VitePress’s site data (both languages’ nav and sidebar) and its map from each page to its chunk; the bare site has one page and inlines its much smaller copy (0.3 KB gzip) into the HTML, which this table does not count. The per-entry error pages (`/errors/<id>` in both languages, 150 of 212 pages) are left out of that map (`docs/.vitepress/support/metadata-chunk.ts`), which took it from 5.4 to 3.2 KB gzip on every page: VitePress’s router fetches the whole map (`hashmap.json`) the first time a link leads to a page it does not know, and an entry page opened directly restores its own entry from its HTML, so such a page costs articles nothing however large the catalogue grows.',
    '',
    table(
      ['site', 'page', 'JS raw / gzip', 'CSS raw / gzip', 'fonts', 'JS gzip vs bare', 'lazy chunks loaded'],
      [...weights.bare.map((page) => row('bare', page)), ...weights.ours.map((page) => row('ours', page))],
    ),
    '',
    ...articleScriptDiff(weights),
  ]
}

/** Script by script, what an article loads beyond the bare article (gzip KB). */
function articleScriptDiff(weights: NonNullable<BenchResults['pageWeight']>): string[] {
  const ours = weights.ours.find((page) => page.page === 'article')
  const bare = weights.bare.find((page) => page.page === 'article')
  if (!ours || !bare) return []
  const byRole = (scripts: Record<string, number>) => {
    const roles = new Map<string, number>()
    for (const [name, bytes] of Object.entries(scripts)) {
      const role = /\.md(\.lean)?$/.test(name) ? "the page's own chunk" : name
      roles.set(role, (roles.get(role) ?? 0) + bytes)
    }
    return roles
  }
  const oursByRole = byRole(ours.scripts)
  const bareByRole = byRole(bare.scripts)
  const names = [...new Set([...oursByRole.keys(), ...bareByRole.keys()])]
  return [
    "Where an article's JS differs from the bare article's (gzip KB):",
    '',
    table(
      ['script', 'bare', 'ours', 'difference'],
      names.map((name) => {
        const theirs = bareByRole.get(name) ?? 0
        const mine = oursByRole.get(name) ?? 0
        return [name, kb(theirs), kb(mine), `${mine >= theirs ? '+' : ''}${kb(mine - theirs)}`]
      }),
    ),
    '',
  ]
}

/** A step's figures as the budgets name them, with the command that runs the step alone. */
function figuresSection(title: string, command: string, figures: Record<string, number>, note = ''): string[] {
  return [
    `## ${title}`,
    '',
    `\`${command}\`${note}`,
    '',
    table(
      ['figure', 'value'],
      Object.entries(figures).map(([key, value]) => [key, value]),
    ),
    '',
  ]
}

/** After a step's command: how many times it ran when each figure is a median of runs. */
export function runsNote(runs: number | undefined): string {
  return runs && runs > 1
    ? `, run ${runs} times, each in a process of its own; each figure is the median of the runs.`
    : ''
}

/** Each run's p95 beside the median the figures give: a budget met by the median alone shows here. */
export function runsSpreadLines(timings: ErrorLookupTimings): string[] {
  const spread = timings.rows.flatMap((row) =>
    row.p95Runs ? [`${row.kind} ${row.sizeKB} KB ${row.p95Runs.join(' / ')}`] : [],
  )
  return spread.length ? [`Each run's p95, lowest first (ms): ${spread.join('; ')}.`, ''] : []
}

/** Which worst shapes `worst.200kb.slowestShapeP50` comes from: the one to look at when it grows. */
export function slowestShapesLines(timings: ErrorLookupTimings): string[] {
  if (!timings.slowestShapes.length) return []
  const shapes = timings.slowestShapes.map(({ shape, p50, max }) => `${shape} ${p50} ms (max ${max})`)
  return [`Slowest worst shapes at 200 KB, each alone (p50): ${shapes.join('; ')}.`, '']
}

/** The importable lookup and errors.json, as a console or client downloads them. */
export function catalogueOutputsSection(results: BenchResults): string[] {
  if (!results.catalogueOutputs?.length) return []
  const kb = (bytes: number) => (bytes / 1024).toFixed(1)
  return [
    '## Files for machines',
    '',
    table(
      ['file', 'what', 'KB raw', 'KB gzip'],
      results.catalogueOutputs.map((output) => [`\`/${output.file}\``, output.what, kb(output.raw), kb(output.gzip)]),
    ),
    '',
  ]
}

function lighthouseSection(results: BenchResults): string[] {
  if (!results.lighthouse?.length) return []
  return [
    '## Lighthouse',
    '',
    `Lighthouse ${results.machine.lighthouse}, mobile defaults (simulated slow 4G, 4× CPU slowdown), served gzipped; median of ${results.lighthouse[0]?.runs} run(s). The site is built for a working deployment: the example gateway with its status source on the test gateway, which the bench starts on 127.0.0.1 and which answers as new-api does with all up and nothing announced (\`bench/sites/status-source.ts\`); the example’s own source cannot resolve offline, and Chromium logged that failed fetch as a console error.`,
    '',
    table(
      [
        'page',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'FCP ms',
        'LCP ms',
        'TBT ms',
        'CLS',
        'failed audits',
      ],
      results.lighthouse.map((report) => [
        `${report.page} \`${report.path}\``,
        report.scores.performance,
        report.scores.accessibility,
        report.scores['best-practices'],
        report.scores.seo,
        report.metrics.fcp,
        report.metrics.lcp,
        report.metrics.tbt,
        report.metrics.cls,
        report.failedAudits.join(', ') || '–',
      ]),
    ),
    '',
  ]
}

export function budgetSection(checks: readonly BudgetCheck[]): string[] {
  if (checks.length === 0) return []
  return [
    '## Budgets (`bench/budgets.json`)',
    '',
    table(
      ['metric', 'limit', 'this run', 'status', 'why'],
      checks.map(({ budget, actual, status }) => [
        `\`${budget.metric}\``,
        budget.max !== undefined ? `≤ ${budget.max}` : `≥ ${budget.min}`,
        actual ?? '–',
        status,
        budget.why,
      ]),
    ),
    '',
  ]
}

/** Title, the command that wrote the file, and the machine. */
export function runHeader(title: string, command: string, run: RunInfo): string[] {
  const m = run.machine
  return [
    `# ${title}`,
    '',
    `Generated by \`${command}${run.mode === 'quick' ? ' -- --quick' : ''}\` on ${run.startedAt} in ${Math.round(run.durationS / 60)} min.`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.chromium}; VitePress ${m.vitepress}, pagefind ${m.pagefind}.`,
    '',
  ]
}

export function resultsMarkdown(results: BenchResults, checks: readonly BudgetCheck[]): string {
  return [
    ...runHeader('Benchmarks', 'npm run bench', results),
    ...pageWeightSection(results),
    ...catalogueOutputsSection(results),
    ...(results.errorLookup
      ? [
          ...figuresSection(
            'Error lookup (parse + rank a pasted error)',
            results.errorLookup.command,
            errorLookupFigures(results.errorLookup),
            runsNote(results.errorLookup.runs),
          ),
          ...runsSpreadLines(results.errorLookup),
          ...slowestShapesLines(results.errorLookup),
        ]
      : []),
    ...(results.connectionTest
      ? figuresSection(
          'Connection tester (healthy gateway)',
          results.connectionTest.command,
          connectionTestFigures(results.connectionTest),
        )
      : []),
    ...lighthouseSection(results),
    ...budgetSection(checks),
  ].join('\n')
}
