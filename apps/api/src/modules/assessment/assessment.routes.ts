import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  AssessmentExportQuery, AssessmentRanking, AssessmentScheme, AssessmentSchemeBody, CenterAssessment, IdParams, QuarterParams, QuarterQuery,
  errorResponses,
} from '@linli/contracts'
import type { FastifyRequest } from 'fastify'
import { notFound } from '../../plugins/errors'
import { assertCenterAccess, assertRegionAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { findRegion } from '../regions/regions.repository'
import { sendTable } from '../reports/download'
import { exportLanguage } from '../reports/export-words'
import { assessingRegion, findScheme } from './assessment.repository'
import { closeQuarter, quarterRanking, saveScheme } from './assessment.service'
import { assessmentTable, assessmentTitle } from './assessment-table'

const file = Type.String({ description: 'a CSV (UTF-8 with BOM) or XLSX file' })
const produces = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']

/** The quarterly assessment (季度考核): district admins set the scheme, rank their centers and close quarters; a center sees its own line. */
export const assessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['assessment']
  const security = [{ session: [] }]

  async function regionFor(request: FastifyRequest, regionId: string) {
    const actor = requireActor(request)
    const region = await findRegion(app.db, regionId)
    if (!region) throw notFound('Region')
    await assertRegionAccess(app.db, actor, region.id)
    return { id: region.id, name: region.name }
  }

  app.get('/regions/:id/assessment/scheme', {
    schema: { tags, security, summary: "The region's assessment scheme: indicators, weights and targets", params: IdParams, response: { 200: AssessmentScheme, ...errorResponses } },
  }, async (request) => {
    const region = await regionFor(request, request.params.id)
    return { regionId: region.id, indicators: await findScheme(app.db, region.id) }
  })

  app.put('/regions/:id/assessment/scheme', {
    schema: {
      tags, security, summary: 'Sets the scheme as a whole: each indicator once, weights adding up to 100, targets above 0; refused while the current quarter is closed',
      params: IdParams, body: AssessmentSchemeBody, response: { 200: AssessmentScheme, ...errorResponses },
    },
  }, async (request) => {
    const region = await regionFor(request, request.params.id)
    const saved = await saveScheme(app.db, region.id, request.body, app.clock())
    await request.audit({ entity: 'assessment_scheme', entityId: region.id, action: 'update', after: saved })
    return saved
  })

  app.get('/regions/:id/assessment', {
    schema: {
      tags, security, summary: "A quarter's ranking of the region's centers with each one's breakdown: live while open, frozen once closed",
      params: IdParams, querystring: QuarterQuery, response: { 200: AssessmentRanking, ...errorResponses },
    },
  }, async (request) => quarterRanking(app.db, await regionFor(request, request.params.id), request.query.quarter, app.clock()))

  app.post('/regions/:id/assessment/quarters/:quarter/close', {
    schema: {
      tags, security, summary: 'Closes a quarter: its scores are stored and never recomputed (409 if already closed)',
      params: QuarterParams, response: { 200: AssessmentRanking, ...errorResponses },
    },
  }, async (request) => {
    const region = await regionFor(request, request.params.id)
    const ranking = await closeQuarter(app.db, region, request.params.quarter, app.clock(), requireActor(request).id)
    await request.audit({ entity: 'assessment_quarter', entityId: region.id, action: 'close', after: { quarter: ranking.quarter, centers: ranking.centers.length } })
    return ranking
  })

  app.get('/regions/:id/assessment/export', {
    schema: {
      tags, security, summary: "A quarter's ranking as CSV or XLSX: rank, center, score, each indicator's actual and points",
      params: IdParams, querystring: AssessmentExportQuery, produces, response: { 200: file, ...errorResponses },
    },
  }, async (request, reply) => {
    const { quarter, format, lang } = request.query
    const ranking = await quarterRanking(app.db, await regionFor(request, request.params.id), quarter, app.clock())
    const language = exportLanguage(lang, request.headers['accept-language'])
    return sendTable(reply, assessmentTable(ranking, language), format, {
      ascii: `linli-assessment-${quarter}`, full: `${ranking.regionName}-${assessmentTitle(language)}-${quarter}`,
    })
  })

  app.get('/centers/:id/assessment', {
    schema: {
      tags, security, summary: "A center's own score and rank in the quarter, among how many centers; no other center's (404 without a scheme above it)",
      params: IdParams, querystring: QuarterQuery, response: { 200: CenterAssessment, ...errorResponses },
    },
  }, async (request) => {
    await assertCenterAccess(app.db, requireActor(request), request.params.id, 'view_reports')
    const region = await assessingRegion(app.db, request.params.id, request.query.quarter)
    if (!region) throw notFound('Assessment')
    const { centers, indicators: _indicators, ...head } = await quarterRanking(app.db, region, request.query.quarter, app.clock())
    const own = centers.find((c) => c.centerId === request.params.id)
    if (!own) throw notFound('Assessment')
    return { ...head, centers: centers.length, own }
  })
}
