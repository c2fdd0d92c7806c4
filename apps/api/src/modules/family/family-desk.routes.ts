import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { DeskFamily, DeskFamilyLink, DeskFamilyLinkCreate, DeskResidentParams, FAMILY_LIMIT, errorResponses } from '@linli/contracts'
import { notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { findDeskResident } from '../residents/desk-registration.repository'
import { toDeskFamilyLink } from './desk-family-link'
import { listLinksOf } from './family.repository'
import { linkDeskResidents } from './family.service'

/** Family links of one resident the center knows, as the 居民 page shows and makes them (ended with DELETE /family-links/:id). */
export const familyDeskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['family']

  app.get(
    '/centers/:id/residents/:residentId/family-links',
    { schema: { tags, summary: 'Whom a resident this center knows acts for, and who acts for them, however linked', params: DeskResidentParams, response: { 200: DeskFamily, ...errorResponses } } },
    async (request) => {
      const { id: centerId, residentId } = request.params
      await assertCenterAccess(app.db, requireActor(request), centerId, 'manage_participation')
      if (!(await findDeskResident(app.db, centerId, residentId))) throw notFound('Resident')
      const links = (await listLinksOf(app.db, residentId)).map(toDeskFamilyLink)
      return { members: links.filter((l) => l.proxyResidentId === residentId), proxies: links.filter((l) => l.memberResidentId === residentId), limit: FAMILY_LIMIT }
    },
  )

  app.post(
    '/centers/:id/residents/:residentId/family-links',
    { schema: { tags, summary: 'Link a resident this center knows with another it knows, either way round (audited)', params: DeskResidentParams, body: DeskFamilyLinkCreate, response: { 201: DeskFamilyLink, ...errorResponses } } },
    async (request, reply) => {
      const { id: centerId, residentId } = request.params
      const row = await linkDeskResidents(app, requireActor(request), centerId, residentId, request.body.otherResidentId, request.body.direction)
      const link = toDeskFamilyLink(row)
      await request.audit({ entity: 'family_link', entityId: link.id, action: 'create', centerId, after: link })
      return reply.status(201).send(link)
    },
  )
}
