import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import {
  IdParams, PairingPoll, PairingStart, PairingStatus, Screen, ScreenConfig, ScreenCreate, ScreenUpdate, errorResponses, itemsOf,
} from '@linli/contracts'
import { badRequest, notFound, unauthorized } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import {
  completePairing, digest, findOpenPairingByCode, findPairing, findScreen, findScreenByToken, listScreens, revokeScreen,
  startPairing, takePendingToken, toScreen, toScreenConfig, touchScreen, updateScreen,
} from './screens.repository'

export const screensRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['screens']

  async function roomInCenter(roomId: string | null | undefined, centerId: string) {
    if (!roomId) return
    const room = await app.db.selectFrom('rooms').select('center_id').where('id', '=', roomId).executeTakeFirst()
    if (room?.center_id !== centerId) throw badRequest('room_not_in_center', 'The room does not belong to this center')
  }

  async function managedScreen(request: FastifyRequest, id: string) {
    const screen = await findScreen(app.db, id)
    if (!screen) throw notFound('Screen')
    await assertCenterAccess(app.db, requireActor(request), screen.center_id, 'manage_screens')
    return screen
  }

  app.post(
    '/screens/pairings',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } }, schema: { tags, summary: 'A fresh screen asks for a pairing code to show', response: { 201: PairingStart, ...errorResponses } } },
    async (_request, reply) => reply.status(201).send(await startPairing(app.db, app.clock())),
  )

  app.post(
    '/screens/pairings/:id/poll',
    { schema: { tags, summary: 'The screen asks whether staff have paired it; the device token is handed over once', params: IdParams, body: PairingPoll, response: { 200: PairingStatus, ...errorResponses } } },
    async (request) => {
      const pairing = await findPairing(app.db, request.params.id)
      if (!pairing || pairing.secret_hash !== digest(request.body.secret)) throw notFound('Pairing')
      const handed = pairing.screen_id ? await takePendingToken(app.db, pairing.id) : undefined
      if (handed) {
        // The screen is on and talking to us: admin lists it online from now, not from its first heartbeat.
        await touchScreen(app.db, handed.screenId, app.clock())
        return { status: 'paired' as const, deviceToken: handed.token, screenId: handed.screenId }
      }
      if (pairing.screen_id || pairing.expires_at <= app.clock()) return { status: 'expired' as const }
      return { status: 'waiting' as const }
    },
  )

  app.post(
    '/centers/:id/screens',
    { schema: { tags, summary: 'Pair the screen showing this code with a center', params: IdParams, body: ScreenCreate, response: { 201: Screen, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      await assertCenterAccess(app.db, actor, request.params.id, 'manage_screens')
      await roomInCenter(request.body.roomId, request.params.id)
      const pairing = await findOpenPairingByCode(app.db, request.body.code, app.clock())
      if (!pairing) throw badRequest('unknown_pairing_code', 'No screen is showing this code (it may have expired: reload the screen)')
      const screen = toScreen(await completePairing(app.db, pairing.id, request.params.id, request.body, actor.id), app.clock())
      await request.audit({ entity: 'screen', entityId: screen.id, action: 'pair', centerId: screen.centerId, after: screen })
      return reply.status(201).send(screen)
    },
  )

  app.get(
    '/centers/:id/screens',
    { schema: { tags, summary: "A center's screens with online status, last seen and app version", params: IdParams, response: { 200: itemsOf(Screen), ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'view_internal')
      await app.screensSeen.flush().catch((e: unknown) => request.log.warn({ err: e }, 'writing screens\' heartbeats failed; the list shows the last ones written'))
      return { items: (await listScreens(app.db, request.params.id)).map((s) => toScreen(s, app.clock())) }
    },
  )

  app.patch(
    '/screens/:id',
    { schema: { tags, summary: 'Rename, move or re-lay-out a screen', params: IdParams, body: ScreenUpdate, response: { 200: Screen, ...errorResponses } } },
    async (request) => {
      const screen = await managedScreen(request, request.params.id)
      const centerId = request.body.centerId ?? screen.center_id
      if (centerId !== screen.center_id) await assertCenterAccess(app.db, requireActor(request), centerId, 'manage_screens')
      await roomInCenter(request.body.roomId === undefined ? (centerId === screen.center_id ? null : screen.room_id) : request.body.roomId, centerId)
      await updateScreen(app.db, screen.id, { ...request.body, ...(centerId !== screen.center_id && request.body.roomId === undefined && { roomId: null }) }, app.clock())
      app.realtime.toScreen(screen.id).emit('screen:config', { screenId: screen.id })
      const after = toScreen((await findScreen(app.db, screen.id))!, app.clock())
      await request.audit({ entity: 'screen', entityId: screen.id, action: 'update', centerId: after.centerId, before: toScreen(screen, app.clock()), after })
      return after
    },
  )

  app.delete(
    '/screens/:id',
    { schema: { tags, summary: 'Revoke a screen: its token stops working at once', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const screen = await managedScreen(request, request.params.id)
      await revokeScreen(app.db, screen.id, app.clock())
      app.realtime.revokeScreen(screen.id)
      await request.audit({ entity: 'screen', entityId: screen.id, action: 'revoke', centerId: screen.center_id, before: toScreen(screen, app.clock()) })
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/screens/:id/reload',
    { schema: { tags, summary: 'Make the screen reload itself now', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const screen = await managedScreen(request, request.params.id)
      app.realtime.toScreen(screen.id).emit('screen:reload')
      await request.audit({ entity: 'screen', entityId: screen.id, action: 'reload', centerId: screen.center_id })
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/screens/:id/identify',
    { schema: { tags, summary: "Flash the screen's name on it, to find which one it is", params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const screen = await managedScreen(request, request.params.id)
      app.realtime.toScreen(screen.id).emit('screen:identify', { name: screen.name, seconds: 10 })
      await request.audit({ entity: 'screen', entityId: screen.id, action: 'identify', centerId: screen.center_id })
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/screens/me',
    { schema: { tags, summary: 'A paired screen reads its settings (Authorization: Bearer <device token>)', response: { 200: ScreenConfig, ...errorResponses } } },
    async (request) => {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
      const screen = token ? await findScreenByToken(app.db, token) : undefined
      if (!screen) throw unauthorized('This screen is not paired (or was revoked)')
      return toScreenConfig(screen)
    },
  )
}
