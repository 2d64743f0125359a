import type { Cause } from '@data/causes.ts'
import type { ErrorEntry } from '@data/errors.schema.ts'
import { genericErrorCodes } from '@data/errors/generic-codes.ts'
import { extractError, mentionsWord, reasonPhrases, relayCodes, type ExtractedError } from './extract.ts'
import { causeLayer, type LookupGuess } from './guess.ts'
import type { MatchReason } from './match-reason.ts'
import { lookupMessages } from './messages.ts'
import { guessOf, namedOnlyBy, possibleCauses, type PossibleCause } from './possible-causes.ts'
import { readLearned, type LearnedCause } from './learned.ts'
import type { CauseModel } from '@data/cause-model.schema.ts'
import { mayContain, trigramHashes, type TrigramBitmap } from './trigram-filter.ts'
import { mayMatch, pasteBitmap, type Prefiltered } from './literal-prefilter.ts'
import { foldHan } from './fold-han.ts'
import { compilePatterns, warmPatterns } from './compiled-patterns.ts'
import { inConditionalClause } from './conditional-clause.ts'

export interface ErrorMatch {
  entry: ErrorEntry
  score: number
  reasons: MatchReason[]
  /** Only the status pointed here: a guess to confirm, not a diagnosis. */
  statusOnly: boolean
}

export interface LookupResult {
  extracted: ExtractedError
  matches: ErrorMatch[]
  /** Only when no entry matched: the likely layer read from what the paste shows, never empty-handed. */
  guess?: LookupGuess
  /**
   * Causes neither the matches nor the guess name that the paste may still have, most likely
   * first: what a reader whose error is worded like no entry checks next.
   */
  alsoPossible: PossibleCause[]
}

/** Other possible causes shown under an answer: enough to hold the right one, few enough to read. */
export const maxAlsoPossible = 3

/** Scores tuned on test/fixtures/pasted-errors*.ts: a code outweighs wording, wording outweighs a status. */
const weights = {
  code: 100,
  genericCode: 25,
  word: 70,
  genericWord: 10,
  firstPattern: 50,
  morePattern: 10,
  // Above minScore, so a description alone still names its entry; below firstPattern, so an error's
  // own wording anywhere in the paste ranks its entry first; a mismatched status sinks it.
  description: 35,
  status: 20,
  statusDefault: 15,
  statusMismatch: -30,
  noResponseButStatus: -15,
  dialect: 5,
}
/** Below this an entry is not shown at all. */
export const minScore = 30
const maxMatches = 5
const maxPatternEvidence = 4

interface CompiledEntry {
  entry: ErrorEntry
  /** `entry.sharedWith`, each with its `when` compiled (absent: always). */
  shared: Array<{ id: string; when?: Prefiltered }>
  patterns: Prefiltered[]
  describes: Prefiltered[]
  wraps: Prefiltered[]
  codes: Set<string>
  /** The same codes, each with its runs for the bitmap. */
  codeChecks: CodeCheck[]
}

interface CodeCheck {
  code: string
  runs: number[]
}

/**
 * Where the pattern matches the paste, skipping the regex when none of its required literals is there. An error's
 * wording skips any place where Chinese words are a rule or a case about the error rather than the error
 * (`inConditionalClause`); a description (`match.describes`) does not, as people tell their symptom as a case too
 * (`生图任务失败的时候…`, `如果提示词违规了…`).
 */
function matchPattern(
  pattern: Prefiltered,
  extracted: ExtractedError,
  bitmap: TrigramBitmap,
  { description = false } = {},
): RegExpExecArray | null {
  if (!mayMatch(pattern, extracted.lowerText, bitmap)) return null
  const text = extracted.searchText
  const hit = pattern.regex.exec(text)
  if (!hit || description || !inConditionalClause(text, hit.index, hit.index + hit[0].length)) return hit
  const later = everyPlace(pattern.regex)
  later.lastIndex = hit.index + 1
  for (let next = later.exec(text); next; next = later.exec(text)) {
    if (!inConditionalClause(text, next.index, next.index + next[0].length)) return next
    if (next[0].length === 0) later.lastIndex++
  }
  return null
}

const globalCopies = new WeakMap<RegExp, RegExp>()

/** The pattern with the g flag, to go on past a place it skipped: made once per pattern, only when one is skipped. */
function everyPlace(regex: RegExp): RegExp {
  let copy = globalCopies.get(regex)
  if (!copy) globalCopies.set(regex, (copy = new RegExp(regex.source, `${regex.flags}g`)))
  return copy
}

const compiledCache = new WeakMap<readonly ErrorEntry[], CompiledEntry[]>()

/** Patterns compile once per catalogue; a bad one is dropped here (the schema rejects it at build). */
function compile(catalogue: readonly ErrorEntry[]): CompiledEntry[] {
  const cached = compiledCache.get(catalogue)
  if (cached) return cached
  const compiled = catalogue.map((entry) => {
    const codes = new Set(entry.match.codes.map((code) => foldHan(code).toLowerCase()))
    return {
      entry,
      codes,
      codeChecks: [...codes].map((code) => ({ code, runs: trigramHashes(code) })),
      patterns: compilePatterns(entry.match.patterns),
      describes: compilePatterns(entry.match.describes ?? []),
      wraps: compilePatterns(entry.match.wraps ?? []),
      shared: (entry.sharedWith ?? []).map(({ id, when }) => ({
        id,
        ...(when === undefined ? {} : { when: compilePatterns([when])[0] }),
      })),
    }
  })
  compiledCache.set(catalogue, compiled)
  return compiled
}

/**
 * Does the catalogue's compiling ahead of the first lookup, a few patterns while `hasTime()` says so (see
 * compiled-patterns.ts); true once a lookup has nothing left to compile. Called again, it goes on where it stopped.
 */
export function warmLookup(catalogue: readonly ErrorEntry[], hasTime: () => boolean): boolean {
  if (compiledCache.has(catalogue)) return true
  if (!warmPatterns(catalogue, hasTime)) return false
  compile(catalogue)
  return true
}

/**
 * Whether the paste mentions the code as a word, not inside a longer identifier. Most of an entry's codes are in
 * no paste: the bitmap rules them out without a scan.
 */
function mentionsCode(extracted: ExtractedError, { code, runs }: CodeCheck, bitmap: TrigramBitmap): boolean {
  return mayContain(bitmap, runs) && mentionsWord(extracted.lowerText, code, settingValue)
}

/**
 * A setting's number after the word (`startup_timeout: 120s`, `request_timeout = 30`): a config line, not an error; not an
 * HTTP error status after an error's name (`PermissionDenied: 403 …`, `AccountOverdueError: 403 Forbidden`).
 */
const settingValue = /^\s?[:=]\s?(?![45]\d\d\b)\d/

/** Where an entry's patterns matched in the search text, for ranking two readings of the same paste. */
interface Span {
  start: number
  end: number
}

interface Scored {
  match: ErrorMatch
  /** The widest run of words the entry's patterns matched, when one did. */
  span?: Span
  /** The runs of words the entry's patterns (not its descriptions or wrapper words) matched. */
  patternSpans: Span[]
  /** The runs of words the entry's wrapper words (`match.wraps`) matched. */
  wrapSpans: Span[]
}

function scoreEntry(compiled: CompiledEntry, extracted: ExtractedError, relayStatus: boolean): Scored {
  const { entry } = compiled
  const reasons: MatchReason[] = []
  let score = 0
  let evidence = false

  // Shared codes say one thing however many a body carries (OpenAI's `invalid_request_error` type beside its
  // `unsupported_value` code: a refused request), so they count once: two of them outranked a cause's own
  // wording in the same body (`Your organization must be verified to stream this model`).
  let sharedCounted = false
  for (const code of extracted.codes) {
    if (!compiled.codes.has(code)) continue
    const shared = genericErrorCodes.has(code) || onlyWraps(extracted, code)
    if (!shared) score += weights.code
    else if (!sharedCounted) score += weights.genericCode
    sharedCounted ||= shared
    evidence ||= !shared
    reasons.push({ kind: 'code', value: code })
  }
  const bitmap = pasteBitmap(extracted)
  for (const check of compiled.codeChecks) {
    const { code } = check
    if (extracted.codes.includes(code) || !mentionsCode(extracted, check, bitmap)) continue
    score += genericErrorCodes.has(code) ? weights.genericWord : weights.word
    evidence ||= !genericErrorCodes.has(code)
    reasons.push({ kind: 'word', value: code })
  }
  let patternHits = 0
  const spans: Span[] = []
  /** The words a hit matched, as the page shows them among the reasons. */
  const hitWords = (hit: RegExpExecArray) =>
    extracted.readText
      .slice(hit.index, hit.index + hit[0].length)
      .trim()
      .slice(0, 80)
  /** A wording's hit as evidence, the error's or a wrapper's: the first counts most, each further one a little. */
  const countHit = (hit: RegExpExecArray, span: Span) => {
    spans.push(span)
    score += patternHits === 0 ? weights.firstPattern : weights.morePattern
    patternHits++
    evidence = true
    reasons.push({ kind: 'pattern', value: hitWords(hit) })
  }
  for (const pattern of compiled.patterns) {
    const hit = matchPattern(pattern, extracted, bitmap)
    if (!hit) continue
    const span = { start: hit.index, end: hit.index + hit[0].length }
    if (labelsStatus(extracted, span, hit[0])) {
      // The status's own label: the status already counts for every entry that takes it.
      evidence = true
      reasons.push({ kind: 'pattern', value: hitWords(hit) })
      continue
    }
    // Two patterns of one entry matching the same words (`stream disconnected` and `disconnected
    // before completion`) are one piece of evidence, not two: counting both ranked a wrapper phrase
    // above the entry the rest of the paste points to. The words they cover together still count
    // for `rankOrder`.
    const seen = spans.find((other) => span.start < other.end && other.start < span.end)
    if (seen) {
      seen.start = Math.min(seen.start, span.start)
      seen.end = Math.max(seen.end, span.end)
      continue
    }
    countHit(hit, span)
    if (patternHits >= maxPatternEvidence) break
  }
  const patternSpans = spans.map((span) => ({ ...span }))
  const wrapSpans: Span[] = []
  for (const pattern of compiled.wraps) {
    if (patternHits >= maxPatternEvidence) break
    const hit = matchPattern(pattern, extracted, bitmap)
    if (!hit) continue
    const span = { start: hit.index, end: hit.index + hit[0].length }
    wrapSpans.push(span)
    countHit(hit, span)
  }
  // A description only speaks for an entry none of whose error wording is in the paste.
  if (patternHits === 0) {
    for (const pattern of compiled.describes) {
      const hit = matchPattern(pattern, extracted, bitmap, { description: true })
      if (!hit) continue
      spans.push({ start: hit.index, end: hit.index + hit[0].length })
      score += weights.description
      evidence = true
      reasons.push({ kind: 'description', value: hitWords(hit) })
      break
    }
  }

  const { status } = extracted
  if (status !== undefined) {
    const ownWords = evidence && (patternHits > 0 || hasOwnCode(reasons))
    if (entry.statuses.includes(status) || (ownWords && entry.statusesWithWording?.includes(status))) {
      score += weights.status
      reasons.push({ kind: 'status', value: status })
      if (entry.defaultFor.includes(status) && !extracted.sdkMadeBody) {
        score += weights.statusDefault
        reasons.push({ kind: 'status-default', value: status })
      }
    } else if (relayStatus && ownWords) {
      // The relay's status, not the cause's: it neither contradicts a failure that got no answer (a timeout inside a
      // relay's 500) nor another status's cause (a refused key), whose own words name what failed beneath the relay
    } else if (entry.statuses.length === 0) {
      score += weights.noResponseButStatus
    } else if (!statusSaysNothing(extracted, entry, ownWords)) {
      score += weights.statusMismatch
    }
  }
  if (extracted.dialect && score > 0 && entry.dialects.includes(extracted.dialect)) {
    score += weights.dialect
    reasons.push({ kind: 'dialect', value: extracted.dialect })
  }
  const widest = spans.reduce<Span | undefined>(
    (best, span) => (!best || span.end - span.start > best.end - best.start ? span : best),
    undefined,
  )
  return {
    match: { entry, score, reasons, statusOnly: !evidence },
    span: widest,
    patternSpans,
    wrapSpans,
  }
}

/**
 * When a status does not speak against an entry it does not list. An error inside a stream: the stream
 * opened with a 200 (an SSE line, openai-python's `_streaming.py`), so a 200 says nothing about the error, and
 * an entry that lists 200 is one a stream may end in. A wrapper's or relay's status around a provider's own
 * error (`ExtractedError.wrapperStatus`) says only that the wrapped call failed: an entry that reads the
 * provider's own wording or code is not contradicted by it (obot's 500 around Imagen's filter, a 429
 * `do_request_failed` around Gemini's `blocked: prompt`, zhipuai's 500 around its `"code":"400"` balance body).
 */
function statusSaysNothing(extracted: ExtractedError, entry: ErrorEntry, ownWords: boolean): boolean {
  if (extracted.inStream && (extracted.status === 200 || entry.statuses.includes(200))) return true
  return extracted.wrapperStatus && ownWords
}

/**
 * Whether the paste's status comes with a relay's or an SDK's wrapper words (an entry's `match.wraps`: gemini-balance's
 * `Internal server error during chat_completion`, AxonHub's `all channels exhausted`, `litellm.InternalServerError`) and
 * is one the wrapper's entry takes: then the status is the wrapper's, sent for whatever failed beneath it, not the
 * cause's. An entry whose own wording or code is in the paste is not scored against it (`scoreEntry`), and a reading
 * from the status alone does not rank above such an entry (`rankEntries`): before, the relay's 500 sank the inner
 * cause's entry (a timeout's `noResponseButStatus`, a refused key's `statusMismatch`) level with or under the gateway's
 * status-only 500, and once the wrapper gave way (`giveWayToInnerCauses`) that reading came first. A status the wrapper
 * does not send is the one beneath it (LiteLLM's `APIConnectionError` around Ollama's `Client error '404 Not Found'`).
 */
function relayWrapped(compiled: readonly CompiledEntry[], extracted: ExtractedError): boolean {
  const { status } = extracted
  if (status === undefined) return false
  const bitmap = pasteBitmap(extracted)
  return compiled.some(
    ({ entry, wraps }) =>
      (entry.statuses.includes(status) || entry.statusesWithWording?.includes(status)) &&
      wraps.some((pattern) => matchPattern(pattern, extracted, bitmap) !== null),
  )
}

/**
 * Whether a relay's code only wraps the provider's answer (`relayCodes`): under another wrapped status than the
 * relay's own the provider did answer, so its own words inside name the cause (a 429 around Gemini's `blocked: prompt:
 * BlockedReasonProhibitedContent`); with the relay's own 500, or no status (`read: connection reset by peer`), the
 * call itself failed, which is what the code's entry says, so it keeps a code's full weight.
 */
function onlyWraps(extracted: ExtractedError, code: string): boolean {
  const own = relayCodes.get(code)
  return own !== undefined && extracted.wrapperStatus && extracted.status !== own
}

function hasOwnCode(reasons: readonly MatchReason[]): boolean {
  return reasons.some(
    (reason) => (reason.kind === 'code' || reason.kind === 'word') && !genericErrorCodes.has(String(reason.value)),
  )
}

/** Words that are one whole reason phrase (`reasonPhrases`): the status's name. */
const reasonPhrase = new RegExp(`^(?:${reasonPhrases})$`, 'i')

/**
 * Wording that labels the status rather than naming a cause, so it does not compete with a cause's own
 * words: the reason phrase bracketed with the number (`[500 Internal Server Error]` as `@google/generative-ai`
 * prints it, Chrome's `401 (Unauthorized)`), and an app's own name for the status written just before it in
 * brackets before the message (DeepSeek-Reasonix's `参数错误 (HTTP 422)：…`, its label for any 422; not a
 * message that ends with its status, Codex's `… from a restricted region (status 403 Forbidden), …`).
 */
function labelsStatus(extracted: ExtractedError, hit: Span, words: string): boolean {
  const status = extracted.statusSpan
  if (!status) return false
  const text = extracted.searchText
  if (reasonPhrase.test(words.trim())) {
    // Only bracketed with its number: a bare `503 Service Unavailable` is the whole message, a page's words.
    const bracketed =
      (text[status.start - 1] === '[' && text[hit.end] === ']') ||
      (text[hit.start - 1] === '(' && text[hit.end] === ')')
    // Or right after the number of an HTTP status line (`HTTP/1.1 500 Internal Server Error` in httpx's log,
    // Continue's `HTTP 500 Internal Server Error from <url>`): the line's own label, whatever follows it.
    const statusLine =
      /^http\b/i.test(text.slice(status.start, status.end)) && /^ ?$/.test(text.slice(status.end, hit.start))
    return (bracketed && hit.start < status.end + 3 && hit.end > status.start - 1) || statusLine
  }
  // `<label> (<status>): <message>`: the label names the status and the message follows it.
  return (
    hit.end <= status.start &&
    /^\s?[(（[]\s?$/.test(text.slice(hit.end, status.start)) &&
    /^\s?[)）\]]\s?[:：]/.test(text.slice(status.end, status.end + 4))
  )
}

/**
 * A wrapper's or relay's status only says the wrapped call failed: what the bare status usually means
 * (`defaultFor`) stands only when nothing inside the wrapper names a cause by its own words or code
 * (opencode's 400 `Error from provider (Console Go): Upstream request failed` is the provider failing,
 * not a bad request).
 */
function dropWrapperDefaults(scored: Scored[]): void {
  const named = scored.some(
    ({ match }) => match.reasons.some((reason) => reason.kind === 'pattern') || hasOwnCode(match.reasons),
  )
  if (!named) return
  for (const item of scored) {
    if (!item.match.reasons.some((reason) => reason.kind === 'status-default')) continue
    item.match = {
      ...item.match,
      score: item.match.score - weights.statusDefault,
      reasons: item.match.reasons.filter((reason) => reason.kind !== 'status-default'),
    }
  }
}

/**
 * `winner` ranks just above `loser`, whose evidence of the given kinds speaks for it too (shown among its reasons):
 * the one step both `applyRefinements` and `applyVerdictReasons` end in.
 */
function takeOver(winner: Scored, loser: Scored, kinds: ReadonlyArray<MatchReason['kind']>): void {
  const own = winner.match.reasons
  const inherited = loser.match.reasons.filter(
    (reason) =>
      kinds.includes(reason.kind) && !own.some((mine) => mine.kind === reason.kind && mine.value === reason.value),
  )
  winner.match = { ...winner.match, score: loser.match.score + 1, reasons: [...own, ...inherited] }
}

/**
 * Causes whose entries name a more specific reason for another cause's verdict. A key sent unset
 * (`Bearer undefined`), as an object (`[object Object]`) or with its quotes is the reason a gateway or
 * vendor calls the key wrong: OpenAI echoes what it got (`Incorrect API key provided: undefined`) under
 * the same `invalid_api_key` code and 401 it sends for any wrong key, so the code and the status, which
 * outweigh any wording, would always name the generic reading. A vendor's verdict beside a relay's key, or on
 * another service's key, is the reason the key went to the vendor at all: a base URL never set.
 */
const refinements: Partial<Record<Cause, readonly Cause[]>> = {
  key_format: ['invalid_key'],
  base_url: ['invalid_key'],
}

/** Whether `outer` covers all of `inner`'s words and more. */
function strictlyHolds(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start
}

/**
 * A more specific reading of the same words takes over the general reading's evidence: when an entry
 * whose cause refines another's (`refinements`) matched words that hold all the words the other's
 * patterns matched, and more (`incorrect api key provided: undefined` over `incorrect api key`), the
 * codes and status that ranked the general entry speak for the refinement too, and it ranks just
 * above it. Words elsewhere in the paste do not count: the refinement must read the same message.
 */
function applyRefinements(scored: Scored[]): void {
  for (const specific of scored) {
    const refined = refinements[specific.match.entry.cause]
    if (!refined || !specific.patternSpans.length) continue
    for (const general of scored) {
      if (!refined.includes(general.match.entry.cause) || general.match.score < specific.match.score) continue
      const sameWords = specific.patternSpans.some((outer) =>
        general.patternSpans.some((inner) => strictlyHolds(outer, inner)),
      )
      if (sameWords) takeOver(specific, general, ['code', 'word'])
    }
  }
}

/**
 * Whether `label` is a status's reason phrase that opens the message holding `message` on its line (`Unauthorized:
 * LLMGateway API key reached its usage limit.`, `Forbidden: …`, a JSON body after it): the status's name, not a cause's.
 * Not past the message's first sentence or an aside (round 44 review: `401 Unauthorized: please sign in again (last sync
 * failed: connection reset)` put the reset first), where other words are the message and the later ones another matter.
 */
function labelsMessage(text: string, label: Span, message: Span): boolean {
  return (
    label.end <= message.start &&
    reasonPhrase.test(text.slice(label.start, label.end).trim()) &&
    /^\s?[:：](?:[^\r\n\u2028\u2029(（;；。！？.]|\.(?!\s))*$/.test(text.slice(label.end, message.start))
  )
}

/**
 * An entry whose every matched wording another entry matched as part of longer words gives way to it: the
 * longer wording is the message, the shorter only its first word or an echo inside it (hajimi's 401 `Unauthorized: No
 * available API keys` is an empty key pool, not a refused key; Qwen Code's `Request timeout after 64s. Try reducing
 * input length…` is its own deadline, not a relay's 408; one-api's `… does not have permission to use the model: gpt-4`
 * is the key's model list, not an unknown model). A code of its own, or words the longer wording does not hold, keep
 * it where its evidence puts it; `rankOrder` only settled the tie, so a status the shorter wording's entry takes
 * (the 401 of a refused key) ranked it first. Before, each such pair took a lookahead in the shorter pattern.
 */
function yieldToLongerWording(text: string, scored: Scored[]): void {
  for (const held of scored) {
    const own = [...held.patternSpans, ...held.wrapSpans]
    if (!own.length || hasOwnCode(held.match.reasons)) continue
    let holder: Scored | undefined
    for (const other of scored) {
      if (other === held || other.match.score < minScore) continue
      const holdsAll = own.every((words) =>
        other.patternSpans.some((longer) => strictlyHolds(longer, words) || labelsMessage(text, words, longer)),
      )
      if (holdsAll && (!holder || other.match.score > holder.match.score)) holder = other
    }
    // The longer wording ranks just above, with the status and codes that ranked the shorter one among its reasons: the
    // pair keeps the place the shorter wording's evidence gave it (dropped below the longer wording's own score, the
    // shorter one fell behind a bare status's reading: `Service Unavailable: Connection refused`, a 503's upstream-failed
    // at 70 under connection-refused at 35, ranked the status-only no-available-channel first)
    if (holder && held.match.score >= holder.match.score) takeOver(holder, held, ['code', 'status'])
  }
}

/**
 * Causes whose entries give a verdict without its reason (a vendor's `参数有误` says only that the request was
 * refused), each with the causes vendors give as its reason under the same code and status: Zhipu/Z.ai send an
 * over-long request as code 1210 `API 调用参数有误` with a 400, OpenAI as `invalid_request_error` with a 400;
 * Volcengine Ark sends a key of the wrong shape as code `AuthenticationError`, type `Unauthorized` with a 401
 * (`The API key format is incorrect`), DeepSeek as `Authentication Fails (auth header format should be Bearer sk-...)`.
 */
const verdictReasons: Partial<Record<Cause, readonly Cause[]>> = {
  bad_request: ['context_length'],
  invalid_key: ['key_format'],
  // A media task's failure code with the moderation that failed it in its message: Black Forest Labs' polling status
  // `Request Moderated` under a failed generation, Azure's `content_policy_violation` `Your task failed as a result of
  // our safety system` (test/fixtures/pasted-errors.ts); the prompt, not the task service, is what to change
  task_failed: ['content_policy'],
}

/**
 * A vendor's generic verdict and its specific reason in one message (Z.ai's code 1210: `API 调用参数有误，请检查文档。
 * Request 182387 input tokens exceeds the model's maximum context length 202750`): the code and status that rank the
 * verdict are the vendor's labels for the reason too, so the entry that reads the reason's words on the same line
 * takes the verdict's score and ranks just above it, whichever comes first. So does a reason on the line of the status
 * or code that ranks the verdict, with the verdict's words on another: an app's own line for the failure after the
 * vendor's body (Aider's `The API provider is not able to authenticate you` under Anthropic's 401 `x-api-key header is
 * required`). A reason on a line of its own (another message, a log's earlier run) stays where its evidence puts it.
 */
function applyVerdictReasons(extracted: ExtractedError, scored: Scored[]): void {
  const text = extracted.searchText
  const sameLine = (a: Span, b: Span) =>
    !/[\r\n\u2028\u2029]/.test(text.slice(Math.min(a.start, b.start), Math.max(a.end, b.end)))
  for (const verdict of scored) {
    const reasonCauses = verdictReasons[verdict.match.entry.cause]
    if (!reasonCauses || !verdict.patternSpans.length) continue
    const anchors = [...verdict.patternSpans, ...labelSpans(extracted, verdict.match.reasons)]
    let best: Scored | undefined
    for (const reason of scored) {
      if (!reasonCauses.includes(reason.match.entry.cause) || reason.match.score < minScore) continue
      // Words the verdict's own wording already holds are not a reason of their own: `invalid or missing api key`
      // says its verdict once, however its `missing api key` half reads alone
      const ownWords = reason.patternSpans.some(
        (own) => !verdict.patternSpans.some((other) => other.start <= own.start && own.end <= other.end),
      )
      if (!ownWords) continue
      const together = reason.patternSpans.some((own) => anchors.some((anchor) => sameLine(own, anchor)))
      if (together && (!best || reason.match.score > best.match.score)) best = reason
    }
    if (best && best.match.score <= verdict.match.score) takeOver(best, verdict, ['code', 'status'])
  }
}

/** Where the status and codes among `reasons` stand in the search text: every place a code is written. */
function labelSpans(extracted: ExtractedError, reasons: readonly MatchReason[]): Span[] {
  const spans: Span[] = []
  if (extracted.statusSpan && reasons.some((reason) => reason.kind === 'status')) spans.push(extracted.statusSpan)
  // A fold that changes a text's length (`İ`) would misplace every index after it.
  if (extracted.lowerText.length !== extracted.searchText.length) return spans
  for (const reason of reasons) {
    if (reason.kind !== 'code' && reason.kind !== 'word') continue
    const code = String(reason.value)
    for (let at = extracted.lowerText.indexOf(code); at >= 0; at = extracted.lowerText.indexOf(code, at + 1)) {
      spans.push({ start: at, end: at + code.length })
    }
  }
  return spans
}

/**
 * An SDK's wrapper around what failed beneath it (`litellm.APIConnectionError: BedrockException - … Model access is
 * denied`, openai-python 0.x's `APIConnectionError: Error communicating with OpenAI: No connection adapters were found
 * for '127.0.0.1:5001/…'`): the wrapper's words name only that the call failed, the words after them what failed. An
 * entry that only the wrapper's words speak for (`match.wraps`, no wording or code of its own) ranks just below the
 * entry of another cause that reads its own wording after them; alone, the wrapper's words still name their entry.
 */
function giveWayToInnerCauses(scored: Scored[]): void {
  for (const wrapper of scored) {
    if (!wrapper.wrapSpans.length || wrapper.patternSpans.length || hasOwnCode(wrapper.match.reasons)) continue
    const from = Math.min(...wrapper.wrapSpans.map(({ start }) => start))
    const ownWords = (span: Span) =>
      span.start >= from && !wrapper.wrapSpans.some((wrap) => wrap.start <= span.start && span.end <= wrap.end)
    let inner: Scored | undefined
    for (const other of scored) {
      if (other.match.entry.cause === wrapper.match.entry.cause || other.match.score < minScore) continue
      if (!other.patternSpans.some(ownWords)) continue
      if (!inner || other.match.score > inner.match.score) inner = other
    }
    if (inner && wrapper.match.score >= inner.match.score) {
      wrapper.match = { ...wrapper.match, score: Math.max(inner.match.score - 1, minScore) }
    }
  }
}

/**
 * How two entries with the same score rank by where their words sit: the one whose words contain
 * the other's is the more specific reading of the same words (`terminated … other side closed`
 * over `other side closed`); then `chainOrder`; then the longer wording, as the more specific one
 * (`stream disconnected before completion` over a bare `network error`). Negative when `a` ranks
 * first.
 */
export function rankOrder(text: string, a?: Span, b?: Span): number {
  if (!a || !b) return 0
  const aHoldsB = a.start <= b.start && b.end <= a.end
  const bHoldsA = b.start <= a.start && a.end <= b.end
  if (aHoldsB !== bHoldsA) return aHoldsB ? -1 : 1
  return chainOrder(text, a, b) || b.end - b.start - (a.end - a.start)
}

/**
 * Clients print an error chain outer first (`stream disconnected before completion: error sending
 * request for url …`): when two entries score the same and the second one's words open the very
 * next link (`outer: inner`, nothing else between), the inner one names the cause and the outer one
 * only the wrapper. A deeper link (`new request failed: parse "…": invalid URL`) or Node's
 * `[cause]:` line keeps catalogue order: there the outer words are the diagnosis. Negative when `a`
 * ranks first.
 */
export function chainOrder(text: string, a?: Span, b?: Span): number {
  if (!a || !b) return 0
  const [outer, inner, sign] = a.start <= b.start ? [a, b, 1] : [b, a, -1]
  if (inner.start < outer.end) return 0
  return /^\s?[:：]\s?$/.test(text.slice(outer.end, inner.start)) ? sign : 0
}

/** Causes an answer read from the status alone names as entries: the default one and the likeliest other. */
export const maxStatusCauses = 2

/**
 * A bare status allows several causes (a 404 a wrong path or an unknown model, a 429 a rate limit or a spent quota, a
 * 403 a region, a balance or a permission): after the entry the status defaults to comes the likeliest other cause
 * whose entries list it, so the answers hold the two usual readings and not one alone. `causeOrder` ranks those causes
 * (the learned reading's, likeliest first: it has learned what each bare status most often meant); without it they
 * follow by score, then catalogue order. Cross-validated on the dev set (n = 1,900), the cause was among the first
 * three entries for 1,540 pastes against 1,513, and among the first three causes shown for 1,799 against 1,792; a
 * third cause gave 1,542 entries but 1,786 shown, as it pushed out a likelier cause the other readings had found.
 */
function withStatusCauses(
  ranked: ErrorMatch[],
  scored: ReadonlyArray<{ match: ErrorMatch; order: number }>,
  status: number,
  causeOrder: readonly Cause[] | undefined,
): ErrorMatch[] {
  const others = scored
    .filter(({ match }) => match.reasons.some((reason) => reason.kind === 'status' && reason.value === status))
    .sort((a, b) => b.match.score - a.match.score || a.order - b.order)
    .map(({ match }) => match)
  return appendCauses(ranked, others, causeOrder, maxStatusCauses)
}

/** Entries an answer whose message other causes share names in all (`withSharedEntries`). */
export const maxSharedEntries = 3

/**
 * Some messages are how several causes show (`ErrorEntry.sharedWith`: a CORS refusal is `Failed to fetch` too, a key
 * pasted with a space is an invalid key to every checker): after the first answer come those causes' entries, each
 * once and only where its `when` wording is in the paste, ordered like a bare status's (`causeOrder`), so the cause
 * is among the answers. Cross-validated on the dev set (n = 1,939), the cause was among the first three entries for
 * 1,584 pastes against 1,564, and among the first three causes shown for 1,841 against 1,828.
 */
function withSharedEntries(
  ranked: ErrorMatch[],
  compiled: readonly CompiledEntry[],
  extracted: ExtractedError,
  causeOrder: readonly Cause[] | undefined,
): ErrorMatch[] {
  const first = ranked[0]
  const shared = first && compiled.find(({ entry }) => entry === first.entry)?.shared
  if (!first || first.statusOnly || !shared?.length) return ranked
  const others = shared.flatMap(({ id, when }): ErrorMatch[] => {
    const entry = compiled.find((other) => other.entry.id === id)?.entry
    if (!entry || (when && !when.regex.test(extracted.searchText))) return []
    return [{ entry, score: minScore, reasons: [{ kind: 'shared', value: first.entry.id }], statusOnly: false }]
  })
  return appendCauses(ranked, others, causeOrder, maxSharedEntries)
}

/**
 * `ranked`, then `others` (most preferred first) one for each cause `ranked` does not name, ordered by `causeOrder`
 * (causes it does not list, or all when none is given, keep their order after those it lists), up to `limit` answers
 * in all: what `withStatusCauses` and `withSharedEntries` add after the answers a paste's own evidence found.
 */
function appendCauses(
  ranked: ErrorMatch[],
  others: readonly ErrorMatch[],
  causeOrder: readonly Cause[] | undefined,
  limit: number,
): ErrorMatch[] {
  const named = new Set(ranked.map(({ entry }) => entry.cause))
  const added: ErrorMatch[] = []
  for (const match of others) {
    if (named.has(match.entry.cause)) continue
    named.add(match.entry.cause)
    added.push(match)
  }
  const rank = (cause: Cause) => {
    const at = causeOrder?.indexOf(cause) ?? -1
    return at < 0 ? Infinity : at
  }
  added.sort((a, b) => rank(a.entry.cause) - rank(b.entry.cause))
  return [...ranked, ...added].slice(0, Math.max(ranked.length, limit))
}

/**
 * Ranks the catalogue against what was extracted; best first, at most five, none below `minScore`
 * unless a stated shared code is all there is, or the status alone was read (`withStatusCauses`), or other causes
 * share the first answer's message (`withSharedEntries`).
 */
export function rankEntries(
  extracted: ExtractedError,
  catalogue: readonly ErrorEntry[],
  causeOrder?: readonly Cause[],
): ErrorMatch[] {
  const compiled = compile(catalogue)
  const relayStatus = relayWrapped(compiled, extracted)
  const scored = compiled.map((entry, order) => ({ ...scoreEntry(entry, extracted, relayStatus), order }))
  applyRefinements(scored)
  applyVerdictReasons(extracted, scored)
  yieldToLongerWording(extracted.searchText, scored)
  if (extracted.wrapperStatus) dropWrapperDefaults(scored)
  giveWayToInnerCauses(scored)
  let shown = scored.filter(({ match }) => match.score >= minScore)
  // A body that states only a shared code (`InvalidParameter`, `upstream_error`) and nothing else
  // known still names that code's entry, as a bare status names its own: weak, so shown as a guess.
  if (!shown.length) {
    shown = scored.filter(
      ({ match }) => match.score >= weights.genericCode && match.reasons.some((reason) => reason.kind === 'code'),
    )
  }
  // Under a relay's status, a reading with nothing of its own (`statusOnly`) comes after every entry the paste's words or
  // codes found: a shared code (`api_error`, any 500's) or the dialect beside the relay's status says no more than it,
  // and counting them let the relay's 500 (35 of 65) put the gateway's reading above the timeout beneath LiteLLM
  const statusLast = (a: ErrorMatch, b: ErrorMatch) =>
    !relayStatus || a.statusOnly === b.statusOnly ? 0 : a.statusOnly ? 1 : -1
  const ranked = shown
    .sort(
      (a, b) =>
        statusLast(a.match, b.match) ||
        b.match.score - a.match.score ||
        rankOrder(extracted.searchText, a.span, b.span) ||
        a.order - b.order,
    )
    .slice(0, maxMatches)
    .map(({ match }) => match)
  return ranked[0]?.statusOnly && extracted.status !== undefined
    ? withStatusCauses(ranked, scored, extracted.status, causeOrder)
    : withSharedEntries(ranked, compiled, extracted, causeOrder)
}

/**
 * How sure the learned reading must be to make the guess when no pattern matched. Chosen by five-fold
 * cross-validation on the dev set, grouped by repository (`npm run score:lookup -- --set dev --cross-validate`):
 * 38 of the 48 guesses it made there were right, where the guess of the two older readings was right 30 times.
 */
export const learnedThreshold = 0.6

/**
 * The guess when no pattern matched, the learned reading is sure enough and the older readings name its cause too:
 * that cause as the three readings' vote found it (its entry that reads most like the paste), shown with the words
 * that pointed there. Otherwise `undefined`, and the vote's first cause is the guess.
 */
function learnedGuess(learned: readonly LearnedCause[], possible: readonly PossibleCause[]): LookupGuess | undefined {
  const best = learned[0]
  // A paste none of whose words point at the cause (`hello world`) is read from the prior alone: no answer.
  if (!best || best.probability < learnedThreshold || !best.words.length) return undefined
  // One word can make the model sure (`Forbidden` is most often a region's refusal in what it learned from): it
  // leads only where the older readings name the cause too, and is otherwise one vote among three.
  const voted = possible.find(({ cause }) => cause === best.cause)
  if (!voted?.namedByOlderReadings) return undefined
  return {
    cause: best.cause,
    layer: causeLayer[best.cause],
    entry: voted.entry,
    basis: [{ kind: 'learned', value: best.words }],
  }
}

/**
 * Whether the vote's first cause rests on too little to name a layer: a word or two the paste shares with one of the
 * cause's entries and nothing else (`stopped`, `一直`, `回复`; cross-validated on the dev set such guesses were right
 * for none of the seven empty answers they led, nor was the cause among the first three shown for any), or the learned
 * reading alone and unsure (`hello` once pointed at a timeout at 28 %: below `learnedThreshold` it is one vote among
 * three, and here the only one). No dev paste's guess rests on the unsure learned reading alone.
 */
function tooWeakToGuess(first: PossibleCause, learned: readonly LearnedCause[]): boolean {
  return namedOnlyBy(first, 'similar') || unsureLearnedOnly(first, learned)
}

/**
 * The learned reading alone and unsure: too weak to list even as possibly related when nothing else speaks (`hello`
 * listed a timeout). Cross-validated on dev (n = 2,100), leaving them out of that list put the cause among the first
 * three shown for 1,993 pastes against 1,991.
 */
function unsureLearnedOnly(possible: PossibleCause, learned: readonly LearnedCause[]): boolean {
  const probability = learned.find(({ cause }) => cause === possible.cause)?.probability ?? 0
  return namedOnlyBy(possible, 'learned') && probability < learnedThreshold
}

/**
 * What the lookup box calls on every (debounced) keystroke. Never throws. `model` is the learned reading's
 * (`data/cause-model.ts`): it shapes the guess and the other possible causes, and orders the further causes a bare
 * status or a shared message allows (`withStatusCauses`, `withSharedEntries`), but never decides which entry a paste's
 * words or codes match, so callers that want those matches alone (the standalone module, the connection tester) leave
 * it out and do not download it.
 */
export function lookupErrors(
  text: string,
  catalogue: readonly ErrorEntry[],
  model: CauseModel | null = null,
): LookupResult {
  const extracted = extractError(text)
  if (!extracted.searchText.trim()) return { extracted, matches: [], alsoPossible: [] }
  const learnedCauses = model ? readLearned(extracted, model) : []
  const matches = rankEntries(
    extracted,
    catalogue,
    learnedCauses.map(({ cause }) => cause),
  )
  const possible = possibleCauses(extracted, catalogue, learnedCauses)
  if (!matches.length) {
    const learned = learnedGuess(learnedCauses, possible)
    if (!learned) {
      // The page then says it cannot tell, and lists the causes the older readings found as possibly related.
      if (possible[0] && tooWeakToGuess(possible[0], learnedCauses)) {
        const related = possible.filter((cause) => !unsureLearnedOnly(cause, learnedCauses))
        return { extracted, matches, guess: guessOf(undefined), alsoPossible: related.slice(0, maxAlsoPossible) }
      }
      return { extracted, matches, guess: guessOf(possible[0]), alsoPossible: possible.slice(1, 1 + maxAlsoPossible) }
    }
    const others = possible.filter(({ cause }) => cause !== learned.cause)
    return { extracted, matches, guess: learned, alsoPossible: others.slice(0, maxAlsoPossible) }
  }
  const named = new Set(matches.map(({ entry }) => entry.cause))
  return {
    extracted,
    matches,
    alsoPossible: possible.filter(({ cause }) => !named.has(cause)).slice(0, maxAlsoPossible),
  }
}

/** The causes the page shows after the entries, in its order: the guess, then the other possible causes. */
export function shownAfterEntries(result: LookupResult): Cause[] {
  return [...(result.guess?.cause ? [result.guess.cause] : []), ...result.alsoPossible.map(({ cause }) => cause)]
}

/**
 * The one best reading of a response, for the connection tester: it passes the status it got and
 * the body it read. `null` when nothing in the catalogue fits.
 */
export function identifyError(
  input: { status?: number; body?: string; text?: string },
  catalogue: readonly ErrorEntry[],
): { entry: ErrorEntry; score: number; reasons: string[] } | null {
  const text = [input.body, input.text].filter((part): part is string => typeof part === 'string').join('\n')
  const status = input.status !== undefined && input.status >= 100 && input.status <= 599 ? input.status : undefined
  const best = rankEntries(extractError(text, status), catalogue)[0]
  if (!best) return null
  return { entry: best.entry, score: best.score, reasons: best.reasons.map(reasonText) }
}

/** A plain-English reason for logs and the CLI (the widget shows the reader's language). */
export function reasonText(reason: MatchReason): string {
  return lookupMessages.en.reason(reason)
}
