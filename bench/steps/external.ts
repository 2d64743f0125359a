import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseFigures } from '../report/figures.ts'
import type { ExternalBench } from '../results.ts'
import { repoRoot } from '../sites/paths.ts'
import { runCommand } from '../sites/run-command.ts'

/**
 * Runs a benchmark script another engineer owns (`bench/error-lookup.ts`,
 * `bench/connection-test.ts`) as it is, and keeps its output with the numbers read from it.
 */
export async function runExternalBench(script: string, args: string[] = []): Promise<ExternalBench | undefined> {
  if (!existsSync(join(repoRoot, script))) return undefined
  const tsx = join(repoRoot, 'node_modules/.bin/tsx')
  const { stdout } = await runCommand(tsx, [script, ...args], { cwd: repoRoot })
  return { command: `npx tsx ${[script, ...args].join(' ')}`, output: stdout, figures: parseFigures(stdout) }
}
