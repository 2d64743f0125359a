const benchSteps = ['weight', 'outputs', 'errors', 'tester', 'lighthouse'] as const
export type BenchStep = (typeof benchSteps)[number]

export interface BenchOptions {
  quick: boolean
  /** Full mode, every step: the only run whose results are committed. */
  complete: boolean
  check: boolean
  steps: BenchStep[]
  /**
   * A site already built with scripts/build-isolated.sh, measured as it is (its status source
   * included); otherwise the bench builds one whose status source it serves itself.
   */
  siteDist: string | undefined
  lighthouseRuns: number
  weightRuns: number
  /** Processes the error-lookup step runs in; its figures are their medians (bench/steps/error-lookup-runs.ts). */
  errorLookupRuns: number
}

const usage = `npm run bench -- [--quick] [--check] [--only=weight,outputs,errors,tester,lighthouse] [--site-dist=DIR]`

/** `--name` and `--name=value` arguments by name; anything else, or a name not in `known`, is an error. */
export function parseFlags(argv: readonly string[], known: readonly string[], usage: string): Map<string, string> {
  const flags = new Map<string, string>()
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg)
    if (!match?.[1]) throw new Error(`unknown argument ${arg}\n${usage}`)
    flags.set(match[1], match[2] ?? '')
  }
  for (const flag of flags.keys()) {
    if (!known.includes(flag)) throw new Error(`unknown option --${flag}\n${usage}`)
  }
  return flags
}

/** Reads `process.argv`-style arguments; full mode unless `--quick`. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const flags = parseFlags(argv, ['quick', 'check', 'only', 'site-dist'], usage)
  const quick = flags.has('quick')
  const only = flags.get('only')
  const steps = only ? only.split(',').map((step) => step.trim()) : [...benchSteps]
  for (const step of steps) {
    if (!(benchSteps as readonly string[]).includes(step)) throw new Error(`unknown step ${step}\n${usage}`)
  }
  return {
    quick,
    complete: !quick && !only,
    check: flags.has('check'),
    steps: steps as BenchStep[],
    siteDist: flags.get('site-dist') || undefined,
    // Five, not three: with three, unchanged pages read 94 to 99 from one run to the next (round 40: the connection test
    // 97 then 94, the article 99 then 97), and the ≥ 95 budget sat inside that spread
    lighthouseRuns: quick ? 1 : 5,
    weightRuns: quick ? 1 : 3,
    errorLookupRuns: quick ? 1 : 3,
  }
}
