/**
 * A bitmap of the three-character runs of a text. "Can this text contain that literal?" then costs
 * a few bit tests instead of a scan of the whole paste: a literal one of whose runs is missing from
 * the bitmap is certainly absent. Hash collisions only ever say "maybe", so the exact `includes`
 * that follows stays the judge. With ~1,500 patterns, one scan per pattern was most of the time a
 * 20 KB paste took.
 *
 * Two refinements keep one bitmap enough for every reading of a paste:
 * - `_` and `-` read as a space, a run of them as one: the guess's hints read the paste so spaced
 *   (`insufficient_quota` as `insufficient quota`), and a literal of either text then finds its runs.
 * - Pairs holding a CJK character are runs too: two Han characters are a word (`余额`), and a
 *   bitmap of triples alone could not rule them out.
 */
const bitCount = 1 << 16
const space = 32
/** The pair hash's third "character": no text holds it between two others. */
const pairMark = 0x1f
const firstCjk = 0x2e80

function runHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 16
}

export type TrigramBitmap = Uint32Array

/**
 * The text as the bitmap reads it: `_` and `-` as a space, a run of them as one. The guess's hints read a paste
 * so (`insufficient_quota` as words), which is why one bitmap serves them and the entries alike.
 */
export function spaced(text: string): string {
  return text.replace(/[_-]+/g, ' ')
}

/** Whether the bitmap also records the pairs a character is in: two such characters make a literal it can judge. */
export function pairedCharacter(code: number): boolean {
  return code >= firstCjk
}

/**
 * Records the hash of every run of the text as `spaced` reads it, folding on the fly: in the bitmap when given (a
 * paste's: every character of every paste, so one plain loop and no callback), else in `hashes` (a literal's).
 */
function recordRuns(text: string, bitmap: TrigramBitmap | undefined, hashes: number[]): void {
  let a = -1
  let b = -1
  let folding = false
  for (let index = 0; index < text.length; index++) {
    let c = text.charCodeAt(index)
    const folds = c === 95 || c === 45
    if (folds && folding) continue
    folding = folds
    if (folds) c = space
    if (b >= 0 && (pairedCharacter(b) || pairedCharacter(c))) {
      const hash = runHash(b, c, pairMark)
      if (bitmap) bitmap[hash >>> 5]! |= 1 << (hash & 31)
      else hashes.push(hash)
    }
    if (a >= 0) {
      const hash = runHash(a, b, c)
      if (bitmap) bitmap[hash >>> 5]! |= 1 << (hash & 31)
      else hashes.push(hash)
    }
    a = b
    b = c
  }
}

export function trigramBitmap(text: string): TrigramBitmap {
  const bitmap = new Uint32Array(bitCount >>> 5)
  recordRuns(text, bitmap, [])
  return bitmap
}

/**
 * The hashes a literal's runs must all have in a text that contains it: its triples, and its pairs that hold a
 * CJK character; none for a literal too short to have any.
 */
export function trigramHashes(literal: string): number[] {
  const hashes: number[] = []
  recordRuns(literal, undefined, hashes)
  return hashes
}

/** False means the text cannot contain the literal; true means it may. */
export function mayContain(bitmap: TrigramBitmap, hashes: readonly number[]): boolean {
  for (const hash of hashes) if ((bitmap[hash >>> 5]! & (1 << (hash & 31))) === 0) return false
  return true
}
