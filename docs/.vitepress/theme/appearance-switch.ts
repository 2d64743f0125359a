import { nextTick, type Ref } from 'vue'

/** What VitePress's appearance switch injects to toggle light and dark. */
export const toggleAppearanceKey = 'toggle-appearance'

/** Turns CSS transitions off while the colours change, so a switch does not fade every element. */
export const noTransitionsCss = '*,*::before,*::after{transition:none!important}'

/**
 * Switches between light and dark with CSS transitions off for that one change.
 *
 * VitePress's colour mode (VueUse's useDark) does this on every change, including the one it
 * makes while the page hydrates, when the class is already right: it adds a style element and
 * reads a computed style, which restyles the whole page in the middle of hydration (about 30 ms
 * on /errors on this machine). The site turns that off (`appearance.disableTransition: false` in
 * config/shared.ts) and does it here instead, only when the reader clicks the switch.
 */
export async function switchAppearance(doc: Document, isDark: Ref<boolean>): Promise<void> {
  const style = doc.createElement('style')
  style.textContent = noTransitionsCss
  doc.head.appendChild(style)
  try {
    isDark.value = !isDark.value
    // useDark moves the class in a post-render watcher, which has run once this resolves.
    await nextTick()
    // Apply the new colours while transitions are off.
    void doc.defaultView?.getComputedStyle(doc.documentElement).color
  } finally {
    style.remove()
  }
}
