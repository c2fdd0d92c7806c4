import type { VolunteerMember, VolunteerMemberCreate, VolunteerMemberUpdate, VolunteerServiceCreate } from '@linli/contracts'
import { formatOffset, instantToLocal, localToInstant } from '@linli/schedule'
import { MOBILE } from '../participation/phone-list'

/** What the member dialog edits: a new member is found by phone; the alias is what lobby screens may show. */
export interface MemberForm {
  phone: string
  publicAlias: string
  leaderboardConsent: boolean
}

export const ALIAS_MAX = 20

export const emptyMemberForm = (): MemberForm => ({ phone: '', publicAlias: '', leaderboardConsent: false })
export const memberFormOf = (m: VolunteerMember): MemberForm => ({
  phone: m.phone, publicAlias: m.publicAlias ?? '', leaderboardConsent: m.leaderboardConsent,
})

/** i18n keys of what is wrong, in form order; `withPhone` for a new member. */
export function memberProblems(form: MemberForm, withPhone: boolean): string[] {
  const out: string[] = []
  if (withPhone && !MOBILE.test(form.phone.trim())) out.push('volunteers.member.needPhone')
  const alias = form.publicAlias.trim()
  if (alias.length > ALIAS_MAX) out.push('volunteers.member.aliasTooLong')
  // The database refuses consent without an alias: a screen would have nothing it may show.
  if (form.leaderboardConsent && !alias) out.push('volunteers.member.consentNeedsAlias')
  return out
}

export const memberCreateBody = (form: MemberForm): VolunteerMemberCreate => ({
  phone: form.phone.trim(), publicAlias: form.publicAlias.trim() || null, leaderboardConsent: form.leaderboardConsent,
})

/** Only what changed. */
export function memberUpdateBody(form: MemberForm, m: VolunteerMember): VolunteerMemberUpdate {
  const body: VolunteerMemberUpdate = {}
  const alias = form.publicAlias.trim() || null
  if (alias !== m.publicAlias) body.publicAlias = alias
  if (form.leaderboardConsent !== m.leaderboardConsent) body.leaderboardConsent = form.leaderboardConsent
  return body
}

/** A service record typed by staff: a date and time on the center's wall clock and a duration. */
export interface ServiceForm {
  memberId: string
  date: string
  time: string
  hours: number | null
  minutes: number | null
  note: string
}

/** A new record: two hours ending now on the center's clock (start rounded down to 15 minutes), as service is recorded once given. */
export function emptyServiceForm(timeZone: string, now = new Date()): ServiceForm {
  const start = instantToLocal(new Date(now.getTime() - 2 * 3_600_000), timeZone)
  const minute = Math.floor(Number(start.slice(14, 16)) / 15) * 15
  return { memberId: '', date: start.slice(0, 10), time: `${start.slice(11, 13)}:${String(minute).padStart(2, '0')}`, hours: 2, minutes: 0, note: '' }
}

export const serviceMinutes = (f: Pick<ServiceForm, 'hours' | 'minutes'>) => (f.hours ?? 0) * 60 + (f.minutes ?? 0)

/** i18n keys of what is wrong; the start may not lie ahead of `now` on the center's clock (the API refuses it). */
export function serviceProblems(form: ServiceForm, timeZone: string, now = new Date()): string[] {
  const out: string[] = []
  if (!form.memberId) out.push('volunteers.service.needMember')
  if (!form.date || !form.time) out.push('volunteers.service.needWhen')
  else if (localToInstant(`${form.date}T${form.time}`, timeZone) > now) out.push('volunteers.service.inFuture')
  const total = serviceMinutes(form)
  if (total < 1 || total > 1440) out.push('volunteers.service.minutesRange')
  if (form.note.length > 200) out.push('volunteers.service.noteTooLong')
  return out
}

/** The body; the wall-clock time is read in the center's zone. */
export const serviceBody = (form: ServiceForm, timeZone: string): VolunteerServiceCreate => ({
  memberId: form.memberId,
  servedAt: formatOffset(localToInstant(`${form.date}T${form.time}`, timeZone), timeZone),
  minutes: serviceMinutes(form),
  ...(form.note.trim() ? { note: form.note.trim() } : {}),
})

/** Hours with at most one decimal, `12.5`. */
export const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10
