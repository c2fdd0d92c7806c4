import { describe, expect, it } from 'vitest'
import { ApiError } from '@linli/api-client'
import zh from '../i18n/m.zh-CN'
import en from '../i18n/m.en'
import { EXPLAINED_CODES, describeError, errorText, hasCode, isSignedOutError } from './api-errors'

const apiError = (statusCode: number, code: string, message = 'server says so') => new ApiError({ statusCode, code, message })

describe('describeError', () => {
  it('maps every rule the API enforces to our own words', () => {
    expect(describeError(apiError(400, 'too_short_notice'))).toEqual({ key: 'm.errors.too_short_notice' })
    expect(describeError(apiError(409, 'slot_taken'))).toEqual({ key: 'm.errors.slot_taken' })
    expect(describeError(apiError(0, 'network_error'))).toEqual({ key: 'm.errors.network_error' })
  })

  it('never shows the server\'s English message: a code it does not know gets the words for its status', () => {
    expect(describeError(apiError(400, 'brand_new_rule', 'Book on Tuesdays only'))).toEqual({ key: 'm.errors.bad_request' })
    expect(describeError(apiError(409, 'brand_new_clash', 'Clash'))).toEqual({ key: 'm.errors.conflict' })
    expect(describeError(apiError(403, 'brand_new_refusal', 'No'))).toEqual({ key: 'm.errors.forbidden' })
    expect(describeError(apiError(418, 'teapot', 'I am a teapot'))).toEqual({ key: 'm.errors.unknown' })
  })

  it('explains the codes the phone pages meet since issue 19 in both languages', () => {
    for (const code of ['already_checked_in', 'database_unavailable', 'too_many_attempts', 'bad_url', 'request_timeout', 'try_again']) {
      expect(describeError(apiError(409, code))).toEqual({ key: `m.errors.${code}` })
    }
  })

  it('hides server internals behind a generic message', () => {
    expect(describeError(apiError(500, 'internal_error', 'Something went wrong on our side'))).toEqual({ key: 'm.errors.internal_error' })
    expect(describeError(apiError(502, 'bad_gateway', 'upstream connect error'))).toEqual({ key: 'm.errors.server' })
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
    expect(errorText(t, apiError(400, 'odd', 'Odd rule'))).toBe('m.errors.bad_request:{}')
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
