import type { EngineResult } from '../measure/search.ts'

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

/**
 * Where pagefind's costliest typed first search at the largest size spends its bytes, against
 * the first-search budget: what is pagefind's own fixed cost, what grows with the site, and
 * how many query words the rest of the budget pays for.
 */
export function pagefindFirstSearchNote(engines: readonly EngineResult[], budgetKB: number): string | null {
  const ours = engines.filter((result) => result.engine === 'pagefind')
  if (ours.length === 0) return null
  const largest = ours.reduce((most, result) => (result.pagesPerLocale > most.pagesPerLocale ? result : most))
  const smallest = ours.reduce((least, result) => (result.pagesPerLocale < least.pagesPerLocale ? result : least))
  const costliest = (['zh', 'en'] as const)
    .map((locale) => ({ locale, search: largest.locales[locale].firstSearchTypedLargest }))
    .filter((entry) => entry.search?.files)
    .sort((a, b) => total(b.search?.bytes) - total(a.search?.bytes))[0]
  if (!costliest?.search?.files) return null
  const { bytes, files, query } = costliest.search
  const at = (kind: string) => bytes[kind] ?? 0
  const engine = at('wasm') + at('js')
  const meta = at('index meta')
  const chunks = files?.['index'] ?? 0
  const perChunk = chunks ? at('index') / chunks : 0
  const metaAtSmallest = smallest.locales[costliest.locale].firstSearchTypedLargest?.bytes['index meta']
  const fixed = engine + meta + at('result fragments')
  const room = perChunk ? Math.max(0, Math.floor((budgetKB * 1024 - fixed) / perChunk)) : 0
  const pages = (count: number) => count.toLocaleString('en-US')
  return [
    `Where the costliest typed first search goes at ${pages(largest.pagesPerLocale)} pages per language (${costliest.locale}, \`${query}\`, ${kb(total(bytes))} KB):`,
    `pagefind's engine (wasm ${kb(at('wasm'))} + js ${kb(at('js'))} KB) is the same at every size;`,
    `its index meta is ${kb(meta)} KB${metaAtSmallest !== undefined && smallest !== largest ? ` (${kb(metaAtSmallest)} KB at ${pages(smallest.pagesPerLocale)} pages), one entry per page and per index chunk` : ''};`,
    `${chunks} index chunks average ${kb(perChunk)} KB: pagefind loads at least one chunk for every word of the query (a hyphenated name such as \`llama-3.1-70b\` counts as several), each filled to about 20,000 word positions, pagefind's fixed chunk size;`,
    `the 8 shown results' fragments add ${kb(at('result fragments'))} KB.`,
    `Under ${budgetKB} KB, what is left after the fixed part pays for about ${room} chunks, so a query of ${room} words or fewer.`,
  ].join(' ')
}

function total(bytes: Record<string, number> | undefined): number {
  return Object.values(bytes ?? {}).reduce((sum, value) => sum + value, 0)
}
