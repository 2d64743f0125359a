import { fileURLToPath } from 'node:url'

/** The checkout's root, whichever directory the bench is started from. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/** Scratch space for synthetic sites (git-ignored). */
export const workDir = fileURLToPath(new URL('../.work/', import.meta.url))

export const benchDir = fileURLToPath(new URL('../', import.meta.url))
