import type { OutputSize } from './measure/catalogue-outputs.ts'
import type { LighthouseResult } from './measure/lighthouse.ts'
import type { MachineInfo } from './measure/machine.ts'
import type { PageWeight } from './measure/page-weight.ts'
import type { EngineResult } from './measure/search.ts'
import type { Distribution } from './stats.ts'

export interface ExternalBench {
  /** The command run and what it printed, kept whole: its author owns the format. */
  command: string
  output: string
  /** Numbers read from the output, keyed `label.stat` (e.g. `20 KB.p95`), in ms. */
  figures: Record<string, number>
}

export interface BenchResults {
  mode: 'quick' | 'full'
  startedAt: string
  durationS: number
  machine: MachineInfo
  pageWeight?: {
    ours: PageWeight[]
    bare: PageWeight[]
  }
  /** The files the build publishes for other programs: the importable lookup, errors.json. */
  catalogueOutputs?: OutputSize[]
  search?: EngineResult[]
  /** What the search comparison left out, and why. */
  searchNotes?: string[]
  errorLookup?: ExternalBench
  connectionTest?: ExternalBench
  lighthouse?: LighthouseResult[]
}

export type { Distribution }
