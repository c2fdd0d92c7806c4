import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ApprovalChain, ApprovalChainPut, Booking, IdParams, errorResponses, itemsOf } from '@linli/contracts'
import { badRequest, notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { findBooking, toBooking } from '../bookings/bookings.repository'
import { awaitingIds, deleteChain, findChain, listChains, putChain, toChain } from './approvals.repository'
import { assertApproversInScope } from './approvers'
import { assertValidSteps } from './chain-rules'

/** Approval chains (审批流程) of a center's rooms, and the requests waiting for the signed-in staff member (待我审批). */
export const approvalsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['approvals']
  const security = [{ session: [] }]

  app.get(
    '/centers/:id/approval-chains',
    { schema: { tags, security, summary: "A center's approval chains: per room kind, and per room (a room's own chain overrides its kind's)", params: IdParams, response: { 200: itemsOf(ApprovalChain), ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'view_internal')
      return { items: (await listChains(app.db, request.params.id)).map(toChain) }
    },
  )

  app.put(
    '/centers/:id/approval-chains',
    { schema: { tags, security, summary: 'Set the approval chain of one room (roomId) or of a room kind (roomKind) in the center; a loop or a step with no approver in scope is refused 400, nothing written', params: IdParams, body: ApprovalChainPut, response: { 200: ApprovalChain, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const centerId = request.params.id
      await assertCenterAccess(app.db, actor, centerId, 'edit_center')
      const { roomId, roomKind, steps } = request.body
      if ((roomId === undefined) === (roomKind === undefined))
        throw badRequest('approval_chain_target', 'Give either roomId or roomKind: a chain is for one room or for a room kind')
      if (roomId) {
        const room = await app.db.selectFrom('rooms').select('center_id').where('id', '=', roomId).executeTakeFirst()
        if (!room) throw notFound('Room')
        if (room.center_id !== centerId) throw badRequest('room_not_in_center', 'This room belongs to another center')
      }
      assertValidSteps(steps)
      await assertApproversInScope(app.db, centerId, steps)
      const before = (await listChains(app.db, centerId)).find((c) => (roomId ? c.room_id === roomId : c.room_kind === roomKind))
      const row = await app.db.transaction().execute((trx) => putChain(trx, { centerId, roomId: roomId ?? null, roomKind: roomKind ?? null, steps, staffId: actor.id, now: app.clock() }))
      const after = toChain(row)
      if (before) await request.audit({ entity: 'approval_chain', entityId: after.id, action: 'update', centerId, before: toChain(before), after })
      else await request.audit({ entity: 'approval_chain', entityId: after.id, action: 'create', centerId, after })
      return after
    },
  )

  app.delete(
    '/approval-chains/:id',
    { schema: { tags, security, summary: 'Remove a chain: its rooms follow their kind\'s chain, or none (any of the center\'s staff decide); requests already made keep their steps', params: IdParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const chain = await findChain(app.db, request.params.id)
      if (!chain) throw notFound('Approval chain')
      await assertCenterAccess(app.db, requireActor(request), chain.center_id, 'edit_center')
      await deleteChain(app.db, chain.id)
      await request.audit({ entity: 'approval_chain', entityId: chain.id, action: 'delete', centerId: chain.center_id, before: toChain(chain) })
      return reply.status(204).send()
    },
  )

  app.get(
    '/bookings/awaiting-me',
    { schema: { tags, security, summary: 'Requests waiting at a step the signed-in staff member decides (待我审批): center staff their center\'s first steps, a subdistrict (or district) admin the steps for their region', response: { 200: itemsOf(Booking), ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const scope = actor.role === 'district_admin'
        ? (actor.regionId ? { approver: 'subdistrict_admin' as const, regionId: actor.regionId } : undefined)
        : (actor.centerId ? { approver: 'center_staff' as const, centerId: actor.centerId } : undefined)
      if (!scope) return { items: [] }
      const ids = await awaitingIds(app.db, scope)
      const rows = await Promise.all(ids.map(({ id }) => findBooking(app.db, id)))
      return { items: rows.filter((r) => r !== undefined).map(toBooking) }
    },
  )
}
