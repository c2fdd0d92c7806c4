import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { IdParams, errorResponses } from '@linli/contracts'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { conflict, notFound } from '../../plugins/errors'
import { assertRegionAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { photoStore } from '../records/photo-store'
import { findRegion } from '../regions/regions.repository'
import { ExportIncompleteError } from './archive'
import { type ExportScope, exportScope } from './export'
import { findCenterScope } from './portability.repository'

const file = Type.String({ description: 'a zip of one CSV per table and a manifest.json (see `npm run linli -- import --help`)' })

/**
 * Full exports for district admins: every row of a center or region, to move it to another
 * installation. The zip holds names, phones and password hashes, so only the district admins
 * above the scope may take it, and each download is in the audit log. Import stays an operator's
 * act on the server (`npm run linli -- import`).
 */
export const portabilityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const schema = (summary: string) => ({
    tags: ['portability'], security: [{ session: [] }], summary, params: IdParams, produces: ['application/zip'],
    response: { 200: file, ...errorResponses },
  })

  async function send(request: FastifyRequest, reply: FastifyReply, scope: ExportScope) {
    const result = await exportScope(app.db, scope, app.clock(), photoStore(app.config)).catch((e: unknown) => {
      // A file a row names is gone from the bucket: the zip would be incomplete, so none is sent.
      throw e instanceof ExportIncompleteError ? conflict('export_incomplete', e.message) : e
    })
    if (!result) throw notFound(scope.kind === 'center' ? 'Center' : 'Region')
    const rows = result.manifest.files.reduce((n, f) => n + f.rows, 0)
    await request.audit({ entity: scope.kind, entityId: scope.id, action: 'export', centerId: scope.kind === 'center' ? scope.id : null, after: { rows, bytes: result.zip.length } })
    const name = `linli-export-${scope.kind}-${scope.id}-${result.manifest.createdAt.slice(0, 10)}.zip`
    return reply.type('application/zip').header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store').send(Buffer.from(result.zip))
  }

  app.get('/centers/:id/export.zip', { schema: schema("Every row of a center as a zip of CSV files, for import into another installation (district admins)") }, async (request, reply) => {
    const actor = requireActor(request)
    const center = await findCenterScope(app.db, request.params.id)
    if (!center) throw notFound('Center')
    await assertRegionAccess(app.db, actor, center.region_id)
    return send(request, reply, { kind: 'center', id: center.id })
  })

  app.get('/regions/:id/export.zip', { schema: schema("Every row of a region's centers and sub-regions as a zip of CSV files (district admins)") }, async (request, reply) => {
    const actor = requireActor(request)
    const region = await findRegion(app.db, request.params.id)
    if (!region) throw notFound('Region')
    await assertRegionAccess(app.db, actor, region.id)
    return send(request, reply, { kind: 'region', id: region.id })
  })
}
