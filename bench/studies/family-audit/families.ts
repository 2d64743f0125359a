import type { AuditMessage } from './messages.ts'
import { keyMessages, policyContextMediaMessages, transportMessages } from './messages.ts'
import { vendorMessages } from './vendor-messages.ts'
import { gatewayMessages } from './gateway-messages.ts'

/** Issue #13's five families, each with its standard messages, in the issue's order. */
export const auditFamilies: ReadonlyArray<readonly [name: string, messages: readonly AuditMessage[]]> = [
  ['Chinese vendors (family 1)', vendorMessages],
  ['new-api and one-api (family 2)', gatewayMessages],
  ['transport (family 3)', transportMessages],
  ['key mistakes (family 4)', keyMessages],
  ['policy, context, media (family 5)', policyContextMediaMessages],
]
