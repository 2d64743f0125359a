/**
 * Before and after a catalogue change, the lookup's answer to every dev and tuning paste:
 *
 *   npm run answers:lookup -- --out /tmp/before.jsonl     # before the edit
 *   npm run answers:lookup -- --out /tmp/after.jsonl      # after it
 *   npm run answers:lookup -- --compare /tmp/before.jsonl /tmp/after.jsonl
 *
 * The comparison lists each paste whose entries changed (`-` first: each must be explained) and the net change in
 * top-1 and top-3. It reads the dev and tuning sets only, never a held-out set. See scripts/lookup-answers.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { errorCatalogue } from '../data/errors.ts'
import { causeModel } from '../data/cause-model.ts'
import { lookupErrors } from '../components/error-lookup/match.ts'
import { lookupDev } from '../test/fixtures/lookup-dev.ts'
import { pastedErrors } from '../test/fixtures/pasted-errors.ts'
import { answerRow, compareAnswers, formatComparison, parseAnswerRows, type AnswerRow } from './lookup-answers.ts'

function readRows(file: string): AnswerRow[] | Error {
  let jsonl: string
  try {
    jsonl = readFileSync(file, 'utf8')
  } catch (error) {
    return new Error(`Cannot read ${file}: ${(error as Error).message}`)
  }
  const rows = parseAnswerRows(jsonl)
  return rows instanceof Error ? new Error(`${file} is not a file --out wrote: ${rows.message}.`) : rows
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, compare: { type: 'boolean', default: false } },
  })
  if (values.compare) {
    if (positionals.length !== 2) {
      console.error('--compare takes two files written by --out: the answers before and after.')
      return 2
    }
    const [before, after] = positionals.map(readRows)
    if (before instanceof Error || after instanceof Error) {
      console.error((before instanceof Error ? before : (after as Error)).message)
      return 2
    }
    console.log(formatComparison(compareAnswers(before!, after!)))
    return 0
  }
  const sets = [
    ['dev', lookupDev],
    ['tuning', pastedErrors],
  ] as const
  const rows = sets.flatMap(([set, pastes]) =>
    pastes.map(({ text, cause }) =>
      answerRow(
        set,
        cause,
        text,
        lookupErrors(text, errorCatalogue, causeModel).matches.map(({ entry }) => entry.cause),
      ),
    ),
  )
  const jsonl = rows.map((row) => JSON.stringify(row)).join('\n') + '\n'
  if (values.out) writeFileSync(values.out, jsonl)
  else process.stdout.write(jsonl)
  return 0
}

process.exitCode = main()
