import { addDays, formatOffset, localDateOf, localToInstant } from '@linli/schedule'
import type { Database } from '../../db/database'
import {
  type RegistrationFacts, bookingFacts, centerFacts, liveRegistrationFacts, registrationFacts, registrationStarts, registrationsOnCalledOffDates,
  residentsExpectedAt,
} from './causes.repository'
import { type NewNotification, recordNotifications } from './outbox.repository'

/*
 * What the rest of the API calls when something happens that a resident must hear of. Each takes
 * the transaction making the change, so the notice commits or rolls back with it.
 */

const registrationLink = (id: string) => `/m/registrations?registration=${id}`
const isCalledOff = (r: RegistrationFacts) => r.occurrence_status === 'cancelled' || r.activity_status === 'cancelled'

const aboutRegistration = (r: RegistrationFacts) => ({
  registrationId: r.id, occurrenceId: r.occurrence_id, activityTitle: r.title, startsAt: formatOffset(r.starts_at, r.time_zone),
})

/** Seats just offered from the waitlist: the hold's deadline and a link that confirms in one tap. */
export async function noticeSeatsOffered(trx: Database, registrationIds: string[], now: Date) {
  const rows = await registrationFacts(trx, registrationIds)
  await recordNotifications(trx, rows.map((r): NewNotification => ({
    residentId: r.resident_id, centerId: r.center_id, kind: 'seat_offered', dedupeKey: r.id, link: `/m/registrations?confirm=${r.id}`,
    params: { ...aboutRegistration(r), holdUntil: r.offer_expires_at && formatOffset(r.offer_expires_at, r.time_zone) },
  })), now)
}

/** Offers not confirmed in time. A date called off meanwhile was told of already; its lapse is not news. */
export async function noticeOffersLapsed(trx: Database, registrationIds: string[], now: Date) {
  const rows = (await registrationFacts(trx, registrationIds)).filter((r) => !isCalledOff(r))
  await recordNotifications(trx, rows.map((r): NewNotification => ({
    residentId: r.resident_id, centerId: r.center_id, kind: 'offer_lapsed', dedupeKey: r.id, link: registrationLink(r.id), params: aboutRegistration(r),
  })), now)
}

/**
 * Tells everyone signed up for these dates that they are called off, if they now are and are not
 * over. Pass the dates a change may have called off; the ones still on are left alone. A date
 * cancelled, reinstated and cancelled again is news each time: the key carries the moment.
 */
export async function noticeDatesCalledOff(trx: Database, occurrenceIds: string[], now: Date) {
  const rows = await registrationsOnCalledOffDates(trx, occurrenceIds, now)
  await recordNotifications(trx, rows.map((r): NewNotification => ({
    residentId: r.resident_id, centerId: r.center_id, kind: 'activity_date_cancelled', dedupeKey: `${r.occurrence_id}@${now.toISOString()}`,
    link: registrationLink(r.id), params: aboutRegistration(r),
  })), now)
}

export type BookingNotice = 'booking_approved' | 'booking_rejected' | 'booking_cancelled' | 'booking_expired' | 'booking_no_show' | 'booking_moved'

/** A resident's booking was decided, cancelled by staff, expired undecided or released as a no-show. */
/** What a booking's notices say; a caller that has just written the booking passes it instead of its id. */
type BookingFacts = NonNullable<Awaited<ReturnType<typeof bookingFacts>>>

export async function noticeBooking(trx: Database, booking: string | BookingFacts, kind: BookingNotice, now: Date, reason: string | null = null) {
  const b = typeof booking === 'string' ? await bookingFacts(trx, booking) : booking
  if (!b?.resident_id) return
  await recordNotifications(trx, [{
    // A booking may be moved more than once: each move is news.
    residentId: b.resident_id, centerId: b.center_id, kind, dedupeKey: kind === 'booking_moved' ? `${b.id}@${now.toISOString()}` : b.id, link: `/m/bookings?booking=${b.id}`,
    params: {
      bookingId: b.id, roomName: b.room_name, startsAt: formatOffset(b.starts_at, b.time_zone), endsAt: formatOffset(b.ends_at, b.time_zone),
      reason: kind === 'booking_rejected' ? (reason ?? b.reject_reason) : reason,
    },
  }], now)
}

/**
 * A request moved on to another approval step: the step before it passed, or lapsed and escalated.
 * Each step is news once (the key carries it), with who decides now and by when.
 */
export async function noticeBookingStep(trx: Database, bookingId: string, kind: 'booking_step_approved' | 'booking_escalated', step: number, now: Date) {
  const b = await bookingFacts(trx, bookingId)
  if (!b?.resident_id) return
  const at = b.approval_steps?.[step - 1]
  const approver = at ? `${at.approver === 'subdistrict_admin' ? '街道管理员' : '中心工作人员'}（${at.approverName}）` : ''
  await recordNotifications(trx, [{
    residentId: b.resident_id, centerId: b.center_id, kind, dedupeKey: `${b.id}:${step}`, link: `/m/bookings?booking=${b.id}`,
    params: {
      bookingId: b.id, roomName: b.room_name, startsAt: formatOffset(b.starts_at, b.time_zone), endsAt: formatOffset(b.ends_at, b.time_zone),
      passedStep: String(step - 1), approverName: approver, dueAt: b.approval_due_at && formatOffset(b.approval_due_at, b.time_zone),
    },
  }], now)
}

/** A resident's request that waits for staff; one approved at once hears of the approval instead. */
export async function noticeBookingReceived(trx: Database, booking: string | BookingFacts, now: Date) {
  const b = typeof booking === 'string' ? await bookingFacts(trx, booking) : booking
  if (!b?.resident_id) return
  await recordNotifications(trx, [{
    residentId: b.resident_id, centerId: b.center_id, kind: 'booking_received', dedupeKey: b.id, link: `/m/bookings?booking=${b.id}`,
    params: { bookingId: b.id, roomName: b.room_name, startsAt: formatOffset(b.starts_at, b.time_zone), endsAt: formatOffset(b.ends_at, b.time_zone) },
  }], now)
}

/**
 * Seats just confirmed (a sign-up that got one, or an offer taken). A sign-up for a whole series is
 * one piece of news: each resident hears of their earliest confirmed date, not of every week.
 */
export async function noticeSignupConfirmed(trx: Database, registrationIds: string[], now: Date) {
  const rows = (await liveRegistrationFacts(trx, registrationIds, now)).filter((r) => r.status === 'confirmed')
  const first = new Map<string, (typeof rows)[number]>()
  for (const r of rows) if (!first.has(r.resident_id) || r.starts_at < first.get(r.resident_id)!.starts_at) first.set(r.resident_id, r)
  await recordNotifications(trx, [...first.values()].map((r): NewNotification => ({
    residentId: r.resident_id, centerId: r.center_id, kind: 'signup_confirmed', dedupeKey: r.id, link: registrationLink(r.id), params: aboutRegistration(r),
  })), now)
}

/** Where the live sign-ups of these dates start, read in the transaction before it changes them (for noticeDatesMoved). */
export const startsBeforeChange = (trx: Database, occurrenceIds: string[]) => registrationStarts(trx, occurrenceIds)

/**
 * Tells everyone still signed up for a date whose start changed (a date moved, a series retimed or
 * split) when it now starts. Dates called off meanwhile were told of that instead.
 */
export async function noticeDatesMoved(trx: Database, before: Map<string, Date>, now: Date) {
  const rows = (await liveRegistrationFacts(trx, [...before.keys()], now)).filter((r) => r.starts_at.getTime() !== before.get(r.id)!.getTime())
  await recordNotifications(trx, rows.map((r): NewNotification => ({
    residentId: r.resident_id, centerId: r.center_id, kind: 'activity_date_moved', dedupeKey: `${r.id}@${now.toISOString()}`, link: registrationLink(r.id),
    params: { ...aboutRegistration(r), previousStartsAt: formatOffset(before.get(r.id)!, r.time_zone) },
  })), now)
}

/**
 * An emergency closure: every resident with a booking or a sign-up at one of these centers still
 * to come or under way on the center's day, once per emergency and center.
 */
export async function noticeCenterEmergency(trx: Database, emergency: { id: string; message: string }, centerIds: string[], now: Date) {
  for (const c of await centerFacts(trx, centerIds)) {
    const endOfDay = localToInstant(`${addDays(localDateOf(now, c.time_zone), 1)}T00:00`, c.time_zone)
    const residents = await residentsExpectedAt(trx, c.id, now, endOfDay)
    await recordNotifications(trx, residents.map((residentId): NewNotification => ({
      residentId, centerId: c.id, kind: 'center_emergency', dedupeKey: `${emergency.id}:${c.id}`, link: `/m/centers/${c.id}`,
      params: { centerName: c.name, message: emergency.message },
    })), now)
  }
}

/* What the reminder scan (reminders.ts) records; it decides when. */

export type ReminderLead = 'day_before' | 'hour_before'

export const bookingReminder = (
  b: { id: string; resident_id: string; center_id: string; starts_at: Date; ends_at: Date; room_name: string; time_zone: string }, lead: ReminderLead,
): NewNotification => ({
  residentId: b.resident_id, centerId: b.center_id, kind: 'booking_reminder', dedupeKey: `${b.id}:${lead}`, link: `/m/bookings?booking=${b.id}`,
  params: { bookingId: b.id, roomName: b.room_name, startsAt: formatOffset(b.starts_at, b.time_zone), endsAt: formatOffset(b.ends_at, b.time_zone), lead },
})

/** Keyed by the start too: a date moved after its reminder is reminded of again at its new time. */
export const activityReminder = (r: RegistrationFacts, kind: 'activity_reminder' | 'check_in_open'): NewNotification => ({
  residentId: r.resident_id, centerId: r.center_id, kind, dedupeKey: `${r.id}@${r.starts_at.toISOString()}`, link: registrationLink(r.id),
  params: aboutRegistration(r),
})

export const offerLapsing = (r: RegistrationFacts): NewNotification => ({
  residentId: r.resident_id, centerId: r.center_id, kind: 'offer_lapsing', dedupeKey: r.id, link: `/m/registrations?confirm=${r.id}`,
  params: { ...aboutRegistration(r), holdUntil: r.offer_expires_at && formatOffset(r.offer_expires_at, r.time_zone) },
})
