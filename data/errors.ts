import { gateway } from './gateway.ts'
import type { Cause } from './causes.ts'
import type { Locale } from './locale.ts'
import type { ErrorEntry } from './errors.schema.ts'
import { fillGatewayTokens, gatewayTokenValues } from './gateway-tokens.ts'
import { keyEntries } from './errors/keys.ts'
import { accountEntries } from './errors/account.ts'
import { routingEntries } from './errors/routing.ts'
import { serviceEntries } from './errors/service.ts'
import { requestEntries } from './errors/request.ts'
import { networkEntries } from './errors/network.ts'
import { agentEntries } from './errors/agents.ts'

export type { ErrorEntry } from './errors.schema.ts'

const tokenValues = { zh: gatewayTokenValues(gateway, 'zh'), en: gatewayTokenValues(gateway, 'en') }

/** Entries name the gateway through `{{gw.*}}` tokens, like markdown, so re-branding needs no edit here. */
function fillText(text: { zh: string; en: string }, id: string): { zh: string; en: string } {
  const fill = (locale: Locale) => fillGatewayTokens(text[locale], tokenValues[locale], `data/errors.ts#${id}`)
  return { zh: fill('zh'), en: fill('en') }
}

function fillEntry(entry: ErrorEntry): ErrorEntry {
  return {
    ...entry,
    title: fillText(entry.title, entry.id),
    meaning: fillText(entry.meaning, entry.id),
    steps: entry.steps.map((step) => fillText(step, entry.id)),
    // An example that names the gateway's host shows this gateway's, as the reader's own error would.
    examples: entry.examples.map((example) => ({
      ...example,
      text: fillGatewayTokens(example.text, tokenValues.en, `data/errors.ts#${entry.id}`),
    })),
  }
}

/**
 * The one source for the `/errors` table, the lookup, the `::: error-list` container and the
 * connection tester's verdicts. Order matters only for display: grouped by where the fault sits.
 */
export const errorCatalogue: readonly ErrorEntry[] = [
  ...keyEntries,
  ...accountEntries,
  ...routingEntries,
  ...serviceEntries,
  ...requestEntries,
  ...networkEntries,
  ...agentEntries,
].map(fillEntry)

/**
 * What a bare HTTP status most likely means, when nothing else is known: the cause of the entry
 * whose `defaultFor` names it (the schema allows one per status). The lookup scores by these
 * defaults; the connection tester falls back on this map when the catalogue matched nothing.
 */
export const defaultCauseOfStatus: ReadonlyMap<number, Cause> = new Map(
  errorCatalogue.flatMap((entry) => entry.defaultFor.map((status) => [status, entry.cause] as const)),
)
