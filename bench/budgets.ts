import { z } from 'zod'
import type { BenchMetrics } from './metrics.ts'

export const Budget = z
  .object({
    metric: z.string().min(1),
    max: z.number().optional(),
    min: z.number().optional(),
    why: z.string().min(1),
  })
  .refine(
    (budget) => (budget.max === undefined) !== (budget.min === undefined),
    'a budget has exactly one of max or min',
  )
export type Budget = z.infer<typeof Budget>

export const BudgetFile = z.object({ budgets: z.array(Budget).min(1) })

/**
 * Budgets on the search study's figures (`bench/studies/search-scaling`, `npm run bench:study-search`):
 * that run checks them; `npm run bench` checks the rest.
 */
export const isSearchStudyBudget = (budget: Budget): boolean => /^(search|build)\./.test(budget.metric)

export type BudgetStatus = 'ok' | 'broken' | 'not measured'

export interface BudgetCheck {
  budget: Budget
  actual: number | undefined
  status: BudgetStatus
}

/** Compares each budget with this run's figure; a figure the run did not produce is not a pass. */
export function checkBudgets(metrics: BenchMetrics, budgets: readonly Budget[]): BudgetCheck[] {
  return budgets.map((budget) => {
    const actual = metrics[budget.metric]
    if (actual === undefined || Number.isNaN(actual)) return { budget, actual: undefined, status: 'not measured' }
    const ok = budget.max !== undefined ? actual <= budget.max : actual >= (budget.min ?? -Infinity)
    return { budget, actual, status: ok ? 'ok' : 'broken' }
  })
}

export function formatBudgetCheck(check: BudgetCheck): string {
  const { budget, actual, status } = check
  const limit = budget.max !== undefined ? `≤ ${budget.max}` : `≥ ${budget.min}`
  const mark = status === 'ok' ? '✔' : status === 'broken' ? '✘' : '–'
  return `${mark} ${budget.metric} ${limit}: ${actual ?? status} (${budget.why})`
}

/** Prints every check; with `failOnBroken` (`--check`), a broken budget fails the run. */
export function reportBudgets(
  checks: readonly BudgetCheck[],
  failOnBroken: boolean,
  note: (line: string) => void,
): void {
  for (const check of checks) note(formatBudgetCheck(check))
  if (failOnBroken && checks.some((check) => check.status === 'broken')) {
    note('budgets broken: see above')
    process.exitCode = 1
  }
}
