import type { RunInfo } from '../../results.ts'
import type { EngineResult } from './measure/search.ts'

export interface SearchStudyResults extends RunInfo {
  search: EngineResult[]
  /** What the comparison left out, and why. */
  searchNotes?: string[]
}
