import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, OccupancyInput, RoomOccupancy, ScreenOccupancyInput, errorResponses, itemsOf } from '@linli/contracts'
import { badRequest, notFound, unauthorized } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { findScreenByToken } from '../screens/screens.repository'
import { type CountedRoom, findCountedRoom, insertReading, occupancyToday, toOccupancy } from './occupancy.repository'

/**
 * People counts in open-access rooms: staff enter them, a counter device reports through its paired
 * screen's token; the lobby shows the latest (在馆 N 人 / 已满) and the center report adds them up.
 */
export const occupancyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['occupancy']

  function assertCountable(room: CountedRoom) {
    if (room.access !== 'open' || !room.active) throw badRequest('room_not_open_access', 'Only an active open-access room (e.g. a book bar) takes people counts')
  }
  async function record(room: CountedRoom, count: number, by: { staffId?: string; screenId?: string }) {
    assertCountable(room)
    const reading = await insertReading(app.db, { roomId: room.id, count, at: app.clock(), ...by })
    app.realtime.centerChanged(room.center_id, 'occupancy')
    return toOccupancy(room, reading)
  }

  app.get(
    '/centers/:id/occupancy',
    { schema: { tags, summary: "People in each open-access room of a center now (today's latest count; a number, never who)", params: IdParams, response: { 200: itemsOf(RoomOccupancy), ...errorResponses } } },
    async (request) => {
      if (!(await app.db.selectFrom('centers').select('id').where('id', '=', request.params.id).executeTakeFirst())) throw notFound('Center')
      return { items: await occupancyToday(app.db, request.params.id, app.clock()) }
    },
  )

  app.post(
    '/rooms/:id/occupancy',
    { schema: { tags, summary: 'Staff enter how many people are in an open-access room now', params: IdParams, body: OccupancyInput, response: { 201: RoomOccupancy, ...errorResponses } } },
    async (request, reply) => {
      const room = await findCountedRoom(app.db, request.params.id)
      if (!room) throw notFound('Room')
      const actor = requireActor(request)
      await assertCenterAccess(app.db, actor, room.center_id, 'manage_rooms')
      return reply.status(201).send(await record(room, request.body.count, { staffId: actor.id }))
    },
  )

  app.post(
    '/screens/me/occupancy',
    {
      schema: {
        tags: ['screens'], summary: "A counter device reports the people in one of its screen's center's open-access rooms (Authorization: Bearer <device token>)",
        body: ScreenOccupancyInput, response: { 201: RoomOccupancy, ...errorResponses },
      },
    },
    async (request, reply) => {
      const device = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
      const screen = device ? await findScreenByToken(app.db, device) : undefined
      if (!screen) throw unauthorized('This screen is not paired (or was revoked)')
      const room = await findCountedRoom(app.db, request.body.roomId)
      // Another center's room is as unknown to this screen as a room that does not exist.
      if (!room || room.center_id !== screen.center_id) throw notFound('Room')
      return reply.status(201).send(await record(room, request.body.count, { screenId: screen.id }))
    },
  )
}
