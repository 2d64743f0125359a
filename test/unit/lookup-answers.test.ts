import { describe, expect, it } from 'vitest'
import { answerRow, compareAnswers, formatComparison, parseAnswerRows } from '../../scripts/lookup-answers.ts'

const dev = (text: string, entries: Parameters<typeof answerRow>[3]) => answerRow('dev', 'timeout', text, entries)

describe('scripts/lookup-answers: what a catalogue change did to the answers', () => {
  it('keeps at most the first three entries, as the scores count them', () => {
    expect(dev('a', ['network', 'timeout', 'cors', 'base_url']).entries).toEqual(['network', 'timeout', 'cors'])
  })

  it('tags each changed paste by what happened to its right cause, and skips the unchanged', () => {
    const before = [
      dev('now first', ['network', 'timeout']),
      dev('lost first', ['timeout']),
      dev('into three', ['network']),
      dev('out of three', ['network', 'timeout']),
      dev('reordered after', ['timeout', 'network']),
      dev('same', ['timeout']),
    ]
    const after = [
      dev('now first', ['timeout', 'network']),
      dev('lost first', ['network']),
      dev('into three', ['network', 'cors', 'timeout']),
      dev('out of three', ['network', 'cors']),
      dev('reordered after', ['timeout', 'cors']),
      dev('same', ['timeout']),
    ]
    const { changes, netTop1, netTop3, added } = compareAnswers(before, after)
    expect(changes.map(({ tag, row }) => [tag, row.text])).toEqual([
      ['+', 'now first'],
      ['-', 'lost first'],
      ['+3', 'into three'],
      ['-3', 'out of three'],
      ['~', 'reordered after'],
    ])
    // first: won one, lost one; first three: lost by "lost first" and "out of three", won by "into three"
    expect([netTop1, netTop3, added]).toEqual([0, -1, 0])
  })

  it('compares a paste by its set, label and text, so fixtures may grow or move between the runs', () => {
    const before = [dev('kept', ['network'])]
    const after = [answerRow('tuning', 'timeout', 'new', ['timeout']), dev('kept', ['timeout'])]
    const comparison = compareAnswers(before, after)
    expect(comparison.added).toBe(1)
    expect([comparison.netTop1, comparison.netTop3]).toEqual([1, 1])
    // relabelled: another paste, not a changed answer
    expect(compareAnswers(before, [answerRow('dev', 'network', 'kept', ['timeout'])]).changes).toEqual([])
  })

  it('lists a loss first and ends with the net', () => {
    const text = formatComparison(
      compareAnswers([dev('won', ['cors']), dev('lost', ['timeout'])], [dev('won', ['timeout']), dev('lost', [])]),
    )
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^- +\[dev\] timeout: timeout → ∅ \| lost$/)
    expect(lines[1]).toMatch(/^\+ +\[dev\] timeout: cors → timeout \| won$/)
    expect(lines.at(-1)).toBe('net top-1 +0, top-3 +0')
  })

  it('reads back what it wrote, and names the first bad line of any other file', () => {
    const rows = [dev('a', ['timeout']), answerRow('tuning', 'cors', 'b\nc', [])]
    expect(parseAnswerRows(rows.map((row) => JSON.stringify(row)).join('\n') + '\n')).toEqual(rows)
    expect(parseAnswerRows('{"set":"dev"')).toEqual(new Error('line 1 is not JSON'))
    const renamed = JSON.stringify({ set: 'dev', expected: 'timeout', entries: ['no_such_cause'], text: 'x' })
    expect(parseAnswerRows(`\n${renamed}`)).toBeInstanceOf(Error)
    expect((parseAnswerRows(`\n${renamed}`) as Error).message).toMatch(/^line 2 is not an answer row/)
    expect(
      parseAnswerRows(JSON.stringify({ set: 'heldout', expected: 'timeout', entries: [], text: 'x' })),
    ).toBeInstanceOf(Error)
  })
})
