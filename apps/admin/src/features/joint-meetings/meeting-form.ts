import type { JointMeeting, JointMeetingCreate, JointMeetingUpdate, ProblemStatus } from '@linli/contracts'

/** Whose meeting it is, as one select value: `center:<id>` or `region:<id>`. */
export type OwnerKey = `center:${string}` | `region:${string}`

export interface MeetingForm { owner: OwnerKey | ''; title: string; startsLocal: string; location: string; minutes: string; unitIds: string[] }

/** The dialog's fields for a new meeting (of this owner) or for editing one. */
export function formOf(m: JointMeeting | null, owner: OwnerKey | ''): MeetingForm {
  if (!m) return { owner, title: '', startsLocal: '', location: '', minutes: '', unitIds: [] }
  return {
    owner: m.centerId ? `center:${m.centerId}` : `region:${m.regionId}`, title: m.title, startsLocal: m.startsLocal,
    location: m.location, minutes: m.minutes, unitIds: m.attendees.map((a) => a.id),
  }
}

export const ownerRef = (key: OwnerKey) => (key.startsWith('center:') ? { centerId: key.slice(7) } : { regionId: key.slice(7) })

/** What is wrong with the form, as message keys under jointMeetings.form (empty when it can be sent). */
export function formErrors(f: MeetingForm) {
  const title = f.title.trim()
  return {
    owner: f.owner ? '' : 'ownerRequired',
    title: !title ? 'titleRequired' : title.length > 80 ? 'titleTooLong' : '',
    startsLocal: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(f.startsLocal) ? '' : 'timeRequired',
  }
}

export function createBody(f: MeetingForm): JointMeetingCreate {
  if (!f.owner) throw new Error('owner is required')
  return { ...ownerRef(f.owner), title: f.title.trim(), startsLocal: f.startsLocal, location: f.location.trim(), minutes: f.minutes, unitIds: [...f.unitIds] }
}

/** Only what changed, so an edit never rewrites what it did not touch; null when nothing did. */
export function updateBody(f: MeetingForm, before: JointMeeting): JointMeetingUpdate | null {
  const body: JointMeetingUpdate = {}
  if (f.title.trim() !== before.title) body.title = f.title.trim()
  if (f.startsLocal !== before.startsLocal) body.startsLocal = f.startsLocal
  if (f.location.trim() !== before.location) body.location = f.location.trim()
  if (f.minutes !== before.minutes) body.minutes = f.minutes
  const was = new Set(before.attendees.map((a) => a.id))
  if (f.unitIds.length !== was.size || f.unitIds.some((id) => !was.has(id))) body.unitIds = [...f.unitIds]
  return Object.keys(body).length ? body : null
}

/** `2026-11-18T15:00:00+08:00` as the wall clock where the meeting was held: `2026-11-18 15:00`. */
export const shownTime = (startsAt: string) => `${startsAt.slice(0, 10)} ${startsAt.slice(11, 16)}`

/** What may be done next: raised → assigned (again, to someone else) → solved. */
export function problemSteps(status: ProblemStatus) {
  return { assign: status !== 'solved', solve: status === 'assigned' }
}
