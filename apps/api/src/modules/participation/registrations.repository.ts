import { sql } from 'kysely'
import { formatOffset } from '@linli/schedule'
import type { Registration, RegistrationStatus, RosterEntry } from '@linli/contracts'
import type { Database } from '../../db/database'
import { conflict } from '../../plugins/errors'

/** The queue order, everywhere: who asked first (the app's clock), then who committed first. */
const QUEUE_ORDER = sql`(q.queued_at, q.created_at, q.id) <= (g.queued_at, g.created_at, g.id)`

/** Registrations with their occurrence, activity and resident, and the place in the queue while waitlisted. */
function selectRegistrations(db: Database) {
  return db
    .selectFrom('registrations as g')
    .innerJoin('occurrences as o', 'o.id', 'g.occurrence_id')
    .innerJoin('activities as a', 'a.id', 'g.activity_id')
    .innerJoin('centers as c', 'c.id', 'g.center_id')
    .innerJoin('residents as p', 'p.id', 'g.resident_id')
    .leftJoin('residents as ab', 'ab.id', 'g.acted_by_resident_id')
    .leftJoin('rooms as m', 'm.id', 'o.room_id')
    .leftJoin('check_ins as k', (join) => join.onRef('k.occurrence_id', '=', 'g.occurrence_id').onRef('k.resident_id', '=', 'g.resident_id'))
    .selectAll('g')
    .select([
      'a.title', 'a.category', 'a.location', 'a.status as activity_status', 'o.status as occurrence_status', 'o.starts_at',
      'o.ends_at', 'c.time_zone', 'm.name as room_name', 'k.checked_in_at', 'p.name as resident_name', 'p.phone as resident_phone',
      'ab.name as acted_by_name',
    ])
    .select(sql<number | null>`case when g.status = 'waitlisted' then (select count(*)::int from registrations q
      where q.occurrence_id = g.occurrence_id and q.status = 'waitlisted' and ${QUEUE_ORDER}) end`.as('waitlist_position'))
}

export type RegistrationDetailRow = Awaited<ReturnType<ReturnType<typeof selectRegistrations>['executeTakeFirstOrThrow']>>

export const toRegistration = (r: RegistrationDetailRow): Registration => ({
  id: r.id, occurrenceId: r.occurrence_id, activityId: r.activity_id, centerId: r.center_id, title: r.title, category: r.category,
  roomName: r.room_name, location: r.location, startsAt: formatOffset(r.starts_at, r.time_zone), endsAt: formatOffset(r.ends_at, r.time_zone),
  status: r.status, occurrenceStatus: r.activity_status === 'cancelled' ? 'cancelled' : r.occurrence_status,
  waitlistPosition: r.waitlist_position, offerExpiresAt: r.offer_expires_at && formatOffset(r.offer_expires_at, r.time_zone),
  lateCancellation: r.late_cancellation, checkedInAt: r.checked_in_at?.toISOString() ?? null, createdAt: r.created_at.toISOString(),
  actedByResidentId: r.acted_by_resident_id, actedByName: r.acted_by_name,
})

export const toRosterEntry = (r: RegistrationDetailRow): RosterEntry => ({
  ...toRegistration(r), residentId: r.resident_id, residentName: r.resident_name, residentPhone: r.resident_phone, source: r.source,
})

export const findRegistration = (db: Database, id: string) => selectRegistrations(db).where('g.id', '=', id).executeTakeFirst()

export const listRegistrationsByIds = (db: Database, ids: string[]) =>
  ids.length ? selectRegistrations(db).where('g.id', 'in', ids).orderBy('o.starts_at').execute() : Promise.resolve([])

/** A resident's registrations, the latest occurrences first. */
export const listResidentRegistrations = (db: Database, residentId: string) =>
  selectRegistrations(db).where('g.resident_id', '=', residentId).orderBy('o.starts_at', 'desc').orderBy('g.created_at', 'desc').limit(200).execute()

/** Everyone on an occurrence's list: seats first, then the queue in order, then cancelled and expired. */
export const listOccurrenceRegistrations = (db: Database, occurrenceId: string) =>
  selectRegistrations(db).where('g.occurrence_id', '=', occurrenceId)
    .orderBy(sql`case g.status when 'confirmed' then 0 when 'offered' then 1 when 'waitlisted' then 2 else 3 end`)
    .orderBy('g.queued_at').orderBy('g.created_at').orderBy('g.id').execute()

/**
 * Locks occurrences (in a fixed order) before their registrations change: every writer takes the
 * occurrence first, so sign-ups, cancellations and the offer timer queue up instead of deadlocking.
 */
export async function lockOccurrences(db: Database, ids: string[]) {
  if (ids.length) await db.selectFrom('occurrences').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute()
}

/** Like lockOccurrences for one, but gives up (false) when another process holds it. */
export async function tryLockOccurrence(db: Database, id: string) {
  return (await db.selectFrom('occurrences').select('id').where('id', '=', id).forUpdate().skipLocked().executeTakeFirst()) !== undefined
}

/** An occurrence's capacity and how it is used, read inside the writer's transaction. */
export async function seatState(db: Database, occurrenceId: string) {
  return db
    .selectFrom('occurrences as o').innerJoin('activities as a', 'a.id', 'o.activity_id')
    .select(['o.id', 'o.starts_at', 'o.ends_at', 'o.status', 'a.status as activity_status', 'a.capacity'])
    .select(sql<number>`(select count(*)::int from registrations r where r.occurrence_id = o.id and r.status in ('confirmed', 'offered'))`.as('seats_taken'))
    .select(sql<number>`(select count(*)::int from registrations r where r.occurrence_id = o.id and r.status = 'waitlisted')`.as('waitlisted'))
    .where('o.id', '=', occurrenceId)
    .executeTakeFirstOrThrow()
}

/** Seats taken and queue length per occurrence, for lists. */
export async function seatCounts(db: Database, occurrenceIds: string[]) {
  const counts = new Map<string, { seatsTaken: number; waitlisted: number }>()
  if (!occurrenceIds.length) return counts
  const rows = await db
    .selectFrom('registrations').select('occurrence_id')
    .select(sql<number>`count(*) filter (where status in ('confirmed', 'offered'))::int`.as('seats_taken'))
    .select(sql<number>`count(*) filter (where status = 'waitlisted')::int`.as('waitlisted'))
    .where('occurrence_id', 'in', occurrenceIds).groupBy('occurrence_id').execute()
  for (const r of rows) counts.set(r.occurrence_id, { seatsTaken: r.seats_taken, waitlisted: r.waitlisted })
  return counts
}

/** A resident's live registrations (holding a seat or queued) among some occurrences. */
export function liveRegistrations(db: Database, residentId: string, occurrenceIds: string[]) {
  return db.selectFrom('registrations').select(['id', 'occurrence_id', 'status'])
    .where('resident_id', '=', residentId).where('occurrence_id', 'in', occurrenceIds)
    .where('status', 'in', ['confirmed', 'offered', 'waitlisted']).execute()
}

/** Runs a statement that may fail (a full occurrence) without aborting the surrounding transaction. */
export async function withSavepoint<T>(db: Database, write: () => Promise<T>): Promise<T> {
  await sql`savepoint participation_write`.execute(db)
  try {
    const result = await write()
    await sql`release savepoint participation_write`.execute(db)
    return result
  } catch (e) {
    await sql`rollback to savepoint participation_write`.execute(db)
    throw e
  }
}

export const isCapacityViolation = (e: unknown) =>
  (e as { code?: string }).code === '23514' && (e as { constraint?: string }).constraint === 'registrations_capacity'

export interface NewRegistration {
  occurrenceId: string
  activityId: string
  centerId: string
  residentId: string
  status: 'confirmed' | 'waitlisted'
  source: 'resident' | 'staff'
  staffId: string | null
  now: Date
  /** The family proxy signing residentId up. */
  actedBy?: string | null
}

export async function insertRegistration(db: Database, r: NewRegistration) {
  const row = await db.insertInto('registrations').values({
    occurrence_id: r.occurrenceId, activity_id: r.activityId, center_id: r.centerId, resident_id: r.residentId, status: r.status,
    queued_at: r.now, source: r.source, created_by_staff_id: r.staffId, acted_by_resident_id: r.actedBy ?? null,
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Moves a registration on, but only from the status the caller saw: a concurrent change is a 409. */
export async function setRegistrationStatus(
  db: Database, id: string, from: RegistrationStatus, to: RegistrationStatus, now: Date,
  extra: { offerExpiresAt?: Date; lateCancellation?: boolean } = {},
) {
  const result = await db.updateTable('registrations')
    .set({
      status: to, updated_at: now, offer_expires_at: to === 'offered' ? extra.offerExpiresAt! : null,
      ...(extra.lateCancellation !== undefined && { late_cancellation: extra.lateCancellation }),
    })
    .where('id', '=', id).where('status', '=', from).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw conflict('status_changed', 'This registration changed meanwhile; reload and try again')
}

/** The first `limit` residents in an occurrence's queue. */
export const nextWaitlisted = (db: Database, occurrenceId: string, limit: number) =>
  db.selectFrom('registrations').select('id').where('occurrence_id', '=', occurrenceId).where('status', '=', 'waitlisted')
    .orderBy('queued_at').orderBy('created_at').orderBy('id').limit(limit).execute()

/** Offers whose hold has run out, in one occurrence. */
export const dueOffers = (db: Database, occurrenceId: string, now: Date) =>
  db.selectFrom('registrations').select('id').where('occurrence_id', '=', occurrenceId).where('status', '=', 'offered')
    .where('offer_expires_at', '<=', now).execute()

/** Residents still queued for an occurrence that has started: their places lapse. */
export const lapsedQueue = (db: Database, occurrenceId: string) =>
  db.selectFrom('registrations').select('id').where('occurrence_id', '=', occurrenceId).where('status', '=', 'waitlisted').execute()

/**
 * Occurrences the offer timer has work in: an offer has expired; seats are free while residents
 * wait (staff raised the capacity, or an offer lapsed when nobody was queued); or the occurrence
 * has started with residents still queued. Driven by the (small) sets of offered and queued rows.
 */
export async function occurrencesWithOfferWork(db: Database, now: Date, limit = 200) {
  const { rows } = await sql<{ id: string }>`
    select o.id from occurrences o join activities a on a.id = o.activity_id
    where o.id in (select occurrence_id from registrations where status = 'offered' and offer_expires_at <= ${now}
                   union select occurrence_id from registrations where status = 'waitlisted')
      and (o.starts_at <= ${now}
        or exists (select 1 from registrations r where r.occurrence_id = o.id and r.status = 'offered' and r.offer_expires_at <= ${now})
        or (o.status = 'scheduled' and a.status <> 'cancelled' and (a.capacity is null
            or a.capacity > (select count(*) from registrations r where r.occurrence_id = o.id and r.status in ('confirmed', 'offered')))))
    order by o.starts_at limit ${limit}`.execute(db)
  return rows.map((r) => r.id)
}
