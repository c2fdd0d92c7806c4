import type {
  Activity, ActivityCategory, ActivityCreate, ActivityStatus, Audience, OrganiserKind,
} from '@linli/contracts'
import { type RecurrenceForm, newRecurrence } from './recurrence-form'
import { fromRrule, toRrule } from './recurrence-rule'
import { addMinutesLocal, datePart, joinLocal, timePart } from './wall-clock'

/** What the activity editor edits; local date and times are in the center's time zone. */
export interface ActivityForm {
  title: string
  description: string
  category: ActivityCategory | ''
  audiences: Audience[]
  organiserKind: OrganiserKind
  organiserName: string
  place: 'room' | 'offsite'
  roomId: string
  location: string
  date: string
  start: string
  end: string
  capacity: number | ''
  kioskVisible: boolean
  status: ActivityStatus
  staffNotes: string
  recurrence: RecurrenceForm
  /** Dates left out of the series; the time is the series' start time. */
  exdates: string[]
}

/** Contract limits (packages/contracts/src/activities.ts), repeated for messages that name them. */
export const ACTIVITY_LIMITS = {
  title: 80, organiserName: 80, location: 120, description: 2000, staffNotes: 2000, capacityMax: 100_000, count: 500,
} as const

export interface FormDefaults {
  date: string
  start?: string
  roomId?: string | null
  organiserName?: string
}

export function toActivityForm(activity: Activity | null, defaults: FormDefaults): ActivityForm {
  if (!activity) {
    const start = defaults.start ?? '09:00'
    return {
      title: '', description: '', category: '', audiences: [], organiserKind: 'center',
      organiserName: defaults.organiserName ?? '', place: 'room', roomId: defaults.roomId ?? '', location: '',
      date: defaults.date, start, end: timePart(addMinutesLocal(joinLocal(defaults.date, start), 90)),
      capacity: '', kioskVisible: true, status: 'published', staffNotes: '',
      recurrence: newRecurrence(defaults.date), exdates: [],
    }
  }
  const a = activity
  const date = datePart(a.startsLocal)
  return {
    title: a.title, description: a.description, category: a.category, audiences: [...a.audiences],
    organiserKind: a.organiserKind, organiserName: a.organiserName,
    place: a.roomId || !a.location ? 'room' : 'offsite', roomId: a.roomId ?? '', location: a.location ?? '',
    date, start: timePart(a.startsLocal), end: timePart(a.endsLocal),
    capacity: a.capacity ?? '', kioskVisible: a.kioskVisible, status: a.status, staffNotes: a.staffNotes,
    recurrence: fromRrule(a.rrule, date), exdates: [...new Set(a.exdates.map(datePart))].sort(),
  }
}

/** The request body; a complete body is also a valid PATCH. Call after validation. */
export function toActivityBody(form: ActivityForm): ActivityCreate {
  const rrule = toRrule(form.recurrence)
  const offsite = form.place === 'offsite'
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    category: form.category as ActivityCategory,
    audiences: [...form.audiences],
    organiserKind: form.organiserKind,
    organiserName: form.organiserName.trim(),
    roomId: offsite ? null : form.roomId || null,
    location: offsite ? form.location.trim() || null : null,
    startsLocal: joinLocal(form.date, form.start),
    endsLocal: joinLocal(form.date, form.end),
    rrule,
    // Exceptions name the rule's wall-clock start, so they follow a changed start time.
    exdates: rrule ? [...new Set(form.exdates)].sort().map((d) => joinLocal(d, form.start)) : [],
    status: form.status,
    capacity: form.capacity === '' ? null : Number(form.capacity),
    kioskVisible: form.kioskVisible,
    staffNotes: form.staffNotes.trim(),
  }
}

/**
 * A body good enough for the conflict check while the form is still being filled in, or null
 * when there is nothing to check yet (no room, or no valid time).
 */
export function checkBody(form: ActivityForm): ActivityCreate | null {
  if (form.place !== 'room' || !form.roomId || !form.date || !form.start || !form.end || form.end <= form.start) return null
  try {
    const body = toActivityBody(form)
    return { ...body, title: body.title || '-', organiserName: body.organiserName || '-', category: body.category || 'meeting' }
  } catch {
    // A half-built rule cannot be checked yet.
    return null
  }
}
