import type { BookingPolicy, BookingPolicyPatch } from '@linli/contracts'
import { changedFields } from '../../composables/changed-fields'

export type PolicyKey = keyof BookingPolicy
export type PolicyUnit = 'minutes' | 'days' | 'times' | 'clock'

export interface PolicyField {
  key: PolicyKey
  unit: PolicyUnit
  min?: number
  max?: number
  step?: number
}

/** The rules in the order staff think about them; limits repeat the contract's (packages/contracts/src/bookings.ts). */
export const POLICY_GROUPS: { name: string; fields: PolicyField[] }[] = [
  {
    name: 'duration',
    fields: [
      { key: 'minMinutes', unit: 'minutes', min: 5, max: 1440, step: 5 },
      { key: 'maxMinutes', unit: 'minutes', min: 5, max: 1440, step: 5 },
      { key: 'slotMinutes', unit: 'minutes', min: 5, max: 240, step: 5 },
      { key: 'bufferMinutes', unit: 'minutes', min: 0, max: 240, step: 5 },
    ],
  },
  {
    name: 'window',
    fields: [
      { key: 'minNoticeMinutes', unit: 'minutes', min: 0, max: 43200, step: 15 },
      { key: 'maxAdvanceDays', unit: 'days', min: 0, max: 365 },
      { key: 'releaseTime', unit: 'clock' },
    ],
  },
  {
    name: 'quota',
    fields: [
      { key: 'weeklyQuota', unit: 'times', min: 1, max: 100 },
      { key: 'maxUpcoming', unit: 'times', min: 1, max: 100 },
    ],
  },
  {
    name: 'lifecycle',
    fields: [
      { key: 'cancelDeadlineMinutes', unit: 'minutes', min: 0, max: 10080, step: 15 },
      { key: 'checkInOpensMinutes', unit: 'minutes', min: 0, max: 240, step: 5 },
      { key: 'noShowAfterMinutes', unit: 'minutes', min: 5, max: 240, step: 5 },
      { key: 'pendingExpiresMinutes', unit: 'minutes', min: 0, max: 10080, step: 15 },
    ],
  },
]

export const POLICY_KEYS: PolicyKey[] = POLICY_GROUPS.flatMap((g) => g.fields.map((f) => f.key))

/** The form edits a copy, so cancelling leaves the loaded rules alone. */
export const toPolicyForm = (policy: BookingPolicy): BookingPolicy => ({ ...policy })

/** A PATCH for the center's defaults: only what changed. */
export const centerPatch = (form: BookingPolicy, current: BookingPolicy): BookingPolicyPatch => changedFields(form, current)

/**
 * The fields a room sets itself. The API returns only the room's effective rules, so a value
 * that differs from the center's is taken as an override (one equal to it cannot be told apart).
 */
export const roomOverrides = (room: BookingPolicy, center: BookingPolicy): PolicyKey[] =>
  POLICY_KEYS.filter((k) => room[k] !== center[k])

/**
 * A PATCH for a room: overridden fields get the form's value, the others the center's (the API
 * cannot drop a room's key, so "follow the center" pins today's center value).
 */
export function roomPatch(form: BookingPolicy, overridden: PolicyKey[], center: BookingPolicy, room: BookingPolicy): BookingPolicyPatch {
  const target = Object.fromEntries(POLICY_KEYS.map((k) => [k, overridden.includes(k) ? form[k] : center[k]])) as BookingPolicy
  return changedFields(target, room)
}

/** The one rule the fields cannot check alone; null when fine, else an i18n key. */
export const policyProblem = (p: BookingPolicy): string | null => (p.minMinutes > p.maxMinutes ? 'policy.minOverMax' : null)
