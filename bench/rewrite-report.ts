/**
 * Re-renders bench/results.md and the search study's results.md and chart from the committed
 * results.json files with the current budgets, without measuring again:
 * `npx tsx bench/rewrite-report.ts [--check]`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { reportBudgets } from './budgets.ts'
import { readBudgets, writeResults } from './report/write-results.ts'
import type { BenchResults } from './results.ts'
import { benchDir } from './sites/paths.ts'
import { writeStudyResults } from './studies/search-scaling/report/write-results.ts'
import type { SearchStudyResults } from './studies/search-scaling/results.ts'

const studyDir = join(benchDir, 'studies/search-scaling')
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as unknown
const budgets = readBudgets()
const checks = [
  ...writeResults(read(benchDir) as BenchResults, budgets, benchDir).checks,
  ...writeStudyResults(read(studyDir) as SearchStudyResults, budgets, studyDir).checks,
]
reportBudgets(checks, process.argv.includes('--check'), (line) => process.stderr.write(`${line}\n`))
