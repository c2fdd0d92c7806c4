import type { BookingCreate } from '@linli/contracts'

/** What the resident types on the room page; kept as text until sending, as the inputs give it. */
export interface BookingDraft {
  date: string
  /** 'HH:mm', empty until a time is chosen. */
  starts: string
  ends: string
  purpose: string
  headcount: string
  /** One of the resident's organisations (GET /residents/me/organisations), or '' for none. */
  organisationId: string
  publishOrganisation: boolean
}

export const emptyDraft = (): BookingDraft => ({
  date: '', starts: '', ends: '', purpose: '', headcount: '', organisationId: '', publishOrganisation: false,
})

export type DraftErrors = Partial<Record<'purpose' | 'headcount' | 'organisationId', string>>

/** The form's own checks, mirroring the API's schema so most mistakes never reach it. */
export function validateDraft(draft: BookingDraft, capacity: number): DraftErrors {
  const errors: DraftErrors = {}
  const purpose = draft.purpose.trim()
  if (!purpose) errors.purpose = 'm.form.errors.purposeRequired'
  else if (purpose.length > 200) errors.purpose = 'm.form.errors.purposeLong'
  const headcount = Number(draft.headcount)
  if (!/^\d+$/.test(draft.headcount.trim()) || headcount < 1 || headcount > capacity) errors.headcount = 'm.form.errors.headcountInvalid'
  if (draft.publishOrganisation && !draft.organisationId) errors.organisationId = 'm.form.errors.organisationRequired'
  return errors
}

export function toBookingCreate(draft: BookingDraft): BookingCreate {
  return {
    startsLocal: `${draft.date}T${draft.starts}`,
    endsLocal: `${draft.date}T${draft.ends}`,
    purpose: draft.purpose.trim(),
    headcount: Number(draft.headcount),
    organisationId: draft.organisationId || null,
    publishOrganisation: Boolean(draft.organisationId) && draft.publishOrganisation,
  }
}

/** Reads a stored draft back, ignoring anything malformed (an old version, a hand-edited value). */
export function parseDraft(raw: string | null): BookingDraft | null {
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<BookingDraft>
    const base = emptyDraft()
    for (const key of Object.keys(base) as (keyof BookingDraft)[]) {
      if (typeof value[key] !== typeof base[key]) return null
    }
    return { ...base, ...value }
  } catch {
    return null
  }
}
