import type { ServiceRequestAction, ServiceRequestStatus } from '@linli/contracts'
import { conflict } from '../../plugins/errors'
import type { StatusChange } from './service-requests.repository'

/**
 * The life of a request (民情): registered at the hall, then either resolved on the spot, or
 * transferred to a department and closed when it answers; a registered one may also be closed
 * directly. Resolved and closed requests are final.
 */
export const ACTION_FROM: Record<ServiceRequestAction['action'], ServiceRequestStatus[]> = {
  resolve_on_spot: ['registered'],
  transfer: ['registered'],
  close: ['registered', 'transferred'],
}

export function changeFor(action: ServiceRequestAction, now: Date): StatusChange {
  switch (action.action) {
    case 'resolve_on_spot': return { status: 'resolved_on_spot', closedAt: now, resolution: action.resolution.trim() }
    case 'transfer': return { status: 'transferred', department: action.department.trim(), transferredAt: now }
    case 'close': return { status: 'closed', closedAt: now, resolution: action.resolution.trim() }
  }
}

const statusWords: Record<ServiceRequestStatus, string> = {
  registered: 'registered', resolved_on_spot: 'already resolved on the spot', transferred: 'already transferred', closed: 'already closed',
}
const actionWords: Record<ServiceRequestAction['action'], string> = {
  resolve_on_spot: 'resolved on the spot', transfer: 'transferred', close: 'closed',
}

/** The 409 for an action the request's current status does not allow. */
export const invalidTransition = (status: ServiceRequestStatus, action: ServiceRequestAction['action']) =>
  conflict('invalid_transition', `This request is ${statusWords[status]}; it cannot be ${actionWords[action]} now`)
