import { h } from 'vue'
import { useData, type Theme } from 'vitepress'
// No web font: Inter's Latin file alone is 68 KB that every first visit downloads beside the CSS,
// on the slow phone links this site is read on, for Latin letters only (Chinese text never used it),
// and swapping it in late re-laid out and shifted the page. System UI fonts render at once.
import DefaultTheme from 'vitepress/theme-without-fonts'
import PagefindSearch from './search/PagefindSearch.vue'
import HomeSearchBox from './search/HomeSearchBox.vue'
import { installCopyLinks } from './copy-links.ts'
import { installAnchorForwarding } from './anchor-forwarding.ts'
import { switchAppearance, toggleAppearanceKey } from './appearance-switch.ts'
import { restorePageHash } from './page-hash.ts'
import './custom.css'

// Widgets are imported by the pages that show them (see docs/errors.md), so they ride in those
// pages' chunks. Registering them here as async components would put Vue's
// defineAsyncComponent (1.2 KB gzip) in the framework chunk that every article loads.
export default {
  extends: DefaultTheme,
  Layout: () =>
    h(DefaultTheme.Layout, null, {
      'nav-bar-content-before': () => h(PagefindSearch),
      'home-hero-after': () => h(HomeSearchBox),
    }),
  enhanceApp({ app, router }) {
    if (typeof window !== 'undefined') {
      // Before the router's first go(), which looks the page up in this map.
      restorePageHash(window)
      const { isDark } = app.runWithContext(useData)
      app.provide(toggleAppearanceKey, () => switchAppearance(window.document, isDark))
      installCopyLinks(window)
      installAnchorForwarding(window, router)
    }
  },
} satisfies Theme
