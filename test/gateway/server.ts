import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { corsPreflightHeaders, corsResponseHeaders } from './cors.ts'
import { planReply, type RequestContext } from './handlers.ts'
import { defaultDelays, type GatewayDelays, type Reply } from './replies.ts'
import { hostileOf, hostileReply } from './hostile.ts'
import { bearerKey, effectiveAuthorization, matchRoute, redactHeaders, selectScenario } from './routing.ts'
import { scenarios, type ScenarioName } from './scenarios.ts'
import { statusPageReply } from './status-pages.ts'

export type { GatewayDelays } from './replies.ts'

export interface TestGatewayOptions {
  /** @default 0 (any free port) */
  port?: number
  /** @default '127.0.0.1' */
  host?: string
  delays?: Partial<GatewayDelays>
  /** Length of the `huge-body` models list; `Infinity` never ends it. @default 24 MiB */
  hugeBodyBytes?: number
  /** @default () => new Date() */
  now?: () => Date
  /** Keep every request in `requests`; off for a long-running CLI. @default true */
  recordRequests?: boolean
  /** Called when an answer ends: `status` is 0 when the connection closed before one was sent. */
  onAnswered?: (request: RecordedRequest, status: number) => void
  /**
   * Awaited before a stream's headers and first event are written, so a test can stop the reader
   * at that moment (a client starved on a loaded machine, which then gets the whole stream at once).
   */
  beforeStream?: (request: RecordedRequest) => void | Promise<void>
}

/** One request as the gateway saw it; key-carrying headers hold `[redacted]`, never the key. */
export interface RecordedRequest {
  method: string
  /** Path and query as sent, scenario prefix included. */
  path: string
  scenario: ScenarioName | null
  via: 'path' | 'key'
  headers: Record<string, string>
  /** The parsed JSON body of a POST, when it parsed. */
  body?: unknown
  receivedAt: number
}

export interface TestGateway {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string
  /** A second address of the same gateway on another port: another origin, for redirects. */
  otherUrl: string
  close(): Promise<void>
  requests: RecordedRequest[]
}

const maxRequestBytes = 1024 * 1024
const hugeChunkBytes = 64 * 1024

/** Start the fake OpenAI-compatible gateway on a real socket. */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const delays: GatewayDelays = { ...defaultDelays, ...options.delays }
  const hugeBodyBytes = options.hugeBodyBytes ?? 24 * 1024 * 1024
  const now = options.now ?? (() => new Date())
  const host = options.host ?? '127.0.0.1'
  const requests: RecordedRequest[] = []
  // Aborted on close, so every pending wait (slow, stream pacing, 504) ends at once.
  const shutdown = new AbortController()

  const wait = (ms: number, res: ServerResponse) =>
    new Promise<boolean>((resolve) => {
      if (ms <= 0) return resolve(isOpen(res))
      const timer = setTimeout(finish, ms)
      function finish() {
        clearTimeout(timer)
        shutdown.signal.removeEventListener('abort', finish)
        res.off('close', finish)
        resolve(isOpen(res))
      }
      shutdown.signal.addEventListener('abort', finish)
      res.on('close', finish)
    })
  const isOpen = (res: ServerResponse) => !shutdown.signal.aborted && !res.destroyed && !res.writableEnded

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://gateway.invalid')
    // A hostile gateway (hostile.ts) answers its own routes and leaves the rest to `healthy`.
    const hostile = hostileOf(url.pathname)
    const key = effectiveAuthorization(url, req.headers)
    const selection = selectScenario(hostile ? `/healthy${hostile.route}` : url.pathname, key.authorization)
    const record: RecordedRequest = {
      method,
      path: `${url.pathname}${url.search}`,
      scenario: selection.scenario,
      via: selection.via,
      headers: redactHeaders(req.headers),
      receivedAt: Date.now(),
    }
    if (options.recordRequests !== false) requests.push(record)
    if (options.onAnswered !== undefined) {
      const report = options.onAnswered
      res.once('close', () => report(record, res.headersSent ? res.statusCode : 0))
    }
    const cors = selection.scenario === null ? 'explicit' : scenarios[selection.scenario].cors
    // The status sources a help site's banner reads: public, keyless, CORS-open like the products.
    const statusReply = statusPageReply(method, url.pathname)
    if (statusReply) {
      await writeReply(res, statusReply, corsResponseHeaders('explicit'))
      return
    }

    if (method === 'OPTIONS') {
      res.writeHead(204, corsPreflightHeaders(cors)).end()
      return
    }
    const body = await readJsonBody(req)
    if (body === 'too-large') {
      res.writeHead(413, { ...corsResponseHeaders(cors), 'Content-Type': 'text/plain' }).end('Request Entity Too Large')
      return
    }
    if (body.kind === 'json') record.body = body.value
    const hostileAnswer =
      hostile &&
      hostileReply(hostile.name, {
        method,
        route: hostile.route,
        key: bearerKey(key.authorization),
        otherOrigin,
      })
    if (hostileAnswer) {
      await writeReply(res, hostileAnswer, corsResponseHeaders(cors))
      return
    }

    const context: RequestContext = {
      scenario: selection.scenario,
      method,
      routePath: selection.route,
      route: matchRoute(method, selection.route),
      auth: selection.auth,
      keyVia: key.via,
      ...(selection.fault ? { fault: selection.fault } : {}),
      body,
      now: now(),
    }
    const plan = planReply(context)
    if (selection.scenario === 'slow' && !(await wait(delays.slowMs, res))) return
    if (plan.delay !== undefined && !(await wait(delays[plan.delay], res))) return
    if (plan.reply.kind === 'stream') await options.beforeStream?.(record)
    await writeReply(res, plan.reply, plan.withoutCors ? {} : corsResponseHeaders(cors))
  }

  async function writeReply(res: ServerResponse, reply: Reply, cors: Record<string, string>): Promise<void> {
    switch (reply.kind) {
      case 'json':
        res
          .writeHead(reply.status, { ...cors, 'Content-Type': 'application/json; charset=utf-8', ...reply.headers })
          .end(JSON.stringify(reply.body))
        return
      case 'text':
        res.writeHead(reply.status, { ...cors, 'Content-Type': reply.contentType, ...reply.headers }).end(reply.text)
        return
      case 'empty':
        res.writeHead(reply.status, { ...cors, 'Content-Length': '0', ...reply.headers }).end()
        return
      case 'hang':
        return
      case 'stream':
        return writeStream(res, reply.events, reply.pace, cors)
      case 'huge-models':
        return writeHugeModels(res, reply, cors)
    }
  }

  async function writeStream(
    res: ServerResponse,
    events: string[],
    pace: 'paced' | 'buffered',
    cors: Record<string, string>,
  ): Promise<void> {
    const headers = {
      ...cors,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no',
    }
    if (pace === 'buffered') {
      // A buffering proxy holds headers and body until the upstream finishes.
      if (!(await wait(delays.bufferingMs, res))) return
      res.writeHead(200, headers).end(events.join(''))
      return
    }
    res.writeHead(200, headers)
    res.flushHeaders()
    for (const [index, event] of events.entries()) {
      if (index > 0 && !(await wait(delays.streamChunkMs, res))) return
      res.write(event)
    }
    res.end()
  }

  async function writeHugeModels(
    res: ServerResponse,
    reply: Extract<Reply, { kind: 'huge-models' }>,
    cors: Record<string, string>,
  ): Promise<void> {
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json; charset=utf-8' })
    res.write(reply.head)
    let written = reply.head.length
    let index = 0
    while (written < hugeBodyBytes) {
      let chunk = ''
      while (chunk.length < hugeChunkBytes) chunk += `,${reply.entryAt(index++)}`
      if (!isOpen(res)) return
      if (!res.write(chunk)) await drained(res)
      written += chunk.length
    }
    if (isOpen(res)) res.end(reply.tail)
  }

  const drained = (res: ServerResponse) =>
    new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done)
        res.off('close', done)
        shutdown.signal.removeEventListener('abort', done)
        resolve()
      }
      res.on('drain', done)
      res.on('close', done)
      shutdown.signal.addEventListener('abort', done)
    })

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the fake must show up in the test that hit it, not vanish.
      console.error('test gateway:', error)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' }).end('test gateway failure')
      else res.destroy()
    })
  }
  const hostInUrl = host.includes(':') ? `[${host}]` : host
  const listen = async (port: number) => {
    const server = createServer(listener)
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    return { server, url: `http://${hostInUrl}:${(server.address() as AddressInfo).port}` }
  }
  const main = await listen(options.port ?? 0)
  // The same gateway on a second port, so `hostile/redirect` can send clients to another origin.
  const other = await listen(0)
  const otherOrigin = other.url
  const closeServer = (server: typeof main.server) =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()))
      // Hung and streaming answers would keep `close` waiting forever.
      server.closeAllConnections()
    })

  return {
    url: main.url,
    otherUrl: otherOrigin,
    requests,
    close: async () => {
      shutdown.abort()
      await Promise.all([closeServer(main.server), closeServer(other.server)])
    },
  }
}

async function readJsonBody(req: IncomingMessage): Promise<RequestContext['body'] | 'too-large'> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxRequestBytes) return 'too-large'
    chunks.push(chunk)
  }
  if (size === 0) return { kind: 'none' }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    return { kind: 'json', value }
  } catch {
    return { kind: 'invalid' }
  }
}
