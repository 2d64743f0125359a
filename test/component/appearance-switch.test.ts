import { describe, expect, it } from 'vitest'
import { ref, watch } from 'vue'
import { noTransitionsCss, switchAppearance } from '../../docs/.vitepress/theme/appearance-switch.ts'

/** useDark as VitePress sets it up: the class follows the ref in a post-render watcher. */
function colourMode(initial: boolean) {
  const isDark = ref(initial)
  const seen: { dark: boolean; transitionsOff: boolean }[] = []
  document.documentElement.classList.toggle('dark', initial)
  watch(
    isDark,
    (dark) => {
      document.documentElement.classList.toggle('dark', dark)
      const transitionsOff = [...document.head.querySelectorAll('style')].some(
        (s) => s.textContent === noTransitionsCss,
      )
      seen.push({ dark, transitionsOff })
    },
    { flush: 'post' },
  )
  return { isDark, seen }
}

describe('switchAppearance', () => {
  it('switches to dark and back with transitions off while the class changes, and leaves no style behind', async () => {
    const { isDark, seen } = colourMode(false)
    await switchAppearance(document, isDark)
    expect(document.documentElement.classList.contains('dark')).toBe(true)
    await switchAppearance(document, isDark)
    expect(document.documentElement.classList.contains('dark')).toBe(false)
    expect(seen).toEqual([
      { dark: true, transitionsOff: true },
      { dark: false, transitionsOff: true },
    ])
    expect(document.head.querySelectorAll('style')).toHaveLength(0)
  })
})
