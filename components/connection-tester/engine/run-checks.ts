import { analyzeBaseUrl } from './base-url.ts'
import { checkBalance } from './checks/balance.ts'
import { checkMessages } from './check-messages.ts'
import type { CheckContext } from './check-context.ts'
import { cleanModelIds } from './gateway-text.ts'
import { analyzeKey, maskKey, repairedKeyProblems } from './key-format.ts'
import { checkAuth } from './checks/auth.ts'
import { checkModels } from './checks/models.ts'
import { checkProtocol } from './checks/protocol.ts'
import { checkReach } from './checks/reach.ts'
import { request } from './http.ts'
import { defaultModelFor, requestCheckIds } from './protocol-plan.ts'
import { RunState } from './run-state.ts'
import {
  defaultTimeoutMs,
  type Clock,
  type DiagnosisInput,
  type DiagnosisOptions,
  type DiagnosisResult,
} from './types.ts'

export const defaultBodyCapBytes = 256 * 1024

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
}

/**
 * Diagnoses a gateway connection layer by layer: the key and base URL as typed, then whether the
 * gateway can be reached, accepts the key, lists the model, has balance, answers and streams.
 * Independent requests run together; every request has a deadline; `signal` cancels the run.
 * The key goes nowhere but the Authorization header and never into the result.
 */
export async function runChecks(input: DiagnosisInput, options: DiagnosisOptions): Promise<DiagnosisResult> {
  const clock = options.clock ?? systemClock
  const startedMs = clock.now()
  const elapsed = () => clock.now() - startedMs
  const signal = options.signal ?? new AbortController().signal
  const runtime = options.runtime ?? 'browser'
  const msg = checkMessages[options.locale]
  const protocol = input.protocol ?? 'openai-chat'
  const model = input.model.trim() || defaultModelFor(options.gateway, protocol)
  const requests = requestCheckIds[protocol]

  const key = analyzeKey(input.apiKey, options.gateway.keyPrefix)
  const keys = [key.key, input.apiKey.trim()]
  const state = new RunState(options.onUpdate, elapsed, { keys, redirected: msg.redirected }, protocol)
  const keyMessages = key.problems.map((problem) => msg.key[problem])
  if (key.status === 'pass') keyMessages.push(msg.key.pass(maskKey(key.key), key.key.length))
  if (key.status === 'warn' && key.problems.some((problem) => repairedKeyProblems.has(problem))) {
    keyMessages.push(msg.key.repaired)
  }
  state.set('key-format', {
    status: key.status,
    message: keyMessages.join(' '),
    ...(key.status === 'pass' ? {} : { cause: 'key_format' as const }),
  })

  const url = analyzeBaseUrl(input.baseUrl, options.gateway, { runtime, pageProtocol: options.pageProtocol })
  const urlMessages = url.problems.map((problem) =>
    problem === 'console' ? msg.url.console(options.gateway.apiBaseUrl) : msg.url[problem],
  )
  if (url.status === 'pass') urlMessages.push(msg.url.pass(url.url))
  if (url.status === 'warn') urlMessages.push(msg.url.repaired(url.url))
  state.set('base-url', {
    status: url.status,
    message: urlMessages.join(' '),
    ...(url.status === 'pass' ? {} : { cause: 'base_url' as const }),
  })

  const result = (): DiagnosisResult => {
    const cancelled = signal.aborted
    if (cancelled) state.skipRest(['reach', 'auth', 'models', 'balance', ...requests], msg.cancelled)
    const base: DiagnosisResult = {
      startedAt: new Date(startedMs).toISOString(),
      durationMs: elapsed(),
      cancelled,
      verdict: null,
      baseUrl: url.url,
      model,
      protocol,
      models: [],
      checks: state.checks.map((check) => ({ ...check })),
    }
    return cancelled ? base : { ...base, ...state.verdict() }
  }

  if (url.status === 'fail') {
    state.skipRest(['reach', 'auth', 'models', 'balance', ...requests], msg.notRun.url)
    return result()
  }

  const ctx: CheckContext = {
    http: {
      fetch: options.fetch,
      clock,
      signal,
      elapsed,
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
      bodyCapBytes: options.bodyCapBytes ?? defaultBodyCapBytes,
    },
    state,
    msg,
    locale: options.locale,
    runtime,
    gateway: options.gateway,
    identifyError: options.identifyError,
    baseUrl: url.url,
    key: key.key,
    model,
  }

  // Reaching the gateway needs no key, so it and the key's own check start together.
  const reached = checkReach(ctx)
  if (key.status === 'fail') {
    state.skipRest(['auth', 'models', 'balance', ...requests], msg.notRun.key)
    await reached
    return result()
  }
  state.start('auth')
  const auth = await checkAuth(
    ctx,
    request(ctx.http, { method: 'GET', url: `${url.url}/models`, key: key.key }),
    reached,
  )
  if ((await reached) !== 'reached' || auth.kind === 'stopped') {
    state.skipRest(['models', 'balance', ...requests], signal.aborted ? msg.cancelled : msg.notRun.reach)
    return result()
  }
  const authCause = state.get('auth').cause
  // A refused key still gets its balance read: new-api tells "expired" and "used up" apart there.
  const balance = authCause === 'base_url' ? Promise.resolve(undefined) : checkBalance(ctx)
  if (authCause === 'base_url') state.skipRest(['balance'], msg.notRun.auth)
  if (auth.kind === 'refused') {
    state.skipRest(['models', ...requests], msg.notRun.auth)
    const read = await balance
    return { ...result(), ...(read ? { balance: read } : {}) }
  }
  // Models waits for the chat answer to judge an unlisted name; it sends nothing of its own.
  if (auth.kind !== 'listed') state.skipRest(['models'], msg.notRun.models)
  const [chatPassed, read] = await Promise.all([checkProtocol(ctx, protocol), balance])
  if (auth.kind === 'listed' && !signal.aborted) checkModels(ctx, auth, chatPassed)
  const final = result()
  if (auth.kind === 'listed') final.models = cleanModelIds(auth.models, keys)
  if (read) final.balance = read
  return final
}
