/**
 * Writes `data/generated/han-simplified.json` (scripts/han-simplified.ts says what it holds and why).
 *
 *   npm run han:simplified            # write the table
 *   npm run han:simplified -- --check # exit 1 when the committed table is not what OpenCC gives
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { buildHanTable, hanSimplifiedPath, serialiseHanTable } from './han-simplified.ts'

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
  const table = buildHanTable()
  const written = serialiseHanTable(table)
  if (values.check) {
    if (readFileSync(hanSimplifiedPath, 'utf8') === written) return 0
    console.error('data/generated/han-simplified.json is not what OpenCC gives: run npm run han:simplified.')
    return 1
  }
  writeFileSync(hanSimplifiedPath, written)
  console.log(`wrote ${hanSimplifiedPath} (${[...table.traditional].length} pairs)`)
  return 0
}

process.exitCode = main()
