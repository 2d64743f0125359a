import { parseFlags } from '../../cli-options.ts'

export interface StudyOptions {
  quick: boolean
  /** Full mode, default sizes: the only run whose results are committed. */
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
  /** Pages per language for the search corpora. */
  scales: number[]
  /** Fresh-page first queries per language and size. */
  coldRuns: number
}

const usage = `npm run bench:study-search -- [--quick] [--check] [--scales=100,1000] [--keep-sites] [--reuse-corpus] [--shard-size=1000]`

/** Reads `process.argv`-style arguments; full mode (100, 1,000 and 10,000 pages) unless `--quick`. */
export function parseStudyOptions(argv: readonly string[]): StudyOptions {
  const flags = parseFlags(argv, ['quick', 'check', 'scales', 'keep-sites', 'reuse-corpus', 'shard-size'], usage)
  const quick = flags.has('quick')
  const scales = flags.get('scales')?.split(',').map(Number) ?? (quick ? [100] : [100, 1000, 10_000])
  if (scales.some((scale) => !Number.isInteger(scale) || scale < 1))
    throw new Error(`--scales takes whole numbers\n${usage}`)
  const shardSize = flags.has('shard-size') ? Number(flags.get('shard-size')) : undefined
  if (shardSize !== undefined && (!Number.isInteger(shardSize) || shardSize < 1))
    throw new Error(`--shard-size takes a whole number\n${usage}`)
  return {
    quick,
    // Anything that changes how the corpora are built or measured makes a run partial.
    complete: !quick && !['scales', 'reuse-corpus', 'shard-size'].some((flag) => flags.has(flag)),
    check: flags.has('check'),
    keepSites: flags.has('keep-sites') || flags.has('reuse-corpus'),
    reuseCorpus: flags.has('reuse-corpus'),
    shardSize,
    scales,
    coldRuns: quick ? 5 : 10,
  }
}
