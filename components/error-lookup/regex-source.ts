/**
 * Reading a pattern's source: its branches, where a group or class closes, how long an escape is, what quantifies an
 * atom and what a group holds. Shared by the literal prefilter, which sifts patterns, and word-boundary.ts, which rewrites them.
 */

/** The pattern's top-level branches (`a|b(?:c|d)` → `a`, `b(?:c|d)`); one for a pattern without alternation. */
export function topLevelBranches(source: string): string[] {
  const branches: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let at = 0; at < source.length; at++) {
    const char = source[at]
    if (char === '\\') at++
    else if (inClass) inClass = char !== ']'
    else if (char === '[') inClass = true
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) {
      branches.push(source.slice(start, at))
      start = at + 1
    }
  }
  branches.push(source.slice(start))
  return branches
}

/** Where the group or class opened at `start` closes (the end of the source if it never does). */
export function closingIndex(source: string, start: number): number {
  let depth = 0
  let inClass = false
  for (let at = start; at < source.length; at++) {
    const char = source[at]
    if (char === '\\') at++
    else if (inClass) {
      if (char === ']') {
        inClass = false
        if (depth === 0) return at
      }
    } else if (char === '[') inClass = true
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return at
  }
  return source.length
}

/**
 * The source without its negative lookarounds (`(?<!如果)`, `(?!\s*吗)`): what they hold is where the words must not
 * stand, not the words an error uses. A positive one stays (`quota(?=[ _-]?exceeded)`, `(?<=no … base path was set)`):
 * what it holds must stand there, the error's own words.
 */
export function withoutNegativeLookarounds(source: string): string {
  let kept = ''
  let inClass = false
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!
    if (char === '\\') {
      kept += source.slice(at, at + 2)
      at++
    } else if (inClass) {
      if (char === ']') inClass = false
      kept += char
    } else if (char === '(' && /^\(\?<?!/.test(source.slice(at, at + 4))) {
      at = closingIndex(source, at)
    } else {
      if (char === '[') inClass = true
      kept += char
    }
  }
  return kept
}

/** Characters an escape spans, the backslash included (`\u{1F600}`, `\x41`, `\p{L}`, `\k<name>`, `\12`). */
export function escapeLength(source: string, at: number): number {
  const kind = source[at + 1]
  const upTo = (closer: string) => {
    const end = source.indexOf(closer, at + 2)
    return end === -1 ? source.length - at : end - at + 1
  }
  if (kind === 'u') return source[at + 2] === '{' ? upTo('}') : 6
  if (kind === 'x') return 4
  if (kind === 'c') return 3
  if (kind === 'p' || kind === 'P') return upTo('}')
  if (kind === 'k') return upTo('>')
  if (kind !== undefined && /[0-9]/.test(kind)) return 1 + (/^[0-9]+/.exec(source.slice(at + 1))?.[0].length ?? 1)
  return 2
}

/** The quantifier after an atom: how often the atom must and may occur. */
export function readQuantifier(source: string, at: number): { min: number; max: number; next: number } {
  const char = source[at]
  let quantifier: { min: number; max: number; next: number }
  if (char === '?') quantifier = { min: 0, max: 1, next: at + 1 }
  else if (char === '*') quantifier = { min: 0, max: Infinity, next: at + 1 }
  else if (char === '+') quantifier = { min: 1, max: Infinity, next: at + 1 }
  else if (char === '{') {
    const bounds = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at))
    if (!bounds) return { min: 1, max: 1, next: at }
    const min = Number(bounds[1])
    const max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Infinity
    quantifier = { min, max, next: at + bounds[0].length }
  } else return { min: 1, max: 1, next: at }
  // A lazy quantifier matches the same strings.
  if (source[quantifier.next] === '?') quantifier.next++
  return quantifier
}

/** Whether a group's body (what follows its `(`) opens a lookahead or a lookbehind. */
export function isLookaround(body: string): boolean {
  return /^\?(?:=|!|<=|<!)/.test(body)
}

/**
 * A group's content without its opening marks (`?:`, `?<name>`), from its body (what lies between its parentheses);
 * `undefined` for a lookaround or another `(?…)` form.
 */
export function groupContent(body: string): string | undefined {
  if (!body.startsWith('?')) return body
  if (isLookaround(body)) return undefined
  if (body.startsWith('?:')) return body.slice(2)
  if (body.startsWith('?<')) return body.slice(body.indexOf('>') + 1)
  return undefined
}
