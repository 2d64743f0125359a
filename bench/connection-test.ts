/**
 * The bench's connection-tester step on its own (bench/steps/connection-test.ts), as a table.
 * Run: npx tsx bench/connection-test.ts [runs] [scenario ...]   (default: 7 healthy slow)
 */
import { measureConnectionTest } from './steps/connection-test.ts'

const scenarios = process.argv.slice(3)
const { runs, rows } = await measureConnectionTest(
  Number(process.argv[2] ?? 7),
  scenarios.length ? scenarios : undefined,
)
console.log(`Connection test vs sequential curl, median of ${runs} runs (test gateway, default delays)\n`)
console.log('| scenario | requests | engine (parallel) | curl, one after another | speed-up |')
console.log('|---|---|---|---|---|')
for (const row of rows) {
  console.log(
    `| ${row.scenario} | ${row.requests} | ${row.engineMs} ms | ${row.curlMs} ms | ${row.speedUp.toFixed(1)}× |`,
  )
}
