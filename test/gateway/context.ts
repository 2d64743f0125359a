import { chatModels, nonChatModels, openRouterModels } from './models.ts'
import type { AuthState, Route } from './routing.ts'
import { scenarios, type Dialect, type ScenarioName } from './scenarios.ts'

export interface RequestContext {
  /** Null when no scenario could be chosen: the key was missing or not a test key. */
  scenario: ScenarioName | null
  method: string
  /** The path after the scenario prefix, for "Invalid URL" messages. */
  routePath: string
  route: Route | undefined
  auth: AuthState
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
