import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gateway } from '../data/gateway.ts'
import { oppositeGateway, oppositeGatewayFile } from '../test/fixtures/gateway-opposite.ts'
import { whiteLabelLeaks } from './white-label.ts'

/**
 * Builds the whole site with a second operator's config (GATEWAY_CONFIG, every name, address and
 * policy different) and fails if any page still shows the example gateway's name, an address of
 * it, or its answer to a policy. This is what proves the site is white-label, not just the tokens.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = mkdtempSync(join(tmpdir(), 'white-label-'))
try {
  execFileSync('npx', ['vitepress', 'build', 'docs', '--outDir', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, GATEWAY_CONFIG: fileURLToPath(oppositeGatewayFile) },
  })
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: `/${file}`, html: readFileSync(join(outDir, file), 'utf8') }))
  const leaks = whiteLabelLeaks(pages, oppositeGateway, gateway)
  if (leaks.length > 0) {
    console.error(`White-label: ${leaks.length} trace(s) of the example gateway in a build for another:`)
    for (const leak of leaks.slice(0, 40)) console.error(`  - ${leak}`)
    process.exit(1)
  }
  console.log(
    `White-label: ${pages.length} pages built for "${oppositeGateway.name}" show nothing of "${gateway.name}".`,
  )
} finally {
  rmSync(outDir, { recursive: true, force: true })
}
