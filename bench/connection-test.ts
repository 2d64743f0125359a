/**
 * How long a full connection test takes against the test gateway, compared with the same
 * requests sent one after another with `curl` (what a support agent would do by hand). Each
 * side runs several times; the median is reported. Uses the engine's own curl commands, so both
 * sides send exactly the same requests.
 * Run: npx tsx bench/connection-test.ts [runs] [scenario ...]   (default: 7 healthy slow)
 */
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { runChecks } from '../components/connection-tester/engine/run-checks.ts'
import type { DiagnosisResult } from '../components/connection-tester/engine/types.ts'
import { gateway as config } from '../data/gateway.ts'
import { scenarios, isScenarioName } from '../test/gateway/scenarios.ts'
import { startTestGateway } from '../test/gateway/server.ts'

const runs = Number(process.argv[2] ?? 7)
const scenarioArgs = process.argv.slice(3)
const chosen = scenarioArgs.length ? scenarioArgs : ['healthy', 'slow']
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive whole number, got ${process.argv[2]}`)
for (const name of chosen) if (!isScenarioName(name)) throw new Error(`unknown scenario ${name}`)

const key = 'sk-bench0123456789abcdefABCDEF'
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

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

const server = await startTestGateway()
try {
  console.log(`Connection test vs sequential curl, median of ${runs} runs (test gateway, default delays)\n`)
  console.log('| scenario | requests | engine (parallel) | curl, one after another | speed-up |')
  console.log('|---|---|---|---|---|')
  for (const scenario of chosen) {
    if (!isScenarioName(scenario)) continue
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
    console.log(
      `| ${scenario} | ${commands.length} | ${engine.toFixed(0)} ms | ${curl.toFixed(0)} ms | ${(curl / engine).toFixed(1)}× |`,
    )
  }
} finally {
  await server.close()
}
