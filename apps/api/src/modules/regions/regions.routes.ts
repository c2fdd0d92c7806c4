import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, Region, RegionCreate, RegionUpdate, errorResponses, itemsOf } from '@linli/contracts'
import { badRequest, forbidden, notFound } from '../../plugins/errors'
import { assertRegionAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { childLevel } from './region-levels'
import { findRegion, insertRegion, listRegions, renameRegion, toRegion } from './regions.repository'

export const regionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['regions']
  const security = [{ session: [] }]

  app.get('/regions', { schema: { tags, summary: 'All regions (district > subdistrict > community)', response: { 200: itemsOf(Region) } } }, async () => ({
    items: (await listRegions(app.db)).map(toRegion),
  }))

  app.post(
    '/regions',
    { schema: { tags, security, summary: 'Create a subdistrict or community in your region', body: RegionCreate, response: { 201: Region, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      const { parentId, level } = request.body
      if (parentId === null) throw forbidden('Districts are created by the platform operator')
      const parent = await findRegion(app.db, parentId)
      if (!parent) throw notFound('Parent region')
      await assertRegionAccess(app.db, actor, parent.id)
      if (childLevel[parent.level] !== level)
        throw badRequest('invalid_level', `A ${parent.level} can only contain ${childLevel[parent.level] ?? 'nothing'} regions`)
      const region = toRegion(await insertRegion(app.db, request.body))
      await request.audit({ entity: 'region', entityId: region.id, action: 'create', after: region })
      return reply.status(201).send(region)
    },
  )

  app.patch(
    '/regions/:id',
    { schema: { tags, security, summary: 'Rename a region', params: IdParams, body: RegionUpdate, response: { 200: Region, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const before = await findRegion(app.db, request.params.id)
      if (!before) throw notFound('Region')
      await assertRegionAccess(app.db, actor, request.params.id)
      const row = await renameRegion(app.db, request.params.id, request.body.name)
      if (!row) throw notFound('Region')
      await request.audit({ entity: 'region', entityId: row.id, action: 'rename', before: toRegion(before), after: toRegion(row) })
      return toRegion(row)
    },
  )
}
