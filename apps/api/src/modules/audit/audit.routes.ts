import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { AuditEntry, AuditQuery, errorResponses, itemsOf } from '@linli/contracts'
import { localToInstant } from '@linli/schedule'
import { forbidden } from '../../plugins/errors'
import { requireActor } from '../auth/session.hook'
import { listStaff } from '../auth/staff.repository'
import { staffScopeOf } from '../staff/staff-scope'
import { searchAudit } from './audit.repository'

type Row = Awaited<ReturnType<typeof searchAudit>>[number]
const toEntry = (r: Row) => ({
  id: String(r.id), at: r.at.toISOString(), actorKind: r.actor_kind, actorId: r.actor_id, actorName: r.actor_name, centerId: r.center_id,
  entity: r.entity, entityId: r.entity_id, action: r.action, before: r.before, after: r.after, requestId: r.request_id, ip: r.ip,
})

const csvCell = (v: unknown) => {
  const text = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v)
  // Quote everything; neutralise spreadsheet formulas.
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`
}

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['audit']
  const security = [{ session: [] }]

  async function search(request: Parameters<typeof requireActor>[0], q: AuditQuery) {
    const actor = requireActor(request)
    if (actor.role === 'center_staff') throw forbidden('The audit log is for managers and district admins')
    const scope = await staffScopeOf(app.db, actor)
    const centerIds = q.centerId ? scope.centerIds.filter((id) => id === q.centerId) : scope.centerIds
    if (q.centerId && !centerIds.length) throw forbidden('This center is outside your scope')
    // Dates are read in China Standard Time: the districts this serves are all there.
    // Changes without a center (regions, staff, one's own password) show to the people in scope who made them.
    const centerlessActorIds = q.centerId ? [] : (await listStaff(app.db, scope)).map((s) => s.id)
    const rows = await searchAudit(app.db, {
      centerIds, centerlessActorIds, actorId: q.actorId, entity: q.entity, entityId: q.entityId, limit: q.limit ?? 500,
      from: q.from ? localToInstant(`${q.from}T00:00`, 'Asia/Shanghai') : undefined,
      to: q.to ? new Date(localToInstant(`${q.to}T00:00`, 'Asia/Shanghai').getTime() + 86_400_000) : undefined,
    })
    return rows.map(toEntry)
  }

  app.get('/audit', { schema: { tags, security, summary: 'Search the audit log of the centers in your scope (newest first)', querystring: AuditQuery, response: { 200: itemsOf(AuditEntry), ...errorResponses } } },
    async (request) => ({ items: await search(request, request.query) }))

  app.get('/audit.csv', { schema: { tags, security, summary: 'The same search as CSV', querystring: AuditQuery, produces: ['text/csv'], response: { 200: Type.String(), ...errorResponses } } },
    async (request, reply) => {
      const items = await search(request, request.query)
      const header = ['at', 'actorKind', 'actorName', 'actorId', 'centerId', 'entity', 'entityId', 'action', 'before', 'after', 'requestId', 'ip'] as const
      const lines = [header.join(','), ...items.map((e) => header.map((h) => csvCell(e[h])).join(','))]
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="audit.csv"').send(`\ufeff${lines.join('\r\n')}\r\n`)
    })
}
