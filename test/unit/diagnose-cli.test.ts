import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exitCodeOf, parseArgs, UsageError } from '../../scripts/diagnose/args.ts'
import { startTestGateway, type TestGateway } from '../gateway/server.ts'
import { fastDelays } from '../gateway/testing.ts'
import { runDiagnose } from './support/run-diagnose.ts'

const key = 'sk-cliKey0123456789abcdefABCDEF'
let gateway: TestGateway

beforeAll(async () => {
  gateway = await startTestGateway({ delays: fastDelays })
})
afterAll(async () => {
  await gateway?.close()
})

/** Runs `npm run diagnose` as a user would, with the key only in the environment. */
function diagnose(
  args: string[],
  env: Record<string, string | undefined> = { GATEWAY_API_KEY: key },
  onSpawn: (child: ChildProcess) => void = () => {},
) {
  return runDiagnose(args, env, onSpawn)
}

const baseFor = (scenario: string) => `${gateway.url}/${scenario}/v1`

type StreamCheck = { status: string; message: string; facts: { chunks: number; firstByteMs: number } }
const streamCheck = (stdout: string) =>
  (JSON.parse(stdout) as { checks: ({ id: string } & StreamCheck)[] }).checks.find((check) => check.id === 'stream')!

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (typeof address !== 'object' || address === null) throw new Error('no port')
  return address.port
}

/**
 * `diagnose` against a healthy gateway that, before each stream, keeps the CLI waiting `lateMs`
 * (awake) and then stops its process for 300 ms while it writes the paced events.
 */
async function diagnoseStoppedWhileStreaming(lateMs: number) {
  let child: ChildProcess | undefined
  const stopping = await startTestGateway({
    delays: fastDelays,
    beforeStream: async () => {
      if (lateMs > 0) await new Promise((resolve) => setTimeout(resolve, lateMs))
      child?.kill('SIGSTOP')
      setTimeout(() => child?.kill('SIGCONT'), 300)
    },
  })
  try {
    const run = await diagnose(['--base-url', `${stopping.url}/healthy/v1`, '--json'], undefined, (spawned) => {
      child = spawned
    })
    return { stream: streamCheck(run.stdout), code: run.code }
  } finally {
    child?.kill('SIGCONT')
    await stopping.close()
  }
}

// Each run starts Node and tsx afresh: seconds, not milliseconds, on two shared cores.
describe('npm run diagnose against the test gateway', { timeout: 30_000 }, () => {
  it('prints the report and exits 0 when everything passes', async () => {
    const run = await diagnose([
      '--base-url',
      baseFor('healthy'),
      '--model',
      'gpt-4o-mini',
      '--lang',
      'en',
      '--timeout',
      '5',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Connection test report')
    expect(run.stdout).toContain('Verdict: All good')
    expect(run.stdout).toContain('Browser: Node.js v')
    expect(run.stdout).toContain('Key (first 8 characters only): sk-cliKe…')
    expect(run.stdout + run.stderr).not.toContain(key.slice(8))
  })

  it('exits 1 with the cause when a check fails, in Chinese by default', async () => {
    const run = await diagnose(['--base-url', baseFor('invalid-key')])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('结论：密钥无效、过期或已禁用 (invalid_key)')
    expect(run.stdout).toContain('/troubleshooting/auth#invalid-key')
  })

  it('exits 2 when nothing failed but something warned', async () => {
    const run = await diagnose(['--base-url', baseFor('healthy'), '--lang', 'en'], {
      GATEWAY_API_KEY: ` Bearer ${key}`,
    })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('! Key format [warning]')
  })

  it('prints the typed result with --json, without the key', async () => {
    const run = await diagnose(['--base-url', baseFor('no-channel'), '--json'])
    expect(run.code).toBe(1)
    const result = JSON.parse(run.stdout) as {
      verdict: string
      checks: { id: string; status: string; cause?: string }[]
    }
    expect(result.verdict).toBe('no_channel')
    expect(result.checks.find((check) => check.id === 'chat')).toMatchObject({ status: 'fail', cause: 'no_channel' })
    expect(run.stdout).not.toContain(key)
  })

  it('reaches a gateway whose CORS would block the page', async () => {
    const run = await diagnose(['--base-url', baseFor('no-cors'), '--json'])
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { verdict: string }).verdict).toBe('ok')
  })

  // Both once failed under load. First the CLI's starved process got the paced stream in one late
  // read. Then, in the browser tests, the gateway was late while the reader waited awake, the
  // reader stalled while the paced events came, and the awake part of the wait alone passed for
  // a proxy's. Every stream is stopped, the second reading's too: the reader's own stall must
  // clear the path here, not a luckier second stream.
  it.each([
    ['its own process was stalled while it arrived', 0],
    ['the gateway was late and the reader then stalled', 200],
  ])('does not call a healthy stream buffered when %s', async (_, lateMs) => {
    const { stream, code } = await diagnoseStoppedWhileStreaming(lateMs)
    // Proof of the setup: every event in one read, after the late server and the 300 ms stall.
    expect(stream.facts.chunks).toBeGreaterThanOrEqual(5)
    expect(stream.facts.firstByteMs).toBeGreaterThanOrEqual(lateMs + 250)
    expect(stream.status).toBe('pass')
    expect(code).toBe(0)
  })

  it('still warns of a proxy that holds the stream back', async () => {
    const run = await diagnose(['--base-url', baseFor('buffering-proxy'), '--json', '--lang', 'en'])
    expect(streamCheck(run.stdout)).toMatchObject({ status: 'warn', message: expect.stringMatching(/at once/) })
    expect(run.code).toBe(2)
  })

  it('names the network failure in Node', async () => {
    const run = await diagnose(['--base-url', `http://127.0.0.1:${await closedPort()}/v1`, '--json', '--timeout', '3'])
    expect(run.code).toBe(1)
    const result = JSON.parse(run.stdout) as { verdict: string; checks: { id: string; serverMessage?: string }[] }
    expect(result.verdict).toBe('network')
    expect(result.checks.find((check) => check.id === 'reach')?.serverMessage).toContain('ECONNREFUSED')
  })

  it('refuses a key given as a flag and runs without one only to say so', async () => {
    const flagged = await diagnose(['--key', key], {})
    expect(flagged.code).toBe(3)
    expect(flagged.stderr).toMatch(/never taken as a flag/)
    const keyless = await diagnose(['--base-url', baseFor('healthy')], {})
    expect(keyless.code).toBe(3)
    expect(keyless.stderr).toMatch(/GATEWAY_API_KEY/)
  })
})

describe('diagnose arguments', () => {
  const defaults = { baseUrl: 'https://api.example.com/v1', model: 'gpt-4o-mini' }
  it('reads every flag in both spellings', () => {
    expect(
      parseArgs(['--base-url=https://x.test/v1', '--model', 'm', '--timeout', '7', '--lang', 'en', '--json'], defaults),
    ).toEqual({
      baseUrl: 'https://x.test/v1',
      model: 'm',
      protocol: 'openai-chat',
      timeoutSeconds: 7,
      locale: 'en',
      json: true,
      help: false,
    })
    expect(parseArgs([], { ...defaults, lang: 'en_US.UTF-8' }).locale).toBe('en')
  })
  it.each([[['--timeout', '0']], [['--lang', 'fr']], [['--model']], [['--wat']], [['--api-key=sk-x']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseArgs(argv, defaults)).toThrow(UsageError)
    },
  )
  it('counts skips as passed, warnings as 2, failures as 1, cancellation as 130', () => {
    const run = (...statuses: string[]) => ({ cancelled: false, checks: statuses.map((status) => ({ status })) })
    expect(exitCodeOf(run('pass', 'skip'))).toBe(0)
    expect(exitCodeOf(run('pass', 'warn', 'skip'))).toBe(2)
    expect(exitCodeOf(run('warn', 'fail'))).toBe(1)
    expect(exitCodeOf({ ...run('pass'), cancelled: true })).toBe(130)
  })
})

describe('npm run diagnose for each protocol', { timeout: 30_000 }, () => {
  type Result = { verdict: string; protocol: string; model: string; checks: { id: string; status: string }[] }
  const statuses = (stdout: string) => {
    const result = JSON.parse(stdout) as Result
    return { ...result, byId: Object.fromEntries(result.checks.map((check) => [check.id, check.status])) }
  }

  it.each([
    ['--tool', 'claude-code', ['messages', 'messages-stream', 'count-tokens']],
    ['--tool', 'codex', ['responses', 'responses-stream']],
    ['--protocol', 'gemini', ['gemini', 'gemini-stream']],
    ['--protocol', 'embeddings', ['embeddings']],
  ])('%s %s passes a healthy gateway with its own checks', async (flag, name, ids) => {
    const run = await diagnose(['--base-url', baseFor('healthy'), flag, name, '--json'])
    expect(run.code).toBe(0)
    const result = statuses(run.stdout)
    expect(result.verdict).toBe('ok')
    for (const id of ids) expect(result.byId[id]).toBe('pass')
    expect(result.byId.chat).toBeUndefined()
    // Embeddings are tested with the config's embeddings model, not the chat model.
    if (name === 'embeddings') expect(result.model).toBe('text-embedding-3-small')
  })

  it('names the failing layer: count_tokens missing for Claude Code, an unfinished stream for Codex', async () => {
    const claude = await diagnose(['--base-url', baseFor('count-tokens-404'), '--tool', 'claude-code', '--lang', 'en'])
    expect(claude.code).toBe(1)
    expect(claude.stdout).toContain('Used with: Claude Code (Anthropic Messages)')
    expect(claude.stdout).toMatch(/✗ Token counting \(count_tokens\)/)
    expect(claude.stdout).toContain('/v1/messages/count_tokens')
    const codex = await diagnose(['--base-url', baseFor('responses-no-completed'), '--tool=codex', '--json'])
    expect(codex.code).toBe(1)
    const result = statuses(codex.stdout)
    expect(result.verdict).toBe('stream_interrupted')
    expect(result.byId['responses-stream']).toBe('fail')
  })

  it('refuses a tool it does not know, before asking for a key', async () => {
    const run = await diagnose(['--tool', 'notepad'], {})
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('--tool must be one of')
    expect(run.stderr).toContain('claude-code')
  })
})

describe('diagnose protocol arguments', () => {
  const defaults = {
    baseUrl: 'https://api.example.com/v1',
    model: 'gpt-4o-mini',
    protocols: ['openai-chat', 'anthropic-messages'] as const,
    modelFor: (protocol: string) => (protocol === 'anthropic-messages' ? 'claude-x' : 'gpt-4o-mini'),
  }
  it('takes the protocol by name or tool, with that protocol’s default model unless one is given', () => {
    expect(parseArgs(['--tool', 'claude-code'], defaults)).toMatchObject({
      protocol: 'anthropic-messages',
      model: 'claude-x',
    })
    expect(parseArgs(['--model', 'm', '--protocol=anthropic-messages'], defaults).model).toBe('m')
    expect(parseArgs([], defaults).protocol).toBe('openai-chat')
  })
  it('refuses a protocol the gateway does not serve, naming those it does', () => {
    expect(() => parseArgs(['--tool', 'codex'], defaults)).toThrow(
      'this gateway does not serve openai-responses; it serves openai-chat, anthropic-messages',
    )
    expect(() => parseArgs(['--protocol', 'smtp'], defaults)).toThrow(UsageError)
  })
})
