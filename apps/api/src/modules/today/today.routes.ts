import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, Today, errorResponses } from '@linli/contracts'
import { addDays, formatOffset, localDateOf, localToInstant } from '@linli/schedule'
import { notFound } from '../../plugins/errors'
import { toOccurrence } from '../activities/activities.repository'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { toBooking } from '../bookings/bookings.repository'
import { todaysDeskCode } from '../check-in-codes/presence'
import { effectivePolicy } from '../bookings/rules'
import { listScreens, toScreen } from '../screens/screens.repository'
import { toServiceRequest } from '../service-requests/service-requests.repository'
import {
  bookingsToCheckIn, findCenterForToday, occurrencesLeftToday, openServiceRequests, roomPolicies, rosterFigures,
} from './today.repository'

/** How many open service requests the page lists; the count covers all of them. */
const REQUESTS_SHOWN = 5

/** 今日: one read of what a center's staff need through the day, so the page needs no call per activity. */
export const todayRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/centers/:id/today',
    {
      schema: {
        tags: ['today'], security: [{ session: [] }],
        summary: "A center's day for its staff: activities now and next with their sign-up figures, bookings to check in, open service requests, screens offline",
        params: IdParams, response: { 200: Today, ...errorResponses },
      },
    },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'view_internal')
      const center = await findCenterForToday(app.db, request.params.id)
      if (!center) throw notFound('Center')
      const now = app.clock()
      const date = localDateOf(now, center.time_zone)
      const day = { from: localToInstant(`${date}T00:00`, center.time_zone), to: localToInstant(`${addDays(date, 1)}T00:00`, center.time_zone) }

      const occurrences = await occurrencesLeftToday(app.db, center.id, day, now)
      const figures = await rosterFigures(app.db, occurrences.map((o) => o.id))
      const activities = occurrences.map((o) => ({ ...toOccurrence(o), ...(figures.get(o.id) ?? { seatsTaken: 0, waitlisted: 0, attendance: 0 }) }))

      const policies = await roomPolicies(app.db, center.id)
      const bookings = (await bookingsToCheckIn(app.db, center.id, day, now)).map((b) => {
        const levels = policies.get(b.room_id)
        const opensBefore = effectivePolicy(center.booking_policy, levels?.kind, levels?.room ?? {}).checkInOpensMinutes
        return { ...toBooking(b), checkInOpensAt: formatOffset(new Date(b.starts_at.getTime() - opensBefore * 60_000), center.time_zone) }
      })
      const requests = await openServiceRequests(app.db, center.id, REQUESTS_SHOWN)
      const screens = (await listScreens(app.db, center.id)).map((s) => toScreen(s, now))

      return {
        centerId: center.id, centerName: center.name, timeZone: center.time_zone, date, now: formatOffset(now, center.time_zone),
        activities: {
          now: activities.filter((a) => Date.parse(a.startsAt) <= now.getTime()),
          next: activities.filter((a) => Date.parse(a.startsAt) > now.getTime()),
        },
        bookingsToCheckIn: bookings,
        serviceRequests: { open: requests.total, items: requests.rows.map(toServiceRequest) },
        screensOffline: screens.filter((s) => !s.online),
        deskCode: await todaysDeskCode(app, center.id, center.time_zone),
      }
    },
  )
}
