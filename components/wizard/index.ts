import type { WidgetLoaders } from '../widget-registry.ts'

export const widgets = {
  TroubleshootingWizard: () => import('./TroubleshootingWizard.vue'),
} satisfies WidgetLoaders
