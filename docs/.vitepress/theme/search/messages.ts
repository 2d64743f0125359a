import type { Locale } from '@data/locale.ts'

export interface SearchMessages {
  dialogLabel: string
  placeholder: string
  close: string
  loading: string
  searching: string
  resultsCount: (count: number) => string
  /** Said when the box searched for fewer words than were typed (see query-plan.ts `searchedFor`). */
  searchedFor: (words: string) => string
  empty: (query: string) => string
  emptyHint: string
  tryLookup: string
  tryWizard: string
  needsBuild: string
  failed: string
  keyboardHint: string
}

export const searchMessages = {
  zh: {
    dialogLabel: '搜索帮助中心',
    placeholder: '输入问题或粘贴报错信息',
    close: '关闭搜索',
    loading: '正在加载搜索…',
    searching: '正在搜索…',
    resultsCount: (count) => `找到 ${count} 条结果`,
    searchedFor: (words) => `按最能区分的几个词搜索：${words}`,
    empty: (query) => `没有找到与“${query}”相关的文章。`,
    emptyHint: '如果这是一条报错信息，错误速查能直接告诉你原因；没有报错的话，排障向导会一步步带你定位。',
    tryLookup: '在错误速查中查找这段报错',
    tryWizard: '打开排障向导',
    needsBuild: '开发模式下没有搜索索引：先运行 npm run build，再刷新页面即可使用上一次构建的索引。',
    failed: '搜索暂时无法加载，请刷新页面重试。',
    keyboardHint: '↑ ↓ 选择，Enter 打开，Esc 关闭',
  },
  en: {
    dialogLabel: 'Search the help center',
    placeholder: 'Ask a question or paste an error message',
    close: 'Close search',
    loading: 'Loading search…',
    searching: 'Searching…',
    resultsCount: (count) => `${count} result${count === 1 ? '' : 's'}`,
    searchedFor: (words) => `Searched for the telling words: ${words}`,
    empty: (query) => `No article matches “${query}”.`,
    emptyHint:
      'If this is an error message, the error lookup tells you its cause directly; with no error at all, the wizard walks you to the fix.',
    tryLookup: 'Look this error up',
    tryWizard: 'Open the troubleshooting wizard',
    needsBuild:
      'There is no search index in dev mode: run npm run build once, then reload to use the last build’s index.',
    failed: 'Search could not load. Reload the page and try again.',
    keyboardHint: '↑ ↓ to select, Enter to open, Esc to close',
  },
} satisfies Record<Locale, SearchMessages>
