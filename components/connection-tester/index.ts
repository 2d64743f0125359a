import type { WidgetLoaders } from '../widget-registry.ts'

export const widgets = {
  ConnectionTester: () => import('./ConnectionTester.vue'),
} satisfies WidgetLoaders
