import type { ResidentLogin } from '@linli/contracts'

const MOBILE = /^1[3-9]\d{9}$/

/** People type numbers with spaces or dashes, or paste them with +86; the API wants 11 bare digits. */
export function normalisePhone(input: string): string {
  const digits = input.replace(/[\s-]/g, '')
  return digits.replace(/^(\+?86)(?=1\d{10}$)/, '')
}

export interface SignUpFields {
  name: string
  phone: string
  password: string
  organisationName: string
}

/** Field → message key; empty when the form may be sent. Checked before submitting, so mistakes show at once in Chinese. */
export type FieldErrors = Partial<Record<keyof SignUpFields, string>>

export function phoneError(phone: string): string | undefined {
  const value = normalisePhone(phone)
  if (!value) return 'account.errors.phoneRequired'
  if (!MOBILE.test(value)) return 'account.errors.phoneInvalid'
  return undefined
}

export function validateSignIn(fields: Pick<SignUpFields, 'phone' | 'password'>): FieldErrors {
  const errors: FieldErrors = {}
  const phone = phoneError(fields.phone)
  if (phone) errors.phone = phone
  if (!fields.password) errors.password = 'account.errors.passwordRequired'
  return errors
}

export const toSignIn = (fields: Pick<SignUpFields, 'phone' | 'password'>): ResidentLogin => ({
  phone: normalisePhone(fields.phone), password: fields.password,
})

/** Only paths inside the phone pages may be returned to, so a crafted link cannot send people elsewhere. */
export function safeRedirect(value: unknown, fallback = '/m/bookings'): string {
  return typeof value === 'string' && value.startsWith('/m/') && !value.startsWith('//') && !value.includes('\\') ? value : fallback
}
