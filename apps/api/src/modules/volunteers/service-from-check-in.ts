import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import { participationPolicyOf, pointsFor } from '../participation/policy'

export interface CheckInFact {
  checkInId: string
  occurrenceId: string
  residentId: string
  centerId: string
  staffId: string | null
}

/**
 * A check-in on a volunteer activity is service: if the resident is an active member of one of the
 * center's active teams, record the occurrence's length as their hours, with points by the center's rule.
 * Returns the minutes recorded, or null when the check-in is not volunteer service.
 */
export async function recordServiceForCheckIn(trx: Transaction<DB>, fact: CheckInFact): Promise<number | null> {
  const occurrence = await trx.selectFrom('occurrences as o').innerJoin('activities as a', 'a.id', 'o.activity_id')
    .select(['o.starts_at', 'o.ends_at', 'a.category', 'a.organiser_kind'])
    .where('o.id', '=', fact.occurrenceId).executeTakeFirst()
  if (!occurrence || (occurrence.category !== 'volunteer' && occurrence.organiser_kind !== 'volunteer_team')) return null
  const member = await trx.selectFrom('volunteer_members as m').innerJoin('volunteer_teams as t', 't.id', 'm.team_id')
    .select('m.id').where('m.resident_id', '=', fact.residentId).where('m.center_id', '=', fact.centerId)
    .where('m.active', '=', true).where('t.active', '=', true).orderBy('m.joined_at').executeTakeFirst()
  if (!member) return null
  const minutes = Math.min(1440, Math.max(1, Math.round((occurrence.ends_at.getTime() - occurrence.starts_at.getTime()) / 60_000)))
  const policy = await participationPolicyOf(trx, fact.centerId)
  await trx.insertInto('volunteer_service').values({
    member_id: member.id, center_id: fact.centerId, occurrence_id: fact.occurrenceId, check_in_id: fact.checkInId,
    served_at: occurrence.starts_at, minutes, points: pointsFor(minutes, policy), recorded_by_staff_id: fact.staffId,
  }).execute()
  return minutes
}
