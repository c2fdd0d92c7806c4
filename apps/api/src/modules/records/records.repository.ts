import { type Insertable, type Updateable, sql } from 'kysely'
import type { ActivityRecordsTable } from '../../db/schema-records'
import type { Database } from '../../db/database'
import type { RecordStatus } from '@linli/contracts'

/** Records with their center, activity date (and its check-ins), consenting staff member and views. */
function selectRecords(db: Database) {
  return db
    .selectFrom('activity_records as r')
    .innerJoin('centers as c', 'c.id', 'r.center_id')
    .leftJoin('occurrences as o', 'o.id', 'r.occurrence_id')
    .leftJoin('activities as a', 'a.id', 'o.activity_id')
    .leftJoin('staff as s', 's.id', 'r.consent_by')
    .selectAll('r')
    .select([
      'c.name as center_name', 'c.time_zone', 'o.activity_id', 'o.starts_at', 'o.ends_at', 'a.title as activity_title',
      's.display_name as consent_by_name',
      sql<string>`(select coalesce(sum(k.headcount), 0) from check_ins k where k.occurrence_id = r.occurrence_id)`.as('checked_in'),
      sql<string>`(select coalesce(sum(v.views), 0) from record_view_days v where v.record_id = r.id)`.as('views'),
    ])
}

export type RecordRow = Awaited<ReturnType<ReturnType<typeof selectRecords>['executeTakeFirstOrThrow']>>

export const findRecord = (db: Database, id: string) => selectRecords(db).where('r.id', '=', id).executeTakeFirst()

/** A center's records for staff, latest change first, optionally in one status. */
export function listCenterRecords(db: Database, centerId: string, status?: RecordStatus) {
  let q = selectRecords(db).where('r.center_id', '=', centerId)
  if (status) q = q.where('r.status', '=', status)
  return q.orderBy('r.updated_at', 'desc').orderBy('r.id').execute()
}

/** A center's published records, latest published first. */
export const listPublishedRecords = (db: Database, centerId: string, limit: number) =>
  selectRecords(db).where('r.center_id', '=', centerId).where('r.status', '=', 'published')
    .orderBy('r.published_at', 'desc').orderBy('r.id').limit(limit).execute()

export const findPublishedRecord = (db: Database, centerId: string, id: string) =>
  selectRecords(db).where('r.id', '=', id).where('r.center_id', '=', centerId).where('r.status', '=', 'published').executeTakeFirst()

/** The photos of some records, in their order. */
export function listPhotos(db: Database, recordIds: readonly string[]) {
  if (!recordIds.length) return Promise.resolve([])
  return db.selectFrom('record_photos').select(['id', 'record_id', 'width', 'height'])
    .where('record_id', 'in', recordIds).orderBy('record_id').orderBy('position').execute()
}

export const photoIdsOf = async (db: Database, recordId: string) =>
  (await db.selectFrom('record_photos').select('id').where('record_id', '=', recordId).execute()).map((p) => p.id)

export const countPhotos = async (db: Database, recordId: string) => Number((await db.selectFrom('record_photos')
  .select((eb) => eb.fn.countAll<string>().as('n')).where('record_id', '=', recordId).executeTakeFirstOrThrow()).n)

/** The row locked for a change, in the caller's transaction: two editors are taken in turn. */
export const lockRecord = (trx: Database, id: string) =>
  trx.selectFrom('activity_records').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()

export async function insertRecord(trx: Database, values: Insertable<ActivityRecordsTable>) {
  return (await trx.insertInto('activity_records').values(values).returning('id').executeTakeFirstOrThrow()).id
}

export async function updateRecord(trx: Database, id: string, changes: Updateable<ActivityRecordsTable>) {
  await trx.updateTable('activity_records').set(changes).where('id', '=', id).execute()
}

export async function deleteRecord(trx: Database, id: string) {
  await trx.deleteFrom('activity_records').where('id', '=', id).execute()
}

/** Adds a photo after the record's last one. */
export async function insertPhoto(trx: Database, p: { id: string; recordId: string; width: number; height: number; createdAt: Date }) {
  await trx.insertInto('record_photos').values({
    id: p.id, record_id: p.recordId, width: p.width, height: p.height, created_at: p.createdAt,
    position: sql<number>`(select coalesce(max(position) + 1, 0) from record_photos where record_id = ${p.recordId})`,
  }).execute()
}

export async function deletePhoto(trx: Database, recordId: string, photoId: string) {
  return (await trx.deleteFrom('record_photos').where('id', '=', photoId).where('record_id', '=', recordId).executeTakeFirst()).numDeletedRows > 0n
}

/** Whose photo this is: its record's center and status decide who may see it. */
export const findPhotoOwner = (db: Database, photoId: string) =>
  db.selectFrom('record_photos as p').innerJoin('activity_records as r', 'r.id', 'p.record_id')
    .select(['p.id', 'r.id as record_id', 'r.center_id', 'r.status']).where('p.id', '=', photoId).executeTakeFirst()

export const findOccurrenceCenter = async (db: Database, occurrenceId: string) =>
  (await db.selectFrom('occurrences').select('center_id').where('id', '=', occurrenceId).executeTakeFirst())?.center_id

export const findCenterZone = (db: Database, centerId: string) =>
  db.selectFrom('centers').select(['id', 'time_zone']).where('id', '=', centerId).executeTakeFirst()

/** A published record's id and its center's time zone (its views count by the center's day). */
export const findPublishedZone = (db: Database, id: string) =>
  db.selectFrom('activity_records as r').innerJoin('centers as c', 'c.id', 'r.center_id')
    .select(['r.id', 'c.time_zone']).where('r.id', '=', id).where('r.status', '=', 'published').executeTakeFirst()
