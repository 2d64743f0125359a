import { basename } from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Files whose run time does not follow their size: the axe walk is a short file that visits every
 * page twice, and the tester, wizard and site files each drive many slow page loads. Longest first.
 */
export const slowestFiles = ['accessibility', 'connection-test', 'wizard', 'site'] as const

/** Where a file goes: the slow ones first, in the order above; the rest after, as Vitest had them. */
export function slowFirstOrder<T>(files: readonly T[], nameOf: (file: T) => string): T[] {
  const rank = (file: T) => {
    const index = (slowestFiles as readonly string[]).indexOf(nameOf(file).replace(/\.test\.ts$/, ''))
    return index === -1 ? slowestFiles.length : index
  }
  return files
    .map((file, position) => ({ file, position }))
    .sort((a, b) => rank(a.file) - rank(b.file) || a.position - b.position)
    .map(({ file }) => file)
}

/**
 * Two workers take the files in order, so a long file started last keeps one core busy alone at
 * the end. On a fresh checkout Vitest has no timings and orders by file size, which started the
 * axe walk (150–180 s) last and left the run about a minute longer than its work needs.
 */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return slowFirstOrder(await super.sort(files), (file) => basename(file.moduleId))
  }
}
