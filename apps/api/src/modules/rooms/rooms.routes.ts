import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, Room, RoomCreate, RoomHours, RoomListQuery, RoomUpdate, errorResponses, itemsOf } from '@linli/contracts'
import { localDateOf, roomHoursProblems } from '@linli/schedule'
import { badRequest, notFound, unauthorized } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { centerExists } from '../centers/centers.repository'
import { loadRoomContext } from '../bookings/room-context'
import { assertUnitWorksWithCenter, providerFixed } from '../co-building/provided-rooms'
import { deleteRoom, findRoom, insertRoom, listRooms, setRoomHours, toRoom, updateRoom } from './rooms.repository'

export const roomsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['rooms']
  const security = [{ session: [] }]

  async function roomForManagement(request: Parameters<typeof requireActor>[0], roomId: string) {
    const actor = requireActor(request)
    const room = await findRoom(app.db, roomId)
    if (!room) throw notFound('Room')
    await assertCenterAccess(app.db, actor, room.center_id, 'manage_rooms')
    return room
  }

  app.get(
    '/centers/:id/rooms',
    { schema: { tags, summary: "A center's rooms (inactive ones for staff only)", params: IdParams, querystring: RoomListQuery, response: { 200: itemsOf(Room), ...errorResponses } } },
    async (request) => {
      if (request.query.includeInactive && !request.actor) throw unauthorized('Sign in to see inactive rooms')
      if (!(await centerExists(app.db, request.params.id))) throw notFound('Center')
      const rows = await listRooms(app.db, request.params.id, request.query.includeInactive ?? false)
      return { items: rows.map(toRoom) }
    },
  )

  app.get(
    '/rooms/:id',
    { schema: { tags, summary: 'One room', params: IdParams, response: { 200: Room, ...errorResponses } } },
    async (request) => {
      const room = await findRoom(app.db, request.params.id)
      if (!room) throw notFound('Room')
      return toRoom(room)
    },
  )

  app.post(
    '/centers/:id/rooms',
    { schema: { tags, security, summary: 'Add a room to a center', params: IdParams, body: RoomCreate, response: { 201: Room, ...errorResponses } } },
    async (request, reply) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_rooms')
      if (request.body.providedByUnitId) await assertUnitWorksWithCenter(app.db, request.body.providedByUnitId, request.params.id)
      const inserted = await insertRoom(app.db, request.params.id, request.body)
      const room = (await findRoom(app.db, inserted.id))!
      await request.audit({ entity: 'room', entityId: room.id, action: 'create', centerId: room.center_id, after: toRoom(room) })
      app.realtime.centerChanged(room.center_id, 'rooms')
      return reply.status(201).send(toRoom(room))
    },
  )

  app.patch(
    '/rooms/:id',
    { schema: { tags, security, summary: 'Change a room', params: IdParams, body: RoomUpdate, response: { 200: Room, ...errorResponses } } },
    async (request) => {
      const before = await roomForManagement(request, request.params.id)
      if (request.body.providedByUnitId !== undefined && request.body.providedByUnitId !== before.provided_by_unit_id) throw providerFixed(before)
      const room = await updateRoom(app.db, request.params.id, request.body, app.clock()) && await findRoom(app.db, request.params.id)
      if (!room) throw notFound('Room')
      await request.audit({ entity: 'room', entityId: room.id, action: 'update', centerId: room.center_id, before: toRoom(before), after: toRoom(room) })
      app.realtime.centerChanged(room.center_id, 'rooms')
      return toRoom(room)
    },
  )

  app.put(
    '/rooms/:id/hours',
    { schema: { tags, security, summary: "Set a room's own opening hours (weekly: null follows the center) and dated exceptions", description: RoomHours.description, params: IdParams, body: RoomHours, response: { 200: Room, ...errorResponses } } },
    async (request) => {
      const before = await roomForManagement(request, request.params.id)
      const context = await loadRoomContext(app.db, before.id)
      const problems = roomHoursProblems(request.body, context.openingHours, localDateOf(app.clock(), context.time_zone))
      if (problems.length > 0)
        throw badRequest('invalid_room_hours', `开放时间有误：${problems.join('；')}`)
      const room = await setRoomHours(app.db, before.id, request.body, app.clock()) && await findRoom(app.db, before.id)
      if (!room) throw notFound('Room')
      await request.audit({ entity: 'room', entityId: room.id, action: 'update', centerId: room.center_id, before: toRoom(before), after: toRoom(room) })
      app.realtime.centerChanged(room.center_id, 'rooms')
      return toRoom(room)
    },
  )

  app.delete(
    '/rooms/:id',
    { schema: { tags, security, summary: 'Delete a room (deactivate it instead once it has history)', params: IdParams, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const room = await roomForManagement(request, request.params.id)
      await deleteRoom(app.db, room.id)
      await request.audit({ entity: 'room', entityId: room.id, action: 'delete', centerId: room.center_id, before: toRoom(room) })
      app.realtime.centerChanged(room.center_id, 'rooms')
      return reply.status(204).send()
    },
  )
}
