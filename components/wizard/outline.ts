import type { WizardTree } from '../../data/wizard.schema.ts'

/** `questionId.answerId` of an answer, the key of `outlinePlan`. */
export function answerKey(questionId: string, answerId: string): string {
  return `${questionId}.${answerId}`
}

/**
 * For the page without JavaScript the tree is printed as nested sections. A node reached by
 * several answers is printed in full under the first one (depth-first, in answer order) and
 * linked from the others, so every id appears once and the page stays finite.
 * Returns, for each answer, whether its next node is expanded in place.
 */
export function outlinePlan(tree: WizardTree): Map<string, boolean> {
  const plan = new Map<string, boolean>()
  const printed = new Set<string>([tree.start])
  const visit = (questionId: string): void => {
    for (const answer of tree.questions[questionId]?.answers ?? []) {
      const expand = !printed.has(answer.next)
      plan.set(answerKey(questionId, answer.id), expand)
      if (!expand) continue
      printed.add(answer.next)
      if (answer.next in tree.questions) visit(answer.next)
    }
  }
  visit(tree.start)
  return plan
}

/** The id a node's section carries in the page, for links and search results. */
export function stepAnchor(nodeId: string): string {
  return `step-${nodeId}`
}
