import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import {
  DISTRICT_CALENDAR_LIMIT, DistrictCalendar, DistrictCalendarQuery, DistrictScreen, DistrictScreensQuery, IdParams,
  MAX_DISTRICT_CALENDAR_DAYS, errorResponses, itemsOf,
} from '@linli/contracts'
import { addDays, formatOffset } from '@linli/schedule'
import { badRequest, forbidden, notFound } from '../../plugins/errors'
import { toOccurrence } from '../activities/activities.repository'
import { requireActor } from '../auth/session.hook'
import { isRegionWithin } from '../regions/regions.repository'
import { listScreensOfCenters, toScreen } from '../screens/screens.repository'
import { type PlacedCenter, isSubdistrictOf, listRegionBookings, listRegionOccurrences, placedCenters } from './district.repository'

const placement = (c: PlacedCenter) => ({ centerName: c.name, subdistrictId: c.subdistrictId, subdistrictName: c.subdistrictName })

/** The district view (区级总览): one calendar and one screen list across every center of a region. District admins only. */
export const districtRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['district']
  const security = [{ session: [] }]

  /**
   * The region's centers, optionally one subdistrict's. A region that does not exist and one outside
   * the admin's scope get the same 404, and so do a subdistrict's (400): the answer tells nothing of
   * other districts.
   */
  async function centersFor(request: FastifyRequest, regionId: string, subdistrictId: string | undefined) {
    const actor = requireActor(request)
    if (actor.role !== 'district_admin' || actor.regionId === null) throw forbidden('Only district administrators see the district view')
    if (!(await isRegionWithin(app.db, regionId, actor.regionId))) throw notFound('Region')
    if (subdistrictId && !(await isSubdistrictOf(app.db, subdistrictId, regionId)))
      throw badRequest('unknown_subdistrict', 'The subdistrict is not one of this region\'s')
    const centers = await placedCenters(app.db, regionId)
    return subdistrictId ? centers.filter((c) => c.subdistrictId === subdistrictId) : centers
  }

  app.get('/regions/:id/calendar', {
    schema: {
      tags, security,
      summary: `Occurrences of published activities (and optionally bookings) at every center of a region, for at most ${MAX_DISTRICT_CALENDAR_DAYS} local days; filter by subdistrict, category, audience`,
      params: IdParams, querystring: DistrictCalendarQuery, response: { 200: DistrictCalendar, ...errorResponses },
    },
  }, async (request) => {
    const { from, to, subdistrictId, category, audience } = request.query
    if (to < from) throw badRequest('invalid_range', '`to` must not be before `from`')
    if (addDays(from, MAX_DISTRICT_CALENDAR_DAYS) <= to)
      throw badRequest('calendar_range_too_long', `The district calendar shows at most ${MAX_DISTRICT_CALENDAR_DAYS} days at a time`)
    const centers = await centersFor(request, request.params.id, subdistrictId)
    if (!centers.length) return { from, to, items: [], bookings: [], truncated: false }
    const byId = new Map(centers.map((c) => [c.id, c]))
    const filter = { centerIds: [...byId.keys()], from, to, category, audience, limit: DISTRICT_CALENDAR_LIMIT }
    const occurrences = await listRegionOccurrences(app.db, filter)
    const bookings = request.query.bookings ? await listRegionBookings(app.db, filter) : []
    return {
      from, to,
      items: occurrences.slice(0, DISTRICT_CALENDAR_LIMIT).map((o) => {
        const { id, activityId, centerId, title, category: c, audiences, organiserName, roomId, roomName, location, startsAt, endsAt, status } = toOccurrence(o)
        return { id, activityId, centerId, title, category: c, audiences, organiserName, roomId, roomName, location, startsAt, endsAt, status, ...placement(byId.get(centerId)!) }
      }),
      bookings: bookings.slice(0, DISTRICT_CALENDAR_LIMIT).map((b) => ({
        id: b.id, centerId: b.center_id, roomId: b.room_id, roomName: b.room_name, startsAt: formatOffset(b.starts_at, b.time_zone),
        endsAt: formatOffset(b.ends_at, b.time_zone), status: b.status, purpose: b.purpose, headcount: b.headcount, ...placement(byId.get(b.center_id)!),
      })),
      truncated: occurrences.length > DISTRICT_CALENDAR_LIMIT || bookings.length > DISTRICT_CALENDAR_LIMIT,
    }
  })

  app.get('/regions/:id/screens', {
    schema: {
      tags, security, summary: "Every paired screen of a region's centers with its health: online, last seen, app version",
      params: IdParams, querystring: DistrictScreensQuery, response: { 200: itemsOf(DistrictScreen), ...errorResponses },
    },
  }, async (request) => {
    const centers = await centersFor(request, request.params.id, request.query.subdistrictId)
    const byId = new Map(centers.map((c) => [c.id, c]))
    const screens = await listScreensOfCenters(app.db, [...byId.keys()])
    const now = app.clock()
    // In the centers' order (by name), each center's screens by name.
    const order = new Map(centers.map((c, i) => [c.id, i]))
    return {
      items: screens
        .sort((a, b) => order.get(a.center_id)! - order.get(b.center_id)!)
        .map((s) => ({ ...toScreen(s, now), ...placement(byId.get(s.center_id)!) })),
    }
  })
}
