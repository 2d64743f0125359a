import { describe, expect, it } from 'vitest'
import { articleUrl, formatReport, formatTime } from '@components/connection-tester/engine/report.ts'
import type { DiagnosisResult } from '@components/connection-tester/engine/types.ts'

const key = 'sk-ReportKey0123456789abcdefXYZ'

const result: DiagnosisResult = {
  startedAt: '2026-03-04T05:06:07.000Z',
  durationMs: 900,
  cancelled: false,
  verdict: 'insufficient_balance',
  verdictArticle: '/troubleshooting/balance#insufficient-balance',
  baseUrl: 'https://gw.test/v1',
  model: 'gpt-4o-mini',
  models: [],
  checks: [
    { id: 'key-format', status: 'warn', message: `pasted ${key} with a space` },
    { id: 'auth', status: 'pass', message: 'ok', httpStatus: 200, durationMs: 41.6, requestId: 'rid-7' },
    {
      id: 'chat',
      status: 'fail',
      cause: 'insufficient_balance',
      message: 'no money',
      serverMessage: '用户额度不足',
      errorId: 'insufficient-user-quota',
      httpStatus: 403,
      durationMs: 80,
    },
  ],
}

describe('formatReport', () => {
  it('holds time with zone, inputs, client, masked key and each check, in English', () => {
    const report = formatReport(result, {
      locale: 'en',
      apiKey: ` Bearer ${key}`,
      client: 'TestBrowser/1',
      siteUrl: 'https://help.example.com',
      timeZone: 'Asia/Shanghai',
    })
    expect(report).toContain('Time: 2026-03-04 13:06:07 GMT+08:00 (Asia/Shanghai)')
    expect(report).toContain('Base URL: https://gw.test/v1')
    expect(report).toContain('Model: gpt-4o-mini')
    expect(report).toContain('Browser: TestBrowser/1')
    expect(report).toContain('Key (first 8 characters only): sk-Repor…')
    expect(report).toContain('Verdict: Balance or quota used up (insufficient_balance)')
    expect(report).toContain('https://help.example.com/en/troubleshooting/balance#insufficient-balance')
    expect(report).toContain('✓ Key accepted [pass, HTTP 200, 42 ms, Request id rid-7]')
    expect(report).toContain('✗ Chat request [fail, HTTP 403, 80 ms]')
    expect(report).toContain('The gateway said: 用户额度不足')
    expect(report).toContain('https://help.example.com/en/errors/insufficient-user-quota')
    expect(report).not.toContain(key.slice(8))
  })

  it('is written in Chinese for the Chinese page', () => {
    const report = formatReport(result, {
      locale: 'zh',
      apiKey: key,
      client: 'X',
      siteUrl: 'https://h.test',
      timeZone: 'UTC',
    })
    expect(report).toContain('连接测试报告')
    expect(report).toContain('时间：2026-03-04 05:06:07 GMT+00:00 (UTC)')
    expect(report).toContain('结论：余额或额度不足')
    expect(report).toContain('https://h.test/troubleshooting/balance#insufficient-balance')
    expect(report).toContain('80 毫秒')
  })

  it('says a cancelled run was cancelled', () => {
    const report = formatReport(
      { ...result, cancelled: true, verdict: null, verdictArticle: undefined },
      { locale: 'en', apiKey: key, client: 'X', siteUrl: 'https://h.test', timeZone: 'UTC' },
    )
    expect(report).toContain('Verdict: Test cancelled.')
  })
})

describe('formatTime and articleUrl', () => {
  it('writes an offset even in UTC', () => {
    expect(formatTime('2026-01-01T00:00:00Z', 'UTC')).toBe('2026-01-01 00:00:00 GMT+00:00 (UTC)')
  })
  it('joins the site, the locale and the article', () => {
    expect(articleUrl('https://h.test/', 'zh', '/a#b')).toBe('https://h.test/a#b')
    expect(articleUrl('https://h.test', 'en', '/a#b')).toBe('https://h.test/en/a#b')
  })
})
