/**
 * The family audit (`npm run study:families`): for each family's standard messages (`families.ts`), how many the
 * lookup names first with the right cause, and which it does not (with what it answers instead).
 */
import { errorCatalogue } from '../../../data/errors.ts'
import { lookupErrors } from '../../../components/error-lookup/match.ts'
import { auditFamilies } from './families.ts'

for (const [name, messages] of auditFamilies) {
  const unnamed = messages.flatMap(({ text, cause }) => {
    const first = lookupErrors(text, errorCatalogue).matches[0]?.entry
    return first?.cause === cause
      ? []
      : [`  ${cause} ← ${first ? `${first.id} (${first.cause})` : 'no entry'}: ${text.slice(0, 100)}`]
  })
  console.log(`${name}: ${messages.length - unnamed.length} of ${messages.length} named first`)
  for (const line of unnamed) console.log(line)
}
