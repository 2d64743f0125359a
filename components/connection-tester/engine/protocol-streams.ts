import { parseJson } from './http.ts'
import { isRecord } from '../../shared/records.ts'

/** The event formats of the streams the agents read. */
export type StreamFormat = 'anthropic' | 'responses' | 'gemini'

/** What a protocol's stream held, read incrementally as it arrives. */
export interface ProtocolStreamReading {
  firstByteMs?: number
  firstTokenMs?: number
  /** Events with a payload, error events included. */
  events: number
  /** Event types in the order they first appeared (`message_start`, `response.output_text.delta`…). */
  seen: string[]
  /** The protocol's own end arrived: `message_stop`, `response.completed`, a Gemini `finishReason`. */
  ended: boolean
  /** Responses only: `response.incomplete` arrived, with its reason (`max_output_tokens`). */
  incomplete?: string
  /** An error the stream reported after its 200 (`event: error`, `response.failed`, `{error}`). */
  errorPayload?: { json: unknown; text: string }
}

export const newReading = (): ProtocolStreamReading => ({ events: 0, seen: [], ended: false })

/** The event that ends a healthy stream of each format, for messages. */
export const endEvent: Record<StreamFormat, string> = {
  anthropic: 'message_stop',
  responses: 'response.completed',
  gemini: 'finishReason',
}

interface SseEvent {
  event: string
  data: string
}

/** Splits SSE text into events as pieces arrive; `data:` lines of one event are joined. */
export function sseSplitter(): (piece: string) => SseEvent[] {
  let pending = ''
  let event = ''
  let data: string[] = []
  return (piece) => {
    pending += piece
    const lines = pending.split(/\r?\n/)
    pending = lines.pop() ?? ''
    const out: SseEvent[] = []
    for (const line of lines) {
      if (line === '') {
        if (data.length) out.push({ event, data: data.join('\n') })
        event = ''
        data = []
      } else if (line.startsWith('event:')) event = line.slice(6).trim()
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
    }
    return out
  }
}

const textDeltaTypes = new Set([
  'response.output_text.delta',
  'response.reasoning_text.delta',
  'response.reasoning_summary_text.delta',
])

const eventName = /^[A-Za-z0-9_.-]{1,64}$/
const maxSeen = 24

/** Reads one event into `reading`; true when the stream has said all it will. */
function readEvent(format: StreamFormat, reading: ProtocolStreamReading, item: SseEvent, at: number): boolean {
  const json = parseJson(item.data)
  const type = isRecord(json) && typeof json.type === 'string' ? json.type : item.event || 'data'
  reading.events += 1
  // The names come from the gateway: keep only name-like ones, and not without end.
  if (eventName.test(type) && reading.seen.length < maxSeen && !reading.seen.includes(type)) reading.seen.push(type)
  const error = () => {
    reading.errorPayload = { json, text: item.data }
    return true
  }
  switch (format) {
    case 'anthropic': {
      if (type === 'error' || item.event === 'error') return error()
      const delta = isRecord(json) && isRecord(json.delta) ? json.delta : undefined
      if (type === 'content_block_delta' && delta) reading.firstTokenMs ??= at
      if (type === 'message_stop') reading.ended = true
      return reading.ended
    }
    case 'responses': {
      if (type === 'error' || type === 'response.failed') {
        // `response.failed` carries its error inside the response; show that, not the envelope.
        const inner = isRecord(json) && isRecord(json.response) ? json.response.error : undefined
        if (isRecord(inner)) reading.errorPayload = { json: { error: inner }, text: JSON.stringify({ error: inner }) }
        else error()
        return true
      }
      if (textDeltaTypes.has(type)) reading.firstTokenMs ??= at
      if (type === 'response.completed') reading.ended = true
      if (type === 'response.incomplete') {
        const details = isRecord(json) && isRecord(json.response) ? json.response.incomplete_details : undefined
        reading.incomplete = isRecord(details) && typeof details.reason === 'string' ? details.reason : 'unknown'
        return true
      }
      return reading.ended
    }
    case 'gemini': {
      if (isRecord(json) && 'error' in json) return error()
      const candidate = isRecord(json) && Array.isArray(json.candidates) ? (json.candidates[0] as unknown) : undefined
      if (!isRecord(candidate)) return false
      const parts = isRecord(candidate.content) && Array.isArray(candidate.content.parts) ? candidate.content.parts : []
      if (parts.some((part: unknown) => isRecord(part) && typeof part.text === 'string')) reading.firstTokenMs ??= at
      if (typeof candidate.finishReason === 'string' && candidate.finishReason) reading.ended = true
      return reading.ended
    }
  }
}

/**
 * Feeds a protocol's SSE text as it arrives; returns a function that takes each piece and says
 * whether the stream is over (its end event, or an error).
 */
export function protocolStreamReader(
  format: StreamFormat,
  reading: ProtocolStreamReading,
  elapsed: () => number,
): (piece: string) => boolean {
  const split = sseSplitter()
  return (piece) => {
    const at = elapsed()
    reading.firstByteMs ??= at
    let over = false
    for (const item of split(piece)) over = readEvent(format, reading, item, at) || over
    return over
  }
}
