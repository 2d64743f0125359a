import type { Locale } from '@data/locale.ts'

export interface ReplyMessages {
  /** Label of the list, for assistive tech. */
  listLabel: string
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
    languageName: { zh: 'Chinese reply', en: 'English reply' },
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and copy it by hand',
    copyLabel: (title, language) => `Copy the ${language.toLowerCase()} for “${title}”`,
    linkTo: 'Links to',
    linkLine: 'Step by step: ',
  },
} satisfies Record<Locale, ReplyMessages>
