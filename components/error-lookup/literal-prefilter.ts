import type { ExtractedError } from './extract.ts'
import { mayContain, pairedCharacter, trigramBitmap, trigramHashes, type TrigramBitmap } from './trigram-filter.ts'
import { closingIndex, escapeLength, groupContent, readQuantifier, topLevelBranches } from './regex-source.ts'

/**
 * Most patterns never match a paste, and a regex scans the whole paste to say so. A pattern whose every match
 * holds one of a few literals is skipped, without running, on a paste holding none of them: a few bit tests of
 * the paste's bitmap of runs (trigram-filter.ts) rule out most literals, an `includes` judges the rest. The
 * literals must be sound (never skip a pattern that would match); how selective they are only costs time.
 */

interface RequiredLiteral {
  literal: string
  /** Its runs, tested against the paste's bitmap before the `includes`. */
  runs: number[]
}

export interface Prefiltered {
  regex: RegExp
  /**
   * Sets of literals, every match of `regex` holding one literal of each set: a paste missing every literal of
   * any set cannot match. None found: the regex always runs.
   */
  sets: RequiredLiteral[][]
}

export function prefiltered(source: string, flags: string): Prefiltered {
  const sets = requiredSets(source).map((set) => set.map((literal) => ({ literal, runs: trigramHashes(literal) })))
  return { regex: new RegExp(source, flags), sets }
}

/** False when the regex certainly does not match `lowerText` (the text it runs on, lowercased). */
// Loops, not `some` with closures: this runs for every pattern on every keystroke.
export function mayMatch({ sets }: Prefiltered, lowerText: string, bitmap: TrigramBitmap): boolean {
  for (const set of sets) if (!anyIn(set, lowerText, bitmap)) return false
  return true
}

function anyIn(set: readonly RequiredLiteral[], lowerText: string, bitmap: TrigramBitmap): boolean {
  for (const { literal, runs } of set) if (mayContain(bitmap, runs) && lowerText.includes(literal)) return true
  return false
}

const bitmaps = new WeakMap<ExtractedError, TrigramBitmap>()

/** The paste's bitmap of runs, built once per lookup and shared by every pattern and hint that reads it. */
export function pasteBitmap(extracted: ExtractedError): TrigramBitmap {
  let bitmap = bitmaps.get(extracted)
  if (!bitmap) {
    bitmap = trigramBitmap(extracted.lowerText)
    bitmaps.set(extracted, bitmap)
  }
  return bitmap
}

/**
 * Lowercased literals one of which every match of the pattern contains, or `undefined` when none were found
 * (some branch could match without any literal worth a check). Each top-level branch gives its best set; within
 * a branch, literal runs cross small classes and groups of plain words (`出[图圖]` → `出图`, `出圖`;
 * `(?:请求|上游)超时` → `请求超时`, `上游超时`), and a group whose every branch has a set gives their union
 * (`\b\w+(?:不能为空|格式错误)`). An optional character or plain word is crossed in with and without it (`new ?line` →
 * `new line`, `newline`); anything else optional, repeated or unread ends a run.
 */
export function requiredLiterals(source: string): string[] | undefined {
  return requiredSets(source)[0]
}

/** A pattern without alternation keeps this many of its sets, the strongest first: each must hold. */
const maxSets = 3

/**
 * Sets of literals every match holds one of each, the strongest first: a pattern without alternation keeps its
 * strongest few (`…(?:stream|output)… mid(?:dle|way)`: a paste must show both); with alternation, each set is a
 * union of one set of each branch.
 */
export function requiredSets(source: string): string[][] {
  const branches = topLevelBranches(source)
  if (branches.length === 1) return byStrength(candidateSets(source)).slice(0, maxSets)
  const ofBranches = branches.map((branch) => byStrength(candidateSets(branch)))
  if (ofBranches.some((sets) => !sets.length)) return []
  // Each branch gives one of its sets to each union: its best to the first, its next best (or its best again) to
  // the next, so a branch's common word (`content` of `content[ _]?filter`) does not let every paste through.
  const unions = new Map<string, string[]>()
  for (let rank = 0; rank < maxSets; rank++) {
    const union = withoutLonger(ofBranches.flatMap((sets) => sets[Math.min(rank, sets.length - 1)]!))
    unions.set(union.join('\u0000'), union)
  }
  return [...unions.values()]
}

/**
 * Strongest first; between equals, a group's best set before its later ones, then the smaller set (fewer checks). A
 * group's later sets hold too, but mostly share its best set's words: on a tie they displaced another part's set
 * (failed-to-fetch's `… reach … (?:server|api|host…)` kept two sets of its `unable to|could ?n[o']t|can ?n[o']t` and
 * lost the noun's, so every paragraph with `can` and `not` ran it: 0.55 ms on 190 KB of prose).
 */
function byStrength(sets: Candidate[]): string[][] {
  return sets
    .map((candidate) => ({ ...candidate, strength: strength(candidate.set) }))
    .sort((a, b) => b.strength - a.strength || a.rank - b.rank || a.set.length - b.set.length)
    .map(({ set }) => set)
}

/** A literal set a branch requires, and its place among its group's sets (0: a run, or the group's best). */
interface Candidate {
  set: string[]
  rank: number
}

/** Beyond this many crossed literals a run stops growing: each costs a check. */
const maxCrossed = 16

/** Characters of a literal the bitmap pairs (CJK): two Han characters are a word. */
function pairedCount(literal: string): number {
  let count = 0
  for (let at = 0; at < literal.length; at++) if (pairedCharacter(literal.charCodeAt(at))) count++
  return count
}

/** Three characters, or two the bitmap pairs (`余额`): shorter says too little, or cannot be judged. */
function worthChecking(literal: string): boolean {
  return literal.length >= 3 || (literal.length === 2 && pairedCount(literal) > 0)
}

/** How much a set narrows: its weakest literal's length, a paired (CJK) character counting double. */
function strength(set: readonly string[]): number {
  return Math.min(...set.map((literal) => literal.length + pairedCount(literal)))
}

type Atom =
  /** Literal alternatives, one of which the atom matches: a character, a small class, a group of plain words. */
  | { kind: 'words'; words: string[] }
  /** A group that is not plain words; the sets every match of it holds, strongest first (none: it requires nothing). */
  | { kind: 'group'; sets: string[][] }
  /** Anything else: an assertion, a class escape, `.`, a large or negated class. */
  | { kind: 'other' }

/** Characters that are not themselves in a regex (a plain character is `{ kind: 'words', words: [char] }` to readAtom). */
const syntax = new Set('\\[](){}.^$|?*+')
/** What may quantify the atom before it (readQuantifier). */
const quantifierStarts = new Set('?*+{')

/** The literal sets one branch (no top-level `|`) requires, each on its own. */
function candidateSets(branch: string): Candidate[] {
  const candidates: Candidate[] = []
  let run = ['']
  const endRun = () => {
    const set = withoutLonger(run)
    if (set.every(worthChecking)) candidates.push({ set, rank: 0 })
    run = ['']
  }
  // One word every head takes, in place: no array per character (what the compile's garbage was).
  const extendRun = (word: string) => {
    for (let index = 0; index < run.length; index++) run[index] += word
  }
  for (let at = 0; at < branch.length;) {
    // A plain character with no quantifier after it, most of any pattern, joins the run as readAtom and readQuantifier
    // would have it join, without their objects: the compile reads every pattern before the first paste is answered.
    if (!syntax.has(branch[at]!) && !quantifierStarts.has(branch[at + 1] ?? '')) {
      extendRun(branch[at]!.toLowerCase())
      at++
      continue
    }
    const { atom, next } = readAtom(branch, at)
    const { min, max, next: after } = readQuantifier(branch, next)
    at = after
    // An optional character or word (` ?`, `s?`, `(?:the )?`) is crossed in with and without it: ending the run there
    // left `new ?lines?` only `line`, which every Python traceback holds (`line 101`).
    const optional = min === 0 && max === 1 && atom.kind === 'words'
    if ((min === 0 && !optional) || atom.kind === 'other') {
      endRun()
      continue
    }
    if (atom.kind === 'group') {
      endRun()
      // Every set of the group holds for the pattern, not only its best: a group of two branches sharing a common word
      // (`line` of `new ?lines? … api key|api keys … trailing newlines`) let every Python traceback through.
      candidates.push(...atom.sets.map((set, rank) => ({ set, rank })))
      continue
    }
    if (!optional && atom.words.length === 1) extendRun(atom.words[0]!)
    else {
      const words = optional ? [...atom.words, ''] : atom.words
      const crossed = run.flatMap((head) => words.map((word) => head + word))
      if (crossed.length > maxCrossed) {
        endRun()
        run = words
      } else run = crossed
    }
    // A repeated atom is there once at least, but what follows it may come after another repeat.
    if (max !== 1) endRun()
  }
  endRun()
  return candidates
}

/**
 * The set without a literal that holds another of it (`lines` beside `line`): a text holding the longer holds the shorter,
 * so the longer only costs a check.
 */
function withoutLonger(set: readonly string[]): string[] {
  const unique = [...new Set(set)]
  return unique.filter((literal) => !unique.some((other) => other !== literal && literal.includes(other)))
}

function readAtom(source: string, at: number): { atom: Atom; next: number } {
  const char = source[at]!
  if (char === '\\') {
    const escaped = source[at + 1] ?? ''
    const next = at + escapeLength(source, at)
    // `\.` `\(` `\/` are the character itself; letters and digits are classes, assertions, codes, back-references.
    return /[a-z0-9]/i.test(escaped) || !escaped
      ? { atom: { kind: 'other' }, next }
      : { atom: { kind: 'words', words: [escaped.toLowerCase()] }, next }
  }
  if (char === '[') {
    const close = closingIndex(source, at)
    return { atom: classAtom(source.slice(at + 1, close)), next: close + 1 }
  }
  if (char === '(') {
    const close = closingIndex(source, at)
    return { atom: groupAtom(source.slice(at + 1, close)), next: close + 1 }
  }
  if ('.^$'.includes(char)) return { atom: { kind: 'other' }, next: at + 1 }
  return { atom: { kind: 'words', words: [char.toLowerCase()] }, next: at + 1 }
}

/** `[图圖]` is one of its characters; a negated class, a range or an escape is not read. */
function classAtom(body: string): Atom {
  if (body.startsWith('^') || body.includes('\\') || /.-./u.test(body)) return { kind: 'other' }
  const chars = [...new Set([...body.toLowerCase()])]
  return chars.length > 0 && chars.length <= 4 ? { kind: 'words', words: chars } : { kind: 'other' }
}

function groupAtom(body: string): Atom {
  const content = groupContent(body)
  if (content === undefined) return { kind: 'other' }
  const branches = topLevelBranches(content)
  if (branches.every((branch) => branch && !/[\\^$.|?*+()[\]{}]/.test(branch))) {
    return { kind: 'words', words: [...new Set(branches.map((branch) => branch.toLowerCase()))] }
  }
  return { kind: 'group', sets: requiredSets(content) }
}
