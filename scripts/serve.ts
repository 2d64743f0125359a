import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { siteBase } from '../docs/.vitepress/support/site-base.ts'
import { startStaticServer } from './static-server.ts'

const root = fileURLToPath(new URL('../docs/.vitepress/dist', import.meta.url))
if (!existsSync(root)) {
  console.error('No built site at docs/.vitepress/dist: run `npm run build` first (or `npm start`).')
  process.exit(1)
}
const port = Number(process.env.PORT ?? 4173)
const { url } = await startStaticServer({ root, base: siteBase(process.env.SITE_BASE), port })
console.log(`Help center (with search) at ${url}/  — Ctrl-C to stop`)
