import { clients, errorKinds, models, settings, type ErrorKind } from './vocabulary.ts'
import { prose } from './prose.ts'
import { seededRandom } from '../../../../scripts/seeded-random.ts'

export { seededRandom }

export type CorpusLocale = 'zh' | 'en'

/** What an article is about; queries with a known answer are matched against it. */
export interface ArticleTopic {
  kind: ErrorKind
  client: string
  model: string
  setting: { zh: string; en: string }
}

export interface SyntheticArticle {
  /** Path inside the locale, without extension: `kb/a00042`. */
  slug: string
  topic: ArticleTopic
  markdown: string
}

const topicSpace = errorKinds.length * clients.length * models.length * settings.length
// A stride coprime with the topic space walks all of it, so neighbouring articles differ in
// every field and the first hundred already cover many clients and models.
const topicStride = 7919

/** The topic of article `index`; distinct for every index below `topicSpace` (96,000). */
export function topicOf(index: number): ArticleTopic {
  let rest = (index * topicStride) % topicSpace
  const pick = <T>(list: readonly T[]): T => {
    const item = list[rest % list.length] as T
    rest = Math.floor(rest / list.length)
    return item
  }
  const kind = pick(errorKinds)
  const client = pick(clients)
  const model = pick(models)
  const setting = pick(settings)
  return { kind, client, model, setting }
}

export function articleSlug(index: number): string {
  return `kb/a${String(index).padStart(5, '0')}`
}

export function errorMessage(kind: ErrorKind, locale: CorpusLocale, model: string): string {
  return kind[locale].message.replace('{model}', model)
}

export function articleTitle(topic: ArticleTopic, locale: CorpusLocale): string {
  const { kind, client, model } = topic
  return locale === 'zh' ? `${client} 调用 ${model} 报“${kind.zh.title}”` : `${client} with ${model}: ${kind.en.title}`
}

const headings = {
  zh: {
    symptom: '现象',
    cause: '原因',
    fix: '解决办法',
    inClient: '在客户端里修改',
    verify: '验证',
    notes: '补充说明',
  },
  en: {
    symptom: 'What you see',
    cause: 'Why it happens',
    fix: 'How to fix it',
    inClient: 'Change it in the client',
    verify: 'Check that it works',
    notes: 'More notes',
  },
} as const

/** One realistic article: headings with explicit ids, a pasted error body, client code, steps. */
export function generateArticle(index: number, locale: CorpusLocale): SyntheticArticle {
  const topic = topicOf(index)
  const random = seededRandom(index * 2 + (locale === 'zh' ? 0 : 1))
  const pickFrom = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const { kind, client, model, setting } = topic
  const text = kind[locale]
  const h = headings[locale]
  const message = errorMessage(kind, locale, model)
  const requestId = `2025${String(index).padStart(6, '0')}${Math.floor(random() * 1e8).toString(36)}`
  const fill = (sentence: string) =>
    sentence
      .replaceAll('{client}', pickFrom(clients))
      .replaceAll('{model}', model)
      .replaceAll('{other}', pickFrom(models))
      .replaceAll('{setting}', pickFrom(settings)[locale])
      .replaceAll('{status}', String(kind.status))
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => fill(pickFrom(prose[locale]))).join(locale === 'zh' ? '' : ' ')
  const body = JSON.stringify(
    { error: { message: `${message} (request id: ${requestId})`, type: 'new_api_error', code: kind.code } },
    null,
    2,
  )
  const title = articleTitle(topic, locale)
  const zh = locale === 'zh'
  const lines = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(zh ? `${client} 使用 ${model} 时出现${text.title}的原因和解决办法。` : `Why ${client} shows "${text.title}" with ${model}, and how to fix it.`)}`,
    '---',
    '',
    `# ${title}`,
    '',
    paragraph(2),
    '',
    `## ${h.symptom} {#symptom}`,
    '',
    zh
      ? `在 ${client} 中调用 ${model}，${setting.zh}看起来没有问题，但请求返回 HTTP ${kind.status}，报错如下：`
      : `${client} calls ${model}, the ${setting.en} looks right, yet the request comes back with HTTP ${kind.status} and this error:`,
    '',
    '```json',
    body,
    '```',
    '',
    paragraph(2),
    '',
    `## ${h.cause} {#cause}`,
    '',
    zh ? `“${message}”表示${text.title}。${paragraph(3)}` : `"${message}" means ${text.title}. ${paragraph(3)}`,
    '',
    `## ${h.fix} {#fix}`,
    '',
    `1. ${zh ? `${text.fix}。` : `${capitalise(text.fix)}.`}`,
    `2. ${zh ? `打开 ${client} 的设置，检查${setting.zh}。` : `Open the settings of ${client} and check the ${setting.en}.`}`,
    `3. ${zh ? '用连接测试重新检查一次，确认每一项都通过。' : 'Run the connection test again and confirm every check passes.'}`,
    '',
    `### ${h.inClient} {#fix-in-client}`,
    '',
    paragraph(2),
    '',
    '```python',
    'from openai import OpenAI',
    '',
    'client = OpenAI(base_url="https://api.example.com/v1", api_key="sk-...")',
    `reply = client.chat.completions.create(model="${model}", messages=[{"role": "user", "content": "ping"}])`,
    'print(reply.choices[0].message.content)',
    '```',
    '',
    `## ${h.verify} {#verify}`,
    '',
    '```sh',
    'curl https://api.example.com/v1/chat/completions \\',
    '  -H "Authorization: Bearer sk-..." -H "Content-Type: application/json" \\',
    `  -d '{"model": "${model}", "messages": [{"role": "user", "content": "ping"}]}'`,
    '```',
    '',
    `## ${h.notes} {#notes}`,
    '',
    paragraph(3),
    '',
    paragraph(2),
    '',
  ]
  return { slug: articleSlug(index), topic, markdown: lines.join('\n') }
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}
