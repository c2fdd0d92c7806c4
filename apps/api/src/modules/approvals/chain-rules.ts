import { weekdayOf } from '@linli/schedule'
import { type ApprovalStep, type OpeningHours, approverLabels } from '@linli/contracts'
import { badRequest } from '../../plugins/errors'
import { isOrganisationBooking } from '../bookings/organisation-booking'

/** What a step's condition looks at in a request. */
export interface RequestFacts {
  headcount: number
  /** The organisation the booking is for (organisations table), if any. */
  organisationId: string | null
  startsLocal: string
  endsLocal: string
}

/** Whether the booker is an outside organisation: bookings' own answer, so quotas and chains agree. */
export const isOutsideOrganisation = (b: Pick<RequestFacts, 'organisationId'>) => isOrganisationBooking({ organisation_id: b.organisationId })

/** Whether the booking runs outside the center's own hours that day (a room may keep longer hours of its own). */
export function outsideCenterHours(b: Pick<RequestFacts, 'startsLocal' | 'endsLocal'>, centerHours: OpeningHours) {
  const date = b.startsLocal.slice(0, 10)
  if (b.endsLocal.slice(0, 10) !== date) return true
  return !centerHours.some((h) => h.weekday === weekdayOf(date) && h.opens <= b.startsLocal.slice(11) && b.endsLocal.slice(11) <= h.closes)
}

/** Whether a step applies to a request: the first always; a later one when any of its conditions holds (none set: always). */
export function stepApplies(step: ApprovalStep, index: number, b: RequestFacts, centerHours: OpeningHours) {
  if (index === 0 || !step.when) return true
  const w = step.when
  const set = [w.headcountOver !== undefined, w.organisation === true, w.outsideCenterHours === true]
  if (!set.some(Boolean)) return true
  return (w.headcountOver !== undefined && b.headcount > w.headcountOver)
    || (w.organisation === true && isOutsideOrganisation(b))
    || (w.outsideCenterHours === true && outsideCenterHours(b, centerHours))
}

const named = (a: ApprovalStep['approver']) => `${approverLabels[a]['zh-CN']} (${a})`

/**
 * A chain goes up from the center, never back: center staff first, each approver once, and a step
 * that escalates needs one above it. Each problem is a 400 naming the step.
 */
export function assertValidSteps(steps: ApprovalStep[]) {
  const first = steps[0]
  if (!first || first.approver !== 'center_staff')
    throw badRequest('approval_chain_first_step', 'The first step of an approval chain is the center staff', [{ path: '/steps/0/approver', message: 'must be center_staff' }])
  if (first.when) throw badRequest('approval_chain_first_step', 'The first step always applies: it takes no condition', [{ path: '/steps/0/when', message: 'not allowed on the first step' }])
  const seen = new Map<string, number>()
  steps.forEach((s, i) => {
    const before = seen.get(s.approver)
    if (before !== undefined)
      throw badRequest('approval_chain_loop', `The chain loops: step ${i + 1} goes back to ${named(s.approver)}, who decides step ${before + 1}`, [{ path: `/steps/${i}/approver`, message: `same approver as step ${before + 1}` }])
    seen.set(s.approver, i)
  })
  const last = steps.length - 1
  if (steps[last]!.onLapse === 'escalate')
    throw badRequest('approval_chain_no_next', `Step ${last + 1} is the last: when it lapses there is nobody to escalate to; let it expire`, [{ path: `/steps/${last}/onLapse`, message: 'must be expire on the last step' }])
}
