import type { BookingCreate, BookingSeriesCreate } from '@linli/contracts'

export type BookerKind = 'walkIn' | 'organisation'

/** What the 代客预约 dialog edits; the headcount is null while its field is empty. */
export interface WalkInForm {
  roomId: string
  date: string
  start: string
  end: string
  purpose: string
  headcount: number | null
  kind: BookerKind
  name: string
  phone: string
  /** One of the center's organisations (家庭与组织 → 组织). */
  organisationId: string
  publishOrganisation: boolean
  /** Weekly for `weeks` weeks: organisations only (the API requires one for a series). */
  repeat: boolean
  weeks: number
  skipConflicts: boolean
}

export const emptyWalkInForm = (date: string, roomId = ''): WalkInForm => ({
  roomId, date, start: '', end: '', purpose: '', headcount: null, kind: 'walkIn', name: '', phone: '',
  organisationId: '', publishOrganisation: false, repeat: false, weeks: 4, skipConflicts: false,
})

export const MOBILE = /^1[3-9][0-9]{9}$/

/** The body of a single staff booking; call after validation. */
export function toBookingBody(form: WalkInForm): BookingCreate {
  const base = {
    startsLocal: `${form.date}T${form.start}`,
    endsLocal: `${form.date}T${form.end}`,
    purpose: form.purpose.trim(),
    headcount: Number(form.headcount),
  }
  if (form.kind === 'walkIn') return { ...base, walkIn: { name: form.name.trim(), phone: form.phone.trim() } }
  return { ...base, organisationId: form.organisationId, publishOrganisation: form.publishOrganisation }
}

/** The body of a weekly series starting on the form's date. */
export const toSeriesBody = (form: WalkInForm): BookingSeriesCreate => ({
  ...toBookingBody({ ...form, kind: 'organisation' }),
  weeks: form.weeks,
  skipConflicts: form.skipConflicts,
})

/** Whether the dialog books a series (only an organisation can). */
export const isSeries = (form: WalkInForm) => form.kind === 'organisation' && form.repeat

/** The i18n keys of what is still missing or wrong, in form order; empty when ready. */
export function walkInProblems(form: WalkInForm, capacity?: number): string[] {
  const out: string[] = []
  if (!form.roomId) out.push('walkIn.needRoom')
  if (!form.date || !form.start || !form.end) out.push('walkIn.needTime')
  if (!form.purpose.trim()) out.push('walkIn.needPurpose')
  const n = Number(form.headcount)
  if (form.headcount === null || !Number.isInteger(n) || n < 1) out.push('walkIn.needHeadcount')
  else if (capacity !== undefined && n > capacity) out.push('walkIn.overCapacity')
  if (form.kind === 'walkIn') {
    if (!form.name.trim()) out.push('walkIn.needName')
    if (!MOBILE.test(form.phone.trim())) out.push('walkIn.needPhone')
  } else if (!form.organisationId) out.push('walkIn.needOrganisation')
  return out
}
