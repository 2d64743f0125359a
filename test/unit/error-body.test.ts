import { describe, expect, it } from 'vitest'
import { dialectOfBody, errorFieldsOf, errorOf } from '@components/shared/error-body.ts'
import { asRecord, isRecord } from '@components/shared/records.ts'

describe('components/shared/records', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [null, false],
    [[], false],
    ['text', false],
    [0, false],
    [undefined, false],
  ] as const)('isRecord(%j) is %s, and asRecord agrees', (value, expected) => {
    expect(isRecord(value)).toBe(expected)
    expect(asRecord(value)).toBe(expected ? value : undefined)
  })
})

describe('components/shared/error-body', () => {
  it.each([
    [
      'OpenAI',
      { error: { message: 'bad key', type: 'invalid_request_error', code: 'invalid_api_key' } },
      { message: 'bad key', type: 'invalid_request_error', code: 'invalid_api_key' },
    ],
    [
      'OpenRouter numeric code',
      { error: { code: 402, message: 'no credits' } },
      { code: '402', message: 'no credits' },
    ],
    ['plain string error', { error: '无效的令牌' }, { message: '无效的令牌' }],
    ['new-api success false', { success: false, message: '额度不足' }, { message: '额度不足' }],
    ['vLLM object error', { object: 'error', message: 'model not found' }, { message: 'model not found' }],
    ['FastAPI detail text', { detail: 'Not Found' }, { message: 'Not Found' }],
    ['FastAPI detail object', { detail: { message: 'nested' } }, {}],
    ['a success body', { data: [] }, undefined],
    ['not an object', 'oops', undefined],
  ] as const)('errorOf reads %s', (_name, body, expected) => {
    expect(errorOf(body)).toEqual(expected)
  })

  it('finds the error fields in `error`, a `detail` object or the body itself', () => {
    const error = { message: 'x' }
    const detail = { code: 'y' }
    expect(errorFieldsOf({ error, detail })).toBe(error)
    expect(errorFieldsOf({ error: 'text', detail })).toBe(detail)
    const flat = { message: 'flat' }
    expect(errorFieldsOf(flat)).toBe(flat)
  })

  it.each([
    [{ error: { type: 'one_api_error', message: '' } }, 'one-api'],
    [{ error: { type: 'new_api_error', message: '' } }, 'new-api'],
    [{ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 'anthropic'],
    [{ error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: '' } }, 'gemini'],
    [{ error: { code: 402, message: '', metadata: {} } }, 'openrouter'],
    [{ error: { code: '429', type: 'rate_limit', message: '' } }, 'zenmux'],
    [{ error: { message: 'plain' } }, undefined],
  ] as const)('names the dialect of %j', (body, dialect) => {
    expect(dialectOfBody(body)).toBe(dialect)
  })
})
