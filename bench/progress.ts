/** Step-by-step progress on stderr, with elapsed time, so a 20-minute run never looks stuck. */
export interface Progress {
  step: <T>(name: string, work: () => Promise<T>) => Promise<T>
  note: (message: string) => void
}

export function createProgress(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Progress {
  const started = performance.now()
  const stamp = () => `[${formatDuration(performance.now() - started)}]`
  return {
    async step(name, work) {
      const stepStarted = performance.now()
      write(`${stamp()} ▶ ${name}`)
      const result = await work()
      write(`${stamp()} ✔ ${name} (${formatDuration(performance.now() - stepStarted)})`)
      return result
    },
    note(message) {
      write(`${stamp()}   ${message}`)
    },
  }
}

/** `75_300` → `1m15s`; `4_200` → `4.2s`. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`
  const minutes = Math.floor(ms / 60_000)
  return `${minutes}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}s`
}
