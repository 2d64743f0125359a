import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitepress'
import { gateway } from '../../../data/gateway.ts'
import { validateSiteData } from '../../../data/validate.ts'
import { gatewayOverride } from '../support/gateway-override.ts'
import { siteBase } from '../support/site-base.ts'
import { markdownPlugins } from './markdown.ts'
import { faqStructuredData } from './faq-structured-data.ts'
import { errorPageStructuredData } from './error-page-head.ts'
import { gatewayTokensPlugin } from './gateway-tokens-plugin.ts'
import { lastBuildSearchIndex, markSearchableBody } from './search-index.ts'
import { isStaffPage } from './pages.ts'
import { staffPageHead } from './staff-head.ts'
import { writePageRedirects } from '../support/page-redirects.ts'
import { robotsTxt } from '../support/robots.ts'
import { hashRepairScript } from '../support/hash-repair.ts'
import { headerRules, headersFile } from '../support/security-headers.ts'
import { AnchorMoves } from '../support/anchor-moves.schema.ts'
import anchorMoves from '../../../data/anchor-moves.json'
import { errorCatalogue } from '../../../data/errors.ts'
import { writeCatalogueOutputs } from '../support/catalogue-outputs.ts'
import { errorPageKeys, slimMetadataChunk } from '../support/metadata-chunk.ts'

// Wrong data must stop the build here, naming the field, not fail later in a page.
validateSiteData()

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url))

export const shared = defineConfig({
  base: siteBase(process.env.SITE_BASE),
  cleanUrls: true,
  // Work-in-progress builds (scripts/build-isolated.sh) tolerate pages others have not written yet.
  ignoreDeadLinks: process.env.ALLOW_DEAD_LINKS === '1',
  lastUpdated: true,
  // The theme's switch turns transitions off itself, only when clicked: see theme/appearance-switch.ts.
  appearance: { disableTransition: false },
  metaChunk: true,
  sitemap: {
    hostname: `${gateway.siteUrl}${siteBase(process.env.SITE_BASE)}`,
    transformItems: (items) => items.filter((item) => !isStaffPage(item.url)),
  },
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${siteBase(process.env.SITE_BASE)}favicon.svg` }],
    ['meta', { name: 'theme-color', content: '#3c8772' }],
    ['script', {}, hashRepairScript],
  ],
  themeConfig: {
    // Pagefind replaces the built-in search (see theme/search/PagefindSearch.vue).
    search: undefined,
    externalLinkIcon: true,
  },
  async buildEnd(site) {
    // First: it renames the chunk every page names, so later steps read the pages as served.
    slimMetadataChunk(site.outDir, site.assetsDir, errorPageKeys(errorCatalogue.map((entry) => entry.id)))
    writePageRedirects(site.outDir, AnchorMoves.parse(anchorMoves), site.site.base)
    writeFileSync(join(site.outDir, 'robots.txt'), robotsTxt(gateway.siteUrl, site.site.base))
    await writeCatalogueOutputs({
      outDir: site.outDir,
      catalogue: errorCatalogue,
      siteUrl: gateway.siteUrl,
      base: site.site.base,
      generatedFrom: 'data/errors.ts',
    })
    // Last, once every page (redirect pages included) is written: the policy hashes their inline scripts.
    const pages = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(join(site.outDir, file), 'utf8'))
    writeFileSync(
      join(site.outDir, '_headers'),
      headersFile(headerRules({ pages, config: gateway, base: site.site.base })),
    )
  },
  transformHead: (ctx) => [
    ...(faqStructuredData(ctx) ?? []),
    ...(errorPageStructuredData(ctx) ?? []),
    ...staffPageHead(ctx.page),
  ],
  transformHtml: (html, _id, { pageData }) =>
    markSearchableBody(html, pageData.frontmatter.layout, isStaffPage(pageData.relativePath)),
  markdown: {
    // github-light's red and both themes' comment grey fall under 4.5:1 on VitePress's code background.
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    config: markdownPlugins,
  },
  // Every component here and in VitePress's theme is <script setup>; without the Options API
  // Vue's framework chunk, which every page loads, is about 1.8 KB gzip smaller.
  vue: { features: { optionsAPI: false } },
  vite: {
    // The page bundles' copy of data/gateway.ts reads this when the build was given another config.
    define: gatewayOverride ? { __GATEWAY_CONFIG__: JSON.stringify(gatewayOverride) } : {},
    plugins: [gatewayTokensPlugin(root('docs')), lastBuildSearchIndex(root('docs/.vitepress/dist'))],
    resolve: {
      alias: [
        { find: '@data', replacement: root('data') },
        { find: '@components', replacement: root('components') },
        // VitePress's "override an internal component" hook: see theme/last-updated.ts for why.
        {
          find: /^.*\/VPDocFooterLastUpdated\.vue$/,
          replacement: root('docs/.vitepress/theme/LastUpdated.vue'),
        },
      ],
    },
    build: { chunkSizeWarningLimit: 900 },
  },
})
