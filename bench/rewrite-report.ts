/**
 * Re-renders bench/results.md and the chart from the committed bench/results.json with the
 * current budgets, without measuring again: `npx tsx bench/rewrite-report.ts [--check]`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatBudgetCheck } from './budgets.ts'
import { readBudgets, writeResults } from './report/write-results.ts'
import type { BenchResults } from './results.ts'
import { benchDir } from './sites/paths.ts'

const results = JSON.parse(readFileSync(join(benchDir, 'results.json'), 'utf8')) as BenchResults
const { checks } = writeResults(results, readBudgets(), benchDir)
for (const check of checks) process.stderr.write(`${formatBudgetCheck(check)}\n`)
if (process.argv.includes('--check') && checks.some((check) => check.status === 'broken')) process.exitCode = 1
