import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '@data/errors.ts'
import { catalogueMatcher } from '@components/connection-tester/engine/catalogue-matcher.ts'
import { diagnoseAnswer, isHtml, serverMessageOf } from '@components/connection-tester/engine/classify.ts'
import { cleanGatewayText } from '@components/connection-tester/engine/gateway-text.ts'
import { parseJson, requestIdOf } from '@components/connection-tester/engine/http.ts'
import { partialModelIds } from '@components/connection-tester/engine/model-list.ts'
import { sseReader, type StreamReading } from '@components/connection-tester/engine/sse.ts'
import { withoutUrlSecrets } from '@components/connection-tester/url-params.ts'
import { extractError, maxAnalysedChars } from '@components/error-lookup/extract.ts'
import { maskKeys } from '@components/shared/mask-keys.ts'
import { lookupErrors } from '@components/error-lookup/match.ts'
import { hostileShapes } from '../fixtures/hostile-inputs.ts'

/**
 * Every reader of pasted or gateway text, on text shaped to make a backtracking regex slow. The
 * guard is the per-test timeout: these readers take milliseconds on these sizes when linear, and
 * a quadratic pattern (issue 16: `^\s*` under the `m` flag took 4 s on 48,000 newlines) takes
 * seconds. Sizes stay at what the readers accept (the lookup's window, a body cap's worth) so the
 * whole suite stays fast.
 */
const perTest = { timeout: 1_500 }

/** The shape, and the shape cut by one character at either end: a pattern that fails is the slow one. */
const variants = (text: string) => [text, text.slice(0, -1), text.slice(1)]
/** Just over the lookup's window, so its head-and-tail cut is exercised too. */
const pasteSize = maxAnalysedChars + 2_000
/** A gateway body: what the tester reads before its cap (256 KiB) would stop it, kept smaller. */
const bodySize = 60_000

/** Everything the tester does with a gateway's body before it shows a word of it. */
function classify(text: string, status = 502): void {
  const json = parseJson(text)
  const diagnosis = diagnoseAnswer({ status, json, text, contentType: 'text/plain' }, catalogueMatcher)
  expect(diagnosis.cause).toBeTruthy()
  expect((diagnosis.serverMessage ?? '').length).toBeLessThanOrEqual(301)
  expect(typeof isHtml(text)).toBe('boolean')
  expect((serverMessageOf(json, text, 'text/html') ?? '').length).toBeLessThanOrEqual(310)
  expect(Array.isArray(partialModelIds(`{"data":[${text}`) ?? [])).toBe(true)
  expect(requestIdOf(undefined, json, `request id: r-1 ${text}`)).toBe('r-1')
}

describe.each(hostileShapes)('hostile text: $name', (shape) => {
  it('the error lookup reads it and still finds the status it carries', perTest, () => {
    const [whole = '', ...cut] = variants(shape.make(pasteSize))
    const result = lookupErrors(whole, errorCatalogue)
    if (shape.status !== undefined) expect(result.extracted.status).toBe(shape.status)
    for (const text of cut) expect(lookupErrors(text, errorCatalogue).matches.length).toBeLessThanOrEqual(5)
  })

  it('the extractor reads it without the window', perTest, () => {
    const [whole = '', ...cut] = variants(shape.make(maxAnalysedChars))
    if (shape.status !== undefined) expect(extractError(whole).status).toBe(shape.status)
    for (const text of cut) expect(extractError(text).searchText.length).toBeLessThanOrEqual(maxAnalysedChars)
  })

  it("the tester classifies it as a gateway's body", perTest, () => {
    for (const text of variants(shape.make(bodySize))) classify(text, shape.status)
  })

  it('the tester reads it as a stream', perTest, () => {
    const reading: StreamReading = { chunks: 0, readsWithEvents: 0, done: false, finished: false }
    const feed = sseReader(reading, () => 0)
    const text = shape.make(bodySize)
    for (let at = 0; at < text.length; at += 4096) feed(text.slice(at, at + 4096))
    expect(reading.firstByteMs).toBe(0)
  })

  it('key masking and the gateway-text cleaner read it', perTest, () => {
    const text = shape.make(pasteSize)
    const masked = maskKeys(text)
    expect(masked).not.toMatch(/sk-(?:a1){6}/)
    const clean = cleanGatewayText(text, { keys: ['sk-a1a1a1a1a1a1a1a1a1a1a1'], max: 400 })
    expect(clean.length).toBeLessThanOrEqual(400)
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(clean).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
    expect(withoutUrlSecrets(`https://h/v1?${text.slice(0, bodySize)}`).url.length).toBeLessThanOrEqual(bodySize + 12)
  })
})
