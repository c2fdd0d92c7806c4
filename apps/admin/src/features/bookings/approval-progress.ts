import type { Booking } from '@linli/contracts'
import { localOf } from './booking-time'

/**
 * Where a request stands in its approval chain, for the status cell and the 待我审批 list: the
 * step it waits at of the steps that apply to it (skipped ones are not counted), who decides and
 * by when (local wall-clock time of the center). Undefined when there is no chain or it is decided.
 */
export function approvalProgress(b: Pick<Booking, 'status' | 'approval'>, timeZone: string) {
  const a = b.approval
  if (b.status !== 'requested' || !a) return undefined
  const current = a.steps[a.step - 1]
  if (!current) return undefined
  // Escalation can reach a step whose condition did not hold: count it once it is current.
  const counted = a.steps.filter((s, i) => s.applies || i === a.step - 1)
  return {
    step: counted.indexOf(current) + 1,
    of: counted.length,
    approver: current.approver,
    approverName: current.approverName,
    due: a.dueAt ? localOf(a.dueAt, timeZone).replace('T', ' ').slice(5, 16) : null,
  }
}
