import { z } from 'zod'
import { causes } from './causes.ts'
import { Cause } from './causes.schema.ts'
import { locales } from './locale.ts'
import { LocalizedText } from './locale.schema.ts'
import { promisedAnchors } from './article-anchors.ts'

export type WizardArticleAnchor = (typeof promisedAnchors)[number]

/** Values a text may name as `{syncTypical}` / `{syncPeak}`: filled from the gateway config. */
export const wizardTextVariables = ['syncTypical', 'syncPeak'] as const
export type WizardTextVariable = (typeof wizardTextVariables)[number]

/** Console pages a leaf may offer as a button (`status` is the gateway's status page). */
export const WizardConsolePage = z.enum(['home', 'keys', 'topUp', 'usage', 'models', 'status'])
export type WizardConsolePage = z.infer<typeof WizardConsolePage>

// Ids go into URLs that support staff send, so they are plain kebab-case and never change.
const nodeId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be ASCII kebab-case')

export const WizardAnswer = z.strictObject({
  id: nodeId,
  label: LocalizedText,
  /** The question or leaf this answer leads to. */
  next: nodeId,
})
export type WizardAnswer = z.infer<typeof WizardAnswer>

export const WizardQuestion = z.strictObject({
  text: LocalizedText,
  hint: LocalizedText.optional(),
  answers: z.array(WizardAnswer).min(2),
})
export type WizardQuestion = z.infer<typeof WizardQuestion>

export const WizardLeaf = z.strictObject({
  cause: z.enum(Cause.options, { error: 'must be a cause from data/causes.ts' }),
  /** The diagnosis in one sentence, as the user would understand it. */
  title: LocalizedText,
  /** The fix as ordered steps, one action each. */
  steps: z.array(LocalizedText).min(2),
  /** Sections to read besides `causeArticle[cause]`, which every leaf links to first. */
  articles: z.array(
    z.enum(promisedAnchors, { error: 'must be an anchor from promisedAnchors (data/article-anchors.ts)' }),
  ),
  /** A console page that helps with this fix, shown as a button. */
  console: WizardConsolePage.optional(),
  /** How to prefill the connection test: the gateway's base URL and/or its default model. */
  connectionTest: z.strictObject({ base: z.boolean(), defaultModel: z.boolean() }),
})
export type WizardLeaf = z.infer<typeof WizardLeaf>

export const WizardTree = z.strictObject({
  start: nodeId,
  questions: z.record(nodeId, WizardQuestion),
  leaves: z.record(nodeId, WizardLeaf),
})
export type WizardTree = z.infer<typeof WizardTree>

/** Part of the tree in a file of its own (`data/wizard/<branch>.ts`), joined in `data/wizard.ts`. */
export type WizardBranch = Pick<WizardTree, 'questions' | 'leaves'>

/** Every localized text of the tree with where it sits, for checks that read all of them. */
export function wizardTexts(tree: WizardTree): { where: string; text: LocalizedText }[] {
  const texts: { where: string; text: LocalizedText }[] = []
  for (const [id, question] of Object.entries(tree.questions)) {
    texts.push({ where: `${id}.text`, text: question.text })
    if (question.hint) texts.push({ where: `${id}.hint`, text: question.hint })
    for (const answer of question.answers) texts.push({ where: `${id}.${answer.id}`, text: answer.label })
  }
  for (const [id, leaf] of Object.entries(tree.leaves)) {
    texts.push({ where: `${id}.title`, text: leaf.title })
    leaf.steps.forEach((step, index) => texts.push({ where: `${id}.steps.${index}`, text: step }))
  }
  return texts
}

/**
 * Why the tree is not sound, one line per problem (empty when it is): the start is a question,
 * every answer leads somewhere that exists, every node is reachable, no path loops, every cause
 * has a leaf and texts only name known variables. Pure and linear in the tree's size, so the
 * build runs it on every start.
 */
export function wizardTreeProblems(tree: WizardTree): string[] {
  const problems: string[] = []
  const questionIds = Object.keys(tree.questions)
  const leafIds = Object.keys(tree.leaves)
  for (const id of questionIds) if (id in tree.leaves) problems.push(`${id} is both a question and a leaf`)
  if (!(tree.start in tree.questions)) problems.push(`start ${tree.start} is not a question`)

  for (const [id, question] of Object.entries(tree.questions)) {
    const seen = new Set<string>()
    for (const answer of question.answers) {
      if (seen.has(answer.id)) problems.push(`${id}: answer ${answer.id} appears twice`)
      seen.add(answer.id)
      if (!(answer.next in tree.questions) && !(answer.next in tree.leaves))
        problems.push(`${id}.${answer.id} leads to unknown node ${answer.next}`)
      if (answer.next === id) problems.push(`${id}.${answer.id} leads back to itself`)
    }
  }

  // Depth-first from the start: grey nodes are on the current path, so meeting one is a cycle.
  const state = new Map<string, 'grey' | 'black'>()
  const visit = (id: string, path: string[]): void => {
    const seen = state.get(id)
    if (seen === 'grey') problems.push(`cycle: ${[...path, id].join(' → ')}`)
    if (seen) return
    state.set(id, 'grey')
    for (const answer of tree.questions[id]?.answers ?? []) visit(answer.next, [...path, id])
    state.set(id, 'black')
  }
  if (tree.start in tree.questions) visit(tree.start, [])
  for (const id of [...questionIds, ...leafIds])
    if (!state.has(id)) problems.push(`${id} is not reachable from the start`)

  const coveredCauses = new Set(Object.values(tree.leaves).map((leaf) => leaf.cause))
  for (const cause of causes) if (!coveredCauses.has(cause)) problems.push(`no leaf names the cause ${cause}`)

  const known = new Set<string>(wizardTextVariables)
  for (const { where, text } of wizardTexts(tree)) {
    for (const locale of locales) {
      for (const [, name] of text[locale].matchAll(/\{(\w+)\}/g))
        if (!known.has(name ?? '')) problems.push(`${where}.${locale}: unknown variable {${name}}`)
    }
  }
  return problems
}

/** Parses the tree and checks it is sound; throws naming every problem (`data/validate.ts`). */
export function parseWizardTree(input: unknown): WizardTree {
  const result = WizardTree.safeParse(input)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new Error(`Invalid wizard tree (data/wizard.ts):\n${lines.join('\n')}`)
  }
  const problems = wizardTreeProblems(result.data)
  if (problems.length) throw new Error(`Unsound wizard tree (data/wizard.ts):\n  - ${problems.join('\n  - ')}`)
  return result.data
}
