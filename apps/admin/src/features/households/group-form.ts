/** The 每周限额 field: off (null, only each member's own limit) or a whole number 1-100. */
export interface QuotaField { limited: boolean; value: number }

export const quotaField = (quota: number | null): QuotaField => ({ limited: quota !== null, value: quota ?? 4 })

/** The quota to send, or an i18n key saying what is wrong (the API refuses the same with 400). */
export function quotaOf(field: QuotaField): { quota: number | null } | { error: string } {
  if (!field.limited) return { quota: null }
  return Number.isInteger(field.value) && field.value >= 1 && field.value <= 100 ? { quota: field.value } : { error: 'households.quotaRule' }
}

export const isMobile = (phone: string) => /^1[3-9]\d{9}$/.test(phone)
