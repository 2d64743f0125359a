import type { BudgetCheck } from '../../../budgets.ts'
import { budgetSection, kb, runHeader, table } from '../../../report/markdown.ts'
import { ratio } from '../../../stats.ts'
import { maxPlannedTerms } from '../../../../docs/.vitepress/theme/search/query-plan.ts'
import type { EngineResult } from '../measure/search.ts'
import type { SearchStudyResults } from '../results.ts'
import { pagefindFirstSearchNote, pagefindWarmNote, shardedBuildNotes } from './search-notes.ts'

const engineName = { pagefind: 'ours (pagefind)', minisearch: 'VitePress local (MiniSearch)' } as const

function searchSection(engines: readonly EngineResult[], notes: readonly string[], typedBudgetKB: number): string[] {
  if (engines.length === 0) return []
  const whereBytesGo = pagefindFirstSearchNote(engines, typedBudgetKB)
  const whereTimeGoes = pagefindWarmNote(engines)
  const both = (result: EngineResult, pick: (locale: 'zh' | 'en') => string | number) => `${pick('zh')} / ${pick('en')}`
  const rows = [...engines]
    .sort((a, b) => a.pagesPerLocale - b.pagesPerLocale || a.engine.localeCompare(b.engine))
    .map((result) => [
      result.pagesPerLocale.toLocaleString('en-US'),
      engineName[result.engine],
      result.indexInBuildMs === undefined
        ? `${(result.buildMs / 1000).toFixed(1)}${result.buildShards ? ` (${result.buildShards} builds)` : ''} + ${(result.indexMs / 1000).toFixed(1)}`
        : `${(result.buildMs / 1000).toFixed(1)} (indexing ${(result.indexInBuildMs / 1000).toFixed(1)} of it)`,
      both(result, (l) => kb(result.locales[l].indexBytes.gzip)),
      both(result, (l) => kb(result.locales[l].firstSearchBytes.typedMax)),
      both(result, (l) => kb(result.locales[l].firstSearchBytes.pastedMax)),
      both(result, (l) => Math.round(result.locales[l].firstQueryMs.p50)),
      both(result, (l) => result.locales[l].warmQueryMs.p50),
      both(result, (l) => result.locales[l].warmQueryMs.p95),
      both(result, (l) => result.locales[l].warmSearchOnlyMs.p95),
      result.locales.zh.warmNoPreloadMs ? both(result, (l) => result.locales[l].warmNoPreloadMs?.p95 ?? '–') : '–',
      both(result, (l) => result.locales[l].recallAt1),
      both(result, (l) => result.locales[l].recallAt5),
    ])
  const sideBySide = [...new Set(engines.map((result) => result.pagesPerLocale))]
    .sort((a, b) => a - b)
    .flatMap((size) => {
      const ours = engines.find((result) => result.engine === 'pagefind' && result.pagesPerLocale === size)
      const theirs = engines.find((result) => result.engine === 'minisearch' && result.pagesPerLocale === size)
      if (!ours || !theirs) return []
      const times = (pick: (result: EngineResult) => number) => `${ratio(pick(theirs), pick(ours), 1)}×`
      const costliest = (r: EngineResult) =>
        Math.max(r.locales.zh.firstSearchBytes.max, r.locales.en.firstSearchBytes.max)
      return [
        [
          size.toLocaleString('en-US'),
          times(costliest),
          `${slow4gSeconds(costliest(ours))} / ${slow4gSeconds(costliest(theirs))}`,
          times((r) => Math.max(r.locales.zh.firstQueryMs.p50, r.locales.en.firstQueryMs.p50)),
          times((r) => Math.max(r.locales.zh.warmQueryMs.p95, r.locales.en.warmQueryMs.p95)),
          times((r) => r.buildMs + r.indexMs),
        ],
      ]
    })
  return [
    '## Search at scale',
    '',
    `Synthetic articles (\`bench/studies/search-scaling/corpus/\`) in zh and en, built with this repo's VitePress. One VitePress build per size carries both engines: VitePress's local search (\`search.provider: 'local'\`, with an \`Intl.Segmenter\` word tokenizer) and article bodies marked for pagefind as on the real site; pagefind runs after it. Build time for ours is that build minus VitePress's own indexing (read from its debug log; an upper bound), plus pagefind. Cells are zh / en. First search = everything downloaded from opening search to the first answer, the largest of the cold runs for a few typed words and for a pasted error message (pagefind fetches an index chunk per distinct word it is given, and our box gives it at most ${maxPlannedTerms} words of a query, the most telling ones (\`docs/.vitepress/theme/search/query-plan.ts\`); VitePress downloads the whole locale index when the search box opens, whatever the query). First query = load + search + results in a fresh page (median of cold runs). Later = 30 different queries once the engine is loaded, each new to the page, until the results' data is ready (pagefind: search + the 8 shown results' fragments, as our search box does; MiniSearch: its synchronous search, top 16 sections, as VitePress's box does); “of which search” is the engine's search call alone. Our box preloads the index chunks of the words a reader has finished (pagefind's \`preload()\`) as the text arrives and searches 120 ms after the last keystroke, so each later query is timed from that search, its finished words having had those 120 ms (a typed query has had longer); “without preload” is the same queries with nothing preloaded. Recall = share of 30 known-answer queries per language with a right page first (@1) or in the first five pages (@5).`,
    '',
    table(
      [
        'pages/lang',
        'engine',
        'build + index s',
        'index KB gzip',
        'first search KB, typed',
        'first search KB, pasted',
        'first query p50 ms',
        'later p50 ms',
        'later p95 ms',
        'of which search p95 ms',
        'later p95 without preload ms',
        'recall@1',
        'recall@5',
      ],
      rows,
    ),
    '',
    ...[...notes, ...shardedBuildNotes(engines)].flatMap((note) => [note, '']),
    'VitePress local search ÷ ours, same corpus, same run (worse language):',
    '',
    table(
      [
        'pages/lang',
        'first search bytes',
        'its transfer on slow 4G, s (ours / VitePress)',
        'first query p50',
        'later p95',
        'build + index time',
      ],
      sideBySide,
    ),
    '',
    "Slow 4G is Lighthouse's mobile link, 1.6 Mbit/s: the transfer alone, before any round trip or parsing.",
    '',
    '',
    ...firstSearchBreakdown(engines),
    ...(whereBytesGo ? [whereBytesGo, ''] : []),
    ...(whereTimeGoes ? [whereTimeGoes, ''] : []),
    '![Search cost against pages](search-scaling.svg)',
    '',
  ]
}

/** Seconds to move `bytes` over Lighthouse's simulated slow 4G (1.6 Mbit/s): what a reader on a phone waits. */
export function slow4gSeconds(bytes: number): number {
  return Math.round(((bytes * 8) / 1_600_000) * 10) / 10
}

/** At the largest size, where the costliest first search's bytes went, by kind of file. */
function firstSearchBreakdown(engines: readonly EngineResult[]): string[] {
  const largestSize = Math.max(...engines.map((result) => result.pagesPerLocale))
  const rows = engines
    .filter((result) => result.pagesPerLocale === largestSize)
    .flatMap((result) =>
      (['zh', 'en'] as const).map((locale) => {
        const { query, sent, bytes } = result.locales[locale].firstSearchLargest
        const kinds = Object.entries(bytes)
          .sort(([, a], [, b]) => b - a)
          .map(([kind, size]) => `${kind} ${kb(size)}`)
          .join(', ')
        return [
          engineName[result.engine],
          locale,
          `\`${query}\`${sent && sent !== query ? ` → \`${sent}\`` : ''}`,
          kinds,
        ]
      }),
    )
  return [
    `The costliest first search at ${largestSize.toLocaleString('en-US')} pages per language, by kind of file (KB on the wire):`,
    '',
    table(['engine', 'language', 'query (→ the words our box gives pagefind)', 'bytes by kind'], rows),
    '',
  ]
}

/** The first-search budget at the largest size measured (200 KB when none is set). */
function typedFirstSearchBudget(engines: readonly EngineResult[], checks: readonly BudgetCheck[]): number {
  const largest = Math.max(0, ...engines.map((result) => result.pagesPerLocale))
  const metric = `search.pagefind.${largest}.firstSearchTypedKB`
  return checks.find((check) => check.budget.metric === metric)?.budget.max ?? 200
}

export function studyMarkdown(results: SearchStudyResults, checks: readonly BudgetCheck[]): string {
  return [
    ...runHeader('Search at scale: pagefind against VitePress local search', 'npm run bench:study-search', results),
    ...searchSection(results.search, results.searchNotes ?? [], typedFirstSearchBudget(results.search, checks)),
    ...budgetSection(checks),
  ].join('\n')
}
