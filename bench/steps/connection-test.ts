/**
 * How long a full connection test takes against the test gateway, compared with the same
 * requests sent one after another with `curl` (what a support agent would do by hand). Each
 * side runs several times; the median is reported. Uses the engine's own curl commands, so both
 * sides send exactly the same requests.
 */
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { runChecks } from '../../components/connection-tester/engine/run-checks.ts'
import type { DiagnosisResult } from '../../components/connection-tester/engine/types.ts'
import { gateway as config } from '../../data/gateway.ts'
import { scenarios, isScenarioName, type ScenarioName } from '../../test/gateway/scenarios.ts'
import { startTestGateway } from '../../test/gateway/server.ts'
import { median, round } from '../stats.ts'

export interface ConnectionTestRow {
  scenario: ScenarioName
  requests: number
  /** Median ms of a full run of the engine (its checks in parallel where they can be). */
  engineMs: number
  /** Median ms of the same requests with curl, one after another. */
  curlMs: number
  /** curl ÷ engine, to 0.1. */
  speedUp: number
}

export interface ConnectionTestTimings {
  /** How to run this step alone. */
  command: string
  runs: number
  rows: ConnectionTestRow[]
}

const key = 'sk-bench0123456789abcdefABCDEF'

async function engineRun(baseUrl: string, model: string): Promise<{ ms: number; result: DiagnosisResult }> {
  const started = performance.now()
  const result = await runChecks(
    { baseUrl, apiKey: key, model },
    { fetch: (url, init) => fetch(url, init), locale: 'en', gateway: config, runtime: 'node' },
  )
  return { ms: performance.now() - started, result }
}

/** The requests a run made, in check order, as the engine's own curl commands. */
function curlCommands(result: DiagnosisResult): string[] {
  const lines = result.checks.flatMap((check) => (check.curl ? check.curl.split('\n') : []))
  return [...new Set(lines)]
}

/** Runs one shell command; asynchronously, because the gateway answering it lives in this process. */
function shell(command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { env: { ...process.env, API_KEY: key }, stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}: ${command}`))))
  })
}

async function curlRun(commands: string[]): Promise<number> {
  const started = performance.now()
  for (const command of commands) await shell(`${command} -o /dev/null`)
  return performance.now() - started
}

export async function measureConnectionTest(
  runs = 7,
  chosen: readonly string[] = ['healthy', 'slow'],
): Promise<ConnectionTestTimings> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive whole number, got ${runs}`)
  const names = chosen.map((name) => {
    if (!isScenarioName(name)) throw new Error(`unknown scenario ${name}`)
    return name
  })
  const server = await startTestGateway()
  const rows: ConnectionTestRow[] = []
  try {
    for (const scenario of names) {
      const baseUrl = `${server.url}/${scenario}/v1`
      const model = scenarios[scenario].model
      const first = await engineRun(baseUrl, model)
      if (first.result.verdict !== 'ok') throw new Error(`${scenario}: expected ok, got ${first.result.verdict}`)
      const commands = curlCommands(first.result)
      const engineTimes: number[] = []
      const curlTimes: number[] = []
      for (let index = 0; index < runs; index += 1) {
        engineTimes.push((await engineRun(baseUrl, model)).ms)
        curlTimes.push(await curlRun(commands))
      }
      const engine = median(engineTimes)
      const curl = median(curlTimes)
      rows.push({
        scenario,
        requests: commands.length,
        engineMs: Math.round(engine),
        curlMs: Math.round(curl),
        speedUp: round(curl / engine, 1),
      })
    }
  } finally {
    await server.close()
  }
  return { command: `npx tsx bench/connection-test.ts ${[runs, ...names].join(' ')}`, runs, rows }
}

/** Figures keyed as the budgets name them: `healthy.speed-up`. */
export function connectionTestFigures(timings: ConnectionTestTimings): Record<string, number> {
  return Object.fromEntries(
    timings.rows.flatMap((row) => [
      [`${row.scenario}.requests`, row.requests],
      [`${row.scenario}.engineparallel`, row.engineMs],
      [`${row.scenario}.curloneafteranother`, row.curlMs],
      [`${row.scenario}.speed-up`, row.speedUp],
    ]),
  )
}
