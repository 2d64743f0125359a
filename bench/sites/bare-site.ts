import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Article 0 of the search study's synthetic corpus (`bench/studies/search-scaling/corpus/`), kept
 * as it was generated so page weight does not need the study; a unit test holds it to the generator.
 */
const bareArticle = new URL('./bare-article.md', import.meta.url)

/**
 * A lazily registered form widget that no page shows. Vue's runtime is tree-shaken once for the
 * whole app and VitePress puts all of it in the `framework` chunk every page loads, so merely
 * having such a widget (v-model on inputs, selects, checkboxes; transitions) costs every page.
 */
const lazyFormWidget = `<script setup lang="ts">
import { ref } from 'vue'
const text = ref('')
const checked = ref(false)
const choice = ref('a')
</script>

<template>
  <form>
    <input v-model="text" /><textarea v-model="text" />
    <input v-model="checked" type="checkbox" /><input v-model="choice" type="radio" value="a" />
    <select v-model="choice"><option>a</option></select>
    <Transition><p v-if="checked">{{ text }}</p></Transition>
    <TransitionGroup tag="ul"><li v-for="item in [text]" :key="item">{{ item }}</li></TransitionGroup>
  </form>
</template>
`

const themeWithLazyWidget = `import { defineAsyncComponent } from 'vue'
import DefaultTheme from 'vitepress/theme'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('LazyForm', defineAsyncComponent(() => import('./LazyForm.vue')))
  },
}
`

/**
 * The yardstick for page weight: VitePress's default theme with nothing added, same VitePress
 * version, a home page and one article of the same shape as ours (headings, code, steps).
 * `withLazyWidget` adds one lazily loaded form widget that no page uses: what any site with
 * interactive widgets pays on every page, whatever its own code.
 */
export function writeBareSite(srcDir: string, options: { withLazyWidget?: boolean } = {}): void {
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
  copyFileSync(bareArticle, join(srcDir, 'article.md'))
  if (options.withLazyWidget) {
    mkdirSync(join(srcDir, '.vitepress/theme'), { recursive: true })
    writeFileSync(join(srcDir, '.vitepress/theme/index.ts'), themeWithLazyWidget)
    writeFileSync(join(srcDir, '.vitepress/theme/LazyForm.vue'), lazyFormWidget)
  }
}
