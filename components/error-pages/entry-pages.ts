// Relative, not `@data`: the dynamic-route loaders and the config import this without the site's aliases.
import type { ErrorEntry } from '../../data/errors.schema.ts'
import { localePath, type Locale } from '../../data/locale.ts'

/**
 * A page is only worth having when it shows what users really paste: an entry whose examples are
 * all blank or unsourced would be a page of prose a search engine cannot match to any message.
 */
export function hasRealExamples(entry: Pick<ErrorEntry, 'examples'>): boolean {
  return entry.examples.some((example) => example.text.trim() !== '' && example.source.trim() !== '')
}

/** The entries that get a page of their own, in catalogue order. */
export function entriesWithPages<Entry extends Pick<ErrorEntry, 'examples'>>(catalogue: readonly Entry[]): Entry[] {
  return catalogue.filter(hasRealExamples)
}

/** The locale-neutral slug of an entry's page: `/errors/invalid-api-key`. */
export function entryPageSlug(id: string): string {
  return `/errors/${id}`
}

/** The address of an entry's page in a locale, under `base` (see `localePath`). */
export function entryPagePath(locale: Locale, id: string, base = '/'): string {
  return localePath(locale, entryPageSlug(id), base)
}

const maxRelated = 6

/**
 * Entries a reader of this one may be facing instead: those whose failure shows this same message (`sharedWith`), then
 * the same cause (another wording of the same fault), then the same layer (a neighbouring fault along the request
 * path).
 */
export function relatedEntries<Entry extends Pick<ErrorEntry, 'id' | 'cause' | 'layer' | 'sharedWith'>>(
  entry: Entry,
  catalogue: readonly Entry[],
): Entry[] {
  const shared = (entry.sharedWith ?? []).flatMap(({ id }) => catalogue.filter((other) => other.id === id))
  const others = catalogue.filter((other) => other.id !== entry.id && !shared.includes(other))
  const sameCause = others.filter((other) => other.cause === entry.cause)
  const sameLayer = others.filter((other) => other.cause !== entry.cause && other.layer === entry.layer)
  return [...shared, ...sameCause, ...sameLayer].slice(0, maxRelated)
}

const maxPhrase = 90

/**
 * The words of a pasted message that identify it, for titles and descriptions: the JSON or
 * Python-dict `message` when there is one, without the request id every paste differs in;
 * otherwise the first line. Search engines match on these, not on our own wording.
 */
export function messagePhrase(text: string): string {
  const quoted =
    /["']message["']\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1] ??
    /["']message["']\s*:\s*'((?:[^'\\]|\\.)*)'/.exec(text)?.[1]
  const raw = quoted ?? text.split('\n').find((line) => line.trim() !== '') ?? ''
  const phrase = raw
    .replace(/\\"/g, '"')
    .replace(/\s*[(（]request id[:：][^)）]*[)）]/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
  return phrase.length > maxPhrase ? `${phrase.slice(0, maxPhrase - 1).trimEnd()}…` : phrase
}

/** Each distinct phrase of an entry's examples, in example order. */
export function messagePhrases(entry: Pick<ErrorEntry, 'examples'>): string[] {
  return [...new Set(entry.examples.map((example) => messagePhrase(example.text)).filter(Boolean))]
}
