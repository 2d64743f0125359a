import { parseJson } from './http.ts'
import { isRecord } from '../../shared/records.ts'

/** What a server-sent-event stream of chat chunks held, read incrementally as it arrives. */
export interface StreamReading {
  /** Milliseconds from the request to the first body byte and to the first generated text. */
  firstByteMs?: number
  firstTokenMs?: number
  /** Milliseconds from the request to the last body byte. */
  lastByteMs?: number
  /** Of `firstByteMs`, how long the reader itself could not run (see stall-meter.ts). */
  stalledMs?: number
  /** Of `stalledMs`, the stall the first read ended: the reader could not look just before it. */
  lastStallMs?: number
  chunks: number
  /** How many reads delivered events: one read holding every chunk suggests a buffering proxy. */
  readsWithEvents: number
  done: boolean
  finished: boolean
  /** The `data:` payload of an error event inside a 200 stream. */
  errorPayload?: { json: unknown; text: string }
}

/**
 * Feeds SSE text as it arrives and keeps the counts the stream check reports. Returns a function
 * that takes each piece and says whether the stream is over (`[DONE]` or an error).
 */
export function sseReader(reading: StreamReading, elapsed: () => number): (piece: string) => boolean {
  let pending = ''
  let eventName = ''
  return (piece) => {
    const at = elapsed()
    reading.firstByteMs ??= at
    reading.lastByteMs = at
    pending += piece
    const lines = pending.split(/\r?\n/)
    pending = lines.pop() ?? ''
    let events = 0
    for (const line of lines) {
      if (line === '') {
        eventName = ''
        continue
      }
      if (line.startsWith('event:')) {
        eventName = line.slice(6).trim()
        continue
      }
      if (!line.startsWith('data:')) continue
      const payload = line.slice(5).trim()
      if (payload === '[DONE]') {
        reading.done = true
        continue
      }
      events += 1
      const json = parseJson(payload)
      if (eventName === 'error' || (isRecord(json) && 'error' in json)) {
        reading.errorPayload = { json, text: payload }
        continue
      }
      reading.chunks += 1
      const choice = isRecord(json) && Array.isArray(json.choices) ? (json.choices[0] as unknown) : undefined
      if (isRecord(choice)) {
        const delta = isRecord(choice.delta) ? choice.delta : {}
        const text = [delta.content, delta.reasoning_content, delta.reasoning].find((v) => typeof v === 'string' && v)
        if (text !== undefined) reading.firstTokenMs ??= at
        if (typeof choice.finish_reason === 'string' && choice.finish_reason) reading.finished = true
      }
    }
    if (events > 0) reading.readsWithEvents += 1
    return reading.done || reading.errorPayload !== undefined
  }
}
