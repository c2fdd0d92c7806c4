import type { FastifyInstance, FastifyRequest } from 'fastify'
import { insertAudit } from './audit.repository'

export interface AuditRecord {
  entity: string
  entityId: string
  action: string
  centerId?: string | null
  before?: unknown
  after?: unknown
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Records who did what to which entity, from what to what, with this request's id and address. */
    audit(record: AuditRecord): Promise<void>
  }
}

export function registerAudit(app: FastifyInstance) {
  app.decorateRequest('audit', async function (this: FastifyRequest, record: AuditRecord) {
    const actor = this.actor ? { kind: 'staff' as const, id: this.actor.id } : this.residentId ? { kind: 'resident' as const, id: this.residentId } : { kind: 'system' as const, id: null }
    await insertAudit(app.db, {
      actorKind: actor.kind, actorId: actor.id, centerId: record.centerId ?? null, entity: record.entity, entityId: record.entityId,
      action: record.action, before: record.before, after: record.after, requestId: this.id, ip: this.ip,
    })
  })
}
