/** Problems a pasted key can have; `repairedKeyProblems` are repaired for the run, the rest are not. */
export type KeyProblem =
  | 'whitespace'
  | 'quotes'
  | 'bearer'
  | 'invisible'
  | 'fullwidth'
  | 'empty'
  | 'inner-space'
  | 'non-ascii'
  | 'placeholder'
  | 'prefix'
  | 'length'

export interface KeyAnalysis {
  /** The key as it will be sent after repairs. */
  key: string
  status: 'pass' | 'warn' | 'fail'
  problems: KeyProblem[]
}

const fatal: ReadonlySet<KeyProblem> = new Set(['empty', 'inner-space', 'non-ascii', 'placeholder'])
/** Problems removed from the key before it is sent: the user's app still has them. */
export const repairedKeyProblems: ReadonlySet<KeyProblem> = new Set([
  'whitespace',
  'quotes',
  'bearer',
  'invisible',
  'fullwidth',
])

// Zero-width and formatting characters copy along from chat apps and PDFs and are invisible on screen.
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/g
// Full-width Latin letters, digits and punctuation come from Chinese input methods; NFKC maps them back.
const fullwidth = /[\uFF01-\uFF5E\u3000]/
const quotePairs = /^(["'`\u201C\u2018\u300C\u300E])(.*)(["'`\u201D\u2019\u300D\u300F])$/s
const bearer = /^(?:authorization\s*:\s*)?bearer\s+/i
const placeholders = /^(?:sk-\.\.\.|sk-x+|sk-\*+|\$?\{?api_key\}?|your[-_ ]?api[-_ ]?key|<.*>|sk-your.*)$/i

/** The shortest and longest keys seen from real gateways (one-api keys are 51, OpenAI project keys 164). */
export const keyLengthRange = { min: 20, max: 256 } as const

/**
 * Finds what is wrong with a pasted key and repairs what can be repaired safely, so the rest of
 * the run tests the gateway rather than the paste. A browser refuses to send a header holding
 * characters outside Latin-1, so those must be caught here, before any request.
 */
export function analyzeKey(raw: string, keyPrefix: string): KeyAnalysis {
  const problems = new Set<KeyProblem>()
  let key = raw
  if (invisible.test(key)) problems.add('invisible')
  key = key.replace(invisible, '')
  if (fullwidth.test(key)) problems.add('fullwidth')
  key = key.normalize('NFKC')
  if (/[\r\n\t]/.test(key) || key !== key.trim()) problems.add('whitespace')
  key = key.replace(/[\r\n\t]/g, '').trim()
  // Quotes and a Bearer prefix can wrap each other (`"Bearer sk-…"`), so peel until nothing changes.
  for (let previous = ''; previous !== key;) {
    previous = key
    const quoted = quotePairs.exec(key)
    if (quoted) {
      problems.add('quotes')
      key = (quoted[2] ?? '').trim()
    }
    if (bearer.test(key)) {
      problems.add('bearer')
      key = key.replace(bearer, '').trim()
    }
  }
  if (!key) problems.add('empty')
  else if (placeholders.test(key)) problems.add('placeholder')
  else {
    if (/\s/.test(key)) problems.add('inner-space')
    if (/[^\x21-\x7E]/.test(key)) problems.add('non-ascii')
    if (!key.startsWith(keyPrefix)) problems.add('prefix')
    if (key.length < keyLengthRange.min || key.length > keyLengthRange.max) problems.add('length')
  }
  const list = [...problems]
  const status = list.some((problem) => fatal.has(problem)) ? 'fail' : list.length ? 'warn' : 'pass'
  return { key, status, problems: list }
}

/** The key as it may be shown: its first 8 characters, never more. */
export function maskKey(key: string): string {
  const visible = key.trim().slice(0, 8)
  return visible ? `${visible}…` : ''
}
