/** Summary of repeated timings: what the tables print and the budgets check. */
export interface Distribution {
  n: number
  p50: number
  p95: number
  min: number
  max: number
}

/** Nearest-rank percentile (the value a `p` share of samples stay at or under); no interpolation. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0–100`)
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

export function distribution(samples: readonly number[]): Distribution {
  return {
    n: samples.length,
    p50: round(median(samples)),
    p95: round(percentile(samples, 95)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
  }
}

/** `part / whole`, rounded for display; Infinity never reaches a table. */
export function ratio(part: number, whole: number, digits = 2): number {
  if (whole === 0) throw new Error('ratio against zero')
  return round(part / whole, digits)
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/**
 * Least-squares line through (x, y): the build's fixed cost (intercept) and cost per page
 * (slope); `r2` says how well a straight line explains the points.
 */
export function linearFit(points: readonly { x: number; y: number }[]): {
  slope: number
  intercept: number
  r2: number
} {
  if (points.length < 2) throw new Error('a line needs two points')
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0)
  const sxy = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0)
  const slope = sxy / sxx
  const intercept = meanY - slope * meanX
  const total = points.reduce((sum, p) => sum + (p.y - meanY) ** 2, 0)
  const residual = points.reduce((sum, p) => sum + (p.y - (intercept + slope * p.x)) ** 2, 0)
  return { slope, intercept, r2: total === 0 ? 1 : 1 - residual / total }
}
