import type { WidgetLoaders } from '../widget-registry.ts'

// Only lazy loaders: this file ships with every page.
export const widgets = {
  ErrorLookup: () => import('./ErrorLookup.vue'),
  ErrorEntryCard: () => import('./ErrorEntryCard.vue'),
  ErrorCatalogueTable: () => import('./ErrorCatalogueTable.vue'),
} satisfies WidgetLoaders
