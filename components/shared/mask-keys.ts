/**
 * Pasted errors sometimes carry a whole key (a curl command, a request dump, a header, a URL with
 * `?api_key=`). The lookup never needs it, and `?q=` would put it in the address bar, the history
 * and any link that gets shared, so keys are masked before the text leaves the box. The tester
 * masks gateway text with the same rules (gateway-text.ts).
 *
 * Every pattern runs on a folded copy of the text of the same length (full-width letters made
 * ASCII, zero-width characters made `_`), so a key split by an input method or a chat app is
 * still found, and the spans found there are replaced in the original. All patterns are linear:
 * each starts at a word boundary and runs over one class of characters.
 */

const secretChars = '[A-Za-z0-9._~+/=-]'
const keyPatterns: { pattern: RegExp; minDigits: number }[] = [
  // sk-…, sk_live_…, sk-proj-…, sk-ant-api03-…, and look-alikes other gateways use: only the prefix stays
  { pattern: /\b((?:sk|ak|pk|rk)[-_])([A-Za-z0-9_-]{12,})/g, minDigits: 0 },
  // Authorization: Bearer <anything long>
  { pattern: new RegExp(`(\\bBearer[ \\t]+)(${secretChars}{12,})`, 'gi'), minDigits: 0 },
  // x-api-key: …, "api_key": "…", api-key=…
  {
    pattern: new RegExp(`(\\b(?:x-)?api[_-]?key["']?[ \\t]*[:=][ \\t]*["']?)(${secretChars}{12,})`, 'gi'),
    minDigits: 0,
  },
  // token: …, "key":"…", Authorization: …, ?key=…, access_token=…, openai_api_key=…: an unprefixed
  // secret after a label. Ordinary words follow such labels too, so these need a digit and 16 characters.
  {
    pattern: new RegExp(
      `(\\b(?:[A-Za-z0-9]+[_-]){0,3}(?:key|token|secret|password|passwd|authorization)["']?[ \\t]*[:=][ \\t]*["']?)(${secretChars}{16,})`,
      'gi',
    ),
    minDigits: 1,
  },
]

/** Zero-width and formatting characters that chat apps and PDFs slip into copied text. */
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/

/** The same text, character for character, with full-width ASCII made ASCII and invisibles made `_`. */
function fold(text: string): string {
  let folded = ''
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code >= 0xff01 && code <= 0xff5e) folded += String.fromCharCode(code - 0xfee0)
    else if (invisible.test(text[index] ?? '')) folded += '_'
    else folded += text[index]
  }
  return folded
}

/**
 * The start of the next line when a long key wrapped there: a token of letters and digits, or a
 * whole line of key characters. A status or a word on the next line is neither.
 */
const wrappedTail = /\r?\n[ \t]{0,8}([A-Za-z0-9_-]{4,256})([ \t]*(?:\r?\n|$))?/y
const lettersAndDigits = /^(?=[^]*\d)(?=[^]*[A-Za-z])/

function mask(secret: string): string {
  const plain = secret.replace(/_+$/, '')
  return `${'*'.repeat(Math.min(8, Math.max(4, plain.length - 4)))}${plain.slice(-4)}`
}

interface Span {
  start: number
  end: number
  secret: string
}

/**
 * Where the secrets are, in pattern order: a span overlapping one an earlier pattern found is
 * dropped, so `Bearer sk-…` keeps its `sk-` the way the prefix pattern masks it.
 */
function spansOf(folded: string): Span[] {
  const spans: Span[] = []
  const taken = new Uint8Array(folded.length + 1)
  const free = (start: number, end: number) => {
    for (let index = start; index < end; index += 1) if (taken[index]) return false
    return true
  }
  for (const { pattern, minDigits } of keyPatterns) {
    pattern.lastIndex = 0
    for (const match of folded.matchAll(pattern)) {
      const before = match[1] ?? ''
      const secret = match[2] ?? ''
      if (minDigits && (secret.match(/\d/g)?.length ?? 0) < minDigits) continue
      const start = (match.index ?? 0) + before.length
      let end = start + secret.length
      wrappedTail.lastIndex = end
      const tail = secret.length >= 20 ? wrappedTail.exec(folded) : null
      if (tail?.[1] && (lettersAndDigits.test(tail[1]) || tail[2] !== undefined))
        end = wrappedTail.lastIndex - (tail[2]?.length ?? 0)
      if (!free(start, end)) continue
      taken.fill(1, start, end)
      spans.push({ start, end, secret })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** The text with every key-like secret replaced by stars and its last four characters. */
export function maskKeys(text: string): string {
  const folded = fold(text)
  let out = ''
  let at = 0
  for (const span of spansOf(folded)) {
    out += text.slice(at, span.start)
    const hidden = text.slice(span.start, span.end)
    // Keep the line break of a wrapped key so the paste keeps its shape.
    out += hidden.includes('\n') ? `${mask(span.secret)}\n` : mask(span.secret)
    at = span.end
  }
  return out + text.slice(at)
}

/** The exact key the user gave, wherever it appears, masked the tester's way; then anything key-shaped. */
export function maskKnownKeys(text: string, keys: readonly string[], show: (key: string) => string): string {
  let masked = text
  for (const key of keys) if (key.length >= 8) masked = masked.split(key).join(show(key))
  return maskKeys(masked)
}
