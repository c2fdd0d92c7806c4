import { type Insertable, type Updateable, sql } from 'kysely'
import type { Database } from '../../db/database'
import type { JointMeetingProblemsTable, JointMeetingsTable } from '../../db/schema-co-building-lists'
import { ownedBy } from '../co-building-lists/lists.repository'
import type { OwnerRef } from '../co-building-lists/owner.repository'

const ownerName = sql<string>`coalesce((select c.name from centers c where c.id = t.center_id), (select g.name from regions g where g.id = t.region_id))`
const selectMeetings = (db: Database) => db.selectFrom('joint_meetings as t').selectAll('t').select(ownerName.as('owner_name'))
export type MeetingRow = Awaited<ReturnType<ReturnType<typeof selectMeetings>['executeTakeFirstOrThrow']>>

export const findMeeting = (db: Database, id: string) => selectMeetings(db).where('t.id', '=', id).executeTakeFirst()

/** A center's meetings, or a region's subtree's (its regions' and centers'), latest first, with their counts. */
export const listMeetings = (db: Database, owner: OwnerRef, limit: number) =>
  selectMeetings(db).where(ownedBy(db, owner)).select([
    sql<string>`(select count(*) from joint_meeting_attendees a where a.meeting_id = t.id)`.as('attendees'),
    sql<string>`(select count(*) from joint_meeting_problems p where p.meeting_id = t.id)`.as('problems'),
    sql<string>`(select count(*) from joint_meeting_problems p where p.meeting_id = t.id and p.status = 'solved')`.as('solved'),
  ]).orderBy('t.starts_at', 'desc').orderBy('t.id').limit(limit).execute()

export const listAttendees = (db: Database, meetingId: string) =>
  db.selectFrom('joint_meeting_attendees as a').innerJoin('co_building_units as u', 'u.id', 'a.unit_id')
    .select(['u.id', 'u.name']).where('a.meeting_id', '=', meetingId).orderBy(sql`u.name collate "C"`).execute()

const selectProblems = (db: Database) => db.selectFrom('joint_meeting_problems as p')
  .leftJoin('co_building_units as u', 'u.id', 'p.assigned_unit_id').leftJoin('centers as c', 'c.id', 'p.assigned_center_id')
  .select(['p.id', 'p.meeting_id', 'p.description', 'p.status', 'p.assigned_unit_id', 'p.assigned_center_id', 'p.owner', 'p.resolution', 'p.created_at'])
  .select([sql<string | null>`p.solved_on::text`.as('solved_on'), sql<string | null>`coalesce(u.name, c.name)`.as('assignee_name')])
export type ProblemRow = Awaited<ReturnType<ReturnType<typeof selectProblems>['executeTakeFirstOrThrow']>>

export const listProblems = (db: Database, meetingId: string) =>
  selectProblems(db).where('p.meeting_id', '=', meetingId).orderBy('p.seq').execute()
export const findProblem = (db: Database, meetingId: string, problemId: string) =>
  selectProblems(db).where('p.meeting_id', '=', meetingId).where('p.id', '=', problemId).executeTakeFirst()

export async function insertMeeting(trx: Database, values: Insertable<JointMeetingsTable>, unitIds: readonly string[]) {
  const id = (await trx.insertInto('joint_meetings').values(values).returning('id').executeTakeFirstOrThrow()).id
  await setAttendees(trx, id, unitIds)
  return id
}

export async function updateMeeting(trx: Database, id: string, changes: Updateable<JointMeetingsTable>) {
  await trx.updateTable('joint_meetings').set(changes).where('id', '=', id).execute()
}

/** Replaces who attended. */
export async function setAttendees(trx: Database, meetingId: string, unitIds: readonly string[]) {
  await trx.deleteFrom('joint_meeting_attendees').where('meeting_id', '=', meetingId).execute()
  if (unitIds.length) await trx.insertInto('joint_meeting_attendees').values(unitIds.map((unit_id) => ({ meeting_id: meetingId, unit_id }))).execute()
}

export const deleteMeeting = (db: Database, id: string) => db.deleteFrom('joint_meetings').where('id', '=', id).execute()

export async function insertProblem(db: Database, values: Insertable<JointMeetingProblemsTable>) {
  await db.insertInto('joint_meeting_problems').values(values).execute()
}

/** Moves a problem on only if it is still in one of `from` (one statement: two people cannot both). */
export async function changeProblem(db: Database, id: string, from: string[], changes: Updateable<JointMeetingProblemsTable>) {
  const r = await db.updateTable('joint_meeting_problems').set(changes).where('id', '=', id).where('status', 'in', from as never[]).executeTakeFirst()
  return r.numUpdatedRows > 0n
}
