import { describe, expect, it } from 'vitest'
import { normalisePhone, safeRedirect, toSignUp, validateSignIn, validateSignUp } from './login-validation'

const signUp = { name: '王秀英', phone: '13800000001', password: 'linli-demo', organisationName: '' }

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

describe('validateSignUp', () => {
  it('accepts a complete form', () => {
    expect(validateSignUp(signUp)).toEqual({})
  })

  it('names each problem', () => {
    expect(validateSignUp({ ...signUp, name: '  ' }).name).toBe('account.errors.nameRequired')
    expect(validateSignUp({ ...signUp, name: '名'.repeat(41) }).name).toBe('account.errors.nameLong')
    expect(validateSignUp({ ...signUp, password: 'short' }).password).toBe('account.errors.passwordShort')
    expect(validateSignUp({ ...signUp, organisationName: '组'.repeat(81) }).organisationName).toBe('account.errors.organisationLong')
  })

  it('sends trimmed values and no empty organisation', () => {
    expect(toSignUp({ ...signUp, name: ' 王秀英 ', phone: '138 0000 0001' })).toEqual({
      name: '王秀英', phone: '13800000001', password: 'linli-demo', organisationName: null,
    })
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
