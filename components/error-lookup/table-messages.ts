import type { Locale } from '@data/locale.ts'

export interface TableMessages {
  filtersLabel: string
  status: string
  cause: string
  layer: string
  any: string
  noStatus: string
  reset: string
  error: string
  retry: string
  details: string
  /** Inside a row's details before the table's script runs: the entry's own page holds the same. */
  detailsOnPage: string
  examples: string
  copyLink: string
  shown: (shown: number, total: number) => string
  empty: string
}

export const tableMessages = {
  zh: {
    filtersLabel: '筛选错误',
    status: '状态码',
    cause: '原因',
    layer: '出错环节',
    any: '全部',
    noStatus: '无状态码（网络或客户端）',
    reset: '清除筛选',
    error: '错误',
    retry: '能否重试',
    details: '含义、步骤和真实报错示例',
    detailsOnPage: '在这条错误自己的页面上查看含义、解决步骤和真实报错示例',
    examples: '真实报错示例',
    copyLink: '复制这条错误的链接',
    shown: (shown, total) => `显示 ${shown} / ${total} 条`,
    empty: '没有符合筛选条件的错误。',
  },
  en: {
    filtersLabel: 'Filter errors',
    status: 'Status',
    cause: 'Cause',
    layer: 'Where it fails',
    any: 'All',
    noStatus: 'No status (network or client)',
    reset: 'Clear filters',
    error: 'Error',
    retry: 'Retry?',
    details: 'Meaning, steps and real messages',
    detailsOnPage: "Read this error's meaning, steps and real messages on its own page",
    examples: 'Real messages',
    copyLink: 'Copy link to this error',
    shown: (shown, total) => `Showing ${shown} of ${total}`,
    empty: 'No error matches these filters.',
  },
} satisfies Record<Locale, TableMessages>
