import { describe, expect, it } from 'vitest'
import { auditFamilies } from '../../bench/studies/family-audit/families.ts'
import { pastedErrors } from '../fixtures/pasted-errors.ts'

describe('the family audit study', () => {
  const messages = auditFamilies.flatMap(([, list]) => list)

  it('holds each message once, across all five families', () => {
    const texts = messages.map(({ text }) => text)
    expect(texts.filter((text, at) => texts.indexOf(text) !== at)).toEqual([])
  })

  it('gives a message the tuning set also holds the cause the tuning set gives it', () => {
    const tuned = new Map(pastedErrors.map(({ text, cause }) => [text, cause]))
    const differing = messages
      .filter(({ text, cause }) => tuned.has(text) && tuned.get(text) !== cause)
      .map(({ text, cause }) => `${text}: ${cause} here, ${tuned.get(text)} in tuning`)
    expect(differing).toEqual([])
  })
})
