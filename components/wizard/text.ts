import { causeTitle } from '../../data/causes.ts'
import type { Locale, LocalizedText } from '../../data/locale.ts'
import type { WizardTextVariable, WizardTree } from '../../data/wizard.schema.ts'
import { messages } from './messages.ts'
import { leafAt, questionAt, type Position } from './walk.ts'

export type TextVariables = Record<WizardTextVariable, string>

/** Fills `{syncPeak}`-style variables; an unknown name is left as written (soundness rejects it). */
export function fillText(text: string, variables: TextVariables): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in variables ? variables[name as WizardTextVariable] : match,
  )
}

export function localize(text: LocalizedText, locale: Locale, variables: TextVariables): string {
  return fillText(text[locale], variables)
}

export interface TrailEntry {
  index: number
  question: string
  answer: string
}

/** The answers given so far, as the user read them. */
export function trailEntries(
  tree: WizardTree,
  position: Position,
  locale: Locale,
  variables: TextVariables,
): TrailEntry[] {
  return position.trail.map((step, index) => {
    const question = tree.questions[step.questionId]
    const answer = question?.answers.find((candidate) => candidate.id === step.answerId)
    return {
      index,
      question: question ? localize(question.text, locale, variables) : step.questionId,
      answer: answer ? localize(answer.label, locale, variables) : step.answerId,
    }
  })
}

/** What a screen reader hears after a move: the new question with its number, or the result. */
export function stepAnnouncement(
  tree: WizardTree,
  position: Position,
  locale: Locale,
  variables: TextVariables,
): string {
  const text = messages[locale]
  const leaf = leafAt(tree, position)
  if (leaf) return text.announceResult(localize(leaf.title, locale, variables))
  const question = questionAt(tree, position)
  if (!question) return ''
  return `${text.questionNumber(position.trail.length + 1)}${text.summary.colon}${localize(question.text, locale, variables)}`
}

export interface SummaryInput {
  tree: WizardTree
  position: Position
  locale: Locale
  variables: TextVariables
  /** The page address of this step, which support can open to see the same result. */
  pageUrl: string
  /** Absolute links of the leaf (articles, then error entries). */
  links: { label: string; href: string }[]
}

/**
 * Text for a support ticket: the link, the answers, the cause and the fix. Undefined unless the
 * position is a leaf. It holds nothing the user typed, so no key can end up in it.
 */
export function leafSummary(input: SummaryInput): string | undefined {
  const { tree, position, locale, variables } = input
  const leaf = leafAt(tree, position)
  if (!leaf) return undefined
  const text = messages[locale].summary
  const c = text.colon
  const lines = [
    text.title,
    `${text.link}${c}${input.pageUrl}`,
    '',
    `${text.answers}${c}`,
    ...trailEntries(tree, position, locale, variables).map((entry) => `- ${entry.question} → ${entry.answer}`),
    '',
    `${text.cause}${c}${causeTitle[leaf.cause][locale]} (${leaf.cause})`,
    `${text.diagnosis}${c}${localize(leaf.title, locale, variables)}`,
    '',
    `${text.steps}${c}`,
    ...leaf.steps.map((step, index) => `${index + 1}. ${localize(step, locale, variables)}`),
    '',
    `${text.reading}${c}`,
    ...input.links.map((link) => `- ${link.label}${c}${link.href}`),
  ]
  return lines.join('\n')
}
