import { shallowRef, type ShallowRef } from 'vue'
import type { Locale } from '@data/locale.ts'
import { explainPolicyBlock, type PolicyViolation } from './policy-block.ts'
import { pendingChecks } from './engine/protocol-plan.ts'
import type { CheckResult, DiagnosisInput, DiagnosisResult, TesterGateway } from './engine/types.ts'

export interface UseConnectionTestReturn {
  checks: ShallowRef<CheckResult[]>
  result: ShallowRef<DiagnosisResult | null>
  running: ShallowRef<boolean>
  /** True when the engine itself threw: the page says so instead of freezing. */
  crashed: ShallowRef<boolean>
  run: (input: DiagnosisInput, timeoutMs: number) => Promise<void>
  cancel: () => void
}

/** Runs the engine from the page: live check updates, one run at a time, cancellable. */
export function useConnectionTest(locale: Locale, gateway: TesterGateway): UseConnectionTestReturn {
  const checks = shallowRef<CheckResult[]>(pendingChecks())
  const result = shallowRef<DiagnosisResult | null>(null)
  const running = shallowRef(false)
  const crashed = shallowRef(false)
  let controller: AbortController | undefined
  let stopWatchingPolicy = () => {}

  async function run(input: DiagnosisInput, timeoutMs: number) {
    controller?.abort()
    const current = new AbortController()
    controller = current
    running.value = true
    crashed.value = false
    result.value = null
    checks.value = pendingChecks(input.protocol)
    // A request this site's Content-Security-Policy refuses fails like a dead network; the
    // browser tells which it was only through this event, which can arrive after the run ended.
    stopWatchingPolicy()
    const violations: PolicyViolation[] = []
    let finished: DiagnosisResult | undefined
    const show = () => {
      if (!finished || controller !== current) return
      const explained = explainPolicyBlock(finished, violations, locale, globalThis.location?.origin ?? '')
      checks.value = explained.checks
      result.value = explained
    }
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      violations.push(event)
      show()
    }
    globalThis.document?.addEventListener('securitypolicyviolation', onViolation)
    stopWatchingPolicy = () => globalThis.document?.removeEventListener('securitypolicyviolation', onViolation)
    try {
      // The engine and the catalogue (the largest data on the site, it names the error a gateway
      // answered with) are only needed once a run starts: the page does not download and evaluate
      // them on load, which made the tester page's long tasks.
      const [{ runChecks }, { catalogueMatcher }] = await Promise.all([
        import('./engine/run-checks.ts'),
        import('./engine/catalogue-matcher.ts'),
      ])
      if (controller !== current) return
      finished = await runChecks(input, {
        // Looked up at call time so a test can stub it, and called unbound-safe.
        fetch: (url, init) => globalThis.fetch(url, init),
        locale,
        gateway,
        signal: current.signal,
        timeoutMs,
        runtime: 'browser',
        pageProtocol: globalThis.location?.protocol,
        identifyError: catalogueMatcher,
        onUpdate: (_changed, all) => {
          if (controller === current) checks.value = [...all]
        },
      })
      show()
    } catch {
      if (controller === current) crashed.value = true
    } finally {
      if (controller === current) running.value = false
    }
  }

  function cancel() {
    controller?.abort()
  }

  return { checks, result, running, crashed, run, cancel }
}
