import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '@linli/contracts'
import { notFound } from '../../plugins/errors'
import { bookingColumns } from '../../spreadsheets/columns/bookings'
import { serviceRequestColumns } from '../../spreadsheets/columns/service-requests'
import { signupColumns } from '../../spreadsheets/columns/signups'
import { exportTable } from '../../spreadsheets/export-table'
import { findOccurrence } from '../activities/activities.repository'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { listBookings, toBooking } from '../bookings/bookings.repository'
import { rosterOf } from '../participation/listings.service'
import { resolveRange } from '../schedule/range'
import { localDays } from '../service-requests/local-days'
import { listServiceRequests, toServiceRequest } from '../service-requests/service-requests.repository'
import { BookingExportQuery, EXPORT_ROW_LIMIT, ExportFormatQuery, ServiceRequestExportQuery } from './export-queries'
import { bookingRow, serviceRequestRow, signupRow } from './export-rows'
import { exportCenter, fileResponse, produces } from './file-response'
import { sendExport, withinLimit } from './send-export'

/**
 * The day-to-day lists (bookings, an activity date's sign-ups, service requests) as CSV or XLSX with the list's own filters: the same authorization, the same
 * repository query (asked for EXPORT_ROW_LIMIT + 1 rows instead of a page) and the same mapping
 * as the list, then written under the columns the imports read.
 */
export const listExportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['exports']
  const security = [{ session: [] }]
  const centerOf = (id: string) => exportCenter(app.db, id)

  app.get('/centers/:id/bookings/export', {
    schema: { tags, security, summary: "A center's bookings as CSV or XLSX, filtered as the list is (status, room, dates)", params: IdParams, querystring: BookingExportQuery, produces, response: fileResponse },
  }, async (request, reply) => {
    await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_rooms')
    const center = await centerOf(request.params.id)
    const { format, ...filters } = request.query
    const range = filters.from || filters.to ? resolveRange(filters, center.timeZone, app.clock(), 7) : undefined
    const rows = withinLimit(await listBookings(app.db, { centerId: center.id, ...filters, range }, EXPORT_ROW_LIMIT + 1))
    const table = exportTable('预约', bookingColumns, rows.map((r) => bookingRow(toBooking(r), center.timeZone)))
    return sendExport(reply, table, { format, scope: center.name, what: '预约', ascii: 'bookings', now: app.clock(), timeZone: center.timeZone })
  })

  app.get('/occurrences/:id/roster/export', {
    schema: { tags, security, summary: "An activity date's sign-up list (报名名单) as CSV or XLSX", params: IdParams, querystring: ExportFormatQuery, produces, response: fileResponse },
  }, async (request, reply) => {
    const roster = await rosterOf(app, requireActor(request), request.params.id)
    const occurrence = await findOccurrence(app.db, request.params.id)
    if (!occurrence) throw notFound('Occurrence')
    const center = await centerOf(occurrence.center_id)
    const table = exportTable('报名名单', signupColumns, withinLimit(roster.entries).map((e) => signupRow(e, center.timeZone)))
    // Named for the activity and its date: one center runs the same activity every week.
    const when = roster.entries[0]?.startsAt.slice(0, 10) ?? ''
    return sendExport(reply, table, {
      format: request.query.format, scope: center.name, what: [occurrence.title, when, '报名'].filter(Boolean).join('-'), ascii: 'signups', now: app.clock(), timeZone: center.timeZone,
    })
  })

  app.get('/centers/:id/service-requests/export', {
    schema: { tags, security, summary: "A center's service requests as CSV or XLSX, filtered as the list is (received days, status, category)", params: IdParams, querystring: ServiceRequestExportQuery, produces, response: fileResponse },
  }, async (request, reply) => {
    await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_service_requests')
    const center = await centerOf(request.params.id)
    const { format, from, to, status, category } = request.query
    const range = localDays({ from, to }, center.timeZone)
    const page = await listServiceRequests(app.db, { centerId: center.id, ...range, status, category, limit: EXPORT_ROW_LIMIT + 1, offset: 0 })
    const table = exportTable('民情诉求', serviceRequestColumns, withinLimit(page.rows).map((r) => serviceRequestRow(toServiceRequest(r), center.timeZone)))
    return sendExport(reply, table, { format, scope: center.name, what: '民情诉求', ascii: 'service-requests', now: app.clock(), timeZone: center.timeZone })
  })
}
