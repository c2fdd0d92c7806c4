import { sql } from 'kysely'
import type { AssessmentCenterScore, SchemeIndicator } from '@linli/contracts'
import type { Database } from '../../db/database'

// The assessment's own tables: a region's scheme, its closed quarters and their frozen scores.

export const findScheme = async (db: Database, regionId: string): Promise<SchemeIndicator[]> =>
  (await db.selectFrom('assessment_indicators').select(['indicator', 'weight', 'target'])
    .where('region_id', '=', regionId).orderBy('position').execute())
    .map((r) => ({ indicator: r.indicator, weight: r.weight, target: Number(r.target) }))

/** Replaces the region's scheme as a whole (the caller's transaction). */
export async function replaceScheme(trx: Database, regionId: string, indicators: readonly SchemeIndicator[]) {
  await trx.deleteFrom('assessment_indicators').where('region_id', '=', regionId).execute()
  await trx.insertInto('assessment_indicators')
    .values(indicators.map((i, position) => ({ region_id: regionId, indicator: i.indicator, position, weight: i.weight, target: i.target })))
    .execute()
}

/** The closed quarter, or undefined while it is open. */
export const findClosedQuarter = (db: Database, regionId: string, quarter: string) =>
  db.selectFrom('assessment_quarters').select(['closed_at']).where('region_id', '=', regionId).where('quarter', '=', quarter).executeTakeFirst()

/** Locks the region's row, so closing a quarter and editing its scheme happen one after the other. */
export const lockRegion = (trx: Database, regionId: string) =>
  trx.selectFrom('regions').select('id').where('id', '=', regionId).forUpdate().executeTakeFirst()

/** Freezes a quarter: the quarter row and every center's score, in the caller's transaction. */
export async function insertClosedQuarter(trx: Database, q: { regionId: string; quarter: string; closedAt: Date; closedBy: string | null }, scores: readonly AssessmentCenterScore[]) {
  await trx.insertInto('assessment_quarters').values({ region_id: q.regionId, quarter: q.quarter, closed_at: q.closedAt, closed_by: q.closedBy }).execute()
  if (!scores.length) return
  await trx.insertInto('assessment_scores').values(scores.map((s) => ({
    region_id: q.regionId, quarter: q.quarter, center_id: s.centerId, center_name: s.centerName, score: s.score, rank: s.rank,
    breakdown: JSON.stringify(s.breakdown),
  }))).execute()
}

/** A closed quarter's frozen scores, ranked. */
export const frozenScores = async (db: Database, regionId: string, quarter: string): Promise<AssessmentCenterScore[]> =>
  (await db.selectFrom('assessment_scores').select(['center_id', 'center_name', 'score', 'rank', 'breakdown'])
    .where('region_id', '=', regionId).where('quarter', '=', quarter).orderBy('rank').orderBy(sql`center_name collate "C"`).execute())
    .map((r) => ({ centerId: r.center_id, centerName: r.center_name, score: Number(r.score), rank: r.rank, breakdown: r.breakdown }))

/**
 * The region a center is assessed by: the nearest one above it (its own subdistrict first, then the
 * district) that has a scheme, or a region that closed a quarter the center was scored in.
 */
export async function assessingRegion(db: Database, centerId: string, quarter: string) {
  const { rows } = await sql<{ id: string; name: string }>`
    with recursive up(id, depth) as (
      select region_id, 0 from centers where id = ${centerId}
      union all
      select r.parent_id, up.depth + 1 from up join regions r on r.id = up.id where r.parent_id is not null)
    select r.id, r.name from up join regions r on r.id = up.id
    where exists (select 1 from assessment_scores s where s.region_id = r.id and s.quarter = ${quarter} and s.center_id = ${centerId})
      or exists (select 1 from assessment_indicators i where i.region_id = r.id)
    order by (exists (select 1 from assessment_scores s where s.region_id = r.id and s.quarter = ${quarter} and s.center_id = ${centerId})) desc, up.depth
    limit 1`.execute(db)
  return rows[0]
}
