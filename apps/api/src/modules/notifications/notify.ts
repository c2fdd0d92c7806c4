import { formatOffset } from '@linli/schedule'
import type { Database } from '../../db/database'
import { type RegistrationFacts, bookingFacts, registrationFacts, registrationsOnCalledOffDates } from './causes.repository'
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

export type BookingNotice = 'booking_approved' | 'booking_rejected' | 'booking_cancelled' | 'booking_expired' | 'booking_no_show'

/** A resident's booking was decided, cancelled by staff, expired undecided or released as a no-show. */
export async function noticeBooking(trx: Database, bookingId: string, kind: BookingNotice, now: Date, reason: string | null = null) {
  const b = await bookingFacts(trx, bookingId)
  if (!b?.resident_id) return
  await recordNotifications(trx, [{
    residentId: b.resident_id, centerId: b.center_id, kind, dedupeKey: b.id, link: `/m/bookings?booking=${b.id}`,
    params: {
      bookingId: b.id, roomName: b.room_name, startsAt: formatOffset(b.starts_at, b.time_zone), endsAt: formatOffset(b.ends_at, b.time_zone),
      reason: kind === 'booking_rejected' ? (reason ?? b.reject_reason) : reason,
    },
  }], now)
}
