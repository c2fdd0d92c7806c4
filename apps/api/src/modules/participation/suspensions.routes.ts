import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { formatOffset, localDateOf } from '@linli/schedule'
import { IdParams, ResidentStanding, Suspension, SuspensionList, SuspensionQuery, errorResponses } from '@linli/contracts'
import { notFound } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { requireResident } from '../residents/resident-session.hook'
import { type SuspensionRow, findSuspension, liftSuspension, listSuspensions, residentSuspensions } from './suspensions.repository'

const toSuspension = (s: SuspensionRow, now: Date): Suspension => ({
  id: s.id, centerId: s.center_id, residentId: s.resident_id, residentName: s.resident_name, residentPhone: s.resident_phone,
  startsAt: formatOffset(s.starts_at, s.time_zone), endsAt: formatOffset(s.ends_at, s.time_zone), noShows: s.no_shows, windowDays: s.window_days,
  liftedAt: s.lifted_at ? formatOffset(s.lifted_at, s.time_zone) : null, liftedByName: s.lifted_by_name,
  active: !s.lifted_at && s.starts_at <= now && s.ends_at > now,
})

/** Suspensions after too many no-shows (爽约): staff see and lift their center's; residents see their own standing. */
export const suspensionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['participation']

  app.get(
    '/centers/:id/suspensions',
    { schema: { tags, summary: "A center's suspensions after no-shows, newest first (active=true: only those in force)", params: IdParams, querystring: SuspensionQuery, response: { 200: SuspensionList, ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_participation')
      const now = app.clock()
      return { items: (await listSuspensions(app.db, request.params.id, request.query.active ? now : undefined)).map((s) => toSuspension(s, now)) }
    },
  )

  app.post(
    '/suspensions/:id/lift',
    { schema: { tags, summary: 'Lift a suspension early: the resident may book and sign up again at once (lifting twice changes nothing)', params: IdParams, response: { 200: Suspension, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const before = await findSuspension(app.db, request.params.id)
      if (!before) throw notFound('Suspension')
      await assertCenterAccess(app.db, actor, before.center_id, 'manage_participation')
      const now = app.clock()
      if (await liftSuspension(app.db, before.id, actor.id, now)) {
        await request.audit({ entity: 'suspension', entityId: before.id, action: 'lift', centerId: before.center_id, before: { liftedAt: null }, after: { residentId: before.resident_id, liftedAt: now } })
        app.realtime.centerChanged(before.center_id, 'participation')
      }
      return toSuspension((await findSuspension(app.db, before.id))!, now)
    },
  )

  app.get(
    '/residents/me/standing',
    { schema: { tags, summary: 'Where you may not book or sign up now after no-shows, why, and until when', response: { 200: ResidentStanding, ...errorResponses } } },
    async (request) => {
      const residentId = requireResident(request)
      const now = app.clock()
      const rows = await residentSuspensions(app.db, residentId, now)
      return {
        suspensions: rows.map((s) => ({
          id: s.id, centerId: s.center_id, centerName: s.center_name, endsAt: formatOffset(s.ends_at, s.time_zone),
          untilDate: localDateOf(s.ends_at, s.time_zone), noShows: s.no_shows, windowDays: s.window_days,
        })),
      }
    },
  )
}
