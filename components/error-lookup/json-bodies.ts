import { asRecord } from '../shared/records.ts'

/**
 * Finds error bodies inside pasted text: plain JSON, JSON quoted inside a log line once or several
 * times over (`{\"error\"…`, `{\\\"error\\\"…`), Python reprs (`{'error': {'message': …, 'param':
 * None}}`) as openai-python and LiteLLM print them, Ruby hash inspects (`{"error"=>{"message"=>…,
 * "param"=>nil}}`) as ruby-openai logs them, and bodies held as a string inside another body (Dify's
 * `PluginInvokeError: {"error_type":…,"message":"… Error code: 429 - {'error': …}"}`). Everything is
 * bounded so a hostile paste cannot make it scan for long.
 */

const maxCandidates = 24
const maxBodyChars = 32_000
/** Characters scanned for braces across all candidates: unbalanced pastes stop here. */
const maxScannedChars = 64_000
/** How many levels of string escaping are undone: a body in a string in a string in a log line. */
const maxEscapeLevels = 3
/** Bodies inside a parsed body's strings are looked for this many levels down, in this many strings each. */
const maxNestedDepth = 2
const maxNestedStrings = 4
// A key, quoted or escaped up to `maxEscapeLevels` times (bounded, so a run of backslashes stays linear),
// then `:` or Ruby's `=>`.
const bodyStart =
  /[{]\s*\\{0,7}["']?(?:error|type|code|message|status|detail|msg|object|data|id)\\{0,7}["']?\s*(?::|=>)/g

/** Objects parsed from the text, outermost first, in order of appearance; bodies found in their strings follow each. */
export function findJsonBodies(text: string): Record<string, unknown>[] {
  return scanBodies(text, 0, { candidates: 0, budget: maxScannedChars })
}

/** What one paste may still spend, shared by the bodies found inside other bodies' strings. */
interface ScanBudget {
  candidates: number
  budget: number
}

function scanBodies(text: string, depth: number, spent: ScanBudget): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = []
  const starts = new RegExp(bodyStart.source, 'g')
  let consumedUntil = 0
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    if (match.index < consumedUntil) continue
    if (++spent.candidates > maxCandidates || spent.budget <= 0) break
    const end = balancedEnd(text, match.index, Math.min(maxBodyChars, spent.budget))
    spent.budget -= end === -1 ? Math.min(maxBodyChars, spent.budget) : end - match.index
    if (end === -1) continue
    const parsed = parseLoose(text.slice(match.index, end + 1))
    if (parsed) {
      bodies.push(parsed)
      if (depth < maxNestedDepth) {
        for (const inner of stringsHoldingBodies(parsed)) bodies.push(...scanBodies(inner, depth + 1, spent))
      }
      consumedUntil = end + 1
    }
  }
  return bodies
}

/**
 * Index of the brace closing the one at `start`, skipping quoted strings of either kind; -1 if cut
 * off. A body escaped k levels deep quotes its strings with 2^k − 1 backslashes before the quote (`"`, `\"`, `\\\"`),
 * so a string closes on a quote preceded by that many backslashes plus any escaped backslash pairs
 * of the levels inside it.
 */
function balancedEnd(text: string, start: number, maxChars: number): number {
  let depth = 0
  let quote = ''
  let quoteLevel = 0
  let slashes = 0
  const limit = Math.min(text.length, start + maxChars)
  for (let index = start; index < limit; index++) {
    const char = text[index]
    if (char === '\\') {
      slashes++
      continue
    }
    const run = slashes
    slashes = 0
    if (quote) {
      if (char === quote && run >= quoteLevel && (run - quoteLevel) % (2 * (quoteLevel + 1)) === 0) quote = ''
      continue
    }
    if (char === '"' || char === "'") {
      quote = char
      quoteLevel = run
    } else if (char === '{') depth++
    else if (char === '}' && --depth === 0) return index
  }
  return -1
}

/**
 * String values of a body that hold another body (`"message":"… - {'error': {…}}"`), at most
 * `maxNestedStrings`, looked at one level into nested objects.
 */
function stringsHoldingBodies(body: Record<string, unknown>): string[] {
  const found: string[] = []
  const visit = (record: Record<string, unknown>, level: number) => {
    for (const value of Object.values(record)) {
      if (found.length >= maxNestedStrings) return
      if (typeof value === 'string' && /[{]\s*["']/.test(value)) found.push(value)
      else if (level === 0 && value && typeof value === 'object' && !Array.isArray(value)) {
        visit(value as Record<string, unknown>, 1)
      }
    }
  }
  visit(body, 0)
  return found
}

function parseLoose(source: string): Record<string, unknown> | null {
  let text = source
  for (let level = 0; level <= maxEscapeLevels; level++) {
    for (const attempt of [text, reprToJson(text)]) {
      try {
        const value = asRecord(JSON.parse(attempt))
        if (value) return value
      } catch {
        // Try the next reading of the same text.
      }
    }
    const unescaped = unescapeLevel(text)
    if (unescaped === text) break
    text = unescaped
  }
  return null
}

/** Undoes one level of string escaping of quotes and backslashes (`{\\"error\\"` → `{"error"`). */
function unescapeLevel(text: string): string {
  return text.replace(/\\(["'\\])/g, '$1')
}

const literalWords: Record<string, string> = { None: 'null', True: 'true', False: 'false', nil: 'null' }

/**
 * Rewrites a Python dict repr or a Ruby hash inspect as JSON: single-quoted strings,
 * None/True/False, Ruby's `=>` (with or without spaces, Ruby 3.4 adds them) and nil.
 */
export function reprToJson(source: string): string {
  let out = ''
  let index = 0
  while (index < source.length) {
    const char = source[index] as string
    if (char === "'" || char === '"') {
      let value = ''
      index++
      while (index < source.length && source[index] !== char) {
        if (source[index] === '\\' && index + 1 < source.length) {
          const next = source[index + 1] as string
          value += next === "'" ? "'" : `\\${next}`
          index += 2
          continue
        }
        value += source[index] === '"' ? '\\"' : source[index]
        index++
      }
      out += `"${value}"`
      index++
      continue
    }
    if (char === '=' && source[index + 1] === '>') {
      out += ':'
      index += 2
      continue
    }
    const word = /^[A-Za-z]+/.exec(source.slice(index, index + 6))?.[0]
    if (word && literalWords[word] !== undefined) {
      out += literalWords[word]
      index += word.length
      continue
    }
    out += char
    index++
  }
  return out
}
