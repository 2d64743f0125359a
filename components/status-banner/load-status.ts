import type { StatusSource } from '@data/gateway.schema.ts'
import { sourceRequests, type GatewayStatus } from './status.ts'

/** Fetches one URL's JSON; rejects on a network error, a non-2xx answer or a body that is not JSON. */
export type FetchJson = (url: string, signal: AbortSignal) => Promise<unknown>

/** A status answer is a few kilobytes; anything past this is not one, and is not read into memory. */
const maxBodyChars = 256 * 1024

/** The browser's fetch, without cookies or referrer: the status source learns nothing about the reader. */
export const browserFetchJson: FetchJson = async (url, signal) => {
  const response = await fetch(url, { signal, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const text = await response.text()
  if (text.length > maxBodyChars) throw new Error('status answer too large')
  return JSON.parse(text) as unknown
}

/**
 * The current status, or null whenever it cannot be known quickly: no source, a timeout, a network
 * or CSP failure, a shape nobody parses. A banner about the help site's own plumbing would only add
 * noise to a reader who came with a problem, so every failure is silent.
 */
export async function loadStatus(
  source: StatusSource,
  fetchJson: FetchJson = browserFetchJson,
  timeoutMs = 3000,
): Promise<GatewayStatus | null> {
  const plan = sourceRequests(source)
  if (!plan) return null
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const settled = await Promise.allSettled(plan.urls.map((url) => fetchJson(url, controller.signal)))
    if (controller.signal.aborted) return null
    return plan.parse(settled.map((result) => (result.status === 'fulfilled' ? result.value : undefined)))
  } catch {
    return null
  } finally {
    clearTimeout(timer)
  }
}
