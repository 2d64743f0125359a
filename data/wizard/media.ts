import type { WizardBranch } from '../wizard.schema.ts'

/** “An image or video task is stuck or failed”: queued, stuck past its time, or failed. */
export const mediaBranch: WizardBranch = {
  questions: {
    'media-state': {
      text: { zh: '任务现在显示什么状态？', en: 'What state does the task show?' },
      answers: [
        {
          id: 'queued',
          label: { zh: '一直在排队或处理中', en: 'Still queued or processing' },
          next: 'media-wait',
        },
        { id: 'failed', label: { zh: '显示失败', en: 'Failed' }, next: 'task-failed' },
      ],
    },
    'media-wait': {
      text: { zh: '从提交到现在多久了？', en: 'How long ago did you submit it?' },
      answers: [
        { id: 'under-30', label: { zh: '不到 30 分钟', en: 'Less than 30 minutes' }, next: 'task-queued' },
        { id: 'over-30', label: { zh: '超过 30 分钟', en: 'More than 30 minutes' }, next: 'task-stuck' },
      ],
    },
  },
  leaves: {
    'task-queued': {
      cause: 'task_failed',
      title: {
        zh: '图片和视频任务需要排队，高峰期等十几分钟是正常的，任务还没有失败。',
        en: 'Image and video tasks wait in a queue; ten minutes or more at busy times is normal, and the task has not failed.',
      },
      steps: [
        {
          zh: '不要重新提交：每次提交都会单独计费。',
          en: 'Do not submit it again: every submission is billed on its own.',
        },
        { zh: '隔几分钟刷新一次任务状态。', en: 'Refresh the task status every few minutes.' },
        {
          zh: '超过 30 分钟还在排队，记下任务 ID 联系客服。',
          en: 'If it is still queued after 30 minutes, note the task ID and contact support.',
        },
      ],
      articles: ['/troubleshooting/media-tasks#task-queued', '/troubleshooting/media-tasks#dont-resubmit'],
      console: 'usage',
      connectionTest: { base: false, defaultModel: false },
    },
    'task-stuck': {
      cause: 'task_failed',
      title: {
        zh: '任务排队时间明显过长，可能已在上游失败但状态没有更新。',
        en: 'The task has waited far too long; it may have failed upstream without its status being updated.',
      },
      steps: [
        {
          zh: '在控制台的使用记录里确认这个任务是否已扣费。',
          en: "Check in the console's usage log whether this task was charged.",
        },
        {
          zh: '先不要重新提交，以免重复扣费。',
          en: 'Do not resubmit yet, so you are not charged twice.',
        },
        {
          zh: '把任务 ID 和提交时间发给客服，由客服确认状态或退款。',
          en: 'Send the task ID and submission time to support; they can confirm its state or refund it.',
        },
      ],
      articles: ['/troubleshooting/media-tasks#dont-resubmit', '/support/contact#what-to-prepare'],
      console: 'usage',
      connectionTest: { base: false, defaultModel: false },
    },
    'task-failed': {
      cause: 'task_failed',
      title: {
        zh: '任务在生成过程中失败了，失败原因写在任务详情里。',
        en: 'The task failed while generating; the reason is in the task details.',
      },
      steps: [
        {
          zh: '打开任务详情，看失败原因，常见的是提示词被拦截或参数不支持。',
          en: 'Open the task details and read the reason: often a blocked prompt or an unsupported setting.',
        },
        {
          zh: '在使用记录里确认这次任务有没有扣费、扣了多少，问客服时一并附上。',
          en: 'Check the usage log for whether, and how much, the task was charged, and include it if you ask support.',
        },
        {
          zh: '按失败原因改好后再提交一次，不要原样反复重试。',
          en: 'Fix what the reason names, then submit once more; do not resend it unchanged.',
        },
      ],
      articles: ['/troubleshooting/media-tasks#dont-resubmit'],
      console: 'usage',
      connectionTest: { base: false, defaultModel: false },
    },
  },
}
