import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { slowestFiles, slowFirstOrder } from '../e2e/support/sequencer.ts'

describe('e2e file order', () => {
  it('starts the slow files first, in their order, and keeps the rest as they came', () => {
    const files = ['search.test.ts', 'site.test.ts', 'errors.test.ts', 'accessibility.test.ts', 'wizard.test.ts']
    expect(slowFirstOrder(files, (name) => name)).toEqual([
      'accessibility.test.ts',
      'wizard.test.ts',
      'site.test.ts',
      'search.test.ts',
      'errors.test.ts',
    ])
  })

  it('names only files that exist, so a rename cannot silently drop one to the back', () => {
    const present = readdirSync(new URL('../e2e/', import.meta.url))
    for (const name of slowestFiles) expect(present).toContain(`${name}.test.ts`)
  })
})
