import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Type } from '@sinclair/typebox'
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator'
import { expandInstants, formatOffset, localDateOf, parseRule } from '@linli/schedule'
import {
  IdParams, RangeQuery, RecurrencePreview, RecurrencePreviewBody, Schedule, errorResponses,
} from '@linli/contracts'
import { badRequest, notFound } from '../../plugins/errors'
import { closuresFromFacts, publicClosures } from '../closures/public-closures'
import { listOccurrencesInRange } from './schedule.repository'
import { readPublicSchedule } from './public-schedule.repository'
import { COMPRESS_THRESHOLD, preferredEncoding, varyOnEncoding } from '../../plugins/compression'
import { type CachedSchedule, ScheduleCache, encodedSchedule } from './schedule-cache'
import { rangeInstants, resolveDates } from './range'

const PREVIEW_CAP = 500

/** Strings and UTF-8 bytes as one buffer, without joining them into one string first. */
function utf8Join(parts: (string | Buffer)[]): Buffer {
  let length = 0
  for (const part of parts) length += typeof part === 'string' ? Buffer.byteLength(part) : part.length
  const out = Buffer.allocUnsafe(length)
  let at = 0
  for (const part of parts) at += typeof part === 'string' ? out.write(part, at) : part.copy(out, at)
  return out
}

/** The center's zone changed between reading it and reading its schedule. */
class ZoneMoved extends Error {}

export const scheduleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const cache = new ScheduleCache({ clock: () => app.clock(), enabled: app.config.scheduleCache })
  // Any change to a center drops its schedule, whatever it was: a room renamed, a booking, a time zone.
  // A people count is not in the schedule (a counter device may send one every few seconds), nor is a
  // proposal before staff accept it as a draft, nor an activity record (活动纪实).
  const outsideSchedule = new Set(['occupancy', 'proposals', 'records'])
  // The zone is kept unless the center itself changed; a read checks it anyway (a change made behind the API's back).
  app.realtime.onCenterChanged((centerId, what) => !outsideSchedule.has(what) && cache.dropCenter(centerId, { zone: what === 'center' }))

  async function centerZone(centerId: string) {
    const c = await app.db.selectFrom('centers').select(['time_zone', 'name']).where('id', '=', centerId).executeTakeFirst()
    if (!c) throw notFound('Center')
    return c
  }

  /**
   * Reads and builds one schedule in one query: the database writes each item and the busy times as
   * JSON text, and the body is put together around them, written once as the UTF-8 bytes sent (a
   * week's 150 KB as one string, and again as bytes for the hash and for the socket, cost more than
   * the query). The ETag is over the very bytes the client receives. `undefined`: the center's zone
   * is no longer `timeZone` (changed behind the cache's back), so the range was resolved in the wrong zone.
   */
  async function buildSchedule(centerId: string, timeZone: string, range: ReturnType<typeof resolveDates>, query: RangeQuery): Promise<CachedSchedule | undefined> {
    const { fromInstant, toInstant } = rangeInstants(range, timeZone)
    const read = await readPublicSchedule(app.db, { ...query, centerId, from: fromInstant, to: toInstant }, timeZone)
    if (read.timeZone === undefined) throw notFound('Center')
    if (read.timeZone !== timeZone) return undefined
    const closures = closuresFromFacts(read.closures, range.from, range.to, timeZone)
    // JSON.stringify(body) for body = { centerId, timeZone, from, to, items, occupied, closures }, byte for byte.
    const body = utf8Join([
      `{"centerId":${JSON.stringify(centerId)},"timeZone":${JSON.stringify(timeZone)},"from":${JSON.stringify(range.from)},"to":${JSON.stringify(range.to)},"items":[`,
      ...read.items,
      `],"occupied":${read.occupied},"closures":${JSON.stringify(closures)}}`,
    ])
    return { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` }
  }

  // Keyed after resolving the dates: a request without dates means the center's today. The
  // instants are only needed on a miss, so buildSchedule converts them.
  const keyOf = (centerId: string, timeZone: string, range: { from: string; to: string }, query: RangeQuery) =>
    `${centerId}|${timeZone}|${range.from}|${range.to}|${query.roomId ?? ''}|${query.category ?? ''}`

  /** The schedule for a request if the cache holds it already: what nearly every screen's read is. */
  function scheduleNow(centerId: string, query: RangeQuery): CachedSchedule | undefined {
    const timeZone = cache.timeZoneNow(centerId)
    return timeZone === undefined ? undefined : cache.scheduleNow(keyOf(centerId, timeZone, resolveDates(query, timeZone, app.clock()), query))
  }

  /** The schedule for a request, from the cache or read once for every caller asking the same at once. */
  async function scheduleFor(centerId: string, query: RangeQuery): Promise<CachedSchedule> {
    for (let attempt = 1; ; attempt++) {
      const timeZone = await cache.timeZone(centerId, async () => (await centerZone(centerId)).time_zone)
      const range = resolveDates(query, timeZone, app.clock())
      const built = await cache.schedule(centerId, keyOf(centerId, timeZone, range, query), async () => {
        const read = await buildSchedule(centerId, timeZone, range, query)
        // A read in the wrong zone is not kept: it fails, and this caller and those sharing it read the zone again.
        if (!read) throw new ZoneMoved()
        return read
      }).catch((err: unknown) => {
        if (!(err instanceof ZoneMoved) || attempt >= 3) throw err
        cache.dropZone(centerId)
        return undefined
      })
      if (built) return built
    }
  }

  function sendSchedule(headers: IncomingHttpHeaders, reply: FastifyReply, cached: CachedSchedule): void {
    // Weak ETag: the same JSON plain, in brotli or in gzip is the same representation for If-None-Match.
    reply.header('etag', cached.etag).header('cache-control', 'no-cache')
    varyOnEncoding(reply)
    // A 304 carries no body at all (`send(null)` would announce four bytes of "null").
    if (headers['if-none-match'] === cached.etag) return void reply.status(304).send()
    reply.type('application/json; charset=utf-8')
    const encoding = cached.body.length >= COMPRESS_THRESHOLD ? preferredEncoding(headers['accept-encoding']) : undefined
    // Compressed once per cache entry, not per read: every screen of a center reads the same bytes.
    if (encoding) return void reply.header('content-encoding', encoding).send(encodedSchedule(cached, encoding))
    // Already JSON, as bytes: goes out as it is, not serialized again.
    reply.send(cached.body)
  }

  app.get(
    '/centers/:id/schedule',
    {
      // Compressed by the route itself, from the cache, instead of per request by @fastify/compress.
      compress: false,
      schema: {
        tags: ['schedule'], summary: "A center's public schedule (what lobby screens show); ETag-cacheable",
        params: IdParams, querystring: RangeQuery, response: { 200: Schedule, 304: Type.Null(), ...errorResponses },
      },
    },
    // Not async: a cached schedule is sent at once, with no promise for Fastify to wait on.
    (request, reply) => {
      const hit = scheduleNow(request.params.id, request.query)
      if (hit) return sendSchedule(request.headers, reply, hit)
      return scheduleFor(request.params.id, request.query).then((cached) => sendSchedule(request.headers, reply, cached))
    },
  )

  app.get(
    '/centers/:id/calendar.ics',
    {
      schema: {
        tags: ['schedule'], summary: "A center's public schedule as an iCalendar feed (past 30 days to a year ahead), with its closures",
        params: IdParams, querystring: Type.Pick(RangeQuery, ['roomId', 'category']), produces: ['text/calendar'],
        response: { 200: Type.String(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const center = await centerZone(request.params.id)
      const now = app.clock()
      const from = new Date(now.getTime() - 30 * 86_400_000)
      const to = new Date(now.getTime() + 366 * 86_400_000)
      const [rows, closures] = await Promise.all([
        listOccurrencesInRange(app.db, { ...request.query, centerId: request.params.id, from, to }, true),
        // A category feed is about activities; everyone else's calendar should show the days the doors are shut.
        request.query.category ? [] : publicClosures(app.db, request.params.id, request.query.roomId, localDateOf(from, center.time_zone), localDateOf(to, center.time_zone), center.time_zone),
      ])
      const calendar = ical({ name: center.name, prodId: { company: 'Linli', product: 'linli', language: 'ZH' } })
      for (const o of rows) {
        calendar.createEvent({
          id: `${o.id}@linli`, start: o.starts_at, end: o.ends_at, summary: o.title, description: o.description || null,
          location: o.room_name ?? o.location, status: o.activity_status === 'cancelled' || o.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        })
      }
      for (const c of closures) {
        calendar.createEvent({
          id: `closure-${c.roomId ?? 'center'}-${Date.parse(c.startsAt)}@linli`, start: new Date(c.startsAt), end: new Date(c.endsAt),
          summary: c.roomName ? `${c.roomName} 暂停开放：${c.reason}` : `闭馆：${c.reason}`, transparency: ICalEventTransparency.TRANSPARENT,
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
