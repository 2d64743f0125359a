import { describe, expect, it } from 'vitest'
import { splitBySources } from '../../scripts/lookup-score.ts'

describe('scripts/lookup-score: a fresh set by its sources', () => {
  const pastes = [
    { source: 'https://github.com/a/b/issues/1', text: 'one' },
    { source: 'https://github.com/c/d/issues/2', text: 'two' },
    { source: 'https://github.com/a/b/issues/1', text: 'three' },
  ]

  it('splits the listed sources from the rest, whatever the blank lines and spaces', () => {
    const split = splitBySources('\n  https://github.com/a/b/issues/1  \n\nhttps://unknown.example/x\n', pastes)
    expect(split.pastes.map(({ text }) => text)).toEqual(['one', 'three'])
    expect(split.rest.map(({ text }) => text)).toEqual(['two'])
  })

  it('refuses a list none of whose sources is in the set', () => {
    expect(() => splitBySources('https://unknown.example/x\n', pastes)).toThrow(/No paste comes from a listed source/)
    expect(() => splitBySources('', pastes)).toThrow(/No paste/)
  })
})
