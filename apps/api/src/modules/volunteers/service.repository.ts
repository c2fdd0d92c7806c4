import { formatOffset } from '@linli/schedule'
import type { VolunteerService } from '@linli/contracts'
import type { Database } from '../../db/database'

const selectService = (db: Database) =>
  db.selectFrom('volunteer_service as s')
    .innerJoin('volunteer_members as m', 'm.id', 's.member_id')
    .innerJoin('volunteer_teams as t', 't.id', 'm.team_id')
    .innerJoin('residents as p', 'p.id', 'm.resident_id')
    .innerJoin('centers as c', 'c.id', 's.center_id')
    .leftJoin('occurrences as o', 'o.id', 's.occurrence_id')
    .leftJoin('activities as a', 'a.id', 'o.activity_id')
    .selectAll('s')
    .select(['p.name as member_name', 't.name as team_name', 'a.title as activity_title', 'c.time_zone'])

export type ServiceDetailRow = Awaited<ReturnType<ReturnType<typeof selectService>['executeTakeFirstOrThrow']>>

export const toService = (s: ServiceDetailRow): VolunteerService => ({
  id: s.id, memberId: s.member_id, memberName: s.member_name, teamName: s.team_name, occurrenceId: s.occurrence_id,
  activityTitle: s.activity_title, servedAt: formatOffset(s.served_at, s.time_zone), minutes: s.minutes, points: s.points,
  note: s.note, fromCheckIn: s.check_in_id !== null,
})

export const findService = (db: Database, id: string) => selectService(db).where('s.id', '=', id).executeTakeFirst()

export interface ServiceFilter { centerId: string; fromInstant: Date; toInstant: Date; memberId?: string }

/** Newest first. */
export function listService(db: Database, f: ServiceFilter) {
  let q = selectService(db).where('s.center_id', '=', f.centerId).where('s.served_at', '>=', f.fromInstant).where('s.served_at', '<', f.toInstant)
  if (f.memberId) q = q.where('s.member_id', '=', f.memberId)
  return q.orderBy('s.served_at', 'desc').orderBy('s.created_at', 'desc').execute()
}

export interface NewService {
  memberId: string
  centerId: string
  occurrenceId: string | null
  servedAt: Date
  minutes: number
  points: number
  note: string
  staffId: string
}

export async function insertService(db: Database, s: NewService) {
  const row = await db.insertInto('volunteer_service').values({
    member_id: s.memberId, center_id: s.centerId, occurrence_id: s.occurrenceId, served_at: s.servedAt,
    minutes: s.minutes, points: s.points, note: s.note, recorded_by_staff_id: s.staffId,
  }).returning('id').executeTakeFirstOrThrow()
  return (await findService(db, row.id))!
}

export async function deleteService(db: Database, id: string) {
  await db.deleteFrom('volunteer_service').where('id', '=', id).execute()
}

/** The occurrence's center, to check that service is recorded against the same center's activity. */
export const occurrenceCenter = (db: Database, occurrenceId: string) =>
  db.selectFrom('occurrences').select('center_id').where('id', '=', occurrenceId).executeTakeFirst()
