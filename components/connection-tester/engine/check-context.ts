import type { Locale } from '@data/locale.ts'
import type { CheckMessages } from './check-messages.ts'
import type { HttpContext } from './http.ts'
import type { RunState } from './run-state.ts'
import type { DiagnosisOptions } from './types.ts'

/** Everything one check needs: the repaired inputs, the HTTP context and the shared state. */
export interface CheckContext {
  http: HttpContext
  state: RunState
  msg: CheckMessages
  locale: Locale
  runtime: 'browser' | 'node'
  gateway: DiagnosisOptions['gateway']
  identifyError: DiagnosisOptions['identifyError']
  baseUrl: string
  key: string
  model: string
}
