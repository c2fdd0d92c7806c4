import { sql } from 'kysely'
import type { NotificationKind } from '@linli/contracts'
import type { Database } from '../../db/database'

/** Registrations with what a notice about them says: the activity, its date, the center's zone. */
function selectRegistrationFacts(db: Database) {
  return db.selectFrom('registrations as g')
    .innerJoin('occurrences as o', 'o.id', 'g.occurrence_id')
    .innerJoin('activities as a', 'a.id', 'g.activity_id')
    .innerJoin('centers as c', 'c.id', 'g.center_id')
    .select([
      'g.id', 'g.resident_id', 'g.center_id', 'g.occurrence_id', 'g.offer_expires_at', 'a.title', 'o.starts_at', 'c.time_zone',
      'o.status as occurrence_status', 'a.status as activity_status',
    ])
}

export type RegistrationFacts = Awaited<ReturnType<typeof registrationFacts>>[number]

export const registrationFacts = (db: Database, ids: string[]) =>
  ids.length ? selectRegistrationFacts(db).where('g.id', 'in', ids).execute() : Promise.resolve([])

/** Everyone still on the list (seat, held seat or queue) of dates that are now called off and not over. */
export const registrationsOnCalledOffDates = (db: Database, occurrenceIds: string[], now: Date) =>
  occurrenceIds.length
    ? selectRegistrationFacts(db)
      .where('g.occurrence_id', 'in', occurrenceIds)
      .where('g.status', 'in', ['confirmed', 'offered', 'waitlisted'])
      .where((eb) => eb.or([eb('o.status', '=', 'cancelled'), eb('a.status', '=', 'cancelled')]))
      .where('o.ends_at', '>', now)
      .execute()
    : Promise.resolve([])

/** A booking with the room's name and the center's zone; walk-ins and organisations have no resident to tell. */
export const bookingFacts = (db: Database, id: string) =>
  db.selectFrom('bookings as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('centers as c', 'c.id', 'b.center_id')
    .select(['b.id', 'b.resident_id', 'b.center_id', 'b.starts_at', 'b.ends_at', 'b.reject_reason', 'b.approval_steps', 'b.approval_due_at', 'r.name as room_name', 'c.time_zone'])
    .where('b.id', '=', id)
    .executeTakeFirst()

const LIVE = ['confirmed', 'offered', 'waitlisted'] as const

/** Registrations still on the list of a date that is on and not over, with the date's end. */
export const liveRegistrationFacts = (db: Database, ids: string[], now: Date) =>
  ids.length
    ? selectRegistrationFacts(db).select(['g.status', 'o.ends_at'])
      .where('g.id', 'in', ids).where('g.status', 'in', LIVE).where('o.status', '=', 'scheduled').where('a.status', '<>', 'cancelled')
      .where('o.ends_at', '>', now)
      .execute()
    : Promise.resolve([])

/** When each live sign-up of these dates starts: compared after a change, it shows who was moved. */
export async function registrationStarts(db: Database, occurrenceIds: string[]): Promise<Map<string, Date>> {
  if (!occurrenceIds.length) return new Map()
  const rows = await db.selectFrom('registrations as g').innerJoin('occurrences as o', 'o.id', 'g.occurrence_id')
    .select(['g.id', 'o.starts_at']).where('g.occurrence_id', 'in', occurrenceIds).where('g.status', 'in', LIVE).execute()
  return new Map(rows.map((r) => [r.id, r.starts_at]))
}

export const centerFacts = (db: Database, ids: string[]) =>
  ids.length ? db.selectFrom('centers').select(['id', 'name', 'time_zone']).where('id', 'in', ids).execute() : Promise.resolve([])

/** Residents with a booking or a sign-up at a center that is still live somewhere between two instants. */
export async function residentsExpectedAt(db: Database, centerId: string, from: Date, until: Date): Promise<string[]> {
  const rows = await db.selectFrom('bookings').select('resident_id as id')
    .where('center_id', '=', centerId).where('resident_id', 'is not', null).where('status', 'in', ['requested', 'approved', 'checked_in'])
    .where('starts_at', '<', until).where('ends_at', '>', from)
    .union(db.selectFrom('registrations as g').innerJoin('occurrences as o', 'o.id', 'g.occurrence_id').innerJoin('activities as a', 'a.id', 'g.activity_id')
      .select('g.resident_id as id')
      .where('g.center_id', '=', centerId).where('g.status', 'in', LIVE).where('o.status', '=', 'scheduled').where('a.status', '<>', 'cancelled')
      .where('o.starts_at', '<', until).where('o.ends_at', '>', from))
    .execute()
  return rows.map((r) => r.id!)
}

/** When the resident was told of a thing (the notice of `kind` keyed by its id): a reminder due before that is noise. */
const toldAt = (kind: NotificationKind, resident: string, id: string) => sql<Date | null>`(select max(n.created_at) from notifications n
  where n.resident_id = ${sql.ref(resident)} and n.kind = ${kind} and n.dedupe_key = ${sql.ref(id)}::text)`

/** No settings row means reminders are on. */
const remindersOn = (resident: string) =>
  sql<boolean>`not exists (select 1 from resident_notification_settings s where s.resident_id = ${sql.ref(resident)} and not s.reminders)`

/** Approved bookings of residents who take reminders, starting in (now, until], with the center's rules. */
export const bookingsToRemind = (db: Database, now: Date, until: Date) =>
  db.selectFrom('bookings as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('centers as c', 'c.id', 'b.center_id')
    .select(['b.id', 'b.resident_id', 'b.center_id', 'b.starts_at', 'b.ends_at', 'r.name as room_name', 'c.time_zone', 'c.participation_policy'])
    .select(toldAt('booking_approved', 'b.resident_id', 'b.id').as('told_at'))
    .where('b.status', '=', 'approved').where('b.resident_id', 'is not', null)
    .where('b.starts_at', '>', now).where('b.starts_at', '<=', until)
    .where(remindersOn('b.resident_id'))
    .execute()

/** Confirmed seats of residents who take reminders, on dates that are on and start in (now, until]. */
export const seatsToRemind = (db: Database, now: Date, until: Date) =>
  selectRegistrationFacts(db)
    .select(['c.participation_policy', toldAt('signup_confirmed', 'g.resident_id', 'g.id').as('told_at')])
    .where('g.status', '=', 'confirmed').where('o.status', '=', 'scheduled').where('a.status', '<>', 'cancelled')
    .where('o.starts_at', '>', now).where('o.starts_at', '<=', until)
    .where(remindersOn('g.resident_id'))
    .execute()

/** Seats held for a resident whose hold runs out in (now, until], on dates that are on. */
export const offersToWarn = (db: Database, now: Date, until: Date) =>
  selectRegistrationFacts(db)
    .select(toldAt('seat_offered', 'g.resident_id', 'g.id').as('told_at'))
    .where('g.status', '=', 'offered').where('o.status', '=', 'scheduled').where('a.status', '<>', 'cancelled')
    .where('g.offer_expires_at', '>', now).where('g.offer_expires_at', '<=', until)
    .execute()

export interface EventKey { residentId: string; kind: NotificationKind; dedupeKey: string }
export const eventKey = (e: EventKey) => `${e.residentId} ${e.kind} ${e.dedupeKey}`

/** Which of these events are recorded already, as eventKey strings. */
export async function recordedEvents(db: Database, events: EventKey[]): Promise<Set<string>> {
  if (!events.length) return new Set()
  const rows = await db.selectFrom('notifications').select(['resident_id', 'kind', 'dedupe_key'])
    .where('kind', 'in', [...new Set(events.map((e) => e.kind))]).where('dedupe_key', 'in', [...new Set(events.map((e) => e.dedupeKey))])
    .execute()
  return new Set(rows.map((r) => eventKey({ residentId: r.resident_id, kind: r.kind, dedupeKey: r.dedupe_key })))
}

/**
 * Of these bookings, the ones still approved, held until the caller's transaction ends so a
 * cancellation waits for the reminder's commit; one being changed right now is left to the next scan.
 */
export async function holdApprovedBookings(trx: Database, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const rows = await trx.selectFrom('bookings').select('id').where('id', 'in', ids).where('status', '=', 'approved').forShare().skipLocked().execute()
  return new Set(rows.map((r) => r.id))
}

/** Like holdApprovedBookings, for registrations still in `status` on dates that are on. */
export async function holdRegistrations(trx: Database, ids: string[], status: 'confirmed' | 'offered'): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const rows = await trx.selectFrom('registrations as g')
    .innerJoin('occurrences as o', 'o.id', 'g.occurrence_id').innerJoin('activities as a', 'a.id', 'g.activity_id')
    .select('g.id').where('g.id', 'in', ids).where('g.status', '=', status).where('o.status', '=', 'scheduled').where('a.status', '<>', 'cancelled')
    .forShare('g').skipLocked().execute()
  return new Set(rows.map((r) => r.id))
}
