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
