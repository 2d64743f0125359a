import table from '../../data/generated/han-simplified.json'

/**
 * Traditional Chinese folded to simplified, one character for one, before matching: the catalogue's Chinese
 * patterns are written in simplified characters, and a paste from a zh-TW or zh-HK app (`無效的令牌`, `餘額不足`,
 * `請求超時`) says the same thing in traditional ones. One-for-one keeps every offset into the text where it was.
 * The table (`npm run han:simplified`) holds only forms simplified text never uses, so simplified text is unchanged.
 */

/**
 * The code units the lookup reads as Chinese (CJK Extension A and the Unified Ideographs): what the table can fold, what
 * the table's builder walks, and what the word readings cut into characters and pairs (`hanClass`).
 */
export const hanRange = { first: 0x3400, last: 0x9fff } as const
/** `hanRange` as the body of a regex character class. */
export const hanClass = `\\u${hanRange.first.toString(16)}-\\u${hanRange.last.toString(16)}`
const anyHan = new RegExp(`[${hanClass}]`)

/** For each code unit of `hanRange`, its simplified form, or 0 where it stays. Built on first use. */
let folded: Uint16Array | undefined

function foldTable(): Uint16Array {
  if (!folded) {
    folded = new Uint16Array(hanRange.last - hanRange.first + 1)
    for (let at = 0; at < table.traditional.length; at++) {
      folded[table.traditional.charCodeAt(at) - hanRange.first] = table.simplified.charCodeAt(at)
    }
  }
  return folded
}

export function foldHan(text: string): string {
  if (!anyHan.test(text)) return text
  const fold = foldTable()
  let out: Uint16Array | undefined
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    const to = code >= hanRange.first && code <= hanRange.last ? fold[code - hanRange.first] : 0
    if (!to) continue
    // the first fold copies the whole text, unit by unit (an emoji's two halves too); later ones only overwrite theirs
    if (!out) {
      out = new Uint16Array(text.length)
      for (let unit = 0; unit < text.length; unit++) out[unit] = text.charCodeAt(unit)
    }
    out[at] = to
  }
  return out ? new TextDecoder('utf-16le').decode(out) : text
}
