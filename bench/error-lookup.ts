/**
 * The bench's error-lookup step on its own (bench/steps/error-lookup.ts): a table, or with `--json` what
 * `npm run bench` reads back. The bench runs it so, in a process of its own: inside the bench's process, after the
 * site's build and the Chromium steps and with Lighthouse's modules loaded, the same lookups read 1.5–2× slower than
 * alone (20 KB p95 5.3–5.5 ms against 2.7–3.8 in round 39), and a page's lookup runs in no such process.
 * Run: npx tsx bench/error-lookup.ts [iterations] [--json]
 */
import { measureErrorLookup } from './steps/error-lookup.ts'

const args = process.argv.slice(2)
const json = args.includes('--json')
const iterations = Number(args.find((arg) => arg !== '--json') ?? 200)
const timings = measureErrorLookup(iterations)
if (json) {
  process.stdout.write(`${JSON.stringify(timings)}\n`)
} else {
  const { entries, rows, slowestShapes, firstLookup } = timings
  console.log(`error lookup, ${entries} entries, ${iterations} pastes per row (ms)`)
  console.log('kind       size     p50     p95')
  for (const { kind, sizeKB, p50, p95 } of rows) {
    console.log(
      `${kind.padEnd(10)} ${`${sizeKB} KB`.padEnd(8)} ${p50.toFixed(2).padStart(6)}  ${p95.toFixed(2).padStart(6)}`,
    )
  }
  console.log('slowest worst shapes at 200 KB, each alone (p50 / max ms):')
  for (const { shape, p50, max } of slowestShapes) console.log(`  ${shape}: ${p50.toFixed(2)} / ${max.toFixed(2)}`)
  if (firstLookup)
    console.log(
      `first lookup: compiling the catalogue ${firstLookup.compileMs.toFixed(2)} ms, then a 20 KB paste ${firstLookup.afterWarmMs.toFixed(2)} ms`,
    )
}
