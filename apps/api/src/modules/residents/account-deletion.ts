import { localDateOf } from '@linli/schedule'
import type { App } from '../../app-instance'
import { conflict } from '../../plugins/errors'
import { refreshBookingReservation, setStatus } from '../bookings/bookings.repository'
import { loadRoomContext } from '../bookings/room-context'
import { offerFreeSeats } from '../participation/offers'
import { participationPolicyOf } from '../participation/policy'
import { lockOccurrences, setRegistrationStatus } from '../participation/registrations.repository'
import { deleteLinksOf } from '../family/family.repository'
import { anonymiseResident, liveBookings, liveRegistrations, lockResident } from './account.repository'

/** Started, or starting later today on the center's clock: staff would be left waiting for someone who no longer exists. */
const isToday = (x: { starts_at: Date; time_zone: string }, now: Date) =>
  x.starts_at <= now || localDateOf(x.starts_at, x.time_zone) === localDateOf(now, x.time_zone)

const hasBookingToday = () =>
  conflict('has_booking_today', 'You have a booking or activity today; delete your account after it has ended, or cancel it with the center first')

/** What a deletion cancelled at one center: counts only, so the audit log keeps nothing about the person. */
export interface CancelledAtCenter { centerId: string; cancelledBookings: number; cancelledRegistrations: number }

/**
 * Deletes a resident's account in one transaction: future bookings are cancelled (rooms freed),
 * future sign-ups cancelled (freed seats offered to the queue as any cancellation would), and the
 * row anonymised. Refused, with nothing changed, while something of theirs is on today.
 * Returns what was cancelled, per center.
 */
export async function deleteAccount(app: App, residentId: string): Promise<CancelledAtCenter[]> {
  const now = app.clock()
  const { bookings, registrations } = await app.db.transaction().execute(async (trx) => {
    await lockResident(trx, residentId)
    const bookings = await liveBookings(trx, residentId, now)
    const registrations = await liveRegistrations(trx, residentId, now)
    const held = registrations.filter((r) => r.status !== 'waitlisted')
    if (bookings.some((b) => isToday(b, now)) || held.some((r) => isToday(r, now))) throw hasBookingToday()
    const actor = { kind: 'resident' as const, id: residentId }
    for (const b of bookings) {
      const room = await loadRoomContext(trx, b.room_id)
      await setStatus(trx, b.id, b.status, 'cancelled', actor, now, { lateCancellation: false, note: 'account deleted' })
      await refreshBookingReservation(trx, b.id, room.policy.bufferMinutes)
    }
    await lockOccurrences(trx, [...new Set(registrations.map((r) => r.occurrence_id))])
    for (const r of registrations) {
      await setRegistrationStatus(trx, r.id, r.status, 'cancelled', now, { lateCancellation: false })
      if (r.status !== 'waitlisted') await offerFreeSeats(trx, r.occurrence_id, await participationPolicyOf(trx, r.center_id), now)
    }
    await anonymiseResident(trx, residentId)
    // Nobody acts for a deleted account, and it acts for nobody.
    await deleteLinksOf(trx, residentId)
    return { bookings, registrations }
  })
  for (const centerId of new Set(bookings.map((b) => b.center_id))) app.realtime.centerChanged(centerId, 'schedule')
  const centers = [...new Set([...bookings, ...registrations].map((x) => x.center_id))]
  return centers.map((centerId) => ({
    centerId,
    cancelledBookings: bookings.filter((b) => b.center_id === centerId).length,
    cancelledRegistrations: registrations.filter((r) => r.center_id === centerId).length,
  }))
}
