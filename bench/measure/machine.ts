import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, totalmem, type as osType, release } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../sites/paths.ts'
import { chromiumPath } from '../../scripts/chromium.ts'

export interface MachineInfo {
  cpus: number
  cpuModel: string
  memoryGiB: number
  os: string
  node: string
  chromium: string
  vitepress: string
  pagefind: string
  lighthouse: string
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
    version?: string
  }
  return manifest.version ?? 'unknown'
}

export function machineInfo(): MachineInfo {
  let chromium = 'unknown'
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    // Reported as unknown; the browser steps fail on their own with a clearer error.
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    vitepress: packageVersion('vitepress'),
    pagefind: packageVersion('pagefind'),
    lighthouse: packageVersion('lighthouse'),
  }
}
