import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  CenterReport, IdParams, RegionExportQuery, RegionReport, RegionReportQuery, ReportExportQuery, ReportQuery, errorResponses,
} from '@linli/contracts'
import type { FastifyRequest } from 'fastify'
import { badRequest, notFound } from '../../plugins/errors'
import { assertCenterAccess, assertRegionAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { findRegion } from '../regions/regions.repository'
import { centerReport } from './center-report'
import { sendTable } from './download'
import { EXPORT_WORDS, exportLanguage } from './export-words'
import { checkPeriod, periodLabel } from './period'
import { regionReport } from './region-report'
import { findReportCenter, findReportGroup } from './scope.repository'
import { centerTable, regionTable } from './tables'

const file = Type.String({ description: 'a CSV (UTF-8 with BOM) or XLSX file' })
const produces = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']

export const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['reports']
  const security = [{ session: [] }]

  /** Staff of the center or district admins above it; the group must be one of the center's. */
  const authorizeCenter = (request: FastifyRequest, centerId: string) =>
    assertCenterAccess(app.db, requireActor(request), centerId, 'view_reports')

  async function centerReportOf(centerId: string, query: ReportQuery) {
    const period = checkPeriod(query, app.clock())
    const center = await findReportCenter(app.db, centerId)
    if (!center) throw notFound('Center')
    const group = query.groupId ? await findReportGroup(app.db, centerId, query.groupId) : null
    if (group === undefined) throw notFound('Group')
    return centerReport(app.db, center, period, group)
  }

  async function regionReportFor(request: FastifyRequest, regionId: string, query: RegionReportQuery) {
    const actor = requireActor(request)
    const region = await findRegion(app.db, regionId)
    if (!region) throw notFound('Region')
    await assertRegionAccess(app.db, actor, region.id)
    return regionReport(app.db, region, checkPeriod(query, app.clock()))
  }

  app.get('/centers/:id/reports', {
    schema: {
      tags, security, summary: "A center's figures for a period of local days: participation, rooms, bookings, service requests, volunteers",
      params: IdParams, querystring: ReportQuery, response: { 200: CenterReport, ...errorResponses },
    },
  }, async (request) => {
    await authorizeCenter(request, request.params.id)
    return centerReportOf(request.params.id, request.query)
  })

  app.get('/regions/:id/reports', {
    schema: {
      tags, security, summary: 'Every center of a region side by side, and the region by month (district admins)',
      params: IdParams, querystring: RegionReportQuery, response: { 200: RegionReport, ...errorResponses },
    },
  }, async (request) => regionReportFor(request, request.params.id, request.query))

  app.get('/centers/:id/reports/export', {
    schema: {
      tags, security, summary: "One table of a center's report as CSV or XLSX with a total row; headers in Chinese, or English with lang=en or Accept-Language",
      params: IdParams, querystring: ReportExportQuery, produces, response: { 200: file, ...errorResponses },
    },
  }, async (request, reply) => {
    const { table, format, lang, ...query } = request.query
    await authorizeCenter(request, request.params.id)
    if (table === 'centers') throw badRequest('invalid_table', 'A center report has no `centers` table; the region report does')
    const report = await centerReportOf(request.params.id, query)
    const label = periodLabel(report)
    const words = EXPORT_WORDS[exportLanguage(lang, request.headers['accept-language'])]
    return sendTable(reply, centerTable(report, table, words), format, {
      ascii: `linli-${table}-${label}`, full: `${report.centerName}-${words.titles[table]}-${label}`,
    })
  })

  app.get('/regions/:id/reports/export', {
    schema: {
      tags, security, summary: "A region's centers side by side as CSV or XLSX",
      params: IdParams, querystring: RegionExportQuery, produces, response: { 200: file, ...errorResponses },
    },
  }, async (request, reply) => {
    const { format, from, to, lang } = request.query
    const report = await regionReportFor(request, request.params.id, { from, to })
    const label = periodLabel(report)
    const words = EXPORT_WORDS[exportLanguage(lang, request.headers['accept-language'])]
    return sendTable(reply, regionTable(report, words), format, {
      ascii: `linli-centers-${label}`, full: `${report.regionName}-${words.titles.centers}-${label}`,
    })
  })
}
