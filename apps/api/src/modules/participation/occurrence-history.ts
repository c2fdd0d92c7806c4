import { sql } from 'kysely'
import type { Database } from '../../db/database'

/** Of these occurrences, the ones residents signed up for or attended: that history must outlive series edits. */
export async function withParticipation(db: Database, occurrenceIds: string[]): Promise<Set<string>> {
  if (!occurrenceIds.length) return new Set()
  const { rows } = await sql<{ id: string }>`
    select occurrence_id as id from registrations where occurrence_id in (${sql.join(occurrenceIds)})
    union select occurrence_id from check_ins where occurrence_id in (${sql.join(occurrenceIds)})`.execute(db)
  return new Set(rows.map((r) => r.id))
}

/** True when any occurrence of the activity has sign-ups or check-ins. */
export async function activityHasParticipation(db: Database, activityId: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from registrations where activity_id = ${activityId})
        or exists (select 1 from check_ins c join occurrences o on o.id = c.occurrence_id where o.activity_id = ${activityId}) as found`.execute(db)
  return rows[0]?.found ?? false
}

/**
 * A split series gets new occurrences: sign-ups, attendance and volunteer service of the old ones
 * move to the new occurrence on the same local date, so residents keep their places.
 */
export async function moveParticipation(db: Database, fromOccurrenceIds: string[], toActivityId: string) {
  if (!fromOccurrenceIds.length) return
  const pairs = sql`
    select o.id as old_id, n.id as new_id from occurrences o
    join occurrences n on n.activity_id = ${toActivityId} and n.recurrence_local::date = o.recurrence_local::date
    where o.id in (${sql.join(fromOccurrenceIds)})`
  await sql`update registrations r set occurrence_id = p.new_id, activity_id = ${toActivityId} from (${pairs}) p where r.occurrence_id = p.old_id`.execute(db)
  await sql`update check_ins c set occurrence_id = p.new_id from (${pairs}) p where c.occurrence_id = p.old_id`.execute(db)
  await sql`update volunteer_service v set occurrence_id = p.new_id from (${pairs}) p where v.occurrence_id = p.old_id`.execute(db)
}
