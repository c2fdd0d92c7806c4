import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  CoBuildingAgreement, CoBuildingUnit, IdParams, PartnerInput, UnitCreate, UnitListQuery, UnitPartnerParams, UnitUpdate, errorResponses, itemsOf,
} from '@linli/contracts'
import { requireActor } from '../auth/session.hook'
import { loadUnitFor } from './access'
import { agreementRoutes } from './agreements.routes'
import { unitAgreements } from './agreements.service'
import { addPartner, changeUnit, createUnit, loadUnit, removePartner, removeUnit, searchUnits } from './units.service'

/**
 * Co-building units (驻区单位): a district's administrators register the offices, enterprises, schools
 * and hospitals of their region, the centers and regions each works with (结对共建) and, with the
 * centers' managers, the agreements they sign (共建协议). Rooms a unit provides are the rooms module's.
 */
export const coBuildingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['co-building']
  const security = [{ session: [] }]

  app.get(
    '/co-building/units',
    { schema: { tags, security, summary: "Units of the administrator's region, or working with the caller's center", querystring: UnitListQuery, response: { 200: itemsOf(CoBuildingUnit), ...errorResponses } } },
    async (request) => ({ items: await searchUnits(app.db, requireActor(request), request.query) }),
  )

  app.post(
    '/co-building/units',
    { schema: { tags, security, summary: 'Register a unit under a region, with the centers it works with (district administrators)', body: UnitCreate, response: { 201: CoBuildingUnit, ...errorResponses } } },
    async (request, reply) => {
      const after = await createUnit(app, requireActor(request), request.body)
      await request.audit({ entity: 'co_building_unit', entityId: after.id, action: 'create', after })
      return reply.status(201).send(after)
    },
  )

  app.get(
    '/co-building/units/:id',
    { schema: { tags, security, summary: 'One unit with its partners and the rooms it provides', params: IdParams, response: { 200: CoBuildingUnit, ...errorResponses } } },
    async (request) => {
      await loadUnitFor(app.db, requireActor(request), request.params.id, 'read')
      return loadUnit(app.db, request.params.id)
    },
  )

  app.patch(
    '/co-building/units/:id',
    { schema: { tags, security, summary: 'Change a unit (district administrators)', params: IdParams, body: UnitUpdate, response: { 200: CoBuildingUnit, ...errorResponses } } },
    async (request) => {
      const r = await changeUnit(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'co_building_unit', entityId: r.after.id, action: 'update', before: r.before, after: r.after })
      return r.after
    },
  )

  app.delete(
    '/co-building/units/:id',
    { schema: { tags, security, summary: 'Delete a unit with its partners and agreements (409 while it provides rooms: deactivate it instead)', params: IdParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const before = await removeUnit(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'co_building_unit', entityId: before.id, action: 'delete', before })
      return reply.status(204).send()
    },
  )

  app.post(
    '/co-building/units/:id/partners',
    { schema: { tags, security, summary: 'Add a center or region the unit works with (结对共建)', params: IdParams, body: PartnerInput, response: { 200: CoBuildingUnit, ...errorResponses } } },
    async (request) => {
      const r = await addPartner(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'co_building_unit', entityId: r.after.id, action: 'add_partner', before: r.before, after: r.after })
      return r.after
    },
  )

  app.delete(
    '/co-building/units/:id/partners/:partnerId',
    { schema: { tags, security, summary: 'Stop working with a center or region (409 while agreements or rooms hang on it)', params: UnitPartnerParams, response: { 200: CoBuildingUnit, ...errorResponses } } },
    async (request) => {
      const r = await removePartner(app, requireActor(request), request.params.id, request.params.partnerId)
      await request.audit({ entity: 'co_building_unit', entityId: r.after.id, action: 'remove_partner', before: r.before, after: r.after })
      return r.after
    },
  )

  app.get(
    '/co-building/units/:id/agreements',
    { schema: { tags, security, summary: "A unit's agreements (a center's staff see their center's)", params: IdParams, response: { 200: itemsOf(CoBuildingAgreement), ...errorResponses } } },
    async (request) => ({ items: await unitAgreements(app, requireActor(request), request.params.id) }),
  )

  await app.register(agreementRoutes)
}
