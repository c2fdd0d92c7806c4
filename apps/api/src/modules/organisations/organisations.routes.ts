import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  IdParams, MemberAdd, MemberParams, MyOrganisation, MyOrganisationsQuery, Organisation, OrganisationCreate, OrganisationPatch,
  errorResponses, itemsOf,
} from '@linli/contracts'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { requireResident } from '../residents/resident-session.hook'
import { listServingCenter, membersOf, regionsAbove, residentOrganisations, toOrganisation } from './organisations.repository'
import {
  addOrganisationMember, createOrganisation, patchOrganisation, removeOrganisation, removeOrganisationMember,
} from './organisations.service'

/** Organisations (组织) that book rooms: a center's own, or a region's for all its centers; changes are audited. */
export const organisationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['organisations']

  app.get('/centers/:id/organisations', { schema: { tags, summary: 'The organisations this center serves: its own and its regions\'', params: IdParams, response: { 200: itemsOf(Organisation), ...errorResponses } } }, async (request) => {
    await assertCenterAccess(app.db, requireActor(request), request.params.id, 'register_residents')
    const rows = await listServingCenter(app.db, request.params.id, await regionsAbove(app.db, request.params.id))
    const members = await membersOf(app.db, rows.map((o) => o.id))
    return { items: rows.map((o) => toOrganisation(o, members)) }
  })

  app.post('/centers/:id/organisations', { schema: { tags, summary: 'Add an organisation of this center', params: IdParams, body: OrganisationCreate, response: { 201: Organisation, ...errorResponses } } }, async (request, reply) => {
    const o = await createOrganisation(app, requireActor(request), { centerId: request.params.id }, request.body)
    await request.audit({ entity: 'organisation', entityId: o.id, action: 'create', centerId: o.centerId, after: o })
    return reply.status(201).send(o)
  })

  app.post('/regions/:id/organisations', { schema: { tags, summary: 'Add an organisation every center in the region serves (district administrators)', params: IdParams, body: OrganisationCreate, response: { 201: Organisation, ...errorResponses } } }, async (request, reply) => {
    const o = await createOrganisation(app, requireActor(request), { regionId: request.params.id }, request.body)
    await request.audit({ entity: 'organisation', entityId: o.id, action: 'create', after: o })
    return reply.status(201).send(o)
  })

  app.patch('/organisations/:id', { schema: { tags, summary: 'Change an organisation: name, contact, whether its name may be published, weekly quota', params: IdParams, body: OrganisationPatch, response: { 200: Organisation, ...errorResponses } } }, async (request) => {
    const { before, after } = await patchOrganisation(app, requireActor(request), request.params.id, request.body)
    await request.audit({ entity: 'organisation', entityId: after.id, action: 'update', centerId: after.centerId, before, after })
    return after
  })

  app.delete('/organisations/:id', { schema: { tags, summary: 'Remove an organisation no booking names (409 in_use otherwise)', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
    const before = await removeOrganisation(app, requireActor(request), request.params.id)
    await request.audit({ entity: 'organisation', entityId: before.id, action: 'delete', centerId: before.centerId, before })
    return reply.status(204).send(null)
  })

  app.post('/organisations/:id/members', { schema: { tags, summary: 'Add a member who may book for the organisation', params: IdParams, body: MemberAdd, response: { 200: Organisation, ...errorResponses } } }, async (request) => {
    const after = await addOrganisationMember(app, requireActor(request), request.params.id, request.body.residentId)
    await request.audit({ entity: 'organisation', entityId: after.id, action: 'update', centerId: after.centerId, after })
    return after
  })

  app.delete('/organisations/:id/members/:residentId', { schema: { tags, summary: 'Take a member out of the organisation', params: MemberParams, response: { 200: Organisation, ...errorResponses } } }, async (request) => {
    const after = await removeOrganisationMember(app, requireActor(request), request.params.id, request.params.residentId)
    await request.audit({ entity: 'organisation', entityId: after.id, action: 'update', centerId: after.centerId, after })
    return after
  })

  app.get('/residents/me/organisations', { schema: { tags, summary: 'The signed-in resident\'s organisations that a center serves, to book for', querystring: MyOrganisationsQuery, response: { 200: itemsOf(MyOrganisation), ...errorResponses } } }, async (request) => {
    const me = requireResident(request)
    const rows = await residentOrganisations(app.db, me, request.query.centerId, await regionsAbove(app.db, request.query.centerId))
    return { items: rows.map((o) => ({ id: o.id, name: o.name, publishName: o.publish_name })) }
  })
}
