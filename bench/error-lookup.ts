/**
 * The bench's error-lookup step on its own (bench/steps/error-lookup.ts), as a table.
 * Run: npx tsx bench/error-lookup.ts [iterations]
 */
import { measureErrorLookup } from './steps/error-lookup.ts'

const { entries, iterations, rows } = measureErrorLookup(Number(process.argv[2] ?? 200))
console.log(`error lookup, ${entries} entries, ${iterations} pastes per row (ms)`)
console.log('kind       size     p50     p95')
for (const { kind, sizeKB, p50, p95 } of rows) {
  console.log(
    `${kind.padEnd(10)} ${`${sizeKB} KB`.padEnd(8)} ${p50.toFixed(2).padStart(6)}  ${p95.toFixed(2).padStart(6)}`,
  )
}
