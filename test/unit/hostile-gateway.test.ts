import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogueMatcher } from '@components/connection-tester/engine/catalogue-matcher.ts'
import { runChecks } from '@components/connection-tester/engine/run-checks.ts'
import { gatewayTextLimits } from '@components/connection-tester/engine/gateway-text.ts'
import { formatReport } from '@components/connection-tester/engine/report.ts'
import type { DiagnosisResult } from '@components/connection-tester/engine/types.ts'
import { gateway as config } from '@data/gateway.ts'
import type { HostileName } from '../gateway/hostile.ts'
import { startTestGateway, type TestGateway } from '../gateway/server.ts'
import { fastDelays } from '../gateway/testing.ts'
import { repoRoot, runDiagnose } from './support/run-diagnose.ts'

/**
 * The engine and `npm run diagnose` against a gateway that fights back (test/gateway/hostile.ts):
 * whatever it sends, no result, report or JSON holds the key, a control character or an
 * unbounded field, and a redirect or hung balance endpoints are caught.
 */
const key = 'sk-hostileKey0123456789abcdefXYZ'
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlChars = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/
let gateway: TestGateway

beforeAll(async () => {
  gateway = await startTestGateway({ delays: fastDelays })
})
afterAll(async () => {
  await gateway?.close()
})

const baseFor = (name: HostileName) => `${gateway.url}/hostile/${name}/v1`

function run(name: HostileName, timeoutMs = 3_000, locale: 'zh' | 'en' = 'en'): Promise<DiagnosisResult> {
  return runChecks(
    { baseUrl: baseFor(name), apiKey: key, model: 'gpt-4o-mini' },
    {
      fetch: (url, init) => fetch(url, init),
      locale,
      gateway: config,
      runtime: 'node',
      timeoutMs,
      identifyError: catalogueMatcher,
    },
  )
}

const report = (result: DiagnosisResult) =>
  formatReport(result, { locale: 'en', apiKey: key, client: 'test', siteUrl: 'https://help.test', timeZone: 'UTC' })

const diagnose = (args: string[]) => runDiagnose(args, { GATEWAY_API_KEY: key })

describe('the engine against a hostile gateway', { timeout: 20_000 }, () => {
  it('never keeps a key the gateway echoes back: server said, request id, model suggestions, report', async () => {
    const result = await run('echo-key')
    expect(result.verdict).toBe('invalid_key')
    const chat = result.checks.find((check) => check.id === 'chat')
    expect(chat?.serverMessage).toMatch(/^Incorrect API key provided: sk-hosti…/)
    expect(result.models).toContain('gpt-4o-mini')
    expect(result.models).toHaveLength(3)
    expect(JSON.stringify(result)).not.toContain(key.slice(8))
    expect(report(result)).not.toContain(key.slice(8))
  })

  it('strips terminal escapes and control characters from what it keeps', async () => {
    const result = await run('escapes')
    expect(result.verdict).toBe('gateway_error')
    const chat = result.checks.find((check) => check.id === 'chat')
    expect(chat?.serverMessage).toContain('✓ All checks passed')
    expect(chat?.serverMessage).toContain('click')
    expect(chat?.serverMessage).not.toMatch(controlChars)
    expect(chat?.serverMessage).not.toContain(']8;;')
    expect(chat?.requestId).toBe('req-1')
    expect(JSON.stringify(result)).not.toMatch(/\\u001b|\\u0007|\\u202e/)
    expect(report(result)).not.toMatch(controlChars)
  })

  it('caps a request id of 200,000 characters', async () => {
    const result = await run('long-id')
    const chat = result.checks.find((check) => check.id === 'chat')
    expect(result.verdict).toBe('rate_limit')
    expect(chat?.requestId).toHaveLength(gatewayTextLimits.requestId)
    expect(chat?.requestId?.endsWith('…')).toBe(true)
    expect(report(result).length).toBeLessThan(10_000)
  })

  // The limit is the guard: a quadratic pattern spent seconds on this body (issue 16), a linear one milliseconds.
  it('reads a body of 60,000 newlines without stalling', { timeout: 3_000 }, async () => {
    const result = await run('newlines')
    const chat = result.checks.find((check) => check.id === 'chat')
    expect(chat).toMatchObject({ status: 'fail', httpStatus: 502, serverMessage: 'upstream failed' })
  })

  it.each(['en', 'zh'] as const)(
    'warns, naming the origin, when the gateway redirects to another one (%s)',
    async (locale) => {
      const result = await run('redirect', 3_000, locale)
      const reach = result.checks.find((check) => check.id === 'reach')
      expect(reach?.status).toBe('warn')
      expect(reach?.redirectedTo).toBe(gateway.otherUrl)
      expect(reach?.message).toContain(gateway.otherUrl)
      expect(reach?.message).toMatch(locale === 'en' ? /drop the key/ : /丢掉密钥/)
      expect(result.verdict).not.toBe('ok')
    },
  )

  it('keeps the run within its time limit when every balance endpoint hangs', async () => {
    const timeoutMs = 1_000
    const result = await run('balance-hang', timeoutMs)
    const balance = result.checks.find((check) => check.id === 'balance')
    expect(balance?.status).toBe('skip')
    // Asked together, the three dialects share one limit; one after another they took three.
    expect(balance?.durationMs).toBeLessThan(timeoutMs * 1.5)
    expect(result.durationMs).toBeLessThan(timeoutMs * 1.5)
    expect(result.verdict).toBe('ok')
  })
})

describe('npm run diagnose against a hostile gateway', { timeout: 30_000 }, () => {
  it('--json holds neither the echoed key nor an escape', async () => {
    const echoed = await diagnose(['--base-url', baseFor('echo-key'), '--json', '--timeout', '3'])
    expect(echoed.code).toBe(1)
    expect(echoed.stdout + echoed.stderr).not.toContain(key.slice(8))
    const escaped = await diagnose(['--base-url', baseFor('escapes'), '--json', '--timeout', '3'])
    expect(JSON.parse(escaped.stdout)).toMatchObject({ verdict: 'gateway_error' })
    expect(escaped.stdout).not.toMatch(/\\u001b|\\u0007/)
  })

  it('prints a report without terminal escapes, and warns of a redirect', async () => {
    const escaped = await diagnose(['--base-url', baseFor('escapes'), '--timeout', '3', '--lang', 'en'])
    expect(escaped.stdout).toContain('All checks passed')
    expect(escaped.stdout + escaped.stderr).not.toMatch(controlChars)
    const redirected = await diagnose(['--base-url', baseFor('redirect'), '--timeout', '3', '--lang', 'en'])
    expect(redirected.stdout).toContain(`another origin, ${gateway.otherUrl}`)
  })
})

describe('npm run diagnose at the edges', { timeout: 30_000 }, () => {
  it('rejects a timeout outside 1–600 seconds', async () => {
    for (const value of ['0.001', '0', '601', 'abc']) {
      const run = await diagnose(['--timeout', value])
      expect(run.code).toBe(3)
      expect(run.stderr).toMatch(/--timeout must be a number of seconds between 1 and 600/)
    }
  })

  it('names an unknown flag without echoing its value', async () => {
    const run = await diagnose([`--KEY=${key}`, key])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('Unknown option: --KEY')
    expect(run.stderr).not.toContain(key.slice(8))
  })

  // `script` gives the command a terminal, so the key prompt appears and Ctrl-C reaches it as a byte.
  it.skipIf(!existsSync('/usr/bin/script'))('exits 130 on Ctrl-C at the key prompt', async () => {
    const command = `${process.execPath} --import tsx scripts/diagnose.ts --lang en`
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let output = ''
    let typed = false
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (!typed && /API key/.test(output)) {
        typed = true
        child.stdin.write('sk-abc\u0003')
      }
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(typed).toBe(true)
    expect(code).toBe(130)
  })
})
