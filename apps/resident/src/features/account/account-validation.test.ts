import { describe, expect, it } from 'vitest'
import { deletionConfirmed, validateName, validateNewPhone, validatePasswordChange, validatePasswordSet, validatePhoneChange } from './account-validation'

describe('the account page checks what was typed before sending it', () => {
  it('needs a name of at most 40 characters that differs from the current one', () => {
    expect(validateName('  ', '王秀英')).toEqual({ name: 'accountPage.errors.nameRequired' })
    expect(validateName('王'.repeat(41), '王秀英')).toEqual({ name: 'accountPage.errors.nameLong' })
    expect(validateName(' 王秀英 ', '王秀英')).toEqual({ name: 'accountPage.errors.sameName' })
    expect(validateName('王秀兰', '王秀英')).toEqual({})
  })

  it('needs a valid new number, not the one the account has (spaces and +86 allowed)', () => {
    expect(validateNewPhone('', '13800000001')).toEqual({ phone: 'account.errors.phoneRequired' })
    expect(validateNewPhone('1380000', '13800000001')).toEqual({ phone: 'account.errors.phoneInvalid' })
    expect(validateNewPhone('+86 138 0000 0001', '13800000001')).toEqual({ phone: 'accountPage.errors.samePhone' })
    expect(validateNewPhone('139 0000 0002', '13800000001')).toEqual({})
  })

  it('needs the 6-digit code with the new number', () => {
    expect(validatePhoneChange({ phone: '13900000002', code: '' }, '13800000001')).toEqual({ code: 'account.errors.codeRequired' })
    expect(validatePhoneChange({ phone: '13900000002', code: '12345' }, '13800000001')).toEqual({ code: 'account.errors.codeInvalid' })
    expect(validatePhoneChange({ phone: '13900000002', code: '１２３ ４５６' }, '13800000001')).toEqual({})
  })

  it('changes a password only with the current one and a new one of 8 or more that differs', () => {
    expect(validatePasswordChange({ current: '', password: 'short' })).toEqual({
      current: 'accountPage.errors.currentRequired', password: 'account.errors.passwordShort',
    })
    expect(validatePasswordChange({ current: 'old-password', password: 'old-password' })).toEqual({ password: 'accountPage.errors.samePassword' })
    expect(validatePasswordChange({ current: 'old-password', password: 'new-password' })).toEqual({})
  })

  it('sets a password with a code and a new password', () => {
    expect(validatePasswordSet({ code: '', password: '' })).toEqual({ code: 'account.errors.codeRequired', password: 'account.errors.passwordRequired' })
    expect(validatePasswordSet({ code: '123456', password: 'long-enough' })).toEqual({})
  })

  it('enables deleting only once 注销 is typed', () => {
    expect(deletionConfirmed('')).toBe(false)
    expect(deletionConfirmed('注')).toBe(false)
    expect(deletionConfirmed('删除')).toBe(false)
    expect(deletionConfirmed(' 注销 ')).toBe(true)
  })
})
