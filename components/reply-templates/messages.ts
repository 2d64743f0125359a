import type { Locale } from '@data/locale.ts'

export interface ReplyMessages {
  /** Label of the list, for assistive tech. */
  listLabel: string
  filterLabel: string
  filterPlaceholder: string
  /** How many templates the filter shows. */
  shown: (count: number, total: number) => string
  noMatch: string
  /** Name of each reply language, shown above its text. */
  languageName: Record<Locale, string>
  copy: string
  copied: string
  copyFailed: string
  /** Accessible name of a copy button: which template, in which language. */
  copyLabel: (title: string, language: string) => string
  linkTo: string
  /** Starts the line that carries the link inside a copied reply, in the reply's language. */
  linkLine: string
}

export const messages = {
  zh: {
    listLabel: '回复模板',
    filterLabel: '筛选模板',
    filterPlaceholder: '例如 401、发票、余额',
    shown: (count, total) => `显示 ${count} / ${total} 个模板`,
    noMatch: '没有匹配的模板。换个词试试，或清空筛选查看全部。',
    languageName: { zh: '中文回复', en: '英文回复' },
    copy: '复制',
    copied: '已复制',
    copyFailed: '复制失败，请选中文字后手动复制',
    copyLabel: (title, language) => `复制“${title}”的${language}`,
    linkTo: '回复链接到',
    linkLine: '详细步骤：',
  },
  en: {
    listLabel: 'Reply templates',
    filterLabel: 'Filter templates',
    filterPlaceholder: 'e.g. 401, invoice, balance',
    shown: (count, total) => `Showing ${count} of ${total} templates`,
    noMatch: 'No template matches. Try another word, or clear the filter to see them all.',
    languageName: { zh: 'Chinese reply', en: 'English reply' },
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and copy it by hand',
    copyLabel: (title, language) => `Copy the ${language.toLowerCase()} for “${title}”`,
    linkTo: 'Links to',
    linkLine: 'Step by step: ',
  },
} satisfies Record<Locale, ReplyMessages>
