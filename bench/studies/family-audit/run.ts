/**
 * The family audit (`npm run study:families`): for each family's standard messages (`messages.ts`, `vendor-messages.ts`,
 * `gateway-messages.ts`), how many the
 * lookup names first with the right cause, and which it does not (with what it answers instead).
 */
import { errorCatalogue } from '../../../data/errors.ts'
import { lookupErrors } from '../../../components/error-lookup/match.ts'
import { keyMessages, policyContextMediaMessages, transportMessages, type AuditMessage } from './messages.ts'
import { vendorMessages } from './vendor-messages.ts'
import { gatewayMessages } from './gateway-messages.ts'

const families: Array<[string, AuditMessage[]]> = [
  ['Chinese vendors (family 1)', vendorMessages],
  ['new-api and one-api (family 2)', gatewayMessages],
  ['transport (family 3)', transportMessages],
  ['key mistakes (family 4)', keyMessages],
  ['policy, context, media (family 5)', policyContextMediaMessages],
]
for (const [name, messages] of families) {
  const unnamed = messages.flatMap(({ text, cause }) => {
    const result = lookupErrors(text, errorCatalogue)
    const first = result.matches[0]?.entry
    return first?.cause === cause
      ? []
      : [`  ${cause} ← ${first ? `${first.id} (${first.cause})` : 'no entry'}: ${text.slice(0, 100)}`]
  })
  console.log(`${name}: ${messages.length - unnamed.length} of ${messages.length} named first`)
  for (const line of unnamed) console.log(line)
}
