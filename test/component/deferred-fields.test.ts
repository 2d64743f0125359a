import { afterEach, describe, expect, it } from 'vitest'
import { changedFields, restoreFields } from '@components/shared/deferred/fields.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('components/shared/deferred/fields', () => {
  it('puts typed text and picked options back, telling the widget as the reader would have', () => {
    const root = document.createElement('div')
    root.innerHTML =
      '<textarea></textarea><input type="text" value="kept"><select><option value="">any</option><option value="b">b</option></select>'
    document.body.append(root)
    const [box, field, select] = [
      root.querySelector('textarea')!,
      root.querySelector('input')!,
      root.querySelector('select')!,
    ]
    box.value = 'typed'
    select.value = 'b'
    const changed = changedFields(root)
    expect([...changed.values()]).toEqual(['typed', 'b'])
    // What hydration may do to them.
    box.value = ''
    select.value = ''
    const events: string[] = []
    root.addEventListener('input', (event) => events.push(`input:${(event.target as HTMLElement).tagName}`))
    root.addEventListener('change', (event) => events.push(`change:${(event.target as HTMLElement).tagName}`))
    restoreFields(changed)
    expect([box.value, field.value, select.value]).toEqual(['typed', 'kept', 'b'])
    expect(events).toEqual(['input:TEXTAREA', 'change:SELECT'])
  })
})
