import { sql } from 'kysely'
import type { VolunteerTeam, VolunteerTeamCreate, VolunteerTeamUpdate } from '@linli/contracts'
import type { Database } from '../../db/database'

/** Teams with their active members and all service their members have given. */
const selectTeams = (db: Database) =>
  db.selectFrom('volunteer_teams as t').selectAll('t').select([
    sql<string>`(select count(*) from volunteer_members m where m.team_id = t.id and m.active)`.as('member_count'),
    sql<string>`(select coalesce(sum(s.minutes), 0) from volunteer_service s join volunteer_members m on m.id = s.member_id where m.team_id = t.id)`.as('total_minutes'),
    sql<string>`(select coalesce(sum(s.points), 0) from volunteer_service s join volunteer_members m on m.id = s.member_id where m.team_id = t.id)`.as('total_points'),
  ])

export type TeamDetailRow = Awaited<ReturnType<ReturnType<typeof selectTeams>['executeTakeFirstOrThrow']>>

export const toTeam = (t: TeamDetailRow): VolunteerTeam => ({
  id: t.id, centerId: t.center_id, name: t.name, description: t.description, active: t.active,
  memberCount: Number(t.member_count), totalMinutes: Number(t.total_minutes), totalPoints: Number(t.total_points),
  createdAt: t.created_at.toISOString(),
})

/** Active teams first, then by name. */
export const listTeams = (db: Database, centerId: string) =>
  selectTeams(db).where('t.center_id', '=', centerId).orderBy('t.active', 'desc').orderBy('t.name').execute()

export const findTeam = (db: Database, id: string) => selectTeams(db).where('t.id', '=', id).executeTakeFirst()

export async function insertTeam(db: Database, centerId: string, input: VolunteerTeamCreate) {
  const row = await db.insertInto('volunteer_teams')
    .values({ center_id: centerId, name: input.name.trim(), description: input.description?.trim() ?? '' })
    .returning('id').executeTakeFirstOrThrow()
  return (await findTeam(db, row.id))!
}

export async function updateTeam(db: Database, id: string, input: VolunteerTeamUpdate, now: Date) {
  await db.updateTable('volunteer_teams').set({
    updated_at: now,
    ...(input.name !== undefined && { name: input.name.trim() }),
    ...(input.description !== undefined && { description: input.description.trim() }),
    ...(input.active !== undefined && { active: input.active }),
  }).where('id', '=', id).execute()
  return findTeam(db, id)
}
