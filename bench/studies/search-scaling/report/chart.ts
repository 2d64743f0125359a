/** One engine at one corpus size, the worse of the two languages. */
export interface ScalingPoint {
  engine: 'pagefind' | 'minisearch'
  pagesPerLocale: number
  firstSearchKB: number
  firstQueryMs: number
  warmP95Ms: number
}

/** Limits from bench/budgets.json, drawn as a grey line where a panel has one. */
export interface ChartBudgets {
  firstSearchKB?: number
  warmP95Ms?: number
}

interface Panel {
  title: string
  unit: string
  value: (point: ScalingPoint) => number
  budget: (budgets: ChartBudgets) => number | undefined
}

const panels: Panel[] = [
  {
    title: 'Downloaded for a first typed search',
    unit: 'KB',
    value: (p) => p.firstSearchKB,
    budget: (b) => b.firstSearchKB,
  },
  { title: 'First search, p50', unit: 'ms', value: (p) => p.firstQueryMs, budget: () => undefined },
  { title: 'Later searches, p95', unit: 'ms', value: (p) => p.warmP95Ms, budget: (b) => b.warmP95Ms },
]

const series = {
  pagefind: { label: 'This site (pagefind)', color: '#3c8772', dash: '' },
  minisearch: { label: 'VitePress local search (MiniSearch)', color: '#c2410c', dash: '6 4' },
} as const

const panelWidth = 300
const panelHeight = 220
const margin = { top: 56, right: 20, bottom: 46, left: 58 }

/** Log-scale ticks (1, 10, 100, …) covering [min, max]. */
export function decadeTicks(min: number, max: number): number[] {
  const ticks: number[] = []
  for (let exponent = Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent++) {
    ticks.push(10 ** exponent)
  }
  return ticks
}

function formatTick(value: number): string {
  if (value >= 1_000_000) return `${value / 1_000_000}M`
  if (value >= 1000) return `${value / 1000}k`
  return String(value)
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Search cost against corpus size, log–log, ours beside VitePress's: three panels (bytes,
 * first query, later queries). Plain SVG with a title and description, readable in a README.
 */
export function searchScalingChart(
  points: readonly ScalingPoint[],
  caption: string,
  budgets: ChartBudgets = {},
): string {
  if (points.length === 0) throw new Error('no points to draw')
  const sizes = [...new Set(points.map((p) => p.pagesPerLocale))].sort((a, b) => a - b)
  const xTicks = sizes.length > 1 ? sizes : decadeTicks(sizes[0] as number, (sizes[0] as number) * 10)
  const width = panels.length * (panelWidth + margin.left + margin.right)
  const height = panelHeight + margin.top + margin.bottom + 40
  const parts: string[] = []
  panels.forEach((panel, index) => {
    const left = index * (panelWidth + margin.left + margin.right) + margin.left
    const budget = panel.budget(budgets)
    const values = [...points.map(panel.value), ...(budget ? [budget] : [])].filter((v) => v > 0)
    const yTicks = decadeTicks(Math.min(...values), Math.max(...values))
    const x = logScale(xTicks[0] as number, xTicks[xTicks.length - 1] as number, left, left + panelWidth)
    const y = logScale(yTicks[0] as number, yTicks[yTicks.length - 1] as number, margin.top + panelHeight, margin.top)
    parts.push(
      `<text x="${left}" y="${margin.top - 28}" font-weight="600">${escapeXml(panel.title)}</text>`,
      `<text x="${left}" y="${margin.top - 12}" fill="#666">${panel.unit}, log scale</text>`,
    )
    for (const tick of yTicks) {
      const ty = y(tick).toFixed(1)
      parts.push(
        `<line x1="${left}" x2="${left + panelWidth}" y1="${ty}" y2="${ty}" stroke="#ddd"/>`,
        `<text x="${left - 6}" y="${ty}" text-anchor="end" dominant-baseline="middle" fill="#444">${formatTick(tick)}</text>`,
      )
    }
    for (const tick of xTicks) {
      const tx = x(tick).toFixed(1)
      parts.push(
        `<line x1="${tx}" x2="${tx}" y1="${margin.top}" y2="${margin.top + panelHeight}" stroke="#eee"/>`,
        `<text x="${tx}" y="${margin.top + panelHeight + 18}" text-anchor="middle" fill="#444">${formatTick(tick)}</text>`,
      )
    }
    parts.push(
      `<text x="${left + panelWidth / 2}" y="${margin.top + panelHeight + 38}" text-anchor="middle" fill="#666">pages per language</text>`,
    )
    if (budget) {
      const by = y(budget).toFixed(1)
      parts.push(
        `<line x1="${left}" x2="${left + panelWidth}" y1="${by}" y2="${by}" stroke="#888" stroke-dasharray="2 3"/>`,
        `<text x="${left + panelWidth - 4}" y="${Number(by) - 5}" text-anchor="end" fill="#666">budget ${budget} ${panel.unit}</text>`,
      )
    }
    for (const engine of ['pagefind', 'minisearch'] as const) {
      const style = series[engine]
      const line = points
        .filter((p) => p.engine === engine && panel.value(p) > 0)
        .sort((a, b) => a.pagesPerLocale - b.pagesPerLocale)
        .map((p) => [x(p.pagesPerLocale), y(panel.value(p))] as const)
      if (line.length === 0) continue
      const path = line.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ')
      parts.push(
        `<path d="${path}" fill="none" stroke="${style.color}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
        ...line.map(([px, py]) => `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4" fill="${style.color}"/>`),
      )
    }
  })
  const legendY = height - 14
  const legend = (['pagefind', 'minisearch'] as const).map((engine, index) => {
    const style = series[engine]
    const lx = margin.left + index * 320
    return (
      `<line x1="${lx}" x2="${lx + 28}" y1="${legendY}" y2="${legendY}" stroke="${style.color}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>` +
      `<text x="${lx + 36}" y="${legendY}" dominant-baseline="middle">${escapeXml(style.label)}</text>`
    )
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="chart-title">Search cost against the number of pages</title>`,
    `<desc id="chart-desc">${escapeXml(caption)}</desc>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...parts,
    ...legend,
    '</svg>',
    '',
  ].join('\n')
}

function logScale(domainMin: number, domainMax: number, rangeMin: number, rangeMax: number) {
  const span = Math.log10(domainMax) - Math.log10(domainMin) || 1
  return (value: number) => rangeMin + ((Math.log10(value) - Math.log10(domainMin)) / span) * (rangeMax - rangeMin)
}
