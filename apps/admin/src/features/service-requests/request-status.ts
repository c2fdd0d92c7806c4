import type { ServiceRequest, ServiceRequestAction, ServiceRequestStatus } from '@linli/contracts'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

/** Colour and text key of a status tag: open requests stand out, finished ones are quiet. */
export const STATUS_TAGS: Record<ServiceRequestStatus, TagType> = {
  registered: 'warning', transferred: 'primary', resolved_on_spot: 'success', closed: 'info',
}

export type RequestActionName = ServiceRequestAction['action']

/**
 * The next steps a request can take: a registered one is transferred to a department or closed
 * (办结); a transferred one can only be closed; resolved and closed ones are finished.
 */
export function allowedActions(status: ServiceRequestStatus): RequestActionName[] {
  if (status === 'registered') return ['transfer', 'close']
  if (status === 'transferred') return ['close']
  return []
}

export const isOpen = (status: ServiceRequestStatus) => allowedActions(status).length > 0

/**
 * The figures districts report, over the requests given (one period), counted as the reports
 * module counts them: 受理 all of them; 当场办结; 登记转办 every one that went to a department,
 * closed since or not; 办结 those of them now closed; 办结率 = 办结 / 登记转办 (the seeds' 192 / 203
 * = 95 %), null with nothing transferred. A request closed without a transfer is in 受理 only.
 */
export function requestFigures(items: Pick<ServiceRequest, 'status' | 'transferredAt'>[]) {
  const transferred = items.filter((r) => r.transferredAt !== null)
  const closed = transferred.filter((r) => r.status === 'closed').length
  return {
    received: items.length,
    resolvedOnSpot: items.filter((r) => r.status === 'resolved_on_spot').length,
    transferred: transferred.length,
    closed,
    closingRate: transferred.length ? closed / transferred.length : null,
  }
}

/** A rate as a whole percentage, `95 %`; a dash when there is none. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`)
