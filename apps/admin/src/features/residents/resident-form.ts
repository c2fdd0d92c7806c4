import type { DeskResidentCreate, NotificationLanguage } from '@linli/contracts'

/** The contract's rule for a mainland mobile number. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/
export const NAME_MAX = 40
export const HOUSEHOLD_MAX = 200

/** What the 登记居民 dialog edits. */
export interface ResidentForm {
  name: string
  phone: string
  household: string
  language: NotificationLanguage
}

export const newResidentForm = (language: NotificationLanguage = 'zh-CN'): ResidentForm => ({ name: '', phone: '', household: '', language })

/** Spaces and dashes people type between digit groups (138 0000 1234) are not part of the number. */
export const normalisePhone = (phone: string) => phone.replace(/[\s-]/g, '')

export type FieldProblem = 'required' | 'phone' | 'tooLong'

/** What is wrong with one field as typed, or null; the same checks the API makes, so a refusal is rare. */
export function fieldProblem(field: keyof ResidentForm, form: ResidentForm): FieldProblem | null {
  if (field === 'name') {
    const name = form.name.trim()
    return !name ? 'required' : [...name].length > NAME_MAX ? 'tooLong' : null
  }
  if (field === 'phone') {
    const phone = normalisePhone(form.phone)
    return !phone ? 'required' : PHONE_PATTERN.test(phone) ? null : 'phone'
  }
  if (field === 'household') return [...form.household.trim()].length > HOUSEHOLD_MAX ? 'tooLong' : null
  return null
}

export const formProblems = (form: ResidentForm) =>
  (['name', 'phone', 'household'] as const).flatMap((f) => {
    const p = fieldProblem(f, form)
    return p ? [[f, p] as const] : []
  })

export function createBody(form: ResidentForm): DeskResidentCreate {
  const household = form.household.trim()
  return { name: form.name.trim(), phone: normalisePhone(form.phone), household: household || null, language: form.language }
}

/** The search as sent: a number typed with spaces or dashes is looked up by its digits. */
export function searchTerm(input: string): string | undefined {
  const term = input.trim()
  if (!term) return undefined
  const digits = normalisePhone(term)
  return /^\d+$/.test(digits) ? digits : term
}
