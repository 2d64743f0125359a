import type { DefaultTheme, LocaleSpecificConfig } from 'vitepress'
import { gateway } from '../../../data/gateway.ts'
import { consoleNavItem, sidebarFor } from './locale-theme.ts'

export const zh: LocaleSpecificConfig<DefaultTheme.Config> & { label: string; lang: string } = {
  label: '简体中文',
  lang: 'zh-CN',
  title: `${gateway.name} 帮助中心`,
  description: `${gateway.name} 使用指南、常见问题与故障排查：从报错信息直达解决办法。`,
  themeConfig: {
    nav: nav(),
    sidebar: { '/': sidebarFor('zh') },
    outline: { level: [2, 3], label: '本页目录' },
    docFooter: { prev: '上一篇', next: '下一篇' },
    lastUpdated: { text: '最后更新于' },
    langMenuLabel: '切换语言',
    returnToTopLabel: '回到顶部',
    sidebarMenuLabel: '目录',
    darkModeSwitchLabel: '深色模式',
    lightModeSwitchTitle: '切换到浅色模式',
    darkModeSwitchTitle: '切换到深色模式',
    skipToContentLabel: '跳到正文',
    notFound: {
      title: '页面不存在',
      quote: '这个地址没有内容。试试搜索，或者从错误速查开始。',
      linkLabel: '返回首页',
      linkText: '返回首页',
    },
  },
}

function nav(): DefaultTheme.NavItem[] {
  return [
    { text: '快速开始', link: '/guide/quickstart', activeMatch: '^/guide/' },
    { text: '编程助手', link: '/agents/claude-code', activeMatch: '^/agents/' },
    { text: '常见问题', link: '/faq/basics', activeMatch: '^/faq/' },
    { text: '故障排查', link: '/troubleshooting/', activeMatch: '^/troubleshooting/' },
    { text: '错误速查', link: '/errors' },
    {
      text: '工具',
      items: [
        { text: '排障向导', link: '/tools/wizard' },
        { text: '连接测试', link: '/tools/connection-test' },
      ],
    },
    consoleNavItem('控制台'),
  ]
}
