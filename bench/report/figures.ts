/**
 * Reads the numbers out of another engineer's benchmark script without fixing its format:
 * JSON, a markdown or column-aligned table, or lines such as `20 KB: p50 0.4 ms, p95 0.9 ms` / `sequential: 812 ms`.
 * Keys are lowercased with spaces removed (`20kb.p95`), values in ms.
 */
export function parseFigures(output: string): Record<string, number> {
  const json = parseJson(output)
  if (json) return json
  const figures: Record<string, number> = {}
  let header: string[] | null = null
  for (const line of output.split('\n').map((text) => text.trim())) {
    const cells = tableCells(line)
    if (cells) {
      if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue
      const markdownRow = line.startsWith('|')
      if (cells.every((cell) => !isNumber(cell)) && (markdownRow || cells.some((cell) => statColumn.test(cell)))) {
        header = cells
        continue
      }
      if (header && cells.length === header.length && cells.some(isNumber)) {
        const label = cells
          .filter((cell) => !isNumber(cell))
          .map(keyOf)
          .join('.')
        cells.forEach((cell, index) => {
          const column = header?.[index]
          if (isNumber(cell) && column) figures[label ? `${label}.${keyOf(column)}` : keyOf(column)] = parseFloat(cell)
        })
        continue
      }
    }
    header = null
    const stats = [...line.matchAll(/\b(p\d{2}|median|mean|min|max)\b\s*[:=]?\s*([\d.]+)\s*ms/gi)]
    if (stats.length > 0) {
      const label = keyOf(line.slice(0, stats[0]?.index ?? 0).replace(/[:=,(]+\s*$/, ''))
      for (const [, stat, value] of stats) {
        const name = String(stat).toLowerCase()
        figures[label ? `${label}.${name}` : name] = Number(value)
      }
      continue
    }
    const single = /^(.+?)\s*[:=]\s*([\d.]+)\s*ms\b/i.exec(line)
    if (single?.[1] && single[2]) figures[keyOf(single[1])] = Number(single[2])
  }
  return figures
}

const statColumn = /^(p\d{2}|median|mean|min|max|ms)\b/i

/** Cells of a markdown row (`| a | b |`) or of a column-aligned row (two or more spaces apart). */
function tableCells(line: string): string[] | null {
  if (line.startsWith('|'))
    return line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
  const cells = line
    .split(/\s{2,}|\t/)
    .map((cell) => cell.trim())
    .filter(Boolean)
  return cells.length >= 2 ? cells : null
}

function isNumber(cell: string): boolean {
  return /^-?\d+(?:\.\d+)?(?:\s*ms|×)?$/.test(cell)
}

function keyOf(label: string): string {
  return label
    .toLowerCase()
    .replace(/[`*]/g, '')
    .replace(/\s+/g, '')
    .replace(/[^a-z0-9.\-_]/g, '')
}

function parseJson(output: string): Record<string, number> | null {
  const start = output.indexOf('{')
  if (start === -1) return null
  let value: unknown
  try {
    value = JSON.parse(output.slice(start))
  } catch {
    return null
  }
  const figures: Record<string, number> = {}
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'number') figures[path.map(keyOf).join('.')] = node
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key])
  }
  walk(value, [])
  return figures
}
