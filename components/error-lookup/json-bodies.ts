import { asRecord } from '../shared/records.ts'

/**
 * Finds error bodies inside pasted text: plain JSON, JSON quoted inside a log line (`{\"error\"…`),
 * and Python reprs (`{'error': {'message': …, 'param': None}}`) as SDKs print them. Everything is
 * bounded so a hostile paste cannot make it scan for long.
 */

const maxCandidates = 24
const maxBodyChars = 32_000
/** Characters scanned for braces across all candidates: unbalanced pastes stop here. */
const maxScannedChars = 64_000
const bodyStart = /[{]\s*\\?["']?(?:error|type|code|message|status|detail|msg|object|data|id)\\?["']?\s*:/g

/** Objects parsed from the text, outermost first, in order of appearance. */
export function findJsonBodies(text: string): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = []
  bodyStart.lastIndex = 0
  let consumedUntil = 0
  let candidates = 0
  let budget = maxScannedChars
  for (let match = bodyStart.exec(text); match; match = bodyStart.exec(text)) {
    if (match.index < consumedUntil) continue
    if (++candidates > maxCandidates || budget <= 0) break
    const end = balancedEnd(text, match.index, Math.min(maxBodyChars, budget))
    budget -= end === -1 ? Math.min(maxBodyChars, budget) : end - match.index
    if (end === -1) continue
    const parsed = parseLoose(text.slice(match.index, end + 1))
    if (parsed) {
      bodies.push(parsed)
      consumedUntil = end + 1
    }
  }
  return bodies
}

/** Index of the brace closing the one at `start`, skipping quoted strings of either kind; -1 if cut off. */
function balancedEnd(text: string, start: number, maxChars: number): number {
  let depth = 0
  let quote = ''
  const limit = Math.min(text.length, start + maxChars)
  for (let index = start; index < limit; index++) {
    const char = text[index]
    if (quote) {
      if (char === '\\') index++
      else if (char === quote) quote = ''
      continue
    }
    if (char === '"' || char === "'") quote = char
    else if (char === '{') depth++
    else if (char === '}' && --depth === 0) return index
  }
  return -1
}

function parseLoose(source: string): Record<string, unknown> | null {
  for (const attempt of [source, source.replace(/\\"/g, '"'), pythonToJson(source)]) {
    try {
      const value = asRecord(JSON.parse(attempt))
      if (value) return value
    } catch {
      // Try the next reading of the same text.
    }
  }
  return null
}

const pythonWords: Record<string, string> = { None: 'null', True: 'true', False: 'false' }

/** Rewrites a Python dict repr as JSON: single-quoted strings, None/True/False. */
export function pythonToJson(source: string): string {
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
    const word = /^[A-Za-z]+/.exec(source.slice(index, index + 6))?.[0]
    if (word && pythonWords[word] !== undefined) {
      out += pythonWords[word]
      index += word.length
      continue
    }
    out += char
    index++
  }
  return out
}
