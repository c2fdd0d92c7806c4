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
    .select(['b.id', 'b.resident_id', 'b.center_id', 'b.starts_at', 'b.ends_at', 'b.reject_reason', 'r.name as room_name', 'c.time_zone'])
    .where('b.id', '=', id)
    .executeTakeFirst()
