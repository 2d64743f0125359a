import { defineAsyncComponent, h } from 'vue'
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import type { WidgetLoaders } from '../../../components/widget-registry.ts'
import PagefindSearch from './PagefindSearch.vue'
import { installCopyLinks } from './copy-links.ts'
import { installAnchorForwarding } from './anchor-forwarding.ts'
import './custom.css'

// Eager only for the tiny index files: each holds lazy imports of its widget.
// Only the home page shows this box; others never load it.
const HomeSearchBox = defineAsyncComponent(() => import('./HomeSearchBox.vue'))

const widgetIndexes = import.meta.glob<{ widgets: WidgetLoaders }>('../../../components/*/index.ts', {
  eager: true,
})

export default {
  extends: DefaultTheme,
  Layout: () =>
    h(DefaultTheme.Layout, null, {
      'nav-bar-content-before': () => h(PagefindSearch),
      'home-hero-after': () => h(HomeSearchBox),
    }),
  enhanceApp({ app, router }) {
    for (const { widgets } of Object.values(widgetIndexes)) {
      for (const [name, load] of Object.entries(widgets)) app.component(name, defineAsyncComponent(load))
    }
    if (typeof window !== 'undefined') {
      installCopyLinks(window)
      installAnchorForwarding(window, router)
    }
  },
} satisfies Theme
