import { DEFAULT_PARTICIPATION_POLICY, type ParticipationPolicy, type ParticipationPolicyPatch } from '@linli/contracts'
import type { Database } from '../../db/database'
import { storedParticipationPolicy } from './policy.repository'

export const effectiveParticipationPolicy = (patch: ParticipationPolicyPatch): ParticipationPolicy => ({
  ...DEFAULT_PARTICIPATION_POLICY, ...patch,
})

/** A center's participation rules, defaults filled in. */
export async function participationPolicyOf(db: Database, centerId: string): Promise<ParticipationPolicy> {
  return effectiveParticipationPolicy(await storedParticipationPolicy(db, centerId))
}

/** Points for a stretch of service under the center's rule, fixed when recorded. */
export const pointsFor = (minutes: number, policy: ParticipationPolicy) => Math.round((minutes * policy.pointsPerHour) / 60)

/** Star level 0..10: how many thresholds the points have reached. */
export const starsFor = (points: number, policy: ParticipationPolicy) => policy.starThresholds.filter((t) => points >= t).length
