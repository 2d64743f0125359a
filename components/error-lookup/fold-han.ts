import table from '../../data/generated/han-simplified.json'

/**
 * Traditional Chinese folded to simplified, one character for one, before matching: the catalogue's Chinese
 * patterns are written in simplified characters, and a paste from a zh-TW or zh-HK app (`無效的令牌`, `餘額不足`,
 * `請求超時`) says the same thing in traditional ones. One-for-one keeps every offset into the text where it was.
 * The table (`npm run han:simplified`) holds only forms simplified text never uses, so simplified text is unchanged.
 */
const first = 0x3400
const last = 0x9fff

/** For each code unit from `first` to `last`, its simplified form, or 0 where it stays. Built on first use. */
let folded: Uint16Array | undefined

function foldTable(): Uint16Array {
  if (!folded) {
    folded = new Uint16Array(last - first + 1)
    const simplified = table.simplified
    for (let at = 0; at < table.traditional.length; at++) {
      const from = table.traditional.charCodeAt(at)
      if (from >= first && from <= last) folded[from - first] = simplified.charCodeAt(at)
    }
  }
  return folded
}

const anyHan = /[\u3400-\u9fff]/

export function foldHan(text: string): string {
  if (!anyHan.test(text)) return text
  const fold = foldTable()
  let out: Uint16Array | undefined
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code < first || code > last) continue
    const to = fold[code - first]
    if (!to) continue
    if (!out) {
      out = new Uint16Array(text.length)
      for (let before = 0; before < at; before++) out[before] = text.charCodeAt(before)
    }
    out[at] = to
  }
  if (!out) return text
  // the units after the last fold, and those between folds, are copied in one pass here
  for (let at = 0; at < text.length; at++) if (!out[at]) out[at] = text.charCodeAt(at)
  return new TextDecoder('utf-16le').decode(out)
}
