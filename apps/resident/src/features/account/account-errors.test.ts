import { describe, expect, it } from 'vitest'
import { ApiError } from '@linli/api-client'
import { accountErrorKey, isCodeAnswer } from './account-errors'

const answer = (statusCode: number, code: string) => new ApiError({ statusCode, code, message: 'in English, never shown' })

describe('the account page\'s words for a refusal', () => {
  it('says a taken number and a wrong current password in words for this page, not the sign-in page\'s', () => {
    expect(accountErrorKey(answer(409, 'phone_registered'))).toBe('accountPage.errors.phoneTaken')
    expect(accountErrorKey(answer(400, 'wrong_password'))).toBe('accountPage.errors.wrongPassword')
  })

  it('uses the shared words for everything else, by code or by status', () => {
    expect(accountErrorKey(answer(409, 'has_booking_today'))).toBe('m.errors.has_booking_today')
    expect(accountErrorKey(answer(400, 'code_invalid'))).toBe('m.errors.code_invalid')
    expect(accountErrorKey(answer(500, 'whatever'))).toBe('m.errors.server')
    expect(accountErrorKey(new Error('offline'))).toBe('m.errors.unknown')
  })

  it('knows which answers belong beside the code field', () => {
    expect(isCodeAnswer(answer(400, 'code_expired'))).toBe(true)
    expect(isCodeAnswer(answer(429, 'too_many_codes'))).toBe(true)
    expect(isCodeAnswer(answer(409, 'phone_registered'))).toBe(false)
  })
})
