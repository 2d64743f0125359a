// First: another gateway's config, when the build is given one, must be in place before any module reads data/gateway.ts.
import '../support/gateway-override.ts'
import { defineConfig } from 'vitepress'
import { shared } from './shared.ts'
import { zh } from './zh.ts'
import { en } from './en.ts'

export default defineConfig({
  ...shared,
  locales: {
    root: zh,
    en,
  },
})
