import { describe, expect, it } from 'vitest'
import { hashRepairScript } from '../../docs/.vitepress/support/hash-repair.ts'

/** Runs the head script against a stand-in for the browser's location and history. */
function run(hash: string) {
  const location = { pathname: '/tools/wizard', search: '?path=a', hash }
  const replaced: string[] = []
  const listeners: Record<string, () => void> = {}
  const history = {
    state: { position: 1 },
    replaceState: (_state: unknown, _title: string, url: string) => {
      replaced.push(url)
      location.hash = url.slice(url.indexOf('#'))
    },
  }
  const addEventListener = (type: string, listener: () => void) => (listeners[type] = listener)
  new Function('location', 'history', 'addEventListener', hashRepairScript)(location, history, addEventListener)
  return { location, replaced, listeners }
}

describe('malformed hash repair', () => {
  it.each([
    ['#%', '#%25'],
    ['#%E0%A4%A', '#%25E0%25A4%25A'],
    ['#step-%zz', '#step-%25zz'],
  ])('re-escapes %s so decoding cannot throw', (hash, repaired) => {
    const { replaced } = run(hash)
    expect(replaced).toEqual([`/tools/wizard?path=a${repaired}`])
    expect(decodeURIComponent(repaired.slice(1))).toBe(hash.slice(1))
  })

  it.each(['', '#invalid-key', '#%E7%AD%89%E5%BE%85'])('leaves the well-formed %j alone', (hash) => {
    expect(run(hash).replaced).toEqual([])
  })

  it('repairs a hash that arrives later, too', () => {
    const { location, replaced, listeners } = run('#ok')
    location.hash = '#%'
    listeners.hashchange?.()
    expect(replaced).toEqual(['/tools/wizard?path=a#%25'])
  })
})
