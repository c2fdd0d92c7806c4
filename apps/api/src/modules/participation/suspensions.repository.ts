import { sql } from 'kysely'
import type { Database } from '../../db/database'

export interface NewSuspension { centerId: string; residentId: string; startsAt: Date; endsAt: Date; noShows: number; windowDays: number }

export async function insertSuspension(db: Database, s: NewSuspension) {
  return db.insertInto('suspensions').values({
    center_id: s.centerId, resident_id: s.residentId, starts_at: s.startsAt, ends_at: s.endsAt, no_shows: s.noShows, window_days: s.windowDays,
  }).returning('id').executeTakeFirstOrThrow()
}

/** The suspension in force for a resident at a center now, if any. */
export const activeSuspension = (db: Database, residentId: string, centerId: string, now: Date) =>
  db.selectFrom('suspensions').selectAll().where('resident_id', '=', residentId).where('center_id', '=', centerId)
    .where('lifted_at', 'is', null).where('starts_at', '<=', now).where('ends_at', '>', now)
    .orderBy('ends_at', 'desc').limit(1).executeTakeFirst()

/** When the resident's latest suspension at the center began: no-shows up to then are answered for. */
export async function lastSuspensionStart(db: Database, residentId: string, centerId: string): Promise<Date | null> {
  const row = await db.selectFrom('suspensions').select((eb) => eb.fn.max('starts_at').as('at'))
    .where('resident_id', '=', residentId).where('center_id', '=', centerId).executeTakeFirst()
  return row?.at ? new Date(row.at) : null
}

const selectSuspensions = (db: Database) =>
  db.selectFrom('suspensions as s').innerJoin('residents as r', 'r.id', 's.resident_id').innerJoin('centers as c', 'c.id', 's.center_id')
    .leftJoin('staff as f', 'f.id', 's.lifted_by_staff_id')
    .selectAll('s').select(['r.name as resident_name', 'r.phone as resident_phone', 'c.name as center_name', 'c.time_zone', 'f.display_name as lifted_by_name'])

export type SuspensionRow = Awaited<ReturnType<ReturnType<typeof selectSuspensions>['executeTakeFirstOrThrow']>>

export const findSuspension = (db: Database, id: string) => selectSuspensions(db).where('s.id', '=', id).executeTakeFirst()

/** A center's suspensions, newest first; `activeAt` keeps those in force at that moment. */
export function listSuspensions(db: Database, centerId: string, activeAt?: Date) {
  let q = selectSuspensions(db).where('s.center_id', '=', centerId)
  if (activeAt) q = q.where('s.lifted_at', 'is', null).where('s.starts_at', '<=', activeAt).where('s.ends_at', '>', activeAt)
  return q.orderBy('s.starts_at', 'desc').limit(500).execute()
}

/** Every suspension in force for a resident, at any center. */
export const residentSuspensions = (db: Database, residentId: string, now: Date) =>
  selectSuspensions(db).where('s.resident_id', '=', residentId).where('s.lifted_at', 'is', null)
    .where('s.starts_at', '<=', now).where('s.ends_at', '>', now).orderBy('s.ends_at').execute()

/** Lifts it unless already lifted; true when this call lifted it. */
export async function liftSuspension(db: Database, id: string, staffId: string, now: Date) {
  const r = await db.updateTable('suspensions').set({ lifted_at: now, lifted_by_staff_id: staffId })
    .where('id', '=', id).where('lifted_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

/** Centers whose participation rules turn the no-show rule on. */
export async function centersWithNoShowRule(db: Database) {
  const rows = await db.selectFrom('centers').select('id').where(sql<boolean>`participation_policy->>'noShowLimit' is not null`).execute()
  return rows.map((r) => r.id)
}
