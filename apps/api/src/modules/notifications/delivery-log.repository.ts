import type { DeliveryStatus, NotificationChannel, NotificationKind } from '@linli/contracts'
import type { Database } from '../../db/database'

export interface DeliveryFilter {
  centerId: string
  residentId?: string
  kind?: NotificationKind
  channel?: NotificationChannel
  status?: DeliveryStatus
  from?: Date
  /** Exclusive. */
  to?: Date
}

function selectLog(db: Database) {
  return db.selectFrom('notification_deliveries as d')
    .innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .innerJoin('residents as p', 'p.id', 'n.resident_id')
}

function filtered(db: Database, f: DeliveryFilter) {
  let q = selectLog(db).where('n.center_id', '=', f.centerId)
  if (f.residentId) q = q.where('n.resident_id', '=', f.residentId)
  if (f.kind) q = q.where('n.kind', '=', f.kind)
  if (f.channel) q = q.where('d.channel', '=', f.channel)
  if (f.status) q = q.where('d.status', '=', f.status)
  if (f.from) q = q.where('n.created_at', '>=', f.from)
  if (f.to) q = q.where('n.created_at', '<', f.to)
  return q
}

const FIELDS = [
  'd.id', 'd.notification_id', 'd.channel', 'd.status', 'd.attempts', 'd.next_attempt_at', 'd.last_error', 'd.sent_at', 'n.center_id',
  'n.resident_id', 'p.name as resident_name', 'n.kind', 'n.params', 'n.read_at', 'n.created_at',
] as const

/** A center's deliveries, newest first, with how many match in all. */
export async function searchDeliveries(db: Database, f: DeliveryFilter, page: { limit: number; offset: number }) {
  const rows = await filtered(db, f).select(FIELDS).orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').orderBy('d.channel').limit(page.limit).offset(page.offset).execute()
  const total = await filtered(db, f).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  return { rows, total: Number(total.n) }
}

export type DeliveryLogRow = Awaited<ReturnType<typeof searchDeliveries>>['rows'][number]

export const findDelivery = (db: Database, id: string) => selectLog(db).select(FIELDS).where('d.id', '=', id).executeTakeFirst()
