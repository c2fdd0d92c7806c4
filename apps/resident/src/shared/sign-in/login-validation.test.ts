import { describe, expect, it } from 'vitest'
import { normalisePhone, safeRedirect, validateSignIn } from './login-validation'


describe('normalisePhone', () => {
  it('strips spaces, dashes and the country code', () => {
    expect(normalisePhone('138 0000 0001')).toBe('13800000001')
    expect(normalisePhone('138-0000-0001')).toBe('13800000001')
    expect(normalisePhone('+86 13800000001')).toBe('13800000001')
    expect(normalisePhone('8613800000001')).toBe('13800000001')
  })
})

describe('validateSignIn', () => {
  it('asks for a mainland mobile number and a password', () => {
    expect(validateSignIn({ phone: '', password: '' })).toEqual({ phone: 'account.errors.phoneRequired', password: 'account.errors.passwordRequired' })
    expect(validateSignIn({ phone: '12800000001', password: 'x' })).toEqual({ phone: 'account.errors.phoneInvalid' })
    expect(validateSignIn({ phone: '1380000000', password: 'x' }).phone).toBe('account.errors.phoneInvalid')
    expect(validateSignIn({ phone: '13800000001', password: 'x' })).toEqual({})
  })
})

describe('safeRedirect', () => {
  it('returns only to the phone pages', () => {
    expect(safeRedirect('/m/rooms/1/check-in')).toBe('/m/rooms/1/check-in')
    expect(safeRedirect('https://evil.example')).toBe('/m/bookings')
    expect(safeRedirect('//evil.example/m/')).toBe('/m/bookings')
    expect(safeRedirect(undefined)).toBe('/m/bookings')
  })
})
