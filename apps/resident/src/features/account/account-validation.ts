import { ACCOUNT_DELETION_WORD } from '@linli/contracts'
import { normaliseCode } from '../../shared/sign-in/code-validation'
import { normalisePhone, phoneError } from '../../shared/sign-in/login-validation'

/** Field → message key; empty when the form may be sent. Checked before sending, so mistakes show at once. */
export type AccountErrors = Partial<Record<'name' | 'phone' | 'code' | 'current' | 'password' | 'confirm', string>>

const only = (entries: [keyof AccountErrors, string | undefined][]): AccountErrors =>
  Object.fromEntries(entries.filter(([, v]) => v)) as AccountErrors

function codeError(code: string): string | undefined {
  const value = normaliseCode(code)
  if (!value) return 'account.errors.codeRequired'
  return /^\d{6}$/.test(value) ? undefined : 'account.errors.codeInvalid'
}

function newPasswordError(password: string): string | undefined {
  if (!password) return 'account.errors.passwordRequired'
  return password.length < 8 ? 'account.errors.passwordShort' : undefined
}

export function validateName(name: string, current: string): AccountErrors {
  const value = name.trim()
  if (!value) return { name: 'accountPage.errors.nameRequired' }
  if (value.length > 40) return { name: 'accountPage.errors.nameLong' }
  return value === current ? { name: 'accountPage.errors.sameName' } : {}
}

/** Before the code is asked for only the new number matters; it must differ from the one the account has. */
export function validateNewPhone(phone: string, current: string): AccountErrors {
  const error = phoneError(phone)
  if (error) return { phone: error }
  return normalisePhone(phone) === current ? { phone: 'accountPage.errors.samePhone' } : {}
}

export const validatePhoneChange = (f: { phone: string; code: string }, current: string): AccountErrors =>
  only([['phone', validateNewPhone(f.phone, current).phone], ['code', codeError(f.code)]])

export const validatePasswordChange = (f: { current: string; password: string }): AccountErrors =>
  only([
    ['current', f.current ? undefined : 'accountPage.errors.currentRequired'],
    ['password', newPasswordError(f.password) ?? (f.password === f.current ? 'accountPage.errors.samePassword' : undefined)],
  ])

/** Setting a password by code: the code goes to the account's own number, so only code and password are typed. */
export const validatePasswordSet = (f: { code: string; password: string }): AccountErrors =>
  only([['code', codeError(f.code)], ['password', newPasswordError(f.password)]])

/** The delete button works only once 注销 is typed (spaces around it do not matter, as on the server). */
export const deletionConfirmed = (typed: string) => typed.trim() === ACCOUNT_DELETION_WORD
