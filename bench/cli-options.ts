export const benchSteps = ['weight', 'outputs', 'search', 'errors', 'tester', 'lighthouse'] as const
export type BenchStep = (typeof benchSteps)[number]

export interface BenchOptions {
  quick: boolean
  /** Full mode, every step, default sizes: the only run whose results are committed. */
  complete: boolean
  check: boolean
  /** Leave the synthetic sites in bench/.work to look into afterwards. */
  keepSites: boolean
  /**
   * Measure synthetic sites an earlier `--keep-sites` run left in bench/.work (pagefind runs
   * again; the build time is the earlier run's), so trying search settings skips the build.
   */
  reuseCorpus: boolean
  /** Pages per language in each VitePress build of a corpus built in shards (larger sizes, pagefind only). */
  shardSize: number | undefined
  steps: BenchStep[]
  /** A site already built with scripts/build-isolated.sh; otherwise the bench builds one. */
  siteDist: string | undefined
  /** Pages per language for the search corpora. */
  scales: number[]
  /** Fresh-page first queries per language and size. */
  coldRuns: number
  lighthouseRuns: number
  weightRuns: number
}

const usage = `npm run bench -- [--quick] [--check] [--only=weight,outputs,search,errors,tester,lighthouse] [--site-dist=DIR] [--scales=100,1000] [--keep-sites] [--reuse-corpus] [--shard-size=1000]`

/** Reads `process.argv`-style arguments; full mode unless `--quick`. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const flags = new Map<string, string>()
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg)
    if (!match?.[1]) throw new Error(`unknown argument ${arg}\n${usage}`)
    flags.set(match[1], match[2] ?? '')
  }
  for (const flag of flags.keys()) {
    if (!['quick', 'check', 'only', 'site-dist', 'scales', 'keep-sites', 'reuse-corpus', 'shard-size'].includes(flag))
      throw new Error(`unknown option --${flag}\n${usage}`)
  }
  const quick = flags.has('quick')
  const only = flags.get('only')
  const steps = only ? only.split(',').map((step) => step.trim()) : [...benchSteps]
  for (const step of steps) {
    if (!(benchSteps as readonly string[]).includes(step)) throw new Error(`unknown step ${step}\n${usage}`)
  }
  const scales = flags.get('scales')?.split(',').map(Number) ?? (quick ? [100] : [100, 1000, 10_000])
  if (scales.some((scale) => !Number.isInteger(scale) || scale < 1))
    throw new Error(`--scales takes whole numbers\n${usage}`)
  const shardSize = flags.has('shard-size') ? Number(flags.get('shard-size')) : undefined
  if (shardSize !== undefined && (!Number.isInteger(shardSize) || shardSize < 1))
    throw new Error(`--shard-size takes a whole number\n${usage}`)
  return {
    quick,
    // Anything that changes how the corpora are built or measured makes a run partial.
    complete: !quick && !only && !['scales', 'reuse-corpus', 'shard-size'].some((flag) => flags.has(flag)),
    check: flags.has('check'),
    keepSites: flags.has('keep-sites') || flags.has('reuse-corpus'),
    reuseCorpus: flags.has('reuse-corpus'),
    shardSize,
    steps: steps as BenchStep[],
    siteDist: flags.get('site-dist') || undefined,
    scales,
    coldRuns: quick ? 5 : 10,
    lighthouseRuns: quick ? 1 : 3,
    weightRuns: quick ? 1 : 3,
  }
}
