/**
 * Builds the table the lookup folds traditional Chinese with (`data/generated/han-simplified.json`): each
 * traditional form of a simplified character the lookup's own words use (the Han characters of `data/errors/` and
 * `components/error-lookup/`, where every pattern and every reading is written), paired with that character, from
 * OpenCC's dictionaries (opencc-js). Folding any other character could not make a pattern match, and the page would
 * download it for nothing: the whole of GB 2312 took 11 KB gzipped, these pairs under 2. A form simplified text
 * writes too is left out: one of GB 2312's 3,755 common characters (`著`, `么`, `覆`) or one that is itself the
 * simplified form of another; folding it would change the words. Each pair must also read back: OpenCC turns the
 * traditional form into this very character.
 */
import * as OpenCC from 'opencc-js'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { hanRange } from '../components/error-lookup/fold-han.ts'

export const hanSimplifiedPath = fileURLToPath(new URL('../data/generated/han-simplified.json', import.meta.url))

const variants = ['t', 'tw', 'hk'] as const

/** GB 2312's Chinese characters, first level (rows 16–55) or all (to row 87), in its order. */
export function gb2312(firstLevelOnly: boolean): string[] {
  const decoder = new TextDecoder('gb18030')
  const chars: string[] = []
  for (let row = 0xb0; row <= (firstLevelOnly ? 0xd7 : 0xf7); row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const char = decoder.decode(new Uint8Array([row, cell]))
      if (char.length === 1 && /\p{Script=Han}/u.test(char)) chars.push(char)
    }
  }
  return chars
}

export interface HanTable {
  /** Traditional forms, one character each, in the order of `simplified`. */
  traditional: string
  simplified: string
}

const wordSources = ['../data/errors/', '../components/error-lookup/'].map((dir) =>
  fileURLToPath(new URL(dir, import.meta.url)),
)

const isHan = (char: string) => char.charCodeAt(0) >= hanRange.first && char.charCodeAt(0) <= hanRange.last

/** The Han characters the catalogue and the lookup's code write. */
export function lookupHanCharacters(): Set<string> {
  const chars = new Set<string>()
  for (const dir of wordSources) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
      for (const char of readFileSync(dir + name, 'utf8')) if (isHan(char)) chars.add(char)
    }
  }
  return chars
}

export function buildHanTable(used: ReadonlySet<string> = lookupHanCharacters()): HanTable {
  const toTraditional = variants.map((to) => OpenCC.Converter({ from: 'cn', to }))
  const toSimplified = variants.map((from) => OpenCC.Converter({ from, to: 'cn' }))
  const common = new Set(gb2312(true))
  const simplifiedSet = new Set(gb2312(false))
  // a character simplified text writes: a common one, or one that is itself the simplified form of another (`阈`)
  const writtenInSimplified = (char: string) =>
    common.has(char) || (simplifiedSet.has(char) && toTraditional.some((convert) => convert(char) !== char))
  const pairs = new Map<string, string>()
  for (const simplified of [...simplifiedSet].filter((char) => used.has(char))) {
    for (const convert of toTraditional) {
      const traditional = convert(simplified)
      if ([...traditional].length !== 1 || traditional === simplified || writtenInSimplified(traditional)) continue
      if (pairs.has(traditional) || !toSimplified.some((back) => back(traditional) === simplified)) continue
      pairs.set(traditional, simplified)
    }
  }
  // and the variants no simplified character converts to but OpenCC reads back as one (`併` as `并`, `內` as `内`)
  for (let code = hanRange.first; code <= hanRange.last; code++) {
    const traditional = String.fromCharCode(code)
    if (pairs.has(traditional) || writtenInSimplified(traditional)) continue
    const simplified = toSimplified.map((back) => back(traditional)).find((char) => char !== traditional)
    if (simplified && [...simplified].length === 1 && used.has(simplified) && simplifiedSet.has(simplified))
      pairs.set(traditional, simplified)
  }
  return { traditional: [...pairs.keys()].join(''), simplified: [...pairs.values()].join('') }
}

export const serialiseHanTable = (table: HanTable): string => `${JSON.stringify(table, null, 2)}\n`
