import type { PagefindResultData } from './pagefind-types.ts'

/** A piece of an excerpt: plain text, or a run pagefind marked as matching the query. */
export interface ExcerptSegment {
  text: string
  mark: boolean
}

export interface SearchHit {
  /** Stable key and the link target: the page URL with the section's anchor, if any. */
  href: string
  pageTitle: string
  /** The section the match is in, when it is not the top of the page. */
  sectionTitle: string | null
  excerpt: ExcerptSegment[]
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => {
    if (entities[name] !== undefined) return entities[name]
    const code = name.startsWith('#x')
      ? parseInt(name.slice(2), 16)
      : name.startsWith('#')
        ? Number(name.slice(1))
        : NaN
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole
  })
}

/**
 * Splits pagefind's excerpt HTML into text and `<mark>` runs, so the view renders it as text
 * and never as HTML (any other tag is dropped).
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = []
  let mark = false
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true
    else if (/^<\/mark>$/i.test(part)) mark = false
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''))
      if (text) segments.push({ text, mark })
    }
  }
  return segments
}

/**
 * Pagefind reports built file names (`/faq/basics.html`, `/en/index.html`); the site uses clean
 * URLs, so links drop `.html` and `index`.
 */
export function cleanUrl(url: string): string {
  const [path = '', hash] = url.split('#')
  const clean = path.replace(/\/index\.html$/, '/').replace(/\.html$/, '')
  return hash ? `${clean}#${hash}` : clean
}

/**
 * One hit per matching section (at most `sectionsPerPage` for a page), so a result links to the
 * part of the article that answers, not only to its top.
 */
export function toHits(pages: PagefindResultData[], sectionsPerPage = 2): SearchHit[] {
  const hits: SearchHit[] = []
  for (const page of pages) {
    const pageTitle = visibleText(page.meta.title ?? '') || cleanUrl(page.url)
    // The h1 is the page itself: its (non-ASCII, unstable) id is no section to link to.
    const sections = (page.sub_results ?? [])
      .filter((sub) => sub.url.includes('#') && sub.anchor?.element !== 'h1')
      .slice(0, sectionsPerPage)
    if (sections.length === 0) {
      hits.push({ href: cleanUrl(page.url), pageTitle, sectionTitle: null, excerpt: excerptSegments(page.excerpt) })
      continue
    }
    for (const section of sections) {
      hits.push({
        href: cleanUrl(section.url),
        pageTitle,
        sectionTitle: visibleText(section.title) || null,
        excerpt: excerptSegments(section.excerpt),
      })
    }
  }
  return hits
}

/** Headings carry VitePress's zero-width permalink character; it must not reach titles. */
function visibleText(text: string): string {
  return text.replace(/[\u200B-\u200D\uFEFF]/g, '').trim()
}

/** Moves a highlighted index through a list, wrapping at both ends; -1 stays -1 on an empty list. */
export function moveSelection(current: number, delta: 1 | -1, length: number): number {
  if (length === 0) return -1
  if (current < 0) return delta === 1 ? 0 : length - 1
  return (current + delta + length) % length
}

/** The DOM id of a result option, for `aria-activedescendant`. */
export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`
}
