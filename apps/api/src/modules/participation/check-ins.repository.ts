import type { CheckInMethod } from '@linli/contracts'
import type { Database } from '../../db/database'

export interface NewCheckIn {
  occurrenceId: string
  centerId: string
  residentId: string | null
  registrationId: string | null
  method: CheckInMethod
  headcount: number
  staffId: string | null
  now: Date
  /** The family proxy who checked residentId in. */
  actedBy?: string | null
}

export function insertCheckIn(db: Database, c: NewCheckIn) {
  return db.insertInto('check_ins').values({
    occurrence_id: c.occurrenceId, center_id: c.centerId, resident_id: c.residentId, registration_id: c.registrationId,
    method: c.method, headcount: c.headcount, checked_in_at: c.now, recorded_by_staff_id: c.staffId, acted_by_resident_id: c.actedBy ?? null,
  }).returning(['id', 'checked_in_at']).executeTakeFirstOrThrow()
}

export const isDuplicateCheckIn = (e: unknown) =>
  (e as { code?: string }).code === '23505' && (e as { constraint?: string }).constraint === 'check_ins_once'

export const findResidentCheckIn = (db: Database, occurrenceId: string, residentId: string) =>
  db.selectFrom('check_ins').select('id').where('occurrence_id', '=', occurrenceId).where('resident_id', '=', residentId).executeTakeFirst()

export const findCheckIn = (db: Database, id: string) =>
  db.selectFrom('check_ins').selectAll().where('id', '=', id).executeTakeFirst()

/** Everyone checked in to an occurrence, with names for the staff's roster. */
export const listOccurrenceCheckIns = (db: Database, occurrenceId: string) =>
  db.selectFrom('check_ins as k').leftJoin('residents as p', 'p.id', 'k.resident_id')
    .select(['k.id', 'k.resident_id', 'p.name as resident_name', 'k.method', 'k.headcount', 'k.checked_in_at'])
    .where('k.occurrence_id', '=', occurrenceId).orderBy('k.checked_in_at').orderBy('k.id').execute()

/**
 * Undoes a check-in. The volunteer service it recorded goes with it (the foreign key would only
 * unlink it, leaving hours for an attendance that no longer exists).
 */
export async function deleteCheckIn(db: Database, id: string) {
  await db.deleteFrom('volunteer_service').where('check_in_id', '=', id).execute()
  await db.deleteFrom('check_ins').where('id', '=', id).execute()
}
