import { formatOffset } from '@linli/schedule'
import type { ServiceRequest, ServiceRequestCategory, ServiceRequestStatus } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { ServiceRequestRow } from '../../db/schema'

export type ServiceRequestDetailRow = ServiceRequestRow & { time_zone: string }

export const toServiceRequest = (r: ServiceRequestDetailRow): ServiceRequest => ({
  id: r.id, centerId: r.center_id, receivedAt: formatOffset(r.received_at, r.time_zone), category: r.category,
  description: r.description, residentId: r.resident_id, visitorName: r.visitor_name, visitorPhone: r.visitor_phone,
  status: r.status, department: r.department, transferredAt: r.transferred_at?.toISOString() ?? null,
  closedAt: r.closed_at?.toISOString() ?? null, resolution: r.resolution, createdAt: r.created_at.toISOString(),
})

const selectRequests = (db: Database) =>
  db.selectFrom('service_requests as r').innerJoin('centers as c', 'c.id', 'r.center_id').selectAll('r').select('c.time_zone')

export const findServiceRequest = (db: Database, id: string): Promise<ServiceRequestDetailRow | undefined> =>
  selectRequests(db).where('r.id', '=', id).executeTakeFirst()

export interface NewServiceRequest {
  centerId: string
  receivedAt: Date
  category: ServiceRequestCategory
  description: string
  residentId: string | null
  visitorName: string | null
  visitorPhone: string | null
  /** Set when the request was handled at once: stored as resolved_on_spot, closed when received. */
  resolution: string | null
  staffId: string
}

export async function insertServiceRequest(db: Database, r: NewServiceRequest): Promise<ServiceRequestDetailRow> {
  const row = await db.insertInto('service_requests').values({
    center_id: r.centerId, received_at: r.receivedAt, category: r.category, description: r.description,
    resident_id: r.residentId, visitor_name: r.visitorName, visitor_phone: r.visitorPhone,
    status: r.resolution === null ? 'registered' : 'resolved_on_spot',
    closed_at: r.resolution === null ? null : r.receivedAt, resolution: r.resolution ?? '', created_by_staff_id: r.staffId,
  }).returning('id').executeTakeFirstOrThrow()
  return (await findServiceRequest(db, row.id))!
}

export interface StatusChange {
  status: ServiceRequestStatus
  department?: string
  transferredAt?: Date
  closedAt?: Date
  resolution?: string
}

/**
 * Moves a request on only if it is still in one of `from`: the check and the write are one
 * statement, so two staff acting at once cannot both succeed. Undefined when it was not in `from`.
 */
export async function changeStatus(db: Database, id: string, from: ServiceRequestStatus[], change: StatusChange, now: Date) {
  const row = await db.updateTable('service_requests').set({
    status: change.status, updated_at: now,
    ...(change.department !== undefined && { department: change.department, transferred_at: change.transferredAt }),
    ...(change.closedAt !== undefined && { closed_at: change.closedAt }),
    ...(change.resolution !== undefined && { resolution: change.resolution }),
  }).where('id', '=', id).where('status', 'in', from).returning('id').executeTakeFirst()
  return row && findServiceRequest(db, row.id)
}

export interface ServiceRequestFilter {
  centerId: string
  fromInstant?: Date
  toInstant?: Date
  status?: ServiceRequestStatus
  category?: ServiceRequestCategory
  limit: number
  offset: number
}

/** One page, newest received first, and the number of all matching requests. */
export async function listServiceRequests(db: Database, f: ServiceRequestFilter) {
  let q = selectRequests(db).where('r.center_id', '=', f.centerId)
  if (f.fromInstant) q = q.where('r.received_at', '>=', f.fromInstant)
  if (f.toInstant) q = q.where('r.received_at', '<', f.toInstant)
  if (f.status) q = q.where('r.status', '=', f.status)
  if (f.category) q = q.where('r.category', '=', f.category)
  const rows = await q.orderBy('r.received_at', 'desc').orderBy('r.created_at', 'desc').orderBy('r.id').limit(f.limit).offset(f.offset).execute()
  const count = await q.clearSelect().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  return { rows, total: Number(count.n) }
}
