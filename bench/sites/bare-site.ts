import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateArticle } from '../corpus/generate.ts'

/**
 * The yardstick for page weight: VitePress's default theme with nothing added, same VitePress
 * version, a home page and one article of the same shape as ours (headings, code, steps).
 */
export function writeBareSite(srcDir: string): void {
  rmSync(srcDir, { recursive: true, force: true })
  mkdirSync(join(srcDir, '.vitepress'), { recursive: true })
  writeFileSync(
    join(srcDir, '.vitepress/config.mts'),
    `import { defineConfig } from 'vitepress'\n\nexport default defineConfig({ lang: 'zh-CN', title: 'Help', cleanUrls: true })\n`,
  )
  writeFileSync(
    join(srcDir, 'index.md'),
    [
      '---',
      'layout: home',
      'hero:',
      '  name: 帮助中心',
      '  tagline: 从报错信息直达解决办法',
      '  actions:',
      '    - theme: brand',
      '      text: 快速开始',
      '      link: /article',
      'features:',
      '  - title: 故障排查',
      '    details: 按报错找到原因和办法',
      '  - title: 错误速查',
      '    details: 粘贴报错，直接定位',
      '---',
      '',
    ].join('\n'),
  )
  writeFileSync(join(srcDir, 'article.md'), generateArticle(0, 'zh').markdown)
}
