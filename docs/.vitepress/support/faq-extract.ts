/**
 * Builds schema.org FAQPage data from a rendered FAQ page. FAQ questions are the page's h2/h3
 * headings (content-map.md), so the structured data is read from the same HTML readers see and
 * can never drift from it.
 */

export interface FaqEntry {
  /** The heading text, without the permalink and copy-link chrome. */
  question: string
  /** The plain text under the heading, up to the next heading. */
  answer: string
}

export interface FaqPageJsonLd {
  '@context': 'https://schema.org'
  '@type': 'FAQPage'
  inLanguage: string
  mainEntity: {
    '@type': 'Question'
    name: string
    acceptedAnswer: { '@type': 'Answer'; text: string }
  }[]
}

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match
    }
    return namedEntities[body.toLowerCase()] ?? match
  })
}

// Chrome inside the article that is not part of an answer: heading permalinks, copy buttons,
// the language label of code blocks, container titles ("危险", "Tip"), and anything scripted.
const chrome = [
  /<p\b[^>]*class="[^"]*\bcustom-block-title\b[^"]*"[^>]*>[\s\S]*?<\/p>/gi,
  /<a\b[^>]*class="[^"]*\bheader-anchor\b[^"]*"[^>]*>[\s\S]*?<\/a>/gi,
  /<button\b[^>]*>[\s\S]*?<\/button>/gi,
  /<span\b[^>]*class="[^"]*\blang\b[^"]*"[^>]*>[\s\S]*?<\/span>/gi,
  /<script\b[^>]*>[\s\S]*?<\/script>/gi,
  /<style\b[^>]*>[\s\S]*?<\/style>/gi,
  /<template\b[^>]*>[\s\S]*?<\/template>/gi,
]

/** Visible text of an HTML fragment, whitespace collapsed. */
export function htmlToText(html: string): string {
  let text = html
  for (const pattern of chrome) text = text.replace(pattern, ' ')
  // Block ends become spaces so words from adjacent paragraphs and list items do not fuse.
  text = text.replace(/<\/(p|li|div|pre|tr|td|th|h[1-6]|blockquote)>|<br\s*\/?>/gi, ' ')
  text = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '')
  return decodeEntities(text)
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The article part of a rendered page: everything after it (doc footer, prev/next) is chrome. */
function articleHtml(html: string): string {
  const ends = ['</main>', '<footer'].map((marker) => html.indexOf(marker)).filter((index) => index >= 0)
  return ends.length ? html.slice(0, Math.min(...ends)) : html
}

const headingPattern = /<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/gi

/**
 * Each h2/h3 with an id is a question; its answer is the text up to the next h1–h3. Headings
 * without an answer (a bare group title) are left out, since a FAQPage question needs one.
 */
export function extractFaqEntries(html: string): FaqEntry[] {
  const article = articleHtml(html)
  const headings = [...article.matchAll(headingPattern)]
  const entries: FaqEntry[] = []
  headings.forEach((heading, index) => {
    const start = (heading.index ?? 0) + heading[0].length
    const rest = article.slice(start)
    const nextHeading = /<h[1-3]\b/i.exec(rest)
    const next = headings[index + 1]
    const end = Math.min(nextHeading ? start + nextHeading.index : article.length, next?.index ?? article.length)
    const question = htmlToText(heading[3] ?? '')
    const answer = htmlToText(article.slice(start, end))
    if (question && answer) entries.push({ question, answer })
  })
  return entries
}

export function faqPageJsonLd(entries: FaqEntry[], lang: string): FaqPageJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: lang,
    mainEntity: entries.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  }
}

/** JSON safe to place inside `<script>`: a `</script>` in an answer must not end the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
