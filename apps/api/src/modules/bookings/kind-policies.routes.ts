import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BookingPolicyPatch, RoomKindPolicyParams, errorResponses } from '@linli/contracts'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { kindOverrides, setKindPolicy } from './policies.repository'

/** Booking rules by room kind: the middle level between a center's defaults and a room's own (policies.repository.ts). */
export const kindPoliciesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['bookings']

  app.get(
    '/centers/:id/room-kinds/:kind/booking-policy',
    { schema: { tags, summary: 'The rules a center sets for every room of one kind (the rest follow the center)', params: RoomKindPolicyParams, response: { 200: BookingPolicyPatch, ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'view_internal')
      return kindOverrides(app.db, request.params.id, request.params.kind)
    },
  )

  app.put(
    '/centers/:id/room-kinds/:kind/booking-policy',
    {
      schema: {
        tags,
        summary: "Set the rules for every room of one kind in a center, replacing the kind's earlier ones; {} follows the center again. "
          + 'A room may still set its own. Quotas may only be lowered (400 policy_looser_than_above); min must not exceed max (400 invalid_policy).',
        params: RoomKindPolicyParams, body: BookingPolicyPatch, response: { 200: BookingPolicyPatch, ...errorResponses },
      },
    },
    async (request) => {
      const { id, kind } = request.params
      await assertCenterAccess(app.db, requireActor(request), id, 'edit_center')
      const before = await kindOverrides(app.db, id, kind)
      const after = await setKindPolicy(app.db, id, kind, request.body)
      await request.audit({ entity: 'room_kind_policy', entityId: id, action: 'update', centerId: id, before: { kind, ...before }, after: { kind, ...after } })
      return after
    },
  )
}
