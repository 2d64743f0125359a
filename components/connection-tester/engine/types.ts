import type { Cause } from '@data/causes.ts'
import type { BalanceApi, GatewayConfig } from '@data/gateway.schema.ts'
import type { Locale } from '@data/locale.ts'
import type { Protocol } from '@data/protocols.ts'

/** The checks in the order a request travels through the layers; the verdict is the first failure. */
export const checkIds = ['key-format', 'base-url', 'reach', 'auth', 'models', 'balance', 'chat', 'stream'] as const
/** The checks of the other protocols' endpoints (see protocol-plan.ts for which run when). */
export const protocolCheckIds = [
  'responses',
  'responses-stream',
  'messages',
  'messages-stream',
  'count-tokens',
  'gemini',
  'gemini-stream',
  'embeddings',
] as const
export type CheckId = (typeof checkIds)[number] | (typeof protocolCheckIds)[number]

export type CheckStatus = 'pending' | 'running' | 'pass' | 'warn' | 'fail' | 'skip'

/** What the error catalogue's matcher returns; only the fields the tester reads. */
export interface ErrorMatch {
  entry: { id: string; cause: Cause }
  score: number
}

/** `identifyError` from the error catalogue, bound to its catalogue; `body` is the raw body text. */
export type ErrorMatcher = (input: { status?: number; body?: string }) => ErrorMatch | null

export interface CheckResult {
  id: CheckId
  status: CheckStatus
  /** Milliseconds since the run started when this check began, for the timeline. */
  startedAtMs?: number
  durationMs?: number
  httpStatus?: number
  requestId?: string
  /** Set on a failure (and on warnings that have a fix to read). */
  cause?: Cause
  /** The error-catalogue entry the gateway's answer matched, if any. */
  errorId?: string
  /** What happened and what to do, in the run's language. */
  message: string
  /** The gateway's own error text, shown as text, never as HTML. */
  serverMessage?: string
  /**
   * The other origin the gateway redirected this check's request to. Clients drop the key's
   * header on a cross-origin redirect, so the check warns even when the answer looked right.
   */
  redirectedTo?: string
  /** The same request for a terminal, with the key as `$API_KEY`. */
  curl?: string
  /** Extra facts a check found (latency, time to first token, balance). */
  facts?: Record<string, string | number | boolean>
}

export interface Balance {
  dialect: Exclude<BalanceApi, 'none'>
  unlimited: boolean
  remaining?: number
  total?: number
  used?: number
  /** `usd` for one-api billing and OpenRouter; new-api's token usage counts quota points. */
  unit: 'usd' | 'quota'
  /** ISO time the key expires, if it does. */
  expiresAt?: string
}

export interface DiagnosisInput {
  baseUrl: string
  apiKey: string
  model: string
  /** What the key will be used with. @default 'openai-chat' */
  protocol?: Protocol
}

/** The subset of `fetch` the engine uses, so a fake can stand in for it. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

export interface Clock {
  now: () => number
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

export type TesterGateway = Pick<
  GatewayConfig,
  'apiBaseUrl' | 'keyPrefix' | 'defaultModel' | 'balanceApi' | 'console'
> &
  Partial<Pick<GatewayConfig, 'protocols' | 'protocolModels'>>

export interface DiagnosisOptions {
  fetch: FetchLike
  locale: Locale
  gateway: TesterGateway
  /** @default the global timers and `Date.now` */
  clock?: Clock
  signal?: AbortSignal
  /** Per-request limit, body included. @default 20000 */
  timeoutMs?: number
  /** Bytes read from any one body before it is cut off. @default 262144 */
  bodyCapBytes?: number
  /** `browser` enables the mixed-content and no-cors probes; Node has no CORS. @default 'browser' */
  runtime?: 'browser' | 'node'
  /** `location.protocol` of the page, to catch mixed content before any request. */
  pageProtocol?: string
  identifyError?: ErrorMatcher
  /** Called every time a check changes, for live display. */
  onUpdate?: (check: CheckResult, all: readonly CheckResult[]) => void
}

export interface DiagnosisResult {
  /** ISO time the run started. */
  startedAt: string
  durationMs: number
  cancelled: boolean
  /** `ok`, the cause of the first failing check, or null when cancelled before an answer. */
  verdict: 'ok' | Cause | null
  /** The article section that fixes the verdict's cause (`causeArticle`), when there is one. */
  verdictArticle?: string
  /** What was actually tested after repairs (the key is never included). */
  baseUrl: string
  model: string
  /** The protocol tested (absent in results saved before protocols existed). */
  protocol?: Protocol
  /** Model ids the gateway listed, for the model field's suggestions. */
  models: string[]
  balance?: Balance
  checks: CheckResult[]
}

/** Per-request time limit when none is given (`?timeout=`, `--timeout`). */
export const defaultTimeoutMs = 20_000
