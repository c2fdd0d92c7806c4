import { sql } from 'kysely'
import { formatOffset } from '@linli/schedule'
import { type Booking, type BookingApprovalStep, type BookingStatus, HOLDING_STATUSES } from '@linli/contracts'
import type { Database } from '../../db/database'
import { conflict } from '../../plugins/errors'

export function selectBookings(db: Database) {
  return db
    .selectFrom('bookings as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('centers as c', 'c.id', 'b.center_id')
    .leftJoin('residents as p', 'p.id', 'b.resident_id')
    .leftJoin('residents as ab', 'ab.id', 'b.acted_by_resident_id')
    .leftJoin('organisations as o', 'o.id', 'b.organisation_id')
    .selectAll('b')
    .select(['o.name as organisation_name', 'r.name as room_name', 'c.name as center_name', 'c.time_zone', 'p.name as resident_name', 'p.phone as resident_phone', 'ab.name as acted_by_name'])
}

export type BookingDetailRow = Awaited<ReturnType<ReturnType<typeof selectBookings>['executeTakeFirstOrThrow']>>

export const toBooking = (b: BookingDetailRow): Booking => ({
  id: b.id, roomId: b.room_id, roomName: b.room_name, centerId: b.center_id, centerName: b.center_name,
  startsAt: formatOffset(b.starts_at, b.time_zone), endsAt: formatOffset(b.ends_at, b.time_zone), status: b.status, code: b.code,
  purpose: b.purpose, headcount: b.headcount, organisationName: b.organisation_name, organisationId: b.organisation_id, publishOrganisation: b.publish_organisation,
  bookerName: b.resident_name ?? b.walk_in_name ?? b.organisation_name ?? '', bookerPhone: b.resident_phone ?? b.walk_in_phone ?? '',
  residentId: b.resident_id, seriesId: b.series_id, rejectReason: b.reject_reason, lateCancellation: b.late_cancellation,
  checkedInAt: b.checked_in_at?.toISOString() ?? null, createdAt: b.created_at.toISOString(),
  actedByResidentId: b.acted_by_resident_id, actedByName: b.acted_by_name,
  approval: b.approval_steps && b.approval_step
    ? { step: b.approval_step, steps: b.approval_steps, dueAt: b.status === 'requested' && b.approval_due_at ? formatOffset(b.approval_due_at, b.time_zone) : null }
    : null,
})

export const findBooking = (db: Database, id: string) => selectBookings(db).where('b.id', '=', id).executeTakeFirst()

/** The booking a resident's code (核销) names, in any center: the caller says which center it must be. */
export const findBookingByCode = (db: Database, code: string) => selectBookings(db).where('b.code', '=', code).executeTakeFirst()

export interface NewBooking {
  roomId: string
  centerId: string
  residentId: string | null
  bookedByStaffId: string | null
  walkIn?: { name: string; phone: string }
  purpose: string
  headcount: number
  organisationId: string | null
  publishOrganisation: boolean
  startsAt: Date
  endsAt: Date
  status: BookingStatus
  seriesId: string | null
  /** The family proxy booking for residentId. */
  actedBy?: string | null
  /** A request's approval steps, the step it waits at and when that lapses (modules/approvals). */
  approval?: { steps: BookingApprovalStep[]; step: number; dueAt: Date } | null
}

const bookingValues = (b: NewBooking) => ({
  room_id: b.roomId, center_id: b.centerId, resident_id: b.residentId, booked_by_staff_id: b.bookedByStaffId,
  walk_in_name: b.walkIn?.name.trim() ?? null, walk_in_phone: b.walkIn?.phone ?? null, purpose: b.purpose.trim(),
  headcount: b.headcount, organisation_id: b.organisationId, publish_organisation: b.publishOrganisation,
  starts_at: b.startsAt, ends_at: b.endsAt, status: b.status, series_id: b.seriesId, acted_by_resident_id: b.actedBy ?? null,
  ...(b.approval && { approval_steps: JSON.stringify(b.approval.steps), approval_step: b.approval.step, approval_due_at: b.approval.dueAt }),
})

export function insertBooking(db: Database, b: NewBooking) {
  return db.insertInto('bookings').values(bookingValues(b)).returning('id').executeTakeFirstOrThrow()
}

/**
 * A new booking in one statement: the row, the first line of its history (from nothing to its
 * status) and, while its status holds the room, its reservation (its time plus the cleaning buffer),
 * where the exclusion constraint refuses an overlap (23P01). Returns the booking as findBooking reads it.
 */
export async function insertBookingWithHold(db: Database, b: NewBooking, actor: Actor, now: Date, bufferMinutes: number): Promise<BookingDetailRow> {
  const holds = HOLDING_STATUSES.includes(b.status)
  return db
    .with('b', (q) => q.insertInto('bookings').values(bookingValues(b)).returningAll())
    .with('e', (q) => q.insertInto('booking_events').values({
      booking_id: (eb) => eb.selectFrom('b').select('b.id'), at: now, actor_kind: actor.kind, actor_id: actor.id, from_status: null, to_status: b.status, note: null, approval_step: null,
    }))
    .with('h', (q) => q.insertInto('room_reservations').columns(['room_id', 'during', 'booking_id']).expression((eb) => eb.selectFrom('b')
      .select(['b.room_id', sql<string>`tstzrange(b.starts_at, b.ends_at + make_interval(mins => ${bufferMinutes}))`.as('during'), 'b.id'])
      .where(sql<boolean>`${holds}`)))
    .selectFrom('b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('centers as c', 'c.id', 'b.center_id')
    .leftJoin('residents as p', 'p.id', 'b.resident_id')
    .leftJoin('residents as ab', 'ab.id', 'b.acted_by_resident_id')
    .leftJoin('organisations as o', 'o.id', 'b.organisation_id')
    .selectAll('b')
    .select(['o.name as organisation_name', 'r.name as room_name', 'c.name as center_name', 'c.time_zone', 'p.name as resident_name', 'p.phone as resident_phone', 'ab.name as acted_by_name'])
    .executeTakeFirstOrThrow()
}

export interface Actor { kind: 'staff' | 'resident' | 'system'; id: string | null }

/** Changes a booking's status and records who did it, from what, to what. */
export async function setStatus(
  db: Database, id: string, from: BookingStatus | null, to: BookingStatus, actor: Actor, now: Date,
  extra: { rejectReason?: string | null; lateCancellation?: boolean; decided?: boolean; checkedIn?: boolean; note?: string; approvalStep?: number | null } = {},
) {
  if (from !== null) {
    const result = await db
      .updateTable('bookings')
      .set({
        status: to, updated_at: now,
        ...(extra.rejectReason !== undefined && { reject_reason: extra.rejectReason }),
        ...(extra.lateCancellation !== undefined && { late_cancellation: extra.lateCancellation }),
        ...(extra.decided && { decided_by: actor.id, decided_at: now }),
        ...(extra.checkedIn && { checked_in_at: now }),
        // Decided, withdrawn or lapsed: no step of it is due any more.
        ...(to !== 'requested' && { approval_due_at: null }),
      })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst()
    // Someone else (staff, the resident, the release timer) changed it first.
    if (result.numUpdatedRows === 0n) throw conflict('status_changed', 'The booking changed meanwhile; reload and try again')
  }
  await recordBookingEvent(db, id, now, actor, from, to, extra.note ?? null, extra.approvalStep ?? null)
}

/** One line of a booking's history: a status change, or (from = to = requested) a step of its approval passed or escalated. */
export async function recordBookingEvent(db: Database, id: string, now: Date, actor: Actor, from: BookingStatus | null, to: BookingStatus, note: string | null, approvalStep: number | null = null) {
  await db.insertInto('booking_events').values({ booking_id: id, at: now, actor_kind: actor.kind, actor_id: actor.id, from_status: from, to_status: to, note, approval_step: approvalStep }).execute()
}

/** Puts a booking still on (requested or approved) in another room at the same time: a closure's 改期. */
export async function moveBookingRoom(db: Database, id: string, roomId: string, now: Date) {
  const result = await db.updateTable('bookings').set({ room_id: roomId, updated_at: now })
    .where('id', '=', id).where('status', 'in', ['requested', 'approved']).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw conflict('status_changed', 'The booking changed meanwhile; reload and try again')
}

/** Keeps a booking's reservation (its time plus the cleaning buffer) in step with its status. */
export async function refreshBookingReservation(db: Database, bookingId: string, bufferMinutes: number) {
  await db.deleteFrom('room_reservations').where('booking_id', '=', bookingId).execute()
  await sql`
    insert into room_reservations (room_id, during, booking_id)
    select room_id, tstzrange(starts_at, ends_at + make_interval(mins => ${bufferMinutes})), id
    from bookings where id = ${bookingId} and status = any(${HOLDING_STATUSES}::text[])`.execute(db)
}

/** A resident's bookings that count against their quota in a center since `from` (and before `to`). */
export async function countResidentBookings(db: Database, residentId: string, centerId: string, range: { from: Date; to?: Date }) {
  let q = db
    .selectFrom('bookings')
    .select(db.fn.countAll<string>().as('n'))
    .where('resident_id', '=', residentId)
    .where('center_id', '=', centerId)
    .where('status', 'in', ['requested', 'approved', 'checked_in', 'completed', 'no_show'])
    .where('starts_at', '>=', range.from)
  if (range.to) q = q.where('starts_at', '<', range.to)
  return Number((await q.executeTakeFirstOrThrow()).n)
}

/** A resident's bookings in a center that still hold a room now or later. */
export async function countUpcomingHolding(db: Database, residentId: string, centerId: string, now: Date) {
  const row = await db
    .selectFrom('bookings').select(db.fn.countAll<string>().as('n'))
    .where('resident_id', '=', residentId).where('center_id', '=', centerId).where('status', 'in', HOLDING_STATUSES).where('ends_at', '>', now)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The resident's booking in a room that they have checked into and that has not ended yet. */
export function findCheckedInNow(db: Database, roomId: string, residentId: string, now: Date) {
  return db.selectFrom('bookings').select('checked_in_at').where('room_id', '=', roomId).where('resident_id', '=', residentId)
    .where('status', '=', 'checked_in').where('ends_at', '>', now).orderBy('starts_at').executeTakeFirst()
}

/** Locks due bookings so that, with several replicas, each is processed exactly once. */
export function lockDueBookings(db: Database, status: 'requested' | 'approved' | 'checked_in', before: Date, limit = 200) {
  return sql<{ id: string; starts_at: Date; ends_at: Date; center_id: string; room_id: string }>`
    select b.id, b.starts_at, b.ends_at, b.center_id, b.room_id from bookings b
    where b.status = ${status} and b.starts_at < ${before}
    order by b.starts_at limit ${limit} for update skip locked`.execute(db)
}

export function listResidentBookings(db: Database, residentId: string) {
  return selectBookings(db).where('b.resident_id', '=', residentId).orderBy('b.starts_at', 'desc').limit(200).execute()
}

/** `limit` is the list's page; an export asks for its own cap (list-exports). */
export function listBookings(db: Database, f: { centerId: string; status?: BookingStatus; roomId?: string; range?: { fromInstant: Date; toInstant: Date } }, limit = 500) {
  let q = selectBookings(db).where('b.center_id', '=', f.centerId)
  if (f.status) q = q.where('b.status', '=', f.status)
  if (f.roomId) q = q.where('b.room_id', '=', f.roomId)
  if (f.range) q = q.where('b.starts_at', '<', f.range.toInstant).where('b.ends_at', '>', f.range.fromInstant)
  return q.orderBy('b.starts_at').limit(limit).execute()
}
