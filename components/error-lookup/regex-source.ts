/** Reading a pattern's source: where its groups close and what its branches are, for the modules that rewrite or sift it. */

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
