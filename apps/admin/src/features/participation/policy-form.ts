import { DEFAULT_PARTICIPATION_POLICY, type ParticipationPolicy, type ParticipationPolicyPatch } from '@linli/contracts'
import { changedFields } from '../../composables/changed-fields'

type NumberKey = { [K in keyof ParticipationPolicy]: ParticipationPolicy[K] extends number ? K : never }[keyof ParticipationPolicy]

export interface PolicyNumberField {
  key: NumberKey
  unit: 'minutes' | 'points'
  min: number
  max: number
  step: number
}

/** The numeric rules in the order staff think about them; limits repeat the contract's (packages/contracts/src/participation.ts). */
export const POLICY_NUMBER_FIELDS: { group: 'signup' | 'checkIn' | 'volunteer'; fields: PolicyNumberField[] }[] = [
  {
    group: 'signup',
    fields: [
      { key: 'offerHoldMinutes', unit: 'minutes', min: 5, max: 10080, step: 5 },
      { key: 'signupClosesMinutes', unit: 'minutes', min: 0, max: 10080, step: 5 },
      { key: 'lateCancelMinutes', unit: 'minutes', min: 0, max: 10080, step: 5 },
    ],
  },
  {
    group: 'checkIn',
    fields: [
      { key: 'checkInOpensMinutes', unit: 'minutes', min: 0, max: 240, step: 5 },
      { key: 'checkInClosesMinutes', unit: 'minutes', min: 0, max: 240, step: 5 },
    ],
  },
  { group: 'volunteer', fields: [{ key: 'pointsPerHour', unit: 'points', min: 0, max: 1000, step: 1 }] },
]

export const MAX_STARS = 10
export const MAX_THRESHOLD = 10_000_000

/** What the form edits: thresholds may be blank while typing. */
export type PolicyForm = Omit<ParticipationPolicy, 'starThresholds'> & { starThresholds: (number | null)[] }

/** Always ten boxes, one per star; a center with fewer stars leaves the last ones blank. */
export const toPolicyForm = (p: ParticipationPolicy): PolicyForm => ({
  ...p,
  starThresholds: Array.from({ length: MAX_STARS }, (_, i) => p.starThresholds[i] ?? null),
})

export type ThresholdProblem = { index: number; key: 'participationRules.thresholds.first' | 'participationRules.thresholds.gap' | 'participationRules.thresholds.range' | 'participationRules.thresholds.ascending' }

/**
 * What is wrong with the star thresholds, box by box: the first star needs a number, blanks may
 * only trail (stars stop there), each number is a whole number in range and above the one before.
 */
export function thresholdProblems(values: (number | null)[]): ThresholdProblem[] {
  const out: ThresholdProblem[] = []
  const lastFilled = values.reduce<number>((last, v, i) => (v === null ? last : i), -1)
  if (lastFilled < 0) return [{ index: 0, key: 'participationRules.thresholds.first' }]
  let previous = 0
  values.forEach((v, index) => {
    if (index > lastFilled) return
    if (v === null) out.push({ index, key: 'participationRules.thresholds.gap' })
    else if (!Number.isInteger(v) || v < 1 || v > MAX_THRESHOLD) out.push({ index, key: 'participationRules.thresholds.range' })
    else if (v <= previous) out.push({ index, key: 'participationRules.thresholds.ascending' })
    if (v !== null && Number.isInteger(v)) previous = Math.max(previous, v)
  })
  return out
}

/** The thresholds to save: the filled boxes, in order. Call only when there are no problems. */
export const thresholdsOf = (values: (number | null)[]) => values.filter((v): v is number => v !== null)

/** A PATCH with only what changed; an empty object when nothing did. */
export function policyPatch(form: PolicyForm, current: ParticipationPolicy): ParticipationPolicyPatch {
  const { starThresholds, ...rest } = form
  const { starThresholds: currentThresholds, ...currentRest } = current
  const patch: ParticipationPolicyPatch = changedFields(rest, currentRest)
  const thresholds = thresholdsOf(starThresholds)
  if (thresholds.join(',') !== currentThresholds.join(',')) patch.starThresholds = thresholds
  return patch
}

/** The reminder settings a switch turns on or off (null is off); limits repeat the contract's. */
export type ReminderKey = 'reminderDayBeforeAt' | 'reminderLeadMinutes'
export const REMINDER_LEAD_LIMITS = { min: 5, max: 24 * 60, step: 5 }

/** Turning a reminder back on brings the value it had in this form, else the default. */
export function switchReminder(form: PolicyForm, key: ReminderKey, on: boolean, remembered: Partial<PolicyForm>) {
  if (!on) {
    if (form[key] !== null) Object.assign(remembered, { [key]: form[key] })
    Object.assign(form, { [key]: null })
  } else if (form[key] === null) {
    Object.assign(form, { [key]: remembered[key] ?? DEFAULT_PARTICIPATION_POLICY[key] })
  }
}

/** The 爽约规则's three numbers, set together or all null (off); limits repeat the contract's. */
export type NoShowKey = 'noShowLimit' | 'noShowWindowDays' | 'suspensionDays'
export const NO_SHOW_FIELDS: { key: NoShowKey; unit: 'times' | 'days'; min: number; max: number }[] = [
  { key: 'noShowLimit', unit: 'times', min: 1, max: 20 },
  { key: 'noShowWindowDays', unit: 'days', min: 1, max: 365 },
  { key: 'suspensionDays', unit: 'days', min: 1, max: 365 },
]
/** What switching the rule on offers first: 2 no-shows in 120 days suspend for 120 days. */
export const NO_SHOW_EXAMPLE: Record<NoShowKey, number> = { noShowLimit: 2, noShowWindowDays: 120, suspensionDays: 120 }

export const noShowRuleOn = (form: PolicyForm) => form.noShowLimit !== null

/** Turns the whole rule on (the numbers it had in this form, else the example) or off (all null). */
export function switchNoShowRule(form: PolicyForm, on: boolean, remembered: Partial<PolicyForm>) {
  for (const { key } of NO_SHOW_FIELDS) {
    if (!on) {
      if (form[key] !== null) remembered[key] = form[key]
      form[key] = null
    } else if (form[key] === null) {
      form[key] = remembered[key] ?? NO_SHOW_EXAMPLE[key]
    }
  }
}
