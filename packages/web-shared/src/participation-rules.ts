import { DEFAULT_PARTICIPATION_POLICY, type SignupListing } from '@linli/contracts'

/** The windows a page explains; the API enforces the real ones. */
export type ParticipationRules = NonNullable<SignupListing['rules']>

/** When residents may check in to an occurrence: from `opensMinutes` before its start to `closesMinutes` after its end. */
export interface CheckInWindow {
  opensMinutes: number
  closesMinutes: number
}

export const DEFAULT_RULES: ParticipationRules = {
  checkInOpensMinutes: DEFAULT_PARTICIPATION_POLICY.checkInOpensMinutes,
  checkInClosesMinutes: DEFAULT_PARTICIPATION_POLICY.checkInClosesMinutes,
  lateCancelMinutes: DEFAULT_PARTICIPATION_POLICY.lateCancelMinutes,
  offerHoldMinutes: DEFAULT_PARTICIPATION_POLICY.offerHoldMinutes,
}

export const rulesOf = (listing: Pick<SignupListing, 'rules'> | undefined): ParticipationRules => listing?.rules ?? DEFAULT_RULES

export const checkInWindowOf = (rules: ParticipationRules): CheckInWindow =>
  ({ opensMinutes: rules.checkInOpensMinutes, closesMinutes: rules.checkInClosesMinutes })

const MINUTE = 60_000

/** Whether `now` (ms) falls in the occurrence's check-in window. */
export const inCheckInWindow = (item: { startsAt: string; endsAt: string }, now: number, w: CheckInWindow) =>
  now >= Date.parse(item.startsAt) - w.opensMinutes * MINUTE && now <= Date.parse(item.endsAt) + w.closesMinutes * MINUTE
