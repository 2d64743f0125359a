import type { WidgetLoaders } from '../widget-registry.ts'

export const widgets = {
  ReplyTemplates: () => import('./ReplyTemplates.vue'),
} satisfies WidgetLoaders
