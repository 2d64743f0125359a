/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * The listed names nearest to what the user typed: a different case or a missing date suffix
 * first, then by edit distance, so `GPT-4o` suggests `gpt-4o` and `claude-3-5-sonnet` its dated id.
 */
export function closestNames(wanted: string, names: readonly string[], limit = 3): string[] {
  const target = wanted.toLowerCase()
  const score = (name: string) => {
    const lower = name.toLowerCase()
    if (lower === target) return -2
    if (lower.startsWith(target) || target.startsWith(lower) || lower.endsWith(`/${target}`)) return -1
    return editDistance(target, lower) / Math.max(target.length, lower.length, 1)
  }
  return names
    .map((name) => ({ name, score: score(name) }))
    .filter((candidate) => candidate.score < 0.5)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((candidate) => candidate.name)
}
