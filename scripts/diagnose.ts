import { platform, version } from 'node:process'
import { ReadStream } from 'node:tty'
import { runChecks } from '../components/connection-tester/engine/run-checks.ts'
import { catalogueMatcher } from '../components/connection-tester/engine/catalogue-matcher.ts'
import { defaultModelFor, offeredProtocols } from '../components/connection-tester/engine/protocol-plan.ts'
import { formatReport } from '../components/connection-tester/engine/report.ts'
import { uiMessages } from '../components/connection-tester/engine/ui-messages.ts'
import { gateway } from '../data/gateway.ts'
import { exitCodeOf, parseArgs, usage, UsageError } from './diagnose/args.ts'
import { KeyPromptInterrupted, readKeyWithoutEcho } from './diagnose/read-key.ts'

/**
 * `npm run diagnose`: the connection tester's engine in Node, for when a browser's CORS rules
 * block the page. Same checks, same report; exit code for scripts (see `usage`).
 */
async function main(): Promise<number> {
  let args
  try {
    args = parseArgs(process.argv.slice(2), {
      baseUrl: gateway.apiBaseUrl,
      model: gateway.defaultModel,
      lang: process.env.LANG,
      protocols: offeredProtocols(gateway),
      modelFor: (protocol) => defaultModelFor(gateway, protocol),
    })
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`${error.message}\n\n${usage}\n`)
    return 3
  }
  if (args.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  let apiKey = process.env.GATEWAY_API_KEY ?? ''
  if (!apiKey && process.stdin.isTTY && process.stdin instanceof ReadStream) {
    const prompt = args.locale === 'zh' ? 'API 密钥（输入时不显示）：' : 'API key (not shown as you type): '
    try {
      apiKey = await readKeyWithoutEcho(prompt, process.stdin, process.stderr)
    } catch (error) {
      if (error instanceof KeyPromptInterrupted) return 130
      apiKey = ''
    }
  }
  if (!apiKey) {
    process.stderr.write('No key: set GATEWAY_API_KEY, or run in an interactive terminal to be asked for it.\n')
    return 3
  }

  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort())
  const t = uiMessages[args.locale]
  const live = !args.json && process.stderr.isTTY
  const result = await runChecks(
    { baseUrl: args.baseUrl, apiKey, model: args.model, protocol: args.protocol },
    {
      fetch: (url, init) => fetch(url, init),
      locale: args.locale,
      gateway,
      runtime: 'node',
      signal: controller.signal,
      timeoutMs: args.timeoutSeconds * 1000,
      identifyError: catalogueMatcher,
      onUpdate: live
        ? (check) => {
            if (check.status !== 'running')
              process.stderr.write(`  ${t.checkTitle[check.id]}: ${t.status[check.status]}\n`)
          }
        : undefined,
    },
  )
  if (args.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
  else {
    const report = formatReport(result, {
      locale: args.locale,
      apiKey,
      client: `Node.js ${version} (${platform})`,
      siteUrl: gateway.siteUrl,
    })
    process.stdout.write(`${report}\n`)
  }
  return exitCodeOf(result)
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`diagnose failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 3
  },
)
