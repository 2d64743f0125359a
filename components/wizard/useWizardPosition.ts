import { onBeforeUnmount, onMounted, ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import type { WizardTree } from '../../data/wizard.schema.ts'
import { hashId } from '../shared/safe-decode.ts'
import { stepAnchor } from './outline.ts'
import { parsePosition, pathParam, positionSearch, shortestPathTo, startPosition, type Position } from './walk.ts'

export interface UseWizardPositionReturn {
  position: ShallowRef<Position>
  /** The URL held a position that does not exist (any more); the wizard fell back to the start. */
  corrupt: Ref<boolean>
  /** True once mounted in a browser: before that (SSR, no JavaScript) only the outline shows. */
  ready: Ref<boolean>
  /** Moves to a position and records it in the URL and the browser history. */
  go: (next: Position) => void
}

/**
 * Keeps the wizard's position in `?path=`, so a copied link opens the same step and the
 * browser's back button walks back through the answers. `win` is injectable for tests.
 */
export function useWizardPosition(
  tree: () => WizardTree,
  onExternalMove: () => void,
  win: () => Window = () => window,
): UseWizardPositionReturn {
  const position = shallowRef(startPosition(tree()))
  const corrupt = ref(false)
  const ready = ref(false)

  const urlOf = (next: Position) => `${win().location.pathname}${positionSearch(next)}`

  /** A `#step-<id>` link (a search result, the printed outline) opens that step once mounted. */
  const anchoredPosition = (): Position | undefined => {
    const hash = hashId(win().location.hash)
    const prefix = stepAnchor('')
    return hash.startsWith(prefix) ? shortestPathTo(tree(), hash.slice(prefix.length)) : undefined
  }

  const readLocation = () => {
    const raw = new URLSearchParams(win().location.search).get(pathParam)
    const anchored = raw === null ? anchoredPosition() : undefined
    const parsed = anchored ? { position: anchored, corrupt: false } : parsePosition(tree(), raw)
    position.value = parsed.position
    corrupt.value = parsed.corrupt
    // A broken link is replaced by the start's address, so reloading does not repeat the error;
    // an anchor by the step's own address, which is what the user should copy.
    if (parsed.corrupt || anchored) win().history.replaceState(win().history.state, '', urlOf(parsed.position))
  }

  const onPopState = () => {
    readLocation()
    onExternalMove()
  }

  const go = (next: Position) => {
    corrupt.value = false
    position.value = next
    // A null state tells VitePress's router this entry is ours, so it does not reload the page.
    win().history.pushState(null, '', urlOf(next))
  }

  onMounted(() => {
    readLocation()
    win().addEventListener('popstate', onPopState)
    ready.value = true
  })
  onBeforeUnmount(() => win().removeEventListener('popstate', onPopState))

  return { position, corrupt, ready, go }
}
