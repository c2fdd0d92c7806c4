import { withParticipation } from '../participation/occurrence-history'
import { formatOffset } from '@linli/schedule'
import type { Activity, ActivityCreate, Occurrence } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { ActivityRow } from '../../db/schema'

/** PostgreSQL prints a wall clock as '2026-12-11 09:00:00'; the API speaks '2026-12-11T09:00'. */
export const toLocal = (value: string) => value.slice(0, 16).replace(' ', 'T')

export type ActivityFields = Required<Omit<ActivityCreate, 'roomId' | 'location'>> & Pick<ActivityCreate, 'roomId' | 'location'>

const activityValues = (a: ActivityFields) => ({
  title: a.title.trim(),
  description: a.description.trim(),
  category: a.category,
  audiences: a.audiences,
  organiser_kind: a.organiserKind,
  organiser_name: a.organiserName.trim(),
  room_id: a.roomId,
  location: a.location?.trim() || null,
  starts_local: a.startsLocal,
  ends_local: a.endsLocal,
  rrule: a.rrule,
  exdates: a.exdates,
  status: a.status,
  capacity: a.capacity,
  kiosk_visible: a.kioskVisible,
  staff_notes: a.staffNotes,
})

export function insertActivity(db: Database, centerId: string, a: ActivityFields, extra: { createdBy: string | null; splitFromId?: string | null; materializedUntil: Date | null }) {
  return db
    .insertInto('activities')
    .values({ center_id: centerId, ...activityValues(a), created_by: extra.createdBy, split_from_id: extra.splitFromId ?? null, materialized_until: extra.materializedUntil })
    .returning('id')
    .executeTakeFirstOrThrow()
}

export async function updateActivityRow(db: Database, id: string, a: ActivityFields, materializedUntil: Date | null, now: Date) {
  await db.updateTable('activities').set({ ...activityValues(a), materialized_until: materializedUntil, updated_at: now }).where('id', '=', id).execute()
}

export function findActivityRow(db: Database, id: string) {
  return db
    .selectFrom('activities')
    .innerJoin('centers', 'centers.id', 'activities.center_id')
    .leftJoin('rooms', 'rooms.id', 'activities.room_id')
    .selectAll('activities')
    .select(['centers.time_zone', 'rooms.name as room_name'])
    .where('activities.id', '=', id)
    .executeTakeFirst()
}

export type ActivityDetailRow = NonNullable<Awaited<ReturnType<typeof findActivityRow>>>

/** The fields of a stored activity, in the shape create and update take. */
export const activityFields = (r: ActivityRow): ActivityFields => ({
  title: r.title,
  description: r.description,
  category: r.category,
  audiences: r.audiences,
  organiserKind: r.organiser_kind,
  organiserName: r.organiser_name,
  roomId: r.room_id,
  location: r.location,
  startsLocal: toLocal(r.starts_local),
  endsLocal: toLocal(r.ends_local),
  rrule: r.rrule,
  exdates: r.exdates,
  status: r.status,
  capacity: r.capacity,
  kioskVisible: r.kiosk_visible,
  staffNotes: r.staff_notes,
})

export const toActivity = (r: ActivityDetailRow): Activity => ({
  id: r.id,
  centerId: r.center_id,
  timeZone: r.time_zone,
  ...activityFields(r),
  location: r.location,
  roomName: r.room_name,
  splitFromId: r.split_from_id,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
})

export async function deleteActivityRow(db: Database, id: string) {
  await db.deleteFrom('activities').where('id', '=', id).execute()
}

export function listActivityOccurrences(db: Database, activityId: string) {
  return db.selectFrom('occurrences').selectAll().where('activity_id', '=', activityId).orderBy('starts_at').execute()
}

export interface NewOccurrence {
  recurrenceLocal: string
  startsAt: Date
  endsAt: Date
  roomId: string | null
  /** Set when a date could not get its room (extending an open-ended series past a booking). */
  status?: 'cancelled'
}

export async function insertOccurrences(db: Database, activityId: string, centerId: string, items: NewOccurrence[]) {
  for (let i = 0; i < items.length; i += 500) {
    await db
      .insertInto('occurrences')
      .values(items.slice(i, i + 500).map((o) => ({
        activity_id: activityId, center_id: centerId, room_id: o.roomId,
        recurrence_local: o.recurrenceLocal, starts_at: o.startsAt, ends_at: o.endsAt,
        ...(o.status && { status: o.status, overridden: true }),
      })))
      .execute()
  }
}

export async function updateOccurrenceRow(
  db: Database, id: string,
  changes: { recurrenceLocal?: string; startsAt?: Date; endsAt?: Date; roomId?: string | null; status?: 'scheduled' | 'cancelled'; overridden?: boolean },
  now: Date,
) {
  await db
    .updateTable('occurrences')
    .set({
      ...(changes.recurrenceLocal !== undefined && { recurrence_local: changes.recurrenceLocal }),
      ...(changes.startsAt && { starts_at: changes.startsAt }),
      ...(changes.endsAt && { ends_at: changes.endsAt }),
      ...(changes.roomId !== undefined && { room_id: changes.roomId }),
      ...(changes.status && { status: changes.status }),
      ...(changes.overridden !== undefined && { overridden: changes.overridden }),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
}

async function deleteOccurrences(db: Database, ids: string[]) {
  if (ids.length) await db.deleteFrom('occurrences').where('id', 'in', ids).execute()
}

/**
 * Takes dates out of a series. Dates nobody signed up for or attended go; the others stay as history:
 * past ones as they happened, future ones cancelled (their residents see the cancellation).
 */
export async function retireOccurrences(db: Database, ids: string[], now: Date) {
  const kept = await withParticipation(db, ids)
  await deleteOccurrences(db, ids.filter((id) => !kept.has(id)))
  if (!kept.size) return
  await db.updateTable('occurrences').set({ overridden: true, updated_at: now }).where('id', 'in', [...kept]).execute()
  await db.updateTable('occurrences').set({ status: 'cancelled' }).where('id', 'in', [...kept]).where('ends_at', '>', now).execute()
}

/** Occurrences with what staff need to see about their activity, in one query. */
export function selectOccurrences(db: Database) {
  return db
    .selectFrom('occurrences as o')
    .innerJoin('activities as a', 'a.id', 'o.activity_id')
    .innerJoin('centers as c', 'c.id', 'o.center_id')
    .leftJoin('rooms as r', 'r.id', 'o.room_id')
    .select([
      'o.id', 'o.activity_id', 'o.center_id', 'o.room_id', 'o.recurrence_local', 'o.starts_at', 'o.ends_at', 'o.status',
      'o.overridden', 'a.title', 'a.description', 'a.category', 'a.audiences', 'a.organiser_name', 'a.location',
      'a.status as activity_status', 'a.capacity', 'a.kiosk_visible', 'a.rrule', 'c.time_zone', 'r.name as room_name',
    ])
}

export type OccurrenceDetailRow = Awaited<ReturnType<ReturnType<typeof selectOccurrences>['executeTakeFirstOrThrow']>>

export const toOccurrence = (o: OccurrenceDetailRow): Occurrence => ({
  id: o.id,
  activityId: o.activity_id,
  centerId: o.center_id,
  title: o.title,
  category: o.category,
  audiences: o.audiences,
  organiserName: o.organiser_name,
  roomId: o.room_id,
  roomName: o.room_name,
  location: o.location,
  startsAt: formatOffset(o.starts_at, o.time_zone),
  endsAt: formatOffset(o.ends_at, o.time_zone),
  recurrenceLocal: toLocal(o.recurrence_local),
  status: o.status,
  activityStatus: o.activity_status,
  overridden: o.overridden,
  recurring: o.rrule !== null,
  capacity: o.capacity,
  kioskVisible: o.kiosk_visible,
})

export function findOccurrence(db: Database, id: string) {
  return selectOccurrences(db).where('o.id', '=', id).executeTakeFirst()
}

/** Open-ended series whose materialized occurrences end before `before`. */
export function listActivitiesToExtend(db: Database, before: Date) {
  return db
    .selectFrom('activities')
    .innerJoin('centers', 'centers.id', 'activities.center_id')
    .selectAll('activities')
    .select('centers.time_zone')
    .where('activities.materialized_until', '<', before)
    .where('activities.status', '<>', 'cancelled')
    .execute()
}

export async function setMaterializedUntil(db: Database, id: string, until: Date) {
  await db.updateTable('activities').set({ materialized_until: until }).where('id', '=', id).execute()
}
