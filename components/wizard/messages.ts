import type { Locale } from '../../data/locale.ts'
import type { WizardConsolePage } from '../../data/wizard.schema.ts'

export interface WizardMessages {
  region: string
  questionNumber: (n: number) => string
  back: string
  restart: string
  trailHeading: string
  /** Read by screen readers before a trail step's question and answer. */
  returnTo: string
  corruptLink: string
  resultHeading: string
  causeLabel: string
  stepsHeading: string
  readHeading: string
  errorsHeading: string
  connectionTest: string
  connectionTestHint: string
  console: Record<WizardConsolePage, string>
  copySummary: string
  copied: string
  copyFailed: string
  announceResult: (title: string) => string
  outlineHeading: string
  outlineIntro: string
  continuesAt: (question: string) => string
  summary: {
    /** Chinese uses the full-width colon with no space. */
    colon: string
    title: string
    link: string
    answers: string
    cause: string
    diagnosis: string
    steps: string
    reading: string
  }
}

export const messages = {
  zh: {
    region: '排障向导',
    questionNumber: (n) => `第 ${n} 题`,
    back: '上一步',
    restart: '重新开始',
    trailHeading: '你的回答',
    returnTo: '回到这一题重新选：',
    corruptLink: '这个链接里的步骤已经不存在或不完整，已从第一题重新开始。',
    resultHeading: '排查结果',
    causeLabel: '原因',
    stepsHeading: '按顺序这样做',
    readHeading: '详细说明',
    errorsHeading: '相关错误',
    connectionTest: '运行连接测试',
    connectionTestHint: '连接测试在你的浏览器里逐项检查，密钥不会出现在链接里。',
    console: {
      home: '打开控制台',
      keys: '打开令牌（密钥）页面',
      topUp: '去充值',
      usage: '查看使用记录',
      models: '查看模型列表',
      status: '查看状态页',
    },
    copySummary: '复制摘要，贴到工单里',
    copied: '已复制，可以直接粘贴到工单里。',
    copyFailed: '没能自动复制，请选中下面的文字手动复制。',
    announceResult: (title) => `排查结果：${title}`,
    outlineHeading: '全部问题与解决办法',
    outlineIntro: '向导的完整内容：从第一题开始，展开符合你情况的回答。',
    continuesAt: (question) => `接着回答：${question}`,
    summary: {
      colon: '：',
      title: '排障向导结果',
      link: '向导链接',
      answers: '我的回答',
      cause: '原因',
      diagnosis: '判断',
      steps: '解决步骤',
      reading: '参考',
    },
  },
  en: {
    region: 'Troubleshooting wizard',
    questionNumber: (n) => `Question ${n}`,
    back: 'Back',
    restart: 'Start over',
    trailHeading: 'Your answers',
    returnTo: 'Go back and change:',
    corruptLink:
      'The step in this link no longer exists or is incomplete, so the wizard starts from the first question.',
    resultHeading: 'What we found',
    causeLabel: 'Cause',
    stepsHeading: 'Do this, in order',
    readHeading: 'Read more',
    errorsHeading: 'Related errors',
    connectionTest: 'Run the connection test',
    connectionTestHint: 'The connection test checks each step in your browser; your key never goes into a link.',
    console: {
      home: 'Open the console',
      keys: 'Open the keys page',
      topUp: 'Top up',
      usage: 'Open the usage log',
      models: 'Open the model list',
      status: 'Open the status page',
    },
    copySummary: 'Copy a summary for your ticket',
    copied: 'Copied: paste it into your ticket.',
    copyFailed: 'Could not copy automatically; select the text below and copy it.',
    announceResult: (title) => `Result: ${title}`,
    outlineHeading: 'All questions and fixes',
    outlineIntro: 'The whole wizard: start with the first question and open the answer that fits.',
    continuesAt: (question) => `Continue with: ${question}`,
    summary: {
      colon: ': ',
      title: 'Troubleshooting wizard result',
      link: 'Wizard link',
      answers: 'My answers',
      cause: 'Cause',
      diagnosis: 'Diagnosis',
      steps: 'Steps',
      reading: 'Reading',
    },
  },
} satisfies Record<Locale, WizardMessages>
