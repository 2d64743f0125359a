import { describe, expect, it } from 'vitest'
import {
  connectBlock,
  explainPolicyBlock,
  type PolicyViolation,
} from '../../components/connection-tester/policy-block.ts'
import type { DiagnosisResult } from '../../components/connection-tester/engine/types.ts'

const policy =
  "default-src 'self'; script-src 'self' 'sha256-x'; connect-src 'self' https://api.example.com; base-uri 'none'"
const violation = (blockedURI: string, effectiveDirective = 'connect-src'): PolicyViolation => ({
  blockedURI,
  effectiveDirective,
  originalPolicy: policy,
})
const page = 'https://help.example.com'

describe('a base URL the site policy refuses', () => {
  it('names the origins the policy allows, self spelled out', () => {
    expect(connectBlock([violation('http://blocked.invalid/v1/models')], 'http://blocked.invalid/v1', page)).toEqual([
      'https://help.example.com',
      'https://api.example.com',
    ])
  })

  it('ignores violations of other directives or for other addresses', () => {
    expect(
      connectBlock([violation('http://blocked.invalid/x', 'img-src')], 'http://blocked.invalid/v1', page),
    ).toBeUndefined()
    expect(
      connectBlock([violation('http://other.invalid/v1/models')], 'http://blocked.invalid/v1', page),
    ).toBeUndefined()
    expect(connectBlock([violation('inline')], 'not a url', page)).toBeUndefined()
    expect(connectBlock([], 'http://blocked.invalid/v1', page)).toBeUndefined()
  })

  const result: DiagnosisResult = {
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 5,
    cancelled: false,
    verdict: 'network',
    baseUrl: 'http://blocked.invalid/v1',
    model: 'gpt-4o-mini',
    models: [],
    checks: [
      { id: 'key-format', status: 'pass', message: 'fine' },
      { id: 'reach', status: 'fail', cause: 'network', message: 'The gateway cannot be reached at all' },
    ],
  }

  it.each([
    ['en', "This site's security policy only allows connections to https://help.example.com, https://api.example.com"],
    ['zh', '这个帮助站点的安全策略只允许浏览器连接 https://help.example.com、https://api.example.com'],
  ] as const)('says so in %s instead of "cannot be reached"', (locale, text) => {
    const explained = explainPolicyBlock(result, [violation('http://blocked.invalid/v1/models')], locale, page)
    expect(explained.checks[1]?.message).toContain(text)
    expect(explained.checks[1]?.message).toContain('http://blocked.invalid')
    expect(explained.checks[0]).toEqual(result.checks[0])
    expect(explained.verdict).toBe('network')
  })

  it('leaves a real network failure as it was', () => {
    expect(explainPolicyBlock(result, [], 'en', page)).toBe(result)
  })
})
