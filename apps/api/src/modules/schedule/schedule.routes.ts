import { createHash } from 'node:crypto'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import ical, { ICalEventStatus } from 'ical-generator'
import { expandInstants, formatOffset, parseRule } from '@linli/schedule'
import {
  IdParams, RangeQuery, RecurrencePreview, RecurrencePreviewBody, Schedule, type ScheduleItem, errorResponses,
} from '@linli/contracts'
import { badRequest, notFound } from '../../plugins/errors'
import { holderLabel } from '../bookings/holder-label'
import { type OccurrenceDetailRow } from '../activities/activities.repository'
import { listOccupiedInRange, listOccurrencesInRange } from './schedule.repository'
import { type CachedSchedule, ScheduleCache } from './schedule-cache'
import { rangeInstants, resolveDates } from './range'

const PREVIEW_CAP = 500

const toScheduleItem = (o: OccurrenceDetailRow): ScheduleItem => ({
  id: o.id, activityId: o.activity_id, title: o.title, description: o.description, category: o.category,
  audiences: o.audiences, organiserName: o.organiser_name, roomId: o.room_id, roomName: o.room_name, location: o.location,
  startsAt: formatOffset(o.starts_at, o.time_zone), endsAt: formatOffset(o.ends_at, o.time_zone),
  status: o.activity_status === 'cancelled' ? 'cancelled' : o.status, capacity: o.capacity,
})

export const scheduleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const cache = new ScheduleCache({ clock: () => app.clock(), enabled: app.config.scheduleCache })
  // Any change to a center drops its schedule, whatever it was: a room renamed, a booking, a time zone.
  app.realtime.onCenterChanged((centerId) => cache.dropCenter(centerId))

  async function centerZone(centerId: string) {
    const c = await app.db.selectFrom('centers').select(['time_zone', 'name']).where('id', '=', centerId).executeTakeFirst()
    if (!c) throw notFound('Center')
    return c
  }

  /** Reads and builds one schedule; the ETag is over the very JSON the client receives. */
  async function buildSchedule(centerId: string, timeZone: string, range: ReturnType<typeof resolveDates>, query: RangeQuery): Promise<CachedSchedule> {
    const { fromInstant, toInstant } = rangeInstants(range, timeZone)
    const filter = { ...query, centerId, from: fromInstant, to: toInstant }
    const [rows, booked] = await Promise.all([
      listOccurrencesInRange(app.db, filter, true),
      query.category ? [] : listOccupiedInRange(app.db, filter),
    ])
    const occupied = booked.map((b) => ({
      roomId: b.room_id, roomName: b.room_name, startsAt: formatOffset(b.starts_at, timeZone), endsAt: formatOffset(b.ends_at, timeZone),
      ...holderLabel(b.publish_organisation ? b.organisation_name : null),
    }))
    const body: Schedule = { centerId, timeZone, from: range.from, to: range.to, items: rows.map(toScheduleItem), occupied }
    const json = JSON.stringify(body)
    return { json, etag: `W/"${createHash('sha1').update(json).digest('base64url')}"` }
  }

  app.get(
    '/centers/:id/schedule',
    {
      schema: {
        tags: ['schedule'], summary: "A center's public schedule (what lobby screens show); ETag-cacheable",
        params: IdParams, querystring: RangeQuery, response: { 200: Schedule, 304: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const centerId = request.params.id
      const timeZone = await cache.timeZone(centerId, async () => (await centerZone(centerId)).time_zone)
      // Keyed after resolving the dates: a request without dates means the center's today. The
      // instants are only needed on a miss, so buildSchedule converts them.
      const range = resolveDates(request.query, timeZone, app.clock())
      const key = [centerId, timeZone, range.from, range.to, request.query.roomId ?? '', request.query.category ?? ''].join('|')
      const { etag, json } = await cache.schedule(centerId, key, () => buildSchedule(centerId, timeZone, range, request.query))
      reply.header('etag', etag).header('cache-control', 'no-cache')
      // A 304 carries no body at all (`send(null)` would announce four bytes of "null").
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(undefined as never)
      // Already JSON: a string with a JSON content type goes out as it is, not serialized again.
      return reply.type('application/json; charset=utf-8').send(json as never)
    },
  )

  app.get(
    '/centers/:id/calendar.ics',
    {
      schema: {
        tags: ['schedule'], summary: "A center's public schedule as an iCalendar feed (past 30 days to a year ahead)",
        params: IdParams, querystring: Type.Pick(RangeQuery, ['roomId', 'category']), produces: ['text/calendar'],
        response: { 200: Type.String(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const center = await centerZone(request.params.id)
      const now = app.clock()
      const rows = await listOccurrencesInRange(app.db, {
        ...request.query, centerId: request.params.id, from: new Date(now.getTime() - 30 * 86_400_000), to: new Date(now.getTime() + 366 * 86_400_000),
      }, true)
      const calendar = ical({ name: center.name, prodId: { company: 'Linli', product: 'linli', language: 'ZH' } })
      for (const o of rows) {
        calendar.createEvent({
          id: `${o.id}@linli`, start: o.starts_at, end: o.ends_at, summary: o.title, description: o.description || null,
          location: o.room_name ?? o.location, status: toScheduleItem(o).status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        })
      }
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="schedule.ics"').send(calendar.toString())
    },
  )

  app.post(
    '/recurrence/preview',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['schedule'], summary: 'The next occurrences of a rule, for the editor’s live preview (at most 500)',
        body: RecurrencePreviewBody, response: { 200: RecurrencePreview, ...errorResponses },
      },
    },
    async (request) => {
      const { dtstart, timezone, rrule, exdates, limit } = request.body
      const parsed = parseRule(rrule)
      if (!parsed.ok) throw badRequest('invalid_rrule', parsed.message, [{ path: 'body/rrule', message: parsed.message }])
      const items = expandInstants({ dtstart, endsLocal: dtstart, rrule: parsed.rule, exdates: exdates ?? [], timeZone: timezone, limit: Math.min(limit ?? 20, PREVIEW_CAP) })
      return { occurrences: items.map((i) => formatOffset(i.startsAt, timezone)) }
    },
  )
}
