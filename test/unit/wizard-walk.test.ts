import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '@data/errors.ts'
import { gateway } from '@data/gateway.ts'
import { wizardTree } from '@data/wizard.ts'
import { articleTitles, headingText, markdownFileOf } from '@components/wizard/article-titles.ts'
import { leafLinks, textVariables, type LinkContext } from '@components/wizard/leaf-links.ts'
import { localePath } from '@data/locale.ts'
import { outlinePlan } from '@components/wizard/outline.ts'
import { relatedErrorsByCause } from '@components/wizard/related-errors.ts'
import { fillText, leafSummary, stepAnnouncement, trailEntries } from '@components/wizard/text.ts'
import {
  answerQuestion,
  back,
  leafAt,
  leafPaths,
  parsePosition,
  positionSearch,
  returnTo,
  serializePosition,
  shortestPathTo,
  startPosition,
} from '@components/wizard/walk.ts'

const variables = textVariables(gateway)
const keyPath = 'symptom.no-reply/topup.no/app-shows.key-rejected/key-pasted.by-hand'

describe('parsePosition', () => {
  it('starts at the first question without a path', () => {
    for (const raw of [null, '', '  ']) {
      expect(parsePosition(wizardTree, raw)).toEqual({ position: startPosition(wizardTree), corrupt: false })
    }
  })

  it('walks a path to its node and keeps the trail', () => {
    const { position, corrupt } = parsePosition(wizardTree, keyPath)
    expect(corrupt).toBe(false)
    expect(position.nodeId).toBe('key-malformed')
    expect(position.trail.map((step) => step.answerId)).toEqual(['no-reply', 'no', 'key-rejected', 'by-hand'])
  })

  it('stops at a question part-way', () => {
    expect(parsePosition(wizardTree, 'symptom.no-reply/topup.no').position.nodeId).toBe('app-shows')
  })

  it.each([
    ['an unknown answer', 'symptom.no-such-answer'],
    ['a question that is not the current one', 'topup.no'],
    ['an answer after the leaf', `${keyPath}/key-status.enabled`],
    ['a segment without an answer', 'symptom'],
    ['a segment with extra dots', 'symptom.no-reply.x'],
    ['an empty segment', 'symptom.no-reply//topup.no'],
    ['html', '<script>alert(1)</script>'],
  ])('falls back to the start on %s', (_name, raw) => {
    expect(parsePosition(wizardTree, raw)).toEqual({ position: startPosition(wizardTree), corrupt: true })
  })

  it('round-trips every path through the URL form', () => {
    for (const position of leafPaths(wizardTree)) {
      expect(parsePosition(wizardTree, serializePosition(position))).toEqual({ position, corrupt: false })
      expect(positionSearch(position)).toBe(`?path=${serializePosition(position)}`)
    }
    expect(positionSearch(startPosition(wizardTree))).toBe('')
  })
})

describe('moving', () => {
  it('answers, goes back and returns to a trail step', () => {
    let position = startPosition(wizardTree)
    for (const answerId of ['no-reply', 'no', 'key-rejected'])
      position = answerQuestion(wizardTree, position, answerId)!
    expect(position.nodeId).toBe('key-pasted')
    expect(back(position).nodeId).toBe('app-shows')
    expect(back(position).trail).toHaveLength(2)
    expect(returnTo(position, 0)).toEqual(startPosition(wizardTree))
    expect(returnTo(position, 1)).toEqual({ trail: position.trail.slice(0, 1), nodeId: 'topup' })
    expect(returnTo(position, 9)).toBe(position)
    expect(back(startPosition(wizardTree))).toEqual(startPosition(wizardTree))
  })

  it('refuses an unknown answer and any answer at a leaf', () => {
    expect(answerQuestion(wizardTree, startPosition(wizardTree), 'nope')).toBeUndefined()
    const leaf = parsePosition(wizardTree, keyPath).position
    expect(answerQuestion(wizardTree, leaf, 'by-hand')).toBeUndefined()
  })

  it('lists the trail as the user read it', () => {
    const { position } = parsePosition(wizardTree, 'symptom.no-reply/topup.just-now')
    expect(trailEntries(wizardTree, position, 'zh', variables)).toEqual([
      { index: 0, question: '现在遇到的是哪种情况？', answer: '发出消息后 AI 不回复，或者弹出错误' },
      { index: 1, question: '最近充值过吗？', answer: `充了，还不到 ${gateway.balanceSyncMinutes.peak} 分钟` },
    ])
  })
})

describe('fillText', () => {
  it('fills the sync minutes and leaves unknown names alone', () => {
    expect(fillText('wait {syncTypical}–{syncPeak} min {other}', { syncTypical: '2', syncPeak: '5' })).toBe(
      'wait 2–5 min {other}',
    )
  })
})

const relatedErrors = relatedErrorsByCause(errorCatalogue)
const context = (locale: 'zh' | 'en', base = '/'): LinkContext => ({
  locale,
  base,
  gateway,
  relatedErrors,
  articleTitles: { '/troubleshooting/auth#key-format': { zh: '密钥格式有误', en: 'Malformed key' } },
})

describe('leafLinks', () => {
  it('prefixes English links and the site base', () => {
    expect(localePath('zh', '/errors#x', '/')).toBe('/errors#x')
    expect(localePath('en', '/errors#x', '/')).toBe('/en/errors#x')
    expect(localePath('en', '/tools/wizard', '/help/')).toBe('/help/en/tools/wizard')
  })

  it('links the cause section first, with its heading text, then the error entries of the cause', () => {
    const leaf = wizardTree.leaves['key-malformed']!
    const zh = leafLinks(leaf, context('zh'))
    expect(zh.articles[0]).toEqual({ href: '/troubleshooting/auth#key-format', label: '密钥格式有误' })
    expect(zh.articles[1]).toEqual({
      href: '/troubleshooting/auth#header-format',
      label: '/troubleshooting/auth#header-format',
    })
    const en = leafLinks(leaf, context('en', '/help/'))
    expect(en.articles[0]?.href).toBe('/help/en/troubleshooting/auth#key-format')
    const keyFormatErrors = errorCatalogue.filter((entry) => entry.cause === 'key_format')
    expect(keyFormatErrors.length).toBeGreaterThan(0)
    expect(en.errors).toEqual(
      keyFormatErrors.map((entry) => ({ href: `/help/en/errors/${entry.id}`, label: entry.title.en })),
    )
    expect(en.console).toBe(gateway.console.keys)
  })

  it('prefills the connection test only where it helps, and never with a key', () => {
    const plain = leafLinks(wizardTree.leaves['key-malformed']!, context('zh')).connectionTest
    expect(plain).toBe('/tools/connection-test')
    const model = leafLinks(wizardTree.leaves['wrong-model-name']!, context('en')).connectionTest
    expect(model).toBe(`/en/tools/connection-test?model=${encodeURIComponent(gateway.defaultModel)}`)
    const base = new URL(leafLinks(wizardTree.leaves['missing-v1']!, context('zh')).connectionTest, 'http://x')
    expect(base.searchParams.get('base')).toBe(gateway.apiBaseUrl)
    for (const leaf of Object.values(wizardTree.leaves)) {
      const href = leafLinks(leaf, context('zh')).connectionTest
      expect([...new URL(href, 'http://x').searchParams.keys()].every((key) => ['base', 'model'].includes(key))).toBe(
        true,
      )
    }
  })

  it('drops the status-page button when the gateway has no status page', () => {
    const leaf = wizardTree.leaves['gateway-fault']!
    expect(leafLinks(leaf, context('zh')).console).toBe(gateway.statusPage)
    const noStatus = { ...context('zh'), gateway: { ...gateway, statusPage: undefined } }
    expect(leafLinks(leaf, noStatus).console).toBeUndefined()
  })

  it('finds error entries for every cause of the tree', () => {
    for (const leaf of Object.values(wizardTree.leaves))
      expect(relatedErrors[leaf.cause]?.length, leaf.cause).toBeGreaterThan(0)
  })
})

describe('leafSummary', () => {
  const { position } = parsePosition(wizardTree, keyPath)
  const summaryOf = (locale: 'zh' | 'en') => {
    const links = leafLinks(leafAt(wizardTree, position)!, context(locale))
    return leafSummary({
      tree: wizardTree,
      position,
      locale,
      variables,
      pageUrl: `https://help.example/tools/wizard?path=${keyPath}`,
      links: links.articles.map((link) => ({ ...link, href: `https://help.example${link.href}` })),
    })
  }

  it('holds the link, every answer, the cause, the steps and the reading', () => {
    const text = summaryOf('en')!
    expect(text).toContain(`Wizard link: https://help.example/tools/wizard?path=${keyPath}`)
    expect(text).toContain('- What is happening? → I send a message and get no reply, or an error')
    expect(text).toContain(
      '- How did you put the key into the app? → Selected it by hand, or copied it from a chat or a document',
    )
    expect(text).toContain('Cause: Key malformed (extra space, quote or prefix) (key_format)')
    expect(text).toContain('1. Delete the key in the app and make sure the field is empty.')
    expect(text).toContain('- Malformed key: https://help.example/en/troubleshooting/auth#key-format')
  })

  it('is written in the page language', () => {
    const text = summaryOf('zh')!
    expect(text.startsWith('排障向导结果\n向导链接：https://help.example/')).toBe(true)
    expect(text).toContain('原因：密钥格式有误')
    expect(text).toContain('- 密钥格式有误：https://help.example/troubleshooting/auth#key-format')
  })

  it('exists only at a leaf', () => {
    expect(
      leafSummary({
        tree: wizardTree,
        position: startPosition(wizardTree),
        locale: 'zh',
        variables,
        pageUrl: '',
        links: [],
      }),
    ).toBeUndefined()
  })
})

describe('outlinePlan', () => {
  it('prints every node exactly once and links the other answers to it', () => {
    const plan = outlinePlan(wizardTree)
    const printed = [wizardTree.start]
    for (const [questionId, question] of Object.entries(wizardTree.questions)) {
      for (const answer of question.answers) {
        const expand = plan.get(`${questionId}.${answer.id}`)
        expect(expand, `${questionId}.${answer.id}`).toBeTypeOf('boolean')
        if (expand) printed.push(answer.next)
      }
    }
    const all = [...Object.keys(wizardTree.questions), ...Object.keys(wizardTree.leaves)]
    expect(printed.sort()).toEqual(all.sort())
  })
})

describe('article titles', () => {
  const zh =
    '# 标题\n\n```md\n## 示例 {#key-format}\n```\n\n## 密钥格式有误 {#key-format}\n\n### `Bearer` 前缀 {#header-format}\n'
  const en = '## Malformed key {#key-format}\n'

  it('reads heading text by id, outside code fences', () => {
    expect(headingText(zh, 'key-format')).toBe('密钥格式有误')
    expect(headingText(zh, 'header-format')).toBe('Bearer 前缀')
    expect(headingText(zh, 'missing')).toBeUndefined()
  })

  it('maps slugs to markdown files', () => {
    expect(markdownFileOf('/troubleshooting/', 'zh')).toBe('troubleshooting/index.md')
    expect(markdownFileOf('/troubleshooting/auth', 'en')).toBe('en/troubleshooting/auth.md')
  })

  it('keeps an anchor only when both languages have its heading', () => {
    const files: Record<string, string> = { 'troubleshooting/auth.md': zh, 'en/troubleshooting/auth.md': en }
    expect(
      articleTitles(
        ['/troubleshooting/auth#key-format', '/troubleshooting/auth#header-format', '/faq/x#y'],
        (file) => files[file],
      ),
    ).toEqual({ '/troubleshooting/auth#key-format': { zh: '密钥格式有误', en: 'Malformed key' } })
  })
})

describe('stepAnnouncement', () => {
  it('names the question number, or the result', () => {
    expect(stepAnnouncement(wizardTree, startPosition(wizardTree), 'zh', variables)).toBe(
      '第 1 题：现在遇到的是哪种情况？',
    )
    const { position } = parsePosition(wizardTree, 'symptom.media/media-state.failed')
    expect(stepAnnouncement(wizardTree, position, 'en', variables)).toBe(
      'Result: The task failed while generating; the reason is in the task details.',
    )
  })
})

describe('shortestPathTo', () => {
  it('finds the shortest way to every node, and nothing for an unknown id', () => {
    expect(shortestPathTo(wizardTree, 'symptom')).toEqual(startPosition(wizardTree))
    expect(serializePosition(shortestPathTo(wizardTree, 'app-shows')!)).toBe('symptom.no-reply/topup.earlier')
    for (const id of [...Object.keys(wizardTree.questions), ...Object.keys(wizardTree.leaves)]) {
      const position = shortestPathTo(wizardTree, id)
      expect(position?.nodeId, id).toBe(id)
      expect(parsePosition(wizardTree, serializePosition(position!)).position).toEqual(position)
    }
    expect(shortestPathTo(wizardTree, 'nope')).toBeUndefined()
  })
})
