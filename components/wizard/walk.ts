import type { WizardLeaf, WizardQuestion, WizardTree } from '../../data/wizard.schema.ts'

/** One answered question: the URL keeps these, so a link reproduces the trail, not only the step. */
export interface TrailStep {
  questionId: string
  answerId: string
}

/** Where the user is: the answers given so far and the node they lead to. */
export interface Position {
  trail: TrailStep[]
  nodeId: string
}

export type ParsedPosition = { position: Position; corrupt: false } | { position: Position; corrupt: true }

/** The query parameter that holds the position: `?path=symptom.no-reply/topup.no`. */
export const pathParam = 'path'

export function startPosition(tree: WizardTree): Position {
  return { trail: [], nodeId: tree.start }
}

export function questionAt(tree: WizardTree, position: Position): WizardQuestion | undefined {
  return tree.questions[position.nodeId]
}

export function leafAt(tree: WizardTree, position: Position): WizardLeaf | undefined {
  return tree.leaves[position.nodeId]
}

/** The node an answer leads to, or undefined when the position has no such question or answer. */
function follow(tree: WizardTree, questionId: string, answerId: string): string | undefined {
  return tree.questions[questionId]?.answers.find((answer) => answer.id === answerId)?.next
}

/**
 * Reads a position from the `path` parameter. Anything that does not walk the tree from the
 * start (an old, mistyped or truncated link) gives the start and `corrupt: true`, so the page
 * can say so instead of guessing.
 */
export function parsePosition(tree: WizardTree, raw: string | null): ParsedPosition {
  const start = startPosition(tree)
  if (raw === null || raw.trim() === '') return { position: start, corrupt: false }
  const trail: TrailStep[] = []
  let nodeId = tree.start
  for (const segment of raw.trim().split('/')) {
    const [questionId, answerId, ...rest] = segment.split('.')
    if (!questionId || !answerId || rest.length || questionId !== nodeId) return { position: start, corrupt: true }
    const next = follow(tree, questionId, answerId)
    if (!next) return { position: start, corrupt: true }
    trail.push({ questionId, answerId })
    nodeId = next
  }
  return { position: { trail, nodeId }, corrupt: false }
}

/** The `path` value of a position; ids are kebab-case, so it needs no escaping. */
export function serializePosition(position: Position): string {
  return position.trail.map((step) => `${step.questionId}.${step.answerId}`).join('/')
}

/** The query string for a position (empty at the start), for links and `history.pushState`. */
export function positionSearch(position: Position): string {
  return position.trail.length ? `?${pathParam}=${serializePosition(position)}` : ''
}

/** The position after answering the current question, or undefined for an unknown answer. */
export function answerQuestion(tree: WizardTree, position: Position, answerId: string): Position | undefined {
  const next = follow(tree, position.nodeId, answerId)
  if (!next) return undefined
  return { trail: [...position.trail, { questionId: position.nodeId, answerId }], nodeId: next }
}

/** Back to the question whose answer is `index` in the trail (that answer is undone). */
export function returnTo(position: Position, index: number): Position {
  const step = position.trail[index]
  if (!step) return position
  return { trail: position.trail.slice(0, index), nodeId: step.questionId }
}

/** One step back; at the start it stays there. */
export function back(position: Position): Position {
  return returnTo(position, position.trail.length - 1)
}

/**
 * Every way through the tree, each ending at a leaf: what the tests walk, in the browser too.
 * The tree has no cycles (the build checks), so this ends.
 */
export function leafPaths(tree: WizardTree): Position[] {
  const paths: Position[] = []
  const visit = (position: Position): void => {
    const question = questionAt(tree, position)
    if (!question) {
      if (leafAt(tree, position)) paths.push(position)
      return
    }
    for (const answer of question.answers) {
      const next = answerQuestion(tree, position, answer.id)
      if (next) visit(next)
    }
  }
  visit(startPosition(tree))
  return paths
}

/**
 * The shortest way from the start to a node, for `#step-<id>` links (search results and the
 * printed outline point there). Undefined for an unknown or unreachable id.
 */
export function shortestPathTo(tree: WizardTree, nodeId: string): Position | undefined {
  const queue: Position[] = [startPosition(tree)]
  const seen = new Set<string>([tree.start])
  for (let position = queue.shift(); position; position = queue.shift()) {
    if (position.nodeId === nodeId) return position
    for (const answer of questionAt(tree, position)?.answers ?? []) {
      if (seen.has(answer.next)) continue
      seen.add(answer.next)
      queue.push(answerQuestion(tree, position, answer.id)!)
    }
  }
  return undefined
}
