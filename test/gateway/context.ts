import type { GatewayError } from './dialects.ts'
import { chatModels, nonChatModels, openRouterModels } from './models.ts'
import type { ProtocolFault } from './protocol-scenarios.ts'
import type { AuthState, KeyVia, Route } from './routing.ts'
import { scenarios, type Dialect, type ScenarioName } from './scenarios.ts'

export interface RequestContext {
  /** Null when no scenario could be chosen: the key was missing or not a test key. */
  scenario: ScenarioName | null
  method: string
  /** The path after the scenario prefix, for "Invalid URL" messages. */
  routePath: string
  route: Route | undefined
  auth: AuthState
  /** Which header carried the key (new-api reads several). */
  keyVia?: KeyVia
  /** A fault of another protocol's endpoint on the healthy gateway. */
  fault?: ProtocolFault
  /** The parsed JSON body; `invalid` when it did not parse. */
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'invalid' }
  now: Date
}

export const dialectOf = (scenario: ScenarioName | null): Dialect =>
  scenario === null ? 'new-api' : scenarios[scenario].dialect

export function modelsOf(scenario: ScenarioName | null): readonly string[] {
  if (scenario === 'unknown-model') return nonChatModels
  if (dialectOf(scenario) === 'openrouter') return openRouterModels
  return [...chatModels, ...nonChatModels]
}

/** Unix seconds, as `created` and `expires_at` fields count. */
export const seconds = (now: Date) => Math.floor(now.getTime() / 1000)

/** The JSON object a POST carried, or the error a gateway answers when it carried none. */
export function requestFields(context: RequestContext): { fields: Record<string, unknown> } | { error: GatewayError } {
  const value = context.body.kind === 'json' ? context.body.value : undefined
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: { status: 400, message: 'We could not parse the JSON body of your request.' } }
  }
  return { fields: value as Record<string, unknown> }
}
