import type { Component } from 'vue'

/**
 * Each widget folder's `index.ts` exports `widgets`: global component names mapped to lazy
 * imports. The theme registers them as async components, so markdown can use `<ErrorLookup />`
 * and a page that does not use a widget never downloads its code.
 */
export type WidgetLoaders = Record<string, () => Promise<{ default: Component }>>
