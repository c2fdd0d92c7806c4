import type { ResetPasswordWithCode, SignInWithCode, SignUpWithCode } from '@linli/contracts'
import { type FieldErrors, normalisePhone, phoneError } from './login-validation'

export interface CodeFields {
  name: string
  phone: string
  code: string
  password: string
  organisationName: string
}

export type CodeErrors = FieldErrors & { code?: string }

/** SMS apps and keyboards may hand over full-width digits or "123 456"; the API wants 6 bare digits. */
export function normaliseCode(input: string): string {
  return input.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[\s-]/g, '')
}

function codeError(code: string): string | undefined {
  const value = normaliseCode(code)
  if (!value) return 'account.errors.codeRequired'
  if (!/^\d{6}$/.test(value)) return 'account.errors.codeInvalid'
  return undefined
}

function newPasswordError(password: string, optional: boolean): string | undefined {
  if (!password) return optional ? undefined : 'account.errors.passwordRequired'
  return password.length < 8 ? 'account.errors.passwordShort' : undefined
}

const only = (entries: [keyof CodeErrors, string | undefined][]): CodeErrors =>
  Object.fromEntries(entries.filter(([, v]) => v)) as CodeErrors

/** Before a code is sent only the number matters. */
export const validatePhoneOnly = (fields: Pick<CodeFields, 'phone'>): CodeErrors => only([['phone', phoneError(fields.phone)]])

export const validateCodeSignIn = (fields: CodeFields): CodeErrors =>
  only([['phone', phoneError(fields.phone)], ['code', codeError(fields.code)]])

export function validateCodeSignUp(fields: CodeFields): CodeErrors {
  const name = fields.name.trim()
  return only([
    ['phone', phoneError(fields.phone)],
    ['code', codeError(fields.code)],
    ['name', !name ? 'account.errors.nameRequired' : name.length > 40 ? 'account.errors.nameLong' : undefined],
    ['password', newPasswordError(fields.password, true)],
    ['organisationName', fields.organisationName.trim().length > 80 ? 'account.errors.organisationLong' : undefined],
  ])
}

export const validateReset = (fields: CodeFields): CodeErrors =>
  only([['phone', phoneError(fields.phone)], ['code', codeError(fields.code)], ['password', newPasswordError(fields.password, false)]])

export const toCodeSignIn = (fields: CodeFields): SignInWithCode => ({ phone: normalisePhone(fields.phone), code: normaliseCode(fields.code) })

export const toCodeSignUp = (fields: CodeFields): SignUpWithCode => ({
  ...toCodeSignIn(fields),
  name: fields.name.trim(),
  ...(fields.password ? { password: fields.password } : {}),
  organisationName: fields.organisationName.trim() || null,
})

export const toReset = (fields: CodeFields): ResetPasswordWithCode => ({ ...toCodeSignIn(fields), newPassword: fields.password })
