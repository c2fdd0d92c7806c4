import { Type } from '@sinclair/typebox'
import { type BookingPolicy, type BookingPolicyPatch, DEFAULT_BOOKING_POLICY } from './bookings'
import { Id } from './common'
import { RoomKind } from './rooms'

/**
 * Booking rules come in three levels, each overriding the one above field by field:
 * the center's defaults (中心默认), a room kind in that center (房间类型), one room (本房间).
 */
export const POLICY_LEVELS = ['center', 'kind', 'room'] as const
export type PolicyLevel = (typeof POLICY_LEVELS)[number]

/**
 * Quotas count one resident's bookings across the whole center, so a room kind or a room may only
 * lower them: the API refuses a value looser than the level above, and where a level above is
 * lowered later, the strictest level in force wins. Every other rule is a plain override.
 */
export const STRICTER_WINS_KEYS = ['weeklyQuota', 'maxUpcoming'] as const satisfies readonly (keyof BookingPolicy)[]
const stricterWins = (k: string): k is (typeof STRICTER_WINS_KEYS)[number] => (STRICTER_WINS_KEYS as readonly string[]).includes(k)

export type PolicySources = Record<keyof BookingPolicy, PolicyLevel>

/** The rules in force for a room, and for each value the level it comes from (built-in defaults count as the center's). */
export function resolvePolicy(center: BookingPolicyPatch, kind: BookingPolicyPatch, room: BookingPolicyPatch): { policy: BookingPolicy; sources: PolicySources } {
  const policy: Record<string, unknown> = { ...DEFAULT_BOOKING_POLICY, ...center }
  const sources = Object.fromEntries(Object.keys(policy).map((k) => [k, 'center'])) as PolicySources
  for (const [level, patch] of [['kind', kind], ['room', room]] as const) {
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null) continue
      if (stricterWins(k) && (v as number) > (policy[k] as number)) continue
      policy[k] = v
      sources[k as keyof BookingPolicy] = level
    }
  }
  return { policy: policy as BookingPolicy, sources }
}

/** The first quota in `patch` looser than the rules in force above it, if any. */
export function looserThanAbove(patch: BookingPolicyPatch, above: BookingPolicy): (typeof STRICTER_WINS_KEYS)[number] | undefined {
  return STRICTER_WINS_KEYS.find((k) => patch[k] !== undefined && patch[k] !== null && patch[k] > above[k])
}

export const RoomKindPolicyParams = Type.Object({ id: Id, kind: RoomKind }, { additionalProperties: false })
