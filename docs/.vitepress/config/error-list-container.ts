import type { MarkdownRenderer } from 'vitepress'
import { Cause } from '../../../data/causes.schema.ts'
import { errorCatalogue } from '../../../data/errors.ts'
import type { ErrorEntry } from '../../../data/errors.schema.ts'
import { localeOfPath, type Locale } from '../../../data/locale.ts'
import { entryPagePath } from '../../../components/error-pages/entry-pages.ts'
import { arrivalStatuses } from '../../../components/error-lookup/arrival-statuses.ts'

interface MarkdownEnv {
  relativePath?: string
}

const opening = /^:::\s*error-list(?:\s+(.*))?$/
const closing = /^:::\s*$/
const noStatus = { zh: '无 HTTP 状态', en: 'no HTTP status' } satisfies Record<Locale, string>

/**
 * `::: error-list CAUSE [CAUSE…]` / `:::` becomes, at build time, a list of links to every
 * catalogue entry of those causes (its page, `/errors/id`), so articles never copy an error by hand and
 * never fall out of step with the catalogue. A wrong cause stops the build with the file named.
 */
export function errorListContainer(md: MarkdownRenderer, catalogue: readonly ErrorEntry[] = errorCatalogue): void {
  md.block.ruler.before('fence', 'error_list', (state, startLine, endLine, silent) => {
    const firstLine = lineText(state, startLine)
    const header = opening.exec(firstLine)
    if (!header) return false
    const env = state.env as MarkdownEnv
    const file = env.relativePath ?? 'markdown'
    let closeLine = startLine + 1
    while (closeLine < endLine && !closing.test(lineText(state, closeLine))) closeLine++
    if (closeLine >= endLine) throw new Error(`${file}: "::: error-list" at line ${startLine + 1} has no closing ":::"`)
    if (silent) return true

    const entries = entriesFor(header[1] ?? '', catalogue, file)
    const locale = localeOfPath(`/${file}`)
    const open = state.push('html_block', '', 0)
    open.content = `<div class="error-list" data-error-list="${[...new Set(entries.map((e) => e.cause))].join(' ')}">\n`
    state.md.block.parse(listMarkdown(entries, locale), state.md, state.env, state.tokens)
    const close = state.push('html_block', '', 0)
    close.content = '</div>\n'
    state.line = closeLine + 1
    return true
  })
}

function lineText(state: { src: string; bMarks: number[]; tShift: number[]; eMarks: number[] }, line: number): string {
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0)
  return state.src.slice(start, state.eMarks[line]).trim()
}

/** Entries of the named causes, in the order the causes were named, then catalogue order. */
export function entriesFor(causeList: string, catalogue: readonly ErrorEntry[], file: string): ErrorEntry[] {
  const named = causeList.split(/\s+/).filter(Boolean)
  if (named.length === 0)
    throw new Error(`${file}: "::: error-list" needs at least one cause (${Cause.options.join(', ')})`)
  return named.flatMap((name) => {
    const parsed = Cause.safeParse(name)
    if (!parsed.success)
      throw new Error(`${file}: unknown cause "${name}" in "::: error-list"; known: ${Cause.options.join(', ')}`)
    const ofCause = catalogue.filter((entry) => entry.cause === parsed.data)
    if (ofCause.length === 0) throw new Error(`${file}: no catalogue entry has cause "${name}" (data/errors.ts)`)
    return ofCause
  })
}

/** Markdown links, so VitePress applies the site base and clean URLs like any other link. */
export function listMarkdown(entries: readonly ErrorEntry[], locale: Locale): string {
  const lines = entries.map((entry) => {
    const statuses = arrivalStatuses(entry).join(' · ') || noStatus[locale]
    return `- [${escapeMarkdown(entry.title[locale])}](${entryPagePath(locale, entry.id)}) — ${statuses}`
  })
  return `${lines.join('\n')}\n`
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`)
}
