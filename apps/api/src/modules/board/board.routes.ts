import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import {
  Announcement, AnnouncementCreate, Emergency, EmergencyCreate, IdParams, ScreenBoard, errorResponses, itemsOf,
} from '@linli/contracts'
import { badRequest, notFound } from '../../plugins/errors'
import { assertCenterAccess, assertRegionAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { noticeCenterEmergency } from '../notifications/notify'
import {
  activeEmergency, centersReached, clearEmergency, deleteAnnouncement, findAnnouncement, findEmergency, insertAnnouncement,
  insertEmergency, listCenterAnnouncements, toAnnouncement, toEmergency,
} from './board.repository'
import { occupancyToday } from '../occupancy/occupancy.repository'
import { roomHoursToday } from './room-hours-today'

type Target = { centerId?: string | null; regionId?: string | null }
const targetOf = (row: { center_id: string | null; region_id: string | null }) => ({ centerId: row.center_id, regionId: row.region_id })

export const boardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['board']

  /** A notice for one center needs its manager; one for a whole region needs that region's district admin. */
  async function assertTarget(request: FastifyRequest, t: Target) {
    const actor = requireActor(request)
    if (!!t.centerId === !!t.regionId) throw badRequest('target_required', 'Address it to one center or one region')
    if (t.centerId) await assertCenterAccess(app.db, actor, t.centerId, 'manage_screens')
    else await assertRegionAccess(app.db, actor, t.regionId!)
    return actor
  }

  async function notify(target: { centerId: string | null; regionId: string | null }, what: 'announcements' | 'emergency') {
    for (const id of await centersReached(app.db, target)) app.realtime.centerChanged(id, what)
  }

  app.get(
    '/centers/:id/board',
    { schema: { tags, summary: "What a center's screens show besides the schedule: current announcements and any emergency", params: IdParams, response: { 200: ScreenBoard, ...errorResponses } } },
    async (request) => {
      const now = app.clock()
      if (!(await app.db.selectFrom('centers').select('id').where('id', '=', request.params.id).executeTakeFirst())) throw notFound('Center')
      const [announcements, emergency, roomHours, occupancy] = await Promise.all([
        listCenterAnnouncements(app.db, request.params.id, now), activeEmergency(app.db, request.params.id, now), roomHoursToday(app.db, request.params.id, now),
        occupancyToday(app.db, request.params.id, now),
      ])
      return { announcements: announcements.map(toAnnouncement), emergency: emergency ? toEmergency(emergency) : null, serverTime: now.toISOString(), roomHours, occupancy }
    },
  )

  app.get(
    '/centers/:id/announcements',
    { schema: { tags, summary: "All announcements reaching a center (past, current and scheduled), for staff", params: IdParams, response: { 200: itemsOf(Announcement), ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'view_internal')
      return { items: (await listCenterAnnouncements(app.db, request.params.id)).map(toAnnouncement) }
    },
  )

  app.post(
    '/announcements',
    { schema: { tags, summary: 'Announce something on the screens of a center or of every center in a region', body: AnnouncementCreate, response: { 201: Announcement, ...errorResponses } } },
    async (request, reply) => {
      const actor = await assertTarget(request, request.body)
      if (new Date(request.body.endsAt) <= new Date(request.body.startsAt)) throw badRequest('invalid_time_range', 'endsAt must be after startsAt')
      const row = await insertAnnouncement(app.db, request.body, actor.id, app.clock())
      await request.audit({ entity: 'announcement', entityId: row.id, action: 'create', centerId: row.center_id, after: toAnnouncement(row) })
      await notify(targetOf(row), 'announcements')
      return reply.status(201).send(toAnnouncement(row))
    },
  )

  app.delete(
    '/announcements/:id',
    { schema: { tags, summary: 'Take an announcement down', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const row = await findAnnouncement(app.db, request.params.id)
      if (!row) throw notFound('Announcement')
      await assertTarget(request, targetOf(row))
      await deleteAnnouncement(app.db, row.id)
      await request.audit({ entity: 'announcement', entityId: row.id, action: 'delete', centerId: row.center_id, before: toAnnouncement(row) })
      await notify(targetOf(row), 'announcements')
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/emergencies',
    { schema: { tags, summary: 'Take over the screens of a center or a region with an emergency message, until its end or until cleared', body: EmergencyCreate, response: { 201: Emergency, ...errorResponses } } },
    async (request, reply) => {
      const actor = await assertTarget(request, request.body)
      const now = app.clock()
      if (new Date(request.body.endsAt) <= now) throw badRequest('invalid_time_range', 'endsAt must be in the future')
      // Residents expected at the centers today hear of it with the takeover, or not at all.
      const row = await app.db.transaction().execute(async (trx) => {
        const row = await insertEmergency(trx, request.body, now, actor.id)
        await noticeCenterEmergency(trx, row, await centersReached(trx, targetOf(row)), now)
        return row
      })
      request.log.warn({ emergencyId: row.id, by: actor.id, centerId: row.center_id, regionId: row.region_id }, 'emergency takeover started')
      await request.audit({ entity: 'emergency', entityId: row.id, action: 'start', centerId: row.center_id, after: toEmergency(row) })
      await notify(targetOf(row), 'emergency')
      return reply.status(201).send(toEmergency(row))
    },
  )

  app.post(
    '/emergencies/:id/clear',
    { schema: { tags, summary: 'End an emergency takeover now', params: IdParams, response: { 200: Emergency, ...errorResponses } } },
    async (request) => {
      const row = await findEmergency(app.db, request.params.id)
      if (!row) throw notFound('Emergency')
      const actor = await assertTarget(request, targetOf(row))
      await clearEmergency(app.db, row.id, app.clock(), actor.id)
      request.log.warn({ emergencyId: row.id, by: actor.id }, 'emergency takeover cleared')
      await request.audit({ entity: 'emergency', entityId: row.id, action: 'clear', centerId: row.center_id, before: toEmergency(row) })
      await notify(targetOf(row), 'emergency')
      return toEmergency((await findEmergency(app.db, row.id))!)
    },
  )
}
