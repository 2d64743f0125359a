import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { causeArticle, causes } from '@data/causes.ts'
import { gateway } from '@data/gateway.ts'
import { joinWizardBranches, wizardTree } from '@data/wizard.ts'
import { promisedAnchors } from '@data/article-anchors.ts'
import { parseWizardTree, wizardTexts, wizardTreeProblems, type WizardTree } from '@data/wizard.schema.ts'
import { articleTitles } from '@components/wizard/article-titles.ts'
import { leafArticleAnchors } from '@components/wizard/leaf-links.ts'
import { leafAt, leafPaths } from '@components/wizard/walk.ts'

/** A deep copy to break on purpose, proving each check can fail. */
const copyTree = (): WizardTree => structuredClone(wizardTree)

describe('data/wizard.ts', () => {
  it('parses and is sound', () => {
    expect(() => parseWizardTree(wizardTree)).not.toThrow()
    expect(wizardTreeProblems(wizardTree)).toEqual([])
  })

  it('has a cause for every one of the 19 causes and ends every path in a leaf', () => {
    const paths = leafPaths(wizardTree)
    const reachedLeaves = new Set(paths.map((position) => position.nodeId))
    expect([...reachedLeaves].sort()).toEqual(Object.keys(wizardTree.leaves).sort())
    const reachedCauses = new Set(paths.map((position) => leafAt(wizardTree, position)?.cause))
    expect([...reachedCauses].sort()).toEqual([...causes].sort())
    // The figures the task asks for, kept honest: change them when the tree grows.
    expect({ leaves: reachedLeaves.size, causes: reachedCauses.size, paths: paths.length }).toEqual({
      leaves: 43,
      causes: 19,
      paths: 143,
    })
  })

  it('asks at most six questions on any path', () => {
    expect(Math.max(...leafPaths(wizardTree).map((position) => position.trail.length))).toBeLessThanOrEqual(6)
  })

  it('covers every flow the issue lists', () => {
    const leafCauses = new Set(Object.values(wizardTree.leaves).map((leaf) => leaf.cause))
    const anchors = new Set(Object.values(wizardTree.leaves).flatMap(leafArticleAnchors))
    for (const anchor of [
      '/troubleshooting/no-reply-after-recharge#wait-for-sync',
      '/troubleshooting/auth#key-format',
      '/troubleshooting/auth#expired-key',
      '/troubleshooting/network#vpn-and-proxy',
      '/troubleshooting/bad-request#context-length',
      '/troubleshooting/media-tasks#task-queued',
      '/troubleshooting/network#region-blocked',
      '/troubleshooting/streaming#stream-interrupted',
    ])
      expect(anchors, anchor).toContain(anchor)
    expect(leafCauses.size).toBe(causes.length)
  })
})

describe('both languages', () => {
  const texts = wizardTexts(wizardTree)
  const cjk = /[\u3400-\u9fff]/

  it('writes every Chinese text in Chinese', () => {
    expect(texts.filter(({ text }) => !cjk.test(text.zh)).map(({ where }) => where)).toEqual([])
  })

  it('writes every English text without Chinese characters', () => {
    expect(texts.filter(({ text }) => cjk.test(text.en)).map(({ where }) => where)).toEqual([])
  })

  it('never writes the same text in both fields', () => {
    expect(texts.filter(({ text }) => text.zh === text.en).map(({ where }) => where)).toEqual([])
  })

  it('names no brand, address or contact: those come from the gateway config', () => {
    const offending = texts.filter(({ text }) =>
      [text.zh, text.en].some(
        (value) =>
          value.includes(gateway.name) ||
          /https?:|www\.|@|\.com\b/.test(value) ||
          value.includes(new URL(gateway.apiBaseUrl).host),
      ),
    )
    expect(offending.map(({ where }) => where)).toEqual([])
  })
})

describe('leaf links', () => {
  const known = new Set<string>([...promisedAnchors, ...Object.values(causeArticle)])

  it('only point at anchors the articles promise', () => {
    for (const [id, leaf] of Object.entries(wizardTree.leaves)) {
      for (const anchor of leafArticleAnchors(leaf)) expect(known, `${id} → ${anchor}`).toContain(anchor)
    }
  })

  it('each open a heading that exists in both languages, whose text becomes the link label', () => {
    const docs = fileURLToPath(new URL('../../docs/', import.meta.url))
    const anchors = [...new Set(Object.values(wizardTree.leaves).flatMap(leafArticleAnchors))]
    const read = (file: string) => (existsSync(`${docs}${file}`) ? readFileSync(`${docs}${file}`, 'utf8') : undefined)
    const titles = articleTitles(anchors, read)
    expect(anchors.filter((anchor) => !titles[anchor])).toEqual([])
  })

  it('open with the section of the leaf cause', () => {
    for (const leaf of Object.values(wizardTree.leaves))
      expect(leafArticleAnchors(leaf)[0]).toBe(causeArticle[leaf.cause])
  })
})

describe('joinWizardBranches', () => {
  const { questions, leaves } = copyTree()
  const topup = questions.topup!
  const wait = leaves['wait-for-sync']!

  it("puts every branch file's questions and leaves into one tree", () => {
    const tree = joinWizardBranches('topup', {
      'data/wizard/a.ts': { questions: { topup }, leaves: {} },
      'data/wizard/b.ts': { questions: {}, leaves: { 'wait-for-sync': wait } },
    })
    expect(tree).toEqual({ start: 'topup', questions: { topup }, leaves: { 'wait-for-sync': wait } })
  })

  it('refuses an id written in two files, naming both (a spread would keep the later quietly)', () => {
    const join = () =>
      joinWizardBranches('topup', {
        'data/wizard/a.ts': { questions: { topup }, leaves: {} },
        'data/wizard/b.ts': { questions: {}, leaves: { topup: wait } },
      })
    expect(join).toThrow('Wizard node topup is written twice: in data/wizard/a.ts and in data/wizard/b.ts')
  })
})

describe('soundness checks catch', () => {
  it('an answer leading nowhere', () => {
    const tree = copyTree()
    tree.questions.topup!.answers[0]!.next = 'nowhere'
    expect(wizardTreeProblems(tree)).toContain('topup.just-now leads to unknown node nowhere')
  })

  it('a node no answer reaches', () => {
    const tree = copyTree()
    tree.questions['media-state']!.answers[1]!.next = 'task-queued'
    expect(wizardTreeProblems(tree)).toContain('task-failed is not reachable from the start')
  })

  it('a cycle', () => {
    const tree = copyTree()
    tree.questions['other-sites']!.answers[0]!.next = 'vpn'
    expect(wizardTreeProblems(tree).some((problem) => problem.startsWith('cycle: '))).toBe(true)
    expect(() => parseWizardTree(tree)).toThrow(/Unsound wizard tree/)
  })

  it('an answer leading back to its own question', () => {
    const tree = copyTree()
    tree.questions.vpn!.answers[0]!.next = 'vpn'
    expect(wizardTreeProblems(tree)).toContain('vpn.vpn-on leads back to itself')
  })

  it('a cause with no leaf', () => {
    const tree = copyTree()
    tree.leaves['region-not-supported']!.cause = 'network'
    expect(wizardTreeProblems(tree)).toContain('no leaf names the cause region_blocked')
  })

  it('a start that is not a question, and an id used twice', () => {
    const tree = copyTree()
    tree.start = 'wait-for-sync'
    tree.questions['wait-for-sync'] = tree.questions.topup!
    const problems = wizardTreeProblems(tree)
    expect(problems).toContain('wait-for-sync is both a question and a leaf')
  })

  it('a repeated answer id and an unknown text variable', () => {
    const tree = copyTree()
    const answers = tree.questions.vpn!.answers
    answers[1] = { ...answers[1]!, id: answers[0]!.id }
    tree.leaves['top-up']!.steps[0]!.en = 'Wait {syncMinutes} minutes.'
    const problems = wizardTreeProblems(tree)
    expect(problems).toContain('vpn: answer vpn-on appears twice')
    expect(problems).toContain('top-up.steps.0.en: unknown variable {syncMinutes}')
  })

  it('a missing translation, an unknown cause or anchor, a bad id', () => {
    const tree = copyTree() as unknown as {
      leaves: Record<string, { title: { en: string }; cause: string; articles: string[] }>
      questions: Record<string, unknown>
    }
    tree.leaves['top-up']!.title.en = ''
    tree.leaves['top-up']!.cause = 'bad_luck'
    tree.leaves['top-up']!.articles = ['/troubleshooting/auth#nope']
    tree.questions['Bad Id'] = tree.questions.vpn
    const error = (() => {
      try {
        parseWizardTree(tree)
        return ''
      } catch (thrown) {
        return String(thrown)
      }
    })()
    expect(error).toContain('leaves.top-up.title.en')
    expect(error).toContain('leaves.top-up.cause')
    expect(error).toContain('leaves.top-up.articles.0')
    expect(error).toContain('questions.Bad Id')
    expect(error).toContain('must be an anchor from promisedAnchors')
    expect(error.length).toBeLessThan(1000)
  })
})
