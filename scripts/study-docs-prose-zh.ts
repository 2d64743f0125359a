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
import { printNamed, tallyNamed } from './prose-study.ts'

interface ProseCorpus {
  licenses: Record<string, string>
  paragraphs: { source: string; text: string }[]
}

function main(): void {
  const corpus = JSON.parse(readFileSync('test/fixtures/zh-docs-prose.json', 'utf8')) as ProseCorpus
  const paragraphs = corpus.paragraphs.map(({ source, text }) => ({
    file: source.replace(/^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/\w+\//, '$1 '),
    text,
  }))
  printNamed((total) => `${paragraphs.length} Chinese docs paragraphs; ${total} named an entry`, tallyNamed(paragraphs))
}

main()
