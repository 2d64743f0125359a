/**
 * A bitmap of the three-character runs of a text. "Can this text contain that literal?" then costs
 * a few bit tests instead of a scan of the whole paste: a literal one of whose runs is missing from
 * the bitmap is certainly absent. Hash collisions only ever say "maybe", so the exact `includes`
 * that follows stays the judge. With ~1,500 patterns, one scan per pattern was most of the time a
 * 20 KB paste took.
 */
const bitCount = 1 << 16

function runHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 16
}

export type TrigramBitmap = Uint32Array

export function trigramBitmap(text: string): TrigramBitmap {
  const bitmap = new Uint32Array(bitCount >>> 5)
  for (let index = 2; index < text.length; index++) {
    const hash = runHash(text.charCodeAt(index - 2), text.charCodeAt(index - 1), text.charCodeAt(index))
    bitmap[hash >>> 5]! |= 1 << (hash & 31)
  }
  return bitmap
}

/** The hashes a literal's runs must all have in a text that contains it; none for a literal under 3. */
export function trigramHashes(literal: string): number[] {
  const hashes: number[] = []
  for (let index = 2; index < literal.length; index++) {
    hashes.push(runHash(literal.charCodeAt(index - 2), literal.charCodeAt(index - 1), literal.charCodeAt(index)))
  }
  return hashes
}

/** False means the text cannot contain the literal; true means it may. */
export function mayContain(bitmap: TrigramBitmap, hashes: readonly number[]): boolean {
  for (const hash of hashes) if ((bitmap[hash >>> 5]! & (1 << (hash & 31))) === 0) return false
  return true
}
