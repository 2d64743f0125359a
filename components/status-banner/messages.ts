import type { StatusLevel } from './status.ts'

export const statusMessages = {
  zh: {
    label: '服务状态',
    levels: {
      operational: '公告',
      degraded: '部分服务异常',
      outage: '服务中断',
      maintenance: '正在维护',
    } satisfies Record<StatusLevel, string>,
    affected: '受影响：',
    statusPage: '查看状态页',
    separator: '：',
  },
  en: {
    label: 'Service status',
    levels: {
      operational: 'Notice',
      degraded: 'Some services are having problems',
      outage: 'Service outage',
      maintenance: 'Maintenance in progress',
    } satisfies Record<StatusLevel, string>,
    affected: 'Affected: ',
    statusPage: 'Status page',
    separator: ': ',
  },
} as const
