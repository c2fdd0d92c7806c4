import { DEFAULT_PARTICIPATION_POLICY, type SignupListing } from '@linli/contracts'
import { api } from '../../api'

/** The windows a page explains; the API enforces the real ones. */
export type ParticipationRules = NonNullable<SignupListing['rules']>

export const DEFAULT_RULES: ParticipationRules = {
  checkInOpensMinutes: DEFAULT_PARTICIPATION_POLICY.checkInOpensMinutes,
  checkInClosesMinutes: DEFAULT_PARTICIPATION_POLICY.checkInClosesMinutes,
  lateCancelMinutes: DEFAULT_PARTICIPATION_POLICY.lateCancelMinutes,
  offerHoldMinutes: DEFAULT_PARTICIPATION_POLICY.offerHoldMinutes,
}

export const rulesOf = (listing: Pick<SignupListing, 'rules'> | undefined): ParticipationRules => listing?.rules ?? DEFAULT_RULES

export const checkInWindowOf = (rules: ParticipationRules) => ({ opensMinutes: rules.checkInOpensMinutes, closesMinutes: rules.checkInClosesMinutes })

// One read per center and visit: the rules change rarely, and a stale one only words a warning.
const cache = new Map<string, Promise<ParticipationRules>>()

/** A center's rules from its public sign-up listing, or the defaults when it cannot be read. */
export function centerRules(centerId: string): Promise<ParticipationRules> {
  const hit = cache.get(centerId)
  if (hit) return hit
  const read = api.listSignups(centerId).then(rulesOf, () => {
    cache.delete(centerId)
    return DEFAULT_RULES
  })
  cache.set(centerId, read)
  return read
}

/** Remembers rules a page has just read with a listing, so other pages need not read them again. */
export const keepRules = (centerId: string, listing: Pick<SignupListing, 'rules'>) => cache.set(centerId, Promise.resolve(rulesOf(listing)))
