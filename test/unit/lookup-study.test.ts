import { describe, expect, it } from 'vitest'
import { disagreement, emptyReadings, keepShare, type StudyRow } from '../../scripts/lookup-study.ts'

const learned = (cause: StudyRow['cause'], probability: number) => [
  { cause, probability },
  { cause: 'bad_request' as const, probability: 1 - probability },
]

const rows: StudyRow[] = [
  // sure of a cause no entry names, and right
  { cause: 'timeout', entries: ['network'], learned: learned('timeout', 0.9) },
  // sure of a cause no entry names, and wrong: the first entry was right
  { cause: 'network', entries: ['network'], learned: learned('cors', 0.95) },
  // sure of the second entry's cause, wrong
  { cause: 'invalid_key', entries: ['invalid_key', 'base_url'], learned: learned('base_url', 0.7) },
  // agrees with the first entry: not a disagreement
  { cause: 'rate_limit', entries: ['rate_limit'], learned: learned('rate_limit', 0.99) },
  // empty answers
  { cause: 'cors', entries: [], learned: learned('cors', 0.8), guess: 'network' },
  { cause: 'timeout', entries: [], learned: learned('network', 0.55), guess: 'timeout' },
  { cause: 'task_failed', entries: [], learned: learned('content_policy', 0.3), guess: 'content_policy' },
]

describe('the learned reading study', () => {
  it('counts where the sure learned reading disagrees with the entries, and who was right', () => {
    const [low, high] = disagreement(rows, [0.5, 0.85])
    expect(low).toEqual({
      threshold: 0.5,
      outside: 2,
      outsideLearnedRight: 1,
      outsideFirstRight: 1,
      reorder: 1,
      reorderLearnedRight: 0,
      reorderFirstRight: 1,
      emptySure: 2,
      emptySureRight: 1,
    })
    expect(high).toMatchObject({ outside: 2, reorder: 0, emptySure: 0, emptySureRight: 0 })
  })

  it('reads the empty answers by the guess, the learned reading and either', () => {
    expect(emptyReadings(rows)).toEqual({ empty: 3, guessRight: 1, learnedRight: 1, eitherRight: 2 })
  })

  it('keeps a share of the pastes by their draws, nesting the smaller shares in the larger', () => {
    const pastes = ['a', 'b', 'c', 'd']
    const draws = [0.1, 0.6, 0.3, 0.9]
    expect(keepShare(pastes, draws, 0.5)).toEqual(['a', 'c'])
    expect(keepShare(pastes, draws, 1)).toEqual(pastes)
    expect(keepShare(pastes, draws, 0.25)).toEqual(['a'])
    expect(() => keepShare(pastes, [0.1], 0.5)).toThrow('4 pastes but 1 draws')
  })
})
