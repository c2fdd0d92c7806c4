import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { inboxRoutes } from './inbox.routes'
import { pushRoutes } from './push.routes'
import { notificationSettingsRoutes } from './settings.routes'
import { notificationStaffRoutes } from './staff.routes'

/** Residents' inbox and settings; staff's delivery log, resend and the outbox's health. */
export const notificationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(inboxRoutes)
  await app.register(pushRoutes)
  await app.register(notificationSettingsRoutes)
  await app.register(notificationStaffRoutes)
}
