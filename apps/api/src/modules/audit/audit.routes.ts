import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyReply } from 'fastify'
import { AuditEntry, AuditQuery, type ReportFormat, errorResponses, itemsOf } from '@linli/contracts'
import { localToInstant } from '@linli/schedule'
import { forbidden } from '../../plugins/errors'
import { requireActor } from '../auth/session.hook'
import { listStaff } from '../auth/staff.repository'
import { staffScopeOf } from '../staff/staff-scope'
import { auditColumns } from '../../spreadsheets/columns/audit'
import { exportTable } from '../../spreadsheets/export-table'
import { findCenter } from '../centers/centers.repository'
import { AuditExportQuery, EXPORT_ROW_LIMIT } from '../list-exports/export-queries'
import { auditRow } from '../list-exports/export-rows'
import { fileResponse, produces } from '../list-exports/file-response'
import { sendExport, withinLimit } from '../list-exports/send-export'
import { searchAudit } from './audit.repository'

type Row = Awaited<ReturnType<typeof searchAudit>>[number]
const toEntry = (r: Row) => ({
  id: String(r.id), at: r.at.toISOString(), actorKind: r.actor_kind, actorId: r.actor_id, actorName: r.actor_name, centerId: r.center_id,
  entity: r.entity, entityId: r.entity_id, action: r.action, before: r.before, after: r.after, requestId: r.request_id, ip: r.ip,
})

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

  /** The search as a file, named for the center it is filtered to (or 操作日志 alone) and today in China Standard Time. */
  async function sendAudit(reply: FastifyReply, items: AuditEntry[], format: ReportFormat, centerId: string | undefined) {
    const scope = centerId ? (await findCenter(app.db, centerId))?.name ?? '' : ''
    const table = exportTable('操作日志', auditColumns, items.map(auditRow))
    return sendExport(reply, table, { format, scope, what: '操作日志', ascii: 'audit', now: app.clock(), timeZone: 'Asia/Shanghai' })
  }

  // The first download (CSV only, the search's own limit); kept for links saved before /audit/export.
  app.get('/audit.csv', { schema: { tags, security, summary: 'The same search as CSV (see /audit/export for XLSX and every matching entry)', querystring: AuditQuery, produces: ['text/csv'], response: { 200: Type.String(), ...errorResponses } } },
    async (request, reply) => sendAudit(reply, await search(request, request.query), 'csv', request.query.centerId))

  app.get('/audit/export', { schema: { tags, security, summary: 'Every entry the search finds (up to 100,000) as CSV or XLSX', querystring: AuditExportQuery, produces, response: fileResponse } },
    async (request, reply) => {
      const { format, ...q } = request.query
      const items = await search(request, { ...q, limit: EXPORT_ROW_LIMIT + 1 })
      return sendAudit(reply, [...withinLimit(items)], format, q.centerId)
    })
}
