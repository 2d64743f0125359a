import moves from '@data/anchor-moves.json'
import { forwardTarget } from '../support/anchor-moves.ts'

/** Loaded by anchor-forwarding.ts only when a link misses: the moves table stays out of every page. */
export function movedTarget(pathname: string, hash: string): string | null {
  return forwardTarget(moves, pathname, hash)
}
