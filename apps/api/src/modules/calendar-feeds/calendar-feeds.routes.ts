import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { type CalendarFeed as CalendarFeedBody, CalendarFeed, CalendarFeedParams, CalendarFeedState, errorResponses } from '@linli/contracts'
import { notFound } from '../../plugins/errors'
import { requireResident } from '../residents/resident-session.hook'
import { deleteFeed, ensureFeed, findFeed, findFeedOwner, listFeedBookings, listFeedPlaces, listFeedSignUps, replaceFeedToken } from './calendar-feeds.repository'
import { feedCalendar } from './feed-calendar'
import { feedClosures } from './feed-closures'

const DAY_MS = 86_400_000
/** The last month (what was just done) and half a year ahead (as far as anyone books). */
const PAST_DAYS = 30
const AHEAD_DAYS = 180

const toFeed = (f: { token: string; created_at: Date }): CalendarFeedBody => ({ path: `/api/calendar/${f.token}.ics`, createdAt: f.created_at.toISOString() })

export const calendarFeedsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['calendar-feeds']

  app.get(
    '/residents/me/calendar-feed',
    { schema: { tags, summary: "The signed-in resident's private calendar feed (null until turned on)", response: { 200: CalendarFeedState, ...errorResponses } } },
    async (request) => {
      const feed = await findFeed(app.db, requireResident(request))
      return { feed: feed ? toFeed(feed) : null }
    },
  )

  app.post(
    '/residents/me/calendar-feed',
    { schema: { tags, summary: 'Turn the calendar feed on (the same link again if it is on already)', response: { 200: CalendarFeed, ...errorResponses } } },
    async (request) => toFeed(await ensureFeed(app.db, requireResident(request), app.clock())),
  )

  app.post(
    '/residents/me/calendar-feed/rotate',
    { schema: { tags, summary: 'A new calendar link; the old one stops working at once', response: { 200: CalendarFeed, ...errorResponses } } },
    async (request) => toFeed(await replaceFeedToken(app.db, requireResident(request), app.clock())),
  )

  app.delete(
    '/residents/me/calendar-feed',
    { schema: { tags, summary: 'Turn the calendar feed off; its link stops working', response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteFeed(app.db, requireResident(request))
      return reply.status(204).send(null)
    },
  )

  // Calendar apps fetch this without cookies: the token is the key. A guess is hopeless (192 bits),
  // the rate limit only keeps a misbehaving app from hammering the database.
  app.get(
    '/calendar/:token.ics',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags, summary: "A resident's bookings and activity sign-ups, with the closures of the centers she uses, as an iCalendar feed (last 30 days to 180 days ahead), by its secret link",
        params: CalendarFeedParams, produces: ['text/calendar'], response: { 200: Type.String(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const owner = await findFeedOwner(app.db, request.params.token)
      if (!owner) throw notFound('Calendar feed')
      const now = app.clock().getTime()
      const [from, to] = [new Date(now - PAST_DAYS * DAY_MS), new Date(now + AHEAD_DAYS * DAY_MS)]
      const [bookings, signUps, places] = await Promise.all([
        listFeedBookings(app.db, owner.id, from, to), listFeedSignUps(app.db, owner.id, from, to), listFeedPlaces(app.db, owner.id, from, to),
      ])
      const closures = await feedClosures(app.db, places, from, to)
      // Private: a shared cache must never hand one resident's calendar to another; short, so a change shows soon.
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="linli.ics"').send(feedCalendar(owner.language, bookings, signUps, closures))
    },
  )
}
