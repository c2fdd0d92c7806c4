import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  Household, HouseholdCreate, HouseholdFromLink, HouseholdPatch, IdParams, MemberAdd, MemberParams, errorResponses, itemsOf,
} from '@linli/contracts'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { deleteHousehold, listCenterHouseholds, membersOf, toHousehold } from './households.repository'
import {
  addHouseholdMember, createHousehold, householdFromLink, householdView, loadHousehold, patchHousehold, removeHouseholdMember,
} from './households.service'

/** Households (家庭) of a center, made and changed at its desk; every change is audited. */
export const householdsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['households']

  app.get('/centers/:id/households', { schema: { tags, summary: 'The center\'s households with their members', params: IdParams, response: { 200: itemsOf(Household), ...errorResponses } } }, async (request) => {
    await assertCenterAccess(app.db, requireActor(request), request.params.id, 'register_residents')
    const rows = await listCenterHouseholds(app.db, request.params.id)
    const members = await membersOf(app.db, rows.map((h) => h.id))
    return { items: rows.map((h) => toHousehold(h, members)) }
  })

  app.post('/centers/:id/households', { schema: { tags, summary: 'Make a household; a resident already in another is refused, naming it', params: IdParams, body: HouseholdCreate, response: { 201: Household, ...errorResponses } } }, async (request, reply) => {
    const household = await createHousehold(app, requireActor(request), request.params.id, request.body)
    await request.audit({ entity: 'household', entityId: household.id, action: 'create', centerId: household.centerId, after: household })
    return reply.status(201).send(household)
  })

  app.post('/centers/:id/households/from-family-link', { schema: { tags, summary: 'Put a family link\'s two residents in one household (a new one, or the one either is in)', params: IdParams, body: HouseholdFromLink, response: { 200: Household, 201: Household, ...errorResponses } } }, async (request, reply) => {
    const { created, household } = await householdFromLink(app, requireActor(request), request.params.id, request.body)
    await request.audit({ entity: 'household', entityId: household.id, action: created ? 'create' : 'update', centerId: household.centerId, after: household })
    return reply.status(created ? 201 : 200).send(household)
  })

  app.patch('/households/:id', { schema: { tags, summary: 'Rename a household or change its weekly quota (null: none)', params: IdParams, body: HouseholdPatch, response: { 200: Household, ...errorResponses } } }, async (request) => {
    const { before, after } = await patchHousehold(app, requireActor(request), request.params.id, request.body)
    await request.audit({ entity: 'household', entityId: after.id, action: 'update', centerId: after.centerId, before, after })
    return after
  })

  app.delete('/households/:id', { schema: { tags, summary: 'Dissolve a household (its members stay residents)', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
    const h = await loadHousehold(app, requireActor(request), request.params.id)
    const before = await householdView(app.db, h.id)
    await deleteHousehold(app.db, h.id)
    await request.audit({ entity: 'household', entityId: h.id, action: 'delete', centerId: h.center_id, before })
    return reply.status(204).send(null)
  })

  app.post('/households/:id/members', { schema: { tags, summary: 'Add a resident the center knows; one in another household is refused, naming it', params: IdParams, body: MemberAdd, response: { 200: Household, ...errorResponses } } }, async (request) => {
    const after = await addHouseholdMember(app, requireActor(request), request.params.id, request.body.residentId)
    await request.audit({ entity: 'household', entityId: after.id, action: 'update', centerId: after.centerId, after })
    return after
  })

  app.delete('/households/:id/members/:residentId', { schema: { tags, summary: 'Take a resident out of the household', params: MemberParams, response: { 200: Household, ...errorResponses } } }, async (request) => {
    const after = await removeHouseholdMember(app, requireActor(request), request.params.id, request.params.residentId)
    await request.audit({ entity: 'household', entityId: after.id, action: 'update', centerId: after.centerId, after })
    return after
  })
}
