import { spawn } from 'node:child_process'

export interface CommandResult {
  elapsedMs: number
  stdout: string
  stderr: string
}

export interface RunCommandOptions {
  cwd: string
  env?: Record<string, string>
  /** Called every 15 s while the command runs, so long steps show they are alive. */
  onTick?: (elapsedMs: number) => void
}

/** Runs a command, timing it; fails with its output when it exits non-zero. */
export function runCommand(command: string, args: string[], options: RunCommandOptions): Promise<CommandResult> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } })
    let stdout = ''
    let stderr = ''
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk
      output += chunk
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
      output += chunk
    })
    const ticker = options.onTick ? setInterval(() => options.onTick?.(performance.now() - started), 15_000) : undefined
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(ticker)
      const elapsedMs = performance.now() - started
      if (code === 0) resolve({ elapsedMs, stdout, stderr })
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))
    })
  })
}
