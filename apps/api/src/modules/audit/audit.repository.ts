import { sql } from 'kysely'
import type { Database } from '../../db/database'

export interface AuditEntry {
  actorKind: 'staff' | 'resident' | 'screen' | 'system'
  actorId: string | null
  centerId: string | null
  entity: string
  entityId: string
  action: string
  before?: unknown
  after?: unknown
  requestId: string | null
  ip: string | null
}

const SECRET_KEYS = /password|token|secret|hash/i

/** Copies a value for the log without anything secret in it. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact)
  if (value instanceof Date) return value.toISOString()
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).filter(([k]) => !SECRET_KEYS.test(k)).map(([k, v]) => [k, redact(v)]))
  return value
}

export async function insertAudit(db: Database, e: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      actor_kind: e.actorKind, actor_id: e.actorId, center_id: e.centerId, entity: e.entity, entity_id: e.entityId, action: e.action,
      before: e.before === undefined ? null : JSON.stringify(redact(e.before)),
      after: e.after === undefined ? null : JSON.stringify(redact(e.after)),
      request_id: e.requestId, ip: e.ip,
    })
    .execute()
}

export interface AuditFilter {
  centerIds?: string[]
  /** Entries with no center (region and staff changes) are shown when made by these people. */
  centerlessActorIds?: string[]
  actorId?: string
  entity?: string
  entityId?: string
  from?: Date
  to?: Date
  limit: number
}

export function searchAudit(db: Database, f: AuditFilter) {
  let q = db.selectFrom('audit_log as l').leftJoin('staff as s', 's.id', 'l.actor_id').selectAll('l').select('s.display_name as actor_name')
  const none = ['00000000-0000-0000-0000-000000000000']
  if (f.centerIds)
    q = q.where((eb) => eb.or([
      eb('l.center_id', 'in', f.centerIds!.length ? f.centerIds! : none),
      eb.and([eb('l.center_id', 'is', null), eb('l.actor_id', 'in', f.centerlessActorIds?.length ? f.centerlessActorIds : none)]),
    ]))
  if (f.actorId) q = q.where('l.actor_id', '=', f.actorId)
  if (f.entity) q = q.where('l.entity', '=', f.entity)
  if (f.entityId) q = q.where('l.entity_id', '=', f.entityId)
  if (f.from) q = q.where('l.at', '>=', f.from)
  if (f.to) q = q.where('l.at', '<', f.to)
  return q.orderBy('l.at', 'desc').orderBy('l.id', 'desc').limit(f.limit).execute()
}

export const auditCount = async (db: Database) => Number((await sql<{ n: string }>`select count(*) as n from audit_log`.execute(db)).rows[0]!.n)
