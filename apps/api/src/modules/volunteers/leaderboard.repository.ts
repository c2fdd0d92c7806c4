import { sql } from 'kysely'
import type { Database } from '../../db/database'

/** How many members a lobby screen ranks: a screen has room for a top list, not a register. */
export const LEADERBOARD_SIZE = 20

/**
 * Consenting, active members of the center's active teams, by points. Selects the alias and
 * figures only: a registered name or phone never leaves the database on this path.
 */
export function leaderboardMembers(db: Database, centerId: string) {
  return db.selectFrom('volunteer_members as m')
    .innerJoin('volunteer_teams as t', 't.id', 'm.team_id')
    .select(['m.public_alias as alias', 't.name as team_name'])
    .select(sql<string>`(select coalesce(sum(s.points), 0) from volunteer_service s where s.member_id = m.id)`.as('points'))
    .where('m.center_id', '=', centerId).where('m.active', '=', true).where('t.active', '=', true)
    .where('m.leaderboard_consent', '=', true).where('m.public_alias', 'is not', null)
    .orderBy('points', 'desc').orderBy('m.public_alias').limit(LEADERBOARD_SIZE).execute()
}

/** The center's active teams with active members, hours and points, by points. */
export function leaderboardTeams(db: Database, centerId: string) {
  return db.selectFrom('volunteer_teams as t')
    .select('t.name')
    .select([
      sql<string>`(select count(*) from volunteer_members m where m.team_id = t.id and m.active)`.as('member_count'),
      sql<string>`(select coalesce(sum(s.minutes), 0) from volunteer_service s join volunteer_members m on m.id = s.member_id where m.team_id = t.id)`.as('minutes'),
      sql<string>`(select coalesce(sum(s.points), 0) from volunteer_service s join volunteer_members m on m.id = s.member_id where m.team_id = t.id)`.as('points'),
    ])
    .where('t.center_id', '=', centerId).where('t.active', '=', true)
    .orderBy('points', 'desc').orderBy('t.name').execute()
}

/** A resident's memberships in every center, with their totals. */
export function residentMemberships(db: Database, residentId: string) {
  return db.selectFrom('volunteer_members as m')
    .innerJoin('volunteer_teams as t', 't.id', 'm.team_id')
    .innerJoin('centers as c', 'c.id', 'm.center_id')
    .select(['m.id', 'm.team_id', 't.name as team_name', 'm.center_id', 'c.name as center_name', 'm.active', 't.active as team_active', 'm.public_alias', 'm.leaderboard_consent'])
    .select([
      sql<string>`(select coalesce(sum(s.minutes), 0) from volunteer_service s where s.member_id = m.id)`.as('total_minutes'),
      sql<string>`(select coalesce(sum(s.points), 0) from volunteer_service s where s.member_id = m.id)`.as('total_points'),
    ])
    .where('m.resident_id', '=', residentId).orderBy('m.joined_at').execute()
}

export function residentRecentService(db: Database, residentId: string, limit: number) {
  return db.selectFrom('volunteer_service as s')
    .innerJoin('volunteer_members as m', 'm.id', 's.member_id')
    .innerJoin('volunteer_teams as t', 't.id', 'm.team_id')
    .innerJoin('centers as c', 'c.id', 's.center_id')
    .leftJoin('occurrences as o', 'o.id', 's.occurrence_id')
    .leftJoin('activities as a', 'a.id', 'o.activity_id')
    .select(['t.name as team_name', 'a.title as activity_title', 's.served_at', 's.minutes', 's.points', 'c.time_zone'])
    .where('m.resident_id', '=', residentId).orderBy('s.served_at', 'desc').limit(limit).execute()
}
