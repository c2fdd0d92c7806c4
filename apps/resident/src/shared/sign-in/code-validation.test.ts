import { describe, expect, it } from 'vitest'
import { normaliseCode, toCodeSignUp, toReset, validateCodeSignIn, validateCodeSignUp, validatePhoneOnly, validateReset } from './code-validation'

const fields = { name: '王秀英', phone: '138 0000 0001', code: '123456', password: '', organisationName: '' }

describe('normaliseCode', () => {
  it('accepts spaces and full-width digits', () => {
    expect(normaliseCode('123 456')).toBe('123456')
    expect(normaliseCode('１２３４５６')).toBe('123456')
  })
})

describe('code forms', () => {
  it('needs only a valid number before sending a code', () => {
    expect(validatePhoneOnly({ phone: '' })).toEqual({ phone: 'account.errors.phoneRequired' })
    expect(validatePhoneOnly({ phone: '12345' })).toEqual({ phone: 'account.errors.phoneInvalid' })
    expect(validatePhoneOnly({ phone: '13800000001' })).toEqual({})
  })

  it('asks for the 6-digit code', () => {
    expect(validateCodeSignIn({ ...fields, code: '' })).toEqual({ code: 'account.errors.codeRequired' })
    expect(validateCodeSignIn({ ...fields, code: '12345' })).toEqual({ code: 'account.errors.codeInvalid' })
    expect(validateCodeSignIn(fields)).toEqual({})
  })

  it('signs up without a password, but a given one must be 8 or more', () => {
    expect(validateCodeSignUp(fields)).toEqual({})
    expect(validateCodeSignUp({ ...fields, name: ' ', password: 'short' })).toEqual({ name: 'account.errors.nameRequired', password: 'account.errors.passwordShort' })
    expect(validateCodeSignUp({ ...fields, name: '名'.repeat(41), organisationName: '组'.repeat(81) })).toEqual({
      name: 'account.errors.nameLong', organisationName: 'account.errors.organisationLong',
    })
    expect(toCodeSignUp({ ...fields, name: ' 王秀英 ', code: '123 456' })).toEqual({ phone: '13800000001', code: '123456', name: '王秀英', organisationName: null })
    expect(toCodeSignUp({ ...fields, password: 'linli-demo' }).password).toBe('linli-demo')
  })

  it('needs a new password to reset', () => {
    expect(validateReset(fields)).toEqual({ password: 'account.errors.passwordRequired' })
    expect(validateReset({ ...fields, password: 'new-password-1' })).toEqual({})
    expect(toReset({ ...fields, password: 'new-password-1' })).toEqual({ phone: '13800000001', code: '123456', newPassword: 'new-password-1' })
  })
})
