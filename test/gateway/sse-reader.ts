/** One server-sent event as a client sees it, with when it arrived. */
export interface SseEvent {
  data: string
  /** Milliseconds since reading began. */
  atMs: number
}

export interface SseRead {
  events: SseEvent[]
  /** `: …` lines, which OpenRouter sends to keep a connection alive. */
  comments: string[]
  /** The stream ended with `data: [DONE]`. */
  done: boolean
  /** Arrival time of each network read, to tell a paced stream from a buffered one. */
  readsAtMs: number[]
}

/**
 * Read an SSE body to its end (or `maxBytes`), the way a careful client does: by lines, across
 * chunk borders, ignoring comments. For the gateway's own tests and for anyone checking a stream.
 */
export async function readSse(response: Response, maxBytes = 1024 * 1024): Promise<SseRead> {
  if (response.body === null) throw new Error('the response has no body')
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  const started = performance.now()
  const read: SseRead = { events: [], comments: [], done: false, readsAtMs: [] }
  let pending = ''
  let dataLines: string[] = []
  let bytes = 0
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    const atMs = performance.now() - started
    read.readsAtMs.push(atMs)
    bytes += value.length
    pending += value
    const lines = pending.split(/\r?\n/)
    pending = lines.pop() ?? ''
    for (const line of lines) {
      if (line === '') {
        if (dataLines.length > 0) read.events.push({ data: dataLines.join('\n'), atMs })
        dataLines = []
      } else if (line.startsWith(':')) read.comments.push(line.slice(1).trim())
      else if (line.startsWith('data:')) dataLines.push(line.slice(5).replace(/^ /, ''))
    }
    if (bytes > maxBytes) {
      await reader.cancel()
      break
    }
  }
  read.done = read.events.at(-1)?.data === '[DONE]'
  return read
}
