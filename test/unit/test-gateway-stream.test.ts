import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replyText } from '../gateway/completions.ts'
import { scenarios, type ScenarioName } from '../gateway/scenarios.ts'
import { startTestGateway, type TestGateway } from '../gateway/server.ts'
import { readSse, type SseRead } from '../gateway/sse-reader.ts'
import { asObject, chatRequest, fastDelays, target } from '../gateway/testing.ts'

let gateway: TestGateway
beforeAll(async () => {
  gateway = await startTestGateway({ delays: { ...fastDelays, streamChunkMs: 20 } })
})
afterAll(async () => {
  await gateway.close()
})

async function stream(
  scenario: ScenarioName,
  extra: Record<string, unknown> = {},
): Promise<{ response: Response; read: SseRead }> {
  const request = chatRequest(scenarios[scenario].model, { stream: true, ...extra })
  const { url, headers } = target(gateway.url, scenario, '/v1/chat/completions', 'path')
  const response = await fetch(url, { ...request, headers: { ...request.headers, ...headers } })
  return { response, read: await readSse(response) }
}

const chunks = (read: SseRead) =>
  read.events.filter((event) => event.data !== '[DONE]').map((event) => asObject(JSON.parse(event.data)))

function contentOf(read: SseRead): string {
  return chunks(read)
    .map((chunk) => {
      const choice = (chunk.choices as { delta?: { content?: string } }[])[0]
      return choice?.delta?.content ?? ''
    })
    .join('')
}

const finishReasons = (read: SseRead) =>
  chunks(read).flatMap((chunk) => (chunk.choices as { finish_reason: string | null }[]).map((c) => c.finish_reason))

describe('healthy stream', () => {
  it('is real SSE: chunks spaced in time, finish_reason stop, then [DONE]', async () => {
    const { response, read } = await stream('healthy')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(read.done).toBe(true)
    expect(contentOf(read)).toBe(replyText)
    expect(finishReasons(read).filter(Boolean)).toEqual(['stop'])
    const ids = new Set(chunks(read).map((chunk) => chunk.id))
    expect(ids.size).toBe(1)
    // Paced: the last event arrives well after the first, over several network reads.
    expect(read.readsAtMs.length).toBeGreaterThan(1)
    expect(read.events.at(-1)!.atMs - read.events[0]!.atMs).toBeGreaterThan(60)
  })

  it('adds a usage chunk when stream_options.include_usage is set', async () => {
    const { read } = await stream('healthy', { stream_options: { include_usage: true } })
    const usage = chunks(read).at(-1)
    expect(usage?.choices).toEqual([])
    expect(asObject(usage?.usage).total_tokens).toBeGreaterThan(0)
  })

  it('OpenRouter style sends a keep-alive comment a parser must skip', async () => {
    const { read } = await stream('stream-error-event')
    expect(read.comments).toEqual(['OPENROUTER PROCESSING'])
  })
})

describe('broken streams', () => {
  it('stream-cut stops after a few chunks: no finish_reason, no [DONE]', async () => {
    const { response, read } = await stream('stream-cut')
    expect(response.status).toBe(200)
    expect(read.done).toBe(false)
    expect(read.events.length).toBeGreaterThan(1)
    expect(contentOf(read).length).toBeGreaterThan(0)
    expect(replyText.startsWith(contentOf(read))).toBe(true)
    expect(contentOf(read)).not.toBe(replyText)
    expect(finishReasons(read).filter(Boolean)).toEqual([])
  })

  it('stream-error-event: HTTP 200, then an error event with finish_reason "error"', async () => {
    const { response, read } = await stream('stream-error-event')
    expect(response.status).toBe(200)
    expect(read.done).toBe(false)
    const last = chunks(read).at(-1)
    expect(asObject(last?.error)).toMatchObject({ code: 502, message: expect.any(String) })
    expect(finishReasons(read).at(-1)).toBe('error')
    expect(String(last?.id)).toMatch(/^gen-/)
  })

  it('buffering-proxy: the whole stream arrives at once, after delays.bufferingMs', async () => {
    const started = performance.now()
    const { read } = await stream('buffering-proxy')
    expect(read.done).toBe(true)
    expect(contentOf(read)).toBe(replyText)
    expect(performance.now() - started).toBeGreaterThanOrEqual(fastDelays.bufferingMs - 5)
    const first = read.events[0]!.atMs
    expect(read.events.every((event) => event.atMs - first < 15)).toBe(true)
  })

  it('huge-body and slow still stream normally', async () => {
    for (const scenario of ['huge-body', 'slow'] as const) {
      const { read } = await stream(scenario)
      expect(read.done).toBe(true)
      expect(contentOf(read)).toBe(replyText)
    }
  })
})

describe('readSse', () => {
  it('joins events split across network chunks and stops at maxBytes', async () => {
    const encoder = new TextEncoder()
    const parts = ['data: {"a":', '1}\n', '\n: ping\n\ndata: x\r\n\r\ndata: [DO', 'NE]\n\n']
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(encoder.encode(part))
        controller.close()
      },
    })
    const read = await readSse(new Response(body))
    expect(read.events.map((event) => event.data)).toEqual(['{"a":1}', 'x', '[DONE]'])
    expect(read.comments).toEqual(['ping'])
    expect(read.done).toBe(true)

    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(encoder.encode('data: more\n\n'))
      },
    })
    const capped = await readSse(new Response(endless), 1000)
    expect(capped.done).toBe(false)
    expect(capped.events.length).toBeGreaterThan(50)
  })
})
