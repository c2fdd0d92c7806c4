import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, VolunteerService, VolunteerServiceCreate, VolunteerServiceListQuery, errorResponses, itemsOf } from '@linli/contracts'
import { badRequest, notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { participationPolicyOf, pointsFor } from '../participation/policy'
import { centerTimeZone } from '../participation/policy.repository'
import { recentLocalDays } from '../service-requests/local-days'
import { findMember } from './members.repository'
import { centerForStaff } from './access'
import { deleteService, findService, insertService, listService, occurrenceCenter, toService } from './service.repository'

/** Service hours: recorded by check-ins on volunteer activities, or by staff by hand. */
export const volunteerServiceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['volunteers']
  const security = [{ session: [] }]

  app.get(
    '/centers/:id/volunteer-service',
    { schema: { tags, security, summary: "Service given at a center on local days from..to (default the last 30), newest first", params: IdParams, querystring: VolunteerServiceListQuery, response: { 200: itemsOf(VolunteerService), ...errorResponses } } },
    async (request) => {
      await centerForStaff(app.db, request, request.params.id)
      const range = recentLocalDays(request.query, await centerTimeZone(app.db, request.params.id), app.clock(), 30)
      const rows = await listService(app.db, { centerId: request.params.id, ...range, memberId: request.query.memberId })
      return { items: rows.map(toService) }
    },
  )

  app.post(
    '/centers/:id/volunteer-service',
    { schema: { tags, security, summary: "Record service by hand; points follow the center's rule at this moment and stay fixed", params: IdParams, body: VolunteerServiceCreate, response: { 201: VolunteerService, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      const centerId = request.params.id
      await assertCenterAccess(app.db, actor, centerId, 'manage_volunteers')
      const b = request.body
      const member = await findMember(app.db, b.memberId)
      if (!member || member.center_id !== centerId) throw badRequest('unknown_member', 'No volunteer of this center has this member id')
      const servedAt = new Date(b.servedAt)
      if (servedAt > app.clock()) throw badRequest('served_in_future', 'Service is recorded once it has been given, not in advance')
      if (b.occurrenceId && (await occurrenceCenter(app.db, b.occurrenceId))?.center_id !== centerId)
        throw badRequest('unknown_occurrence', 'No activity date of this center has this occurrence id')
      const policy = await participationPolicyOf(app.db, centerId)
      const row = await insertService(app.db, {
        memberId: member.id, centerId, occurrenceId: b.occurrenceId ?? null, servedAt, minutes: b.minutes,
        points: pointsFor(b.minutes, policy), note: b.note?.trim() ?? '', staffId: actor.id,
      })
      const service = toService(row)
      await request.audit({ entity: 'volunteer_service', entityId: service.id, action: 'create', centerId, after: service })
      app.realtime.centerChanged(centerId, 'participation')
      return reply.status(201).send(service)
    },
  )

  app.delete(
    '/volunteer-service/:id',
    { schema: { tags, security, summary: 'Undo a service record (by hand or from a check-in); the check-in itself stays', params: IdParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      const row = await findService(app.db, request.params.id)
      if (!row) throw notFound('Service record')
      await assertCenterAccess(app.db, actor, row.center_id, 'manage_volunteers')
      await deleteService(app.db, row.id)
      await request.audit({ entity: 'volunteer_service', entityId: row.id, action: 'delete', centerId: row.center_id, before: toService(row) })
      app.realtime.centerChanged(row.center_id, 'participation')
      return reply.status(204).send()
    },
  )
}
