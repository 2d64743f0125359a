import type { Component } from 'vue'
import { atOnce, whenNearOrTouched } from '../shared/deferred/wake.ts'
import { defineDeferredWidget, type LoadedWidget } from '../shared/deferred/widget.ts'

/**
 * /errors with its widgets off the critical path (see shared/deferred/widget.ts): the server HTML already
 * holds the lookup box and the whole table (for readers without JS and for the search index), while
 * the matcher and the catalogue, the page's largest chunks, load after first paint. The page passes
 * `locale` and `site-base`.
 */
const withCatalogue = async (widget: Promise<{ default: Component }>): Promise<LoadedWidget> => {
  const [{ default: loaded }, { errorCatalogue }] = await Promise.all([widget, import('@data/errors.ts')])
  return { widget: loaded, props: { catalogue: errorCatalogue } }
}

/**
 * The lookup also reads with the learned model (the guess and the other possible causes); the table does not. The
 * model only sharpens a guess, so a chunk that fails to arrive (a deploy replaced it, the connection dropped) leaves
 * the lookup working on its patterns and two older readings instead of failing it.
 */
const learnedModel = () =>
  import('@data/cause-model.ts').then(
    ({ causeModel }) => causeModel,
    () => null,
  )

export const DeferredErrorLookup = defineDeferredWidget(
  'DeferredErrorLookup',
  async () => {
    const [loaded, model] = await Promise.all([withCatalogue(import('./ErrorLookup.vue')), learnedModel()])
    return { ...loaded, props: { ...loaded.props, model } }
  },
  atOnce,
)

/** The table needs its script only for the filters: it hydrates when the reader gets near it. */
export const DeferredErrorCatalogueTable = defineDeferredWidget(
  'DeferredErrorCatalogueTable',
  () => withCatalogue(import('./ErrorCatalogueTable.vue')),
  whenNearOrTouched(),
)
