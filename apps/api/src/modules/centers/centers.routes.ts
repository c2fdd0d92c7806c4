import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  Center, CenterCreate, CenterListQuery, CenterUpdate, IdParams, errorResponses, itemsOf, openingHoursProblems,
} from '@linli/contracts'
import type { Database } from '../../db/database'
import { badRequest, conflict, notFound } from '../../plugins/errors'
import { assertCenterAccess, assertRegionAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { findRegion } from '../regions/regions.repository'
import { countRooms, deleteCenter, findCenter, insertCenter, listCenters, updateCenter } from './centers.repository'

function checkOpeningHours(hours: Parameters<typeof openingHoursProblems>[0] | undefined) {
  const problems = hours ? openingHoursProblems(hours) : []
  if (problems.length)
    throw badRequest('invalid_opening_hours', problems[0]!, problems.map((message) => ({ path: 'body/openingHours', message })))
}

async function checkRegion(db: Database, regionId: string) {
  if (!(await findRegion(db, regionId))) throw badRequest('unknown_region', 'The region does not exist')
}

export const centersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['centers']
  const security = [{ session: [] }]

  app.get(
    '/centers',
    { schema: { tags, summary: 'Centers, optionally within a region', querystring: CenterListQuery, response: { 200: itemsOf(Center), ...errorResponses } } },
    async (request) => ({ items: await listCenters(app.db, request.query) }),
  )

  app.get(
    '/centers/:id',
    { schema: { tags, summary: 'One center', params: IdParams, response: { 200: Center, ...errorResponses } } },
    async (request) => (await findCenter(app.db, request.params.id)) ?? Promise.reject(notFound('Center')),
  )

  app.post(
    '/centers',
    { schema: { tags, security, summary: 'Create a center in your region', body: CenterCreate, response: { 201: Center, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      await checkRegion(app.db, request.body.regionId)
      await assertRegionAccess(app.db, actor, request.body.regionId)
      checkOpeningHours(request.body.openingHours)
      const id = await insertCenter(app.db, request.body)
      const created = (await findCenter(app.db, id))!
      await request.audit({ entity: 'center', entityId: id, action: 'create', centerId: id, after: created })
      return reply.status(201).send(created)
    },
  )

  app.patch(
    '/centers/:id',
    { schema: { tags, security, summary: 'Change a center', params: IdParams, body: CenterUpdate, response: { 200: Center, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const { id } = request.params
      await assertCenterAccess(app.db, actor, id, 'edit_center')
      const current = (await findCenter(app.db, id))!
      // Only moving a center to another region needs district rights; a full form repeats the current one.
      if (request.body.regionId !== undefined && request.body.regionId !== current.regionId) {
        await checkRegion(app.db, request.body.regionId)
        await assertRegionAccess(app.db, actor, request.body.regionId)
      }
      checkOpeningHours(request.body.openingHours)
      if (!(await updateCenter(app.db, id, request.body, app.clock()))) throw notFound('Center')
      const after = (await findCenter(app.db, id))!
      await request.audit({ entity: 'center', entityId: id, action: 'update', centerId: id, before: current, after })
      app.realtime.centerChanged(id, 'center')
      return after
    },
  )

  app.delete(
    '/centers/:id',
    { schema: { tags, security, summary: 'Delete a center that has no rooms', params: IdParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      const { id } = request.params
      await assertCenterAccess(app.db, actor, id, 'delete_center')
      const before = await findCenter(app.db, id)
      await app.db.transaction().execute(async (trx) => {
        const rooms = await countRooms(trx, id)
        if (rooms > 0) throw conflict('center_has_rooms', `The center still has ${rooms} rooms; delete or move them first`)
        await deleteCenter(trx, id)
      })
      await request.audit({ entity: 'center', entityId: id, action: 'delete', centerId: id, before })
      app.realtime.centerChanged(id, 'center')
      return reply.status(204).send()
    },
  )
}
