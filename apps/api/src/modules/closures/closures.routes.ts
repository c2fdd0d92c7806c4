import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  type Closure, ClosureCreate, ClosureCreated, ClosureImpact, ClosureInput, ClosureList, HolidayCalendar, HolidayExceptionParams,
  HolidayQuery, HolidaySettings, IdParams, errorResponses,
} from '@linli/contracts'
import { formatOffset, localDateOf } from '@linli/schedule'
import type { App } from '../../app-instance'
import { badRequest, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { findCenter } from '../centers/centers.repository'
import { assertClosureRoom, createClosure } from './closure-writes'
import {
  type ClosureRow, addHolidayException, deleteClosure, findClosure, listClosures, removeHolidayException, setFollowsNationalHolidays,
} from './closures.repository'
import { closureImpact, closureSpan } from './closures.service'
import { holidayDays } from './holiday-days'
import { nationalCalendar } from './national-calendar'

export const toClosure = (c: ClosureRow): Closure => ({
  id: c.id, centerId: c.center_id, roomId: c.room_id, roomName: c.room_name, startsAt: formatOffset(c.starts_at, c.time_zone),
  endsAt: formatOffset(c.ends_at, c.time_zone), allDay: c.all_day, reason: c.reason,
})

/** The center, once the actor may manage its rooms (district admins in scope, its manager and staff). */
async function centerFor(app: App, actor: Actor, centerId: string) {
  await assertCenterAccess(app.db, actor, centerId, 'manage_rooms')
  const center = await findCenter(app.db, centerId)
  if (!center) throw notFound('Center')
  return center
}

/** Closures (闭馆安排) and the national holiday calendar of a center, for its staff. */
export const closuresRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['closures']
  const security = [{ session: [] }]

  app.get(
    '/centers/:id/closures',
    { schema: { tags, security, summary: "A center's closures that have not ended yet, earliest first", params: IdParams, response: { 200: ClosureList, ...errorResponses } } },
    async (request) => {
      await centerFor(app, requireActor(request), request.params.id)
      return { items: (await listClosures(app.db, request.params.id, app.clock())).map(toClosure) }
    },
  )

  app.post(
    '/centers/:id/closures/preview',
    { schema: { tags, security, summary: 'The bookings and activity dates a closure would cover, before saving it (nothing is written)', params: IdParams, body: ClosureInput, response: { 200: ClosureImpact, ...errorResponses } } },
    async (request) => {
      const center = await centerFor(app, requireActor(request), request.params.id)
      await assertClosureRoom(app, center.id, request.body.roomId)
      const span = await closureSpan(app.db, center.id, center.timeZone, request.body, app.clock())
      return closureImpact(app.db, center.id, request.body.roomId ?? null, center.timeZone, span, app.clock())
    },
  )

  app.post(
    '/centers/:id/closures',
    { schema: { tags, security, summary: 'Close the center or a room; over bookings or activity dates, decision cancel or move (residents notified, all or nothing: 409 lists clashes) or keep is required', params: IdParams, body: ClosureCreate, response: { 201: ClosureCreated, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      const center = await centerFor(app, actor, request.params.id)
      const created = await createClosure(app, actor, center, request.body)
      const closure = toClosure((await findClosure(app.db, created.id))!)
      await request.audit({
        entity: 'closure', entityId: created.id, action: 'create', centerId: center.id,
        after: { ...closure, decision: request.body.decision ?? null, cancelledBookings: created.impact.bookings.map((b) => b.id).slice(0, 200), cancelledDates: created.impact.dates.map((d) => d.occurrenceId).slice(0, 200), kept: request.body.decision === 'keep', moves: request.body.moves ?? null },
      })
      return reply.status(201).send({
        closure, cancelledBookings: created.cancelledBookings, cancelledDates: created.cancelledDates, movedBookings: created.movedBookings, movedDates: created.movedDates,
      })
    },
  )

  app.delete(
    '/closures/:id',
    { schema: { tags, security, summary: 'Remove a closure: the time is bookable again (cancelled bookings stay cancelled)', params: IdParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      const before = await findClosure(app.db, request.params.id)
      if (!before) throw notFound('Closure')
      await assertCenterAccess(app.db, actor, before.center_id, 'manage_rooms')
      await deleteClosure(app.db, before.id)
      await request.audit({ entity: 'closure', entityId: before.id, action: 'delete', centerId: before.center_id, before: toClosure(before) })
      app.realtime.centerChanged(before.center_id, 'schedule')
      return reply.status(204).send()
    },
  )

  app.get(
    '/centers/:id/holidays',
    { schema: { tags, security, summary: 'National holidays and make-up working days (调休) as they apply to the center; default the next 366 days', params: IdParams, querystring: HolidayQuery, response: { 200: HolidayCalendar, ...errorResponses } } },
    async (request) => {
      const center = await centerFor(app, requireActor(request), request.params.id)
      return holidayDays(app.db, center.id, request.query.from ?? localDateOf(app.clock(), center.timeZone), request.query.days ?? 366)
    },
  )

  app.put(
    '/centers/:id/holidays',
    { schema: { tags, security, summary: 'Follow the national holidays (closed on them, make-up days with weekday hours), or not', params: IdParams, body: HolidaySettings, response: { 200: HolidayCalendar, ...errorResponses } } },
    async (request) => {
      const center = await centerFor(app, requireActor(request), request.params.id)
      const before = (await holidayDays(app.db, center.id, localDateOf(app.clock(), center.timeZone), 1)).followsNationalHolidays
      await setFollowsNationalHolidays(app.db, center.id, request.body.followsNationalHolidays, app.clock())
      await request.audit({ entity: 'center_holidays', entityId: center.id, action: 'update', centerId: center.id, before: { followsNationalHolidays: before }, after: request.body })
      app.realtime.centerChanged(center.id, 'schedule')
      return holidayDays(app.db, center.id, localDateOf(app.clock(), center.timeZone), 366)
    },
  )

  app.put(
    '/centers/:id/holiday-exceptions/:date',
    { schema: { tags, security, summary: 'Stay open on a statutory holiday (with that weekday\'s usual hours)', params: HolidayExceptionParams, response: { 200: HolidayCalendar, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request)
      const center = await centerFor(app, actor, request.params.id)
      const { date } = request.params
      if (!nationalCalendar.holidays[date]) throw badRequest('not_a_holiday', `${date} is not a statutory holiday`)
      await addHolidayException(app.db, center.id, date, actor.id, app.clock())
      await request.audit({ entity: 'center_holidays', entityId: center.id, action: 'open_on_holiday', centerId: center.id, after: { date } })
      app.realtime.centerChanged(center.id, 'schedule')
      return holidayDays(app.db, center.id, localDateOf(app.clock(), center.timeZone), 366)
    },
  )

  app.delete(
    '/centers/:id/holiday-exceptions/:date',
    { schema: { tags, security, summary: 'Close on the statutory holiday again', params: HolidayExceptionParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const center = await centerFor(app, requireActor(request), request.params.id)
      const result = await removeHolidayException(app.db, center.id, request.params.date)
      if (!result.numDeletedRows) throw notFound('Holiday exception')
      await request.audit({ entity: 'center_holidays', entityId: center.id, action: 'close_on_holiday', centerId: center.id, before: { date: request.params.date } })
      app.realtime.centerChanged(center.id, 'schedule')
      return reply.status(204).send()
    },
  )
}
