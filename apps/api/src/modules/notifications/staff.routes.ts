import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { DeliveryPage, DeliveryQuery, DeliveryRecord, IdParams, NotificationHealth, errorResponses } from '@linli/contracts'
import { conflict, notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { centerTimeZone } from '../participation/policy.repository'
import { localDays } from '../service-requests/local-days'
import { channelStates, liveChannels } from './channels'
import { outboxBacklog, requeueDelivery } from './deliveries.repository'
import { type DeliveryLogRow, findDelivery, searchDeliveries } from './delivery-log.repository'
import { render } from './texts'

const toRecord = (r: DeliveryLogRow): DeliveryRecord => ({
  id: r.id, notificationId: r.notification_id, centerId: r.center_id, residentId: r.resident_id, residentName: r.resident_name, kind: r.kind,
  title: render(r.kind, r.params, 'zh-CN').title, channel: r.channel, status: r.status, attempts: r.attempts,
  nextAttemptAt: r.status === 'pending' || r.status === 'failed' ? r.next_attempt_at.toISOString() : null, lastError: r.last_error,
  sentAt: r.sent_at?.toISOString() ?? null, readAt: r.read_at?.toISOString() ?? null, createdAt: r.created_at.toISOString(),
})

/** 通知记录 for staff: who was told what over which channel, what failed and why, and resending it. */
export const notificationStaffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['notifications']
  const security = [{ session: [] }]

  app.get(
    '/centers/:id/notifications',
    { schema: { tags, security, summary: "A center's notification deliveries, newest first; filter by resident, kind, channel, status and local days", params: IdParams, querystring: DeliveryQuery, response: { 200: DeliveryPage, ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_notifications')
      const { from, to, limit = 50, offset = 0, ...filters } = request.query
      const { fromInstant, toInstant } = localDays({ from, to }, await centerTimeZone(app.db, request.params.id))
      const { rows, total } = await searchDeliveries(app.db, { centerId: request.params.id, ...filters, from: fromInstant, to: toInstant }, { limit, offset })
      return { items: rows.map(toRecord), total }
    },
  )

  app.post(
    '/notifications/deliveries/:id/resend',
    { schema: { tags, security, summary: 'Send a failed or dead delivery again, with a fresh count of tries (409 when it is pending or sent)', params: IdParams, response: { 200: DeliveryRecord, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const d = await findDelivery(app.db, request.params.id)
      if (!d) throw notFound('Delivery')
      await assertCenterAccess(app.db, actor, d.center_id, 'manage_notifications')
      if (!(await requeueDelivery(app.db, d.id, app.clock())))
        throw conflict('not_resendable', d.status === 'sent' ? 'This notification was delivered already' : 'This delivery is still queued; it will be sent shortly')
      await request.audit({ entity: 'notification_delivery', entityId: d.id, action: 'resend', centerId: d.center_id, before: { status: d.status, lastError: d.last_error }, after: { status: 'pending' } })
      return toRecord((await findDelivery(app.db, d.id))!)
    },
  )

  app.get(
    '/health/notifications',
    { schema: { tags, security, summary: 'Which channels can send, the outbox backlog and the age of the oldest undelivered notification (staff)', response: { 200: NotificationHealth, ...errorResponses } } },
    async (request) => {
      requireActor(request)
      return { channels: channelStates(liveChannels(app)), ...(await outboxBacklog(app.db, app.clock())) }
    },
  )
}
