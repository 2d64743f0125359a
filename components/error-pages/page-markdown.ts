import { causeTitle } from '../../data/causes.ts'
import type { ErrorEntry } from '../../data/errors.schema.ts'
import { localePath, type Locale, type LocalizedText } from '../../data/locale.ts'
import { arrivalStatuses } from '../error-lookup/arrival-statuses.ts'
import { lookupMessages } from '../error-lookup/messages.ts'
import { lookupHref } from '../error-lookup/query-url.ts'
import { entryPagePath, messagePhrases } from './entry-pages.ts'
import { errorPageMessages, type SectionId } from './page-messages.ts'

/**
 * Pagefind weights (1 is normal text, an h1 counts 7). An error page repeats what an article
 * already explains, so its prose and title count for little and only the pasted messages keep
 * full weight: a pasted message finds its page, a question still finds the article first. The
 * related entries' titles count least of all: they are those pages' words.
 */
export const searchWeight = { title: 1, prose: 0.3, messages: 1, related: 0.1 } as const

export interface ErrorPageInput {
  entry: ErrorEntry
  locale: Locale
  related: readonly ErrorEntry[]
  /** The heading text of `entry.article` in each language, when the article has it. */
  articleTitle: LocalizedText | undefined
}

const maxTitle = 110
const maxDescription = 300

/** `<title>`: our name for the error, then the words of the message people paste into a search engine. */
export function errorPageTitle(entry: ErrorEntry, locale: Locale): string {
  const [phrase] = messagePhrases(entry)
  const own = entry.title[locale]
  const title = phrase ? `${own}${errorPageMessages[locale].titleSeparator}${phrase}` : own
  return title.length > maxTitle ? `${title.slice(0, maxTitle - 1).trimEnd()}…` : title
}

/** Meta description: what it means, then the messages themselves, quoted. */
export function errorPageDescription(entry: ErrorEntry, locale: Locale): string {
  const text = errorPageMessages[locale]
  const quoted = messagePhrases(entry)
    .map(text.quote)
    .join(locale === 'zh' ? '' : ', ')
  const description = `${entry.meaning[locale]}${text.describeMessages}${quoted}`
  return description.length > maxDescription ? `${description.slice(0, maxDescription - 1).trimEnd()}…` : description
}

/**
 * The whole page as markdown, frontmatter included, for VitePress's dynamic route to render like
 * any article (base, clean URLs, heading anchors and copy buttons come for free).
 */
export function errorPageMarkdown({ entry, locale, related, articleTitle }: ErrorPageInput): string {
  const text = errorPageMessages[locale]
  const lookup = lookupMessages[locale]
  const link = (path: string) => localePath(locale, path)
  const heading = (id: SectionId) => `## ${escapeMarkdown(text.heading[id])} {#${id}}`
  const prose = (lines: string[]) => [`<div data-pagefind-weight="${searchWeight.prose}">`, '', ...lines, '', '</div>']
  const [firstExample] = entry.examples
  const statuses = arrivalStatuses(entry).join(' · ') || text.noStatus
  const articleLabel = articleTitle?.[locale] ?? lookup.readArticle
  const fact = (label: string, value: string) => `- ${escapeMarkdown(`${label}${text.titleSeparator}${value}`)}`

  const body = [
    // The operator's current incident, if any: a reader who lands here from a 503 may need no fix.
    '<script setup lang="ts">',
    "import { gateway } from '@data/gateway.ts'",
    "import StatusBanner from '@components/status-banner/StatusBanner.vue'",
    '</script>',
    '',
    `# ${escapeMarkdown(entry.title[locale])} {data-pagefind-weight="${searchWeight.title}"}`,
    '',
    escapeMarkdown(entry.meaning[locale]),
    '',
    `<StatusBanner locale="${locale}" :source="gateway.statusSource" :status-page="gateway.statusPage" />`,
    '',
    heading('messages'),
    '',
    escapeMarkdown(text.messagesIntro(entry.examples.length)),
    '',
    ...entry.examples.flatMap((example) => [codeBlock(example.text), '']),
    ...prose([
      heading('cause'),
      '',
      fact(text.causeLabel, causeTitle[entry.cause][locale]),
      fact(text.layerLabel, lookup.layer[entry.layer]),
      fact(text.statusLabel, statuses),
      '',
      heading('fix'),
      '',
      ...entry.steps.map((step, index) => `${index + 1}. ${escapeMarkdown(step[locale])}`),
      '',
      heading('retry'),
      '',
      escapeMarkdown(lookup.retry[entry.retry]),
      '',
      heading('article'),
      '',
      `${escapeMarkdown(text.articleIntro)} [${escapeMarkdown(articleLabel)}](${link(entry.article)})`,
      ...(related.length > 0
        ? [
            '',
            heading('related'),
            '',
            escapeMarkdown(text.relatedIntro),
            '',
            // Other entries' titles are their pages' words more than this one's: they count least, so a search for
            // `region not supported` lands on that entry before a neighbour that links to it
            `<div data-pagefind-weight="${searchWeight.related}">`,
            '',
            ...related.map((other) => `- [${escapeMarkdown(other.title[locale])}](${entryPagePath(locale, other.id)})`),
            '',
            '</div>',
          ]
        : []),
      '',
      heading('lookup'),
      '',
      escapeMarkdown(text.lookupIntro),
      '',
      `- [${escapeMarkdown(text.lookupLink)}](${markdownUrl(lookupHref(link('/errors'), firstExample?.text ?? ''))})`,
      `- [${escapeMarkdown(text.allErrors)}](${link('/errors#all-errors')})`,
    ]),
  ]
  return `${frontmatter(entry, locale)}\n${body.join('\n')}\n`
}

function frontmatter(entry: ErrorEntry, locale: Locale): string {
  // JSON strings are valid YAML scalars, whatever quotes or colons the messages hold.
  return [
    '---',
    `title: ${JSON.stringify(errorPageTitle(entry, locale))}`,
    `description: ${JSON.stringify(errorPageDescription(entry, locale))}`,
    'outline: [2, 3]',
    '---',
    '',
  ].join('\n')
}

/** A fenced block longer than any backtick run inside, so a pasted message can never close it early. */
export function codeBlock(content: string): string {
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}text\n${content}\n${fence}`
}

/**
 * Catalogue prose as literal markdown text. `{` is escaped too: a trailing `{…}` would become
 * attributes, and a `{{` would reach Vue as an interpolation, which no catalogue text may hold.
 */
export function escapeMarkdown(text: string): string {
  if (text.includes('{{')) throw new Error(`catalogue text may not contain "{{": ${text}`)
  return text.replace(/[\\`*_[\]<>#|{}]/g, (char) => `\\${char}`)
}

/** Parentheses and spaces would end a markdown link destination. */
function markdownUrl(url: string): string {
  return url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
