import { z } from 'zod'
import { promisedAnchors } from './article-anchors.ts'
import { Cause } from './causes.schema.ts'
import { LocalizedText } from './locale.schema.ts'

/** Where along the request path the fault sits (the `/troubleshooting/#layers` order). */
export const ErrorLayer = z.enum(['client', 'network', 'key', 'account', 'gateway', 'routing', 'provider'])
export type ErrorLayer = z.infer<typeof ErrorLayer>

/** Who produces the message: each gateway family words and shapes its errors its own way. */
export const ErrorDialect = z.enum([
  'openai',
  'one-api',
  'new-api',
  'openrouter',
  'zenmux',
  'anthropic',
  'gemini',
  'azure',
  'litellm',
  'client',
])
export type ErrorDialect = z.infer<typeof ErrorDialect>

/**
 * Whether sending the same request again can succeed: `no` (change something first),
 * `later` (wait, then retry with backoff), `yes` (a plain retry usually works), `check-first`
 * (the first attempt may have been billed; look before resubmitting).
 */
export const RetryAdvice = z.enum(['no', 'later', 'yes', 'check-first'])
export type RetryAdvice = z.infer<typeof RetryAdvice>

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be ASCII kebab-case')

/** A regex source, compiled case-insensitively; rejected here if it does not compile. */
const patternSource = z
  .string()
  .min(2)
  .refine((source) => {
    try {
      new RegExp(source, 'iu')
      return true
    } catch {
      return false
    }
  }, 'must be a valid regular expression')

const articleTargets = new Set<string>(promisedAnchors)

export const ErrorExample = z.strictObject({
  /** The text as users paste it. */
  text: z.string().min(1),
  /** Where this exact text was seen: a repository path, a docs page or an issue. */
  source: z.string().min(3),
})

export const ErrorEntry = z.strictObject({
  /** Stable: it is the `/errors#id` anchor support replies link to. */
  id: kebabId,
  cause: Cause,
  layer: ErrorLayer,
  /** HTTP statuses this entry arrives with; empty when there is no response (network, client). */
  statuses: z.array(z.number().int().min(100).max(599)),
  /**
   * Statuses one vendor sends this error under although the status does not mean it (Model Studio's wrong path as a 400,
   * Groq's tokens-per-minute overflow as a 413): the entry takes one only when its own wording or code is in the paste, so
   * the status does not speak against it there, and a bare status never offers it.
   */
  statusesWithWording: z.array(z.number().int().min(100).max(599)).optional(),
  /** Statuses for which this is the most likely reading when nothing else is known. */
  defaultFor: z.array(z.number().int().min(100).max(599)),
  dialects: z.array(ErrorDialect).min(1),
  match: z.strictObject({
    /** `error.code` / `error.type` values specific to this entry (strongest evidence). */
    codes: z.array(z.string().min(2)),
    /** Regex sources for message wording, both languages. */
    patterns: z.array(patternSource),
    /**
     * Regex sources for how people describe the symptom in their own words (`图片生成不出来`, `the
     * reply stops halfway`), both languages. Weaker evidence than `patterns`: an error's own wording
     * elsewhere in the paste outranks them, and they never add to a pattern's evidence.
     */
    describes: z.array(patternSource).optional(),
    /**
     * Regex sources for a wrapper's words: what an SDK or framework says for any failure beneath it (openai-python's
     * `APIConnectionError`, which LiteLLM also raises around a provider's refusal or a timeout). Evidence like
     * `patterns` when nothing beneath them names another cause; when another cause's own wording follows them, this
     * entry ranks just below that one, which names what failed. A relay's own words around an upstream failure belong here
     * too (gemini-balance's `Internal server error during chat_completion`): with them in the paste, its status is the
     * wrapper's, so it counts against no entry whose own words are there, and the status alone never ranks above those.
     */
    wraps: z.array(patternSource).optional(),
  }),
  /**
   * Entries of other causes whose failure shows this same message (a CORS refusal is `Failed to fetch` too, a key pasted
   * with a space is an invalid key to every checker): the lookup names them after this entry, and its page lists them
   * first among related errors. `when` narrows one to pastes holding that wording (a regex source).
   */
  sharedWith: z.array(z.strictObject({ id: kebabId, when: patternSource.optional() })).optional(),
  title: LocalizedText,
  meaning: LocalizedText,
  steps: z.array(LocalizedText).min(1),
  retry: RetryAdvice,
  article: z.string().refine((target) => articleTargets.has(target), 'must be a known article anchor'),
  examples: z.array(ErrorExample).min(1),
})
export type ErrorEntry = z.infer<typeof ErrorEntry>

export const ErrorCatalogue = z
  .array(ErrorEntry)
  .min(1)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>()
    entries.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${entry.id}` })
      seen.add(entry.id)
      for (const status of entry.defaultFor) {
        if (!entry.statuses.includes(status))
          ctx.addIssue({ code: 'custom', path: [index, 'defaultFor'], message: `${status} is not in statuses` })
      }
      for (const status of entry.statusesWithWording ?? []) {
        if (entry.statuses.includes(status))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'statusesWithWording'],
            message: `${status} is in statuses already`,
          })
      }
    })
    const byId = new Map(entries.map((entry) => [entry.id, entry]))
    entries.forEach((entry, index) => {
      entry.sharedWith?.forEach(({ id }, at) => {
        const other = byId.get(id)
        const problem = !other ? `no entry ${id}` : other.cause === entry.cause ? `${id} has the same cause` : undefined
        if (problem) ctx.addIssue({ code: 'custom', path: [index, 'sharedWith', at, 'id'], message: problem })
      })
    })
    const coveredCauses = new Set(entries.map((entry) => entry.cause))
    for (const cause of Cause.options) {
      if (!coveredCauses.has(cause)) ctx.addIssue({ code: 'custom', path: [], message: `no entry for cause ${cause}` })
    }
    const defaults = new Map<number, string>()
    entries.forEach((entry, index) => {
      for (const status of entry.defaultFor) {
        const other = defaults.get(status)
        if (other)
          ctx.addIssue({
            code: 'custom',
            path: [index, 'defaultFor'],
            message: `${status} is already the default of ${other}`,
          })
        defaults.set(status, entry.id)
      }
    })
  })

/** Throws with the entry index and field when the catalogue is wrong; used by `data/validate.ts`. */
export function parseErrorCatalogue(data: unknown): ErrorEntry[] {
  return ErrorCatalogue.parse(data)
}
