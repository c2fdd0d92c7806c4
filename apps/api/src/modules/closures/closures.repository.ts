import { sql } from 'kysely'
import type { Database } from '../../db/database'

const NIL = '00000000-0000-0000-0000-000000000000'

export interface ClosureRow {
  id: string
  center_id: string
  room_id: string | null
  room_name: string | null
  starts_at: Date
  ends_at: Date
  all_day: boolean
  reason: string
  time_zone: string
}

const closureQuery = (db: Database) =>
  db.selectFrom('closures as k')
    .innerJoin('centers as c', 'c.id', 'k.center_id')
    .leftJoin('rooms as r', 'r.id', 'k.room_id')
    .select(['k.id', 'k.center_id', 'k.room_id', 'r.name as room_name', 'k.starts_at', 'k.ends_at', 'k.all_day', 'k.reason', 'c.time_zone'])

/** A center's closures that have not ended by `after`, earliest first. */
export const listClosures = (db: Database, centerId: string, after: Date): Promise<ClosureRow[]> =>
  closureQuery(db).where('k.center_id', '=', centerId).where('k.ends_at', '>', after).orderBy('k.starts_at').orderBy('k.id').execute()

export const findClosure = (db: Database, id: string): Promise<ClosureRow | undefined> =>
  closureQuery(db).where('k.id', '=', id).executeTakeFirst()

/**
 * The closures that shut a room (or, roomId null, the whole center) for some of [from, to): the
 * center's own and, for a room, the room's. Earliest first.
 */
export const closuresCovering = (db: Database, centerId: string, roomId: string | null, from: Date, to: Date): Promise<ClosureRow[]> =>
  closureQuery(db)
    .where('k.center_id', '=', centerId)
    .where((eb) => (roomId ? eb.or([eb('k.room_id', 'is', null), eb('k.room_id', '=', roomId)]) : eb('k.room_id', 'is', null)))
    .where('k.starts_at', '<', to).where('k.ends_at', '>', from)
    .orderBy('k.starts_at').execute()

/** Closures of single rooms of the center overlapping [from, to). */
export const closuresOfRooms = (db: Database, centerId: string, from: Date, to: Date): Promise<ClosureRow[]> =>
  closureQuery(db).where('k.center_id', '=', centerId).where('k.room_id', 'is not', null)
    .where('k.starts_at', '<', to).where('k.ends_at', '>', from).orderBy('k.starts_at').execute()

/** What the public schedule tells of a center's closures: the rows, and the holiday settings to work out the holidays it follows. */
export interface PublicClosureFacts {
  calendar: { followsNationalHolidays: boolean; openOn: Set<string> }
  closures: { room_id: string | null; room_name: string | null; starts_at: Date; ends_at: Date; all_day: boolean; reason: string }[]
}

/** The columns `publicClosureColumns` selects, as the driver returns them. */
export interface PublicClosureColumns {
  follows: boolean | null
  open_on: string[]
  closures: { room_id: string | null; room_name: string | null; starts_at: string; ends_at: string; all_day: boolean; reason: string }[]
}

/**
 * The select list of what the public schedule needs (a part of a larger select, so the schedule
 * reads it in the same round trip as the rest): the closures overlapping [from, to) (the center's and,
 * with roomId, that room's; without, every room's too), whether the center follows national holidays
 * and the holidays it keeps open.
 */
export const publicClosureColumns = (centerId: string, roomId: string | null, from: Date, to: Date) => sql<PublicClosureColumns>`
  (select s.follows_national_holidays from center_holiday_settings s where s.center_id = ${centerId}) as follows,
  (select coalesce(json_agg(e.date::text), '[]'::json) from center_holiday_exceptions e where e.center_id = ${centerId}) as open_on,
  (select coalesce(json_agg(json_build_object(
      'room_id', k.room_id, 'room_name', r.name, 'starts_at', k.starts_at, 'ends_at', k.ends_at, 'all_day', k.all_day, 'reason', k.reason
    ) order by k.starts_at), '[]'::json)
    from closures k left join rooms r on r.id = k.room_id
    where k.center_id = ${centerId} and k.starts_at < ${to} and k.ends_at > ${from}
      and (${roomId}::uuid is null or k.room_id is null or k.room_id = ${roomId}::uuid)) as closures`

export const publicClosureFactsOf = (row: PublicClosureColumns): PublicClosureFacts => ({
  calendar: { followsNationalHolidays: row.follows ?? false, openOn: new Set(row.follows ? row.open_on : []) },
  closures: row.closures.map((c) => ({ ...c, starts_at: new Date(c.starts_at), ends_at: new Date(c.ends_at) })),
})

/** `publicClosureColumns` on their own, in one round trip. */
export async function publicClosureFacts(db: Database, centerId: string, roomId: string | null, from: Date, to: Date): Promise<PublicClosureFacts> {
  const { rows } = await sql<PublicClosureColumns>`select ${publicClosureColumns(centerId, roomId, from, to)}`.execute(db)
  return publicClosureFactsOf(rows[0]!)
}

/** A closure of exactly this scope (the center, or this room) overlapping [from, to): what closures_no_overlap refuses. */
export const overlappingSameScope = (db: Database, centerId: string, roomId: string | null, from: Date, to: Date) =>
  closureQuery(db)
    .where('k.center_id', '=', centerId)
    .where(sql<boolean>`coalesce(k.room_id, ${NIL}::uuid) = ${roomId ?? NIL}::uuid`)
    .where('k.starts_at', '<', to).where('k.ends_at', '>', from)
    .executeTakeFirst()

export async function insertClosure(db: Database, c: {
  centerId: string; roomId: string | null; startsAt: Date; endsAt: Date; allDay: boolean; reason: string; staffId: string; now: Date
}) {
  return db.insertInto('closures').values({
    center_id: c.centerId, room_id: c.roomId, starts_at: c.startsAt, ends_at: c.endsAt, all_day: c.allDay,
    reason: c.reason, created_by_staff_id: c.staffId, created_at: c.now,
  }).returning('id').executeTakeFirstOrThrow()
}

export const deleteClosure = (db: Database, id: string) => db.deleteFrom('closures').where('id', '=', id).executeTakeFirst()

/** Bookings still on (requested or approved) in [from, to) in the room, or anywhere in the center. */
export const bookingsCovered = (db: Database, centerId: string, roomId: string | null, from: Date, to: Date) =>
  db.selectFrom('bookings as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .leftJoin('residents as p', 'p.id', 'b.resident_id')
    .leftJoin('organisations as og', 'og.id', 'b.organisation_id')
    .select(['b.id', 'r.name as room_name', 'b.starts_at', 'b.ends_at', 'b.status', 'b.purpose', 'og.name as organisation_name', 'b.walk_in_name', 'p.name as resident_name'])
    .where('b.center_id', '=', centerId)
    .$if(roomId !== null, (q) => q.where('b.room_id', '=', roomId!))
    .where('b.status', 'in', ['requested', 'approved'])
    .where('b.starts_at', '<', to).where('b.ends_at', '>', from)
    .orderBy('b.starts_at').execute()

/** Scheduled activity dates in [from, to) in the room, or anywhere in the center, with how many signed up. */
export const datesCovered = (db: Database, centerId: string, roomId: string | null, from: Date, to: Date) =>
  db.selectFrom('occurrences as o')
    .innerJoin('activities as a', 'a.id', 'o.activity_id')
    .leftJoin('rooms as r', 'r.id', 'o.room_id')
    .select((eb) => [
      'o.id', 'o.activity_id', 'a.title', 'r.name as room_name', 'o.starts_at', 'o.ends_at',
      eb.selectFrom('registrations as g').whereRef('g.occurrence_id', '=', 'o.id').where('g.status', 'in', ['confirmed', 'waitlisted', 'offered'])
        .select(sql<number>`count(*)::int`.as('n')).as('signed_up'),
    ])
    .where('o.center_id', '=', centerId)
    .$if(roomId !== null, (q) => q.where('o.room_id', '=', roomId!))
    .where('o.status', '=', 'scheduled').where('a.status', '<>', 'cancelled')
    .where('o.starts_at', '<', to).where('o.ends_at', '>', from)
    .orderBy('o.starts_at').execute()

export async function followsNationalHolidays(db: Database, centerId: string): Promise<boolean> {
  const row = await db.selectFrom('center_holiday_settings').select('follows_national_holidays').where('center_id', '=', centerId).executeTakeFirst()
  return row?.follows_national_holidays ?? false
}

export const setFollowsNationalHolidays = (db: Database, centerId: string, follows: boolean, now: Date) =>
  db.insertInto('center_holiday_settings').values({ center_id: centerId, follows_national_holidays: follows, updated_at: now })
    .onConflict((oc) => oc.column('center_id').doUpdateSet({ follows_national_holidays: follows, updated_at: now })).execute()

/** The holidays on which the center stays open anyway, as 'YYYY-MM-DD'. */
export async function holidayExceptions(db: Database, centerId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('center_holiday_exceptions').select(sql<string>`date::text`.as('date')).where('center_id', '=', centerId).execute()
  return new Set(rows.map((r) => r.date))
}

export const addHolidayException = (db: Database, centerId: string, date: string, staffId: string, now: Date) =>
  db.insertInto('center_holiday_exceptions').values({ center_id: centerId, date, created_by_staff_id: staffId, created_at: now })
    .onConflict((oc) => oc.columns(['center_id', 'date']).doNothing()).executeTakeFirst()

export const removeHolidayException = (db: Database, centerId: string, date: string) =>
  db.deleteFrom('center_holiday_exceptions').where('center_id', '=', centerId).where('date', '=', date).executeTakeFirst()
