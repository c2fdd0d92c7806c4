import { sql } from 'kysely'
import type { Database } from '../../db/database'
import { subtreeQuery } from '../regions/regions.repository'

/** Whose figures: some centers, or the subtrees of some regions (their regions' and their centers' rows). */
export type JointTarget = { centerIds: readonly string[] } | { regionIds: readonly string[] }
/** Local days, both inclusive; each row is read in its own zone (a meeting's, a project's owner's). */
export interface JointPeriod { from: string; to: string }

function owned(db: Database, target: JointTarget, alias: string) {
  const t = sql.ref(alias)
  if ('centerIds' in target) return target.centerIds.length ? sql<boolean>`${t}.center_id in (${sql.join([...target.centerIds])})` : sql<boolean>`false`
  if (!target.regionIds.length) return sql<boolean>`false`
  const regions = sql`select s.id from (${sql.join(target.regionIds.map((id) => subtreeQuery(db, id)), sql` union `)}) s`
  return sql<boolean>`(${t}.region_id in (${regions}) or ${t}.center_id in (select c.id from centers c where c.region_id in (${regions})))`
}

/**
 * Joint meetings (联席会议) for the region report: meetings held in the period (by their local day),
 * the problems raised at them, and problems solved in the period (by their solved day, whenever raised).
 */
export async function countJointMeetings(db: Database, target: JointTarget, period: JointPeriod) {
  const { rows } = await sql<{ held: string; raised: string; solved: string }>`
    select
      (select count(*) from joint_meetings m where ${owned(db, target, 'm')}
        and (m.starts_at at time zone m.time_zone)::date between ${period.from}::date and ${period.to}::date) as held,
      (select count(*) from joint_meeting_problems p join joint_meetings m on m.id = p.meeting_id where ${owned(db, target, 'm')}
        and (m.starts_at at time zone m.time_zone)::date between ${period.from}::date and ${period.to}::date) as raised,
      (select count(*) from joint_meeting_problems p join joint_meetings m on m.id = p.meeting_id where ${owned(db, target, 'm')}
        and p.status = 'solved' and p.solved_on between ${period.from}::date and ${period.to}::date) as solved`.execute(db)
  const r = rows[0]!
  return { held: Number(r.held), problemsRaised: Number(r.raised), problemsSolved: Number(r.solved) }
}

/** Joint services (联合服务): co-building projects completed in the period, and those started in it. */
export async function countJointServices(db: Database, target: JointTarget, period: JointPeriod) {
  const { rows } = await sql<{ completed: string; started: string }>`
    select
      (select count(*) from co_building_projects p where ${owned(db, target, 'p')}
        and p.completed_on between ${period.from}::date and ${period.to}::date) as completed,
      (select count(*) from co_building_projects p where ${owned(db, target, 'p')}
        and p.started_on between ${period.from}::date and ${period.to}::date) as started`.execute(db)
  const r = rows[0]!
  return { projectsCompleted: Number(r.completed), projectsStarted: Number(r.started) }
}
