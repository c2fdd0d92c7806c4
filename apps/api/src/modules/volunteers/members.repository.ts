import { sql } from 'kysely'
import type { ParticipationPolicy, VolunteerMember } from '@linli/contracts'
import type { Database } from '../../db/database'
import { starsFor } from '../participation/policy'

/** Memberships with who they are (staff only) and the service given under each. */
const selectMembers = (db: Database) =>
  db.selectFrom('volunteer_members as m')
    .innerJoin('volunteer_teams as t', 't.id', 'm.team_id')
    .innerJoin('residents as p', 'p.id', 'm.resident_id')
    .selectAll('m')
    .select(['t.name as team_name', 'p.name as resident_name', 'p.phone as resident_phone'])
    .select([
      sql<string>`(select coalesce(sum(s.minutes), 0) from volunteer_service s where s.member_id = m.id)`.as('total_minutes'),
      sql<string>`(select coalesce(sum(s.points), 0) from volunteer_service s where s.member_id = m.id)`.as('total_points'),
    ])

export type MemberDetailRow = Awaited<ReturnType<ReturnType<typeof selectMembers>['executeTakeFirstOrThrow']>>

export const toMember = (m: MemberDetailRow, policy: ParticipationPolicy): VolunteerMember => ({
  id: m.id, teamId: m.team_id, teamName: m.team_name, centerId: m.center_id, residentId: m.resident_id,
  name: m.resident_name, phone: m.resident_phone, publicAlias: m.public_alias, leaderboardConsent: m.leaderboard_consent,
  active: m.active, totalMinutes: Number(m.total_minutes), totalPoints: Number(m.total_points),
  stars: starsFor(Number(m.total_points), policy), joinedAt: m.joined_at.toISOString(),
})

export interface MemberFilter { centerId: string; teamId?: string; includeInactive: boolean }

export function listMembers(db: Database, f: MemberFilter) {
  let q = selectMembers(db).where('m.center_id', '=', f.centerId)
  if (f.teamId) q = q.where('m.team_id', '=', f.teamId)
  if (!f.includeInactive) q = q.where('m.active', '=', true)
  return q.orderBy('t.name').orderBy('p.name').orderBy('m.joined_at').execute()
}

export const findMember = (db: Database, id: string) => selectMembers(db).where('m.id', '=', id).executeTakeFirst()

export const findMembership = (db: Database, teamId: string, residentId: string) =>
  db.selectFrom('volunteer_members').select(['id', 'active']).where('team_id', '=', teamId).where('resident_id', '=', residentId).executeTakeFirst()

export interface NewMember { teamId: string; centerId: string; residentId: string; publicAlias: string | null; leaderboardConsent: boolean }

export async function insertMember(db: Database, m: NewMember) {
  const row = await db.insertInto('volunteer_members').values({
    team_id: m.teamId, center_id: m.centerId, resident_id: m.residentId, public_alias: m.publicAlias, leaderboard_consent: m.leaderboardConsent,
  }).returning('id').executeTakeFirstOrThrow()
  return (await findMember(db, row.id))!
}

export async function updateMember(db: Database, id: string, changes: { publicAlias: string | null; leaderboardConsent: boolean; active: boolean }) {
  await db.updateTable('volunteer_members')
    .set({ public_alias: changes.publicAlias, leaderboard_consent: changes.leaderboardConsent, active: changes.active })
    .where('id', '=', id).execute()
  return findMember(db, id)
}
