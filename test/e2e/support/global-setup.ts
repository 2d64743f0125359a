import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { startStaticServer, type StaticServer } from '../../../scripts/static-server.ts'
import { siteBase } from '../../../docs/.vitepress/support/site-base.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    /** The base the site was built with, e.g. `/` or `/help/`. */
    siteBase: string
  }
}

/**
 * The base a build was made with, read from its home page's own script address (`/help/assets/app.…`),
 * so a build made with SITE_BASE is served and tested under that base without being told again.
 */
export function builtBase(root: string): string {
  const html = readFileSync(`${root}/index.html`, 'utf8')
  const match = /<script type="module" src="([^"]*?)assets\/app\.[\w-]+\.js"/.exec(html)
  if (!match) throw new Error(`Cannot tell the base of the build in ${root}: no app script in index.html`)
  return siteBase(match[1])
}

/** Where test/gateway/server.ts listens: loopback, any port. */
export const testGatewaySources = 'http://127.0.0.1:*'

let site: StaticServer | undefined

export async function setup(project: TestProject): Promise<void> {
  // SITE_DIST lets a build made elsewhere (scripts/build-isolated.sh) be tested.
  const root = process.env.SITE_DIST ?? fileURLToPath(new URL('../../../docs/.vitepress/dist', import.meta.url))
  if (!existsSync(`${root}/pagefind/pagefind.js`)) {
    throw new Error('The browser tests need a built site with its search index: run `npm run build` first.')
  }
  const base = builtBase(root)
  if (process.env.SITE_BASE !== undefined && siteBase(process.env.SITE_BASE) !== base) {
    throw new Error(`SITE_BASE is ${process.env.SITE_BASE}, but the site in ${root} was built with base ${base}`)
  }
  // The site is served with the headers the build wrote for static hosts (its Content-Security-
  // Policy included), so every browser test runs under them. The test gateways each test file
  // starts listen on 127.0.0.1 at a random port: the served policy lets the page reach them, as
  // the shipped one lets it reach the configured gateway.
  site = await startStaticServer({ root, base, extraConnectSources: [testGatewaySources] })
  project.provide('siteUrl', site.url)
  project.provide('siteBase', base)
}

export async function teardown(): Promise<void> {
  await site?.close()
}
