import { sql } from 'kysely'
import type { BookingPolicyPatch } from '@linli/contracts'
import type { Database } from '../../db/database'
import { selectOccurrences } from '../activities/activities.repository'
import { selectBookings } from '../bookings/bookings.repository'
import type { ServiceRequestDetailRow } from '../service-requests/service-requests.repository'

/** The day as instants: its start and the start of the next day, in the center's zone. */
export interface Day { from: Date; to: Date }

export const findCenterForToday = (db: Database, centerId: string) =>
  db.selectFrom('centers').select(['id', 'name', 'time_zone', 'booking_policy']).where('id', '=', centerId).executeTakeFirst()

/** Published, not cancelled occurrences of the day that have not ended yet, earliest first. */
export const occurrencesLeftToday = (db: Database, centerId: string, day: Day, now: Date) =>
  selectOccurrences(db)
    .where('o.center_id', '=', centerId).where('o.starts_at', '<', day.to).where('o.ends_at', '>', now)
    .where('o.status', '!=', 'cancelled').where('a.status', '=', 'published')
    .orderBy('o.starts_at').orderBy('a.title').execute()

/** Seats taken, queue length and people checked in (walk-ins by their headcount) per occurrence. */
export async function rosterFigures(db: Database, occurrenceIds: string[]) {
  const figures = new Map<string, { seatsTaken: number; waitlisted: number; attendance: number }>()
  if (!occurrenceIds.length) return figures
  const rows = await db
    .selectFrom('occurrences as o').select('o.id')
    .select(sql<number>`(select count(*)::int from registrations r where r.occurrence_id = o.id and r.status in ('confirmed', 'offered'))`.as('seats_taken'))
    .select(sql<number>`(select count(*)::int from registrations r where r.occurrence_id = o.id and r.status = 'waitlisted')`.as('waitlisted'))
    .select(sql<number>`(select coalesce(sum(k.headcount), 0)::int from check_ins k where k.occurrence_id = o.id)`.as('attendance'))
    .where('o.id', 'in', occurrenceIds).execute()
  for (const r of rows) figures.set(r.id, { seatsTaken: r.seats_taken, waitlisted: r.waitlisted, attendance: r.attendance })
  return figures
}

/** Approved bookings of the day not over yet: the ones still to check in. */
export const bookingsToCheckIn = (db: Database, centerId: string, day: Day, now: Date) =>
  selectBookings(db)
    .where('b.center_id', '=', centerId).where('b.status', '=', 'approved').where('b.starts_at', '<', day.to).where('b.ends_at', '>', now)
    .orderBy('b.starts_at').limit(200).execute()

/** Each room's own booking rules and its kind's, to lay over the center's. */
export async function roomPolicies(db: Database, centerId: string): Promise<Map<string, { kind: BookingPolicyPatch; room: BookingPolicyPatch }>> {
  const rows = await db.selectFrom('rooms as r')
    .leftJoin('room_kind_booking_policies as k', (j) => j.onRef('k.center_id', '=', 'r.center_id').onRef('k.kind', '=', 'r.kind'))
    .select(['r.id', 'r.booking_policy', 'k.policy as kind_policy']).where('r.center_id', '=', centerId).execute()
  return new Map(rows.map((r) => [r.id, { kind: r.kind_policy ?? {}, room: r.booking_policy }]))
}

const OPEN_REQUESTS = ['registered', 'transferred'] as const

/** The service hall's open requests: how many, and the oldest `limit` of them. */
export async function openServiceRequests(db: Database, centerId: string, limit: number) {
  const open = db.selectFrom('service_requests as r').where('r.center_id', '=', centerId).where('r.status', 'in', OPEN_REQUESTS)
  const rows: ServiceRequestDetailRow[] = await open.innerJoin('centers as c', 'c.id', 'r.center_id').selectAll('r').select('c.time_zone')
    .orderBy('r.received_at').orderBy('r.id').limit(limit).execute()
  const { n } = await open.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  return { total: Number(n), rows }
}
