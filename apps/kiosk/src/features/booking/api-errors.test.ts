import { describe, expect, it } from 'vitest'
import { ApiError } from '@linli/api-client'
import zh from './messages/zh-CN'
import en from './messages/en'
import { EXPLAINED_CODES, describeError, errorText, hasCode, isSignedOutError } from './api-errors'

const apiError = (statusCode: number, code: string, message = 'server says so') => new ApiError({ statusCode, code, message })

describe('describeError', () => {
  it('maps every rule the API enforces to our own words', () => {
    expect(describeError(apiError(400, 'too_short_notice'))).toEqual({ key: 'm.errors.too_short_notice' })
    expect(describeError(apiError(409, 'slot_taken'))).toEqual({ key: 'm.errors.slot_taken' })
    expect(describeError(apiError(0, 'network_error'))).toEqual({ key: 'm.errors.network_error' })
  })

  it('falls back to the server message for codes it does not know', () => {
    expect(describeError(apiError(400, 'brand_new_rule', 'Book on Tuesdays only'))).toEqual({ text: 'Book on Tuesdays only' })
  })

  it('hides server internals behind a generic message', () => {
    expect(describeError(apiError(500, 'internal_error', 'Something went wrong on our side'))).toEqual({ key: 'm.errors.server' })
    expect(describeError(new TypeError('x is undefined'))).toEqual({ key: 'm.errors.unknown' })
  })

  it('has a Chinese and an English message for every explained code', () => {
    for (const code of [...EXPLAINED_CODES, 'server', 'unknown']) {
      expect(zh.errors[code as keyof typeof zh.errors], `zh ${code}`).toBeTruthy()
      expect(en.errors[code as keyof typeof en.errors], `en ${code}`).toBeTruthy()
    }
  })
})

describe('errorText', () => {
  it('passes the rule\'s numbers to the translation', () => {
    const t = (key: string, values: Record<string, unknown>) => `${key}:${JSON.stringify(values)}`
    expect(errorText(t, apiError(400, 'weekly_quota_reached'), { quota: 3 })).toBe('m.errors.weekly_quota_reached:{"quota":3}')
    expect(errorText(t, apiError(400, 'odd', 'Odd rule'))).toBe('Odd rule')
  })
})

describe('error predicates', () => {
  it('recognises a signed-out answer and specific codes', () => {
    expect(isSignedOutError(apiError(401, 'unauthorized'))).toBe(true)
    expect(isSignedOutError(apiError(403, 'forbidden'))).toBe(false)
    expect(hasCode(apiError(409, 'slot_taken'), 'slot_taken')).toBe(true)
    expect(hasCode(new Error('x'), 'slot_taken')).toBe(false)
  })
})
