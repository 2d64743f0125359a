import type { DefaultTheme, LocaleSpecificConfig } from 'vitepress'
import { gateway } from '../../../data/gateway.ts'
import { consoleNavItem, sidebarFor } from './locale-theme.ts'

export const en: LocaleSpecificConfig<DefaultTheme.Config> & { label: string; lang: string } = {
  label: 'English',
  lang: 'en-US',
  title: `${gateway.name} Help Center`,
  description: `Guides, FAQ and troubleshooting for ${gateway.name}: from an error message to the fix.`,
  themeConfig: {
    nav: nav(),
    sidebar: { '/en/': sidebarFor('en') },
    outline: { level: [2, 3], label: 'On this page' },
    docFooter: { prev: 'Previous', next: 'Next' },
    lastUpdated: { text: 'Last updated' },
    langMenuLabel: 'Change language',
    returnToTopLabel: 'Return to top',
    sidebarMenuLabel: 'Menu',
    darkModeSwitchLabel: 'Appearance',
    lightModeSwitchTitle: 'Switch to light theme',
    darkModeSwitchTitle: 'Switch to dark theme',
    skipToContentLabel: 'Skip to content',
    notFound: {
      title: 'Page not found',
      quote: 'Nothing lives at this address. Try the search, or start from the error lookup.',
      linkLabel: 'Go to the home page',
      linkText: 'Take me home',
    },
  },
}

function nav(): DefaultTheme.NavItem[] {
  return [
    { text: 'Quickstart', link: '/en/guide/quickstart', activeMatch: '^/en/guide/' },
    { text: 'Coding agents', link: '/en/agents/claude-code', activeMatch: '^/en/agents/' },
    { text: 'FAQ', link: '/en/faq/basics', activeMatch: '^/en/faq/' },
    { text: 'Troubleshooting', link: '/en/troubleshooting/', activeMatch: '^/en/troubleshooting/' },
    { text: 'Error lookup', link: '/en/errors' },
    {
      text: 'Tools',
      items: [
        { text: 'Troubleshooting wizard', link: '/en/tools/wizard' },
        { text: 'Connection test', link: '/en/tools/connection-test' },
      ],
    },
    consoleNavItem('Console'),
  ]
}
