import type { Locale } from '@data/locale.ts'
import type { DiagnosisResult } from './engine/types.ts'

/** The fields of a `securitypolicyviolation` event this module reads. */
export interface PolicyViolation {
  blockedURI: string
  effectiveDirective: string
  originalPolicy: string
}

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

/**
 * The sources this site's `connect-src` allows, with `'self'` spelled as the page's origin, when
 * one of `violations` is that directive refusing a request to `baseUrl`'s origin; else undefined.
 * The browser then never sent the request, so "cannot be reached" would send the user hunting
 * for a network fault that is not there.
 */
export function connectBlock(
  violations: readonly PolicyViolation[],
  baseUrl: string,
  pageOrigin: string,
): string[] | undefined {
  const target = originOf(baseUrl)
  const violation = violations.find(
    (item) => item.effectiveDirective === 'connect-src' && target !== undefined && originOf(item.blockedURI) === target,
  )
  if (!violation) return undefined
  const directive = violation.originalPolicy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src')
  return [...new Set((directive?.slice(1) ?? []).map((source) => (source === "'self'" ? pageOrigin : source)))]
}

export const policyBlockedMessage: Record<Locale, (allowed: string[], target: string) => string> = {
  zh: (allowed, target) =>
    `这个帮助站点的安全策略只允许浏览器连接 ${allowed.join('、')}，所以不能在本页测试 ${target}（请求没有发出，不是网络故障）。请用下面的命令在终端里测试这个地址。`,
  en: (allowed, target) =>
    `This site's security policy only allows connections to ${allowed.join(', ')}, so ${target} cannot be tested from this page (the request was never sent; this is not a network fault). Test this address from a terminal with the command below.`,
}

/** The run's result with every "no answer" failure explained by the policy, when the policy caused it. */
export function explainPolicyBlock(
  result: DiagnosisResult,
  violations: readonly PolicyViolation[],
  locale: Locale,
  pageOrigin: string,
): DiagnosisResult {
  const allowed = connectBlock(violations, result.baseUrl, pageOrigin)
  if (!allowed) return result
  const message = policyBlockedMessage[locale](allowed, originOf(result.baseUrl) ?? result.baseUrl)
  return {
    ...result,
    checks: result.checks.map((check) =>
      check.cause === 'network' || check.cause === 'cors' ? { ...check, message } : check,
    ),
  }
}
