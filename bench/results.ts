import type { OutputSize } from './measure/catalogue-outputs.ts'
import type { LighthouseResult } from './measure/lighthouse.ts'
import { machineInfo, type MachineInfo } from './measure/machine.ts'
import type { PageWeight } from './measure/page-weight.ts'
import type { ConnectionTestTimings } from './steps/connection-test.ts'
import type { ErrorLookupRuns } from './steps/error-lookup-runs.ts'

/** When and where a run measured: the head of every results file, the study's included. */
export interface RunInfo {
  mode: 'quick' | 'full'
  startedAt: string
  durationS: number
  machine: MachineInfo
}

/** A run's head as it starts; `durationS` is filled in as it goes. */
export function startRun(quick: boolean, started: Date): RunInfo {
  return { mode: quick ? 'quick' : 'full', startedAt: started.toISOString(), durationS: 0, machine: machineInfo() }
}

export interface BenchResults extends RunInfo {
  pageWeight?: {
    ours: PageWeight[]
    bare: PageWeight[]
  }
  /** The files the build publishes for other programs: the importable lookup, errors.json. */
  catalogueOutputs?: OutputSize[]
  errorLookup?: ErrorLookupRuns
  connectionTest?: ConnectionTestTimings
  lighthouse?: LighthouseResult[]
}
