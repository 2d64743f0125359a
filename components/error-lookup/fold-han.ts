import table from '../../data/generated/han-simplified.json'

/**
 * Traditional Chinese folded to simplified, one character for one, before matching: the catalogue's Chinese
 * patterns are written in simplified characters, and a paste from a zh-TW or zh-HK app (`無效的令牌`, `餘額不足`,
 * `請求超時`) says the same thing in traditional ones. One-for-one keeps every offset into the text where it was.
 * The table (`npm run han:simplified`) holds only forms simplified text never uses, so simplified text is unchanged.
 */
let folding: { chars: RegExp; simplified: Map<string, string> } | undefined

function fold() {
  if (!folding) {
    const traditional = [...table.traditional]
    const simplified = [...table.simplified]
    folding = {
      chars: new RegExp(`[${traditional.join('')}]`, 'g'),
      simplified: new Map(traditional.map((char, at) => [char, simplified[at] ?? char])),
    }
  }
  return folding
}

export function foldHan(text: string): string {
  const { chars, simplified } = fold()
  return text.replace(chars, (char) => simplified.get(char) ?? char)
}
