import type { ParticipationPolicyPatch } from '@linli/contracts'
import type { Database } from '../../db/database'
import { notFound } from '../../plugins/errors'

/** What a center has set itself (the rest follows the defaults). */
export async function storedParticipationPolicy(db: Database, centerId: string): Promise<ParticipationPolicyPatch> {
  const row = await db.selectFrom('centers').select('participation_policy').where('id', '=', centerId).executeTakeFirst()
  if (!row) throw notFound('Center')
  return row.participation_policy
}

export async function setParticipationPolicy(db: Database, centerId: string, policy: ParticipationPolicyPatch) {
  await db.updateTable('centers').set({ participation_policy: JSON.stringify(policy) }).where('id', '=', centerId).execute()
}

export async function centerTimeZone(db: Database, centerId: string) {
  const row = await db.selectFrom('centers').select('time_zone').where('id', '=', centerId).executeTakeFirst()
  if (!row) throw notFound('Center')
  return row.time_zone
}
