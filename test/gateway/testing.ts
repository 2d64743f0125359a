import { testKeyFor, type ScenarioName } from './scenarios.ts'
import type { GatewayDelays } from './server.ts'

/**
 * Delays short enough for unit tests, still long enough to be measured. `bufferingMs` stays well
 * above the tester's 100 ms: only the time its reader was awake counts, and on a loaded machine
 * the reader may stall for part of the wait.
 */
export const fastDelays: GatewayDelays = { slowMs: 150, streamChunkMs: 5, bufferingMs: 500, gatewayTimeoutMs: 40 }

/** A key that only has to look right, for when the path picks the scenario. */
export const plainKey = 'sk-0123456789abcdefghij'

export type Selector = 'path' | 'key'

/** URL and headers that select `scenario` one way or the other. */
export function target(
  gatewayUrl: string,
  scenario: ScenarioName,
  path: string,
  selector: Selector,
): { url: string; headers: Record<string, string> } {
  return selector === 'path'
    ? { url: `${gatewayUrl}/${scenario}${path}`, headers: { Authorization: `Bearer ${plainKey}` } }
    : { url: `${gatewayUrl}${path}`, headers: { Authorization: `Bearer ${testKeyFor(scenario)}` } }
}

export function chatRequest(model: string, extra: Record<string, unknown> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'ping' }], ...extra }),
  }
}

/** Narrow a parsed body to a plain object, failing the test with the body when it is not one. */
export function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`expected a JSON object, got ${JSON.stringify(value)}`)
  }
  return value as Record<string, unknown>
}

/** `body.error` as an object, for the error shapes. */
export function errorOf(body: unknown): Record<string, unknown> {
  return asObject(asObject(body).error)
}
