import { sql } from 'kysely'
import type { BookingPolicyPatch, BookingStatus } from '@linli/contracts'
import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import { noticeBooking } from '../notifications/notify'
import { refreshBookingReservation, setStatus } from './bookings.repository'
import { effectivePolicy } from './rules'

const MIN = 60_000

interface Due { id: string; status: BookingStatus; starts_at: Date; ends_at: Date; center_id: string; center_policy: BookingPolicyPatch; kind_policy: BookingPolicyPatch | null; room_policy: BookingPolicyPatch }

/**
 * Moves bookings on when time passes: undecided requests expire before their start, approved
 * bookings nobody checked into become no-shows (freeing the room), checked-in ones complete.
 * Rows are taken FOR UPDATE SKIP LOCKED, so with several replicas each is handled exactly once.
 */
export async function advanceBookings(app: App): Promise<{ expired: number; noShows: number; completed: number }> {
  const now = app.clock()
  const counts = { expired: 0, noShows: 0, completed: 0 }
  const centers = new Set<string>()
  await app.db.transaction().execute(async (trx) => {
    const { rows } = await sql<Due>`
      select b.id, b.status, b.starts_at, b.ends_at, b.center_id, c.booking_policy as center_policy, k.policy as kind_policy, r.booking_policy as room_policy
      from bookings b join rooms r on r.id = b.room_id join centers c on c.id = b.center_id
        left join room_kind_booking_policies k on k.center_id = r.center_id and k.kind = r.kind
      where (b.status = 'requested' and b.starts_at < ${new Date(now.getTime() + 7 * 24 * 60 * MIN)})
         or (b.status = 'approved' and b.starts_at <= ${now})
         or (b.status = 'checked_in' and b.ends_at <= ${now})
      order by b.starts_at limit 500
      for update of b skip locked`.execute(trx)
    for (const b of rows) {
      const policy = effectivePolicy(b.center_policy, b.kind_policy, b.room_policy)
      const system = { kind: 'system' as const, id: null }
      let to: BookingStatus | undefined
      if (b.status === 'requested' && b.starts_at.getTime() - policy.pendingExpiresMinutes * MIN <= now.getTime()) to = 'expired'
      else if (b.status === 'approved' && b.starts_at.getTime() + policy.noShowAfterMinutes * MIN <= now.getTime()) to = 'no_show'
      else if (b.status === 'checked_in' && b.ends_at <= now) to = 'completed'
      if (!to) continue
      await setStatus(trx, b.id, b.status, to, system, now)
      if (to !== 'completed') {
        await refreshBookingReservation(trx, b.id, policy.bufferMinutes)
        await noticeBooking(trx, b.id, to === 'expired' ? 'booking_expired' : 'booking_no_show', now)
      }
      counts[to === 'expired' ? 'expired' : to === 'no_show' ? 'noShows' : 'completed']++
      centers.add(b.center_id)
    }
  })
  for (const id of centers) app.realtime.centerChanged(id, 'schedule')
  return counts
}

/** Runs every minute, once across replicas; no external cron. */
export function scheduleBookingLifecycle(app: App, everyMs = 60_000) {
  defineJob(app, { name: 'advance-bookings', everyMs, run: () => advanceBookings(app) })
}
