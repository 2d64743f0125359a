import type { Locale } from '../../data/locale.ts'
import type { Protocol } from '../../data/protocols.ts'
import { readProtocolArg } from './protocol-arg.ts'

export interface DiagnoseArgs {
  baseUrl: string
  model: string
  /** What the key will be used with (`--protocol`, or `--tool` naming a tool). */
  protocol: Protocol
  timeoutSeconds: number
  locale: Locale
  json: boolean
  help: boolean
}

export class UsageError extends Error {}

export const usage = `Usage: npm run diagnose -- [--base-url URL] [--model NAME] [--protocol NAME | --tool NAME]
                           [--timeout SECONDS] [--lang zh|en] [--json]

Runs the connection test of the help center's /tools/connection-test page from a terminal,
where no browser CORS rule applies.

The key is read from the GATEWAY_API_KEY environment variable, or asked for (without echo)
when the terminal is interactive. It is never accepted as a flag: flags end up in shell history.

  --base-url URL      the base URL to test (default: the gateway config's apiBaseUrl)
  --model NAME        the model to test (default: the gateway config's model for the protocol)
  --protocol NAME     what the key is used with: openai-chat (default), openai-responses,
                      anthropic-messages, gemini, embeddings (only those the gateway serves)
  --tool NAME         the same, by tool: claude-code, codex, gemini-cli, cursor, dify, cline, chat…
  --timeout SECONDS   limit for each request, body included (default: 20)
  --lang zh|en        language of the report (default: from LANG, else zh)
  --json              print the typed result as JSON instead of the report

Exit codes: 0 every check passed (skipped checks, such as a balance a key cannot read, count
as passed); 2 no check failed but at least one warned (the key or URL only worked after a
repair, a stream was buffered…); 1 a check failed; 3 wrong usage or no key; 130 interrupted.`

const keyFlags = new Set(['--key', '--api-key', '--apikey', '-k', '--token'])

/** Parses the flags; `--flag=value` and `--flag value` both work. */
export function parseArgs(
  argv: readonly string[],
  defaults: {
    baseUrl: string
    model: string
    lang?: string
    /** The protocols the gateway serves, and the model each is tested with by default. */
    protocols?: readonly Protocol[]
    modelFor?: (protocol: Protocol) => string
  },
): DiagnoseArgs {
  let modelGiven = false
  const args: DiagnoseArgs = {
    baseUrl: defaults.baseUrl,
    model: defaults.model,
    protocol: 'openai-chat',
    timeoutSeconds: 20,
    locale: /^en/i.test(defaults.lang ?? '') ? 'en' : 'zh',
    json: false,
    help: false,
  }
  for (let index = 0; index < argv.length; index += 1) {
    const raw = argv[index] ?? ''
    const [flag = '', inline] =
      raw.startsWith('--') && raw.includes('=')
        ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
        : [raw, undefined]
    const value = () => {
      if (inline !== undefined) return inline
      const next = argv[index + 1]
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`)
      index += 1
      return next
    }
    if (keyFlags.has(flag)) {
      throw new UsageError(
        `${flag}: the key is never taken as a flag (it would stay in your shell history). Set GATEWAY_API_KEY, or run without it to be asked.`,
      )
    }
    switch (flag) {
      case '--base-url':
        args.baseUrl = value()
        break
      case '--model':
        args.model = value()
        modelGiven = true
        break
      case '--protocol':
      case '--tool': {
        const read = readProtocolArg(flag, value(), defaults.protocols ?? ['openai-chat'])
        if ('problem' in read) throw new UsageError(read.problem)
        args.protocol = read.protocol
        break
      }
      case '--timeout': {
        const text = value()
        const seconds = Number(text)
        if (!text.trim() || !Number.isFinite(seconds) || seconds < 1 || seconds > 600)
          throw new UsageError(
            `--timeout must be a number of seconds between 1 and 600${/^[\d.eE+-]{1,12}$/.test(text) ? `, got ${text}` : ''}`,
          )
        args.timeoutSeconds = seconds
        break
      }
      case '--lang': {
        const lang = value()
        if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang must be zh or en')
        args.locale = lang
        break
      }
      case '--json':
        args.json = true
        break
      case '--help':
      case '-h':
        args.help = true
        break
      default:
        // By name only: `--KEY=sk-…` or a key pasted as an argument must not land on the screen or in a log.
        throw new UsageError(
          raw.startsWith('-')
            ? `Unknown option: ${flag.slice(0, 40)}`
            : `Unexpected argument #${index + 1} (not shown, it may be a secret): options start with --`,
        )
    }
  }
  if (!modelGiven && defaults.modelFor) args.model = defaults.modelFor(args.protocol)
  return args
}

/** 0 all passed or skipped, 2 warnings only, 1 any failure, 130 cancelled. */
export function exitCodeOf(result: { cancelled: boolean; checks: readonly { status: string }[] }): number {
  if (result.cancelled) return 130
  if (result.checks.some((check) => check.status === 'fail')) return 1
  if (result.checks.some((check) => check.status === 'warn')) return 2
  return 0
}
