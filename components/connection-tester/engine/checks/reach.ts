import type { CheckContext } from '../check-context.ts'
import { answerFields, unansweredResult } from '../check-results.ts'
import { curlCommand } from '../curl.ts'
import { request } from '../http.ts'

export type ReachResult = 'reached' | 'unreachable' | 'cancelled'

/**
 * Whether the browser can talk to the gateway at all, without the key: a simple GET needs no
 * CORS preflight. When it fails, a `no-cors` request that resolves proves a server answered,
 * which leaves CORS as the cause; one that also fails points at DNS, TLS or the network.
 */
export async function checkReach(ctx: CheckContext): Promise<ReachResult> {
  const url = `${ctx.baseUrl}/models`
  ctx.state.start('reach')
  const curl = curlCommand({ method: 'GET', url, key: false })
  const outcome = await request(ctx.http, { method: 'GET', url })
  if (outcome.ok) {
    ctx.state.set('reach', {
      status: 'pass',
      message: ctx.msg.reached(outcome.status, Math.round(outcome.durationMs)),
      curl,
      ...answerFields(outcome),
      facts: { latencyMs: Math.round(outcome.durationMs) },
    })
    return 'reached'
  }
  if (outcome.kind !== 'network' || ctx.runtime !== 'browser') {
    ctx.state.set('reach', { ...unansweredResult(ctx, outcome, false), curl })
    return outcome.kind === 'cancelled' ? 'cancelled' : 'unreachable'
  }
  const probe = await request(ctx.http, { method: 'GET', url, mode: 'no-cors' })
  if (!probe.ok && probe.kind === 'cancelled') {
    ctx.state.set('reach', { status: 'skip', message: ctx.msg.cancelled, curl })
    return 'cancelled'
  }
  if (probe.ok) {
    ctx.state.set('reach', {
      status: 'fail',
      cause: 'cors',
      message: ctx.msg.cors,
      curl,
      durationMs: outcome.durationMs,
    })
  } else {
    ctx.state.set('reach', { ...unansweredResult(ctx, outcome, false), curl })
  }
  return 'unreachable'
}
