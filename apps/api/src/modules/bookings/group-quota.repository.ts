import { sql } from 'kysely'
import type { Database } from '../../db/database'

/** The statuses that use up a quota: what countResidentBookings counts for one resident. */
const COUNTED = ['requested', 'approved', 'checked_in', 'completed', 'no_show'] as const

/**
 * A resident's booking takes its locks in one statement, in the fixed order room, resident,
 * household (the one they are in, when it has a weekly quota), organisation (when it has one): the
 * order lockRooms and lockQuotaKey keep, so no two bookings wait for each other in a circle. The
 * counts must come in a later statement, whose snapshot sees what the lock holders committed.
 */
export async function lockForResidentBooking(trx: Database, roomId: string, residentId: string, organisationId: string | null) {
  await sql`
    select pg_advisory_xact_lock(hashtext(k)) from unnest(array[
      ${`linli:room:${roomId}`}::text,
      ${`linli:resident:${residentId}`}::text,
      (select 'linli:household:' || h.id from household_members m join households h on h.id = m.household_id
        where m.resident_id = ${residentId} and h.weekly_quota is not null limit 1),
      (select 'linli:organisation:' || o.id from organisations o where o.id = ${organisationId}::uuid and o.weekly_quota is not null)
    ]) with ordinality as t(k, n)
    where k is not null order by n`.execute(trx)
}

export interface BookingQuotaCounts {
  booked_in_week: number
  upcoming: number
  household_id: string | null
  household_name: string | null
  household_quota: number | null
  household_booked: number
  organisation_id: string | null
  organisation_name: string | null
  organisation_quota: number | null
  organisation_booked: number
}

/**
 * Everything a resident's booking is counted against, in one statement under the locks above: the
 * resident's bookings in the week of [from, to) and still to come (countResidentBookings and
 * countUpcomingHolding), the household's and the organisation's in that week when they have a quota.
 */
export async function countBookingQuotas(
  trx: Database, q: { residentId: string; centerId: string; organisationId: string | null; from: Date; to: Date; now: Date; holding: readonly string[] },
): Promise<BookingQuotaCounts> {
  const { rows } = await sql<BookingQuotaCounts>`
    select
      (select count(*) from bookings where resident_id = ${q.residentId} and center_id = ${q.centerId} and status = any(${COUNTED}::text[])
        and starts_at >= ${q.from}::timestamptz and starts_at < ${q.to}::timestamptz)::int as booked_in_week,
      (select count(*) from bookings where resident_id = ${q.residentId} and center_id = ${q.centerId} and status = any(${q.holding}::text[])
        and ends_at > ${q.now}::timestamptz)::int as upcoming,
      h.id as household_id, h.name as household_name, h.weekly_quota as household_quota,
      coalesce((select count(*) from bookings where h.id is not null
        and resident_id in (select resident_id from household_members where household_id = h.id)
        and center_id = ${q.centerId} and status = any(${COUNTED}::text[]) and starts_at >= ${q.from}::timestamptz and starts_at < ${q.to}::timestamptz), 0)::int as household_booked,
      o.id as organisation_id, o.name as organisation_name, o.weekly_quota as organisation_quota,
      coalesce((select count(*) from bookings where o.id is not null and organisation_id = o.id and status = any(${COUNTED}::text[])
        and starts_at >= ${q.from}::timestamptz and starts_at < ${q.to}::timestamptz), 0)::int as organisation_booked
    from (select 1) as one
    left join lateral (select h.id, h.name, h.weekly_quota from household_members m join households h on h.id = m.household_id
      where m.resident_id = ${q.residentId} and h.weekly_quota is not null limit 1) h on true
    left join organisations o on o.id = ${q.organisationId}::uuid and o.weekly_quota is not null`.execute(trx)
  return rows[0]!
}
