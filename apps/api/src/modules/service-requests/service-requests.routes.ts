import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  IdParams, ServiceRequest, ServiceRequestAction, ServiceRequestCreate, ServiceRequestListQuery, ServiceRequestPage, errorResponses,
} from '@linli/contracts'
import { badRequest, notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { centerTimeZone } from '../participation/policy.repository'
import { findResident } from '../residents/residents.repository'
import { localDays } from './local-days'
import {
  changeStatus, findServiceRequest, insertServiceRequest, listServiceRequests, toServiceRequest,
} from './service-requests.repository'
import { ACTION_FROM, changeFor, invalidTransition } from './transitions'

const blankToNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null)

/** 民情: what visitors bring to the service hall, logged by staff and followed to its end. */
export const serviceRequestsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['service-requests']
  const security = [{ session: [] }]

  app.get(
    '/centers/:id/service-requests',
    { schema: { tags, security, summary: "A center's requests, newest first, filtered by received day (center-local), status and category", params: IdParams, querystring: ServiceRequestListQuery, response: { 200: ServiceRequestPage, ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_service_requests')
      const { from, to, status, category, limit, offset } = request.query
      const range = localDays({ from, to }, await centerTimeZone(app.db, request.params.id))
      const page = await listServiceRequests(app.db, { centerId: request.params.id, ...range, status, category, limit: limit ?? 50, offset: offset ?? 0 })
      return { items: page.rows.map(toServiceRequest), total: page.total }
    },
  )

  app.post(
    '/centers/:id/service-requests',
    { schema: { tags, security, summary: 'Log a request at the service hall (the visitor may stay anonymous), resolved on the spot if it was', params: IdParams, body: ServiceRequestCreate, response: { 201: ServiceRequest, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      await assertCenterAccess(app.db, actor, request.params.id, 'manage_service_requests')
      const b = request.body
      const now = app.clock()
      const receivedAt = b.receivedAt ? new Date(b.receivedAt) : now
      if (receivedAt > now) throw badRequest('received_in_future', 'A request cannot be received in the future')
      if (b.residentId && !(await findResident(app.db, b.residentId))) throw badRequest('unknown_resident', 'No resident account has this id')
      const resolution = b.resolution?.trim() ?? ''
      if (!b.resolvedOnSpot && resolution) throw badRequest('resolution_without_resolving', 'A resolution is only recorded with resolvedOnSpot; transfer or close the request with an action instead')
      const row = await insertServiceRequest(app.db, {
        centerId: request.params.id, receivedAt, category: b.category, description: b.description.trim(),
        residentId: b.residentId ?? null, visitorName: blankToNull(b.visitorName), visitorPhone: blankToNull(b.visitorPhone),
        resolution: b.resolvedOnSpot ? resolution : null, staffId: actor.id,
      })
      const created = toServiceRequest(row)
      await request.audit({ entity: 'service_request', entityId: created.id, action: 'create', centerId: created.centerId, after: created })
      return reply.status(201).send(created)
    },
  )

  app.get(
    '/service-requests/:id',
    { schema: { tags, security, summary: 'One request', params: IdParams, response: { 200: ServiceRequest, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const row = await findServiceRequest(app.db, request.params.id)
      if (!row) throw notFound('Service request')
      await assertCenterAccess(app.db, actor, row.center_id, 'manage_service_requests')
      return toServiceRequest(row)
    },
  )

  app.post(
    '/service-requests/:id/actions',
    { schema: { tags, security, summary: 'Resolve on the spot, transfer to a department, or close (409 invalid_transition when the status does not allow it)', params: IdParams, body: ServiceRequestAction, response: { 200: ServiceRequest, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const before = await findServiceRequest(app.db, request.params.id)
      if (!before) throw notFound('Service request')
      await assertCenterAccess(app.db, actor, before.center_id, 'manage_service_requests')
      const action = request.body
      const now = app.clock()
      const after = await changeStatus(app.db, before.id, ACTION_FROM[action.action], changeFor(action, now), now)
      if (!after) {
        // Someone may have moved it since it was read: report the status it has now.
        const current = await findServiceRequest(app.db, before.id)
        throw invalidTransition(current?.status ?? before.status, action.action)
      }
      const result = toServiceRequest(after)
      await request.audit({ entity: 'service_request', entityId: result.id, action: action.action, centerId: result.centerId, before: toServiceRequest(before), after: result })
      return result
    },
  )
}
