import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { startStaticServer, type StaticServer } from '../../../scripts/static-server.ts'
import { siteBase } from '../../../docs/.vitepress/support/site-base.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
  }
}

let site: StaticServer | undefined

export async function setup(project: TestProject): Promise<void> {
  // SITE_DIST lets a build made elsewhere (scripts/build-isolated.sh) be tested.
  const root = process.env.SITE_DIST ?? fileURLToPath(new URL('../../../docs/.vitepress/dist', import.meta.url))
  if (!existsSync(`${root}/pagefind/pagefind.js`)) {
    throw new Error('The browser tests need a built site with its search index: run `npm run build` first.')
  }
  site = await startStaticServer({ root, base: siteBase(process.env.SITE_BASE) })
  project.provide('siteUrl', site.url)
}

export async function teardown(): Promise<void> {
  await site?.close()
}
