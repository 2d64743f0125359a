import { htmlLang } from '@data/locale.ts'
import { balanceUrls, dialectOrder, readBalance, type BalanceDialect } from '../balance.ts'
import type { CheckContext } from '../check-context.ts'
import { answerFields, diagnose, refusedResult } from '../check-results.ts'
import { curlCommand } from '../curl.ts'
import { request, type HttpAnswer } from '../http.ts'
import type { Balance, CheckResult } from '../types.ts'

function formatAmount(ctx: CheckContext, balance: Balance, amount: number): string {
  const number = new Intl.NumberFormat(htmlLang[ctx.locale], { maximumFractionDigits: 2 }).format(amount)
  return balance.unit === 'usd' ? `$${number}` : `${number} ${ctx.msg.balance.quotaUnit}`
}

function formatDate(ctx: CheckContext, iso: string): string {
  return new Intl.DateTimeFormat(htmlLang[ctx.locale], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )
}

/** Which dialects to try: none for the configured gateway when it says balances can't be read. */
function dialectsFor(ctx: CheckContext): BalanceDialect[] {
  const sameGateway = new URL(ctx.baseUrl).origin === new URL(ctx.gateway.apiBaseUrl).origin
  return sameGateway && ctx.gateway.balanceApi === 'none' ? [] : dialectOrder(ctx.gateway.balanceApi)
}

/** The check for a balance that was read: failed when expired or used up, passed otherwise. */
function balanceResult(ctx: CheckContext, balance: Balance, answer: HttpAnswer, curl: string): Omit<CheckResult, 'id'> {
  const facts: Record<string, string | number | boolean> = { dialect: balance.dialect, unlimited: balance.unlimited }
  if (balance.remaining !== undefined) facts.remaining = balance.remaining
  if (balance.total !== undefined) facts.total = balance.total
  if (balance.expiresAt) facts.expiresAt = balance.expiresAt
  const base = { curl, facts, ...answerFields(answer) }
  if (balance.expiresAt && Date.parse(balance.expiresAt) <= ctx.http.clock.now()) {
    return {
      ...base,
      status: 'fail',
      cause: 'invalid_key',
      message: ctx.msg.balance.expired(formatDate(ctx, balance.expiresAt)),
    }
  }
  if (!balance.unlimited && balance.remaining !== undefined && balance.remaining <= 0) {
    return { ...base, status: 'fail', cause: 'insufficient_balance', message: ctx.msg.balance.usedUp }
  }
  const amount = balance.unlimited
    ? ctx.msg.balance.unlimited
    : balance.remaining !== undefined && balance.total !== undefined
      ? ctx.msg.balance.remaining(
          formatAmount(ctx, balance, balance.remaining),
          formatAmount(ctx, balance, balance.total),
        )
      : balance.remaining !== undefined
        ? ctx.msg.balance.remainingOnly(formatAmount(ctx, balance, balance.remaining))
        : ctx.msg.balance.unlimited
  const expiry = balance.expiresAt ? ctx.msg.balance.expires(formatDate(ctx, balance.expiresAt)) : ''
  return { ...base, status: 'pass', message: [amount, expiry].filter(Boolean).join(' ') }
}

/**
 * Reads the key's balance in every dialect at once and keeps the configured one's reading first,
 * then the others', so a foreign gateway is still detected. Asking together keeps the check within
 * one request's time limit when balance endpoints hang (one after another it took one limit per
 * dialect). A gateway that shows a key nothing is a skip with a link to its console, never a
 * failure: the balance is unknown, not low. Returns the balance when one was read.
 */
export async function checkBalance(ctx: CheckContext): Promise<Balance | undefined> {
  ctx.state.start('balance')
  const attempts = dialectsFor(ctx).map((dialect) => {
    const urls = balanceUrls(dialect, ctx.baseUrl)
    const curl = urls.map((url) => curlCommand({ method: 'GET', url, key: true })).join('\n')
    const outcomes = Promise.all(urls.map((url) => request(ctx.http, { method: 'GET', url, key: ctx.key })))
    return { dialect, curl, outcomes }
  })
  const settled = await Promise.all(attempts.map(async (attempt) => ({ ...attempt, outcomes: await attempt.outcomes })))
  for (const { dialect, curl, outcomes } of settled) {
    if (outcomes.some((outcome) => !outcome.ok && outcome.kind === 'cancelled')) {
      ctx.state.set('balance', { status: 'skip', message: ctx.msg.cancelled })
      return undefined
    }
    // A balance endpoint that times out or is blocked by CORS is one this gateway does not offer to pages.
    const answers = outcomes.flatMap((outcome) => (outcome.ok ? [outcome] : []))
    if (answers.length !== outcomes.length) continue
    const reading = readBalance(dialect, answers)
    const [first] = answers
    if (reading.kind === 'balance' && first) {
      ctx.state.set('balance', balanceResult(ctx, reading.balance, first, curl))
      return reading.balance
    }
    if (reading.kind === 'refused' && diagnose(ctx, reading.answer).cause === 'insufficient_balance') {
      ctx.state.set('balance', { ...refusedResult(ctx, reading.answer), curl })
      return undefined
    }
  }
  const result: Omit<CheckResult, 'id'> = {
    status: 'skip',
    message: ctx.msg.balance.unreadable(ctx.gateway.console.usage),
  }
  const firstCurl = settled[0]?.curl
  if (firstCurl) result.curl = firstCurl
  ctx.state.set('balance', result)
  return undefined
}
