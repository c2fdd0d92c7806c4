import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '@linli/contracts'
import { AppError } from '../../plugins/errors'
import { residentColumns } from '../../spreadsheets/columns/residents'
import { roomColumns } from '../../spreadsheets/columns/rooms'
import { volunteerColumns } from '../../spreadsheets/columns/volunteers'
import { exportTable } from '../../spreadsheets/export-table'
import { assertCenterAccess, roleAllows } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { householdOf } from '../imports/residents-import.repository'
import { searchDeskResidents } from '../residents/desk-registration.repository'
import { toDeskResident } from '../residents/desk-registration.routes'
import { listRooms, toRoom } from '../rooms/rooms.repository'
import { centerForStaff } from '../volunteers/access'
import { listMembers, toMember } from '../volunteers/members.repository'
import { participationPolicyOf } from '../participation/policy'
import { DeskResidentExportQuery, EXPORT_ROW_LIMIT, RoomExportQuery, VolunteerMemberExportQuery } from './export-queries'
import { residentRow, roomRow, volunteerRow } from './export-rows'
import { exportCenter, fileResponse, produces } from './file-response'
import { sendExport, withinLimit } from './send-export'

/**
 * The lists a center also imports (rooms, residents, volunteers) as CSV or XLSX, written under the
 * import's own columns so a file exported here goes back in unchanged; filters and authorization
 * are the list's.
 */
export const importKindExportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['exports']
  const security = [{ session: [] }]

  app.get('/centers/:id/rooms/export', {
    schema: { tags, security, summary: "A center's rooms as CSV or XLSX (inactive ones with includeInactive), in the rooms import's columns", params: IdParams, querystring: RoomExportQuery, produces, response: fileResponse },
  }, async (request, reply) => {
    // The list is public; its file (with inactive rooms and their notes) is for the center's staff.
    await assertCenterAccess(app.db, requireActor(request), request.params.id, 'view_internal')
    const center = await exportCenter(app.db, request.params.id)
    const rows = withinLimit(await listRooms(app.db, center.id, request.query.includeInactive ?? false))
    const table = exportTable('房间', roomColumns, rows.map((r) => roomRow(toRoom(r))))
    return sendExport(reply, table, { format: request.query.format, scope: center.name, what: '房间', ascii: 'rooms', now: app.clock(), timeZone: center.timeZone })
  })

  app.get('/centers/:id/residents/export', {
    schema: { tags, security, summary: 'The residents this center knows as CSV or XLSX, found as the list finds them (q), numbers masked as on the list (whole with fullPhones, managers only, audited)', params: IdParams, querystring: DeskResidentExportQuery, produces, response: fileResponse },
  }, async (request, reply) => {
    const actor = requireActor(request)
    await assertCenterAccess(app.db, actor, request.params.id, 'register_residents')
    const { format, q, fullPhones = false } = request.query
    if (fullPhones && !roleAllows(actor.role, 'export_full_phones')) {
      throw new AppError(403, 'full_phones_managers_only', '只有中心负责人和街道（区）管理员可以导出完整手机号，工作人员导出的手机号部分隐藏')
    }
    const center = await exportCenter(app.db, request.params.id)
    // The list shows the first 50 of the same search (asking for limit + 1 tells it there are more); the file holds all of it.
    const rows = withinLimit(await searchDeskResidents(app.db, center.id, q, EXPORT_ROW_LIMIT))
    const households = new Map((await householdOf(app.db, rows.map((r) => r.id))).filter((h) => h.center_id === center.id).map((h) => [h.resident_id, h.name]))
    const table = exportTable('居民', residentColumns, rows.map((r) => residentRow(toDeskResident(r), center.timeZone, {
      phone: fullPhones ? r.phone : undefined, household: households.get(r.id) ?? null,
    })))
    if (fullPhones) {
      // Whole numbers leave the system in this file: who took how many is on record before it is sent.
      await request.audit({ entity: 'resident', entityId: center.id, action: 'export_full_phones', centerId: center.id, after: { exportedResidents: rows.length, format, search: q?.trim() || null } })
    }
    return sendExport(reply, table, { format, scope: center.name, what: '居民', ascii: 'residents', now: app.clock(), timeZone: center.timeZone })
  })

  app.get('/centers/:id/volunteer-members/export', {
    schema: { tags, security, summary: "A center's volunteers (one row per team membership) as CSV or XLSX, filtered as the list is (team, inactive)", params: IdParams, querystring: VolunteerMemberExportQuery, produces, response: fileResponse },
  }, async (request, reply) => {
    await centerForStaff(app.db, request, request.params.id)
    const center = await exportCenter(app.db, request.params.id)
    const policy = await participationPolicyOf(app.db, center.id)
    const rows = withinLimit(await listMembers(app.db, { centerId: center.id, teamId: request.query.teamId, includeInactive: request.query.includeInactive ?? false }))
    const table = exportTable('志愿者', volunteerColumns, rows.map((m) => volunteerRow(toMember(m, policy), center.timeZone)))
    return sendExport(reply, table, { format: request.query.format, scope: center.name, what: '志愿者', ascii: 'volunteers', now: app.clock(), timeZone: center.timeZone })
  })
}
