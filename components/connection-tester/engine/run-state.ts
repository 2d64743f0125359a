import { causeArticle } from '@data/causes.ts'
import type { Protocol } from '@data/protocols.ts'
import { cleanCheckResult } from './gateway-text.ts'
import { pendingChecks } from './protocol-plan.ts'
import type { CheckId, CheckResult, DiagnosisOptions, DiagnosisResult } from './types.ts'

/** The mutable list of checks during a run; every change is reported to `onUpdate` at once. */
export class RunState {
  readonly checks: CheckResult[]

  constructor(
    private readonly onUpdate: DiagnosisOptions['onUpdate'],
    private readonly elapsed: () => number,
    private readonly guard: {
      /** The user's key as typed and as sent: masked wherever a gateway echoes it. */
      keys: readonly string[]
      /** The warning for an answer that came from another origin after a redirect. */
      redirected: (origin: string) => string
    },
    protocol: Protocol,
  ) {
    this.checks = pendingChecks(protocol)
  }

  get(id: CheckId): CheckResult {
    const check = this.checks.find((candidate) => candidate.id === id)
    if (!check) throw new Error(`Unknown check ${id}`)
    return check
  }

  start(id: CheckId): void {
    this.set(id, { status: 'running', message: '', startedAtMs: this.elapsed() })
  }

  /**
   * Replaces a check's result; timing stays unless the patch sets it. Every string passes the
   * gateway-text cleaner here, so no view, report or JSON ever holds what a gateway sent raw.
   */
  set(id: CheckId, result: Omit<CheckResult, 'id'>): void {
    const index = this.checks.findIndex((check) => check.id === id)
    const previous = this.checks[index]
    if (!previous) return
    const next: CheckResult = { id, ...cleanCheckResult(this.withRedirectWarning(result), this.guard.keys) }
    if (previous.startedAtMs !== undefined && next.startedAtMs === undefined) next.startedAtMs = previous.startedAtMs
    if (next.durationMs === undefined && next.startedAtMs !== undefined && isFinal(next.status)) {
      next.durationMs = this.elapsed() - next.startedAtMs
    }
    this.checks[index] = next
    this.onUpdate?.(
      { ...next },
      this.checks.map((check) => ({ ...check })),
    )
  }

  /** A check whose request was redirected to another origin warns, whatever it saw there. */
  private withRedirectWarning(result: Omit<CheckResult, 'id'>): Omit<CheckResult, 'id'> {
    if (!result.redirectedTo) return result
    const warning = this.guard.redirected(result.redirectedTo)
    return {
      ...result,
      status: result.status === 'pass' ? 'warn' : result.status,
      ...(result.status === 'pass' ? { cause: 'base_url' as const } : {}),
      message: [result.message, warning].filter(Boolean).join(' '),
    }
  }

  /** Marks every check that has not finished as skipped with one reason. */
  skipRest(ids: readonly CheckId[], message: string): void {
    // Another protocol's checks are not in this run: nothing to skip.
    for (const id of ids) if (this.has(id) && !isFinal(this.get(id).status)) this.set(id, { status: 'skip', message })
  }

  has(id: CheckId): boolean {
    return this.checks.some((check) => check.id === id)
  }

  verdict(): Pick<DiagnosisResult, 'verdict' | 'verdictArticle'> {
    const failed = this.checks.find((check) => check.status === 'fail')
    if (!failed) return { verdict: 'ok' }
    const cause = failed.cause ?? 'gateway_error'
    return { verdict: cause, verdictArticle: causeArticle[cause] }
  }
}

export function isFinal(status: CheckResult['status']): boolean {
  return status !== 'pending' && status !== 'running'
}
