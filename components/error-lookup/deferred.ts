import type { Component } from 'vue'
import { atOnce, whenTouched } from '../shared/deferred/wake.ts'
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
 * model only sharpens a guess, so the lookup does not wait for it: it answers from its patterns and the two older
 * readings at once and takes the model when it arrives (ErrorLookup's `model`), and a chunk that never arrives (a
 * deploy replaced it, the connection dropped or stalled) leaves it working as it is.
 */
const learnedModel = () =>
  import('@data/cause-model.ts').then(
    ({ causeModel }) => causeModel,
    () => null,
  )

export const DeferredErrorLookup = defineDeferredWidget(
  'DeferredErrorLookup',
  async () => {
    const loaded = await withCatalogue(import('./ErrorLookup.vue'))
    return { ...loaded, props: { ...loaded.props, model: learnedModel() } }
  },
  atOnce,
)

/** The table needs its script only for the filters: it hydrates when the reader touches it (see whenTouched). */
export const DeferredErrorCatalogueTable = defineDeferredWidget(
  'DeferredErrorCatalogueTable',
  () => withCatalogue(import('./ErrorCatalogueTable.vue')),
  whenTouched,
)
