import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  IdParams, InboxCounts, InboxPage, InboxQuery, Notification, type NotificationLanguage, errorResponses,
} from '@linli/contracts'
import { notFound } from '../../plugins/errors'
import { requireResident } from '../residents/resident-session.hook'
import {
  type InboxRow, countInbox, findOwnNotification, listInbox, markAllRead, markRead, residentLanguage, unreadCount,
} from './inbox.repository'
import { render } from './texts'

const toNotification = (r: InboxRow, lang: NotificationLanguage): Notification => ({
  id: r.id, kind: r.kind, centerId: r.center_id, ...render(r.kind, r.params, lang), link: r.link, params: r.params,
  createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null,
})

/** The signed-in resident's inbox: what the phone pages' bell and list show. */
export const inboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['notifications']

  app.get(
    '/residents/me/notifications',
    { schema: { tags, summary: "The signed-in resident's notifications, newest first, in their language, with the unread count", querystring: InboxQuery, response: { 200: InboxPage, ...errorResponses } } },
    async (request) => {
      const residentId = requireResident(request)
      const { limit = 20, offset = 0, unreadOnly = false } = request.query
      const lang = await residentLanguage(app.db, residentId)
      const rows = await listInbox(app.db, residentId, { limit, offset, unreadOnly })
      return {
        items: rows.map((r) => toNotification(r, lang)), total: await countInbox(app.db, residentId, unreadOnly), unread: await unreadCount(app.db, residentId),
      }
    },
  )

  app.post(
    '/residents/me/notifications/:id/read',
    { schema: { tags, summary: 'Mark one of your notifications read (again is harmless; someone else’s is a 404)', params: IdParams, response: { 200: Notification, ...errorResponses } } },
    async (request) => {
      const residentId = requireResident(request)
      if (!(await findOwnNotification(app.db, residentId, request.params.id))) throw notFound('Notification')
      await markRead(app.db, residentId, request.params.id, app.clock())
      const row = (await findOwnNotification(app.db, residentId, request.params.id))!
      return toNotification(row, await residentLanguage(app.db, residentId))
    },
  )

  app.post(
    '/residents/me/notifications/read-all',
    { schema: { tags, summary: 'Mark all your notifications read; answers the unread count after (0)', response: { 200: InboxCounts, ...errorResponses } } },
    async (request) => {
      const residentId = requireResident(request)
      await markAllRead(app.db, residentId, app.clock())
      return { unread: await unreadCount(app.db, residentId) }
    },
  )
}
