import type { JsonAnswer } from './dialects.ts'

/**
 * What the gateway decided to send, before any byte is written. Handlers return one of these
 * (pure, so they are easy to read); `server.ts` writes it.
 */
export type Reply =
  | ({ kind: 'json' } & JsonAnswer)
  | { kind: 'text'; status: number; headers: Record<string, string>; contentType: string; text: string }
  | { kind: 'empty'; status: number; headers: Record<string, string> }
  /** SSE: `paced` writes each event after `streamChunkMs`; `buffered` writes all at once after `bufferingMs`. */
  | { kind: 'stream'; events: string[]; pace: 'paced' | 'buffered' }
  /** Accept and never answer, until the client gives up or the gateway closes. */
  | { kind: 'hang' }
  /** A models list padded with `entryAt(0…)` to `hugeBodyBytes`, written with backpressure. */
  | { kind: 'huge-models'; head: string; entryAt: (index: number) => string; tail: string }

/** Every wait the gateway makes, configurable per start so tests stay fast. */
export interface GatewayDelays {
  /** Before every answer of `slow`. @default 1500 */
  slowMs: number
  /** Between two events of a stream. @default 25 */
  streamChunkMs: number
  /** How long `buffering-proxy` holds a stream before writing it whole. @default 1200 */
  bufferingMs: number
  /** Before `gateway-timeout-504` answers: the proxy's upstream limit, shortened. @default 300 */
  gatewayTimeoutMs: number
}

export const defaultDelays: GatewayDelays = {
  slowMs: 1500,
  streamChunkMs: 25,
  bufferingMs: 1200,
  gatewayTimeoutMs: 300,
}

export interface Plan {
  reply: Reply
  /** Leave out every CORS header, as a limiter that runs before the CORS middleware does. */
  withoutCors?: boolean
  /** Wait this knob's time first (a 504 comes after the proxy's limit). */
  delay?: keyof GatewayDelays
}

export const json = (answer: JsonAnswer): Reply => ({ kind: 'json', ...answer })

export const ok = (body: unknown, headers: Record<string, string> = {}): Reply => ({
  kind: 'json',
  status: 200,
  headers,
  body,
})
