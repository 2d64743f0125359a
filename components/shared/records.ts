/**
 * Gateways, status pages and pasted logs hand over JSON of any shape; every reader narrows it
 * with these before touching a field.
 */

/** True for a plain object (not null, not an array), whose fields may then be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value as a plain object, or undefined when it is anything else. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined
}
