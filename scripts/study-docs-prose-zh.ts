/**
 * Precision on Chinese prose (`npm run study:prose-zh`): the Chinese docs paragraphs of test/fixtures/zh-docs-prose.json
 * (gateways', AI apps' and a workflow platform's docs, FAQs and changelogs, each with its address and its repository's
 * licence; picked for talking about errors, keys, quotas, streams, timeouts and moderation) read by the lookup, and which
 * entries they name, by which words. Docs that talk about a failure (`如果余额不足，请充值`, `支持跨域访问`, `连接超时（秒）`) are
 * not that failure: an entry named for them is a wording read too broadly. The FAQs' quoted messages
 * (`使用时提示“现在是未授权状态，请在设置页输入访问密码”？`) and the example bodies are the one kind a name is right for. Reads no
 * labelled paste and needs no network, so it can be run at any time; `study:prose` does the same for English.
 */
import { readFileSync } from 'node:fs'
import { errorCatalogue } from '../data/errors.ts'
import { lookupErrors } from '../components/error-lookup/match.ts'

interface ProseCorpus {
  licenses: Record<string, string>
  paragraphs: { source: string; text: string }[]
}

function main(): void {
  const corpus = JSON.parse(readFileSync('test/fixtures/zh-docs-prose.json', 'utf8')) as ProseCorpus
  const named = new Map<string, { count: number; words: Map<string, number>; example: string }>()
  for (const { source, text } of corpus.paragraphs) {
    const top = lookupErrors(text, errorCatalogue).matches.find((match) => !match.statusOnly)
    if (!top) continue
    const file = source.replace(/^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/\w+\//, '$1 ')
    const row = named.get(top.entry.id) ?? { count: 0, words: new Map(), example: `${file}: ${text}` }
    row.count++
    for (const reason of top.reasons)
      if (reason.kind !== 'status') row.words.set(String(reason.value), (row.words.get(String(reason.value)) ?? 0) + 1)
    named.set(top.entry.id, row)
  }
  const total = [...named.values()].reduce((sum, row) => sum + row.count, 0)
  console.log(`${corpus.paragraphs.length} Chinese docs paragraphs; ${total} named an entry`)
  for (const [id, row] of [...named.entries()].sort((a, b) => b[1].count - a[1].count)) {
    const words = [...row.words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4)
    console.log(`${String(row.count).padStart(4)}  ${id}  ${words.map(([word, n]) => `${word} ×${n}`).join(' | ')}`)
    console.log(`        e.g. ${row.example.replace(/\s+/g, ' ').slice(0, 150)}`)
  }
}

main()
