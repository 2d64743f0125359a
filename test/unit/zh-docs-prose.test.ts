import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const path = 'test/fixtures/zh-docs-prose.json'

describe('test/fixtures/zh-docs-prose.json: the Chinese docs prose `npm run study:prose-zh` reads', () => {
  const corpus = JSON.parse(readFileSync(path, 'utf8')) as {
    licenses: Record<string, string>
    paragraphs: { source: string; text: string }[]
  }

  it('stays modest in size', () => {
    expect(statSync(path).size).toBeLessThan(300_000)
  })

  it('gives each paragraph once, Chinese, with its address at a commit in a repository whose licence it names', () => {
    const texts = new Set<string>()
    for (const { source, text } of corpus.paragraphs) {
      const repo = /^(https:\/\/github\.com\/[^/]+\/[^/]+)\/blob\/[0-9a-f]{40}\/\S+$/.exec(source)?.[1]
      expect(repo && corpus.licenses[repo], source).toBeTruthy()
      expect(text.match(/\p{Script=Han}/gu)?.length ?? 0, text).toBeGreaterThanOrEqual(20)
      expect(/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text), text).toBe(false)
      expect(texts.has(text), text).toBe(false)
      texts.add(text)
    }
  })
})
